//! `jitharness repro 9001`: the seed's bug on demand (and `repro gotpcrelx`, JITLink's
//! x86-64 GOT relaxation defect: see [`gotpcrelx`]; `repro cross-graph`, JITLink's default
//! memory manager's per-graph mappings out of reach: see [`cross_graph`]).
//!
//! The `issue9001` workload is linked load after load into one session with a placement
//! policy, every object is audited right after it is linked (before any of its code runs),
//! and the job runs in a worker so that the mislinked code crashing is a result too. The
//! summary names the first fixup that went wrong, the load it happened at, and what running
//! the code then did.

use crate::audit::{Finding, Verdict};
use crate::backend::BackendKind;
use crate::compile::{CodeModel, CompileOptions, RelocModel};
use crate::memory::placement::Placement;
use crate::report::{CallStatus, LinkReport, Outcome};
use crate::run::job::LinkJob;
use crate::target::Arch;
use serde::{Deserialize, Serialize};
use std::time::Duration;

pub mod cross_graph;
pub mod demo;
pub mod gotpcrelx;

/// v2: `issue` is the reproduction's name (`9001`, `gotpcrelx`), a string.
pub const REPRO_SCHEMA: &str = "jitharness/repro/v2";

/// The reproductions `repro` knows.
pub const ISSUES: &[(&str, &str)] = &[
    ("9001", "RuntimeDyld on AArch64: ADRP/GOT fixups overflow when sections land over 4 GiB apart"),
    (gotpcrelx::NAME, "JITLink x86-64: calls and jumps through the GOT relaxed to direct ones that cannot reach a low-address external"),
    (
        cross_graph::NAME,
        "JITLink's default memory manager (one mapping per graph): a later module's references to an earlier module's graph out of reach",
    ),
];

/// Code generation the reproduction uses: what Numba's JIT uses on AArch64 (the JIT's
/// large code model, whose GOT loads are still ADRP pairs); on x86-64 the small code model
/// with PIC, so that data and GOT references are 32-bit PC-relative (±2 GiB).
pub fn codegen(arch: Arch) -> CompileOptions {
    match arch {
        Arch::Aarch64 => CompileOptions { reloc: RelocModel::Static, code_model: CodeModel::Jit, ..CompileOptions::at_level(arch, 2) },
        Arch::X86_64 => CompileOptions { reloc: RelocModel::Pic, code_model: CodeModel::Small, ..CompileOptions::at_level(arch, 2) },
    }
}

/// The job `repro 9001` runs.
pub fn job_9001(
    arch: Arch,
    backend: BackendKind,
    placement: Placement,
    iterations: u32,
    link_only: bool,
    qemu_reserved_va: u64,
) -> LinkJob {
    LinkJob {
        workload: Some("issue9001".into()),
        compile: codegen(arch),
        iterations,
        link_only,
        qemu_reserved_va,
        placement,
        audit: true,
        ..LinkJob::new(backend, arch)
    }
}

/// The first fixup the auditor found wrong, and the load it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstBad {
    /// The load (iteration) the object belongs to, counting from 0.
    pub iteration: u32,
    pub finding: Finding,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReproReport {
    pub schema: String,
    pub issue: String,
    /// Loads linked and audited (objects of the session).
    pub loads: u32,
    /// Fixups the auditor checked, and how many of them were out of range / wrong.
    pub fixups_checked: u64,
    pub fixups_out_of_range: u64,
    pub fixups_wrong_target: u64,
    pub fixups_not_checked: u64,
    pub first_bad: Option<FirstBad>,
    /// What running the code did, and in words.
    pub ran: Ran,
    pub ran_detail: String,
    /// The whole link report (layout, audits, calls, outcome).
    pub link: LinkReport,
}

/// What running a reproduction's code did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ran {
    /// Every call returned what was expected.
    Pass,
    /// A call returned something else.
    WrongResult,
    /// Nothing ran (cross link, `--link-only`, or nothing to call).
    NotRun,
    Crash,
    Timeout,
    Error,
    Unsupported,
}

impl Ran {
    pub fn label(self) -> &'static str {
        match self {
            Ran::Pass => "pass",
            Ran::WrongResult => "wrong-result",
            Ran::NotRun => "not-run",
            Ran::Crash => "crash",
            Ran::Timeout => "timeout",
            Ran::Error => "error",
            Ran::Unsupported => "unsupported",
        }
    }
}

