//! How modules are compiled: the IR pipeline (`--passes`) apart from the code generation
//! level (`--opt`), the CPU (`--cpu`), and captured Numba modules compiled as the JIT did.

use crate::common::{covered_by_native_half, link_json, run, stderr};
use jitharness::compile::{Cpu, Passes};
use jitharness::report::{CallStatus, LinkReport};
use jitharness::target::Arch;
use std::path::Path;

/// `f(x) = helper(x) * 2 + 1` with `helper` internal and small (O2 inlines it), plus an
/// internal function nothing calls (O2 deletes it). Without IR passes both stay, with their
/// calls' and unwind tables' relocations.
const MODULE: &str = "\
define internal i64 @helper(i64 %x) {
  %r = mul i64 %x, 3
  ret i64 %r
}

define internal i64 @unused(i64 %x) {
  %r = add i64 %x, 7
  ret i64 %r
}

define i64 @f(i64 %x) {
  %h = call i64 @helper(i64 %x)
  %d = mul i64 %h, 2
  %r = add i64 %d, 1
  ret i64 %r
}
";

/// f(5) for [`MODULE`].
const F_OF_5: i64 = 31;

fn module_file(dir: &Path) -> String {
    let p = dir.join("inline.ll");
    std::fs::write(&p, MODULE).unwrap();
    p.to_str().unwrap().to_string()
}

/// `link FILE --call f 5 EXTRA --json` on the host; checks the call and returns the report.
fn link_f(file: &str, extra: &[&str]) -> LinkReport {
    let mut args = vec![file, "--call", "f", "5"];
    args.extend_from_slice(extra);
    let (r, out) = link_json(&args);
    assert!(out.status.success(), "link {extra:?}: {}\n{}", r.outcome.summary(), stderr(&out));
    let call = r.calls.first().unwrap_or_else(|| panic!("{extra:?}: f was called"));
    // `--call` gives no expected value: the call returns, the test checks the value.
    assert_eq!((call.actual, call.status), (Some(F_OF_5), CallStatus::Returned), "{extra:?}: f(5)");
    assert_eq!(r.objects.len(), 1, "{extra:?}: one object");
    r
}

integration_test!(
    /// `--passes none` and `--passes O2` give different objects from the same module (O2
    /// inlines the helper and drops the dead function: fewer relocations); `--opt` given with
    /// `--passes` sets only the code generation level; `--opt` alone keeps the old meaning.
    fn passes_and_codegen_level_are_separate() {
        let tmp = tempfile::tempdir().unwrap();
        let file = module_file(tmp.path());
        let none = link_f(&file, &["--passes", "none", "--opt", "2"]);
        let o2 = link_f(&file, &["--passes", "O2", "--opt", "2"]);
        assert_eq!((none.compile.passes, none.compile.opt_level), (Passes::None, 2), "recorded as given");
        assert_eq!((o2.compile.passes, o2.compile.opt_level), (Passes::O2, 2), "recorded as given");
        let (rn, r2) = (none.objects[0].relocations, o2.objects[0].relocations);
        assert!(rn > r2, "without IR passes the helper call and the dead function stay: {rn} relocations vs {r2} with O2");

        // The code generation level does not bring the IR pipeline with it when --passes is given.
        let none_o3 = link_f(&file, &["--passes", "none", "--opt", "3"]);
        let o2_o3 = link_f(&file, &["--passes", "o2", "--opt", "3"]);
        assert_eq!((none_o3.compile.passes, none_o3.compile.opt_level), (Passes::None, 3));
        assert_eq!(o2_o3.compile.passes, Passes::O2, "--passes is case-insensitive");
        assert!(
            none_o3.objects[0].relocations > o2_o3.objects[0].relocations,
            "--opt 3 ran no IR passes: {} vs {}",
            none_o3.objects[0].relocations,
            o2_o3.objects[0].relocations
        );

        // --opt alone: passes at the same level, as before --passes existed.
        let opt2 = link_f(&file, &["--opt", "2"]);
        assert_eq!((opt2.compile.passes, opt2.compile.opt_level), (Passes::O2, 2), "--opt 2 alone");
        assert_eq!(
            (opt2.objects[0].size, opt2.objects[0].relocations),
            (o2.objects[0].size, o2.objects[0].relocations),
            "--opt 2 alone is --passes O2 --opt 2"
        );
        let opt0 = link_f(&file, &["--opt", "0"]);
        assert_eq!(opt0.compile.passes, Passes::None, "--opt 0 alone ran no IR passes, as before");
        let default = link_f(&file, &[]);
        assert_eq!((default.compile.passes, default.compile.opt_level, default.compile.cpu), (Passes::O2, 2, Cpu::GENERIC));

        // `compile` writes the same objects.
        let obj = |name: &str, extra: &[&str]| {
            let out_path = tmp.path().join(name);
            let mut args = vec!["compile", &file, "-o", out_path.to_str().unwrap()];
            args.extend_from_slice(extra);
            let out = run(&args);
            assert!(out.status.success(), "compile {extra:?}: {}", stderr(&out));
            std::fs::metadata(&out_path).unwrap().len()
        };
        assert_eq!(obj("none.o", &["--passes", "none"]), none.objects[0].size, "compile --passes none");
        assert_eq!(obj("o2.o", &["--passes", "O2"]), o2.objects[0].size, "compile --passes O2");

        // The text report says how it compiled.
        let out = run(&["link", &file, "--passes", "none", "--opt", "1", "--link-only"]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("compiled with passes none, codegen -O1, cpu generic"), "{text}");
    }
);

