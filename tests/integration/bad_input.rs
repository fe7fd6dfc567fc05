//! Every class of bad input, tried through the CLI and tabled: `docs/bad-input.md` is this
//! test's output (LLVM 22, x86_64, native; `JITHARNESS_BLESS=1` rewrites it, otherwise the
//! committed table must match what the harness says today). Each case asserts its exit status,
//! that the message names what is wrong (the file, section, symbol or relocation), and that
//! nothing panicked or died of a signal; on other LLVMs and under qemu the same assertions run
//! and only the table is not compared (LLVM's own error texts differ between versions).

use crate::common::*;
use jitharness::target::Arch;
use std::path::{Path, PathBuf};
use std::process::Output;

/// A check made after a case ran, given the scratch directory.
type AfterCheck = Box<dyn Fn(&Path) -> Result<(), String>>;

/// One bad input and what the harness must answer.
struct Case {
    class: &'static str,
    /// The CLI arguments, `DIR` standing for the case directory.
    args: Vec<String>,
    status: i32,
    /// Substrings of the message (after `DIR` is put back), e.g. the file and the relocation.
    names: Vec<String>,
    /// Checked after the run, e.g. that no summary reads as complete.
    after: Option<AfterCheck>,
    /// The harness's own stderr stays under 1 MiB (false where the job's own output is the
    /// user's: `link --call` passes the code's stderr through, as running it would).
    bounded_stderr: bool,
}

fn case(class: &'static str, args: &[&str], status: i32, names: &[&str]) -> Case {
    Case {
        class,
        args: args.iter().map(|s| s.to_string()).collect(),
        status,
        names: names.iter().map(|s| s.to_string()).collect(),
        after: None,
        bounded_stderr: true,
    }
}

/// The line that says what went wrong: the harness's last `jitharness: …` line on stderr,
/// else the `outcome: …` line of the text report.
fn message(o: &Output) -> String {
    let err = String::from_utf8_lossy(&o.stderr);
    if let Some(l) = err.lines().rev().find(|l| l.starts_with("jitharness: ")) {
        return l.trim_start_matches("jitharness: ").to_string();
    }
    let out = String::from_utf8_lossy(&o.stdout);
    out.lines().find(|l| l.starts_with("outcome: ")).map(|l| l.trim_start_matches("outcome: ").to_string()).unwrap_or_default()
}

fn ptr() -> &'static str {
    // LLVM 14 has typed pointers.
    if jitharness::compile::opaque_pointers() {
        "ptr"
    } else {
        "i64*"
    }
}

/// IR whose object has relocations in `.rela.text` (a global read and an external call).
fn reloc_ir() -> String {
    let p = ptr();
    format!("@g = global i64 5\ndeclare i64 @labs(i64)\ndefine i64 @f() {{\n  %v = load i64, {p} @g\n  %r = call i64 @labs(i64 %v)\n  ret i64 %r\n}}\n")
}

/// Where `.rela.text`'s entries are in an ELF64 object.
fn rela_text(bytes: &[u8]) -> std::ops::Range<usize> {
    use object::{Object, ObjectSection};
    let f = object::File::parse(bytes).unwrap();
    let s = f.sections().find(|s| s.name().is_ok_and(|n| n.starts_with(".rela"))).expect("a relocation section");
    let (off, len) = s.file_range().unwrap();
    off as usize..(off + len) as usize
}

fn patched(bytes: &[u8], at: usize, value: &[u8]) -> Vec<u8> {
    let mut b = bytes.to_vec();
    b[at..at + value.len()].copy_from_slice(value);
    b
}

