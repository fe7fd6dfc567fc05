//! x86-64 (ELF, RELA) fixups: what each relocation's field encodes, decoded from the linked
//! bytes, with the range next to each decoder.

use super::check::{judge, judge_got, judge_small, read_u32, read_u64, read_u8, Checked, GotForm, Outcome, Site};
use super::Verdict;
use object::elf::*;

mod got;

/// A signed 32-bit displacement (PC32, PLT32, GOTPCREL*, 32S, GOTPC32): ±2 GiB.
pub(crate) const S32_RANGE: (i64, i64) = (i32::MIN as i64, i32::MAX as i64);
/// R_X86_64_32, SIZE32: zero-extended.
pub(crate) const U32_RANGE: (i64, i64) = (0, u32::MAX as i64);
/// R_X86_64_8: the value fits a byte, signed or unsigned (what JITLink and lld accept).
pub(crate) const ABS8_RANGE: (i64, i64) = (i8::MIN as i64, u8::MAX as i64);
/// R_X86_64_16: the value fits 16 bits, signed or unsigned.
pub(crate) const ABS16_RANGE: (i64, i64) = (i16::MIN as i64, u16::MAX as i64);
/// R_X86_64_PC8: a signed byte displacement.
pub(crate) const PC8_RANGE: (i64, i64) = (i8::MIN as i64, i8::MAX as i64);
/// R_X86_64_PC16: a signed 16-bit displacement.
pub(crate) const PC16_RANGE: (i64, i64) = (i16::MIN as i64, i16::MAX as i64);

/// Thread-local storage relocations: not modelled (the auditor does not know the TLS
/// block layout a backend chose, nor what it rewrote the code sequences into).
const TLS_TYPES: &[u32] = &[
    R_X86_64_DTPMOD64,
    R_X86_64_DTPOFF64,
    R_X86_64_TPOFF64,
    R_X86_64_TLSGD,
    R_X86_64_TLSLD,
    R_X86_64_DTPOFF32,
    R_X86_64_GOTTPOFF,
    R_X86_64_TPOFF32,
    R_X86_64_GOTPC32_TLSDESC,
    R_X86_64_TLSDESC_CALL,
    R_X86_64_TLSDESC,
];

pub(crate) fn type_name(t: u32) -> Option<&'static str> {
    Some(match t {
        R_X86_64_NONE => "R_X86_64_NONE",
        R_X86_64_64 => "R_X86_64_64",
        R_X86_64_PC32 => "R_X86_64_PC32",
        R_X86_64_GOT32 => "R_X86_64_GOT32",
        R_X86_64_PLT32 => "R_X86_64_PLT32",
        R_X86_64_COPY => "R_X86_64_COPY",
        R_X86_64_GLOB_DAT => "R_X86_64_GLOB_DAT",
        R_X86_64_JUMP_SLOT => "R_X86_64_JUMP_SLOT",
        R_X86_64_RELATIVE => "R_X86_64_RELATIVE",
        R_X86_64_GOTPCREL => "R_X86_64_GOTPCREL",
        R_X86_64_32 => "R_X86_64_32",
        R_X86_64_32S => "R_X86_64_32S",
        R_X86_64_16 => "R_X86_64_16",
        R_X86_64_PC16 => "R_X86_64_PC16",
        R_X86_64_8 => "R_X86_64_8",
        R_X86_64_PC8 => "R_X86_64_PC8",
        R_X86_64_DTPMOD64 => "R_X86_64_DTPMOD64",
        R_X86_64_DTPOFF64 => "R_X86_64_DTPOFF64",
        R_X86_64_TPOFF64 => "R_X86_64_TPOFF64",
        R_X86_64_TLSGD => "R_X86_64_TLSGD",
        R_X86_64_TLSLD => "R_X86_64_TLSLD",
        R_X86_64_DTPOFF32 => "R_X86_64_DTPOFF32",
        R_X86_64_GOTTPOFF => "R_X86_64_GOTTPOFF",
        R_X86_64_TPOFF32 => "R_X86_64_TPOFF32",
        R_X86_64_PC64 => "R_X86_64_PC64",
        R_X86_64_GOTOFF64 => "R_X86_64_GOTOFF64",
        R_X86_64_GOTPC32 => "R_X86_64_GOTPC32",
        R_X86_64_GOT64 => "R_X86_64_GOT64",
        R_X86_64_GOTPCREL64 => "R_X86_64_GOTPCREL64",
        R_X86_64_GOTPC64 => "R_X86_64_GOTPC64",
        R_X86_64_GOTPLT64 => "R_X86_64_GOTPLT64",
        R_X86_64_PLTOFF64 => "R_X86_64_PLTOFF64",
        R_X86_64_SIZE32 => "R_X86_64_SIZE32",
        R_X86_64_SIZE64 => "R_X86_64_SIZE64",
        R_X86_64_GOTPC32_TLSDESC => "R_X86_64_GOTPC32_TLSDESC",
        R_X86_64_TLSDESC_CALL => "R_X86_64_TLSDESC_CALL",
        R_X86_64_TLSDESC => "R_X86_64_TLSDESC",
        R_X86_64_IRELATIVE => "R_X86_64_IRELATIVE",
        R_X86_64_GOTPCRELX => "R_X86_64_GOTPCRELX",
        R_X86_64_REX_GOTPCRELX => "R_X86_64_REX_GOTPCRELX",
        _ => return None,
    })
}

