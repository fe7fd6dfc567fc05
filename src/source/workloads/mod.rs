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
//! written once against the small `ir::Ir` helper, which spells pointer types and inserts the
//! bitcasts typed pointers need.

use crate::target::Arch;

mod ir;

mod big_data;
mod const_pool;
mod cross_graph;
mod cross_module;
mod ctors;
mod fn_pointers;
mod got_data;
mod host_calls;
mod issue9001;
mod jump_table;
mod unwind;

use ir::Cx;
pub use issue9001::ISSUE9001_SHARED_SYMBOLS;

/// The `cross-graph` workload's name (`repro cross-graph`).
pub const CROSS_GRAPH: &str = cross_graph::NAME;

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

    /// The dialect the LLVM this harness is built against parses (from the compat header's
    /// capabilities, the one place LLVM versions are tested).
    pub fn of_this_llvm() -> IrDialect {
        IrDialect { opaque_pointers: crate::compile::opaque_pointers() }
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

static WORKLOADS: [WorkloadInfo; 11] = [
    WorkloadInfo {
        name: issue9001::NAME,
        summary: "shape of the Numba issue 9001 reproducer: wrapper + mangled kernel, common \
                  environment global and linkonce_odr helper repeated in every module, GOT \
                  loads, literal tables, calls to pow and a harness helper",
    },
    WorkloadInfo {
        name: got_data::NAME,
        summary: "reads and writes of external-linkage globals of several types (GOT access), \
                  a pointer stored in data",
    },
    WorkloadInfo {
        name: const_pool::NAME,
        summary: "double, float-vector and selected literals in .rodata constant pools plus a \
                  private constant table",
    },
    WorkloadInfo { name: jump_table::NAME, summary: "an 80-case dense switch lowered to a jump table, checked on cases and default" },
    WorkloadInfo {
        name: fn_pointers::NAME,
        summary: "writable and read-only tables of function pointers (absolute data \
                  relocations to code, including a host function), called indirectly",
    },
    WorkloadInfo {
        name: cross_module::NAME,
        summary: "two modules per iteration: one defines a function and globals, the other \
                  calls and reads them directly and through pointers in its data",
    },
    WorkloadInfo {
        name: big_data::NAME,
        summary: "an 8 MiB zero-initialized array, a 4 MiB initialized aggregate and a 16 KiB \
                  constant table, accessed far apart",
    },
    WorkloadInfo { name: host_calls::NAME, summary: "calls into the host's libc/libm: sin, cos, memcpy, memset, strlen" },
    WorkloadInfo {
        name: cross_graph::NAME,
        summary: "one module per iteration repeating a dso_local linkonce_odr helper and common global (later \
                  modules call, take the address of and read the first one's) and an invoke with an EH personality",
    },
    WorkloadInfo {
        name: unwind::NAME,
        summary: "three JIT frames deep, a host function walks the stack with the unwinder and counts the JIT \
                  frames it passes: their .eh_frame must be registered",
    },
    WorkloadInfo {
        name: ctors::NAME,
        summary: "llvm.global_ctors of two priorities (each must run once, in order, before the entry) and \
                  llvm.global_dtors reporting to the host when the session ends",
    },
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
    let cx = Cx::new(info.name, arch, dialect, iteration);
    Some(match info.name {
        issue9001::NAME => issue9001::generate(&cx),
        got_data::NAME => got_data::generate(&cx),
        const_pool::NAME => const_pool::generate(&cx),
        jump_table::NAME => jump_table::generate(&cx),
        fn_pointers::NAME => fn_pointers::generate(&cx),
        cross_module::NAME => cross_module::generate(&cx),
        big_data::NAME => big_data::generate(&cx),
        host_calls::NAME => host_calls::generate(&cx),
        cross_graph::NAME => cross_graph::generate(&cx),
        unwind::NAME => unwind::generate(&cx),
        ctors::NAME => ctors::generate(&cx),
        other => unreachable!("workload `{other}` is listed but has no generator"),
    })
}

/// External symbols (not libc/libm) that workloads call and that the harness must provide: name and address
/// of `extern "C"` functions defined in this file.
pub fn harness_symbols() -> Vec<(&'static str, usize)> {
    let helper: extern "C" fn(i64) -> i64 = jh_numba_helper;
    let may_throw: extern "C" fn(i64) -> i64 = jh_may_throw;
    let count: extern "C" fn(i64) -> i64 = jh_count_jit_frames;
    let dtor: extern "C" fn(i64) = jh_dtor_ran;
    vec![(HELPER, helper as usize), (MAY_THROW, may_throw as usize), (COUNT_JIT_FRAMES, count as usize), (DTOR_RAN, dtor as usize)]
}

/// Symbols workload `name` defines identically in every iteration's module, on purpose
/// (as Numba repeats its shared definitions): every other definition is per iteration.
pub fn shared_symbols(name: &str) -> &'static [&'static str] {
    match name {
        issue9001::NAME => &ISSUE9001_SHARED_SYMBOLS,
        cross_graph::NAME => &cross_graph::SHARED_SYMBOLS,
        _ => &[],
    }
}