fn cases(dir: &Path) -> Vec<Case> {
    let w = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    // Natively: the cases that run code run it here (under qemu, the aarch64 harness's own).
    let host = Arch::host().name();
    let other = if Arch::host() == Arch::X86_64 { "aarch64" } else { "x86_64" };
    w("f.ll", reloc_ir().as_bytes());
    let compiled = run(&["compile", dir.join("f.ll").to_str().unwrap(), "-o", dir.join("f.o").to_str().unwrap(), "--target", host]);
    assert!(compiled.status.success(), "compile: {}", stderr(&compiled));
    let obj = std::fs::read(dir.join("f.o")).unwrap();
    let rela = rela_text(&obj);
    assert!(rela.len() >= 24, "the object has relocations");

    w("garbage.o", b"this is not an object file\n");
    w("truncated.o", &obj[..100]);
    w("exec.o", &patched(&obj, 16, &2u16.to_le_bytes()));
    w("dyn.o", &patched(&obj, 16, &3u16.to_le_bytes()));
    w("reloc-outside.o", &patched(&obj, rela.start, &0x7fff_fff0u64.to_le_bytes()));
    // r_info: symbol index in the high 32 bits, type in the low 32.
    let info = u64::from_le_bytes(obj[rela.start + 8..rela.start + 16].try_into().unwrap());
    w("symbol-index.o", &patched(&obj, rela.start + 8, &((0xffffu64 << 32) | (info & 0xffff_ffff)).to_le_bytes()));
    w("reloc-type.o", &patched(&obj, rela.start + 8, &((info & !0xffff_ffff) | 0xf0).to_le_bytes()));
    w("syntax.ll", b"define i64 @f() {\n  ret i64 %nope\n}\n");
    let bc = run(&["compile", dir.join("f.ll").to_str().unwrap(), "--emit", "bc", "-o", dir.join("f.bc").to_str().unwrap()]);
    assert!(bc.status.success(), "compile to bitcode: {}", stderr(&bc));
    let bc = std::fs::read(dir.join("f.bc")).unwrap();
    w("truncated.bc", &bc[..bc.len() / 2]);
    let big = if jitharness::compile::opaque_pointers() {
        "ptr @f() {\n  ret ptr @big\n}".to_string()
    } else {
        "i8* @f() {\n  ret i8* getelementptr ([1048576 x i8], [1048576 x i8]* @big, i64 0, i64 0)\n}".to_string()
    };
    w("big.ll", format!("@big = global [1048576 x i8] zeroinitializer\ndefine {big}\n").as_bytes());
    w(
        "unknown.ll",
        "declare i64 @jh_no_such_function(i64)\ndefine i64 @f() {\n  %r = call i64 @jh_no_such_function(i64 1)\n  ret i64 %r\n}\n"
            .to_string()
            .as_bytes(),
    );
    std::fs::create_dir(dir.join("empty")).unwrap();
    std::fs::create_dir(dir.join("dir.ll")).unwrap();
    let fifo = std::ffi::CString::new(dir.join("fifo.ll").to_str().unwrap()).unwrap();
    // SAFETY: mkfifo reads the NUL-terminated path we pass and nothing else.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0, "mkfifo");
    // A capture directory whose manifest is cut off.
    std::fs::create_dir(dir.join("capture")).unwrap();
    std::fs::copy(dir.join("f.ll"), dir.join("capture/0000.ll")).unwrap();
    w("capture/manifest.json", b"{\"schema\": \"jitharness/capture/v1\", \"modules\": [{\"file\": \"0000.ll\", ");
    std::fs::create_dir(dir.join("one")).unwrap();
    std::fs::copy(dir.join("f.ll"), dir.join("one/f.ll")).unwrap();
    w("baseline.jsonl", b"{\"schema\":\"jitharness/diff/v1\",\"unit\":7}\n");
    w("killed.ll", b"declare i32 @getpid()\ndeclare i32 @kill(i32, i32)\ndefine i64 @f() {\n  %p = call i32 @getpid()\n  %r = call i32 @kill(i32 %p, i32 9)\n  ret i64 0\n}\n");
    w("hang.ll", b"define i64 @f() {\nentry:\n  br label %l\nl:\n  br label %l\n}\n");
    let buf = if jitharness::compile::opaque_pointers() {
        "ptr @buf".to_string()
    } else {
        "i8* getelementptr ([65536 x i8], [65536 x i8]* @buf, i64 0, i64 0)".to_string()
    };
    let i8p = if jitharness::compile::opaque_pointers() { "ptr" } else { "i8*" };
    w(
        "flood.ll",
        format!(
            "@buf = global [65536 x i8] zeroinitializer\ndeclare i64 @write(i32, {i8p}, i64)\ndefine i64 @f() {{\nentry:\n  br label %l\nl:\n  %i = phi i64 [0, %entry], [%n, %l]\n  %w = call i64 @write(i32 2, {buf}, i64 65536)\n  %n = add i64 %i, 1\n  %c = icmp ult i64 %n, 512\n  br i1 %c, label %l, label %e\ne:\n  ret i64 7\n}}\n"
        )
        .as_bytes(),
    );
    // Disk full: the results file is /dev/full, where every write fails with ENOSPC.
    std::fs::create_dir(dir.join("full")).unwrap();
    std::os::unix::fs::symlink("/dev/full", dir.join("full/results.jsonl")).unwrap();

    let x = ["--target", host];
    let link = |file: &str, extra: &[&str]| -> Vec<String> {
        let mut v = vec!["link".to_string(), format!("DIR/{file}")];
        v.extend(x.iter().chain(extra).map(|s| s.to_string()));
        v
    };
    let mut v = vec![
        Case { args: link("garbage.o", &[]), ..case("garbage object", &[], 1, &["DIR/garbage.o", "not an ELF file"]) },
        Case { args: link("truncated.o", &[]), ..case("truncated object", &[], 1, &["DIR/truncated.o"]) },
        Case {
            args: vec!["link".into(), "DIR/f.o".into(), "--target".into(), other.into(), "--link-only".into()],
            ..case("object for another machine", &[], 1, &["DIR/f.o", host, other])
        },
        Case { args: link("exec.o", &[]), ..case("executable (ET_EXEC), not relocatable", &[], 1, &["DIR/exec.o"]) },
        Case { args: link("dyn.o", &[]), ..case("shared object (ET_DYN), not relocatable", &[], 1, &["DIR/dyn.o"]) },
        Case {
            args: link("reloc-outside.o", &["--link-only"]),
            ..case("relocation outside its section", &[], 1, &["DIR/reloc-outside.o"])
        },
        Case {
            args: link("symbol-index.o", &["--link-only"]),
            ..case("relocation's symbol index out of range", &[], 1, &["DIR/symbol-index.o"])
        },
        Case { args: link("reloc-type.o", &["--link-only"]), ..case("unknown relocation type", &[], 1, &["DIR/reloc-type.o"]) },
        Case {
            args: link("big.ll", &["--backend", "rtdyld-rust", "--slab-size", "65536", "--link-only"]),
            ..case("section larger than the slab", &[], 1, &["DIR/big.ll"])
        },
        Case { args: link("unknown.ll", &["--link-only"]), ..case("unknown symbol", &[], 1, &["jh_no_such_function"]) },
        Case { args: link("syntax.ll", &[]), ..case("IR syntax error", &[], 1, &["DIR/syntax.ll:2:"]) },
        Case { args: link("truncated.bc", &[]), ..case("truncated bitcode", &[], 1, &["DIR/truncated.bc", "bitcode"]) },
        case("a directory with no modules", &["corpus", "DIR/empty"], 2, &["DIR/empty", "no modules"]),
        Case { args: link("missing.ll", &[]), ..case("missing file", &[], 1, &["DIR/missing.ll", "No such file"]) },
        Case { args: link("f.ll/inside.ll", &[]), ..case("unreadable path (through a regular file)", &[], 1, &["DIR/f.ll/inside.ll"]) },
        Case { args: link("fifo.ll", &[]), ..case("special file (a FIFO)", &[], 1, &["DIR/fifo.ll", "a FIFO"]) },
        Case { args: link("dir.ll", &[]), ..case("a directory given as a file", &[], 1, &["DIR/dir.ll", "a directory"]) },
        case(
            "corrupted capture manifest",
            &["corpus", "DIR/capture", "--target", host, "--out", "DIR/out-capture"],
            2,
            &["DIR/capture/manifest.json"],
        ),
        case(
            "corrupted baseline",
            &["corpus", "DIR/one", "--target", host, "--baseline", "DIR/baseline.jsonl", "--out", "DIR/out-baseline"],
            2,
            &["DIR/baseline.jsonl:1"],
        ),
        Case { args: link("killed.ll", &["--call", "f"]), ..case("worker killed by SIGKILL", &[], 1, &["signal 9"]) },
        Case { args: link("hang.ll", &["--call", "f", "--timeout", "3"]), ..case("worker that hangs", &[], 1, &["3 s"]) },
        Case {
            args: link("flood.ll", &["--call", "f"]),
            bounded_stderr: false,
            ..case("worker flooding stderr (32 MiB, passed through: the code's own output)", &[], 0, &["pass"])
        },
    ];
    let mut full = case(
        "disk full while writing results",
        &["corpus", "DIR/one", "--target", host, "--backends", "rtdyld-stock,rtdyld-rust", "--out", "DIR/full"],
        1,
        &["DIR/full/results.jsonl", "No space left on device"],
    );
    full.after = Some(Box::new(|dir: &Path| {
        if dir.join("full/summary.md").exists() {
            Err("a summary was written for results that were not".into())
        } else {
            Ok(())
        }
    }));
    v.push(full);
    v
}

