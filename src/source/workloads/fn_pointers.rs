//! `fn-pointers`: tables of function pointers in data (absolute relocations to code), called indirectly.

use super::ir::{check, emit, Cx};
use super::{jh_numba_helper, WorkloadInstance, WorkloadModule, HELPER};

/// Name in the registry; also the stem of module names and the seed of the data stream.
pub(super) const NAME: &str = "fn-pointers";

/// Own functions per iteration; the table's last slot holds the host helper.
const FP_OWN: usize = 7;

/// Tables of function pointers in data (absolute 64-bit relocations to code):
///
/// * `fp_f<k>_i<n>(x) = ((x * mul_k) ^ xor_k) + add_k` for k in 0..7 (even k internal, odd k
///   external linkage); slot 7 of the writable table is the host's `jh_numba_helper`.
/// * `fp_call_i<n>(k, x)`: `table[k & 7](x)`.
/// * `fp_chain_i<n>(x)`: applies the 8 table entries in order, in a loop.
/// * `fp_ro_i<n>(k, x)`: `rotable[k & 3](x)`, rotable = internal constant {f6, f3, f0, helper}.
/// * `fp_same_i<n>()`: how many of the 8 table slots equal the address the code materializes
///   for the same function directly: 8 when data and code relocations agree.
pub(super) fn generate(cx: &Cx) -> WorkloadInstance {
    let ir = cx.ir;
    let s = cx.sfx();
    let mut rng = cx.rng(0);

    let params: Vec<(i64, i64, i64)> = (0..FP_OWN).map(|_| (rng.i64() | 1, rng.i64(), rng.i64())).collect();
    let own = |k: usize, x: i64| -> i64 {
        let (mul, xor, add) = params[k];
        (x.wrapping_mul(mul) ^ xor).wrapping_add(add)
    };
    let slot = |k: usize, x: i64| -> i64 {
        if k < FP_OWN {
            own(k, x)
        } else {
            jh_numba_helper(x)
        }
    };
    let ro_slots = [6usize, 3, 0, FP_OWN];

    let fnp = ir.ptr("i64 (i64)");
    let pfnp = ir.ptr(&fnp);
    let tab_ty = format!("[8 x {fnp}]");
    let ptab = ir.ptr(&tab_ty);
    let ro_ty = format!("[4 x {fnp}]");
    let pro = ir.ptr(&ro_ty);
    let target = |k: usize| -> String {
        if k < FP_OWN {
            format!("@fp_f{k}{s}")
        } else {
            format!("@{HELPER}")
        }
    };

    let name = cx.module_name(None);
    let mut m = cx.header(&name, "function pointers in data, called indirectly");
    let slots: Vec<String> = (0..8).map(|k| format!("{fnp} {}", target(k))).collect();
    emit!(m, "@fp_table{s} = global {tab_ty} [{}], align 8", slots.join(", "));
    let ro: Vec<String> = ro_slots.iter().map(|&k| format!("{fnp} {}", target(k))).collect();
    emit!(m, "@fp_rotable{s} = internal constant {ro_ty} [{}], align 8", ro.join(", "));
    emit!(m);

    for (k, &(mul, xor, add)) in params.iter().enumerate() {
        let linkage = if k % 2 == 0 { "internal " } else { "" };
        emit!(m, "define {linkage}i64 @fp_f{k}{s}(i64 %x) {{");
        emit!(m, "entry:");
        emit!(m, "  %m = mul i64 %x, {mul}");
        emit!(m, "  %e = xor i64 %m, {xor}");
        emit!(m, "  %r = add i64 %e, {add}");
        emit!(m, "  ret i64 %r");
        emit!(m, "}}");
        emit!(m);
    }

    emit!(m, "define i64 @fp_call{s}(i64 %k, i64 %x) {{");
    emit!(m, "entry:");
    emit!(m, "  %idx = and i64 %k, 7");
    emit!(m, "  %slot = getelementptr inbounds {tab_ty}, {ptab} @fp_table{s}, i64 0, i64 %idx");
    emit!(m, "  %f = load {fnp}, {pfnp} %slot, align 8");
    emit!(m, "  %r = call i64 %f(i64 %x)");
    emit!(m, "  ret i64 %r");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i64 @fp_chain{s}(i64 %x) {{");
    emit!(m, "entry:");
    emit!(m, "  br label %loop");
    emit!(m);
    emit!(m, "loop:");
    emit!(m, "  %j = phi i64 [ 0, %entry ], [ %j.next, %loop ]");
    emit!(m, "  %acc = phi i64 [ %x, %entry ], [ %acc.next, %loop ]");
    emit!(m, "  %slot = getelementptr inbounds {tab_ty}, {ptab} @fp_table{s}, i64 0, i64 %j");
    emit!(m, "  %f = load {fnp}, {pfnp} %slot, align 8");
    emit!(m, "  %acc.next = call i64 %f(i64 %acc)");
    emit!(m, "  %j.next = add i64 %j, 1");
    emit!(m, "  %more = icmp ult i64 %j.next, 8");
    emit!(m, "  br i1 %more, label %loop, label %done");
    emit!(m);
    emit!(m, "done:");
    emit!(m, "  ret i64 %acc.next");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i64 @fp_ro{s}(i64 %k, i64 %x) {{");
    emit!(m, "entry:");
    emit!(m, "  %idx = and i64 %k, 3");
    emit!(m, "  %slot = getelementptr inbounds {ro_ty}, {pro} @fp_rotable{s}, i64 0, i64 %idx");
    emit!(m, "  %f = load {fnp}, {pfnp} %slot, align 8");
    emit!(m, "  %r = call i64 %f(i64 %x)");
    emit!(m, "  ret i64 %r");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i64 @fp_same{s}() {{");
    emit!(m, "entry:");
    let mut acc = "0".to_string();
    for k in 0..8 {
        emit!(m, "  %slot{k} = getelementptr inbounds {tab_ty}, {ptab} @fp_table{s}, i64 0, i64 {k}");
        emit!(m, "  %f{k} = load {fnp}, {pfnp} %slot{k}, align 8");
        emit!(m, "  %eq{k} = icmp eq {fnp} %f{k}, {}", target(k));
        emit!(m, "  %z{k} = zext i1 %eq{k} to i64");
        emit!(m, "  %n{k} = add i64 {acc}, %z{k}");
        acc = format!("%n{k}");
    }
    emit!(m, "  ret i64 {acc}");
    emit!(m, "}}");
    emit!(m);
    emit!(m, "declare i64 @{HELPER}(i64)");

    let mut checks = Vec::new();
    for k in 0..8i64 {
        let x = rng.range(-1_000_000, 1_000_000);
        checks.push(check(format!("fp_call{s}"), &[k, x], slot(k as usize, x)));
    }
    let x = rng.i64();
    checks.push(check(format!("fp_chain{s}"), &[x], (0..8).fold(x, |acc, k| slot(k, acc))));
    for k in 0..4i64 {
        let x = rng.i64();
        checks.push(check(format!("fp_ro{s}"), &[k + 4, x], slot(ro_slots[k as usize], x)));
    }
    checks.push(check(format!("fp_same{s}"), &[], 8));
    WorkloadInstance { modules: vec![WorkloadModule { name, ir: m }], checks }
}
