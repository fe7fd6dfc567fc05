//! `issue9001`: the shape of the Numba issue 9001 reproducer: one Numba-like module per iteration that
//! repeats Numba's shared definitions (a `common` environment global, a `linkonce_odr` helper
//! and constant) and reaches data through the GOT, literal tables, libm and a host helper.

use super::ir::{array_init, c_string, check, emit, f64_lit, Cx};
use super::{jh_numba_helper, WorkloadInstance, WorkloadModule, HELPER};

/// Name in the registry; also the stem of module names and the seed of the data stream.
pub(super) const NAME: &str = "issue9001";

/// Numba's environment global for the kernel. Numba names it after the function; the
/// reproducer renamed only the function per iteration, so every module defines this same
/// `common` global.
const ISSUE9001_ENV: &str = "_ZN08NumbaEnv8__main__6kernelB2v1E5int64";
/// `linkonce_odr` constant the wrapper installs as environment when it finds none.
const ISSUE9001_BLOB: &str = "_ZN08NumbaEnv8__main__6kernelB2v1E5int64.blob";
/// `linkonce_odr` helper function, like the NRT helpers Numba emits into every module.
const ISSUE9001_MIX: &str = "NRT_jh_mix";

/// Symbols `issue9001` defines identically in every iteration's module, on purpose.
pub const ISSUE9001_SHARED_SYMBOLS: [&str; 3] = [ISSUE9001_ENV, ISSUE9001_BLOB, ISSUE9001_MIX];

/// First word of the environment blob; the wrapper adds it to its result.
const ENV_MAGIC: i64 = 0x9001;
const MIX_K: i64 = 0x9E37_79B9_7F4A_7C15_u64 as i64;

/// Model of `@NRT_jh_mix`.
fn nrt_mix(v: i64) -> i64 {
    let m = v.wrapping_mul(MIX_K);
    m ^ ((m as u64) >> 29) as i64
}

