//! `diff`, `corpus` and `capture`: the same modules through every backend, compared.

use crate::common::*;
use jitharness::diff::{UnitResult, UnitVerdict};
use jitharness::report::OutcomeKind;
use jitharness::source::workloads;
use jitharness::target::Arch;
use std::path::{Path, PathBuf};
use std::process::Output;

fn diff_json(args: &[&str]) -> (Vec<UnitResult>, Output) {
    let mut full = vec!["diff", "--json"];
    full.extend_from_slice(args);
    let out = run(&full);
    let results = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("no JSON from `jitharness {}` ({e}); status {:?}; stderr:\n{}", full.join(" "), out.status, stderr(&out))
    });
    (results, out)
}

/// Why `backend` may legitimately disagree with the others on `arch` with this LLVM, and
/// words the verdict must then contain (so that another failure is not excused by it).
fn known_session_defect(backend: &str, arch: Arch) -> Vec<(&'static str, &'static [&'static str])> {
    use jitharness::llvm::defects::{self, DefectKind};
    let b = backend.split('@').next().unwrap_or(backend);
    let Ok(kind) = b.parse::<jitharness::backend::BackendKind>() else { return Vec::new() };
    // Cross mode: aarch64 from an x86_64 process, x86_64 from the emulated aarch64 half.
    // Design limits (sections apart, one block per object) need a placement these runs do not
    // use, so they excuse nothing here.
    defects::affecting(kind, arch, arch != Arch::host()).filter(|d| d.kind != DefectKind::Design).map(|d| (d.why, d.words)).collect()
}

/// A verdict other than `agree` must be one a known defect explains, for the backend it
/// names, in its own words.
fn check_explained(r: &UnitResult, arch: Arch) {
    let backends: Vec<&str> = match &r.verdict {
        UnitVerdict::Agree => return,
        UnitVerdict::Differ { backend, reference, .. } => vec![reference.as_str(), backend.as_str()],
        UnitVerdict::Unsupported { backend, .. } | UnitVerdict::Crash { backend, .. } | UnitVerdict::Timeout { backend, .. } => {
            vec![backend.as_str()]
        }
    };
    let text = r.verdict.explained(&r.comparisons);
    let why = backends.iter().flat_map(|b| known_session_defect(b, arch)).find(|(_, words)| words.iter().any(|w| text.contains(w)));
    match why {
        Some((why, _)) => eprintln!("note: {} on {arch}: {} ({why})", r.unit.name, r.verdict.label()),
        None => {
            panic!("{} on {arch}: {text} — not explained by a known defect of LLVM {}", r.unit.name, jitharness::compile::llvm_version())
        }
    }
}

/// Every workload through every backend (natural placement): the backends agree, every run
/// did its work, and the fixups were compared one by one.
fn workloads_agree(arch: Arch) {
    let mut args = vec!["--backends", "all", "--target", arch.name(), "--no-fail"];
    for w in workloads::all() {
        args.extend(["--workload", w.name]);
    }
    let (results, out) = diff_json(&args);
    assert_eq!(results.len(), workloads::all().len(), "one result per workload: {}", stderr(&out));
    for r in &results {
        let ctx = format!("{} on {arch}", r.unit.name);
        assert_eq!(r.runs.len(), jitharness::diff::BackendSpec::all().len(), "{ctx}: every backend ran");
        check_explained(r, arch);
        if r.verdict == UnitVerdict::Agree {
            let want = if can_run(arch) { OutcomeKind::Pass } else { OutcomeKind::LinkedOnly };
            assert!(r.runs.iter().all(|x| x.outcome == want), "{ctx}: agreeing on {want}, not on a failure: {:?}", r.runs);
            assert!(r.comparisons.iter().all(|c| c.fixups_compared > 0), "{ctx}: fixups compared: {:?}", r.comparisons);
            assert!(r.runs.iter().all(|x| x.execution == r.runs[0].execution), "{ctx}: same way of running");
        }
    }
}

integration_test!(
    fn diff_workloads_agree_x86_64() {
        if covered_by_native_half("diff_workloads_agree_x86_64") {
            return;
        }
        workloads_agree(Arch::X86_64);
    }
);

integration_test!(
    fn diff_workloads_agree_aarch64() {
        if covered_by_native_half("diff_workloads_agree_aarch64") {
            return;
        }
        workloads_agree(Arch::Aarch64);
    }
);

integration_test!(
    /// `rtdyld-stock` under `scatter` against `rtdyld-rust`: `differ`, naming the fixup that is
    /// out of range; the exit status says so unless `--no-fail`.
    fn diff_scatter_names_the_out_of_range_fixup() {
        for arch in [Arch::Aarch64, Arch::X86_64] {
            let mut args =
                vec!["--workload", "issue9001", "--backends", "rtdyld-stock@scatter,rtdyld-rust", "--target", arch.name(), "--link-only"];
            if arch == Arch::X86_64 {
                // Small code model, PIC: the PC32 forms that scatter breaks on x86-64.
                args.extend(["--reloc", "pic", "--code-model", "small"]);
            }
            let (results, out) = diff_json(&args);
            let r = &results[0];
            let ctx = format!("{arch}: {}", r.verdict.summary());
            let UnitVerdict::Differ { backend, reference, first, .. } = &r.verdict else { panic!("{ctx}: expected differ") };
            assert_eq!((reference.as_str(), backend.as_str()), ("rtdyld-stock@scatter", "rtdyld-rust"), "{ctx}");
            assert_eq!(first.kind, jitharness::diff::DifferenceKind::Fixup, "{ctx}");
            let reloc = if arch == Arch::Aarch64 { "R_AARCH64_ADR_GOT_PAGE" } else { "R_X86_64_PC32" };
            assert!(first.item.contains(reloc) && first.item.contains("issue9001.i0.ll"), "{ctx}");
            assert!(first.reference.starts_with("out-of-range") && first.other == "ok", "{ctx}");
            assert_eq!(out.status.code(), Some(1), "{ctx}: differ fails the run");
            let text =
                String::from_utf8_lossy(&run(&["diff", "--no-fail"].iter().chain(&args).copied().collect::<Vec<_>>()).stdout).into_owned();
            assert!(text.contains("differ") && text.contains(reloc), "{ctx}: human output names it: {text}");
        }
    }
);

integration_test!(
    /// An object with a relocation RuntimeDyld has no handler for on AArch64
    /// (`R_AARCH64_MOVW_UABS_G0`, the checked form): RuntimeDyld ends the process, which the
    /// worker contains as a `crash` of that backend; the others' results stand.
    fn diff_crash_is_contained_to_its_backend() {
        let dir = tempfile::tempdir().unwrap();
        let asm =
            ".text\n.globl crash_fn\ncrash_fn:\n  movz x0, #:abs_g0:crash_data\n  ret\n.data\n.globl crash_data\ncrash_data:\n  .quad 7\n";
        let obj = jitharness::source::to_object(
            &jitharness::source::Input::ir(
                "crash.ll",
                format!("target triple = \"{}\"\nmodule asm \"{}\"\n", Arch::Aarch64.triple(), asm.replace('\n', "\\0A")),
            ),
            &jitharness::compile::CompileOptions::new(Arch::Aarch64),
            &mut Vec::new(),
        )
        .expect("assembles");
        let path = dir.path().join("crash.o");
        std::fs::write(&path, &obj.bytes).unwrap();
        let p = path.to_str().unwrap();
        let (results, out) = diff_json(&[p, "--backends", "rtdyld-stock,rtdyld-rust,jitlink-rust", "--target", "aarch64", "--link-only"]);
        let r = &results[0];
        let ctx = format!("{}; runs {:?}", r.verdict.summary(), r.runs.iter().map(|x| (&x.backend, &x.summary)).collect::<Vec<_>>());
        let UnitVerdict::Crash { backend, .. } = &r.verdict else { panic!("expected crash: {ctx}") };
        assert!(backend.starts_with("rtdyld-"), "{ctx}");
        let stock = &r.runs[0];
        assert_eq!(stock.outcome, OutcomeKind::Crash, "{ctx}");
        assert!(stock.summary.contains("LLVM ERROR") || stock.summary.contains("signal"), "{ctx}: says how it died");
        let jl = &r.runs[2];
        assert!(matches!(jl.outcome, OutcomeKind::LinkedOnly | OutcomeKind::Unsupported), "{ctx}: jitlink-rust has its own verdict");
        if jl.outcome == OutcomeKind::Unsupported {
            assert!(jl.summary.contains("R_AARCH64_MOVW_UABS_G0"), "{ctx}: names the relocation");
        }
        assert_eq!(out.status.code(), Some(1), "{ctx}");
    }
);

fn numba_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/numba")
}

