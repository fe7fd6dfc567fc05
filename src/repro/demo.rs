//! `jitharness demo`: the issue-9001 demonstration as a table — the `issue9001` workload
//! through every backend this build offers and every placement, on both targets, plus the
//! cross links that show AArch64 mislinks on the host without running anything.
//!
//! The rows, the verdict rules and the rendering live here; the command only prints.

use crate::backend::BackendKind;
use crate::llvm::defects::{self, Defect};
use crate::memory::placement::Placement;
use crate::report::{signal_name, LinkReport, Outcome};
use crate::repro::{self, Ran, ReproReport};
use crate::run::exec::{How, DEFAULT_QEMU_RESERVED_VA};
use crate::target::Arch;
use std::fmt;
use std::time::Duration;

/// How long one row's worker may run.
const ROW_TIMEOUT: Duration = Duration::from_secs(300);

/// One run of the table: a backend and placement on a target, run (or cross-linked only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DemoRun {
    pub target: Arch,
    pub link_only: bool,
    pub backend: BackendKind,
    pub placement: Placement,
}

/// The runs of the table, in order, for the backends this build offers.
pub fn runs() -> Vec<DemoRun> {
    let offered: Vec<BackendKind> = BackendKind::ALL.into_iter().filter(|b| b.availability().is_ok()).collect();
    let mut runs = Vec::new();
    for target in [Arch::X86_64, Arch::Aarch64] {
        for &backend in &offered {
            for placement in Placement::ALL {
                runs.push(DemoRun { target, link_only: false, backend, placement });
            }
        }
    }
    // Cross mode places the stock manager's section allocations one by one, the slabs as a
    // whole; it does not model one block per object (rtdyld-reserve), which has no row.
    for backend in
        [BackendKind::RtdyldStock, BackendKind::RtdyldRust, BackendKind::JitlinkDefault, BackendKind::JitlinkSlab, BackendKind::JitlinkRust]
    {
        if offered.contains(&backend) {
            runs.push(DemoRun { target: Arch::Aarch64, link_only: true, backend, placement: Placement::Scatter });
        }
    }
    runs
}

/// The verdict of one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every object audited clean, and the code ran correctly (or was not run).
    Ok { ran: bool },
    /// The auditor found a bad fixup; what running the code then did.
    Mislinked { then: AfterMislink },
    /// Audited clean, yet running went wrong.
    CleanBut(Ran),
    /// The harness could not do the run (an `error` or `unsupported` outcome).
    NotDone(Ran),
    /// Audited clean, but the row's placement did not produce what it is there to show:
    /// no object's sections landed beyond the fixups' reach of each other (`span`: the
    /// widest one object's sections spread).
    NotShown { ran: bool, span: u64, reach: u64 },
}

/// What running mislinked code did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AfterMislink {
    NotRun,
    /// Crashed: the signal's name, and whether LLVM's assertion text was seen.
    Crashed {
        signal: String,
        assertion: bool,
    },
    RanCorrectly,
    Other(Ran),
}

impl Verdict {
    /// The verdict rules: the audit decides "mislinked", running decides what followed.
    pub fn of(r: &ReproReport) -> Verdict {
        match (&r.first_bad, r.ran) {
            (_, ran @ (Ran::Error | Ran::Unsupported)) => Verdict::NotDone(ran),
            (None, Ran::Pass) => Verdict::Ok { ran: true },
            (None, Ran::NotRun) => Verdict::Ok { ran: false },
            (None, other) => Verdict::CleanBut(other),
            (Some(_), Ran::NotRun) => Verdict::Mislinked { then: AfterMislink::NotRun },
            (Some(_), Ran::Pass) => Verdict::Mislinked { then: AfterMislink::RanCorrectly },
            (Some(_), Ran::Crash) => Verdict::Mislinked { then: crash(&r.link) },
            (Some(_), other) => Verdict::Mislinked { then: AfterMislink::Other(other) },
        }
    }

    /// `of`, for a row whose placement is there to pull each object's sections apart (the
    /// stock manager maps sections one by one): a clean row where no object's sections
    /// ended up out of reach of each other did not show the condition, and says so.
    pub fn of_row(run: &DemoRun, r: &ReproReport) -> Verdict {
        let v = Verdict::of(r);
        let Verdict::Ok { ran } = v else { return v };
        if run.placement == Placement::Natural || run.backend != BackendKind::RtdyldStock {
            return v;
        }
        let reach = match run.target {
            Arch::Aarch64 => 1u64 << 32, // ADRP
            Arch::X86_64 => 1u64 << 31,  // PC32, GOTPCREL
        };
        let span = widest_object_span(&r.link.layout);
        if span < reach {
            Verdict::NotShown { ran, span, reach }
        } else {
            v
        }
    }

