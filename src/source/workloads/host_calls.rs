//! `host-calls`: calls into the host's libc and libm.

use super::ir::{c_string, check, emit, f64_lit, Cx};
use super::{WorkloadInstance, WorkloadModule};

/// Name in the registry; also the stem of module names and the seed of the data stream.
pub(super) const NAME: &str = "host-calls";

/// Size of `hc_mem`'s stack buffer; larger than the text plus the 15 fill bytes.
const HC_BUF: usize = 128;

/// Calls into the host's libc and libm, resolved from the process:
///
/// * `hc_trig_i<n>(x)`: `t = x * 0.125 + p` (p = (n mod 16) / 16), returns
///   `3 * trunc(sin(t) * 1e6) + trunc(cos(t) * 1e6)`.
/// * `hc_mem_i<n>(k, fill, m)`: zeroes a 128-byte stack buffer (`memset`), copies the first
///   `k mod (L + 1)` bytes of the iteration's text (`memcpy`), then `m mod 16` bytes of
///   `(fill & 127) | 1` after them (`memset`), returns `strlen(buf) * 100000 + sum of bytes`.
/// * `hc_strlen_i<n>()`: `strlen(text)` = L.
pub(super) fn generate(cx: &Cx) -> WorkloadInstance {
    let ir = cx.ir;
    let s = cx.sfx();
    let n = cx.n;

    let text = format!("jitharness host-calls iteration {n}: pack my box with five dozen liquor jugs");
    let len = text.len();
    assert!(len + 16 < HC_BUF, "host-calls text must leave room in the buffer");
    let text_ty = format!("[{} x i8]", len + 1);
    let buf_ty = format!("[{HC_BUF} x i8]");
    let (p8, pbuf) = (ir.ptr("i8"), ir.ptr(&buf_ty));
    let text_ptr = ir.elem0(&text_ty, &format!("@hc_text{s}"));
    let phase = f64::from(n % 16) * 0.0625;

    let name = cx.module_name(None);
    let mut m = cx.header(&name, "calls to libc and libm of the host process");
    emit!(m, "@hc_text{s} = private unnamed_addr constant {text_ty} {}, align 1", c_string(&text));
    emit!(m);

    emit!(m, "define i64 @hc_trig{s}(i64 %x) {{");
    emit!(m, "entry:");
    emit!(m, "  %xf = sitofp i64 %x to double");
    emit!(m, "  %xs = fmul double %xf, {}", f64_lit(0.125));
    emit!(m, "  %t = fadd double %xs, {}", f64_lit(phase));
    emit!(m, "  %sn = call double @sin(double %t)");
    emit!(m, "  %cs = call double @cos(double %t)");
    emit!(m, "  %snm = fmul double %sn, {}", f64_lit(1e6));
    emit!(m, "  %csm = fmul double %cs, {}", f64_lit(1e6));
    emit!(m, "  %sni = fptosi double %snm to i64");
    emit!(m, "  %csi = fptosi double %csm to i64");
    emit!(m, "  %sn3 = mul i64 %sni, 3");
    emit!(m, "  %r = add i64 %sn3, %csi");
    emit!(m, "  ret i64 %r");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i64 @hc_mem{s}(i64 %k, i64 %fill, i64 %m) {{");
    emit!(m, "entry:");
    emit!(m, "  %buf = alloca {buf_ty}, align 16");
    emit!(m, "  %b0 = getelementptr inbounds {buf_ty}, {pbuf} %buf, i64 0, i64 0");
    emit!(m, "  %z0 = call {p8} @memset({p8} %b0, i32 0, i64 {HC_BUF})");
    emit!(m, "  %kk = urem i64 %k, {}", len + 1);
    emit!(m, "  %c0 = call {p8} @memcpy({p8} %b0, {p8} {text_ptr}, i64 %kk)");
    emit!(m, "  %f0 = and i64 %fill, 127");
    emit!(m, "  %f1 = or i64 %f0, 1");
    emit!(m, "  %fb = trunc i64 %f1 to i32");
    emit!(m, "  %mm = urem i64 %m, 16");
    emit!(m, "  %dst = getelementptr inbounds {buf_ty}, {pbuf} %buf, i64 0, i64 %kk");
    emit!(m, "  %z1 = call {p8} @memset({p8} %dst, i32 %fb, i64 %mm)");
    emit!(m, "  %len = call i64 @strlen({p8} %b0)");
    emit!(m, "  br label %sum");
    emit!(m);
    emit!(m, "sum:");
    emit!(m, "  %j = phi i64 [ 0, %entry ], [ %j.next, %sum ]");
    emit!(m, "  %acc = phi i64 [ 0, %entry ], [ %acc.next, %sum ]");
    emit!(m, "  %bp = getelementptr inbounds {buf_ty}, {pbuf} %buf, i64 0, i64 %j");
    emit!(m, "  %byte = load i8, {p8} %bp, align 1");
    emit!(m, "  %bz = zext i8 %byte to i64");
    emit!(m, "  %acc.next = add i64 %acc, %bz");
    emit!(m, "  %j.next = add i64 %j, 1");
    emit!(m, "  %more = icmp ult i64 %j.next, {HC_BUF}");
    emit!(m, "  br i1 %more, label %sum, label %done");
    emit!(m);
    emit!(m, "done:");
    emit!(m, "  %lm = mul i64 %len, 100000");
    emit!(m, "  %r = add i64 %lm, %acc.next");
    emit!(m, "  ret i64 %r");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i64 @hc_strlen{s}() {{");
    emit!(m, "entry:");
    emit!(m, "  %len = call i64 @strlen({p8} {text_ptr})");
    emit!(m, "  ret i64 %len");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "declare double @sin(double)");
    emit!(m, "declare double @cos(double)");
    emit!(m, "declare {p8} @memcpy({p8}, {p8}, i64)");
    emit!(m, "declare {p8} @memset({p8}, i32, i64)");
    emit!(m, "declare i64 @strlen({p8})");

    // Same operations, in the same order, as the IR; sin/cos are the host's libm either way.
    let trig_parts = |x: i64| -> (f64, f64) {
        let t = x as f64 * 0.125 + phase;
        (t.sin() * 1e6, t.cos() * 1e6)
    };
    // A result one ulp away from an integer could truncate differently if a libm were not
    // correctly rounded; such inputs are skipped.
    let robust = |v: f64| {
        let f = (v - v.trunc()).abs();
        f > 1e-6 && f < 1.0 - 1e-6
    };
    let mem = |k: i64, fill: i64, m: i64| -> i64 {
        let mut buf = [0u8; HC_BUF];
        let kk = ((k as u64) % (len as u64 + 1)) as usize;
        buf[..kk].copy_from_slice(&text.as_bytes()[..kk]);
        let fb = ((fill & 127) | 1) as u8;
        let mm = ((m as u64) % 16) as usize;
        buf[kk..kk + mm].fill(fb);
        let strlen = buf.iter().position(|&b| b == 0).unwrap_or(HC_BUF) as i64;
        let sum: i64 = buf.iter().map(|&b| i64::from(b)).sum();
        strlen * 100_000 + sum
    };

    let mut checks = Vec::new();
    let candidates = [1, -3, 17, 40 + i64::from(n % 9), 1001, -250, 7, 99];
    for x in candidates
        .iter()
        .copied()
        .filter(|&x| {
            let (sv, cv) = trig_parts(x);
            robust(sv) && robust(cv)
        })
        .take(4)
    {
        let (sv, cv) = trig_parts(x);
        checks.push(check(format!("hc_trig{s}"), &[x], (sv as i64).wrapping_mul(3).wrapping_add(cv as i64)));
    }
    for (k, fill, mm) in [(0, 0, 0), (5, 65, 3), (len as i64, 200, 15), (1000 + i64::from(n), -1, 7)] {
        checks.push(check(format!("hc_mem{s}"), &[k, fill, mm], mem(k, fill, mm)));
    }
    checks.push(check(format!("hc_strlen{s}"), &[], len as i64));
    WorkloadInstance { modules: vec![WorkloadModule { name, ir: m }], checks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::workloads::IrDialect;
    use crate::target::Arch;

    #[test]
    fn keeps_robust_trig_inputs() {
        let hc = generate(&Cx::new(NAME, Arch::X86_64, IrDialect::OPAQUE, 2));
        let trig = hc.checks.iter().filter(|c| c.symbol.starts_with("hc_trig")).count();
        assert!(trig >= 2, "host-calls keeps at least two robust trig inputs, got {trig}");
    }
}
