//! `cross-module`: two modules per iteration, the second using the first's definitions.

use super::ir::{array_init, check, emit, Cx};
use super::{WorkloadInstance, WorkloadModule};

/// Name in the registry; also the stem of module names and the seed of the data stream.
pub(super) const NAME: &str = "cross-module";

/// Two modules per iteration, loaded A then B:
///
/// * A defines `xm_value_i<n>` (i64), `xm_table_i<n>` ([8 x i32]) and
///   `xm_scale_i<n>(x) = x * mul + add`.
/// * B declares them and defines `xm_fnref_i<n>` / `xm_dataref_i<n>`, globals holding A's
///   function and value addresses (cross-object absolute relocations), and the entries
///   `xm_entry_i<n>(x) = xm_scale(x) + value + table[x & 7]` and
///   `xm_indirect_i<n>(x) = (*fnref)(x) ^ *dataref`.
pub(super) fn generate(cx: &Cx) -> WorkloadInstance {
    let ir = cx.ir;
    let s = cx.sfx();
    let mut rng = cx.rng(0);

    let value = rng.i64();
    let table: Vec<i64> = (0..8).map(|_| rng.range(i64::from(i32::MIN), i64::from(i32::MAX))).collect();
    let mul = rng.i64() | 1;
    let add = rng.i64();

    let tab_ty = "[8 x i32]";
    let ptab = ir.ptr(tab_ty);
    let (p32, p64) = (ir.ptr("i32"), ir.ptr("i64"));
    let pp64 = ir.ptr(&p64);
    let fnp = ir.ptr("i64 (i64)");
    let pfnp = ir.ptr(&fnp);

    let name_a = cx.module_name(Some("a"));
    let mut a = cx.header(&name_a, "definitions used by module b");
    emit!(a, "@xm_value{s} = global i64 {value}, align 8");
    emit!(a, "@xm_table{s} = global {tab_ty} {}, align 4", array_init("i32", &table));
    emit!(a);
    emit!(a, "define i64 @xm_scale{s}(i64 %x) {{");
    emit!(a, "entry:");
    emit!(a, "  %m = mul i64 %x, {mul}");
    emit!(a, "  %r = add i64 %m, {add}");
    emit!(a, "  ret i64 %r");
    emit!(a, "}}");

    let name_b = cx.module_name(Some("b"));
    let mut b = cx.header(&name_b, "uses of module a's definitions");
    emit!(b, "@xm_value{s} = external global i64, align 8");
    emit!(b, "@xm_table{s} = external global {tab_ty}, align 4");
    emit!(b, "@xm_fnref{s} = global {fnp} @xm_scale{s}, align 8");
    emit!(b, "@xm_dataref{s} = global {p64} @xm_value{s}, align 8");
    emit!(b);
    emit!(b, "declare i64 @xm_scale{s}(i64)");
    emit!(b);
    emit!(b, "define i64 @xm_entry{s}(i64 %x) {{");
    emit!(b, "entry:");
    emit!(b, "  %sc = call i64 @xm_scale{s}(i64 %x)");
    emit!(b, "  %v = load i64, {p64} @xm_value{s}, align 8");
    emit!(b, "  %k = and i64 %x, 7");
    emit!(b, "  %tp = getelementptr inbounds {tab_ty}, {ptab} @xm_table{s}, i64 0, i64 %k");
    emit!(b, "  %t = load i32, {p32} %tp, align 4");
    emit!(b, "  %tw = sext i32 %t to i64");
    emit!(b, "  %s1 = add i64 %sc, %v");
    emit!(b, "  %s2 = add i64 %s1, %tw");
    emit!(b, "  ret i64 %s2");
    emit!(b, "}}");
    emit!(b);
    emit!(b, "define i64 @xm_indirect{s}(i64 %x) {{");
    emit!(b, "entry:");
    emit!(b, "  %f = load {fnp}, {pfnp} @xm_fnref{s}, align 8");
    emit!(b, "  %r = call i64 %f(i64 %x)");
    emit!(b, "  %vp = load {p64}, {pp64} @xm_dataref{s}, align 8");
    emit!(b, "  %v = load i64, {p64} %vp, align 8");
    emit!(b, "  %o = xor i64 %r, %v");
    emit!(b, "  ret i64 %o");
    emit!(b, "}}");

    let scale = |x: i64| x.wrapping_mul(mul).wrapping_add(add);
    let mut checks = Vec::new();
    for x in [0, 5, -3, 1 << 33] {
        let e = scale(x).wrapping_add(value).wrapping_add(table[(x & 7) as usize]);
        checks.push(check(format!("xm_entry{s}"), &[x], e));
    }
    for x in [1, -77, 123_456_789] {
        checks.push(check(format!("xm_indirect{s}"), &[x], scale(x) ^ value));
    }
    WorkloadInstance { modules: vec![WorkloadModule { name: name_a, ir: a }, WorkloadModule { name: name_b, ir: b }], checks }
}