/// Bytes the fixup's field occupies at P (for the bounds check), for decoded types.
pub(crate) fn field_width(t: u32) -> Option<u64> {
    match t {
        R_X86_64_NONE => Some(0),
        R_X86_64_8 | R_X86_64_PC8 => Some(1),
        R_X86_64_16 | R_X86_64_PC16 => Some(2),
        R_X86_64_PC32
        | R_X86_64_PLT32
        | R_X86_64_GOTPCREL
        | R_X86_64_GOTPCRELX
        | R_X86_64_REX_GOTPCRELX
        | R_X86_64_32
        | R_X86_64_32S
        | R_X86_64_GOTPC32
        | R_X86_64_SIZE32 => Some(4),
        R_X86_64_64 | R_X86_64_PC64 | R_X86_64_GOT64 | R_X86_64_GOTPC64 | R_X86_64_GOTOFF64 | R_X86_64_GOTPCREL64 | R_X86_64_SIZE64 => {
            Some(8)
        }
        _ => None,
    }
}

/// Types whose value does not depend on the symbol (GOTPC*: GOT + A - P, the symbol is
/// `_GLOBAL_OFFSET_TABLE_` by convention; NONE): an unresolvable symbol does not stop the
/// check.
pub(crate) fn ignores_symbol(t: u32) -> bool {
    matches!(t, R_X86_64_NONE | R_X86_64_GOTPC32 | R_X86_64_GOTPC64)
}

/// The `not-checked` outcome for a type [`check`] does not decode.
pub(crate) fn not_decoded(t: u32, name: &str) -> Outcome {
    if TLS_TYPES.contains(&t) {
        return Outcome::not_checked(format!("TLS not modelled: relocation type {t} ({name})"));
    }
    Outcome::not_checked(format!("relocation type {t} ({name}) not decoded by the auditor"))
}

