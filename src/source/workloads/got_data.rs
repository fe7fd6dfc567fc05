//! `got-data`: external-linkage globals of several types, read and written through the GOT.

use super::ir::{array_init, check, emit, f32_lit, f64_lit, Cx};
use super::{WorkloadInstance, WorkloadModule};

/// Name in the registry; also the stem of module names and the seed of the data stream.
pub(super) const NAME: &str = "got-data";

/// External-linkage globals of several types, accessed through the GOT under PIC:
///
/// * `gd_sum_i<n>()`: sign-extended i8 + i16 + i32 + i64, `trunc(double * 4)`,
///   `trunc(float * 4)`, both fields of a `{ i32, i64 }`.
/// * `gd_index_i<n>(k)`: `arr[k & 15] * 1000 + arr[15 - (k & 15)]`, the second read through a
///   pointer stored in another global.
/// * `gd_rw_i<n>(k, v)`: stores `v` into a zeroed `[16 x i64]` at `k & 15`, into an i32 and (as
///   `v / 2`) into a double, reads all three back (volatile) and adds `arr[k & 15]`:
///   `v + sext(trunc32(v)) + v + arr[k & 15]`. Idempotent, so repeat calls agree.
pub(super) fn generate(cx: &Cx) -> WorkloadInstance {
    let ir = cx.ir;
    let s = cx.sfx();
    let mut rng = cx.rng(0);

    let v8 = rng.range(-128, 127);
    let v16 = rng.range(-32768, 32767);
    let v32 = rng.range(i64::from(i32::MIN), i64::from(i32::MAX));
    let v64 = rng.i64();
    let vf64 = rng.dyadic(-(1 << 20), 1 << 20, 2);
    let vf32 = rng.dyadic(-4096, 4096, 1) as f32;
    let arr: Vec<i64> = (0..16).map(|_| rng.range(i64::from(i32::MIN), i64::from(i32::MAX))).collect();
    let pair0 = rng.range(i64::from(i32::MIN), i64::from(i32::MAX));
    let pair1 = rng.i64();

    let arr_ty = "[16 x i32]";
    let scratch_ty = "[16 x i64]";
    let pair_ty = "{ i32, i64 }";
    let (p8, p16, p32, p64) = (ir.ptr("i8"), ir.ptr("i16"), ir.ptr("i32"), ir.ptr("i64"));
    let (pf64, pf32) = (ir.ptr("double"), ir.ptr("float"));
    let parr = ir.ptr(arr_ty);
    let pparr = ir.ptr(&parr);
    let pscratch = ir.ptr(scratch_ty);
    let ppair = ir.ptr(pair_ty);

    let name = cx.module_name(None);
    let mut m = cx.header(&name, "external-linkage globals through the GOT");
    emit!(m, "@gd_i8{s} = global i8 {v8}, align 1");
    emit!(m, "@gd_i16{s} = global i16 {v16}, align 2");
    emit!(m, "@gd_i32{s} = global i32 {v32}, align 4");
    emit!(m, "@gd_i64{s} = global i64 {v64}, align 8");
    emit!(m, "@gd_f64{s} = global double {}, align 8", f64_lit(vf64));
    emit!(m, "@gd_f32{s} = global float {}, align 4", f32_lit(vf32));
    emit!(m, "@gd_arr{s} = global {arr_ty} {}, align 4", array_init("i32", &arr));
    emit!(m, "@gd_pair{s} = global {pair_ty} {{ i32 {pair0}, i64 {pair1} }}, align 8");
    emit!(m, "@gd_ptr{s} = global {parr} @gd_arr{s}, align 8");
    emit!(m, "@gd_scratch{s} = global {scratch_ty} zeroinitializer, align 8");
    emit!(m, "@gd_w32{s} = global i32 0, align 4");
    emit!(m, "@gd_wf{s} = global double {}, align 8", f64_lit(0.0));
    emit!(m);

    emit!(m, "define i64 @gd_sum{s}() {{");
    emit!(m, "entry:");
    emit!(m, "  %v8 = load i8, {p8} @gd_i8{s}, align 1");
    emit!(m, "  %w8 = sext i8 %v8 to i64");
    emit!(m, "  %v16 = load i16, {p16} @gd_i16{s}, align 2");
    emit!(m, "  %w16 = sext i16 %v16 to i64");
    emit!(m, "  %v32 = load i32, {p32} @gd_i32{s}, align 4");
    emit!(m, "  %w32 = sext i32 %v32 to i64");
    emit!(m, "  %v64 = load i64, {p64} @gd_i64{s}, align 8");
    emit!(m, "  %vd = load double, {pf64} @gd_f64{s}, align 8");
    emit!(m, "  %vd4 = fmul double %vd, {}", f64_lit(4.0));
    emit!(m, "  %wd = fptosi double %vd4 to i64");
    emit!(m, "  %vs = load float, {pf32} @gd_f32{s}, align 4");
    emit!(m, "  %vsd = fpext float %vs to double");
    emit!(m, "  %vs4 = fmul double %vsd, {}", f64_lit(4.0));
    emit!(m, "  %ws = fptosi double %vs4 to i64");
    emit!(m, "  %pa = getelementptr inbounds {pair_ty}, {ppair} @gd_pair{s}, i64 0, i32 0");
    emit!(m, "  %va = load i32, {p32} %pa, align 8");
    emit!(m, "  %wa = sext i32 %va to i64");
    emit!(m, "  %pb = getelementptr inbounds {pair_ty}, {ppair} @gd_pair{s}, i64 0, i32 1");
    emit!(m, "  %vb = load i64, {p64} %pb, align 8");
    emit!(m, "  %s1 = add i64 %w8, %w16");
    emit!(m, "  %s2 = add i64 %s1, %w32");
    emit!(m, "  %s3 = add i64 %s2, %v64");
    emit!(m, "  %s4 = add i64 %s3, %wd");
    emit!(m, "  %s5 = add i64 %s4, %ws");
    emit!(m, "  %s6 = add i64 %s5, %wa");
    emit!(m, "  %s7 = add i64 %s6, %vb");
    emit!(m, "  ret i64 %s7");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i64 @gd_index{s}(i64 %k) {{");
    emit!(m, "entry:");
    emit!(m, "  %kk = and i64 %k, 15");
    emit!(m, "  %p1 = getelementptr inbounds {arr_ty}, {parr} @gd_arr{s}, i64 0, i64 %kk");
    emit!(m, "  %a1 = load i32, {p32} %p1, align 4");
    emit!(m, "  %w1 = sext i32 %a1 to i64");
    emit!(m, "  %base = load {parr}, {pparr} @gd_ptr{s}, align 8");
    emit!(m, "  %kr = sub i64 15, %kk");
    emit!(m, "  %p2 = getelementptr inbounds {arr_ty}, {parr} %base, i64 0, i64 %kr");
    emit!(m, "  %a2 = load i32, {p32} %p2, align 4");
    emit!(m, "  %w2 = sext i32 %a2 to i64");
    emit!(m, "  %hi = mul i64 %w1, 1000");
    emit!(m, "  %r = add i64 %hi, %w2");
    emit!(m, "  ret i64 %r");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i64 @gd_rw{s}(i64 %k, i64 %v) {{");
    emit!(m, "entry:");
    emit!(m, "  %kk = and i64 %k, 15");
    emit!(m, "  %sp = getelementptr inbounds {scratch_ty}, {pscratch} @gd_scratch{s}, i64 0, i64 %kk");
    emit!(m, "  store i64 %v, {p64} %sp, align 8");
    emit!(m, "  %t = trunc i64 %v to i32");
    emit!(m, "  store i32 %t, {p32} @gd_w32{s}, align 4");
    emit!(m, "  %vf = sitofp i64 %v to double");
    emit!(m, "  %half = fmul double %vf, {}", f64_lit(0.5));
    emit!(m, "  store double %half, {pf64} @gd_wf{s}, align 8");
    emit!(m, "  %r1 = load volatile i64, {p64} %sp, align 8");
    emit!(m, "  %r2 = load volatile i32, {p32} @gd_w32{s}, align 4");
    emit!(m, "  %r2w = sext i32 %r2 to i64");
    emit!(m, "  %r3 = load volatile double, {pf64} @gd_wf{s}, align 8");
    emit!(m, "  %r3d = fmul double %r3, {}", f64_lit(2.0));
    emit!(m, "  %r3w = fptosi double %r3d to i64");
    emit!(m, "  %ap = getelementptr inbounds {arr_ty}, {parr} @gd_arr{s}, i64 0, i64 %kk");
    emit!(m, "  %a = load i32, {p32} %ap, align 4");
    emit!(m, "  %aw = sext i32 %a to i64");
    emit!(m, "  %s1 = add i64 %r1, %r2w");
    emit!(m, "  %s2 = add i64 %s1, %r3w");
    emit!(m, "  %s3 = add i64 %s2, %aw");
    emit!(m, "  ret i64 %s3");
    emit!(m, "}}");

    let sum = [v8, v16, v32, v64, (vf64 * 4.0) as i64, (f64::from(vf32) * 4.0) as i64, pair0, pair1]
        .iter()
        .fold(0i64, |acc, &x| acc.wrapping_add(x));
    let index = |k: i64| {
        let kk = (k & 15) as usize;
        arr[kk].wrapping_mul(1000).wrapping_add(arr[15 - kk])
    };
    // |v| < 2^53, so v -> double -> /2 -> *2 -> i64 is exact.
    let rw = |k: i64, v: i64| {
        let half = v as f64 * 0.5;
        v.wrapping_add(i64::from(v as i32)).wrapping_add((half * 2.0) as i64).wrapping_add(arr[(k & 15) as usize])
    };

    let mut checks = vec![check(format!("gd_sum{s}"), &[], sum)];
    for k in [0, 7, 15, 100 + i64::from(cx.n)] {
        checks.push(check(format!("gd_index{s}"), &[k], index(k)));
    }
    let v_extra = rng.range(-(1 << 50), 1 << 50);
    for (k, v) in [(3, 12_345), (14, -987_654_321), (-5, v_extra)] {
        checks.push(check(format!("gd_rw{s}"), &[k, v], rw(k, v)));
    }

    WorkloadInstance { modules: vec![WorkloadModule { name, ir: m }], checks }
}