    pub fn is_broken(&self) -> bool {
        matches!(self, Verdict::Mislinked { .. } | Verdict::CleanBut(_))
    }
}

/// The widest distance, over the objects of a layout, from the lowest to the highest byte
/// of one object's sections (target addresses).
fn widest_object_span(layout: &[crate::backend::layout::SectionLayout]) -> u64 {
    let mut bounds: std::collections::BTreeMap<u32, (u64, u64)> = Default::default();
    for l in layout.iter().filter(|l| l.size > 0) {
        let e = bounds.entry(l.object_id).or_insert((u64::MAX, 0));
        e.0 = e.0.min(l.target_addr);
        e.1 = e.1.max(l.target_addr.saturating_add(l.size));
    }
    bounds.values().map(|(lo, hi)| hi.saturating_sub(*lo)).max().unwrap_or(0)
}

fn crash(l: &LinkReport) -> AfterMislink {
    match &l.outcome {
        Outcome::Crash { signal: Some(s), assertion, .. } => {
            AfterMislink::Crashed { signal: signal_name(*s).to_string(), assertion: assertion.is_some() }
        }
        _ => AfterMislink::Other(Ran::Crash),
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Verdict::NotDone(ran) => write!(f, "{ran}"),
            Verdict::Ok { ran: true } => f.write_str("ok: audited clean, ran correctly"),
            Verdict::Ok { ran: false } => f.write_str("ok: audited clean (not run)"),
            Verdict::Mislinked { then: AfterMislink::NotRun } => f.write_str("BROKEN: mislinked (not run)"),
            Verdict::Mislinked { then: AfterMislink::Crashed { signal, assertion: true } } => {
                write!(f, "BROKEN: mislinked, LLVM assertion ({signal})")
            }
            Verdict::Mislinked { then: AfterMislink::Crashed { signal, assertion: false } } => {
                write!(f, "BROKEN: mislinked, crashed ({signal})")
            }
            Verdict::Mislinked { then: AfterMislink::RanCorrectly } => f.write_str("BROKEN: mislinked, yet ran correctly"),
            Verdict::Mislinked { then: AfterMislink::Other(ran) } => write!(f, "BROKEN: mislinked, {ran}"),
            Verdict::CleanBut(ran) => write!(f, "BROKEN: audited clean but {ran}"),
            Verdict::NotShown { ran, span, reach } => write!(
                f,
                "NOT SHOWN: audited clean{}, but no object's sections landed out of reach (widest {}, reach {}): the placement did not reproduce here",
                if *ran { ", ran correctly" } else { "" },
                crate::bench::report::format_bytes(*span),
                crate::bench::report::format_bytes(*reach)
            ),
        }
    }
}

/// One finished row.
#[derive(Clone, Debug)]
pub struct DemoRow {
    pub run: DemoRun,
    pub iterations: u32,
    pub report: ReproReport,
    pub verdict: Verdict,
    /// Known entries (see [`defects`]) that explain a broken row, by id.
    pub explained_by: Vec<&'static Defect>,
}

impl DemoRow {
    /// A harness error (not a mislink: those are what the demonstration shows).
    pub fn is_harness_error(&self) -> bool {
        matches!(self.report.link.outcome, Outcome::Error { .. })
    }
}

/// Runs every row (each in a worker process), calling `row` as each finishes.
pub fn run(iterations: u32, mut row: impl FnMut(&DemoRow)) -> Vec<DemoRow> {
    let mut rows = Vec::new();
    for run in runs() {
        let job = repro::job_9001(run.target, run.backend, run.placement, iterations, run.link_only, DEFAULT_QEMU_RESERVED_VA);
        let report = repro::summarize(crate::run::worker::run_isolated(&job, ROW_TIMEOUT));
        let verdict = Verdict::of_row(&run, &report);
        let explained_by = if verdict.is_broken() {
            let text = report.first_bad.as_ref().map(|b| format!("{:?} {}", b.finding.verdict, b.finding.reloc_type)).unwrap_or_default();
            let text = format!("{} {text} {}", verdict_words(&report), report.link.outcome.summary());
            defects::affecting(run.backend, run.target, run.link_only).filter(|d| d.explains(&text)).collect()
        } else {
            Vec::new()
        };
        let r = DemoRow { run, iterations, report, verdict, explained_by };
        row(&r);
        rows.push(r);
    }
    rows
}

/// The auditor's verdict words for a row's first bad fixup (`out-of-range`, `wrong-target`).
fn verdict_words(r: &ReproReport) -> &'static str {
    match r.first_bad.as_ref().map(|b| b.finding.verdict) {
        Some(crate::audit::Verdict::OutOfRange) => "out-of-range",
        Some(crate::audit::Verdict::WrongTarget) => "wrong-target",
        _ => "",
    }
}

/// The table's column header.
pub fn header() -> String {
    format!("{:8}  {:24}  {:15}  {:9}  {:>7}  {:44}  verdict", "target", "ran", "backend", "placement", "loads", "first bad relocation")
}

