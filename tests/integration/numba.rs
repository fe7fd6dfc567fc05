//! Numba in the loop: real Numba programs, the Python session API and Numba's own tests, with
//! each backend as Numba's JIT linker in a real CPython process (`jitharness numba`).
//!
//! The era is the one whose llvmlite has this build's LLVM (0.68 for LLVM 22, 0.59 for LLVM
//! 14), else 0.59, whose objects any LLVM links. These tests need a native harness library
//! in the Python process: under qemu (the emulated half) the harness is the AArch64 build and
//! the venvs hold x86_64 CPython, so there each test says on stderr that AArch64 Numba is not
//! run, and why.

use crate::common::{harness, stderr};
use jitharness::backend::BackendKind;
use jitharness::numba::suite::SuiteReport;
use jitharness::numba::{Era, Linker};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/numba")
}

/// True, with the reason on stderr, in the emulated half.
fn unsupported_under_qemu(what: &str) -> bool {
    let emulated = jitharness::run::exec::emulation().is_some();
    if emulated {
        eprintln!(
            "note: {what}: unsupported under qemu: Numba runs in the venvs' x86_64 CPython, which loads the native harness \
             library; AArch64 Numba (an arm64 CPython under qemu-user, which cannot start threads here) is not run \
             (docs/python.md)"
        );
    }
    emulated
}

fn numba_run(linker: Linker, cache: &Path, report: &Path) -> Output {
    let era = Era::for_this_llvm();
    let program = tests_dir().join("program.py");
    let mut cmd = harness();
    cmd.args(["numba", "run", "--era", era.name(), "--backend", linker.name(), "--report"]).arg(report);
    cmd.arg("--").arg(&program).env("NUMBA_CACHE_DIR", cache);
    cmd.output().expect("harness starts")
}