integration_test!(
    /// `--cpu host` is this machine's CPU for the host's architecture, and a usage error (exit
    /// 2, naming why) for the other one; a CPU this LLVM does not know is one too.
    fn cpu_host_and_unknown_cpus() {
        let tmp = tempfile::tempdir().unwrap();
        let file = module_file(tmp.path());
        let host = jitharness::compile::host_cpu().expect("a host CPU name");
        let r = link_f(&file, &["--cpu", "host"]);
        assert_eq!(r.compile.cpu, host, "--cpu host is LLVM's host CPU name");
        let named = link_f(&file, &["--cpu", host.as_str(), "--passes", "none"]);
        assert_eq!(named.compile.cpu, host, "a CPU given by name");

        let other = Arch::ALL.into_iter().find(|a| *a != Arch::host()).unwrap();
        for cmd in [
            vec!["link", &file, "--target", other.name(), "--link-only", "--cpu", "host"],
            vec!["compile", &file, "--target", other.name(), "--cpu", "host", "-o", "/dev/null"],
        ] {
            let out = run(&cmd);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{cmd:?}: a usage error: {err}");
            assert!(err.contains("--cpu host") && err.contains(&format!("the target is {other}")), "{cmd:?}: {err}");
        }
        let out = run(&["link", &file, "--link-only", "--cpu", "no-such-cpu-9"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("no-such-cpu-9") && err.contains("does not know"), "{err}");
    }
);

integration_test!(
    /// A job written before the pipeline and the CPU were recorded (its `compile` without
    /// `passes` and `cpu`) still runs `default<On>` at its level for the generic CPU.
    fn old_job_json_keeps_its_pipeline() {
        let tmp = tempfile::tempdir().unwrap();
        let file = module_file(tmp.path());
        let mut job = jitharness::run::job::LinkJob::new(jitharness::backend::BackendKind::RtdyldStock, Arch::host());
        job.inputs = vec![file.into()];
        job.link_only = true;
        let mut value = serde_json::to_value(&job).unwrap();
        let compile = value["compile"].as_object_mut().unwrap();
        assert!(compile.remove("passes").is_some() && compile.remove("cpu").is_some(), "the new fields are written: {compile:?}");
        compile.insert("opt_level".into(), 1.into());
        let mut child = crate::common::harness()
            .arg("worker")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().unwrap();
            stdin.write_all(serde_json::to_string(&value).unwrap().as_bytes()).unwrap();
        }
        let out = child.wait_with_output().unwrap();
        let r: LinkReport = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)));
        assert_eq!((r.compile.passes, r.compile.opt_level, r.compile.cpu), (Passes::O1, 1, Cpu::GENERIC), "{}", r.outcome.summary());
    }
);

/// `corpus DIR --target host --backends rtdyld-stock,rtdyld-rust --out OUT EXTRA`.
fn corpus_results(dir: &Path, out: &Path, extra: &[&str]) -> Vec<jitharness::diff::UnitResult> {
    crate::common::use_harness_for_workers();
    let mut args = vec!["corpus", dir.to_str().unwrap(), "--target", Arch::host().name(), "--backends", "rtdyld-stock,rtdyld-rust"];
    args.extend_from_slice(&["--out", out.to_str().unwrap()]);
    args.extend_from_slice(extra);
    let o = run(&args);
    assert!(o.status.success(), "corpus {extra:?}: {}", stderr(&o));
    jitharness::diff::corpus::read_results(out).unwrap()
}