fn corpus(dir: &Path, arch: Arch, out: &Path, extra: &[&str]) -> Output {
    let mut args =
        vec!["corpus", dir.to_str().unwrap(), "--target", arch.name(), "--backends", "all", "--out", out.to_str().unwrap(), "--no-fail"];
    args.extend_from_slice(extra);
    run(&args)
}

/// The checked-in Numba corpus through every backend, on both targets: every unit gets a
/// verdict, the summary lists the relocation types, and a re-run against itself as the
/// baseline reports no change.
fn numba_corpus_on(arch: Arch) {
    let tmp = tempfile::tempdir().unwrap();
    let mut src = numba_corpus();
    if jitharness::run::exec::emulation().is_some() {
        // Compiling 100 modules five times in an emulated LLVM takes many minutes; the
        // native half of the suite runs the whole corpus for both targets.
        src = src.join("exceptions");
        eprintln!("note: under qemu, the corpus test runs the `exceptions` program only");
    }
    let units = jitharness::diff::corpus::discover(&src).unwrap();
    assert!(!units.is_empty());
    let (first_out, second_out) = (tmp.path().join("first"), tmp.path().join("second"));
    let out = corpus(&src, arch, &first_out, &[]);
    assert!(out.status.success(), "corpus ran: {}", stderr(&out));
    let results = jitharness::diff::corpus::read_results(&first_out).unwrap();
    assert_eq!(results.len(), units.len(), "one verdict per unit");
    let summary = std::fs::read_to_string(first_out.join("summary.md")).unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), summary, "the summary is printed");
    let mut types = std::collections::BTreeSet::new();
    for r in &results {
        check_explained(r, arch);
        for run in &r.runs {
            if !matches!(run.outcome, OutcomeKind::Unsupported | OutcomeKind::Error | OutcomeKind::Crash | OutcomeKind::Timeout) {
                assert!(run.fixups > 0, "{} {}: fixups audited", r.unit.name, run.backend);
            }
            types.extend(run.relocation_types.keys().cloned());
        }
    }
    let prefix = if arch == Arch::Aarch64 { "R_AARCH64_" } else { "R_X86_64_" };
    assert!(types.iter().all(|t| t.starts_with(prefix)) && !types.is_empty(), "{types:?}");
    for t in &types {
        assert!(summary.contains(&format!("| {t} |")), "summary lists {t}:\n{summary}");
    }
    assert!(summary.contains(&format!("| agree | {} |", results.iter().filter(|r| r.verdict == UnitVerdict::Agree).count())), "{summary}");

    let again = corpus(&src, arch, &second_out, &["--baseline", first_out.to_str().unwrap()]);
    assert!(again.status.success(), "{}", stderr(&again));
    let summary2 = std::fs::read_to_string(second_out.join("summary.md")).unwrap();
    assert!(summary2.contains("## Against the baseline\n\nNo change."), "{summary2}");

    // A changed baseline is noticed: pretend the first unit used to agree on something else.
    let mut edited = results.clone();
    edited[0].runs[0].outcome = if edited[0].runs[0].outcome == OutcomeKind::Crash { OutcomeKind::Pass } else { OutcomeKind::Crash };
    let changes = jitharness::diff::corpus::compare_with_baseline(&edited, &results);
    assert_eq!(changes.regressed.len() + changes.fixed.len(), 1, "{changes:?}");
}

