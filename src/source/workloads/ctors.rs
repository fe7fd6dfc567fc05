//! `ctors`: static constructors and destructors. Each iteration's module has two
//! constructors in `llvm.global_ctors`, listed out of order (priority 200 before 100), that
//! append their digit to the module's log; the entry returns the log, so `12` (plus the
//! iteration's bias) means each ran exactly once, lowest priority first, before the entry.
//! A destructor in `llvm.global_dtors` reports `n` to the host (`jh_dtor_ran`) when the
//! session ends, so the report shows that and in which order the modules' destructors ran.

use super::ir::{check, emit, Cx};
use super::{WorkloadInstance, WorkloadModule, DTOR_RAN};

/// Name in the registry; also the stem of module names and the seed of the data stream.
pub(super) const NAME: &str = "ctors";

pub(super) fn generate(cx: &Cx) -> WorkloadInstance {
    let ir = cx.ir;
    let s = cx.sfx();
    let n = cx.n;
    let mut rng = cx.rng(0);
    let bias = rng.range(1, 1 << 40);
    let p64 = ir.ptr("i64");
    let fnp = ir.ptr("void ()");
    let p8 = ir.ptr("i8");
    let entry_ty = format!("{{ i32, {fnp}, {p8} }}");
    let name = cx.module_name(None);
    let mut m = cx.header(&name, "static constructors (two priorities) and a destructor");
    emit!(m, "@ct_log{s} = global i64 0, align 8");
    for (digit, fname) in [(1, "ct_first"), (2, "ct_second")] {
        emit!(m, "define internal void @{fname}{s}() noinline {{");
        emit!(m, "  %v = load volatile i64, {p64} @ct_log{s}, align 8");
        emit!(m, "  %m = mul i64 %v, 10");
        emit!(m, "  %a = add i64 %m, {digit}");
        emit!(m, "  store volatile i64 %a, {p64} @ct_log{s}, align 8");
        emit!(m, "  ret void");
        emit!(m, "}}");
    }
    emit!(m, "define internal void @ct_dtor{s}() noinline {{");
    emit!(m, "  call void @{DTOR_RAN}(i64 {n})");
    emit!(m, "  ret void");
    emit!(m, "}}");
    emit!(
        m,
        "@llvm.global_ctors = appending global [2 x {entry_ty}] [{entry_ty} {{ i32 200, {fnp} @ct_second{s}, {p8} null }}, {entry_ty} {{ i32 100, {fnp} @ct_first{s}, {p8} null }}]"
    );
    emit!(m, "@llvm.global_dtors = appending global [1 x {entry_ty}] [{entry_ty} {{ i32 65535, {fnp} @ct_dtor{s}, {p8} null }}]");
    emit!(m);
    emit!(m, "define i64 @ct_entry{s}(i64 %x) {{");
    emit!(m, "  %v = load volatile i64, {p64} @ct_log{s}, align 8");
    emit!(m, "  %a = add i64 %v, {bias}");
    emit!(m, "  %b = add i64 %a, %x");
    emit!(m, "  ret i64 %b");
    emit!(m, "}}");
    emit!(m, "declare void @{DTOR_RAN}(i64)");
    let checks = [0, 3, rng.range(1, 1 << 30)].into_iter().map(|x| check(format!("ct_entry{s}"), &[x], 12 + bias + x)).collect();
    WorkloadInstance { modules: vec![WorkloadModule { name, ir: m }], checks }
}
