//! x86-64 GOT-relative fixups with 64-bit (and GOTPC32's 32-bit) fields: what each encodes
//! relative to the GOT base or to a GOT slot.
//!
//! The GOT base (`_GLOBAL_OFFSET_TABLE_`) is the object's own GOT, as the session's layout
//! shows it: RuntimeDyld resolves GOTPC32/GOTPC64 and GOT64 against the `.got` it makes
//! for the object, JITLink defines `_GLOBAL_OFFSET_TABLE_` at the start of the graph's GOT
//! section. (RuntimeDyld resolves GOTOFF64 against the first `.got` of the whole session
//! instead: code that adds a GOTOFF64 to a GOTPC64 base then lands elsewhere, and the
//! finding says which GOT the field was computed against.)

use super::S32_RANGE;
use crate::audit::check::{judge, judge_got, Checked, GotForm, Site};

/// Names the session's other GOT whose base the decoded one is, if any.
fn other_got_note(site: &Site<'_>, decoded_base: u64, own: u64) -> Option<String> {
    let other = site.memory.got_regions().into_iter().map(|r| r.start).find(|&b| b == decoded_base && b != own)?;
    Some(format!(
        "the field is relative to the GOT at {other:#x}, another GOT of the session, not this object's at {own:#x} \
         (RuntimeDyld takes the session's first .got as the base for GOTOFF64)"
    ))
}

/// GOTPC32 / GOTPC64: GOT + A - P, the symbol (`_GLOBAL_OFFSET_TABLE_`) being only a name.
pub(super) fn gotpc(site: &Site<'_>) -> Checked {
    let got = site.got_base()?;
    let want = got.wrapping_add(site.a as u64);
    let (actual, range) = if site.r_type == object::elf::R_X86_64_GOTPC32 {
        (site.p.wrapping_add(site.read_u32(site.p)? as i32 as i64 as u64), Some(S32_RANGE))
    } else {
        (site.p.wrapping_add(site.read_u64(site.p)?), None)
    };
    let delta = range.map(|_| want.wrapping_sub(site.p) as i64);
    let o = judge("got-base", want, actual, delta, range).with_via(Some(format!("GOT base {got:#x}")));
    let note = other_got_note(site, actual.wrapping_sub(site.a as u64), got);
    Ok(o.with_detail(note.unwrap_or_default()))
}

/// GOTOFF64: S + A - GOT.
pub(super) fn gotoff64(site: &Site<'_>) -> Checked {
    let got = site.got_base()?;
    let field = site.read_u64(site.p)?;
    let actual = got.wrapping_add(field);
    let o = judge("address", site.sa(), actual, None, None).with_via(Some(format!("GOT base {got:#x}")));
    if o.verdict == super::Verdict::Ok {
        return Ok(o);
    }
    let note = other_got_note(site, site.sa().wrapping_sub(field), got);
    Ok(o.with_detail(note.unwrap_or_default()))
}

/// GOT64: G + A, G being the offset of the slot holding S from the GOT base.
pub(super) fn got64(site: &Site<'_>) -> Checked {
    let got = site.got_base()?;
    let field = site.read_u64(site.p)?;
    let slot = got.wrapping_add(field).wrapping_sub(site.a as u64);
    Ok(judge_got(site, &GotForm::at_slot(site.s, slot)).with_detail(format!("GOT base {got:#x}")))
}

/// GOTPCREL64: G + GOT + A - P = slot + A - P.
pub(super) fn gotpcrel64(site: &Site<'_>) -> Checked {
    let field = site.read_u64(site.p)?;
    let slot = site.p.wrapping_add(field).wrapping_sub(site.a as u64);
    Ok(judge_got(site, &GotForm::at_slot(site.s, slot)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::check::{GotIndex, RelocEntry};
    use crate::audit::{Memory, Verdict};
    use object::elf::*;

    /// Memory of one 16-byte data word at 0x1000 and one GOT of two slots at 0x2000.
    struct Mem {
        word: [u8; 16],
        got: [u8; 16],
    }

    impl Memory for Mem {
        fn read(&self, a: u64, buf: &mut [u8]) -> bool {
            let (base, bytes) = if (0x1000..0x1010).contains(&a) { (0x1000, &self.word) } else { (0x2000, &self.got) };
            let off = a.wrapping_sub(base) as usize;
            match off.checked_add(buf.len()).and_then(|end| bytes.get(off..end)) {
                Some(b) => {
                    buf.copy_from_slice(b);
                    true
                }
                None => false,
            }
        }

        fn got_regions(&self) -> Vec<std::ops::Range<u64>> {
            std::iter::once(0x2000..0x2010).collect()
        }
    }

    fn site<'a>(t: u32, s: u64, a: i64, m: &'a Mem, got: &'a GotIndex, base: &'a Result<u64, String>) -> Site<'a> {
        const NONE: &[RelocEntry] = &[];
        Site { r_type: t, p: 0x1000, s, a, sym: 1, size: None, section_addr: 0x1000, relocs: NONE, memory: m, got, got_base: base }
    }

    #[test]
    fn got_relative_fields_decode_against_the_base() {
        let mut m = Mem { word: [0; 16], got: [0; 16] };
        m.got[8..].copy_from_slice(&0x5000u64.to_le_bytes()); // slot 0x2008 holds 0x5000
        let base = Ok(0x2000u64);
        // GOTPC64 with A = 0: GOT - P = 0x1000.
        m.word[..8].copy_from_slice(&0x1000u64.to_le_bytes());
        let got = GotIndex::build(&m);
        assert_eq!(gotpc(&site(R_X86_64_GOTPC64, 0, 0, &m, &got, &base)).unwrap().verdict, Verdict::Ok, "GOTPC64");
        // GOTOFF64: S + A - GOT = 0x5000 + 8 - 0x2000.
        m.word[..8].copy_from_slice(&0x3008u64.to_le_bytes());
        assert_eq!(gotoff64(&site(R_X86_64_GOTOFF64, 0x5000, 8, &m, &got, &base)).unwrap().verdict, Verdict::Ok, "GOTOFF64");
        assert_eq!(gotoff64(&site(R_X86_64_GOTOFF64, 0x5010, 8, &m, &got, &base)).unwrap().verdict, Verdict::WrongTarget, "other S");
        // GOT64: the slot's offset from the base, 8.
        m.word[..8].copy_from_slice(&8u64.to_le_bytes());
        let got = GotIndex::build(&m);
        assert_eq!(got64(&site(R_X86_64_GOT64, 0x5000, 0, &m, &got, &base)).unwrap().verdict, Verdict::Ok, "GOT64");
        assert_eq!(got64(&site(R_X86_64_GOT64, 0x6000, 0, &m, &got, &base)).unwrap().verdict, Verdict::WrongTarget, "slot of S");
        // GOTPCREL64: slot - P = 0x1008.
        m.word[..8].copy_from_slice(&0x1008u64.to_le_bytes());
        assert_eq!(gotpcrel64(&site(R_X86_64_GOTPCREL64, 0x5000, 0, &m, &got, &base)).unwrap().verdict, Verdict::Ok, "GOTPCREL64");
        // No GOT base known: not checked, with the reason.
        let none = Err("no GOT".to_string());
        let e = gotpc(&site(R_X86_64_GOTPC64, 0, 0, &m, &got, &none)).unwrap_err();
        assert_eq!((e.verdict, e.detail.as_str()), (Verdict::NotChecked, "no GOT"), "unknown base");
    }
}