integration_test!(
    fn corpus_numba_x86_64() {
        if covered_by_native_half("corpus_numba_x86_64") {
            return;
        }
        numba_corpus_on(Arch::X86_64);
    }
);

integration_test!(
    fn corpus_numba_aarch64() {
        if covered_by_native_half("corpus_numba_aarch64") {
            return;
        }
        numba_corpus_on(Arch::Aarch64);
    }
);

integration_test!(
    /// `capture` on a tiny Numba script gives a corpus that `corpus` accepts.
    fn capture_tiny_numba_script() {
        if jitharness::run::exec::emulation().is_some() {
            eprintln!("note: skipped under qemu: capture runs the host's Python (the native half of the suite runs it)");
            return;
        }
        if jitharness::source::capture::find_python().is_none() {
            eprintln!("note: SKIPPED: no Python with Numba (scripts/setup-python.sh makes one; CI runs it)");
            return;
        }
        let tmp = tempfile::tempdir().unwrap();
        let script = tmp.path().join("tiny.py");
        std::fs::write(&script, "from numba import njit\n\n@njit\ndef add(a, b):\n    return a + b\n\nprint(add(2, 3))\n").unwrap();
        let captured = tmp.path().join("captured");
        let out = run(&["capture", "--out", captured.to_str().unwrap(), "--", "python", script.to_str().unwrap()]);
        assert!(out.status.success(), "capture: {}", stderr(&out));
        assert!(String::from_utf8_lossy(&out.stdout).contains("modules from tiny.py"), "{}", String::from_utf8_lossy(&out.stdout));
        let m = jitharness::source::capture::read_manifest(&captured.join("tiny")).unwrap();
        assert!(m.llvm.starts_with("14."), "llvmlite on LLVM 14: {}", m.llvm);
        assert!(
            m.modules.iter().any(|x| x.functions.iter().any(|f| f.contains("add"))),
            "the jitted function is captured: {:?}",
            m.modules
        );
        for arch in [Arch::X86_64, Arch::Aarch64] {
            let res = tmp.path().join(format!("res-{arch}"));
            let out = run(&[
                "corpus",
                captured.to_str().unwrap(),
                "--target",
                arch.name(),
                "--backends",
                "rtdyld-stock,rtdyld-rust",
                "--out",
                res.to_str().unwrap(),
            ]);
            assert!(out.status.success(), "{arch}: {}", stderr(&out));
            let results = jitharness::diff::corpus::read_results(&res).unwrap();
            assert_eq!(results.len(), 1);
            assert_eq!(results[0].verdict, UnitVerdict::Agree, "{arch}: {}", results[0].verdict.summary());
        }
    }
);

