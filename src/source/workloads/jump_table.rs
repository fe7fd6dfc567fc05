//! `jump-table`: a dense switch that the backend lowers to a jump table.

use super::ir::{check, emit, Cx};
use super::{WorkloadInstance, WorkloadModule};

/// Name in the registry; also the stem of module names and the seed of the data stream.
pub(super) const NAME: &str = "jump-table";

const JT_CASES: i64 = 80;

#[derive(Clone, Copy)]
enum JtOp {
    Add(i64),
    Sub(i64),
    Xor(i64),
    Mul(i64),
    Shl(u32),
}

impl JtOp {
    fn apply(self, y: i64) -> i64 {
        match self {
            JtOp::Add(c) => y.wrapping_add(c),
            JtOp::Sub(c) => y.wrapping_sub(c),
            JtOp::Xor(c) => y ^ c,
            JtOp::Mul(c) => y.wrapping_mul(c),
            JtOp::Shl(c) => ((y as u64) << c) as i64,
        }
    }

    fn ir(self) -> String {
        match self {
            JtOp::Add(c) => format!("add i64 %y, {c}"),
            JtOp::Sub(c) => format!("sub i64 %y, {c}"),
            JtOp::Xor(c) => format!("xor i64 %y, {c}"),
            JtOp::Mul(c) => format!("mul i64 %y, {c}"),
            JtOp::Shl(c) => format!("shl i64 %y, {c}"),
        }
    }
}

/// `jt_dispatch_i<n>(x, y)`: a dense 80-case `switch` on `x` (0..=79). Each case applies a
/// different operation with its own constant to `y`, so no pass can turn the switch into a
/// lookup table: it stays a jump table (`.rodata` entries referenced from text). Default:
/// `y ^ cd`.
pub(super) fn generate(cx: &Cx) -> WorkloadInstance {
    let s = cx.sfx();
    let mut rng = cx.rng(0);

    let ops: Vec<JtOp> = (0..JT_CASES)
        .map(|k| match (k + i64::from(cx.n)) % 5 {
            0 => JtOp::Add(rng.i64()),
            1 => JtOp::Sub(rng.i64()),
            2 => JtOp::Xor(rng.i64()),
            3 => JtOp::Mul(rng.i64() | 1),
            _ => JtOp::Shl(rng.range(1, 47) as u32),
        })
        .collect();
    let default_xor = rng.i64();

    let name = cx.module_name(None);
    let mut m = cx.header(&name, "dense switch lowered to a jump table");
    emit!(m, "define i64 @jt_dispatch{s}(i64 %x, i64 %y) {{");
    emit!(m, "entry:");
    emit!(m, "  switch i64 %x, label %default [");
    for k in 0..JT_CASES {
        emit!(m, "    i64 {k}, label %case{k}");
    }
    emit!(m, "  ]");
    for (k, op) in ops.iter().enumerate() {
        emit!(m);
        emit!(m, "case{k}:");
        emit!(m, "  %r{k} = {}", op.ir());
        emit!(m, "  ret i64 %r{k}");
    }
    emit!(m);
    emit!(m, "default:");
    emit!(m, "  %rd = xor i64 %y, {default_xor}");
    emit!(m, "  ret i64 %rd");
    emit!(m, "}}");

    let model = |x: i64, y: i64| -> i64 {
        if (0..JT_CASES).contains(&x) {
            ops[x as usize].apply(y)
        } else {
            y ^ default_xor
        }
    };
    let mut checks = Vec::new();
    let probes = [0, 1, 2, 31, 63, 64, 79, 80, -1, 1000, i64::from(cx.n % 80 * 7 % 80)];
    for x in probes {
        let y = rng.range(-(1 << 40), 1 << 40);
        checks.push(check(format!("jt_dispatch{s}"), &[x, y], model(x, y)));
    }
    WorkloadInstance { modules: vec![WorkloadModule { name, ir: m }], checks }
}
