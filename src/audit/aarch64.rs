//! AArch64 (ELF, RELA) fixups: what each relocation's field encodes, decoded from the linked
//! instruction or data word, with the range next to each decoder.

use super::check::{judge, judge_got, sext, Checked, GotForm, Outcome, Site};
use super::Verdict;
use object::elf::*;

const GIB4: i64 = 1 << 32;

/// ADRP reaches ±4 GiB in pages: a signed 21-bit page count, i.e. a 33-bit byte delta.
pub(crate) const PAGE21_RANGE: (i64, i64) = (-GIB4, GIB4 - 4096);
/// ADR: signed 21-bit byte delta (±1 MiB).
pub(crate) const ADR21_RANGE: (i64, i64) = (-(1 << 20), (1 << 20) - 1);
/// B/BL: signed 26-bit word delta (±128 MiB).
pub(crate) const BRANCH26_RANGE: (i64, i64) = (-(1 << 27), (1 << 27) - 4);
/// B.cond/CBZ/CBNZ: signed 19-bit word delta (±1 MiB).
pub(crate) const BRANCH19_RANGE: (i64, i64) = (-(1 << 20), (1 << 20) - 4);
/// TBZ/TBNZ: signed 14-bit word delta (±32 KiB).
pub(crate) const BRANCH14_RANGE: (i64, i64) = (-(1 << 15), (1 << 15) - 4);
/// PREL32 as a signed 32-bit delta (how .eh_frame and `.word x - .` are read back).
pub(crate) const PREL32_RANGE: (i64, i64) = (i32::MIN as i64, i32::MAX as i64);
/// ABS32: the value must fit a u32 or an i32.
pub(crate) const ABS32_RANGE: (i64, i64) = (i32::MIN as i64, u32::MAX as i64);

const BR_X16: u32 = 0xd61f_0200;

