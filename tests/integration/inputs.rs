//! File inputs (.ll, .bc, .o), symbol resolution, and bad input: every failure is a clear
//! error naming the file (or symbol) and a non-zero exit, never a crash.

use crate::common::*;
use jitharness::report::{CallStatus, Outcome};
use jitharness::target::Arch;
use std::path::Path;

const ADD_IR_TYPED: &str = "define i64 @add3(i64 %a, i64 %b, i64 %c) {\n  %x = add i64 %a, %b\n  %y = add i64 %x, %c\n  ret i64 %y\n}\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write temp file");
    p.display().to_string()
}

/// A process that ended by itself (not by a signal) with a non-zero status.
fn assert_clean_failure(out: &std::process::Output, ctx: &str) {
    assert!(out.status.code().is_some(), "{ctx}: killed by a signal: {:?}; stderr: {}", out.status, stderr(out));
    assert!(!out.status.success(), "{ctx}: must fail");
}

integration_test!(
    fn ir_bitcode_and_object_inputs_link_and_run() {
        let dir = tempfile::tempdir().unwrap();
        let ll = write(dir.path(), "add.ll", ADD_IR_TYPED.as_bytes());
        let arch = Arch::host();
        // Bitcode and object files made by the harness itself.
        let bc = dir.path().join("add.bc").display().to_string();
        let o = dir.path().join("add.o").display().to_string();
        let out = run(&["compile", &ll, "--emit", "bc", "-o", &bc, "--target", arch.name()]);
        assert!(out.status.success(), "compile to bitcode: {}", stderr(&out));
        let out = run(&["compile", &ll, "--emit", "obj", "-o", &o, "--target", arch.name()]);
        assert!(out.status.success(), "compile to object: {}", stderr(&out));
        for f in [&ll, &bc, &o] {
            let (r, out) = link_json(&[f, "--target", arch.name(), "--call", "add3", "40", "1", "1"]);
            assert_eq!(r.outcome, Outcome::Pass, "{f}: {}", stderr(&out));
            assert_eq!(r.calls[0].actual, Some(42), "{f}: add3(40, 1, 1)");
            assert_eq!(r.calls[0].status, CallStatus::Returned, "{f}: no expectation given, so `returned`");
        }
    }
);

integration_test!(
    fn module_for_another_triple_is_retargeted_with_a_note() {
        let dir = tempfile::tempdir().unwrap();
        let text = format!("target triple = \"riscv64-unknown-linux-gnu\"\n{ADD_IR_TYPED}");
        let ll = write(dir.path(), "rv.ll", text.as_bytes());
        let (r, _) = link_json(&[&ll, "--target", Arch::host().name(), "--call", "add3", "1", "2", "3"]);
        assert_eq!(r.calls[0].actual, Some(6), "retargeted module runs");
        assert!(r.notes.iter().any(|n| n.contains("riscv64-unknown-linux-gnu") && n.contains("retargeted")), "note: {:?}", r.notes);
    }
);

integration_test!(
    fn ir_syntax_error_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let ll = write(dir.path(), "broken.ll", b"define i64 @f() {\n  ret i64 %nope\n}\n");
        let out = run(&["link", &ll]);
        assert_clean_failure(&out, "syntax error");
        let (r, _) = link_json(&[&ll]);
        let Outcome::Error { message } = &r.outcome else { panic!("error outcome expected, got {:?}", r.outcome) };
        assert!(message.contains("broken.ll:2:"), "names file and line: {message}");
    }
);

integration_test!(
    fn truncated_bitcode_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let ll = write(dir.path(), "add.ll", ADD_IR_TYPED.as_bytes());
        let bc = dir.path().join("add.bc").display().to_string();
        assert!(run(&["compile", &ll, "--emit", "bc", "-o", &bc]).status.success(), "make bitcode");
        let bytes = std::fs::read(&bc).unwrap();
        let cut = write(dir.path(), "cut.bc", &bytes[..bytes.len() / 2]);
        let out = run(&["link", &cut]);
        assert_clean_failure(&out, "truncated bitcode");
        let (r, _) = link_json(&[&cut]);
        let Outcome::Error { message } = &r.outcome else { panic!("error outcome expected, got {:?}", r.outcome) };
        assert!(message.contains("cut.bc") && message.contains("bitcode"), "{message}");
    }
);