fn table(rows: &[(String, String, i32, String)]) -> String {
    let mut md = String::from(
        "# Bad input\n\n\
         What the harness answers to each class of bad input, generated by the integration test \
         `bad_input::every_bad_input_is_a_clear_error` (`tests/integration/bad_input.rs`) from its \
         own cases, on LLVM 22, x86_64, natively: `JITHARNESS_BLESS=1 make test` rewrites this file, and the \
         test fails when the harness's answers and this table part. `DIR` is the case's scratch \
         directory. Every message names the file (and, where LLVM or the auditor says it, the \
         section, symbol or relocation); none is a panic or a signal of the harness itself.\n\n\
         Exit statuses: 0 pass, 1 the job failed (error, crash, timeout, a write that failed), 2 \
         usage or input the command cannot start with, 3 unsupported (see the README).\n\n\
         | input | command | exit status | message |\n|---|---|---:|---|\n",
    );
    for (class, cmd, status, msg) in rows {
        let cell = |s: &str| s.replace('|', "\\|");
        md.push_str(&format!("| {} | `{}` | {status} | {} |\n", cell(class), cell(cmd), cell(msg)));
    }
    md
}

integration_test!(
    /// Every class of bad input gets its documented exit status and a message naming what is
    /// wrong; none panics, none dies of a signal, none leaves a result that reads as complete;
    /// `docs/bad-input.md` is the table of them.
    fn every_bad_input_is_a_clear_error() {
        crate::common::use_harness_for_workers();
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().canonicalize().unwrap();
        let dir_s = dir.display().to_string();
        let mut rows = Vec::new();
        let mut failures = Vec::new();
        for c in cases(&dir) {
            let args: Vec<String> = c.args.iter().map(|a| a.replace("DIR", &dir_s)).collect();
            let o = harness().args(&args).output().unwrap();
            let all = format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
            let msg = message(&o).replace(&dir_s, "DIR");
            let status = o.status.code();
            let mut wrong = Vec::new();
            if status.is_none() {
                wrong.push(format!("the harness died of a signal: {:?}", o.status));
            }
            if all.contains("panicked") || status == Some(101) {
                wrong.push("the harness panicked".to_string());
            }
            if status != Some(c.status) {
                wrong.push(format!("exit status {status:?}, expected {}", c.status));
            }
            for n in &c.names {
                if !msg.contains(n.as_str()) {
                    wrong.push(format!("the message does not name {n:?}"));
                }
            }
            if let Some(check) = &c.after {
                if let Err(e) = check(&dir) {
                    wrong.push(e);
                }
            }
            if c.bounded_stderr && o.stderr.len() > 1 << 20 {
                wrong.push(format!("{} bytes on stderr: a worker's output reached the user unbounded", o.stderr.len()));
            }
            if !wrong.is_empty() {
                failures.push(format!("{}: {}\n  message: {msg}\n  output (end): {}", c.class, wrong.join("; "), tail(&all)));
            }
            rows.push((c.class.to_string(), format!("jitharness {}", c.args.join(" ")), status.unwrap_or(-1), msg));
        }
        assert!(failures.is_empty(), "bad inputs answered wrongly:\n{}", failures.join("\n"));
        let md = table(&rows);
        let doc = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/bad-input.md");
        let documented_here = jitharness::compile::llvm_version().starts_with("22.") && Arch::host() == Arch::X86_64;
        if !documented_here {
            return;
        }
        if std::env::var_os("JITHARNESS_BLESS").is_some() {
            std::fs::write(&doc, &md).unwrap();
            return;
        }
        let committed = std::fs::read_to_string(&doc).unwrap_or_default();
        assert_eq!(committed, md, "docs/bad-input.md differs from what the harness answers now (JITHARNESS_BLESS=1 rewrites it)");
    }
);

fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(6)..].join("\n  ")
}