/// One Numba-like module per iteration:
///
/// * `_ZN8__main__<len>kernel_i<n>B2v1E5int64(retptr, excinfo, x) -> i32 status`: the compiled
///   kernel. `sitofp`, literal multiply/add (constant pool), a private literal table indexed by
///   `x & 7`, `pow(t, 3.0)` from libm, scaled by 16, truncated, mixed by the `linkonce_odr`
///   helper, stored through `retptr`.
/// * `_ZN7cpython8__main__...(x) -> i64`: the wrapper. Loads the `common` environment global
///   (through the GOT), installs the shared blob if it is null, reads the blob's magic, reads the
///   external-linkage state global (GOT), calls the kernel (kept out of line), calls the harness
///   helper on the state, reads the first byte of a `.const.` name string.
///   Returns kernel + helper(state) + magic + 'k', or -1 on a kernel error status.
/// * `cfunc._ZN8__main__...(x) -> i64`: the kernel's result, or -1.
pub(super) fn generate(cx: &Cx) -> WorkloadInstance {
    let ir = cx.ir;
    let n = cx.n;
    let mut rng = cx.rng(0);

    // Data of this iteration; all dyadic, so every floating-point step below is exact.
    let cmul = rng.dyadic(1, 12, 2); // 0.25 ..= 3.0
    let cadd = rng.dyadic(-64, 64, 3); // -8.0 ..= 8.0
    let table: Vec<f64> = (0..8).map(|_| rng.dyadic(1, 40, 2)).collect(); // 0.25 ..= 10.0
    let state = rng.range(-1_000_000, 1_000_000);
    let blob_second = 0x4E55_4D42_4100_0000_i64; // "NUMBA": only the first word is read

    let fname = format!("kernel_i{n}");
    let kernel = format!("_ZN8__main__{}{fname}B2v1E5int64", fname.len());
    let wrapper = format!("_ZN7cpython8__main__{}{fname}B2v1E5int64", fname.len());
    let cfunc = format!("cfunc.{kernel}");
    let state_g = format!("jh_issue9001_state_i{n}");
    let table_g = format!(".const.table_i{n}");
    let name_g = format!("\".const.{fname}\"");
    let name_len = fname.len() + 1;
    let name_ty = format!("[{name_len} x i8]");

    let p8 = ir.ptr("i8");
    let pp8 = ir.ptr(&p8);
    let p64 = ir.ptr("i64");
    let pdbl = ir.ptr("double");
    let tab_ty = "[8 x double]";
    let ptab = ir.ptr(tab_ty);
    let blob_ty = "[2 x i64]";
    let blob_as_p8 = ir.cast_const(&format!("@{ISSUE9001_BLOB}"), blob_ty, "i8");

    let name = cx.module_name(None);
    let mut m = cx.header(&name, "Numba-style wrapper, kernel and repeated shared definitions");

    emit!(m, "; Repeated in every iteration, as Numba does: must merge, not clash.");
    emit!(m, "@{ISSUE9001_ENV} = common local_unnamed_addr global {p8} null, align 8");
    emit!(m, "@{ISSUE9001_BLOB} = linkonce_odr constant {blob_ty} [i64 {ENV_MAGIC}, i64 {blob_second}], align 8");
    emit!(m);
    emit!(m, "@{state_g} = global i64 {state}, align 8");
    let tab_lits: Vec<String> = table.iter().map(|&v| f64_lit(v)).collect();
    emit!(m, "@{table_g} = private unnamed_addr constant {tab_ty} {}, align 8", array_init("double", &tab_lits));
    emit!(m, "@{name_g} = internal unnamed_addr constant {name_ty} {}, align 1", c_string(&fname));
    emit!(m);

    emit!(m, "define linkonce_odr i64 @{ISSUE9001_MIX}(i64 %v) local_unnamed_addr #0 {{");
    emit!(m, "entry:");
    emit!(m, "  %m = mul i64 %v, {MIX_K}");
    emit!(m, "  %s = lshr i64 %m, 29");
    emit!(m, "  %r = xor i64 %m, %s");
    emit!(m, "  ret i64 %r");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i32 @{kernel}({p64} noalias %retptr, {pp8} noalias %excinfo, i64 %arg.x) local_unnamed_addr #1 {{");
    emit!(m, "entry:");
    emit!(m, "  %xf = sitofp i64 %arg.x to double");
    emit!(m, "  %a = fmul double %xf, {}", f64_lit(cmul));
    emit!(m, "  %b = fadd double %a, {}", f64_lit(cadd));
    emit!(m, "  %k = and i64 %arg.x, 7");
    emit!(m, "  %tp = getelementptr inbounds {tab_ty}, {ptab} @{table_g}, i64 0, i64 %k");
    emit!(m, "  %t = load double, {pdbl} %tp, align 8");
    emit!(m, "  %p = call double @pow(double %t, double {})", f64_lit(3.0));
    emit!(m, "  %s = fadd double %b, %p");
    emit!(m, "  %r = fmul double %s, {}", f64_lit(16.0));
    emit!(m, "  %ri = fptosi double %r to i64");
    emit!(m, "  %h = call i64 @{ISSUE9001_MIX}(i64 %ri)");
    emit!(m, "  store i64 %h, {p64} %retptr, align 8");
    emit!(m, "  ret i32 0");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i64 @{wrapper}(i64 %arg.x) local_unnamed_addr #1 {{");
    emit!(m, "entry:");
    emit!(m, "  %excinfo = alloca {p8}, align 8");
    emit!(m, "  %retslot = alloca i64, align 8");
    emit!(m, "  %env = load {p8}, {pp8} @{ISSUE9001_ENV}, align 8");
    emit!(m, "  %env.missing = icmp eq {p8} %env, null");
    emit!(m, "  br i1 %env.missing, label %env.init, label %env.ready, !prof !0");
    emit!(m);
    emit!(m, "env.init:");
    emit!(m, "  store {p8} {blob_as_p8}, {pp8} @{ISSUE9001_ENV}, align 8");
    emit!(m, "  br label %env.ready");
    emit!(m);
    emit!(m, "env.ready:");
    emit!(m, "  %envp = phi {p8} [ %env, %entry ], [ {blob_as_p8}, %env.init ]");
    let envq = ir.cast(&mut m, "%envq", "%envp", "i8", "i64");
    emit!(m, "  %magic = load i64, {p64} {envq}, align 8");
    emit!(m, "  %state = load i64, {p64} @{state_g}, align 8");
    emit!(m, "  %status = call i32 @{kernel}({p64} nonnull %retslot, {pp8} nonnull %excinfo, i64 %arg.x) #2");
    emit!(m, "  %status.ok = icmp eq i32 %status, 0");
    emit!(m, "  br i1 %status.ok, label %call.ok, label %call.err, !prof !1");
    emit!(m);
    emit!(m, "call.err:");
    emit!(m, "  ret i64 -1");
    emit!(m);
    emit!(m, "call.ok:");
    emit!(m, "  %res = load i64, {p64} %retslot, align 8");
    emit!(m, "  %c = load i8, {p8} {}, align 1", ir.elem0(&name_ty, &format!("@{name_g}")));
    emit!(m, "  %cz = zext i8 %c to i64");
    emit!(m, "  %hx = call i64 @{HELPER}(i64 %state)");
    emit!(m, "  %s1 = add i64 %res, %hx");
    emit!(m, "  %s2 = add i64 %s1, %magic");
    emit!(m, "  %s3 = add i64 %s2, %cz");
    emit!(m, "  ret i64 %s3");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i64 @{cfunc}(i64 %arg.x) local_unnamed_addr #1 {{");
    emit!(m, "entry:");
    emit!(m, "  %excinfo = alloca {p8}, align 8");
    emit!(m, "  %retslot = alloca i64, align 8");
    emit!(m, "  %status = call i32 @{kernel}({p64} nonnull %retslot, {pp8} nonnull %excinfo, i64 %arg.x) #2");
    emit!(m, "  %failed = icmp ne i32 %status, 0");
    emit!(m, "  %res = load i64, {p64} %retslot, align 8");
    emit!(m, "  %out = select i1 %failed, i64 -1, i64 %res");
    emit!(m, "  ret i64 %out");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "declare double @pow(double, double) local_unnamed_addr");
    emit!(m, "declare i64 @{HELPER}(i64) local_unnamed_addr");
    emit!(m);
    emit!(m, "attributes #0 = {{ noinline nounwind }}");
    emit!(m, "attributes #1 = {{ nounwind }}");
    emit!(m, "attributes #2 = {{ noinline }}");
    emit!(m);
    emit!(m, "!0 = !{{!\"branch_weights\", i32 1, i32 99}}");
    emit!(m, "!1 = !{{!\"branch_weights\", i32 99, i32 1}}");

    // Model of the kernel. Every step is exact (small dyadic values, t^3 has <= 6 fraction
    // bits), so `t * t * t` equals libm's `pow(t, 3.0)` and nothing depends on rounding.
    let kernel_model = |x: i64| -> i64 {
        let b = x as f64 * cmul + cadd;
        let t = table[(x & 7) as usize];
        let s = b + t * t * t;
        nrt_mix((s * 16.0) as i64)
    };
    let wrapper_model =
        |x: i64| -> i64 { kernel_model(x).wrapping_add(jh_numba_helper(state)).wrapping_add(ENV_MAGIC).wrapping_add(i64::from(b'k')) };

    let mut checks = Vec::new();
    for x in [3, -17, 250 + i64::from(n % 13)] {
        checks.push(check(&wrapper, &[x], wrapper_model(x)));
    }
    checks.push(check(&cfunc, &[42], kernel_model(42)));

    WorkloadInstance { modules: vec![WorkloadModule { name, ir: m }], checks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::workloads::IrDialect;
    use crate::target::Arch;

    #[test]
    fn repeats_shared_definitions_identically() {
        let lines = |n: u32| -> Vec<String> {
            let inst = generate(&Cx::new(NAME, Arch::Aarch64, IrDialect::OPAQUE, n));
            inst.modules[0]
                .ir
                .lines()
                .filter(|l| ISSUE9001_SHARED_SYMBOLS.iter().any(|s| l.starts_with(&format!("@{s} ")) || l.contains(&format!(" @{s}("))))
                .filter(|l| l.starts_with('@') || l.starts_with("define "))
                .map(str::to_string)
                .collect()
        };
        let first = lines(0);
        assert_eq!(first.len(), 3, "issue9001 defines each shared symbol once: {first:?}");
        assert!(first.iter().any(|l| l.contains("common ")), "issue9001 has a common global: {first:?}");
        assert!(first.iter().filter(|l| l.contains("linkonce_odr ")).count() == 2, "two linkonce_odr definitions: {first:?}");
        assert_eq!(first, lines(5), "shared definitions must be identical across iterations");
    }
}