integration_test!(
    fn bad_objects_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let not_elf = write(dir.path(), "text.o", b"this is not an object file\n");
        let (r, out) = link_json(&[&not_elf]);
        assert_clean_failure(&out, "non-ELF .o");
        assert!(
            matches!(&r.outcome, Outcome::Error { message } if message.contains("text.o") && message.contains("not an ELF")),
            "{:?}",
            r.outcome
        );

        let ll = write(dir.path(), "add.ll", ADD_IR_TYPED.as_bytes());
        let o = dir.path().join("add.o").display().to_string();
        assert!(run(&["compile", &ll, "-o", &o, "--target", "x86_64"]).status.success(), "make object");
        let bytes = std::fs::read(&o).unwrap();
        let cut = write(dir.path(), "cut.o", &bytes[..100]);
        let (r, out) = link_json(&[&cut, "--target", "x86_64"]);
        assert_clean_failure(&out, "truncated .o");
        assert!(matches!(&r.outcome, Outcome::Error { message } if message.contains("cut.o")), "{:?}", r.outcome);

        // An x86_64 object given to an aarch64 link.
        let (r, out) = link_json(&[&o, "--target", "aarch64", "--link-only"]);
        assert_clean_failure(&out, "wrong machine");
        assert!(
            matches!(&r.outcome, Outcome::Error { message } if message.contains("add.o") && message.contains("x86_64") && message.contains("aarch64")),
            "{:?}",
            r.outcome
        );
    }
);

integration_test!(
    fn unresolved_symbols_are_listed_or_stubbed() {
        let dir = tempfile::tempdir().unwrap();
        let ir = if jitharness::compile::opaque_pointers() {
            "declare i64 @jh_missing_one(i64)\ndeclare i64 @jh_missing_two(i64)\n@jh_missing_data = external global i64\n\
         define i64 @safe(i64 %x) {\n  ret i64 %x\n}\n\
         define i64 @uses(i64 %x) {\n  %a = call i64 @jh_missing_one(i64 %x)\n  %b = call i64 @jh_missing_two(i64 %a)\n  %c = load i64, ptr @jh_missing_data\n  %d = add i64 %b, %c\n  ret i64 %d\n}\n"
        } else {
            "declare i64 @jh_missing_one(i64)\ndeclare i64 @jh_missing_two(i64)\n@jh_missing_data = external global i64\n\
         define i64 @safe(i64 %x) {\n  ret i64 %x\n}\n\
         define i64 @uses(i64 %x) {\n  %a = call i64 @jh_missing_one(i64 %x)\n  %b = call i64 @jh_missing_two(i64 %a)\n  %c = load i64, i64* @jh_missing_data\n  %d = add i64 %b, %c\n  ret i64 %d\n}\n"
        };
        let ll = write(dir.path(), "needs.ll", ir.as_bytes());
        let (r, out) = link_json(&[&ll]);
        assert_clean_failure(&out, "unresolved");
        let Outcome::Error { message } = &r.outcome else { panic!("error outcome expected, got {:?}", r.outcome) };
        for s in ["jh_missing_one", "jh_missing_two", "jh_missing_data", "needs.ll"] {
            assert!(message.contains(s), "names {s}: {message}");
        }

        // With stubs, the module links and what does not touch the stubs runs.
        let (r, out) = link_json(&[&ll, "--stub-unresolved", "--call", "safe", "7"]);
        assert_eq!(r.outcome, Outcome::Pass, "stubbed link: {}", stderr(&out));
        assert_eq!(r.calls[0].actual, Some(7), "safe(7)");
        assert!(r.notes.iter().any(|n| n.contains("jh_missing_one") && n.contains("trap stub")), "{:?}", r.notes);
        // Stubs are the harness's own code, not objects: the report's objects are the user's.
        assert_eq!(r.objects.iter().map(|o| o.name.as_str()).collect::<Vec<_>>(), [ll.as_str()], "only the user's object");
        let stubbed: Vec<&str> = r
            .imports
            .iter()
            .filter(|i| i.source == jitharness::backend::resolve::SymbolSource::TrapStub)
            .map(|i| i.name.as_str())
            .collect();
        assert_eq!(stubbed, ["jh_missing_data", "jh_missing_one", "jh_missing_two"], "each bound to a stub: {:?}", r.imports);

        // Calling into a stub ends the job: a failure naming the symbol (the worker exits
        // with the trap status; run in process, the harness itself does).
        let (r, out) = link_json(&[&ll, "--stub-unresolved", "--call", "uses", "1"]);
        let Outcome::Fail { reason } = &r.outcome else { panic!("a trap is a failed job: {}; {}", r.outcome.summary(), stderr(&out)) };
        assert!(reason.contains("`jh_missing_one`") && reason.contains("trap stub"), "names the symbol: {reason}");
        assert_eq!(out.status.code(), Some(1), "exit status of a failed job");
        let out = run(&["link", &ll, "--stub-unresolved", "--call", "uses", "1", "--in-process"]);
        assert_eq!(out.status.code(), Some(jitharness::run::call::TRAP_EXIT_CODE), "trap exit status; stderr: {}", stderr(&out));
        assert!(stderr(&out).contains("jh_missing_one"), "stderr names the symbol: {}", stderr(&out));
    }
);

