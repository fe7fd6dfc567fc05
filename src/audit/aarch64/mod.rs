//! AArch64 (ELF, RELA) fixups: what each relocation's field encodes, decoded from the linked
//! instruction or data word, with the range next to each decoder.

use super::check::{judge, judge_got, sext, Checked, GotForm, Outcome, Site};
use super::Verdict;
use object::elf::*;

mod adr;
mod branch;
mod data;
mod got;
mod movw;

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
/// ABS16: the value must fit a u16 or an i16.
pub(crate) const ABS16_RANGE: (i64, i64) = (i16::MIN as i64, u16::MAX as i64);
/// PREL16: -2^15 <= S+A-P < 2^16, as AAELF64 and RuntimeDyld check it.
pub(crate) const PREL16_RANGE: (i64, i64) = (i16::MIN as i64, u16::MAX as i64);
/// PLT32 and GOTREL32: a signed 32-bit value.
pub(crate) const PLT32_RANGE: (i64, i64) = (i32::MIN as i64, i32::MAX as i64);
/// LDR (literal): a signed 19-bit word offset (±1 MiB).
pub(crate) const LIT19_RANGE: (i64, i64) = (-(1 << 20), (1 << 20) - 4);
/// LD64_GOTPAGE_LO15: the slot's offset from the GOT base's page, 0 <= X < 2^15.
pub(crate) const GOTPAGE15_RANGE: (i64, i64) = (0, (1 << 15) - 1);

const BR_X16: u32 = 0xd61f_0200;

/// R_AARCH64_PLT32 (S + A - P in a 32-bit word), which the `object` crate does not name.
pub(crate) const PLT32: u32 = 314;

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
        PLT32 => "R_AARCH64_PLT32",
        _ => return None,
    })
}

/// Bytes the fixup's field occupies at P (for the bounds check), for decoded types.
pub(crate) fn field_width(t: u32) -> Option<u64> {
    match check_kind(t)? {
        Kind::None => Some(0),
        Kind::Data { bytes, .. } => Some(bytes),
        _ => Some(4),
    }
}

/// Types whose value does not depend on the symbol.
pub(crate) fn ignores_symbol(t: u32) -> bool {
    t == R_AARCH64_NONE
}

/// The `not-checked` outcome for a type [`check`] does not decode.
pub(crate) fn not_decoded(t: u32, name: &str) -> Outcome {
    if is_tls(t) {
        return Outcome::not_checked(format!("TLS not modelled: relocation type {t} ({name})"));
    }
    Outcome::not_checked(format!("relocation type {t} ({name}) not decoded by the auditor"))
}

/// The TLS families (TLSGD, TLSLD, TLSIE, TLSLE, TLSDESC, DTP/TP words: 512..=573 and
/// 1026..=1031): not modelled, the auditor does not know the TLS layout a backend chose.
fn is_tls(t: u32) -> bool {
    (512..=573).contains(&t) || (1026..=1031).contains(&t)
}

/// How a data word's value relates to S, A, P and the GOT.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rel {
    /// S + A.
    Abs,
    /// S + A - P.
    Prel,
    /// S + A - GOT.
    Got,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    None,
    /// A data word of `bytes` bytes; `range` is checked when given.
    Data {
        bytes: u64,
        rel: Rel,
        range: Option<(i64, i64)>,
    },
    /// ADRP: the page of S+A; range-checked unless `_NC`.
    Page21 {
        checked: bool,
    },
    Adr21,
    /// LDR (literal) of S+A: a 19-bit word offset.
    LdLit19,
    AddLo12,
    /// log2 of the access size.
    LdstLo12(u32),
    GotPage21,
    GotLo12,
    /// LDR (literal) of the GOT slot holding S.
    GotLdLit19,
    /// LDR of the GOT slot holding S at its offset from the GOT base's page.
    GotPageLo15,
    Branch26,
    Branch19,
    Branch14,
    /// MOVZ/MOVK of an unsigned chunk (0..=3) of S+A; checked to fit when `checked`.
    Movw(u32, bool),
    /// MOVZ or MOVN (by sign) of a chunk of S+A, checked to fit (SABS_G0..G2).
    MovwSigned(u32),
    /// A chunk of S+A-P: MOVZ/MOVN by sign, checked (G0..G2) or not (G3); MOVK when `_NC`.
    MovwPrel {
        chunk: u32,
        nc: bool,
    },
}