pub(crate) fn type_name(t: u32) -> Option<&'static str> {
    Some(match t {
        R_AARCH64_NONE => "R_AARCH64_NONE",
        R_AARCH64_ABS64 => "R_AARCH64_ABS64",
        R_AARCH64_ABS32 => "R_AARCH64_ABS32",
        R_AARCH64_ABS16 => "R_AARCH64_ABS16",
        R_AARCH64_PREL64 => "R_AARCH64_PREL64",
        R_AARCH64_PREL32 => "R_AARCH64_PREL32",
        R_AARCH64_PREL16 => "R_AARCH64_PREL16",
        R_AARCH64_MOVW_UABS_G0 => "R_AARCH64_MOVW_UABS_G0",
        R_AARCH64_MOVW_UABS_G0_NC => "R_AARCH64_MOVW_UABS_G0_NC",
        R_AARCH64_MOVW_UABS_G1 => "R_AARCH64_MOVW_UABS_G1",
        R_AARCH64_MOVW_UABS_G1_NC => "R_AARCH64_MOVW_UABS_G1_NC",
        R_AARCH64_MOVW_UABS_G2 => "R_AARCH64_MOVW_UABS_G2",
        R_AARCH64_MOVW_UABS_G2_NC => "R_AARCH64_MOVW_UABS_G2_NC",
        R_AARCH64_MOVW_UABS_G3 => "R_AARCH64_MOVW_UABS_G3",
        R_AARCH64_MOVW_SABS_G0 => "R_AARCH64_MOVW_SABS_G0",
        R_AARCH64_MOVW_SABS_G1 => "R_AARCH64_MOVW_SABS_G1",
        R_AARCH64_MOVW_SABS_G2 => "R_AARCH64_MOVW_SABS_G2",
        R_AARCH64_LD_PREL_LO19 => "R_AARCH64_LD_PREL_LO19",
        R_AARCH64_ADR_PREL_LO21 => "R_AARCH64_ADR_PREL_LO21",
        R_AARCH64_ADR_PREL_PG_HI21 => "R_AARCH64_ADR_PREL_PG_HI21",
        R_AARCH64_ADR_PREL_PG_HI21_NC => "R_AARCH64_ADR_PREL_PG_HI21_NC",
        R_AARCH64_ADD_ABS_LO12_NC => "R_AARCH64_ADD_ABS_LO12_NC",
        R_AARCH64_LDST8_ABS_LO12_NC => "R_AARCH64_LDST8_ABS_LO12_NC",
        R_AARCH64_TSTBR14 => "R_AARCH64_TSTBR14",
        R_AARCH64_CONDBR19 => "R_AARCH64_CONDBR19",
        R_AARCH64_JUMP26 => "R_AARCH64_JUMP26",
        R_AARCH64_CALL26 => "R_AARCH64_CALL26",
        R_AARCH64_LDST16_ABS_LO12_NC => "R_AARCH64_LDST16_ABS_LO12_NC",
        R_AARCH64_LDST32_ABS_LO12_NC => "R_AARCH64_LDST32_ABS_LO12_NC",
        R_AARCH64_LDST64_ABS_LO12_NC => "R_AARCH64_LDST64_ABS_LO12_NC",
        R_AARCH64_LDST128_ABS_LO12_NC => "R_AARCH64_LDST128_ABS_LO12_NC",
        R_AARCH64_MOVW_PREL_G0 => "R_AARCH64_MOVW_PREL_G0",
        R_AARCH64_MOVW_PREL_G0_NC => "R_AARCH64_MOVW_PREL_G0_NC",
        R_AARCH64_MOVW_PREL_G1 => "R_AARCH64_MOVW_PREL_G1",
        R_AARCH64_MOVW_PREL_G1_NC => "R_AARCH64_MOVW_PREL_G1_NC",
        R_AARCH64_MOVW_PREL_G2 => "R_AARCH64_MOVW_PREL_G2",
        R_AARCH64_MOVW_PREL_G2_NC => "R_AARCH64_MOVW_PREL_G2_NC",
        R_AARCH64_MOVW_PREL_G3 => "R_AARCH64_MOVW_PREL_G3",
        R_AARCH64_GOTREL64 => "R_AARCH64_GOTREL64",
        R_AARCH64_GOTREL32 => "R_AARCH64_GOTREL32",
        R_AARCH64_GOT_LD_PREL19 => "R_AARCH64_GOT_LD_PREL19",
        R_AARCH64_ADR_GOT_PAGE => "R_AARCH64_ADR_GOT_PAGE",
        R_AARCH64_LD64_GOT_LO12_NC => "R_AARCH64_LD64_GOT_LO12_NC",
        R_AARCH64_LD64_GOTPAGE_LO15 => "R_AARCH64_LD64_GOTPAGE_LO15",
        R_AARCH64_TLSGD_ADR_PAGE21 => "R_AARCH64_TLSGD_ADR_PAGE21",
        R_AARCH64_TLSGD_ADD_LO12_NC => "R_AARCH64_TLSGD_ADD_LO12_NC",
        R_AARCH64_TLSLE_ADD_TPREL_HI12 => "R_AARCH64_TLSLE_ADD_TPREL_HI12",
        R_AARCH64_TLSLE_ADD_TPREL_LO12_NC => "R_AARCH64_TLSLE_ADD_TPREL_LO12_NC",
        R_AARCH64_TLSIE_ADR_GOTTPREL_PAGE21 => "R_AARCH64_TLSIE_ADR_GOTTPREL_PAGE21",
        R_AARCH64_TLSIE_LD64_GOTTPREL_LO12_NC => "R_AARCH64_TLSIE_LD64_GOTTPREL_LO12_NC",
        R_AARCH64_TLSDESC_ADR_PAGE21 => "R_AARCH64_TLSDESC_ADR_PAGE21",
        R_AARCH64_TLSDESC_LD64_LO12 => "R_AARCH64_TLSDESC_LD64_LO12",
        R_AARCH64_TLSDESC_ADD_LO12 => "R_AARCH64_TLSDESC_ADD_LO12",
        R_AARCH64_TLSDESC_CALL => "R_AARCH64_TLSDESC_CALL",
        R_AARCH64_COPY => "R_AARCH64_COPY",
        R_AARCH64_GLOB_DAT => "R_AARCH64_GLOB_DAT",
        R_AARCH64_JUMP_SLOT => "R_AARCH64_JUMP_SLOT",
        R_AARCH64_RELATIVE => "R_AARCH64_RELATIVE",
        314 => "R_AARCH64_PLT32",
        _ => return None,
    })
}