integration_test!(
    fn missing_input_file_is_an_error() {
        let out = run(&["link", "/nonexistent/dir/m.ll"]);
        assert_clean_failure(&out, "missing file");
        let (r, _) = link_json(&["/nonexistent/dir/m.ll"]);
        assert!(matches!(&r.outcome, Outcome::Error { message } if message.contains("/nonexistent/dir/m.ll")), "{:?}", r.outcome);
    }
);

integration_test!(
    fn assembly_inputs_are_assembled_in_process_and_errors_name_the_line() {
        let dir = tempfile::tempdir().unwrap();
        // The same function in each target's assembly: returns its argument plus 41.
        let src = match Arch::host() {
            Arch::X86_64 => "\t.text\n\t.globl\tplus41\n\t.type\tplus41,@function\nplus41:\n\tleaq\t41(%rdi), %rax\n\tretq\n",
            Arch::Aarch64 => "\t.text\n\t.globl\tplus41\n\t.type\tplus41,%function\nplus41:\n\tadd\tx0, x0, #41\n\tret\n",
        };
        let s = write(dir.path(), "plus41.s", src.as_bytes());
        let (r, out) = link_json(&[&s, "--target", Arch::host().name(), "--call", "plus41", "1"]);
        assert_eq!(r.outcome, Outcome::Pass, "assembly input links and runs: {}", stderr(&out));
        assert_eq!(r.calls[0].actual, Some(42), "plus41(1)");
        // A quote inside a directive survives the trip through `module asm`.
        let quoted = write(dir.path(), "quoted.s", b"\t.section .rodata\n\t.ascii \"a\\\"b\\\\c\"\n");
        let (r, out) = link_json(&[&quoted, "--link-only"]);
        assert!(matches!(r.outcome, Outcome::LinkedOnly { .. }), "quotes and backslashes: {} {}", r.outcome.summary(), stderr(&out));
        let bad = write(dir.path(), "bad.s", b"\t.text\n\tnot_an_instruction x0\n");
        let out = run(&["link", &bad, "--link-only"]);
        assert_clean_failure(&out, "bad assembly");
        let e = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
        assert!(e.contains("bad.s") && e.contains("not_an_instruction") && e.contains(":2:"), "names file, mnemonic and line: {e}");
    }
);

integration_test!(
    fn an_llvm_abort_in_link_is_a_crash_result_naming_object_and_relocations() {
        // RuntimeDyld's x86-64 resolver aborts the process ("Relocation type not implemented
        // yet!") on R_X86_64_PC16 and R_X86_64_SIZE32. `link --json` isolates by default, so
        // the abort is this job's result, naming the step, the object and its relocations.
        let dir = tempfile::tempdir().unwrap();
        let s = write(dir.path(), "pc16.s", b"\t.text\n\t.globl g\ng:\n\tret\n\t.data\n\t.short g - .\n\t.long g@SIZE\n");
        let (r, out) = link_json(&[&s, "--target", "x86_64", "--backend", "rtdyld-stock", "--link-only", "--audit"]);
        let Outcome::Crash { during, assertion, .. } = &r.outcome else {
            panic!(
                "RuntimeDyld now links R_X86_64_PC16/SIZE32 (outcome {}): make this a linking test; stderr {}",
                r.outcome.summary(),
                stderr(&out)
            )
        };
        assert!(
            during.contains("pc16.s") && during.contains("R_X86_64_PC16") && during.contains("R_X86_64_SIZE32"),
            "names them: {during}"
        );
        assert!(assertion.as_deref().is_some_and(|a| a.contains("Relocation type not implemented")), "LLVM's message: {assertion:?}");
        assert_eq!(r.objects.len(), 1, "the object that was loaded is in the report");
        // Opting out runs it here: the abort then ends the process, as a debugger wants.
        let out = run(&["link", &s, "--target", "x86_64", "--link-only", "--in-process"]);
        assert!(out.status.code().is_none(), "--in-process: the abort kills the harness itself: {:?}", out.status);
    }
);