integration_test!(
    /// The checked-in captures (manifests from before the JIT's settings were recorded) are
    /// compiled with no IR passes at Numba's default level 3, for the generic CPU, and the
    /// results and summary say so; the command line overrides.
    fn corpus_compiles_captures_without_ir_passes() {
        if covered_by_native_half("compile_opts::corpus_compiles_captures_without_ir_passes") {
            return;
        }
        let tmp = tempfile::tempdir().unwrap();
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/numba/scalar_math");
        let m = jitharness::source::capture::read_manifest(&src).unwrap();
        assert!(m.jit.is_none(), "this capture predates the recorded settings");
        let results = corpus_results(&src, &tmp.path().join("default"), &[]);
        assert_eq!(results.len(), 1);
        let r = &results[0];
        let c = r.compile.expect("the result records how it compiled");
        assert_eq!((c.passes, c.opt_level, c.cpu), (Passes::None, 3, Cpu::GENERIC), "as the JIT did, Numba's default level");
        assert_eq!(r.unit.compile, Some(c), "the unit records it too");
        assert!(r.runs.len() == 2 && r.runs.iter().all(|x| x.fixups > 0), "both backends linked and audited it: {}", r.verdict.summary());
        assert!(r.unit.notes.iter().any(|n| n.contains("NUMBA_OPT=3")), "the assumption is said: {:?}", r.unit.notes);
        let summary = std::fs::read_to_string(tmp.path().join("default/summary.md")).unwrap();
        assert!(summary.contains("compiled with passes none, codegen -O3"), "{summary}");

        let given = corpus_results(&src, &tmp.path().join("given"), &["--passes", "O2", "--opt", "1"]);
        let c = given[0].compile.unwrap();
        assert_eq!((c.passes, c.opt_level), (Passes::O2, 1), "the command line wins");
    }
);

integration_test!(
    /// A real Numba program at NUMBA_OPT=0: the manifest records the JIT's level 0 and its CPU;
    /// `corpus` compiles it with no IR passes at -O0 for that CPU (when this LLVM knows it),
    /// and `--passes O2` gives objects with other relocations.
    fn capture_records_the_jit_settings() {
        if jitharness::run::exec::emulation().is_some() {
            eprintln!("note: skipped under qemu: capture runs the host's Python (the native half runs it)");
            return;
        }
        let Some(python) = jitharness::source::capture::find_python() else {
            eprintln!("note: SKIPPED: no Python with Numba (scripts/setup-python.sh makes one)");
            return;
        };
        let tmp = tempfile::tempdir().unwrap();
        let script = tmp.path().join("tiny_opt0.py");
        std::fs::write(
            &script,
            "from numba import njit\n\n@njit\ndef sq(x):\n    return x * x\n\n@njit\ndef f(a, b):\n    return sq(a) + sq(b)\n\nprint(f(3, 4))\n",
        )
        .unwrap();
        let captured = tmp.path().join("captured");
        let out = crate::common::harness()
            .args(["capture", "--out", captured.to_str().unwrap(), "--", "python", script.to_str().unwrap()])
            .env("NUMBA_OPT", "0")
            .output()
            .unwrap();
        assert!(out.status.success(), "capture: {}", stderr(&out));
        let m = jitharness::source::capture::read_manifest(&captured.join("tiny_opt0")).unwrap();
        let jit = m.jit.clone().expect("the manifest records the JIT's settings");
        assert_eq!((jit.opt_level, jit.numba_opt.as_str(), jit.source.as_str()), (0, "0", "target-machine"), "{jit:?}");
        let llvmlite_cpu = std::process::Command::new(&python)
            .args(["-c", "import llvmlite.binding as ll; ll.initialize(); ll.initialize_native_target(); print(ll.get_host_cpu_name())"])
            .output()
            .unwrap();
        let llvmlite_cpu = String::from_utf8_lossy(&llvmlite_cpu.stdout).trim().to_string();
        assert!(!llvmlite_cpu.is_empty(), "llvmlite names the host CPU");
        assert_eq!(jit.cpu, llvmlite_cpu, "the JIT's CPU is llvmlite's host CPU (NUMBA_CPU_NAME unset)");
        assert!(jit.features.contains('+'), "the target machine's features: {}", jit.features);
        assert_eq!(m.captured_arch(), Some(Arch::host()));

        let results = corpus_results(&captured, &tmp.path().join("jit"), &[]);
        let c = results[0].compile.unwrap();
        assert_eq!((c.passes, c.opt_level), (Passes::None, 0), "as the JIT did");
        match Cpu::new(&jit.cpu) {
            Ok(cpu) if jitharness::compile::cpu_is_known(Arch::host(), cpu) => {
                assert_eq!(c.cpu, cpu, "the JIT's CPU, known to this LLVM");
                assert!(results[0].unit.notes.is_empty(), "nothing assumed: {:?}", results[0].unit.notes);
            }
            _ => {
                assert_eq!(c.cpu, Cpu::GENERIC);
                assert!(results[0].unit.notes.iter().any(|n| n.contains("not known")), "{:?}", results[0].unit.notes);
            }
        }
        let o2 = corpus_results(&captured, &tmp.path().join("o2"), &["--passes", "O2"]);
        assert_eq!(o2[0].compile.unwrap().passes, Passes::O2);
        let fixups = |r: &[jitharness::diff::UnitResult]| r[0].runs[0].fixups;
        assert_ne!(fixups(&results), fixups(&o2), "NUMBA_OPT=0 modules through O2 are other objects");
    }
);