integration_test!(
    /// Sessions as Numba builds them: `linkonce_odr` and `common` definitions repeated across the
    /// modules of one session are not errors on any backend (the first serves); a second strong
    /// definition is, on every backend, naming the symbol and both modules.
    fn repeated_definitions_in_one_session() {
        let tmp = tempfile::tempdir().unwrap();
        let arch = Arch::host();
        let ptr = if jitharness::compile::opaque_pointers() { "ptr" } else { "i64*" };
        let module = |name: &str, extra: &str| {
            let ir = format!(
                "@env = common global i64 0\n\
             define linkonce_odr i64 @helper(i64 %x) {{\n  %r = add i64 %x, 1\n  ret i64 %r\n}}\n\
             {extra}"
            );
            let p = tmp.path().join(name);
            std::fs::write(&p, ir).unwrap();
            p.to_str().unwrap().to_string()
        };
        let a = module(
            "a.ll",
            &format!("define i64 @fa(i64 %x) {{\n  store i64 %x, {ptr} @env\n  %r = call i64 @helper(i64 %x)\n  ret i64 %r\n}}\n"),
        );
        let b = module(
            "b.ll",
            &format!("define i64 @fb(i64 %x) {{\n  %e = load i64, {ptr} @env\n  %r = call i64 @helper(i64 %e)\n  ret i64 %r\n}}\n"),
        );
        let (results, out) = diff_json(&[&a, &b, "--session", "--backends", "all", "--target", arch.name(), "--no-fail"]);
        let r = &results[0];
        check_explained(r, arch);
        if r.verdict == UnitVerdict::Agree {
            assert!(r.runs.iter().all(|x| x.outcome == OutcomeKind::Pass), "repeats are not errors: {:?} {}", r.runs, stderr(&out));
        }
        let c = module("c.ll", "define i64 @fa(i64 %x) {\n  ret i64 %x\n}\n");
        let (results, _) = diff_json(&[&a, &c, "--session", "--backends", "all", "--target", arch.name(), "--no-fail"]);
        let r = &results[0];
        assert_eq!(r.verdict, UnitVerdict::Agree, "every backend gives the same error: {}", r.verdict.summary());
        for run in &r.runs {
            assert_eq!(run.outcome, OutcomeKind::Error, "{}: {}", run.backend, run.summary);
            assert!(
                run.summary.contains("duplicate definition of `fa`") && run.summary.contains("c.ll") && run.summary.contains("a.ll"),
                "{}: {}",
                run.backend,
                run.summary
            );
        }
    }
);

