//! ADRP/ADR, the low-12 forms and LDR (literal): PC-relative addresses in instructions.

use super::*;

/// ADR and ADRP keep a 21-bit immediate split into immlo (bits 30:29) and immhi (23:5).
pub(crate) fn adr_imm(insn: u32) -> i64 {
    let lo = ((insn >> 29) & 0x3) as u64;
    let hi = ((insn >> 5) & 0x7ffff) as u64;
    sext((hi << 2) | lo, 21)
}

pub(crate) fn is_adrp(insn: u32) -> bool {
    insn & 0x9f00_0000 == 0x9000_0000
}

fn is_adr(insn: u32) -> bool {
    insn & 0x9f00_0000 == 0x1000_0000
}

/// The page an ADRP at `p` materializes.
pub(crate) fn adrp_page(p: u64, insn: u32) -> u64 {
    page(p).wrapping_add((adr_imm(insn) << 12) as u64)
}

/// The raw 21-bit field equals bits 32:12 of `delta` (what a linker that does not check
/// writes).
pub(super) fn page21_truncates_to(insn: u32) -> impl Fn(i64) -> bool {
    let raw = (adr_imm(insn) as u64) & 0x1f_ffff;
    move |delta: i64| ((delta as u64) >> 12) & 0x1f_ffff == raw
}

/// ADR_PREL_PG_HI21 (checked: ±4 GiB) and its `_NC` form (not checked: the field holds
/// bits 32:12 of the page delta, whatever the distance).
pub(super) fn page21(site: &Site<'_>, checked: bool) -> Checked {
    let insn = site.read_u32(site.p)?;
    if !is_adrp(insn) {
        return Err(Box::new(Outcome::wrong_instruction("page", site.p, insn, "an ADRP")));
    }
    let want = page(site.sa());
    let delta = want.wrapping_sub(page(site.p)) as i64;
    if !checked {
        // Compare the 21 bits the field can hold: a far target wraps, by definition of _NC.
        let truncated = adrp_page(site.p, page21_encode(delta));
        let o = judge("page", truncated, adrp_page(site.p, insn), None, None);
        return Ok(if truncated != want { o.with_detail("_NC: the page delta is taken modulo 2^33, as the type says") } else { o });
    }
    Ok(judge("page", want, adrp_page(site.p, insn), Some(delta), Some(PAGE21_RANGE)))
}

/// An ADRP (x0) whose field holds bits 32:12 of `delta`.
pub(crate) fn page21_encode(delta: i64) -> u32 {
    let raw = ((delta as u64) >> 12) & 0x1f_ffff;
    0x9000_0000 | (((raw & 3) as u32) << 29) | ((((raw >> 2) & 0x7ffff) as u32) << 5)
}

/// LDR (literal), 32/64-bit or SIMD/FP (bits 29:27 = 011, bit 25:24 = 00), or PRFM (literal).
pub(crate) fn is_ldr_literal(insn: u32) -> bool {
    insn & 0x3b00_0000 == 0x1800_0000
}

/// The address an LDR (literal) at `p` loads from: imm19 (bits 23:5) words from P.
pub(crate) fn literal_addr(p: u64, insn: u32) -> u64 {
    p.wrapping_add((sext(((insn >> 5) & 0x7ffff) as u64, 19) << 2) as u64)
}

/// LD_PREL_LO19: an LDR (literal) of S+A, within ±1 MiB.
pub(super) fn ld_lit19(site: &Site<'_>) -> Checked {
    let insn = site.read_u32(site.p)?;
    if !is_ldr_literal(insn) {
        return Err(Box::new(Outcome::wrong_instruction("address", site.p, insn, "an LDR (literal)")));
    }
    let delta = site.sa().wrapping_sub(site.p) as i64;
    let o = judge("address", site.sa(), literal_addr(site.p, insn), Some(delta), Some(LIT19_RANGE));
    if delta.rem_euclid(4) != 0 && o.verdict == Verdict::WrongTarget {
        return Ok(o.with_detail("S+A-P is not a multiple of 4"));
    }
    Ok(o)
}

pub(super) fn adr21(site: &Site<'_>) -> Checked {
    let insn = site.read_u32(site.p)?;
    if !is_adr(insn) {
        return Err(Box::new(Outcome::wrong_instruction("address", site.p, insn, "an ADR")));
    }
    let delta = site.sa().wrapping_sub(site.p) as i64;
    Ok(judge("address", site.sa(), site.p.wrapping_add(adr_imm(insn) as u64), Some(delta), Some(ADR21_RANGE)))
}

pub(super) fn add_lo12(site: &Site<'_>) -> Checked {
    let insn = site.read_u32(site.p)?;
    // ADD/ADDS/SUB (immediate), 32 or 64 bit: bits 28:23 = 100010.
    if insn & 0x1f80_0000 != 0x1100_0000 {
        return Err(Box::new(Outcome::wrong_instruction("lo12", site.p, insn, "an ADD (immediate)")));
    }
    let imm = ((insn >> 10) & 0xfff) as u64;
    let o = judge("lo12", site.sa() & 0xfff, imm, None, None);
    if insn & (1 << 22) != 0 {
        return Ok(Outcome { verdict: Verdict::WrongTarget, ..o }.with_detail("the ADD shifts its immediate by 12 (lsl #12)"));
    }
    Ok(o)
}

/// Load/store register (unsigned immediate): bits 29:27 = 111, 25:24 = 01.
pub(crate) fn is_ldst_uimm(insn: u32) -> bool {
    insn & 0x3b00_0000 == 0x3900_0000
}

/// The byte offset an unsigned-immediate load/store encodes, for an access of 2^shift bytes.
pub(crate) fn ldst_offset(insn: u32, shift: u32) -> u64 {
    (((insn >> 10) & 0xfff) as u64) << shift
}

pub(super) fn ldst_lo12(site: &Site<'_>, shift: u32) -> Checked {
    let insn = site.read_u32(site.p)?;
    if !is_ldst_uimm(insn) {
        return Err(Box::new(Outcome::wrong_instruction("lo12", site.p, insn, "a load/store with an unsigned offset")));
    }
    let want = site.sa() & 0xfff;
    let o = judge("lo12", want, ldst_offset(insn, shift), None, None);
    let size = 1u64 << shift;
    if !want.is_multiple_of(size) && o.verdict != Verdict::Ok {
        return Ok(o.with_detail(format!(
            "the target {:#x} is not {size}-byte aligned: a {}-bit scaled offset cannot express it",
            site.sa(),
            size * 8
        )));
    }
    Ok(o)
}