pub(crate) fn check_kind(t: u32) -> Option<Kind> {
    let data = |bytes, rel, range| Kind::Data { bytes, rel, range };
    Some(match t {
        R_AARCH64_NONE => Kind::None,
        R_AARCH64_ABS64 => data(8, Rel::Abs, None),
        R_AARCH64_ABS32 => data(4, Rel::Abs, Some(ABS32_RANGE)),
        R_AARCH64_ABS16 => data(2, Rel::Abs, Some(ABS16_RANGE)),
        R_AARCH64_PREL64 => data(8, Rel::Prel, None),
        R_AARCH64_PREL32 => data(4, Rel::Prel, Some(PREL32_RANGE)),
        R_AARCH64_PREL16 => data(2, Rel::Prel, Some(PREL16_RANGE)),
        PLT32 => data(4, Rel::Prel, Some(PLT32_RANGE)),
        R_AARCH64_GOTREL64 => data(8, Rel::Got, None),
        R_AARCH64_GOTREL32 => data(4, Rel::Got, Some(PLT32_RANGE)),
        R_AARCH64_ADR_PREL_PG_HI21 => Kind::Page21 { checked: true },
        R_AARCH64_ADR_PREL_PG_HI21_NC => Kind::Page21 { checked: false },
        R_AARCH64_ADR_PREL_LO21 => Kind::Adr21,
        R_AARCH64_LD_PREL_LO19 => Kind::LdLit19,
        R_AARCH64_ADD_ABS_LO12_NC => Kind::AddLo12,
        R_AARCH64_LDST8_ABS_LO12_NC => Kind::LdstLo12(0),
        R_AARCH64_LDST16_ABS_LO12_NC => Kind::LdstLo12(1),
        R_AARCH64_LDST32_ABS_LO12_NC => Kind::LdstLo12(2),
        R_AARCH64_LDST64_ABS_LO12_NC => Kind::LdstLo12(3),
        R_AARCH64_LDST128_ABS_LO12_NC => Kind::LdstLo12(4),
        R_AARCH64_ADR_GOT_PAGE => Kind::GotPage21,
        R_AARCH64_LD64_GOT_LO12_NC => Kind::GotLo12,
        R_AARCH64_GOT_LD_PREL19 => Kind::GotLdLit19,
        R_AARCH64_LD64_GOTPAGE_LO15 => Kind::GotPageLo15,
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
        R_AARCH64_MOVW_SABS_G0 => Kind::MovwSigned(0),
        R_AARCH64_MOVW_SABS_G1 => Kind::MovwSigned(1),
        R_AARCH64_MOVW_SABS_G2 => Kind::MovwSigned(2),
        R_AARCH64_MOVW_PREL_G0 => Kind::MovwPrel { chunk: 0, nc: false },
        R_AARCH64_MOVW_PREL_G0_NC => Kind::MovwPrel { chunk: 0, nc: true },
        R_AARCH64_MOVW_PREL_G1 => Kind::MovwPrel { chunk: 1, nc: false },
        R_AARCH64_MOVW_PREL_G1_NC => Kind::MovwPrel { chunk: 1, nc: true },
        R_AARCH64_MOVW_PREL_G2 => Kind::MovwPrel { chunk: 2, nc: false },
        R_AARCH64_MOVW_PREL_G2_NC => Kind::MovwPrel { chunk: 2, nc: true },
        R_AARCH64_MOVW_PREL_G3 => Kind::MovwPrel { chunk: 3, nc: false },
        _ => return None,
    })
}

/// Checks one fixup; `None` when the type is not decoded here.
pub(crate) fn check(site: &Site<'_>) -> Option<Outcome> {
    let kind = check_kind(site.r_type)?;
    let r = match kind {
        Kind::None => Ok(Outcome::new(Verdict::Ok, "nothing")),
        Kind::Data { bytes, rel, range } => data::check(site, bytes, rel, range),
        Kind::Page21 { checked } => adr::page21(site, checked),
        Kind::Adr21 => adr::adr21(site),
        Kind::LdLit19 => adr::ld_lit19(site),
        Kind::AddLo12 => adr::add_lo12(site),
        Kind::LdstLo12(shift) => adr::ldst_lo12(site, shift),
        Kind::GotPage21 => got::got_page21(site),
        Kind::GotLo12 => got::got_lo12(site),
        Kind::GotLdLit19 => got::got_ld_lit19(site),
        Kind::GotPageLo15 => got::got_page_lo15(site),
        Kind::Branch26 => branch::branch(site, branch::Branch::B26),
        Kind::Branch19 => branch::branch(site, branch::Branch::B19),
        Kind::Branch14 => branch::branch(site, branch::Branch::B14),
        Kind::Movw(chunk, checked) => movw::uabs(site, chunk, checked),
        Kind::MovwSigned(chunk) => movw::signed(site, chunk, site.sa() as i64, true),
        Kind::MovwPrel { chunk, nc: true } => movw::prel_nc(site, chunk),
        Kind::MovwPrel { chunk, nc: false } => movw::signed(site, chunk, site.sa().wrapping_sub(site.p) as i64, chunk < 3),
    };
    Some(r.unwrap_or_else(|e| *e))
}

fn page(x: u64) -> u64 {
    x & !0xfff
}

#[cfg(test)]
mod tests {
    use super::adr::*;
    use super::branch::*;
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