/// Checks one fixup; `None` when the type is not decoded here.
pub(crate) fn check(site: &Site<'_>) -> Option<Outcome> {
    let sa = site.sa() as i64;
    let pc = site.sa().wrapping_sub(site.p) as i64;
    let r = match site.r_type {
        R_X86_64_NONE => Ok(Outcome::new(Verdict::Ok, "nothing")),
        R_X86_64_8 => site.read_u8(site.p).map(|v| judge_small(sa, v as u64, 8, ABS8_RANGE, 0)),
        R_X86_64_16 => site.read_u16(site.p).map(|v| judge_small(sa, v as u64, 16, ABS16_RANGE, 0)),
        R_X86_64_PC8 => site.read_u8(site.p).map(|v| judge_small(pc, v as u64, 8, PC8_RANGE, site.p)),
        R_X86_64_PC16 => site.read_u16(site.p).map(|v| judge_small(pc, v as u64, 16, PC16_RANGE, site.p)),
        R_X86_64_SIZE32 | R_X86_64_SIZE64 => size(site),
        R_X86_64_GOTPCREL64 => got::gotpcrel64(site),
        R_X86_64_GOT64 => got::got64(site),
        R_X86_64_GOTOFF64 => got::gotoff64(site),
        R_X86_64_GOTPC32 | R_X86_64_GOTPC64 => got::gotpc(site),
        R_X86_64_64 => site.read_u64(site.p).map(|v| judge("address", site.sa(), v, None, None)),
        R_X86_64_PC64 => site.read_u64(site.p).map(|v| judge("address", site.sa(), site.p.wrapping_add(v), None, None)),
        R_X86_64_32 => site.read_u32(site.p).map(|v| judge("address", site.sa(), v as u64, Some(site.sa() as i64), Some(U32_RANGE))),
        R_X86_64_32S => {
            site.read_u32(site.p).map(|v| judge("address", site.sa(), v as i32 as i64 as u64, Some(site.sa() as i64), Some(S32_RANGE)))
        }
        R_X86_64_PC32 => pc32(site, false),
        R_X86_64_PLT32 => pc32(site, true),
        R_X86_64_GOTPCREL | R_X86_64_GOTPCRELX | R_X86_64_REX_GOTPCRELX => gotpcrel(site),
        _ => return None,
    };
    Some(r.unwrap_or_else(|e| *e))
}

/// SIZE32 / SIZE64: Z + A, Z being the symbol's `st_size` (known when this object
/// defines the symbol).
fn size(site: &Site<'_>) -> Checked {
    let Some(z) = site.size else {
        return Err(Box::new(Outcome::not_checked(
            "the symbol is not defined in this object, so its size (Z) is not known to the auditor",
        )));
    };
    let want = z.wrapping_add(site.a as u64);
    if site.r_type == R_X86_64_SIZE64 {
        return site.read_u64(site.p).map(|v| judge("size", want, v, None, None));
    }
    let v = site.read_u32(site.p)?;
    Ok(judge("size", want, v as u64, Some(want as i64), Some(U32_RANGE)))
}

fn disp32(site: &Site<'_>, at: u64) -> Result<i64, Box<Outcome>> {
    site.read_u32(at).map(|v| v as i32 as i64)
}

/// PC32/PLT32: the field is S+A-P. A PLT32 may instead reach a stub that jumps to S.
fn pc32(site: &Site<'_>, plt: bool) -> Checked {
    let d = disp32(site, site.p)?;
    let want = site.sa();
    let actual = site.p.wrapping_add(d as u64);
    let delta = want.wrapping_sub(site.p) as i64;
    let direct = judge("address", want, actual, Some(delta), Some(S32_RANGE));
    if actual == want || !plt {
        return Ok(direct);
    }
    // The branch goes where S would be: A is relative to the end of the field (-4 for a
    // call), so the stub sits at the decoded value minus A.
    let stub_at = actual.wrapping_sub(site.a as u64);
    match decode_stub(site, stub_at) {
        Some(stub) if stub.target == Some(site.s) => {
            Ok(Outcome { verdict: Verdict::Ok, delta: Some(stub_at.wrapping_sub(site.p) as i64), ..direct }.with_via(Some(stub.via)))
        }
        // The stub took care of the range; what is wrong is where it goes.
        Some(stub) => {
            Ok(Outcome { verdict: Verdict::WrongTarget, ..direct }.with_via(Some(stub.via.clone())).with_detail(stub_note(site, &stub)))
        }
        None => Ok(direct),
    }
}

fn stub_note(site: &Site<'_>, stub: &Stub) -> String {
    let mut s = "the call lands on a stub that does not lead to S".to_string();
    if let Some(&slot) = site.got.slots_holding(site.s).first() {
        s.push_str(&format!("; a GOT slot holding S is at {slot:#x}"));
        if let Some(disp_at) = stub.slot_disp_at {
            let need = slot.wrapping_sub(disp_at.wrapping_add(4)) as i64;
            if !super::check::in_range(need, S32_RANGE) {
                s.push_str(&format!(", {need:#x} from the stub's disp32: beyond ±2 GiB"));
            }
        }
    }
    s
}