const TWICE_IR: &str = "declare i64 @helper(i64)\n\
define i64 @twice(i64 %x) {\n  %r = call i64 @helper(i64 %x)\n  ret i64 %r\n}\n";
const HELPER_IR: &str = "define i64 @helper(i64 %x) {\n  %r = mul i64 %x, 2\n  ret i64 %r\n}\n";

integration_test!(
    /// `--rename-per-iteration`: the same files load into one session again and again, their
    /// strong definitions (and the references between the files) renamed per load; without
    /// it the second load is the duplicate-definition error. Object files rename too.
    fn rename_per_iteration_loads_one_module_many_times() {
        let dir = tempfile::tempdir().unwrap();
        let arch = Arch::host();
        let a = write(dir.path(), "twice.ll", TWICE_IR.as_bytes());
        let b = write(dir.path(), "helper.ll", HELPER_IR.as_bytes());
        let o = dir.path().join("helper.o").display().to_string();
        let out = run(&["compile", &b, "--emit", "obj", "-o", &o, "--target", arch.name()]);
        assert!(out.status.success(), "compile to object: {}", stderr(&out));

        let (r, _) = link_json(&[&a, &b, "--target", arch.name(), "--iterations", "3"]);
        let Outcome::Error { message } = &r.outcome else { panic!("a second load without renaming: {:?}", r.outcome) };
        assert!(
            message.contains("duplicate definition of `twice`") && message.contains("iteration 1"),
            "names the symbol and the load: {message}"
        );

        for helper in [&b, &o] {
            let (r, out) = link_json(&[
                &a,
                helper,
                "--target",
                arch.name(),
                "--iterations",
                "3",
                "--rename-per-iteration",
                "--audit",
                "--call",
                "twice",
                "21",
            ]);
            let ctx = format!("with {helper}: {:?}; {}", r.outcome, stderr(&out));
            assert_eq!(r.iterations_completed, 3, "{ctx}");
            let defined: Vec<&str> = r.objects.iter().flat_map(|o| o.defined.iter().map(String::as_str)).collect();
            for name in ["twice", "helper", "twice.1", "helper.1", "twice.2", "helper.2"] {
                assert!(defined.contains(&name), "{name} defined; defined: {defined:?}; {ctx}");
            }
            let undefined: Vec<&str> = r.objects.iter().flat_map(|o| o.undefined.iter().map(String::as_str)).collect();
            assert!(undefined.contains(&"helper.2"), "the reference follows the rename: {undefined:?}");
            assert!(r.audits.iter().all(|a| a.counts.out_of_range + a.counts.wrong_target == 0), "{ctx}");
            if can_run(arch) {
                let c = r.calls.first().unwrap_or_else(|| panic!("the call ran: {ctx}"));
                assert_eq!((c.symbol.as_str(), c.actual), ("twice.2", Some(42)), "the last load's copy is called: {ctx}");
            }
        }
    }
);

/// A module calling the CPython API, as Numba's generated code does.
fn cpython_caller_ir() -> String {
    let ptr = if jitharness::compile::opaque_pointers() { "ptr" } else { "i8*" };
    format!(
        "declare {ptr} @PyLong_FromLongLong(i64)\ndeclare i64 @jh_plain_missing(i64)\n\
         define {ptr} @boxit(i64 %x) {{\n  %r = call {ptr} @PyLong_FromLongLong(i64 %x)\n  ret {ptr} %r\n}}\n\
         define i64 @plain(i64 %x) {{\n  ret i64 %x\n}}\n"
    )
}