integration_test!(
    /// A Numba program (exceptions, typed List/Dict, cfunc, generator, jitclass, mutual
    /// recursion, numpy, and a `cache=True` function loaded from the cache by a second process)
    /// prints exactly what stock Numba prints through every backend this LLVM has, every
    /// object audited with no wrong fixup; a backend this LLVM lacks is refused with the reason.
    fn numba_program_matches_stock_on_every_backend() {
        if unsupported_under_qemu("numba::numba_program_matches_stock_on_every_backend") {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let mut stock_out: Option<Vec<u8>> = None;
        for linker in Linker::all_available() {
            let cache = dir.path().join(format!("cache-{linker}"));
            for (run, hits) in [(1, 0), (2, 1)] {
                let report = dir.path().join(format!("{linker}-{run}.json"));
                let o = numba_run(linker, &cache, &report);
                let err = stderr(&o);
                assert!(o.status.success(), "{linker} run {run}: {:?}\n{err}", o.status);
                assert!(err.contains(&format!("cache hits {hits}")), "{linker} run {run}: expected {hits} cache hits:\n{err}");
                match &stock_out {
                    None => stock_out = Some(o.stdout.clone()),
                    Some(s) => assert_eq!(
                        String::from_utf8_lossy(&o.stdout),
                        String::from_utf8_lossy(s),
                        "{linker} run {run} printed something else than stock Numba"
                    ),
                }
                let Linker::Backend(b) = linker else {
                    assert!(!report.exists(), "stock Numba wrote a harness report");
                    continue;
                };
                let reports = jitharness::numba::read_report(&report).unwrap().unwrap_or_else(|| panic!("{b}: no session report\n{err}"));
                // The program's last lines make a second JIT codegen: a session of its own.
                assert_eq!(reports.len(), 2, "{b} run {run}: the program has two JIT codegens");
                assert!(!reports[1].objects.is_empty() && reports[1].fixups_wrong == 0, "{b} run {run}: {:?}", reports[1]);
                let r = &reports[0];
                assert_eq!(r.backend.name, b.name());
                assert!(r.objects.len() >= 10, "{b} run {run}: only {} objects", r.objects.len());
                assert!(r.objects.iter().all(|o| o.failed.is_none()), "{b} run {run}: a failed object: {:?}", r.objects);
                assert!(r.fixups_audited >= 200, "{b} run {run}: {} fixups audited", r.fixups_audited);
                assert_eq!(r.fixups_wrong, 0, "{b} run {run}: {:?}", r.findings);
                assert!(r.imports.get("embedder").copied().unwrap_or(0) > 10, "{b}: {:?}", r.imports);
                assert!(err.contains(&format!("JIT codegen 2 of 2: {}", b.name())), "{b}: no summary line per session:\n{err}");
            }
        }
        for b in BackendKind::ALL.into_iter().filter(|b| b.availability().is_err()) {
            let o = numba_run(Linker::Backend(b), &dir.path().join("x"), &dir.path().join("x.json"));
            let reason = b.availability().unwrap_err();
            assert!(!o.status.success() && stderr(&o).contains(&reason), "{b}: {:?}\n{}", o.status, stderr(&o));
        }
    }
);

integration_test!(
    /// The Python session API over the C ABI, per backend: objects from llvmlite link and run,
    /// calling a symbol the program defined and each other; garbage and unresolved objects are
    /// named errors that leave the session usable; a second strong definition is refused by
    /// the JITLink backends (as ORC does) and taken by the RuntimeDyld ones (the later one
    /// wins lookups, as in MCJIT, and the report notes it); `remove` unloads where the linker
    /// can (symbols gone, memory returned, the rest still runs) and names why it cannot.
    fn python_session_api_per_backend() {
        if unsupported_under_qemu("numba::python_session_api_per_backend") {
            return;
        }
        let era = Era::for_this_llvm();
        let lib = jitharness::numba::harness_library().expect("the cdylib is built beside the test binary");
        for b in BackendKind::ALL.into_iter().filter(|b| b.availability().is_ok()) {
            let o = std::process::Command::new(era.python())
                .arg(tests_dir().join("session_api.py"))
                .arg(b.name())
                .env("JITHARNESS_LIB", &lib)
                .env("JITHARNESS_PYTHON_DIR", jitharness::numba::python_dir())
                .env("PYTHONPATH", jitharness::numba::python_dir())
                .output()
                .unwrap();
            assert!(o.status.success(), "{b}: {:?}\n{}", o.status, stderr(&o));
            let v: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{b}: {e}\n{}", stderr(&o)));
            assert_eq!(v["twice(2)"], 61, "{b}: {v}");
            assert_eq!(v["thrice(2)"], 63, "{b}: {v}");
            assert!(v["missing"].is_null(), "{b}: {v}");
            assert!(v["garbage"].as_str().is_some_and(|e| e.starts_with("garbage.o: ")), "{b}: {v}");
            let unresolved = v["unresolved"].as_str().unwrap_or_default();
            assert!(unresolved.contains("needs.o") && unresolved.contains("nowhere"), "{b}: {v}");
            assert_eq!(v["after()"], 7, "{b}: the session is unusable after a failed finalize: {v}");
            let rep = &v["report"];
            assert_eq!(rep["schema"], "jitharness/embed-report/v1");
            assert!(rep["fixups_audited"].as_u64().unwrap() > 0 && rep["fixups_wrong"] == 0, "{b}: {rep}");
            let objects = rep["objects"].as_array().unwrap();
            let needs = objects.iter().find(|o| o[0] == "needs.o").unwrap();
            assert!(needs[2].as_str().is_some_and(|f| f.contains("nowhere")), "{b}: {needs}");
            if b.is_runtime_dyld() {
                assert_eq!(v["duplicate"], "accepted", "{b}: {v}");
                assert!(rep["notes"][0].as_str().is_some_and(|n| n.contains("`twice`") && n.contains("a.o")), "{b}: {rep}");
                // The later definition (returning 0) is what lookups find.
                assert_eq!(v["twice(3) after remove"], 0, "{b}: {v}");
                let e = v["remove"].as_str().unwrap();
                assert!(e.contains("cannot remove") && e.contains("RuntimeDyld"), "{b}: {e}");
            } else {
                assert!(v["duplicate"].as_str().is_some_and(|e| e.contains("duplicate definition of `twice`")), "{b}: {v}");
                assert_eq!(v["remove"], "removed", "{b}: {v}");
                assert!(v["thrice after remove"].is_null(), "{b}: the removed object's symbol is still found: {v}");
                assert_eq!(v["twice(3) after remove"], 71, "{b}: {v}");
                let (before, after) = (rep["committed_before_remove"].as_u64().unwrap(), rep["committed_after_remove"].as_u64().unwrap());
                if rep["memory_not_visible"].is_null() || before > 0 {
                    assert!(after < before, "{b}: committed {before} -> {after} after remove");
                } else {
                    // LLVM's slab manager maps behind the harness's back: said, not guessed.
                    assert!(rep["memory_not_visible"].as_str().unwrap().contains("system calls are not seen"), "{b}: {rep}");
                }
            }
        }
    }
);

integration_test!(
    /// The smoke subset of Numba's own tests (python/jitharness/subsets/smoke.txt) with stock
    /// Numba and every backend: every test stock passes passes with every backend available
    /// here; a backend this LLVM lacks is a row saying why.
    fn numba_smoke_subset_matches_stock() {
        if unsupported_under_qemu("numba::numba_smoke_subset_matches_stock") {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let json = dir.path().join("smoke.json");
        let md = dir.path().join("smoke.md");
        let era = Era::for_this_llvm();
        let o = harness()
            .args(["numba", "test", "--subset", "smoke", "--backend", "all", "--era", era.name(), "--json"])
            .arg(&json)
            .arg("--markdown")
            .arg(&md)
            .output()
            .unwrap();
        let r: SuiteReport = serde_json::from_slice(&std::fs::read(&json).unwrap_or_default())
            .unwrap_or_else(|e| panic!("no report ({e}): {:?}\n{}", o.status, stderr(&o)));
        let stock = r.runs.iter().find(|x| x.linker == Linker::Stock).expect("stock ran");
        let specs = jitharness::numba::suite::subset("smoke").unwrap();
        assert!(stock.tests.len() >= specs.len() && stock.counts.get("pass").copied().unwrap_or(0) >= 15, "stock: {:?}", stock.counts);
        assert!(
            stock.tests.values().all(|t| ["pass", "expected-failure"].contains(&t.outcome.as_str())),
            "stock Numba itself does not pass the smoke subset: {:?}",
            stock.tests.iter().filter(|(_, t)| t.outcome != "pass").collect::<Vec<_>>()
        );
        for b in BackendKind::ALL {
            let run = r.runs.iter().find(|x| x.linker == Linker::Backend(b)).unwrap_or_else(|| panic!("{b}: no row"));
            match b.availability() {
                Ok(()) => assert_eq!(run.tests.len(), stock.tests.len(), "{b}: {:?}", run.counts),
                Err(reason) => assert_eq!(run.unsupported.as_deref(), Some(reason.as_str())),
            }
        }
        // A difference is allowed only where a known defect that applies here explains it
        // (LLVM 16/19 ORC rejects the NumbaEnv `common` globals Numba repeats:
        // orc-common-redefinition), and it still counts as a difference.
        let unexplained: Vec<_> = r.differences.iter().filter(|d| d.known_defect.is_none()).collect();
        assert!(unexplained.is_empty(), "results differing from stock, no known defect explains them: {unexplained:#?}");
        let text = std::fs::read_to_string(&md).unwrap();
        assert!(text.contains("| stock |"), "{text}");
        if r.differences.is_empty() {
            assert!(o.status.success(), "{:?}\n{}", o.status, stderr(&o));
            assert!(text.contains("Every test has stock Numba's result"), "{text}");
        } else {
            assert_eq!(o.status.code(), Some(1), "differences exit 1\n{}", stderr(&o));
            for d in &r.differences {
                let k = d.known_defect.as_deref().unwrap();
                assert!(text.contains(&format!("`{k}`")), "{text}");
                eprintln!("note: {} with {}: {} (stock {}), known defect {k}", d.test, d.linker, d.got, d.stock);
            }
        }
    }
);

integration_test!(
    /// Bad `numba` input is a usage error naming what is known.
    fn numba_cli_names_bad_input() {
        let o = harness().args(["numba", "test", "--subset", "nope"]).output().unwrap();
        let e = stderr(&o);
        assert!(!o.status.success() && e.contains("unknown subset `nope`") && e.contains("smoke"), "{e}");
        let o = harness().args(["numba", "run", "--backend", "mcjit", "--", "x.py"]).output().unwrap();
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{e}");
        assert!(e.contains("unknown backend `mcjit`") && e.contains("stock"), "{e}");
        let o = harness().args(["numba", "run", "--era", "0.60", "--backend", "stock", "--", "x.py"]).output().unwrap();
        assert!(stderr(&o).contains("0.59"), "{}", stderr(&o));
    }
);

integration_test!(
    /// Two LLVMs in one Python process (llvmlite's static one, the harness's libLLVM) never
    /// bind to each other's symbols, both eras' llvmlite against this build's libLLVM: the
    /// dynamic linker's own record (`LD_DEBUG=bindings`) of a Numba program linked by a
    /// JITLink backend, which promotes libLLVM to the global scope (docs/python.md).
    fn two_llvms_never_bind_to_each_other() {
        if unsupported_under_qemu("numba::two_llvms_never_bind_to_each_other") {
            return;
        }
        let lib = jitharness::numba::harness_library().expect("the cdylib is built beside the test binary");
        let program = "import jitharness.numba\njitharness.numba.use('jitlink-default', audit=True)\n\
                       from numba import njit\n@njit\ndef f(x):\n    return x + 1\nprint(f(41))\n";
        for era in [Era::V059, Era::V068] {
            let dir = tempfile::tempdir().unwrap();
            let o = std::process::Command::new(era.python())
                .args(["-c", program])
                .env("JITHARNESS_LIB", &lib)
                .env("LD_DEBUG", "bindings")
                .env("LD_DEBUG_OUTPUT", dir.path().join("ld"))
                .output()
                .unwrap();
            assert!(o.status.success() && o.stdout == b"42\n", "{era}: {:?}\n{}", o.status, stderr(&o));
            let mut log = String::new();
            for e in std::fs::read_dir(dir.path()).unwrap() {
                log.push_str(&std::fs::read_to_string(e.unwrap().path()).unwrap());
            }
            let binds = |from: &str, to: &str| {
                log.lines()
                    .filter(|l| {
                        l.split(" to ").next().is_some_and(|f| f.contains(from)) && l.split(" to ").nth(1).is_some_and(|t| t.contains(to))
                    })
                    .count()
            };
            // The record is there: libLLVM's own references and llvmlite's were bound.
            assert!(binds("/libLLVM", "/lib") > 100 && binds("libllvmlite.so", "/lib") > 100, "{era}: no binding record");
            assert_eq!(binds("libllvmlite.so", "/libLLVM"), 0, "{era}: llvmlite bound to the harness's libLLVM");
            assert_eq!(binds("/libLLVM", "libllvmlite.so"), 0, "{era}: libLLVM bound to llvmlite's LLVM");
        }
    }
);
