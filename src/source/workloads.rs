//! Built-in workloads: generators of LLVM IR text whose results are known by construction.
//!
//! Each workload produces, for one iteration of a session, a handful of small IR modules and a
//! list of [`EntryCheck`]s: an entry symbol, its `i64` arguments and the `i64` it must return.
//! The generator draws the data it puts into the IR (initializers, literal constants, case
//! values, ...) from a deterministic per-workload, per-iteration stream and computes the expected
//! results in Rust from the same numbers, so a wrong relocation shows up as a wrong answer (or a
//! crash) rather than going unnoticed.
//!
//! # Sessions and names
//!
//! The harness loads iteration 0, 1, 2, ... into one linker session that keeps every earlier
//! object, the way Numba keeps adding modules to one MCJIT engine. Every strong definition
//! therefore carries the iteration as a suffix (`@fp_table_i7`). The one intended exception is
//! `issue9001`, which repeats Numba's shared definitions ([`ISSUE9001_SHARED_SYMBOLS`]): a
//! `linkonce_odr` helper function, a `linkonce_odr` constant and a `common` environment global
//! that are byte-for-byte identical in every iteration's module.
//!
//! # Floating point
//!
//! Floating-point literals are written in LLVM's exact hexadecimal form, and the data is chosen
//! (small dyadic rationals) so that every operation the workloads perform is exact: fused or
//! unfused, optimized or not, the IR and the Rust model agree bit for bit. The only inexact
//! operations are the libm calls of `host-calls`, whose results are scaled to 1e6 units and
//! whose inputs are chosen away from rounding boundaries.
//!
//! # Pointer dialects
//!
//! LLVM 14 parses only typed pointers (`i32*`), LLVM 15+ defaults to opaque `ptr`. Templates are
//! written once against the small [`Ir`] helper, which spells pointer types and inserts the
//! bitcasts typed pointers need.

use std::fmt::Write as _;

use crate::target::Arch;

/// Appends one formatted line to a `String`.
macro_rules! emit {
    ($out:expr) => {
        $out.push('\n')
    };
    ($out:expr, $($arg:tt)*) => {
        writeln!($out, $($arg)*).expect("formatting into a String cannot fail")
    };
}

/// IR text dialect: LLVM 14 needs typed pointers (`i32*`), LLVM 15+ opaque (`ptr`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IrDialect {
    pub opaque_pointers: bool,
}

impl IrDialect {
    /// Typed pointers (`i8*`, bitcasts), as LLVM 14 requires.
    pub const TYPED: IrDialect = IrDialect { opaque_pointers: false };
    /// Opaque pointers (`ptr`), the default (and, from LLVM 17 on, the only) form of LLVM 15+.
    pub const OPAQUE: IrDialect = IrDialect { opaque_pointers: true };

    /// The dialect an LLVM of major version `major` parses by default.
    pub fn for_llvm_major(major: u32) -> IrDialect {
        IrDialect { opaque_pointers: major >= 15 }
    }
}

/// One IR module of a workload instance.
#[derive(Clone, Debug)]
pub struct WorkloadModule {
    /// Unique per workload, module and iteration, e.g. `issue9001.i3.ll`.
    pub name: String,
    pub ir: String,
}

/// Call `symbol` as `extern "C" fn(i64, ...) -> i64` with `args` (0..=4 args); must return `expected`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct EntryCheck {
    pub symbol: String,
    pub args: Vec<i64>,
    pub expected: i64,
}

/// Everything one iteration of a workload loads and checks.
#[derive(Clone, Debug)]
pub struct WorkloadInstance {
    /// In load order: a module may refer to symbols of modules before it.
    pub modules: Vec<WorkloadModule>,
    /// All call symbols defined by this iteration's modules.
    pub checks: Vec<EntryCheck>,
}

#[derive(Clone, Copy, Debug)]
pub struct WorkloadInfo {
    pub name: &'static str,
    pub summary: &'static str,
}

const ISSUE9001: &str = "issue9001";
const GOT_DATA: &str = "got-data";
const CONST_POOL: &str = "const-pool";
const JUMP_TABLE: &str = "jump-table";
const FN_POINTERS: &str = "fn-pointers";
const CROSS_MODULE: &str = "cross-module";
const BIG_DATA: &str = "big-data";
const HOST_CALLS: &str = "host-calls";

