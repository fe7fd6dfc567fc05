//! Data words: ABS16/32/64, PREL16/32/64, PLT32 and GOTREL32/64.

use super::*;
use crate::audit::check::judge_small;

/// A `bytes`-byte word holding S+A (Abs), S+A-P (Prel) or S+A-GOT (Got).
pub(super) fn check(site: &Site<'_>, bytes: u64, rel: Rel, range: Option<(i64, i64)>) -> Checked {
    let base = match rel {
        Rel::Abs => 0,
        Rel::Prel => site.p,
        Rel::Got => site.got_base()?,
    };
    let want = site.sa().wrapping_sub(base) as i64;
    let raw = match bytes {
        2 => site.read_u16(site.p)? as u64,
        4 => site.read_u32(site.p)? as u64,
        _ => site.read_u64(site.p)?,
    };
    let o = match range {
        Some(range) => judge_small(want, raw, 8 * bytes as u32, range, base),
        None => judge("address", site.sa(), base.wrapping_add(raw), None, None),
    };
    Ok(if rel == Rel::Got { o.with_via(Some(format!("GOT base {base:#x}"))) } else { o })
}