/// A stub a JIT linker placed, decoded.
pub(crate) struct Stub {
    pub target: Option<u64>,
    pub via: String,
    /// Where the stub's own disp32 to its slot is (for `jmp *[rip+disp]`).
    pub slot_disp_at: Option<u64>,
}

/// Decodes the stub at `at`: `ff 25 disp32` (jmp *[rip+disp32], RuntimeDyld and JITLink)
/// or `49 bb imm64 41 ff e3` (movabs r11; jmp r11).
pub(crate) fn decode_stub(site: &Site<'_>, at: u64) -> Option<Stub> {
    let mut b = [0u8; 13];
    if site.memory.read(at, &mut b[..6]) && b[0] == 0xff && b[1] == 0x25 {
        let d = i32::from_le_bytes([b[2], b[3], b[4], b[5]]) as i64;
        let slot = at.wrapping_add(6).wrapping_add(d as u64);
        let target = read_u64(site.memory, slot);
        let disp = if d < 0 { format!("-{:#x}", d.unsigned_abs()) } else { format!("+{d:#x}") };
        let via = match target {
            Some(t) => format!("stub {at:#x} (jmp *[rip{disp}]) via slot {slot:#x} -> {t:#x}"),
            None => format!("stub {at:#x} (jmp *[rip{disp}]) via slot {slot:#x}, which is not in the linked memory"),
        };
        return Some(Stub { target, via, slot_disp_at: Some(at + 2) });
    }
    if site.memory.read(at, &mut b) && b[0] == 0x49 && b[1] == 0xbb && b[10..13] == [0x41, 0xff, 0xe3] {
        let mut imm = [0u8; 8];
        imm.copy_from_slice(&b[2..10]);
        let t = u64::from_le_bytes(imm);
        return Some(Stub { target: Some(t), via: format!("stub {at:#x} (movabs r11; jmp r11) -> {t:#x}"), slot_disp_at: None });
    }
    None
}

/// GOTPCREL and its relaxable forms: the field is slot + A - P and the slot holds S; a
/// linker may have relaxed the instruction to reach S directly.
fn gotpcrel(site: &Site<'_>) -> Checked {
    let d = disp32(site, site.p)?;
    let x = site.p.wrapping_add(d as u64).wrapping_sub(site.a as u64);
    if site.r_type != R_X86_64_GOTPCREL {
        if let Some(o) = relaxed(site, d, x) {
            return Ok(o);
        }
    }
    let (p, a) = (site.p, site.a);
    let raw = d as u32;
    Ok(judge_got(
        site,
        &GotForm {
            compared: "got-slot",
            want: site.s,
            actual: x,
            direct_slot: Some(x),
            encode: &|slot| slot,
            delta: Some(&move |slot: u64| slot.wrapping_add(a as u64).wrapping_sub(p) as i64),
            range: Some(S32_RANGE),
            truncates_to: Some(&move |delta: i64| delta as u32 == raw),
        },
    ))
}

