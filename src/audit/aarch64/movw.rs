//! MOVZ/MOVN/MOVK immediates: absolute (UABS, SABS) and PC-relative (PREL) 16-bit chunks.

use super::*;

/// The wide-move opcodes (bits 30:29).
const MOVN: u32 = 0;
const MOVZ: u32 = 2;
const MOVK: u32 = 3;

/// A MOVN/MOVZ/MOVK (wide immediate): bits 28:23 = 100101, opc (30:29) != 01. Returns the
/// opcode, the hw field and the 16-bit immediate.
pub(crate) fn decode_wide(insn: u32) -> Option<(u32, u32, u64)> {
    let opc = (insn >> 29) & 0x3;
    (insn & 0x1f80_0000 == 0x1280_0000 && opc != 1).then_some((opc, (insn >> 21) & 0x3, ((insn >> 5) & 0xffff) as u64))
}

fn wide(site: &Site<'_>, chunk: u32) -> Result<(u32, u32, u64), Box<Outcome>> {
    let insn = site.read_u32(site.p)?;
    decode_wide(insn).ok_or_else(|| Box::new(Outcome::wrong_instruction(&format!("g{chunk}"), site.p, insn, "a MOVZ/MOVK/MOVN")))
}

/// The immediate is right but at the wrong position.
fn check_hw(o: Outcome, hw: u32, chunk: u32) -> Outcome {
    if hw != chunk && o.verdict == Verdict::Ok {
        return Outcome { verdict: Verdict::WrongTarget, ..o }.with_detail(format!(
            "the instruction places its immediate at bit {} (hw={hw}), not {}",
            16 * hw,
            16 * chunk
        ));
    }
    o
}

/// MOVW_UABS_G0..G3 (+`_NC`): bits [16c+15:16c] of S+A; the checked forms need S+A to fit
/// in 16(c+1) unsigned bits.
pub(super) fn uabs(site: &Site<'_>, chunk: u32, checked: bool) -> Checked {
    let (_, hw, imm) = wide(site, chunk)?;
    let shift = 16 * chunk;
    let want = (site.sa() >> shift) & 0xffff;
    let (delta, range) = if checked {
        let max = (1i64 << (16 * (chunk + 1))) - 1;
        (Some(site.sa() as i64), Some((0, max)))
    } else {
        (None, None)
    };
    Ok(check_hw(judge(&format!("g{chunk}"), want, imm, delta, range), hw, chunk))
}

/// The signed forms (MOVW_SABS_G0..G2 of S+A, MOVW_PREL_G0..G3 of S+A-P): a MOVZ of the
/// chunk of X when X >= 0, a MOVN of the chunk of !X when X < 0; the checked ones need
/// -2^(16(c+1)) <= X < 2^(16(c+1)).
pub(super) fn signed(site: &Site<'_>, chunk: u32, x: i64, checked: bool) -> Checked {
    let (opc, hw, imm) = wide(site, chunk)?;
    let shift = 16 * chunk;
    let (want_opc, want) = if x < 0 { (MOVN, ((!x as u64) >> shift) & 0xffff) } else { (MOVZ, ((x as u64) >> shift) & 0xffff) };
    let (delta, range) = if checked {
        let bound = 1i64 << (16 * (chunk + 1));
        (Some(x), Some((-bound, bound - 1)))
    } else {
        (None, None)
    };
    let o = check_hw(judge(&format!("g{chunk}"), want, imm, delta, range), hw, chunk);
    if opc != want_opc && o.verdict == Verdict::Ok {
        let name = |c| {
            if c == MOVN {
                "MOVN"
            } else if c == MOVZ {
                "MOVZ"
            } else {
                "MOVK"
            }
        };
        return Ok(Outcome { verdict: Verdict::WrongTarget, ..o }.with_detail(format!(
            "the value {x:#x} is {}: the instruction must be a {}, it is a {}",
            if x < 0 { "negative" } else { "not negative" },
            name(want_opc),
            name(opc)
        )));
    }
    Ok(o)
}

/// MOVW_PREL_G0_NC..G2_NC: a MOVK of bits [16c+15:16c] of S+A-P, no check.
pub(super) fn prel_nc(site: &Site<'_>, chunk: u32) -> Checked {
    let (opc, hw, imm) = wide(site, chunk)?;
    let want = (site.sa().wrapping_sub(site.p) >> (16 * chunk)) & 0xffff;
    let o = check_hw(judge(&format!("g{chunk}"), want, imm, None, None), hw, chunk);
    if opc != MOVK && o.verdict == Verdict::Ok {
        return Ok(Outcome { verdict: Verdict::WrongTarget, ..o }.with_detail("a _NC chunk is kept by a MOVK; this is a MOVZ/MOVN"));
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_moves_decode() {
        // movz x0, #0x1234, lsl #16
        assert_eq!(decode_wide(0xd2a2_4680), Some((MOVZ, 1, 0x1234)), "movz");
        // movn x1, #0
        assert_eq!(decode_wide(0x9280_0001), Some((MOVN, 0, 0)), "movn");
        // movk x2, #0xffff, lsl #48
        assert_eq!(decode_wide(0xf2ff_ffe2), Some((MOVK, 3, 0xffff)), "movk");
        assert_eq!(decode_wide(0xd503_201f), None, "nop");
    }
}
