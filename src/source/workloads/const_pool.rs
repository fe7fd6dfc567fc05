//! `const-pool`: floating-point literals in `.rodata` constant pools and a private constant table.

use super::ir::{array_init, check, emit, f32_lit, f64_lit, Cx};
use super::{WorkloadInstance, WorkloadModule};

/// Name in the registry; also the stem of module names and the seed of the data stream.
pub(super) const NAME: &str = "const-pool";

/// Floating-point literals that the backend places in `.rodata` constant pools:
///
/// * `cp_poly_i<n>(x)`: `((x*c0 + c1)*x + c2) + (x < 0 ? c3 : c4) + table[x & 15]`, times 8,
///   truncated. The table is a private `[16 x double]` constant.
/// * `cp_vec_i<n>(x)`: splat `(float)x` into `<4 x float>`, multiply by and add constant
///   vectors, sum the lanes in order, times 4, truncated.
pub(super) fn generate(cx: &Cx) -> WorkloadInstance {
    let ir = cx.ir;
    let s = cx.sfx();
    let mut rng = cx.rng(0);

    // Bounded so that every intermediate fits the mantissa exactly for |x| <= 1024.
    let c0 = rng.dyadic(-40, 40, 3);
    let c1 = rng.dyadic(-800, 800, 4);
    let c2 = rng.dyadic(-1000, 1000, 1);
    let c3 = rng.dyadic(-500, 500, 2);
    let c4 = rng.dyadic(-500, 500, 2);
    let table: Vec<f64> = (0..16).map(|_| rng.dyadic(-5000, 5000, 3)).collect();
    // For |x| <= 256: products < 2^11 with 2 fraction bits, sums < 2^13: exact in f32.
    let vmul: Vec<f32> = (0..4).map(|_| rng.dyadic(-24, 24, 2) as f32).collect();
    let vadd: Vec<f32> = (0..4).map(|_| rng.dyadic(-400, 400, 2) as f32).collect();

    let tab_ty = "[16 x double]";
    let ptab = ir.ptr(tab_ty);
    let pdbl = ir.ptr("double");
    let vec_lit = |vals: &[f32]| -> String {
        let items: Vec<String> = vals.iter().map(|&v| format!("float {}", f32_lit(v))).collect();
        format!("<{}>", items.join(", "))
    };

    let name = cx.module_name(None);
    let mut m = cx.header(&name, "literals in constant pools and a private table");
    let tab_lits: Vec<String> = table.iter().map(|&v| f64_lit(v)).collect();
    emit!(m, "@cp_table{s} = private unnamed_addr constant {tab_ty} {}, align 8", array_init("double", &tab_lits));
    emit!(m);

    emit!(m, "define i64 @cp_poly{s}(i64 %x) {{");
    emit!(m, "entry:");
    emit!(m, "  %xf = sitofp i64 %x to double");
    emit!(m, "  %m0 = fmul double %xf, {}", f64_lit(c0));
    emit!(m, "  %a0 = fadd double %m0, {}", f64_lit(c1));
    emit!(m, "  %m1 = fmul double %a0, %xf");
    emit!(m, "  %r = fadd double %m1, {}", f64_lit(c2));
    emit!(m, "  %neg = icmp slt i64 %x, 0");
    emit!(m, "  %adj = select i1 %neg, double {}, double {}", f64_lit(c3), f64_lit(c4));
    emit!(m, "  %r2 = fadd double %r, %adj");
    emit!(m, "  %k = and i64 %x, 15");
    emit!(m, "  %tp = getelementptr inbounds {tab_ty}, {ptab} @cp_table{s}, i64 0, i64 %k");
    emit!(m, "  %t = load double, {pdbl} %tp, align 8");
    emit!(m, "  %sum = fadd double %r2, %t");
    emit!(m, "  %sc = fmul double %sum, {}", f64_lit(8.0));
    emit!(m, "  %res = fptosi double %sc to i64");
    emit!(m, "  ret i64 %res");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i64 @cp_vec{s}(i64 %x) {{");
    emit!(m, "entry:");
    emit!(m, "  %xs = sitofp i64 %x to float");
    emit!(m, "  %v0 = insertelement <4 x float> poison, float %xs, i32 0");
    emit!(m, "  %vx = shufflevector <4 x float> %v0, <4 x float> poison, <4 x i32> zeroinitializer");
    emit!(m, "  %vm = fmul <4 x float> %vx, {}", vec_lit(&vmul));
    emit!(m, "  %va = fadd <4 x float> %vm, {}", vec_lit(&vadd));
    for lane in 0..4 {
        emit!(m, "  %e{lane} = extractelement <4 x float> %va, i32 {lane}");
    }
    emit!(m, "  %s01 = fadd float %e0, %e1");
    emit!(m, "  %s012 = fadd float %s01, %e2");
    emit!(m, "  %s = fadd float %s012, %e3");
    emit!(m, "  %sd = fpext float %s to double");
    emit!(m, "  %sc = fmul double %sd, {}", f64_lit(4.0));
    emit!(m, "  %res = fptosi double %sc to i64");
    emit!(m, "  ret i64 %res");
    emit!(m, "}}");

    let poly = |x: i64| -> i64 {
        let xf = x as f64;
        let r = (xf * c0 + c1) * xf + c2;
        let r2 = r + if x < 0 { c3 } else { c4 };
        ((r2 + table[(x & 15) as usize]) * 8.0) as i64
    };
    let vec = |x: i64| -> i64 {
        let xs = x as f32;
        let lanes: Vec<f32> = (0..4).map(|l| xs * vmul[l] + vadd[l]).collect();
        let sum = ((lanes[0] + lanes[1]) + lanes[2]) + lanes[3];
        (f64::from(sum) * 4.0) as i64
    };

    let mut checks = Vec::new();
    for x in [0, 7, -13, 999, -1000 + i64::from(cx.n % 7)] {
        checks.push(check(format!("cp_poly{s}"), &[x], poly(x)));
    }
    for x in [1, -5, 150, 200 - i64::from(cx.n % 50)] {
        checks.push(check(format!("cp_vec{s}"), &[x], vec(x)));
    }
    WorkloadInstance { modules: vec![WorkloadModule { name, ir: m }], checks }
}
