//! `cross-graph`: what ties a later module to an earlier one when a JIT links each module as a
//! graph of its own (`repro cross-graph`).
//!
//! Every iteration's module repeats, as Numba's modules do, a `linkonce_odr` helper and a
//! `common` environment global. ORC keeps the first definition of each and turns the later
//! copies into references, so iteration N > 0 calls the helper, takes its address and reads
//! the environment *in iteration 0's graph*. Each entry also `invoke`s a host function with a
//! landing pad, so its `.eh_frame` carries a personality (`__gxx_personality_v0`, through the
//! `DW.ref.__gxx_personality_v0` word each object defines and ORC also keeps only once).
//! The helper and environment are `dso_local`, as a C++ front end marks inline functions and
//! static-storage variables: with a small code model that makes every such reference a
//! direct PC-relative one (x86-64 `R_X86_64_PC32`, AArch64 `ADRP` page + offset), which
//! reaches ±2 / ±4 GiB; with LLVM's JIT default (the large code model, Numba's) the
//! references are absolute or through the object's own GOT.
//!
//! `cg_entry_i<n>(x) = helper(x) + env + (address of helper taken by code == the address in
//! data) + jh_may_throw(x) + bias_i<n>`, where the entry installs the environment's value on first use
//! (as Numba's wrappers install theirs).

use super::ir::{check, emit, Cx};
use super::{jh_may_throw, WorkloadInstance, WorkloadModule, MAY_THROW};

/// Name in the registry; also the stem of module names and the seed of the data stream.
pub(super) const NAME: &str = "cross-graph";

/// The `common` environment global every iteration repeats.
const ENV: &str = "cg_env";
/// The `linkonce_odr` helper every iteration repeats.
const HELPER: &str = "cg_helper";

/// Symbols every iteration's module defines identically, on purpose.
pub const SHARED_SYMBOLS: [&str; 2] = [ENV, HELPER];

const MUL: i64 = 0x2545_F491_4F6C_DD1D;
const XOR: i64 = 0x5851_F42D_4C95_7F2D;
/// The environment's value once installed.
const ENV_VALUE: i64 = 0x00C0_FFEE;

fn helper(x: i64) -> i64 {
    x.wrapping_mul(MUL) ^ XOR
}

pub(super) fn generate(cx: &Cx) -> WorkloadInstance {
    let ir = cx.ir;
    let s = cx.sfx();
    let mut rng = cx.rng(0);
    let bias = rng.i64();
    let p8 = ir.ptr("i8");
    let p64 = ir.ptr("i64");
    let fn_ty = "i64 (i64)";
    let pfn = ir.ptr(fn_ty);
    let ppfn = ir.ptr(&pfn);
    let personality = if ir.ptr("i8") == "ptr" {
        "ptr @__gxx_personality_v0".to_string()
    } else {
        "i8* bitcast (i32 (...)* @__gxx_personality_v0 to i8*)".to_string()
    };

    let name = cx.module_name(None);
    let mut m =
        cx.header(&name, "a later module's ties to an earlier graph: repeated linkonce_odr helper and common global, EH personality");
    emit!(m, "@{ENV} = common dso_local global i64 0, align 8");
    emit!(m, "@cg_helper_ref{s} = global {pfn} @{HELPER}, align 8");
    emit!(m, "@cg_bias{s} = global i64 {bias}, align 8");
    emit!(m);
    emit!(m, "define linkonce_odr dso_local i64 @{HELPER}(i64 %x) noinline {{");
    emit!(m, "  %m = mul i64 %x, {MUL}");
    emit!(m, "  %r = xor i64 %m, {XOR}");
    emit!(m, "  ret i64 %r");
    emit!(m, "}}");
    emit!(m);
    emit!(m, "define i64 @cg_entry{s}(i64 %x) personality {personality} {{");
    emit!(m, "entry:");
    emit!(m, "  %e0 = load volatile i64, {p64} @{ENV}, align 8");
    emit!(m, "  %unset = icmp eq i64 %e0, 0");
    emit!(m, "  %e = select i1 %unset, i64 {ENV_VALUE}, i64 %e0");
    emit!(m, "  store volatile i64 %e, {p64} @{ENV}, align 8");
    emit!(m, "  %h = call i64 @{HELPER}(i64 %x)");
    emit!(m, "  %taken = ptrtoint {pfn} @{HELPER} to i64");
    emit!(m, "  %stored.p = load volatile {pfn}, {ppfn} @cg_helper_ref{s}, align 8");
    emit!(m, "  %stored = ptrtoint {pfn} %stored.p to i64");
    emit!(m, "  %same = icmp eq i64 %taken, %stored");
    emit!(m, "  %same64 = zext i1 %same to i64");
    emit!(m, "  %t = invoke i64 @{MAY_THROW}(i64 %x) to label %ok unwind label %lp");
    emit!(m, "ok:");
    emit!(m, "  %a = add i64 %h, %e");
    emit!(m, "  %b = add i64 %a, %same64");
    emit!(m, "  %c = add i64 %b, %t");
    emit!(m, "  %bias = load volatile i64, {p64} @cg_bias{s}, align 8");
    emit!(m, "  %d = add i64 %c, %bias");
    emit!(m, "  ret i64 %d");
    emit!(m, "lp:");
    emit!(m, "  %l = landingpad {{ {p8}, i32 }} cleanup");
    emit!(m, "  resume {{ {p8}, i32 }} %l");
    emit!(m, "}}");
    emit!(m);
    emit!(m, "declare i64 @{MAY_THROW}(i64)");
    emit!(m, "declare i32 @__gxx_personality_v0(...)");

    let mut checks = Vec::new();
    for x in [0, 7, -12_345, rng.range(1, 1 << 40)] {
        let expected = helper(x).wrapping_add(ENV_VALUE).wrapping_add(1).wrapping_add(jh_may_throw(x)).wrapping_add(bias);
        checks.push(check(format!("cg_entry{s}"), &[x], expected));
    }
    WorkloadInstance { modules: vec![WorkloadModule { name, ir: m }], checks }
}