/// The crashing object of [`diff_crash_is_contained_to_its_backend`], written to `path`.
fn write_crashing_object(path: &Path) {
    let asm =
        ".text\n.globl crash_fn\ncrash_fn:\n  movz x0, #:abs_g0:crash_data\n  ret\n.data\n.globl crash_data\ncrash_data:\n  .quad 7\n";
    let ir = format!("target triple = \"{}\"\nmodule asm \"{}\"\n", Arch::Aarch64.triple(), asm.replace('\n', "\\0A"));
    let obj = jitharness::source::to_object(
        &jitharness::source::Input::ir("crash.ll", ir),
        &jitharness::compile::CompileOptions::new(Arch::Aarch64),
        &mut Vec::new(),
    )
    .expect("assembles");
    std::fs::write(path, &obj.bytes).unwrap();
}

/// `results.jsonl` of a corpus run, timings dropped, in unit order, with LLVM's hash-ordered
/// symbol sets sorted (LLVM 14's JITLink errors list them in an order that changes from one
/// process to the next: `matrix::stable`).
fn results_without_timings(dir: &Path) -> Vec<String> {
    fn drop_elapsed(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.remove("elapsed_ms");
                m.values_mut().for_each(drop_elapsed);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(drop_elapsed),
            _ => {}
        }
    }
    let text = std::fs::read_to_string(dir.join("results.jsonl")).unwrap();
    let mut lines: Vec<String> = text
        .lines()
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
            drop_elapsed(&mut v);
            jitharness::matrix::stable(&v.to_string())
        })
        .collect();
    lines.sort();
    lines
}

integration_test!(
    /// Persistent workers fed jobs as data, each unit compiled once for every backend, give
    /// exactly the results of a fresh worker per job compiling for itself — including a unit
    /// whose object kills RuntimeDyld's process in the middle of the run (one worker, so the
    /// units before and after it go through the worker that dies and the one that replaces
    /// it). Cross-linked for AArch64: the same addresses in both runs.
    fn persistent_workers_match_fresh_ones_and_contain_a_crash() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = dir.path().join("corpus");
        std::fs::create_dir(&corpus).unwrap();
        let scalar = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/numba/scalar_math");
        for f in ["0000.ll", "0001.ll"] {
            std::fs::copy(scalar.join(f), corpus.join(format!("a-{f}"))).unwrap();
        }
        write_crashing_object(&corpus.join("b-crash.o"));
        std::fs::copy(scalar.join("0002.ll"), corpus.join("c-0002.ll")).unwrap();
        let run = |out: &Path, fresh: bool| {
            let mut cmd = harness();
            cmd.arg("corpus").arg(&corpus).args([
                "--target",
                "aarch64",
                "--backends",
                "rtdyld-stock,jitlink-rust",
                "--jobs",
                "1",
                "--no-fail",
            ]);
            if fresh {
                cmd.env("JITHARNESS_WORKER_JOBS", "1").env("JITHARNESS_COMPILE_ONCE", "0");
            } else {
                cmd.env_remove("JITHARNESS_WORKER_JOBS").env_remove("JITHARNESS_COMPILE_ONCE");
            }
            let o = cmd.arg("--out").arg(out).output().unwrap();
            assert!(o.status.success(), "corpus (fresh: {fresh}) failed:\n{}", stderr(&o));
            stderr(&o)
        };
        let pooled = run(&dir.path().join("pooled"), false);
        run(&dir.path().join("fresh"), true);
        let results = jitharness::diff::corpus::read_results(&dir.path().join("pooled")).unwrap();
        assert_eq!(results.len(), 4, "four units");
        let crash = results.iter().find(|r| r.unit.name.contains("b-crash")).expect("the crash unit");
        assert_eq!(crash.runs[0].outcome, OutcomeKind::Crash, "rtdyld-stock dies on it: {:?}", crash.runs[0]);
        // The others link, or are unsupported for a known reason (LLVM 14's JITLink lacks
        // most AArch64 relocations).
        for r in results.iter().filter(|r| !r.unit.name.contains("b-crash")) {
            for b in &r.runs {
                let known = b.outcome == OutcomeKind::Unsupported && b.defect.is_some();
                assert!(b.outcome == OutcomeKind::LinkedOnly || known, "{}: {b:?}", r.unit.name);
            }
            assert_eq!(r.runs[0].outcome, OutcomeKind::LinkedOnly, "{}: rtdyld-stock links it: {:?}", r.unit.name, r.runs[0]);
        }
        assert!(pooled.contains("3 compile-once jobs"), "the three IR units are compiled once each:\n{pooled}");
        assert_eq!(
            results_without_timings(&dir.path().join("pooled")),
            results_without_timings(&dir.path().join("fresh")),
            "persistent workers gave other results than fresh ones"
        );
    }
);