static WORKLOADS: [WorkloadInfo; 8] = [
    WorkloadInfo {
        name: ISSUE9001,
        summary: "shape of the Numba issue 9001 reproducer: wrapper + mangled kernel, common \
                  environment global and linkonce_odr helper repeated in every module, GOT \
                  loads, literal tables, calls to pow and a harness helper",
    },
    WorkloadInfo {
        name: GOT_DATA,
        summary: "reads and writes of external-linkage globals of several types (GOT access), \
                  a pointer stored in data",
    },
    WorkloadInfo {
        name: CONST_POOL,
        summary: "double, float-vector and selected literals in .rodata constant pools plus a \
                  private constant table",
    },
    WorkloadInfo { name: JUMP_TABLE, summary: "an 80-case dense switch lowered to a jump table, checked on cases and default" },
    WorkloadInfo {
        name: FN_POINTERS,
        summary: "writable and read-only tables of function pointers (absolute data \
                  relocations to code, including a host function), called indirectly",
    },
    WorkloadInfo {
        name: CROSS_MODULE,
        summary: "two modules per iteration: one defines a function and globals, the other \
                  calls and reads them directly and through pointers in its data",
    },
    WorkloadInfo {
        name: BIG_DATA,
        summary: "an 8 MiB zero-initialized array, a 4 MiB initialized aggregate and a 16 KiB \
                  constant table, accessed far apart",
    },
    WorkloadInfo { name: HOST_CALLS, summary: "calls into the host's libc/libm: sin, cos, memcpy, memset, strlen" },
];

/// Every built-in workload, in a stable order.
pub fn all() -> &'static [WorkloadInfo] {
    &WORKLOADS
}

/// The workload called `name`, if any.
pub fn find(name: &str) -> Option<&'static WorkloadInfo> {
    WORKLOADS.iter().find(|w| w.name == name)
}

/// Modules for iteration `iteration` (0-based) of workload `name`, in load order, for one session.
/// Returns None for an unknown name.
pub fn instance(name: &str, arch: Arch, dialect: IrDialect, iteration: u32) -> Option<WorkloadInstance> {
    let info = find(name)?;
    let cx = Cx { workload: info.name, arch, ir: Ir { opaque: dialect.opaque_pointers }, n: iteration };
    Some(match info.name {
        ISSUE9001 => issue9001(&cx),
        GOT_DATA => got_data(&cx),
        CONST_POOL => const_pool(&cx),
        JUMP_TABLE => jump_table(&cx),
        FN_POINTERS => fn_pointers(&cx),
        CROSS_MODULE => cross_module(&cx),
        BIG_DATA => big_data(&cx),
        HOST_CALLS => host_calls(&cx),
        other => unreachable!("workload `{other}` is listed but has no generator"),
    })
}

/// External symbols (not libc/libm) that workloads call and that the harness must provide: name and address
/// of `extern "C"` functions defined in this file.
pub fn harness_symbols() -> Vec<(&'static str, usize)> {
    let helper: extern "C" fn(i64) -> i64 = jh_numba_helper;
    vec![(HELPER, helper as usize)]
}

/// Name under which the workloads call [`jh_numba_helper`].
const HELPER: &str = "jh_numba_helper";

/// A stand-in for the Numba runtime functions JIT code calls into (`numba_complex_adaptor` in the
/// reproducer): an external function that lives in the host process, far from the JIT's memory.
/// Deliberately simple so that checks can model it exactly.
pub extern "C" fn jh_numba_helper(x: i64) -> i64 {
    (x ^ 0x5_DEEC_E66D).wrapping_mul(3).wrapping_add(11)
}

// ---------------------------------------------------------------------------------------------
// Shared machinery
// ---------------------------------------------------------------------------------------------

/// Spells pointer types and casts in the requested dialect, so each template exists once.
#[derive(Clone, Copy)]
struct Ir {
    opaque: bool,
}

impl Ir {
    /// The type of a pointer to `pointee`: `ptr`, or `pointee*` with typed pointers.
    fn ptr(self, pointee: &str) -> String {
        if self.opaque {
            "ptr".to_string()
        } else {
            format!("{pointee}*")
        }
    }

    /// A constant pointer to element 0 of the global array `global` of type `array_ty`, of type
    /// pointer-to-element. Opaque pointers need no GEP for that: the array's address is it.
    fn elem0(self, array_ty: &str, global: &str) -> String {
        if self.opaque {
            global.to_string()
        } else {
            format!("getelementptr inbounds ({array_ty}, {array_ty}* {global}, i64 0, i64 0)")
        }
    }