/// Bytes the fixup's field occupies at P (for the bounds check), for decoded types.
pub(crate) fn field_width(t: u32) -> Option<u64> {
    match t {
        R_AARCH64_ABS64 | R_AARCH64_PREL64 => Some(8),
        _ if check_kind(t).is_some() => Some(4),
        _ => None,
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Abs64,
    Abs32,
    Prel32,
    Prel64,
    Page21,
    Adr21,
    AddLo12,
    /// log2 of the access size.
    LdstLo12(u32),
    GotPage21,
    GotLo12,
    Branch26,
    Branch19,
    Branch14,
    /// Chunk number (0..=3) and whether the value is checked to fit.
    Movw(u32, bool),
}

fn check_kind(t: u32) -> Option<Kind> {
    Some(match t {
        R_AARCH64_ABS64 => Kind::Abs64,
        R_AARCH64_ABS32 => Kind::Abs32,
        R_AARCH64_PREL32 => Kind::Prel32,
        R_AARCH64_PREL64 => Kind::Prel64,
        R_AARCH64_ADR_PREL_PG_HI21 | R_AARCH64_ADR_PREL_PG_HI21_NC => Kind::Page21,
        R_AARCH64_ADR_PREL_LO21 => Kind::Adr21,
        R_AARCH64_ADD_ABS_LO12_NC => Kind::AddLo12,
        R_AARCH64_LDST8_ABS_LO12_NC => Kind::LdstLo12(0),
        R_AARCH64_LDST16_ABS_LO12_NC => Kind::LdstLo12(1),
        R_AARCH64_LDST32_ABS_LO12_NC => Kind::LdstLo12(2),
        R_AARCH64_LDST64_ABS_LO12_NC => Kind::LdstLo12(3),
        R_AARCH64_LDST128_ABS_LO12_NC => Kind::LdstLo12(4),
        R_AARCH64_ADR_GOT_PAGE => Kind::GotPage21,
        R_AARCH64_LD64_GOT_LO12_NC => Kind::GotLo12,
        R_AARCH64_CALL26 | R_AARCH64_JUMP26 => Kind::Branch26,
        R_AARCH64_CONDBR19 => Kind::Branch19,
        R_AARCH64_TSTBR14 => Kind::Branch14,
        R_AARCH64_MOVW_UABS_G0 => Kind::Movw(0, true),
        R_AARCH64_MOVW_UABS_G0_NC => Kind::Movw(0, false),
        R_AARCH64_MOVW_UABS_G1 => Kind::Movw(1, true),
        R_AARCH64_MOVW_UABS_G1_NC => Kind::Movw(1, false),
        R_AARCH64_MOVW_UABS_G2 => Kind::Movw(2, true),
        R_AARCH64_MOVW_UABS_G2_NC => Kind::Movw(2, false),
        // G3 takes the top 16 bits: nothing can overflow.
        R_AARCH64_MOVW_UABS_G3 => Kind::Movw(3, false),
        _ => return None,
    })
}

/// Checks one fixup; `None` when the type is not decoded here.
pub(crate) fn check(site: &Site<'_>) -> Option<Outcome> {
    let kind = check_kind(site.r_type)?;
    let r = match kind {
        Kind::Abs64 => site.read_u64(site.p).map(|v| judge("address", site.sa(), v, None, None)),
        Kind::Abs32 => abs32(site),
        Kind::Prel32 => site.read_u32(site.p).map(|v| {
            let delta = site.sa().wrapping_sub(site.p) as i64;
            judge("address", site.sa(), site.p.wrapping_add(v as i32 as u64), Some(delta), Some(PREL32_RANGE))
        }),
        Kind::Prel64 => site.read_u64(site.p).map(|v| judge("address", site.sa(), site.p.wrapping_add(v), None, None)),
        Kind::Page21 => page21(site),
        Kind::Adr21 => adr21(site),
        Kind::AddLo12 => add_lo12(site),
        Kind::LdstLo12(shift) => ldst_lo12(site, shift),
        Kind::GotPage21 => got_page21(site),
        Kind::GotLo12 => got_lo12(site),
        Kind::Branch26 => branch(site, Branch::B26),
        Kind::Branch19 => branch(site, Branch::B19),
        Kind::Branch14 => branch(site, Branch::B14),
        Kind::Movw(chunk, checked) => movw(site, chunk, checked),
    };
    Some(r.unwrap_or_else(|e| *e))
}

fn page(x: u64) -> u64 {
    x & !0xfff
}

fn abs32(site: &Site<'_>) -> Checked {
    let v = site.read_u32(site.p)?;
    let want = site.sa();
    let negative = (want as i64) < 0;
    let actual = if negative { v as i32 as i64 as u64 } else { v as u64 };
    Ok(judge("address", want, actual, Some(want as i64), Some(ABS32_RANGE)))
}

// ---- ADRP / ADR ------------------------------------------------------------------------

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
fn page21_truncates_to(insn: u32) -> impl Fn(i64) -> bool {
    let raw = (adr_imm(insn) as u64) & 0x1f_ffff;
    move |delta: i64| ((delta as u64) >> 12) & 0x1f_ffff == raw
}

fn page21(site: &Site<'_>) -> Checked {
    let insn = site.read_u32(site.p)?;
    if !is_adrp(insn) {
        return Err(Box::new(Outcome::wrong_instruction("page", site.p, insn, "an ADRP")));
    }
    let want = page(site.sa());
    let delta = want.wrapping_sub(page(site.p)) as i64;
    Ok(judge("page", want, adrp_page(site.p, insn), Some(delta), Some(PAGE21_RANGE)))
}

fn adr21(site: &Site<'_>) -> Checked {
    let insn = site.read_u32(site.p)?;
    if !is_adr(insn) {
        return Err(Box::new(Outcome::wrong_instruction("address", site.p, insn, "an ADR")));
    }
    let delta = site.sa().wrapping_sub(site.p) as i64;
    Ok(judge("address", site.sa(), site.p.wrapping_add(adr_imm(insn) as u64), Some(delta), Some(ADR21_RANGE)))
}

// ---- low 12 bits -----------------------------------------------------------------------

fn add_lo12(site: &Site<'_>) -> Checked {
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

fn ldst_lo12(site: &Site<'_>, shift: u32) -> Checked {
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

// ---- GOT pairs -------------------------------------------------------------------------

/// LDR Xt, [Xn, #imm] (64-bit, unsigned offset).
fn is_ldr64_uimm(insn: u32) -> bool {
    insn & 0xffc0_0000 == 0xf940_0000
}

/// Chooses, among `candidates` (addresses of partner instructions), the nearest one
/// before/after `p` whose register matches, and returns its instruction.
fn nearest_partner(site: &Site<'_>, candidates: Vec<u64>, after: bool, fits: impl Fn(u32) -> bool) -> Option<(u64, u32)> {
    candidates
        .into_iter()
        .filter(|&q| if after { q > site.p } else { q < site.p })
        .filter_map(|q| super::check::read_u32(site.memory, q).map(|i| (q, i)))
        .filter(|&(_, i)| fits(i))
        .min_by_key(|&(q, _)| q.abs_diff(site.p))
}

fn got_page21(site: &Site<'_>) -> Checked {
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

fn got_lo12(site: &Site<'_>) -> Checked {
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

// ---- branches --------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum Branch {
    B26,
    B19,
    B14,
}

/// The destination of a B/BL, B.cond/CBZ/CBNZ or TBZ/TBNZ at `p`, if `insn` is one.
pub(crate) fn branch_dest(p: u64, insn: u32) -> Option<u64> {
    let words = if insn & 0x7c00_0000 == 0x1400_0000 {
        sext((insn & 0x03ff_ffff) as u64, 26)
    } else if insn & 0xff00_0010 == 0x5400_0000 || insn & 0x7e00_0000 == 0x3400_0000 {
        sext(((insn >> 5) & 0x7ffff) as u64, 19)
    } else if insn & 0x7e00_0000 == 0x3600_0000 {
        sext(((insn >> 5) & 0x3fff) as u64, 14)
    } else {
        return None;
    };
    Some(p.wrapping_add((words << 2) as u64))
}

fn branch(site: &Site<'_>, b: Branch) -> Checked {
    let insn = site.read_u32(site.p)?;
    let (ok_class, wanted, range) = match b {
        Branch::B26 => (insn & 0x7c00_0000 == 0x1400_0000, "a B or BL", BRANCH26_RANGE),
        Branch::B19 => (insn & 0xff00_0010 == 0x5400_0000 || insn & 0x7e00_0000 == 0x3400_0000, "a B.cond, CBZ or CBNZ", BRANCH19_RANGE),
        Branch::B14 => (insn & 0x7e00_0000 == 0x3600_0000, "a TBZ or TBNZ", BRANCH14_RANGE),
    };
    let dest = match branch_dest(site.p, insn) {
        Some(d) if ok_class => d,
        _ => return Err(Box::new(Outcome::wrong_instruction("address", site.p, insn, wanted))),
    };
    let want = site.sa();
    let delta = want.wrapping_sub(site.p) as i64;
    let direct = judge("address", want, dest, Some(delta), Some(range));
    if dest == want {
        return Ok(Outcome { verdict: Verdict::Ok, ..direct });
    }
    // Calls and tail calls may go through a linker-made stub; accept it when the stub ends
    // up at S+A.
    if let Branch::B26 = b {
        if let Some(stub) = decode_stub(site, dest) {
            if stub.target == Some(want) {
                return Ok(
                    Outcome { verdict: Verdict::Ok, delta: Some(dest.wrapping_sub(site.p) as i64), ..direct }.with_via(Some(stub.via))
                );
            }
            // The stub took care of the range; what is wrong is where it goes.
            return Ok(Outcome { verdict: Verdict::WrongTarget, ..direct }
                .with_via(Some(stub.via))
                .with_detail("the branch lands on a stub that does not lead to S+A"));
        }
    }
    if delta.rem_euclid(4) != 0 && direct.verdict == Verdict::WrongTarget {
        return Ok(direct.with_detail("S+A-P is not a multiple of 4"));
    }
    Ok(direct)
}

/// A branch veneer a JIT linker placed, decoded.
pub(crate) struct Stub {
    /// Where it finally jumps (None when its slot cannot be read).
    pub target: Option<u64>,
    pub via: String,
}

/// Decodes the stub at `at`: RuntimeDyld's `movz/movk x16 ×4; br x16` (absolute address in
/// MOVW pieces), JITLink's `adrp x16; ldr x16, [x16, #lo12]; br x16` (through a GOT slot,
/// LLVM 16+) or LLVM 15 JITLink's `ldr x16, literal; br x16`.
pub(crate) fn decode_stub(site: &Site<'_>, at: u64) -> Option<Stub> {
    let mem = site.memory;
    let word = |i: u64| super::check::read_u32(mem, at.wrapping_add(4 * i));
    let w0 = word(0)?;
    // MOVZ x16 then MOVK x16 pieces, then BR x16.
    if w0 & 0xff80_001f == 0xd280_0010 {
        let mut value = 0u64;
        for i in 0..5 {
            let w = word(i)?;
            if w == BR_X16 && i > 0 {
                return Some(Stub { target: Some(value), via: format!("stub {at:#x} (movz/movk x16; br x16) -> {value:#x}") });
            }
            let is_movz = w & 0xff80_001f == 0xd280_0010;
            let is_movk = w & 0xff80_001f == 0xf280_0010;
            if !(is_movk || (is_movz && i == 0)) {
                return None;
            }
            let shift = 16 * ((w >> 21) & 0x3);
            let imm = ((w >> 5) & 0xffff) as u64;
            value = (value & !(0xffff << shift)) | (imm << shift);
        }
        return (word(4)? == BR_X16).then(|| Stub { target: Some(value), via: format!("stub {at:#x} -> {value:#x}") });
    }
    // LDR x16, <literal>; BR x16 (JITLink's stub in LLVM 15: the literal is the GOT slot,
    // within ±1 MiB of the stub).
    if w0 & 0xff00_001f == 0x5800_0010 && word(1)? == BR_X16 {
        let imm19 = ((w0 >> 5) & 0x7_ffff) as i64;
        let offset = (imm19 << 45 >> 45) * 4;
        let slot = at.wrapping_add(offset as u64);
        let target = super::check::read_u64(mem, slot);
        let via = match target {
            Some(t) => format!("stub {at:#x} (ldr x16, literal; br x16) via GOT slot {slot:#x} -> {t:#x}"),
            None => format!("stub {at:#x} (ldr x16, literal; br x16) via GOT slot {slot:#x}, which is not in the linked memory"),
        };
        return Some(Stub { target, via });
    }
    // ADRP x16; LDR x16, [x16, #off]; BR x16.
    if is_adrp(w0) && w0 & 0x1f == 16 {
        let w1 = word(1)?;
        if is_ldr64_uimm(w1) && w1 & 0x1f == 16 && (w1 >> 5) & 0x1f == 16 && word(2)? == BR_X16 {
            let slot = adrp_page(at, w0).wrapping_add(ldst_offset(w1, 3));
            let target = super::check::read_u64(mem, slot);
            let via = match target {
                Some(t) => format!("stub {at:#x} (adrp/ldr x16; br x16) via GOT slot {slot:#x} -> {t:#x}"),
                None => format!("stub {at:#x} (adrp/ldr x16; br x16) via GOT slot {slot:#x}, which is not in the linked memory"),
            };
            return Some(Stub { target, via });
        }
    }
    None
}

// ---- MOVW ------------------------------------------------------------------------------

fn movw(site: &Site<'_>, chunk: u32, checked: bool) -> Checked {
    let insn = site.read_u32(site.p)?;
    // MOVN/MOVZ/MOVK (wide immediate): bits 28:23 = 100101, opc (30:29) != 01.
    if insn & 0x1f80_0000 != 0x1280_0000 || (insn >> 29) & 0x3 == 1 {
        return Err(Box::new(Outcome::wrong_instruction(&format!("g{chunk}"), site.p, insn, "a MOVZ/MOVK/MOVN")));
    }
    let shift = 16 * chunk;
    let want = (site.sa() >> shift) & 0xffff;
    let imm = ((insn >> 5) & 0xffff) as u64;
    let (delta, range) = if checked {
        let max = (1i64 << (16 * (chunk + 1))) - 1;
        (Some(site.sa() as i64), Some((0, max)))
    } else {
        (None, None)
    };
    let o = judge(&format!("g{chunk}"), want, imm, delta, range);
    let hw = (insn >> 21) & 0x3;
    if hw != chunk && o.verdict == Verdict::Ok {
        return Ok(Outcome { verdict: Verdict::WrongTarget, ..o }
            .with_detail(format!("the instruction places its immediate at bit {} (hw={hw}), not {shift}", 16 * hw)));
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::check::in_range;

    #[test]
    fn adr_immediates_decode_with_sign() {
        // adrp x0, #0x1000 (one page forward): immlo=1, immhi=0.
        assert_eq!(adr_imm(0xb000_0000), 1, "immlo only");
        // adrp x16, -1 page: all 21 bits set.
        let insn = 0x9000_0010 | (0x3 << 29) | (0x7ffff << 5);
        assert_eq!(adr_imm(insn), -1, "negative page count");
        assert_eq!(adrp_page(0x5123, insn), 0x4000, "page of P minus one page");
    }

    #[test]
    fn branch_destinations() {
        assert_eq!(branch_dest(0x1000, 0x9400_0002), Some(0x1008), "bl +8");
        assert_eq!(branch_dest(0x1000, 0x17ff_ffff), Some(0xffc), "b -4");
        // b.eq +0x10: imm19 = 4 at bits 23:5.
        assert_eq!(branch_dest(0x1000, 0x5400_0080), Some(0x1010), "b.eq +16");
        // tbz x0, #0, -8: imm14 = -2.
        assert_eq!(branch_dest(0x1000, 0x3600_0000 | (0x3ffe << 5)), Some(0xff8), "tbz -8");
        assert_eq!(branch_dest(0x1000, 0xd503_201f), None, "nop is not a branch");
    }

    #[test]
    fn page21_truncation_matches_a_far_delta() {
        // A delta of 6 GiB + 2 pages, truncated to 21 page bits, is 2 GiB + 2 pages...
        let delta: i64 = (6 << 30) + 0x2000;
        let raw = ((delta as u64) >> 12) & 0x1f_ffff;
        let insn = 0x9000_0000 | (((raw & 3) as u32) << 29) | ((((raw >> 2) & 0x7ffff) as u32) << 5);
        assert!(page21_truncates_to(insn)(delta), "the field is the truncated delta");
        assert!(!page21_truncates_to(insn)(0x2000), "but not the near one");
        assert!(!in_range(delta, PAGE21_RANGE), "6 GiB is beyond ADRP's reach");
        assert!(in_range(GIB4 - 4096, PAGE21_RANGE) && !in_range(GIB4, PAGE21_RANGE), "upper bound is 4 GiB - 1 page");
        assert!(in_range(-GIB4, PAGE21_RANGE) && !in_range(-GIB4 - 4096, PAGE21_RANGE), "lower bound is -4 GiB");
    }
}