integration_test!(
    /// A `corpus` run killed midway continues with `--resume`: the units it finished are kept
    /// byte for byte and not run again, a last line cut off mid-write is dropped and its unit
    /// run again, and every unit ends up in `results.jsonl` exactly once. A directory holding
    /// another run (other backends) or a damaged line before the end is refused, naming the
    /// file and the line.
    fn a_killed_corpus_run_resumes_without_redoing_or_duplicating_units() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = dir.path().join("corpus");
        std::fs::create_dir(&corpus).unwrap();
        let scalar = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/numba/scalar_math");
        let mut modules: Vec<PathBuf> =
            std::fs::read_dir(&scalar).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "ll")).collect();
        modules.sort();
        // Six units: the module files repeated under their own names.
        for i in 0..6 {
            std::fs::copy(&modules[i % modules.len()], corpus.join(format!("m{i}.ll"))).unwrap();
        }
        let out = dir.path().join("out");
        let command_with = |backends: &str, extra: &[&str]| {
            let mut cmd = harness();
            cmd.arg("corpus").arg(&corpus).args(["--target", Arch::host().name(), "--backends", backends, "--jobs", "1", "--no-fail"]);
            cmd.arg("--out").arg(&out).args(extra);
            cmd
        };
        let command = |extra: &[&str]| command_with("rtdyld-stock,rtdyld-rust", extra);
        let results = out.join("results.jsonl");
        let lines = |p: &Path| std::fs::read_to_string(p).unwrap_or_default().lines().count();
        // Kill the run once it has finished a unit (if it finishes first, cut its output to
        // what a kill after two units leaves: the same state).
        let mut child = command(&[]).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn().unwrap();
        let killed = loop {
            if let Some(status) = child.try_wait().unwrap() {
                assert!(status.success(), "the first run failed: {status}");
                break false;
            }
            if lines(&results) >= 1 {
                child.kill().unwrap();
                child.wait().unwrap();
                break true;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        };
        let text = std::fs::read_to_string(&results).unwrap();
        let mut kept: Vec<&str> = text.lines().collect();
        if !killed {
            kept.truncate(2);
        }
        assert!(!kept.is_empty() && kept.len() < 6, "{} lines kept of 6 units", kept.len());
        let kept_text: String = kept.iter().map(|l| format!("{l}\n")).collect();
        // The next unit's line, cut off mid-write.
        let partial = format!("{kept_text}{{\"schema\":\"jitharness/diff/v1\",\"unit\":{{\"na");
        std::fs::write(&results, &partial).unwrap();

        let o = command(&["--resume"]).output().unwrap();
        assert!(o.status.success(), "the resumed run failed:\n{}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains(&format!("{} of 6 units finished; a cut-off last line was dropped", kept.len())),
            "the resume says what it kept:\n{err}"
        );
        let after = std::fs::read_to_string(&results).unwrap();
        assert!(after.starts_with(&kept_text), "the finished units' lines are kept as they were");
        let names: Vec<String> = jitharness::diff::corpus::read_results(&out).unwrap().into_iter().map(|r| r.unit.name).collect();
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!((names.len(), unique.len()), (6, 6), "every unit once: {names:?}");
        let t: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.join("throughput.json")).unwrap()).unwrap();
        assert_eq!(t["units"], 6 - kept.len() as u64, "only the unfinished units ran: {t}");
        let summary = std::fs::read_to_string(out.join("summary.md")).unwrap();
        assert!(summary.contains("## Verdicts (6 units)"), "the summary covers the whole run:\n{summary}");

        // Another run's directory: refused, naming the file and what differs.
        let o = command_with("rtdyld-stock,jitlink-rust", &["--resume"]).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("results.jsonl: cannot resume") && stderr(&o).contains("this run asks for rtdyld-stock, jitlink-rust"),
            "{}",
            stderr(&o)
        );
        // A damaged line with lines after it: refused, the line named.
        let mut damaged: Vec<String> = after.lines().map(String::from).collect();
        damaged[1] = "{not json".into();
        std::fs::write(&results, damaged.join("\n") + "\n").unwrap();
        let o = command(&["--resume"]).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("line 2 is not a unit result") && stderr(&o).contains("the file is damaged"), "{}", stderr(&o));
    }
);