    /// The constant `global` (a `from*`) as a `to*`.
    fn cast_const(self, global: &str, from: &str, to: &str) -> String {
        if self.opaque {
            global.to_string()
        } else {
            format!("bitcast ({from}* {global} to {to}*)")
        }
    }

    /// The value `value` (a `from*`) as a `to*`: with typed pointers emits `dst = bitcast ...`
    /// and returns `dst`, with opaque pointers returns `value` unchanged.
    fn cast(self, out: &mut String, dst: &str, value: &str, from: &str, to: &str) -> String {
        if self.opaque {
            value.to_string()
        } else {
            emit!(out, "  {dst} = bitcast {from}* {value} to {to}*");
            dst.to_string()
        }
    }
}

/// Context of one generator call.
struct Cx {
    workload: &'static str,
    arch: Arch,
    ir: Ir,
    n: u32,
}

impl Cx {
    /// Suffix of every per-iteration name.
    fn sfx(&self) -> String {
        format!("_i{}", self.n)
    }

    /// The deterministic data stream of this workload and iteration (`salt` separates streams
    /// within one generator).
    fn rng(&self, salt: u64) -> Rng {
        Rng::new(self.workload, self.n, salt)
    }

    /// A module name, unique per workload, part and iteration.
    fn module_name(&self, part: Option<&str>) -> String {
        match part {
            Some(p) => format!("{}.{p}.i{}.ll", self.workload, self.n),
            None => format!("{}.i{}.ll", self.workload, self.n),
        }
    }

    /// Starts a module: identification comments, source name and target triple. No datalayout:
    /// the compiler sets the one of its target machine.
    fn header(&self, name: &str, what: &str) -> String {
        let mut out = String::new();
        emit!(out, "; ModuleID = '{name}'");
        emit!(out, "; jitharness built-in workload `{}`, iteration {}: {what}", self.workload, self.n);
        emit!(out, "source_filename = \"{name}\"");
        emit!(out, "target triple = \"{}\"", self.arch.triple());
        emit!(out);
        out
    }
}

/// splitmix64 over a seed derived from the workload name, iteration and a salt.
struct Rng(u64);

impl Rng {
    fn new(workload: &str, iteration: u32, salt: u64) -> Rng {
        // FNV-1a of the name, so each workload has its own stream.
        let mut h: u64 = 0xCBF2_9CE4_8422_2325;
        for b in workload.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3);
        }
        h ^= u64::from(iteration).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        h ^= salt.wrapping_mul(0xD1B5_4A32_D192_ED03);
        Rng(h)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn i64(&mut self) -> i64 {
        self.next_u64() as i64
    }

    /// Uniform-ish in `lo..=hi` (modulo bias is irrelevant here).
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        let span = (hi - lo) as u64 + 1;
        lo + (self.next_u64() % span) as i64
    }

    /// `range(lo, hi) / 2^frac_bits`: a small dyadic rational, exact in binary floating point.
    fn dyadic(&mut self, lo: i64, hi: i64, frac_bits: u32) -> f64 {
        self.range(lo, hi) as f64 / f64::from(1u32 << frac_bits)
    }
}

/// A `double` literal in LLVM's exact hexadecimal notation.
fn f64_lit(v: f64) -> String {
    format!("0x{:016X}", v.to_bits())
}

/// A `float` literal: LLVM writes float constants as the hex of the equal double.
fn f32_lit(v: f32) -> String {
    f64_lit(f64::from(v))
}

/// `[T v0, T v1, ...]` for an array initializer.
fn array_init<T: std::fmt::Display>(elem_ty: &str, values: &[T]) -> String {
    let items: Vec<String> = values.iter().map(|v| format!("{elem_ty} {v}")).collect();
    format!("[{}]", items.join(", "))
}

/// `c"...\00"` for a NUL-terminated ASCII string (no characters needing escapes but `"`/`\`).
fn c_string(s: &str) -> String {
    let mut out = String::from("c\"");
    for b in s.bytes() {
        if (b.is_ascii_graphic() && b != b'"' && b != b'\\') || b == b' ' {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "\\{b:02X}");
        }
    }
    out.push_str("\\00\"");
    out
}