/// One row as a line of the table (plus a second line with the error, for harness errors).
pub fn row_text(r: &DemoRow) -> String {
    let first = match &r.report.first_bad {
        Some(b) => format!(
            "load {}: {} {}",
            b.iteration,
            b.finding.reloc_type.trim_start_matches("R_AARCH64_").trim_start_matches("R_X86_64_"),
            match b.finding.delta {
                Some(d) => format!("Δ {}{:#x}", if d < 0 { "-" } else { "+" }, d.unsigned_abs()),
                None => format!("{:?}", b.finding.verdict),
            }
        ),
        None => "none".into(),
    };
    let mut line = format!(
        "{:8}  {:24}  {:15}  {:9}  {:>7}  {:44}  {}",
        r.run.target.name(),
        short_how(&r.report.link),
        r.run.backend.name(),
        r.run.placement.name(),
        format!("{}/{}", r.report.loads, r.iterations),
        first,
        r.verdict
    );
    if let Outcome::Error { message } = &r.report.link.outcome {
        line.push_str(&format!("\n          └ {message}"));
    }
    line
}

/// Where a row ran, in a few words.
fn short_how(r: &LinkReport) -> String {
    match (r.execution.how, r.execution.qemu_reserved_va) {
        (How::QemuUser, Some(va)) => format!("qemu, VA {va:#x}"),
        _ => r.execution.describe(),
    }
}

/// The known entries behind the broken rows, once each, in table order.
pub fn explanations(rows: &[DemoRow]) -> Vec<&'static Defect> {
    let mut seen: Vec<&'static Defect> = Vec::new();
    for d in rows.iter().flat_map(|r| r.explained_by.iter().copied()) {
        if !seen.iter().any(|s| s.id == d.id) {
            seen.push(d);
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_read_as_before() {
        let cases = [
            (Verdict::Ok { ran: true }, "ok: audited clean, ran correctly"),
            (Verdict::Ok { ran: false }, "ok: audited clean (not run)"),
            (Verdict::Mislinked { then: AfterMislink::NotRun }, "BROKEN: mislinked (not run)"),
            (
                Verdict::Mislinked { then: AfterMislink::Crashed { signal: "SIGSEGV".into(), assertion: false } },
                "BROKEN: mislinked, crashed (SIGSEGV)",
            ),
            (
                Verdict::Mislinked { then: AfterMislink::Crashed { signal: "SIGABRT".into(), assertion: true } },
                "BROKEN: mislinked, LLVM assertion (SIGABRT)",
            ),
            (Verdict::Mislinked { then: AfterMislink::RanCorrectly }, "BROKEN: mislinked, yet ran correctly"),
            (Verdict::CleanBut(Ran::WrongResult), "BROKEN: audited clean but wrong-result"),
            (Verdict::NotDone(Ran::Unsupported), "unsupported"),
            (
                Verdict::NotShown { ran: true, span: 3 << 20, reach: 1 << 32 },
                "NOT SHOWN: audited clean, ran correctly, but no object's sections landed out of reach (widest 3.00 MiB, reach 4.00 GiB): the placement did not reproduce here",
            ),
        ];
        for (v, text) in cases {
            assert_eq!(v.to_string(), text, "{v:?}");
        }
        assert!(!Verdict::NotDone(Ran::Error).is_broken(), "a harness error is not a mislink");
    }

    #[test]
    fn object_span_is_per_object() {
        use crate::backend::layout::{SectionKind, SectionLayout};
        let row = |object_id, target_addr, size| SectionLayout {
            object_id,
            object: format!("m{object_id}"),
            elf_section: None,
            section: ".text".into(),
            kind: SectionKind::Code,
            size,
            align: 16,
            host_addr: target_addr,
            target_addr,
        };
        // Object 0 spans 0x1000..0x3000; object 1 sits 8 GiB away but is itself small.
        let layout = [row(0, 0x1000, 0x100), row(0, 0x2f00, 0x100), row(1, 0x2_0000_0000, 0x40)];
        assert_eq!(widest_object_span(&layout), 0x2000, "distance between objects does not count");
        assert_eq!(widest_object_span(&[row(0, 0x1000, 0x10), row(0, 0x1_8000_0000, 0x10)]), 0x1_7fff_f010, "one object apart");
    }

    #[test]
    fn every_offered_backend_has_rows_on_both_targets() {
        let runs = runs();
        for b in BackendKind::ALL.into_iter().filter(|b| b.availability().is_ok()) {
            for t in Arch::ALL {
                let n = runs.iter().filter(|r| r.backend == b && r.target == t && !r.link_only).count();
                assert_eq!(n, Placement::ALL.len(), "{b} on {t}: one row per placement");
            }
        }
    }
}