/// Recognizes a GOTPCRELX site a linker rewrote to address S directly: `mov` → `lea`
/// (8b → 8d), `call *[rip]` → `addr32 call` (ff 15 → 67 e8), `jmp *[rip]` → `jmp; nop`
/// (ff 25 → e9 .. 90, the displacement one byte earlier).
fn relaxed(site: &Site<'_>, d: i64, x: u64) -> Option<Outcome> {
    let op = read_u8(site.memory, site.p.wrapping_sub(2))?;
    let modrm = read_u8(site.memory, site.p.wrapping_sub(1))?;
    let (dest, via) = if op == 0x8d {
        (x, "relaxed: mov from the GOT rewritten as lea")
    } else if op == 0x67 && modrm == 0xe8 {
        (site.p.wrapping_add(4).wrapping_add(d as u64), "relaxed: call through the GOT rewritten as a direct call")
    } else if op == 0xe9 && read_u8(site.memory, site.p.wrapping_add(3)) == Some(0x90) {
        let d1 = read_u32(site.memory, site.p.wrapping_sub(1))? as i32 as i64;
        (site.p.wrapping_add(3).wrapping_add(d1 as u64), "relaxed: jmp through the GOT rewritten as a direct jmp")
    } else {
        return None;
    };
    let delta = site.s.wrapping_add(site.a as u64).wrapping_sub(site.p) as i64;
    let o = judge("address", site.s, dest, Some(delta), Some(S32_RANGE)).with_via(Some(via.to_string()));
    if o.verdict == Verdict::OutOfRange {
        // Nothing had to span the distance: the GOT form reaches any address. Relaxing it
        // into a form that cannot is the linker pointing the site elsewhere.
        return Some(Outcome { verdict: Verdict::WrongTarget, ..o }.with_detail(format!(
            "the linker relaxed the GOT access although S is {}{:#x} from the site, beyond the direct form's ±2 GiB: \
             it had to keep the GOT load (JITLink's x86-64 GOT optimization, llvm/llvm-project#190179)",
            if delta < 0 { "-" } else { "+" },
            delta.unsigned_abs()
        )));
    }
    Some(o)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::check::in_range;

    #[test]
    fn small_fields_read_back_signed_or_unsigned() {
        // 0xfe is 254 as an unsigned byte and -2 as a signed one: both are legal for R_X86_64_8.
        let o = judge_small(254, 0xfe, 8, ABS8_RANGE, 0);
        assert_eq!(o.verdict, Verdict::Ok, "254 fits an unsigned byte: {o:?}");
        let o = judge_small(-2, 0xfe, 8, ABS8_RANGE, 0);
        assert_eq!((o.verdict, o.actual), (Verdict::Ok, Some(-2i64 as u64)), "-2 fits a signed byte: {o:?}");
        // 0x1234 truncated to a byte is 0x34: out of range, and the detail says it was truncated.
        let o = judge_small(0x1234, 0x34, 8, ABS8_RANGE, 0);
        assert_eq!(o.verdict, Verdict::OutOfRange, "0x1234 does not fit a byte: {o:?}");
        assert!(o.detail.contains("truncated"), "{o:?}");
        // A PC8 of +127 is the edge; +128 is beyond (a signed displacement only).
        assert!(in_range(127, PC8_RANGE) && !in_range(128, PC8_RANGE), "PC8 edge");
        assert!(in_range(-32768, PC16_RANGE) && !in_range(32768, PC16_RANGE), "PC16 edges");
        assert!(in_range(65535, ABS16_RANGE) && !in_range(65536, ABS16_RANGE) && !in_range(-32769, ABS16_RANGE), "16 edges");
        let o = judge_small(0x10 - 0x1000, 0x10, 16, PC16_RANGE, 0x1000);
        assert_eq!(o.verdict, Verdict::WrongTarget, "in range but the field holds another delta: {o:?}");
    }

    #[test]
    fn every_decoded_type_has_a_width_and_tls_says_so() {
        for t in [R_X86_64_8, R_X86_64_16, R_X86_64_PC8, R_X86_64_PC16, R_X86_64_GOT64, R_X86_64_GOTPC64, R_X86_64_GOTOFF64] {
            assert!(field_width(t).is_some(), "type {t} decoded");
        }
        for t in [R_X86_64_GOTPC32, R_X86_64_GOTPCREL64, R_X86_64_SIZE32, R_X86_64_SIZE64, R_X86_64_NONE] {
            assert!(field_width(t).is_some(), "type {t} decoded");
        }
        for &t in TLS_TYPES {
            assert!(field_width(t).is_none(), "TLS type {t} is not decoded");
            assert!(not_decoded(t, "x").detail.contains("TLS not modelled"), "TLS type {t}");
        }
        assert!(not_decoded(R_X86_64_PLTOFF64, "R_X86_64_PLTOFF64").detail.contains("R_X86_64_PLTOFF64"), "names the type");
    }
}
