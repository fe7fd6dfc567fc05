//! `jitharness repro gotpcrelx`: JITLink's x86-64 GOT relaxation defect on demand.
//!
//! An x86-64 object may call or jump through the GOT (`call *f@GOTPCREL(%rip)`, relocation
//! `R_X86_64_GOTPCRELX`; what `-fno-plt` code and `nonlazybind` declarations get). A
//! linker may rewrite such a site into a direct `addr32 call f` / `jmp f` — but only when
//! `f` is within the direct form's ±2 GiB of the site. JITLink's x86-64 GOT optimization
//! decides on the absolute address of `f` instead (it fits 32 bits) and writes a direct
//! branch that cannot reach it (fixed upstream by llvm/llvm-project#190179, after LLVM 22).
//! Any CPython API symbol of a non-PIE `python3` (Debian's sits at 0x400000–0x900000) is
//! such an `f` for JIT code mapped at 0x7f…, so Numba-style code calling into CPython
//! through the GOT is mislinked.
//!
//! The reproduction links one assembly module (a call, a tail jump and a load through the
//! GOT to `PyLong_FromLong`, which `--define` puts where non-PIE python has it) through
//! every backend and audits it; nothing runs (the address is not a function here).

use crate::backend::BackendKind;
use crate::compile::{CodeModel, CompileOptions, RelocModel};
use crate::run::job::LinkJob;
use crate::target::Arch;

pub const NAME: &str = "gotpcrelx";

/// Where Debian 12's non-PIE `/usr/bin/python3.11` has a CPython API function (the text
/// segment starts at 0x400000): below 4 GiB, so its absolute address fits 32 bits.
pub const PYTHON_NONPIE_ADDR: u64 = 0x4a_5b60;

/// The module: each GOT form the x86-64 psABI lets a linker relax, to one external.
pub const ASSEMBLY: &str = "\
\t.text
\t.globl\tcalls_python
\t.type\tcalls_python,@function
calls_python:
\tpushq\t%rax
\tcallq\t*PyLong_FromLong@GOTPCREL(%rip)
\tpopq\t%rcx
\tretq
\t.size\tcalls_python, .-calls_python
\t.globl\ttail_calls_python
\t.type\ttail_calls_python,@function
tail_calls_python:
\tjmpq\t*PyLong_FromLong@GOTPCREL(%rip)
\t.size\ttail_calls_python, .-tail_calls_python
\t.globl\tloads_python
\t.type\tloads_python,@function
loads_python:
\tmovq\tPyLong_FromLong@GOTPCREL(%rip), %rax
\tretq
\t.size\tloads_python, .-loads_python
";

/// The backends the reproduction compares, in table order (those this build offers).
pub fn backends() -> Vec<BackendKind> {
    BackendKind::ALL.into_iter().filter(|b| b.availability().is_ok() && *b != BackendKind::RtdyldReserve).collect()
}

/// The job for one backend: the module, linked (not run) and audited, with
/// `PyLong_FromLong` at [`PYTHON_NONPIE_ADDR`].
pub fn job(backend: BackendKind) -> LinkJob {
    let arch = Arch::X86_64;
    let mut j = LinkJob::new(backend, arch);
    j.compile = CompileOptions { reloc: RelocModel::Pic, code_model: CodeModel::Small, ..CompileOptions::at_level(arch, 2) };
    j.assembly = vec![(format!("{NAME}.s"), ASSEMBLY.to_string())];
    j.defines.insert("PyLong_FromLong".into(), PYTHON_NONPIE_ADDR);
    j.link_only = true;
    j.audit = true;
    j
}

/// The rows as a table: one line per backend, its verdict and the first bad fixup.
pub fn table(rows: &[super::ReproReport]) -> String {
    let mut out = String::new();
    if let Some(first) = rows.first() {
        wl!(
            out,
            "jitharness repro {NAME}: `call`/`jmp`/`mov` through the GOT to PyLong_FromLong at {PYTHON_NONPIE_ADDR:#x} (as in a non-PIE python), target x86_64 ({}), LLVM {}",
            first.link.execution.describe(),
            first.link.harness.llvm_version
        );
    }
    wl!(out, "{:14}  {:>6}  {:12}  first bad fixup", "backend", "fixups", "verdict");
    for r in rows {
        let verdict = match (&r.link.outcome, &r.first_bad) {
            (crate::report::Outcome::Unsupported { .. } | crate::report::Outcome::Error { .. }, _) => r.link.outcome.summary(),
            (_, Some(_)) => "MISLINKED".to_string(),
            (_, None) => "ok".to_string(),
        };
        let first = r.first_bad.as_ref().map(|b| b.finding.to_string()).unwrap_or_else(|| "none".into());
        wl!(out, "{:14}  {:>6}  {:12}  {}", r.link.backend, r.fixups_checked, verdict, first);
    }
    let known: Vec<_> = rows.iter().filter_map(|r| r.link.explained_by()).collect();
    if let Some(d) = known.first() {
        wl!(out, "known defect: {d}");
    }
    out
}
