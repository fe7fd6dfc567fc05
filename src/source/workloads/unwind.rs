//! `unwind`: unwinding through JIT frames. `uw_outer_i<n>` calls `uw_middle_i<n>` calls
//! `uw_inner_i<n>` calls the host's `jh_count_jit_frames`, which walks the stack with the
//! unwinder (`_Unwind_Backtrace`) and counts the frames of code no loaded ELF object holds.
//! The unwinder finds a JIT frame's caller only through that frame's registered `.eh_frame`,
//! so the count is 3 when the linker registered the frames and 1 when it did not; the
//! result carries it (`x + 1000 * count + bias`, each level adding its own part).

use super::ir::{check, emit, Cx};
use super::{WorkloadInstance, WorkloadModule, COUNT_JIT_FRAMES};

/// Name in the registry; also the stem of module names and the seed of the data stream.
pub(super) const NAME: &str = "unwind";

/// JIT frames between the entry and the host function.
const DEPTH: i64 = 3;

pub(super) fn generate(cx: &Cx) -> WorkloadInstance {
    let s = cx.sfx();
    let mut rng = cx.rng(0);
    let adds: Vec<i64> = (0..3).map(|_| rng.range(1, 1 << 30)).collect();
    let name = cx.module_name(None);
    let mut m = cx.header(&name, "a host stack walk through three JIT frames");
    // Each level adds after the call, so none is a tail call; noinline keeps the frames.
    let levels = [("uw_inner", COUNT_JIT_FRAMES.to_string()), ("uw_middle", format!("uw_inner{s}")), ("uw_outer", format!("uw_middle{s}"))];
    for (i, (level, callee)) in levels.iter().enumerate() {
        emit!(m, "define i64 @{level}{s}(i64 %x) noinline uwtable {{");
        emit!(m, "  %r = call i64 @{callee}(i64 %x)");
        emit!(m, "  %s = add i64 %r, {}", adds[i]);
        emit!(m, "  ret i64 %s");
        emit!(m, "}}");
        emit!(m);
    }
    emit!(m, "declare i64 @{COUNT_JIT_FRAMES}(i64)");
    let bias: i64 = adds.iter().sum();
    let checks = [0, 5, -77, rng.range(1, 1 << 40)]
        .into_iter()
        .map(|x| check(format!("uw_outer{s}"), &[x], x.wrapping_add(1000 * DEPTH).wrapping_add(bias)))
        .collect();
    WorkloadInstance { modules: vec![WorkloadModule { name, ir: m }], checks }
}
