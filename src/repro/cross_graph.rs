//! `jitharness repro cross-graph`: JITLink's default memory manager maps each graph on its
//! own, so a later module's references into an earlier module's graph can be out of reach.
//!
//! The `cross-graph` workload (src/source/workloads/cross_graph.rs) is loaded three times
//! into one session under `scatter`, which for `jitlink-default` keeps each graph's mapping
//! 6 GiB from the earlier ones (as a process's other allocations may: src/memory/graphs.rs),
//! and for the other backends scatters sections as usual. Later modules call, take the
//! address of and read the first module's `linkonce_odr` helper and `common` environment,
//! and their `.eh_frame` names the first module's personality word. Two code generations:
//!
//! * the upstream reports' (clang-repl: small code model, PIC; llvm/llvm-project#135401,
//!   #102858, #186534): those references are 32-bit PC-relative (x86-64) or ADRP pages
//!   (AArch64), and `jitlink-default` must fail with JITLink's named out-of-range error
//!   while the slab backends, whose graphs share one reservation, link it;
//! * Numba's (LLVM's JIT default, the large code model, static): the same references are
//!   absolute or go through the object's own GOT, and `jitlink-default` links them.

use super::ReproReport;
use crate::backend::BackendKind;
use crate::compile::{CodeModel, CompileOptions, RelocModel};
use crate::memory::placement::Placement;
use crate::run::job::LinkJob;
use crate::target::Arch;

pub const NAME: &str = "cross-graph";

/// Loads of the workload into the session.
pub const LOADS: u32 = 3;

/// Which code generation a row used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codegen {
    /// Small code model, PIC: the upstream reports' (clang-repl).
    Upstream,
    /// LLVM's JIT default (large) code model, static: Numba's.
    Numba,
}

impl Codegen {
    pub fn options(self, arch: Arch) -> CompileOptions {
        match self {
            Codegen::Upstream => {
                CompileOptions { reloc: RelocModel::Pic, code_model: CodeModel::Small, ..CompileOptions::at_level(arch, 2) }
            }
            Codegen::Numba => CompileOptions { reloc: RelocModel::Static, code_model: CodeModel::Jit, ..CompileOptions::at_level(arch, 2) },
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Codegen::Upstream => "small/pic",
            Codegen::Numba => "jit/static",
        }
    }
}

/// The rows: every backend this build offers with the upstream code generation, then
/// `jitlink-default` with Numba's.
pub fn rows() -> Vec<(BackendKind, Codegen)> {
    let mut v: Vec<(BackendKind, Codegen)> =
        BackendKind::ALL.into_iter().filter(|b| b.availability().is_ok()).map(|b| (b, Codegen::Upstream)).collect();
    v.push((BackendKind::JitlinkDefault, Codegen::Numba));
    v
}

/// The job for one row.
pub fn job(backend: BackendKind, arch: Arch, codegen: Codegen, link_only: bool, qemu_reserved_va: u64) -> LinkJob {
    LinkJob {
        workload: Some(crate::source::workloads::CROSS_GRAPH.into()),
        compile: codegen.options(arch),
        iterations: LOADS,
        link_only,
        qemu_reserved_va,
        placement: Placement::Scatter,
        audit: true,
        ..LinkJob::new(backend, arch)
    }
}

/// One line per row: the verdict and, for a failure, JITLink's error or the first bad fixup.
pub fn table(rows: &[(Codegen, ReproReport)]) -> String {
    let mut out = String::new();
    if let Some((_, first)) = rows.first() {
        wl!(
            out,
            "jitharness repro {NAME}: {LOADS} loads of `cross-graph` (later modules reach the first one's linkonce_odr helper, common global and personality word) under scatter, target {} ({}), LLVM {}",
            first.link.target,
            first.link.execution.describe(),
            first.link.harness.llvm_version
        );
    }
    wl!(out, "{:16}  {:10}  {:>6}  {:14}  what", "backend", "codegen", "loads", "verdict");
    for (codegen, r) in rows {
        let (verdict, what) = verdict(r);
        wl!(out, "{:16}  {:10}  {:>6}  {:14}  {}", r.link.backend, codegen.label(), r.loads, verdict, what);
    }
    let mut known: Vec<String> = Vec::new();
    for (_, r) in rows {
        if let Some(d) = r.link.explained_by() {
            let line = format!("known: {d}");
            if !known.contains(&line) {
                known.push(line);
            }
        }
    }
    for k in known {
        wl!(out, "{k}");
    }
    out
}

/// A row's verdict in a word and its detail.
pub fn verdict(r: &ReproReport) -> (&'static str, String) {
    use crate::report::Outcome;
    match (&r.link.outcome, &r.first_bad) {
        (Outcome::Unsupported { reason }, _) => ("unsupported", reason.clone()),
        (Outcome::Error { message }, _) if message.contains("out of range") => ("OUT-OF-RANGE", message.clone()),
        (Outcome::Error { message }, _) => ("error", message.clone()),
        (_, Some(b)) => ("MISLINKED", format!("load {}: {}", b.iteration, b.finding)),
        (Outcome::Crash { .. } | Outcome::Timeout { .. }, None) => ("crash", r.link.outcome.summary()),
        (Outcome::Fail { .. }, None) => ("fail", r.link.outcome.summary()),
        _ => ("ok", r.ran_detail.clone()),
    }
}