/// Name under which `ctors`' destructors call [`jh_dtor_ran`].
const DTOR_RAN: &str = "jh_dtor_ran";

/// What destructors reported, in order, since the last [`take_destructor_log`].
static DESTRUCTOR_LOG: std::sync::Mutex<Vec<i64>> = std::sync::Mutex::new(Vec::new());

/// A destructor of JIT code reporting that it ran.
pub extern "C" fn jh_dtor_ran(x: i64) {
    DESTRUCTOR_LOG.lock().unwrap_or_else(|e| e.into_inner()).push(x);
}

/// What destructors reported since the last call, in order.
pub fn take_destructor_log() -> Vec<i64> {
    std::mem::take(&mut *DESTRUCTOR_LOG.lock().unwrap_or_else(|e| e.into_inner()))
}

/// Name under which `unwind` calls [`jh_count_jit_frames`].
const COUNT_JIT_FRAMES: &str = "jh_count_jit_frames";

/// Walks the stack with the unwinder and returns `x` plus 1000 times the number of JIT frames
/// it passed (`run::call::count_jit_frames`).
pub extern "C" fn jh_count_jit_frames(x: i64) -> i64 {
    x.wrapping_add(1000 * crate::run::call::count_jit_frames())
}

/// Name under which `cross-graph` invokes [`jh_may_throw`].
const MAY_THROW: &str = "jh_may_throw";

/// A host function JIT code `invoke`s (so its caller keeps a landing pad and an EH
/// personality); it never throws.
pub extern "C" fn jh_may_throw(x: i64) -> i64 {
    x.rotate_left(7) ^ 0x7777
}

/// Name under which the workloads call [`jh_numba_helper`].
const HELPER: &str = "jh_numba_helper";

/// A stand-in for the Numba runtime functions JIT code calls into (`numba_complex_adaptor` in the
/// reproducer): an external function that lives in the host process, far from the JIT's memory.
/// Deliberately simple so that checks can model it exactly.
pub extern "C" fn jh_numba_helper(x: i64) -> i64 {
    (x ^ 0x5_DEEC_E66D).wrapping_mul(3).wrapping_add(11)
}

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
                // `llvm.global_ctors` and the like are LLVM's tables, not definitions.
                if !def.starts_with("external ") && !name.starts_with("llvm.") {
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
        for w in all() {
            let shared: HashSet<&str> = shared_symbols(w.name).iter().copied().collect();
            for dialect in DIALECTS {
                let mut module_names = HashSet::new();
                let mut owner: HashMap<String, String> = HashMap::new();
                for n in 0..4 {
                    let inst = instance_ok(w.name, Arch::Aarch64, dialect, n);
                    for m in &inst.modules {
                        assert!(module_names.insert(m.name.clone()), "{}: module name {} repeats", w.name, m.name);
                        for sym in defined_symbols(&m.ir) {
                            if shared.contains(sym.as_str()) {
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
    fn expected_values_vary_by_iteration() {
        // bd_rw's value is data-independent, but each workload as a whole varies its data.
        for w in all() {
            let a = instance_ok(w.name, Arch::X86_64, IrDialect::OPAQUE, 0);
            let b = instance_ok(w.name, Arch::X86_64, IrDialect::OPAQUE, 1);
            let va: Vec<i64> = a.checks.iter().map(|c| c.expected).collect();
            let vb: Vec<i64> = b.checks.iter().map(|c| c.expected).collect();
            assert_ne!(va, vb, "{}: iterations 0 and 1 expect the same results", w.name);
            if w.name != host_calls::NAME {
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
        for expected in [
            "issue9001",
            "got-data",
            "const-pool",
            "jump-table",
            "fn-pointers",
            "cross-module",
            "big-data",
            "host-calls",
            "cross-graph",
            "unwind",
        ] {
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
        let libc = ["pow", "sin", "cos", "memcpy", "memset", "strlen", "__gxx_personality_v0"];
        for w in all() {
            for m in instance_ok(w.name, Arch::X86_64, IrDialect::OPAQUE, 0).modules {
                for line in m.ir.lines().filter(|l| l.starts_with("declare ")) {
                    let name = &line[line.find('@').expect("declare has a name") + 1..];
                    let name = &name[..name.find('(').expect("declare has parameters")];
                    let local = m.ir.contains(&format!("define i64 @{name}("));
                    let provided = libc.contains(&name) || syms.iter().any(|(s, _)| *s == name);
                    let cross = w.name == cross_module::NAME;
                    assert!(provided || local || cross, "{}: {name} is declared but nobody provides it", w.name);
                }
            }
        }
    }
}
