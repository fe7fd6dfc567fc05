//! GOT forms: ADRP + LDR pairs, LDR (literal) of a slot, the GOT-page offset and GOTREL.

use super::adr::{adrp_page, is_adrp, is_ldr_literal, ldst_offset, literal_addr, page21_truncates_to};
use super::*;

/// LDR Xt, [Xn, #imm] (64-bit, unsigned offset).
pub(super) fn is_ldr64_uimm(insn: u32) -> bool {
    insn & 0xffc0_0000 == 0xf940_0000
}

/// Chooses, among `candidates` (addresses of partner instructions), the nearest one
/// before/after `p` whose register matches, and returns its instruction.
fn nearest_partner(site: &Site<'_>, candidates: Vec<u64>, after: bool, fits: impl Fn(u32) -> bool) -> Option<(u64, u32)> {
    candidates
        .into_iter()
        .filter(|&q| if after { q > site.p } else { q < site.p })
        .filter_map(|q| crate::audit::check::read_u32(site.memory, q).map(|i| (q, i)))
        .filter(|&(_, i)| fits(i))
        .min_by_key(|&(q, _)| q.abs_diff(site.p))
}

pub(super) fn got_page21(site: &Site<'_>) -> Checked {
    let insn = site.read_u32(site.p)?;
    if !is_adrp(insn) {
        return Err(Box::new(Outcome::wrong_instruction("page", site.p, insn, "an ADRP")));
    }
    let actual = adrp_page(site.p, insn);
    let rd = insn & 0x1f;
    let ldr =
        nearest_partner(site, site.partners(R_AARCH64_LD64_GOT_LO12_NC).collect(), true, |i| is_ldr64_uimm(i) && (i >> 5) & 0x1f == rd);
    let p = site.p;
    let truncates = page21_truncates_to(insn);
    Ok(judge_got(
        site,
        &GotForm {
            compared: "page",
            want: site.sa(),
            actual,
            direct_slot: ldr.map(|(_, i)| actual.wrapping_add(ldst_offset(i, 3))),
            encode: &page,
            delta: Some(&move |slot| page(slot).wrapping_sub(page(p)) as i64),
            range: Some(PAGE21_RANGE),
            truncates_to: Some(&truncates),
        },
    ))
}

pub(super) fn got_lo12(site: &Site<'_>) -> Checked {
    let insn = site.read_u32(site.p)?;
    if !is_ldr64_uimm(insn) {
        return Err(Box::new(Outcome::wrong_instruction("lo12", site.p, insn, "a 64-bit LDR with an unsigned offset")));
    }
    let actual = ldst_offset(insn, 3);
    let rn = (insn >> 5) & 0x1f;
    let adrp = nearest_partner(site, site.partners(R_AARCH64_ADR_GOT_PAGE).collect(), false, |i| is_adrp(i) && i & 0x1f == rn);
    Ok(judge_got(
        site,
        &GotForm {
            compared: "lo12",
            want: site.sa(),
            actual,
            direct_slot: adrp.map(|(q, i)| adrp_page(q, i).wrapping_add(actual)),
            encode: &|slot| slot & 0xfff,
            delta: None,
            range: None,
            truncates_to: None,
        },
    ))
}

/// GOT_LD_PREL19: an LDR (literal) of the GOT slot holding S, within ±1 MiB.
pub(super) fn got_ld_lit19(site: &Site<'_>) -> Checked {
    let insn = site.read_u32(site.p)?;
    if !is_ldr_literal(insn) {
        return Err(Box::new(Outcome::wrong_instruction("got-slot", site.p, insn, "an LDR (literal)")));
    }
    let slot = literal_addr(site.p, insn);
    let (p, a) = (site.p, site.a);
    let raw = (insn >> 5) & 0x7ffff;
    Ok(judge_got(
        site,
        &GotForm {
            compared: "got-slot",
            want: site.s,
            actual: slot,
            direct_slot: Some(slot),
            encode: &|slot| slot,
            delta: Some(&move |slot: u64| slot.wrapping_add(a as u64).wrapping_sub(p) as i64),
            range: Some(LIT19_RANGE),
            truncates_to: Some(&move |delta: i64| ((delta as u64 >> 2) & 0x7ffff) as u32 == raw),
        },
    ))
}

/// LD64_GOTPAGE_LO15: an LDR Xt, [Xn, #imm] whose offset is the slot holding S minus the
/// page of the GOT base: 0 <= slot - Page(GOT) < 2^15.
pub(super) fn got_page_lo15(site: &Site<'_>) -> Checked {
    let insn = site.read_u32(site.p)?;
    if !is_ldr64_uimm(insn) {
        return Err(Box::new(Outcome::wrong_instruction("got-slot", site.p, insn, "a 64-bit LDR with an unsigned offset")));
    }
    let got_page = page(site.got_base()?);
    let slot = got_page.wrapping_add(ldst_offset(insn, 3));
    let o = judge_got(
        site,
        &GotForm {
            compared: "got-slot",
            want: site.sa(),
            actual: slot,
            direct_slot: Some(slot),
            encode: &|slot| slot,
            delta: Some(&move |slot: u64| slot.wrapping_sub(got_page) as i64),
            range: Some(GOTPAGE15_RANGE),
            truncates_to: None,
        },
    );
    Ok(o.with_detail(format!("GOT base page {got_page:#x}")))
}