integration_test!(
    /// `--externals python-nonpie`: the CPython API sits where Debian's non-PIE python3.11
    /// has it (below 4 GiB, far from JIT memory), on both targets; in process as trap stubs
    /// mapped there, so the link and the run see the real distance; the result records the
    /// model, and other unresolved symbols are still errors.
    fn python_nonpie_externals_sit_in_the_python_image() {
        use jitharness::backend::resolve::SymbolSource;
        let image = jitharness::source::externals::CPYTHON_IMAGE;
        let dir = tempfile::tempdir().unwrap();
        let ll = write(dir.path(), "box.ll", cpython_caller_ir().replace("declare i64 @jh_plain_missing(i64)\n", "").as_bytes());
        for arch in [Arch::X86_64, Arch::Aarch64] {
            let (r, out) = link_json(&[&ll, "--target", arch.name(), "--externals", "python-nonpie", "--audit", "--call", "plain", "3"]);
            let ctx = format!("{arch}: {:?}; {}", r.outcome, stderr(&out));
            assert_eq!(r.externals, jitharness::source::externals::Externals::PythonNonPie, "recorded: {ctx}");
            let import = r.imports.iter().find(|i| i.name == "PyLong_FromLongLong").unwrap_or_else(|| panic!("imported: {ctx}"));
            assert_eq!(import.source, SymbolSource::Modeled, "{ctx}");
            assert!(image.contains(&import.address), "{:#x} inside the python image: {ctx}", import.address);
            assert!(r.audits.iter().all(|a| a.counts.out_of_range + a.counts.wrong_target == 0), "audited clean: {ctx}");
            assert!(r.audits.iter().map(|a| a.counts.ok).sum::<u64>() > 0, "the call to the CPython API was audited: {ctx}");
            if expected_how(arch) != jitharness::run::exec::How::CrossLinkOnly {
                assert_eq!(r.outcome, Outcome::Pass, "{ctx}");
                assert_eq!(r.calls[0].actual, Some(3), "{ctx}");
                // Calling into the model's stub ends the job naming the symbol.
                let (r, out) = link_json(&[&ll, "--target", arch.name(), "--externals", "python-nonpie", "--call", "boxit", "1"]);
                let Outcome::Fail { reason } = &r.outcome else {
                    panic!("{arch}: the CPython stub traps: {:?}; {}", r.outcome, stderr(&out))
                };
                assert!(reason.contains("`PyLong_FromLongLong`"), "{reason}");
            }
        }
        // Only the CPython API is the model's: another missing symbol is still an error.
        let other = write(
            dir.path(),
            "other.ll",
            cpython_caller_ir().replace("ret i64 %x\n}", "%y = call i64 @jh_plain_missing(i64 %x)\n  ret i64 %y\n}").as_bytes(),
        );
        let (r, _) = link_json(&[&other, "--externals", "python-nonpie"]);
        let Outcome::Error { message } = &r.outcome else { panic!("unresolved: {:?}", r.outcome) };
        assert!(message.contains("jh_plain_missing") && !message.contains("PyLong_FromLongLong"), "{message}");
        let out = run(&["link", &ll, "--externals", "python"]);
        assert_eq!(out.status.code(), Some(2), "an unknown model is a usage error");
        assert!(stderr(&out).contains("python-nonpie"), "{}", stderr(&out));
    }
);

integration_test!(
    /// The reason the model exists: JITLink's x86-64 GOTPCRELX relaxation writes an absolute
    /// address where a displacement belongs when the target's address fits in 32 bits, which
    /// every CPython API symbol of a non-PIE python does. With `--externals python-nonpie`
    /// and no `--define`, the auditor finds it where the known defect applies, and nowhere
    /// else.
    fn python_nonpie_exposes_the_gotpcrelx_relaxation() {
        let dir = tempfile::tempdir().unwrap();
        let s = write(
            dir.path(),
            "gotcall.s",
            b".text\n.globl callit\ncallit:\n  push %rax\n  call *PyLong_FromLongLong@GOTPCREL(%rip)\n  pop %rcx\n  ret\n",
        );
        for kind in jitharness::backend::BackendKind::ALL {
            if kind.availability().is_err() {
                continue;
            }
            let (r, out) =
                link_json(&[&s, "--target", "x86_64", "--backend", kind.name(), "--externals", "python-nonpie", "--audit", "--link-only"]);
            let ctx = format!("{}: {:?}; {}", kind.name(), r.outcome, stderr(&out));
            let wrong: u64 = r.audits.iter().map(|a| a.counts.wrong_target).sum();
            let defect = r.known_defects.iter().any(|d| d == "jitlink-x86_64-gotpcrelx-relaxation");
            if defect {
                assert!(wrong > 0, "the relaxation defect still mislinks the call: {ctx}");
            } else {
                assert_eq!(wrong, 0, "{ctx}");
                assert!(r.audits.iter().map(|a| a.counts.ok).sum::<u64>() > 0, "{ctx}");
            }
        }
    }
);
