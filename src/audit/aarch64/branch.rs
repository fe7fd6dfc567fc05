//! Branches (B/BL, B.cond/CBZ/CBNZ, TBZ/TBNZ) and the veneers JIT linkers put between a
//! branch and a far target.

use super::adr::{adrp_page, is_adrp, ldst_offset};
use super::got::is_ldr64_uimm;
use super::*;

#[derive(Clone, Copy)]
pub(super) enum Branch {
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

pub(super) fn branch(site: &Site<'_>, b: Branch) -> Checked {
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
    let word = |i: u64| crate::audit::check::read_u32(mem, at.wrapping_add(4 * i));
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
        let target = crate::audit::check::read_u64(mem, slot);
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
            let target = crate::audit::check::read_u64(mem, slot);
            let via = match target {
                Some(t) => format!("stub {at:#x} (adrp/ldr x16; br x16) via GOT slot {slot:#x} -> {t:#x}"),
                None => format!("stub {at:#x} (adrp/ldr x16; br x16) via GOT slot {slot:#x}, which is not in the linked memory"),
            };
            return Some(Stub { target, via });
        }
    }
    None
}