impl std::fmt::Display for Ran {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// Summarizes a finished `issue9001` job.
pub fn summarize(link: LinkReport) -> ReproReport {
    summarize_as("9001", link)
}

/// Summarizes a finished reproduction job of `issue`.
pub fn summarize_as(issue: &str, link: LinkReport) -> ReproReport {
    let sum = |f: fn(&crate::audit::VerdictCounts) -> u64| link.audits.iter().map(|a| f(&a.counts)).sum::<u64>();
    let first_bad = link.audits.iter().find_map(|a| {
        let f = a.findings.iter().find(|f| matches!(f.verdict, Verdict::OutOfRange | Verdict::WrongTarget))?;
        let iteration = link.objects.get(a.object_id as usize).map(|o| o.iteration).unwrap_or(0);
        Some(FirstBad { iteration, finding: f.clone() })
    });
    let (ran, ran_detail) = ran(&link);
    ReproReport {
        schema: REPRO_SCHEMA.into(),
        issue: issue.to_string(),
        loads: link.audits.len() as u32,
        fixups_checked: link.audits.iter().map(|a| a.fixups).sum(),
        fixups_out_of_range: sum(|c| c.out_of_range),
        fixups_wrong_target: sum(|c| c.wrong_target),
        fixups_not_checked: sum(|c| c.not_checked),
        first_bad,
        ran,
        ran_detail,
        link,
    }
}

fn ran(link: &LinkReport) -> (Ran, String) {
    let calls_run = link.calls.iter().filter(|c| c.status != CallStatus::NotRun).count();
    let passed = link.calls.iter().filter(|c| c.status == CallStatus::Pass).count();
    let wrong = link.calls.iter().find(|c| c.status == CallStatus::Fail);
    if link.execution.how == crate::run::exec::How::CrossLinkOnly {
        return (
            Ran::NotRun,
            format!("nothing ran: {} code linked on a {} harness at chosen target addresses", link.target, link.execution.harness_arch),
        );
    }
    match &link.outcome {
        Outcome::LinkedOnly { reason } => (Ran::NotRun, reason.clone()),
        Outcome::Crash { .. } => (Ran::Crash, link.outcome.summary()),
        Outcome::Timeout { .. } => (Ran::Timeout, link.outcome.summary()),
        Outcome::Error { .. } => (Ran::Error, link.outcome.summary()),
        Outcome::Unsupported { .. } => (Ran::Unsupported, link.outcome.summary()),
        _ => match wrong {
            Some(c) => (
                Ran::WrongResult,
                format!(
                    "load {}: {}({}) returned {} instead of {}",
                    c.iteration,
                    c.symbol,
                    c.args.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(", "),
                    c.actual.unwrap_or_default(),
                    c.expected.unwrap_or_default()
                ),
            ),
            None if calls_run == 0 => (Ran::NotRun, "nothing was called".into()),
            None => (Ran::Pass, format!("{passed} of {} calls returned what was expected", link.calls.len())),
        },
    }
}

/// The human rendering of a reproduction (`jitharness repro` without `--json`).
pub fn text(r: &ReproReport, verbose: bool) -> String {
    let mut out = String::new();
    let l = &r.link;
    let c = &l.compile;
    wl!(
        out,
        "jitharness repro {}: {}, backend {}, target {} ({}), placement {}, LLVM {}",
        r.issue,
        l.workload.as_deref().map(|w| format!("workload {w}")).unwrap_or_else(|| l.inputs.join(", ")),
        l.backend,
        l.target,
        l.execution.describe(),
        l.placement,
        l.harness.llvm_version
    );
    wl!(out, "code generation: {}", c.describe());
    if let Some(info) = &l.backend_info {
        for n in &info.notes {
            wl!(out, "note: {n}");
        }
    }
    wl!(
        out,
        "loads linked and audited: {} of {}; fixups checked: {} (out of range: {}, wrong target: {}, not checked: {})",
        r.loads,
        l.iterations,
        r.fixups_checked,
        r.fixups_out_of_range,
        r.fixups_wrong_target,
        r.fixups_not_checked
    );
    match &r.first_bad {
        Some(b) => {
            wl!(out, "first bad fixup, at load {}:", b.iteration);
            wl!(out, "  {}", b.finding);
        }
        None => {
            wl!(out, "no fixup went wrong in {} loads", r.loads);
        }
    }
    wl!(out, "when the code ran: {}", r.ran_detail);
    if let Some(d) = l.explained_by() {
        wl!(out, "known: {d}");
    }
    if verbose {
        if let Some(a) = l.audits.iter().find(|a| !a.findings.is_empty()) {
            out.push('\n');
            w!(out, "{}", crate::audit::findings_table(std::slice::from_ref(a)));
        }
    }
    out
}

/// Default time a reproduction's worker may take.
pub const TIMEOUT: Duration = Duration::from_secs(600);