fn check(symbol: impl Into<String>, args: &[i64], expected: i64) -> EntryCheck {
    EntryCheck { symbol: symbol.into(), args: args.to_vec(), expected }
}

// ---------------------------------------------------------------------------------------------
// issue9001
// ---------------------------------------------------------------------------------------------

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
fn issue9001(cx: &Cx) -> WorkloadInstance {
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

// ---------------------------------------------------------------------------------------------
// got-data
// ---------------------------------------------------------------------------------------------

/// External-linkage globals of several types, accessed through the GOT under PIC:
///
/// * `gd_sum_i<n>()`: sign-extended i8 + i16 + i32 + i64, `trunc(double * 4)`,
///   `trunc(float * 4)`, both fields of a `{ i32, i64 }`.
/// * `gd_index_i<n>(k)`: `arr[k & 15] * 1000 + arr[15 - (k & 15)]`, the second read through a
///   pointer stored in another global.
/// * `gd_rw_i<n>(k, v)`: stores `v` into a zeroed `[16 x i64]` at `k & 15`, into an i32 and (as
///   `v / 2`) into a double, reads all three back (volatile) and adds `arr[k & 15]`:
///   `v + sext(trunc32(v)) + v + arr[k & 15]`. Idempotent, so repeat calls agree.
fn got_data(cx: &Cx) -> WorkloadInstance {
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

// ---------------------------------------------------------------------------------------------
// const-pool
// ---------------------------------------------------------------------------------------------

/// Floating-point literals that the backend places in `.rodata` constant pools:
///
/// * `cp_poly_i<n>(x)`: `((x*c0 + c1)*x + c2) + (x < 0 ? c3 : c4) + table[x & 15]`, times 8,
///   truncated. The table is a private `[16 x double]` constant.
/// * `cp_vec_i<n>(x)`: splat `(float)x` into `<4 x float>`, multiply by and add constant
///   vectors, sum the lanes in order, times 4, truncated.
fn const_pool(cx: &Cx) -> WorkloadInstance {
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

// ---------------------------------------------------------------------------------------------
// jump-table
// ---------------------------------------------------------------------------------------------

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
fn jump_table(cx: &Cx) -> WorkloadInstance {
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

// ---------------------------------------------------------------------------------------------
// fn-pointers
// ---------------------------------------------------------------------------------------------

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
fn fn_pointers(cx: &Cx) -> WorkloadInstance {
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

// ---------------------------------------------------------------------------------------------
// cross-module
// ---------------------------------------------------------------------------------------------

/// Two modules per iteration, loaded A then B:
///
/// * A defines `xm_value_i<n>` (i64), `xm_table_i<n>` ([8 x i32]) and
///   `xm_scale_i<n>(x) = x * mul + add`.
/// * B declares them and defines `xm_fnref_i<n>` / `xm_dataref_i<n>`, globals holding A's
///   function and value addresses (cross-object absolute relocations), and the entries
///   `xm_entry_i<n>(x) = xm_scale(x) + value + table[x & 7]` and
///   `xm_indirect_i<n>(x) = (*fnref)(x) ^ *dataref`.
fn cross_module(cx: &Cx) -> WorkloadInstance {
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

// ---------------------------------------------------------------------------------------------
// big-data
// ---------------------------------------------------------------------------------------------

/// Elements of the zero-initialized array (8 MiB of i64).
const BD_BSS_LEN: i64 = 1 << 20;
/// Initialized head and tail of the 4 MiB aggregate; the middle is zero but still in `.data`.
const BD_EDGE: usize = 256;
const BD_DATA_LEN: usize = 1 << 19;
/// Elements of the read-only table (16 KiB).
const BD_TABLE_LEN: usize = 2048;

/// Large data that pushes sections far apart:
///
/// * `bd_bss_i<n>`: `[1048576 x i64] zeroinitializer` (8 MiB, `.bss`).
/// * `bd_data_i<n>`: `{ [256 x i64], [523776 x i64], [256 x i64] }` with initialized head and
///   tail (4 MiB of `.data`; the tail sits 4 MiB past the symbol).
/// * `bd_table_i<n>`: `[2048 x i64]` constant.
///
/// Entries:
/// * `bd_rw_i<n>(idx, v)`: stores `v` at `bss[idx mod 2^20]` and `!v` half the array (4 MiB)
///   away, reads both back (volatile): `v + 3 * !v`.
/// * `bd_probe_i<n>(k)`: `head[k & 255] + tail[(k >> 3) & 255] + table[k & 2047]`.
/// * `bd_edges_i<n>(v)`: stores `v` at `bss[0]` and `5v` at `bss[2^20 - 1]`, reads back and
///   adds `tail[255]`: `6v + tail[255]`.
fn big_data(cx: &Cx) -> WorkloadInstance {
    let ir = cx.ir;
    let s = cx.sfx();
    let mut rng = cx.rng(0);

    let head: Vec<i64> = (0..BD_EDGE).map(|_| rng.i64()).collect();
    let tail: Vec<i64> = (0..BD_EDGE).map(|_| rng.i64()).collect();
    let table: Vec<i64> = (0..BD_TABLE_LEN).map(|_| rng.range(-(1 << 40), 1 << 40)).collect();

    let bss_ty = format!("[{BD_BSS_LEN} x i64]");
    let edge_ty = format!("[{BD_EDGE} x i64]");
    let mid_ty = format!("[{} x i64]", BD_DATA_LEN - 2 * BD_EDGE);
    let data_ty = format!("{{ {edge_ty}, {mid_ty}, {edge_ty} }}");
    let tab_ty = format!("[{BD_TABLE_LEN} x i64]");
    let (pbss, pdata, ptab, p64) = (ir.ptr(&bss_ty), ir.ptr(&data_ty), ir.ptr(&tab_ty), ir.ptr("i64"));

    let name = cx.module_name(None);
    let mut m = cx.header(&name, "multi-MiB globals accessed far apart");
    emit!(m, "@bd_bss{s} = global {bss_ty} zeroinitializer, align 16");
    emit!(
        m,
        "@bd_data{s} = global {data_ty} {{ {edge_ty} {}, {mid_ty} zeroinitializer, {edge_ty} {} }}, align 16",
        array_init("i64", &head),
        array_init("i64", &tail)
    );
    emit!(m, "@bd_table{s} = constant {tab_ty} {}, align 16", array_init("i64", &table));
    emit!(m);

    emit!(m, "define i64 @bd_rw{s}(i64 %idx, i64 %v) {{");
    emit!(m, "entry:");
    emit!(m, "  %a = and i64 %idx, {}", BD_BSS_LEN - 1);
    emit!(m, "  %b0 = add i64 %idx, {}", BD_BSS_LEN / 2);
    emit!(m, "  %b = and i64 %b0, {}", BD_BSS_LEN - 1);
    emit!(m, "  %pa = getelementptr inbounds {bss_ty}, {pbss} @bd_bss{s}, i64 0, i64 %a");
    emit!(m, "  %pb = getelementptr inbounds {bss_ty}, {pbss} @bd_bss{s}, i64 0, i64 %b");
    emit!(m, "  store i64 %v, {p64} %pa, align 8");
    emit!(m, "  %nv = xor i64 %v, -1");
    emit!(m, "  store i64 %nv, {p64} %pb, align 8");
    emit!(m, "  %ra = load volatile i64, {p64} %pa, align 8");
    emit!(m, "  %rb = load volatile i64, {p64} %pb, align 8");
    emit!(m, "  %rb3 = mul i64 %rb, 3");
    emit!(m, "  %r = add i64 %ra, %rb3");
    emit!(m, "  ret i64 %r");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i64 @bd_probe{s}(i64 %k) {{");
    emit!(m, "entry:");
    emit!(m, "  %h = and i64 %k, {}", BD_EDGE - 1);
    emit!(m, "  %hp = getelementptr inbounds {data_ty}, {pdata} @bd_data{s}, i64 0, i32 0, i64 %h");
    emit!(m, "  %hv = load i64, {p64} %hp, align 8");
    emit!(m, "  %t0 = lshr i64 %k, 3");
    emit!(m, "  %t = and i64 %t0, {}", BD_EDGE - 1);
    emit!(m, "  %tp = getelementptr inbounds {data_ty}, {pdata} @bd_data{s}, i64 0, i32 2, i64 %t");
    emit!(m, "  %tv = load i64, {p64} %tp, align 8");
    emit!(m, "  %q = and i64 %k, {}", BD_TABLE_LEN - 1);
    emit!(m, "  %qp = getelementptr inbounds {tab_ty}, {ptab} @bd_table{s}, i64 0, i64 %q");
    emit!(m, "  %qv = load i64, {p64} %qp, align 8");
    emit!(m, "  %s1 = add i64 %hv, %tv");
    emit!(m, "  %s2 = add i64 %s1, %qv");
    emit!(m, "  ret i64 %s2");
    emit!(m, "}}");
    emit!(m);

    emit!(m, "define i64 @bd_edges{s}(i64 %v) {{");
    emit!(m, "entry:");
    emit!(m, "  %p0 = getelementptr inbounds {bss_ty}, {pbss} @bd_bss{s}, i64 0, i64 0");
    emit!(m, "  %p1 = getelementptr inbounds {bss_ty}, {pbss} @bd_bss{s}, i64 0, i64 {}", BD_BSS_LEN - 1);
    emit!(m, "  store i64 %v, {p64} %p0, align 8");
    emit!(m, "  %v5 = mul i64 %v, 5");
    emit!(m, "  store i64 %v5, {p64} %p1, align 8");
    emit!(m, "  %r0 = load volatile i64, {p64} %p0, align 8");
    emit!(m, "  %r1 = load volatile i64, {p64} %p1, align 8");
    emit!(m, "  %tp = getelementptr inbounds {data_ty}, {pdata} @bd_data{s}, i64 0, i32 2, i64 {}", BD_EDGE - 1);
    emit!(m, "  %tv = load i64, {p64} %tp, align 8");
    emit!(m, "  %s1 = add i64 %r0, %r1");
    emit!(m, "  %s2 = add i64 %s1, %tv");
    emit!(m, "  ret i64 %s2");
    emit!(m, "}}");

    let probe = |k: i64| -> i64 {
        let h = head[(k & (BD_EDGE as i64 - 1)) as usize];
        let t = tail[(((k as u64) >> 3) & (BD_EDGE as u64 - 1)) as usize];
        let q = table[(k & (BD_TABLE_LEN as i64 - 1)) as usize];
        h.wrapping_add(t).wrapping_add(q)
    };
    let mut checks = Vec::new();
    for (idx, v) in [(0, 1), (BD_BSS_LEN - 1, -42), (123_457 + i64::from(cx.n), rng.i64())] {
        checks.push(check(format!("bd_rw{s}"), &[idx, v], v.wrapping_add((!v).wrapping_mul(3))));
    }
    for k in [0, 255, 2047, 4096 + 9, -1, rng.range(0, 1 << 30)] {
        checks.push(check(format!("bd_probe{s}"), &[k], probe(k)));
    }
    let v = rng.range(-(1 << 50), 1 << 50);
    checks.push(check(format!("bd_edges{s}"), &[v], v.wrapping_mul(6).wrapping_add(tail[BD_EDGE - 1])));
    WorkloadInstance { modules: vec![WorkloadModule { name, ir: m }], checks }
}

// ---------------------------------------------------------------------------------------------
// host-calls
// ---------------------------------------------------------------------------------------------

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
fn host_calls(cx: &Cx) -> WorkloadInstance {
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

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    const DIALECTS: [IrDialect; 2] = [IrDialect::TYPED, IrDialect::OPAQUE];

    /// Names of the globals and functions a module defines (not declarations).
    fn defined_symbols(ir: &str) -> Vec<String> {
        let mut out = Vec::new();
        for line in ir.lines() {
            if let Some(rest) = line.strip_prefix("define ") {
                let at = rest.find('@').expect("define line has a name");
                let name = &rest[at + 1..];
                let end = name.find('(').expect("define line has parameters");
                out.push(name[..end].to_string());
            } else if let Some(rest) = line.strip_prefix('@') {
                let (name, def) = rest.split_once(" = ").expect("global line has ` = `");
                if !def.starts_with("external ") {
                    out.push(name.trim_matches('"').to_string());
                }
            }
        }
        out
    }

    fn instance_ok(name: &str, arch: Arch, dialect: IrDialect, n: u32) -> WorkloadInstance {
        instance(name, arch, dialect, n).unwrap_or_else(|| panic!("workload `{name}` listed by all() but instance() gave None"))
    }

    #[test]
    fn every_workload_generates_for_both_arches_and_dialects() {
        for w in all() {
            for arch in Arch::ALL {
                for dialect in DIALECTS {
                    let inst = instance_ok(w.name, arch, dialect, 1);
                    let ctx = format!("{} / {arch} / {dialect:?}", w.name);
                    assert!(!inst.modules.is_empty(), "{ctx}: no modules");
                    assert!(!inst.checks.is_empty(), "{ctx}: no checks");
                    let triple = format!("target triple = \"{}\"", arch.triple());
                    let mut defined = HashSet::new();
                    for m in &inst.modules {
                        assert!(m.ir.contains(&triple), "{ctx}: module {} lacks `{triple}`", m.name);
                        assert!(!m.ir.contains("datalayout"), "{ctx}: module {} has a datalayout", m.name);
                        let has_ptr = m.ir.contains(" ptr ") || m.ir.contains(" ptr,") || m.ir.contains("(ptr");
                        if !dialect.opaque_pointers {
                            assert!(!has_ptr, "{ctx}: module {} uses `ptr` in typed-pointer IR", m.name);
                        } else {
                            assert!(!m.ir.contains("i8*"), "{ctx}: module {} has typed pointers", m.name);
                        }
                        defined.extend(defined_symbols(&m.ir));
                    }
                    for c in &inst.checks {
                        assert!(c.args.len() <= 4, "{ctx}: check {} has {} args", c.symbol, c.args.len());
                        assert!(defined.contains(&c.symbol), "{ctx}: check symbol {} is not defined", c.symbol);
                        // The entry must be `i64 (i64, ...)` with exactly as many parameters as args.
                        let head = format!("i64 @{}(", c.symbol);
                        let params: Vec<String> = inst
                            .modules
                            .iter()
                            .flat_map(|m| m.ir.lines())
                            .filter(|l| l.starts_with("define "))
                            .filter_map(|l| l.find(&head).map(|at| &l[at + head.len()..]))
                            .map(|rest| rest[..rest.find(')').expect("parameter list closes")].to_string())
                            .collect();
                        assert_eq!(params.len(), 1, "{ctx}: {} defined once as returning i64", c.symbol);
                        let list: Vec<&str> = params[0].split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
                        assert_eq!(list.len(), c.args.len(), "{ctx}: {} parameter count", c.symbol);
                        assert!(list.iter().all(|p| p.starts_with("i64 ")), "{ctx}: {} takes only i64", c.symbol);
                    }
                }
            }
        }
    }

    #[test]
    fn names_are_unique_across_iterations_except_shared_ones() {
        let shared: HashSet<&str> = ISSUE9001_SHARED_SYMBOLS.iter().copied().collect();
        for w in all() {
            for dialect in DIALECTS {
                let mut module_names = HashSet::new();
                let mut owner: HashMap<String, String> = HashMap::new();
                for n in 0..4 {
                    let inst = instance_ok(w.name, Arch::Aarch64, dialect, n);
                    for m in &inst.modules {
                        assert!(module_names.insert(m.name.clone()), "{}: module name {} repeats", w.name, m.name);
                        for sym in defined_symbols(&m.ir) {
                            if w.name == ISSUE9001 && shared.contains(sym.as_str()) {
                                continue;
                            }
                            if let Some(prev) = owner.insert(sym.clone(), m.name.clone()) {
                                panic!("{}: symbol {sym} defined in both {prev} and {}", w.name, m.name);
                            }
                            assert!(sym.contains(&format!("_i{n}")), "{}: symbol {sym} of iteration {n} lacks its suffix", w.name);
                        }
                    }
                    for c in &inst.checks {
                        assert!(c.symbol.contains(&format!("_i{n}")), "{}: check {} is not of iteration {n}", w.name, c.symbol);
                    }
                }
            }
        }
    }

    #[test]
    fn issue9001_repeats_shared_definitions_identically() {
        let lines = |n: u32| -> Vec<String> {
            let inst = instance_ok(ISSUE9001, Arch::Aarch64, IrDialect::OPAQUE, n);
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

    #[test]
    fn expected_values_vary_by_iteration() {
        // bd_rw's value is data-independent, but each workload as a whole varies its data.
        for w in all() {
            let a = instance_ok(w.name, Arch::X86_64, IrDialect::OPAQUE, 0);
            let b = instance_ok(w.name, Arch::X86_64, IrDialect::OPAQUE, 1);
            let va: Vec<i64> = a.checks.iter().map(|c| c.expected).collect();
            let vb: Vec<i64> = b.checks.iter().map(|c| c.expected).collect();
            assert_ne!(va, vb, "{}: iterations 0 and 1 expect the same results", w.name);
            if w.name != HOST_CALLS {
                // host-calls' strlen/mem checks differ only through the text's length.
                let same = va.iter().zip(&vb).filter(|(x, y)| x == y).count();
                assert!(same * 2 < va.len() + 2, "{}: most expectations repeat across iterations", w.name);
            }
        }
    }

    #[test]
    fn generation_is_deterministic_and_arch_only_changes_the_triple() {
        for w in all() {
            let x = instance_ok(w.name, Arch::X86_64, IrDialect::TYPED, 3);
            let y = instance_ok(w.name, Arch::X86_64, IrDialect::TYPED, 3);
            let z = instance_ok(w.name, Arch::Aarch64, IrDialect::TYPED, 3);
            assert_eq!(x.checks, y.checks, "{}: checks not deterministic", w.name);
            assert_eq!(x.checks, z.checks, "{}: checks depend on the arch", w.name);
            for (mx, mz) in x.modules.iter().zip(&z.modules) {
                assert_eq!(
                    mx.ir.replace(Arch::X86_64.triple(), Arch::Aarch64.triple()),
                    mz.ir,
                    "{}: IR differs between arches beyond the triple",
                    w.name
                );
            }
        }
    }

    #[test]
    fn unknown_names_and_lookup() {
        assert!(instance("no-such-workload", Arch::X86_64, IrDialect::OPAQUE, 0).is_none(), "unknown name gives None");
        assert!(find("no-such-workload").is_none(), "find of unknown name gives None");
        let names: Vec<&str> = all().iter().map(|w| w.name).collect();
        for expected in [ISSUE9001, GOT_DATA, CONST_POOL, JUMP_TABLE, FN_POINTERS, CROSS_MODULE, BIG_DATA, HOST_CALLS] {
            assert!(names.contains(&expected), "workload {expected} is listed");
            assert_eq!(find(expected).map(|w| w.name), Some(expected), "find({expected})");
        }
        assert_eq!(names.len(), names.iter().collect::<HashSet<_>>().len(), "workload names are unique");
    }

    #[test]
    fn harness_symbols_cover_declared_helpers() {
        let syms = harness_symbols();
        let helper = syms.iter().find(|(n, _)| *n == HELPER).expect("harness provides jh_numba_helper");
        assert_ne!(helper.1, 0, "helper address is not null");
        assert_eq!(jh_numba_helper(0), 0x5_DEEC_E66D * 3 + 11, "helper model");
        // Every non-libc external a workload declares is provided.
        let libc = ["pow", "sin", "cos", "memcpy", "memset", "strlen"];
        for w in all() {
            for m in instance_ok(w.name, Arch::X86_64, IrDialect::OPAQUE, 0).modules {
                for line in m.ir.lines().filter(|l| l.starts_with("declare ")) {
                    let name = &line[line.find('@').expect("declare has a name") + 1..];
                    let name = &name[..name.find('(').expect("declare has parameters")];
                    let local = m.ir.contains(&format!("define i64 @{name}("));
                    let provided = libc.contains(&name) || syms.iter().any(|(s, _)| *s == name);
                    let cross = w.name == CROSS_MODULE;
                    assert!(provided || local || cross, "{}: {name} is declared but nobody provides it", w.name);
                }
            }
        }
    }

    #[test]
    fn big_data_is_big_and_host_calls_checks_are_present() {
        let bd = instance_ok(BIG_DATA, Arch::X86_64, IrDialect::OPAQUE, 0);
        assert!(bd.modules[0].ir.contains(&format!("[{BD_BSS_LEN} x i64] zeroinitializer")), "8 MiB bss array present");
        assert!((BD_BSS_LEN as usize + BD_DATA_LEN) * 8 >= 4 << 20, "at least 4 MiB of data");
        let hc = instance_ok(HOST_CALLS, Arch::X86_64, IrDialect::OPAQUE, 2);
        let trig = hc.checks.iter().filter(|c| c.symbol.starts_with("hc_trig")).count();
        assert!(trig >= 2, "host-calls keeps at least two robust trig inputs, got {trig}");
    }

    #[test]
    fn float_literals_are_exact_hex() {
        assert_eq!(f64_lit(1.0), "0x3FF0000000000000", "double 1.0");
        assert_eq!(f32_lit(0.5), "0x3FE0000000000000", "float 0.5 written as double hex");
        assert_eq!(c_string("a\"b"), "c\"a\\22b\\00\"", "quotes are escaped");
    }
}
