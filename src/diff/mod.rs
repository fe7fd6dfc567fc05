//! `jitharness diff`: the same modules through several backends, each backend's link a job
//! of its own in a worker process (the unit compiled once for all of them), and the results
//! compared.
//!
//! A *unit* is one module, or an ordered group of modules that belong in one session (the
//! modules of one Numba process). Every backend gets the same job (audit on); the results
//! are compared against the first backend that produced one:
//!
//! - the symbols the session needed from outside (the resolver's imports);
//! - the auditor's verdict for every fixup (`not-checked` on either side is not compared);
//! - the value of every entry point called;
//! - in cross mode, where both backends placed a section at the same target address, the
//!   linked bytes outside relocation fields (the fields themselves are the auditor's);
//! - the outcome (pass, fail, linked-only, error).
//!
//! The unit's verdict is the worst of: `crash`/`timeout` (a backend's worker died; the others'
//! comparisons stand), `differ` (naming the first differing item), `unsupported` (a backend
//! cannot take the unit on this LLVM/target, with its reason), `agree`.

pub mod corpus;

use crate::audit::{Finding, Verdict, VerdictCounts};
use crate::backend::BackendKind;
use crate::error::{Error, Result};
use crate::memory::placement::Placement;
use crate::report::{LinkReport, Outcome, OutcomeKind, SectionContents};
use crate::run::exec::Execution;
use crate::run::job::LinkJob;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

pub const DIFF_SCHEMA: &str = "jitharness/diff/v1";

/// A backend, optionally with a placement of its own: `rtdyld-stock@scatter`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BackendSpec {
    pub kind: BackendKind,
    pub placement: Option<Placement>,
}

impl BackendSpec {
    /// The backends `all` stands for: those of the migration question, with `rtdyld-reserve`
    /// and `jitlink-slab` where this LLVM has them.
    pub fn all() -> Vec<BackendSpec> {
        let mut v = vec![BackendKind::RtdyldStock, BackendKind::RtdyldRust];
        if BackendKind::RtdyldReserve.availability().is_ok() {
            v.push(BackendKind::RtdyldReserve);
        }
        v.push(BackendKind::JitlinkDefault);
        if BackendKind::JitlinkSlab.availability().is_ok() {
            v.push(BackendKind::JitlinkSlab);
        }
        v.push(BackendKind::JitlinkRust);
        v.into_iter().map(|kind| BackendSpec { kind, placement: None }).collect()
    }

    /// Parses a comma-separated list (`all`, or `rtdyld-stock@scatter,jitlink-rust`).
    pub fn parse_list(list: &str) -> Result<Vec<BackendSpec>> {
        if list.trim() == "all" {
            return Ok(BackendSpec::all());
        }
        let specs = list.split(',').map(|s| s.trim().parse()).collect::<Result<Vec<BackendSpec>>>()?;
        if specs.len() < 2 {
            return Err(Error::Usage(format!("--backends `{list}`: give at least two backends to compare (or `all`)")));
        }
        Ok(specs)
    }
}

impl std::str::FromStr for BackendSpec {
    type Err = Error;
    fn from_str(s: &str) -> Result<BackendSpec> {
        let (b, p) = match s.split_once('@') {
            Some((b, p)) => (b, Some(p)),
            None => (s, None),
        };
        let kind = b.parse::<BackendKind>().map_err(|e| Error::Usage(format!("`{s}`: {e}")))?;
        let placement = p.map(|p| p.parse::<Placement>().map_err(|e| Error::Usage(format!("`{s}`: {e}")))).transpose()?;
        Ok(BackendSpec { kind, placement })
    }
}

impl fmt::Display for BackendSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.placement {
            Some(p) => write!(f, "{}@{}", self.kind.name(), p.name()),
            None => f.write_str(self.kind.name()),
        }
    }
}

/// One module, or modules that belong to one session, in load order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inputs: Vec<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workload: Option<String>,
    /// The capture manifest the unit was grouped by (a captured process's modules).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifest: Option<PathBuf>,
    /// How this unit is compiled when not as the template says (captured modules: as the
    /// JIT did, see [`corpus::as_the_jit_did`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compile: Option<crate::compile::CompileOptions>,
    /// Why `compile` is what it is, where something was assumed or replaced.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Unit {
    /// A unit of `inputs` (or a workload) compiled as the template says.
    pub fn new(name: impl Into<String>, inputs: Vec<PathBuf>, workload: Option<String>) -> Unit {
        Unit { name: name.into(), inputs, workload, manifest: None, compile: None, notes: Vec::new() }
    }
}

/// How to run the units.
#[derive(Clone, Debug)]
pub struct DiffOptions {
    pub backends: Vec<BackendSpec>,
    /// Every job is this one with the unit's inputs, the backend and its placement filled in
    /// (audit is always on).
    pub template: LinkJob,
    pub timeout: Duration,
    /// Workers running at once.
    pub parallel: usize,
}

/// What one backend did with a unit, in brief.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackendRun {
    pub backend: String,
    pub outcome: OutcomeKind,
    pub summary: String,
    pub execution: Execution,
    pub memory_manager: Option<String>,
    pub objects: usize,
    pub fixups: u64,
    pub verdicts: VerdictCounts,
    /// Relocations seen, per ELF type name.
    pub relocation_types: BTreeMap<String, u64>,
    /// The audit's verdicts per ELF relocation type (absent in results from before it was
    /// recorded).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub relocation_verdicts: BTreeMap<String, VerdictCounts>,
    /// The known defect (src/llvm/defects.rs) whose words the failure contains, when it
    /// was not clean.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defect: Option<String>,
    /// External symbols the session needed (from the host, the harness or trap stubs).
    pub needed: Vec<String>,
    /// For a crash or a timeout: the end of the worker's stderr.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stderr: Option<String>,
    pub elapsed_ms: u64,
}

/// One difference between two backends' results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Difference {
    pub kind: DifferenceKind,
    /// What differs: a symbol name, a fixup, an entry point, `object section+offset`.
    pub item: String,
    pub reference: String,
    pub other: String,
}

/// What a difference is about, most specific first (the order differences are listed in).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DifferenceKind {
    /// A needed external symbol.
    Symbol,
    /// One fixup's audit verdict.
    Fixup,
    /// An entry point's result.
    EntryPoint,
    /// Linked bytes outside relocation fields.
    Bytes,
    Object,
    /// The job's outcome.
    Outcome,
}

impl DifferenceKind {
    pub fn label(self) -> &'static str {
        match self {
            DifferenceKind::Symbol => "symbol",
            DifferenceKind::Fixup => "fixup",
            DifferenceKind::EntryPoint => "entry-point",
            DifferenceKind::Bytes => "bytes",
            DifferenceKind::Object => "object",
            DifferenceKind::Outcome => "outcome",
        }
    }
}

impl fmt::Display for DifferenceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {} vs {}", self.kind, self.item, self.reference, self.other)
    }
}

/// One backend's results compared with the reference backend's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    pub reference: String,
    pub backend: String,
    /// Differences, most specific first (at most [`MAX_DIFFERENCES`]).
    pub differences: Vec<Difference>,
    /// How many differences there were in all.
    pub difference_count: usize,
    /// Fixups whose verdicts were compared (not `not-checked` on either side).
    pub fixups_compared: u64,
    /// Entry-point results compared.
    pub calls_compared: usize,
    /// Sections placed at the same target address by both, whose bytes were compared.
    pub sections_compared: usize,
    pub bytes_compared: u64,
}

pub const MAX_DIFFERENCES: usize = 20;

/// The verdict for one unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "verdict")]
pub enum UnitVerdict {
    Agree,
    Differ { backend: String, reference: String, first: Difference, count: usize },
    Unsupported { backend: String, reason: String },
    Crash { backend: String, summary: String, stderr: String },
    Timeout { backend: String, summary: String, stderr: String },
}

impl UnitVerdict {
    /// How bad it is, on the scale of [`OutcomeKind::severity`]: agree 0, unsupported 1,
    /// differ 2, crash and timeout 3.
    pub fn severity(&self) -> u8 {
        match self {
            UnitVerdict::Agree => 0,
            UnitVerdict::Unsupported { .. } => 1,
            UnitVerdict::Differ { .. } => 2,
            UnitVerdict::Crash { .. } | UnitVerdict::Timeout { .. } => 3,
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            UnitVerdict::Agree => "agree",
            UnitVerdict::Differ { .. } => "differ",
            UnitVerdict::Unsupported { .. } => "unsupported",
            UnitVerdict::Crash { .. } => "crash",
            UnitVerdict::Timeout { .. } => "timeout",
        }
    }

    /// One line for people.
    pub fn summary(&self) -> String {
        match self {
            UnitVerdict::Agree => "agree".into(),
            UnitVerdict::Differ { backend, reference, first, count } => {
                format!("differ ({count} difference{}): {reference} vs {backend}: first {first}", if *count == 1 { "" } else { "s" })
            }
            UnitVerdict::Unsupported { backend, reason } => format!("unsupported on {backend}: {reason}"),
            UnitVerdict::Crash { backend, summary, .. } | UnitVerdict::Timeout { backend, summary, .. } => format!("{backend}: {summary}"),
        }
    }

    /// The summary, with the first difference found among the backends that ran when the
    /// verdict is a crash or a timeout (it often says why).
    pub fn explained(&self, comparisons: &[Comparison]) -> String {
        match self {
            UnitVerdict::Crash { .. } | UnitVerdict::Timeout { .. } => {
                match comparisons.iter().find(|c| c.differences.iter().any(|d| d.kind != DifferenceKind::Outcome)) {
                    Some(c) => {
                        let d = c.differences.iter().find(|d| d.kind != DifferenceKind::Outcome).expect("found above");
                        format!("{}; {} vs {}: {d}", self.summary(), c.reference, c.backend)
                    }
                    None => self.summary(),
                }
            }
            _ => self.summary(),
        }
    }

    /// Whether this verdict makes `diff`/`corpus` exit non-zero (unless told otherwise).
    pub fn is_failure(&self) -> bool {
        matches!(self, UnitVerdict::Differ { .. } | UnitVerdict::Crash { .. } | UnitVerdict::Timeout { .. })
    }
}

/// Everything `diff` found for one unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitResult {
    pub schema: String,
    pub unit: Unit,
    pub target: crate::target::Arch,
    pub llvm_version: String,
    /// How the unit's modules were compiled (the first backend's job; every backend got the
    /// same); absent in results from before it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compile: Option<crate::compile::CompileOptions>,
    pub runs: Vec<BackendRun>,
    pub comparisons: Vec<Comparison>,
    pub verdict: UnitVerdict,
}

/// The jobs for `unit`, one per backend, in the order of `opts.backends`.
pub fn jobs_for(unit: &Unit, opts: &DiffOptions) -> Vec<LinkJob> {
    opts.backends
        .iter()
        .map(|spec| {
            let mut job = opts.template.clone();
            job.inputs = unit.inputs.clone();
            job.workload = unit.workload.clone();
            if let Some(c) = unit.compile {
                job.compile = c;
            }
            job.backend = spec.kind;
            job.placement = spec.placement.unwrap_or(opts.template.placement);
            job.audit = true;
            job.progress = false;
            job.checkpoint = None;
            // Bytes are compared where two backends used the same target addresses, which
            // only cross mode chooses.
            job.contents = job.link_only && job.arch() != crate::target::Arch::host();
            job
        })
        .collect()
}

/// Runs every unit through every backend (`parallel` workers at once) and compares.
/// `done` is called with each unit's result as soon as all its backends have finished.
pub fn run(units: &[Unit], opts: &DiffOptions, done: impl FnMut(&UnitResult)) -> Vec<UnitResult> {
    run_measured(units, opts, done).0
}

/// Where a run's time went: the parent's wall time and what the workers measured, summed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Throughput {
    pub target: String,
    pub backends: Vec<String>,
    /// `debug` or `release`: the build of the harness that ran.
    pub build: String,
    /// Workers at once, and jobs each served before it was replaced (1: a fresh process per job).
    pub parallel: u64,
    pub jobs_per_worker: u64,
    /// Whether units were compiled once for all backends (else each job compiled for itself).
    pub compile_once: bool,
    pub units: u64,
    /// Link jobs (one unit through one backend).
    pub jobs: u64,
    /// Units compiled once for all their backends, in a worker of their own.
    pub compile_jobs: u64,
    /// Units whose compile job failed or died: each backend compiled (and reported) itself.
    pub compile_fallbacks: u64,
    /// Time in the compile jobs (µs).
    pub compile_once_us: u64,
    /// The link jobs' own phases (compile only where the unit was not compiled beforehand).
    pub phases: crate::report::PhaseTimes,
    /// The link jobs' wall time in their workers, summed (µs).
    pub job_us: u64,
    /// Worker processes started, and what starting and stopping one costs (measured once, µs).
    pub workers_started: u64,
    pub worker_startup_us: u64,
    /// Writing results as units finish (µs; `corpus` with `--out`).
    pub write_us: u64,
    pub wall_us: u64,
}

impl Throughput {
    /// The split as text, one phase per line, each with its share of the summed job time.
    pub fn text(&self) -> String {
        let ms = |us: u64| us as f64 / 1000.0;
        let startup = self.workers_started * self.worker_startup_us;
        let p = &self.phases;
        let other = self.job_us.saturating_sub(p.compile_us + p.link_us + p.audit_us + p.run_us);
        let mut s = format!(
            "{} units, {} link jobs, {} compile-once jobs ({} fell back to compiling per backend) in {:.1} s wall\n",
            self.units,
            self.jobs,
            self.compile_jobs,
            self.compile_fallbacks,
            self.wall_us as f64 / 1e6
        );
        for (what, us) in [
            ("worker start-up", startup),
            ("compile (once per unit)", self.compile_once_us),
            ("compile (in link jobs; parsing where compiled once)", p.compile_us),
            ("link (add + finalize)", p.link_us),
            ("audit", p.audit_us),
            ("run (calls, init)", p.run_us),
            ("rest of the jobs (session, resolve, report)", other),
            ("result writing", self.write_us),
        ] {
            s += &format!("  {what:<44} {:>10.1} ms\n", ms(us));
        }
        s += &format!("  ({} workers started, {:.1} ms each)\n", self.workers_started, ms(self.worker_startup_us));
        s
    }
}

/// [`run`], and where its time went.
pub fn run_measured(units: &[Unit], opts: &DiffOptions, mut done: impl FnMut(&UnitResult)) -> (Vec<UnitResult>, Throughput) {
    use crate::run::worker::{self, Item, Request};
    let started = std::time::Instant::now();
    let n = opts.backends.len();
    let jobs: Vec<Vec<LinkJob>> = units.iter().map(|u| jobs_for(u, opts)).collect();
    let links = units.len() * n;
    let mut stats = Throughput {
        target: opts.template.arch().name().into(),
        backends: opts.backends.iter().map(|b| b.to_string()).collect(),
        build: if cfg!(debug_assertions) { "debug" } else { "release" }.into(),
        parallel: opts.parallel as u64,
        jobs_per_worker: worker::jobs_per_worker() as u64,
        compile_once: compile_once(),
        units: units.len() as u64,
        jobs: links as u64,
        ..Default::default()
    };
    // Each unit is compiled once per target, in a worker (LLVM may abort on a module), and
    // every backend gets the same object bytes; ids from `links` on are compile requests.
    let scratch = CompiledObjects::new();
    let link_items = |u: usize, compiled: &[crate::run::job::CompiledInput]| -> Vec<Item> {
        (0..n)
            .map(|b| {
                let mut job = jobs[u][b].clone();
                job.compiled = compiled.to_vec();
                Item { id: u * n + b, request: Request::Link(job) }
            })
            .collect()
    };
    let mut items = Vec::new();
    for (u, js) in jobs.iter().enumerate() {
        match scratch.as_ref().filter(|_| compile_once()).and_then(|dir| compile_job(js, &dir.0.join(u.to_string()))) {
            Some(c) => {
                stats.compile_jobs += 1;
                items.push(Item { id: links + u, request: Request::Compile(c) });
            }
            None => items.extend(link_items(u, &[])),
        }
    }
    let mut pending: Vec<Vec<Option<LinkReport>>> = vec![vec![None; n]; units.len()];
    let mut results: Vec<Option<UnitResult>> = vec![None; units.len()];
    stats.workers_started = worker::drive(items, opts.timeout, opts.parallel, |item, how| {
        if item.id >= links {
            let u = item.id - links;
            return match worker::compile_result(how) {
                Some(c) => {
                    stats.compile_once_us += c.compile_us;
                    link_items(u, &c.compiled.unwrap_or_default())
                }
                None => {
                    stats.compile_fallbacks += 1;
                    link_items(u, &[])
                }
            };
        }
        let (i, report) = worker::link_report(item, how);
        if let Some(p) = &report.phases {
            stats.phases.add(p);
        }
        stats.job_us += report.elapsed_ms * 1000;
        let (u, b) = (i / n, i % n);
        pending[u][b] = Some(report);
        if pending[u].iter().all(Option::is_some) {
            let reports: Vec<LinkReport> = pending[u].iter_mut().map(|r| r.take().expect("all present")).collect();
            let r = compare(&units[u], &opts.backends, &reports);
            if let Some(dir) = &scratch {
                let _ = std::fs::remove_dir_all(dir.0.join(u.to_string()));
            }
            done(&r);
            results[u] = Some(r);
        }
        Vec::new()
    });
    stats.wall_us = started.elapsed().as_micros() as u64;
    stats.worker_startup_us = worker::startup_cost().unwrap_or(0);
    (results.into_iter().map(|r| r.expect("every unit compared")).collect(), stats)
}

/// Whether units are compiled once for all backends: yes, unless `JITHARNESS_COMPILE_ONCE=0`
/// (which `make bench` sets to measure what compiling per backend costs).
fn compile_once() -> bool {
    std::env::var("JITHARNESS_COMPILE_ONCE").map_or(true, |v| v != "0")
}

/// The compile job for one unit's jobs (one per backend), writing into `dir`: `None` when
/// there is nothing to share (one backend, no file inputs, only objects) or the jobs would
/// compile differently.
fn compile_job(jobs: &[LinkJob], dir: &std::path::Path) -> Option<crate::run::job::CompileJob> {
    let first = jobs.first()?;
    let needs = first
        .inputs
        .iter()
        .any(|p| crate::source::Input::from_path(p).map(|i| i.kind != crate::source::InputKind::Object).unwrap_or(false));
    if jobs.len() < 2 || !needs || jobs.iter().any(|j| j.compile != first.compile || j.inputs != first.inputs) {
        return None;
    }
    std::fs::create_dir_all(dir).ok()?;
    Some(crate::run::job::CompileJob { inputs: first.inputs.clone(), compile: first.compile, out: dir.to_path_buf() })
}

/// The directory a run's shared objects are compiled into, removed at the end of the run.
struct CompiledObjects(PathBuf);

impl CompiledObjects {
    fn new() -> Option<CompiledObjects> {
        use std::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!("jitharness-compiled-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed)));
        std::fs::create_dir_all(&dir).ok().map(|()| CompiledObjects(dir))
    }
}

impl Drop for CompiledObjects {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Compares the reports of one unit (one per backend, in the order of `specs`).
pub fn compare(unit: &Unit, specs: &[BackendSpec], reports: &[LinkReport]) -> UnitResult {
    let runs: Vec<BackendRun> = specs.iter().zip(reports).map(|(s, r)| brief(&s.to_string(), r)).collect();
    // A crashed worker's report holds what it did before it died (the audits of the loads it
    // linked): compared too, so a crash can be explained by the fixup that differs.
    let comparable = |r: &LinkReport| !matches!(r.outcome, Outcome::Unsupported { .. });
    let completed = |r: &LinkReport| comparable(r) && !matches!(r.outcome, Outcome::Crash { .. } | Outcome::Timeout { .. });
    let mut comparisons = Vec::new();
    if let Some(ref_i) = reports.iter().position(completed).or_else(|| reports.iter().position(comparable)) {
        for (i, r) in reports.iter().enumerate() {
            if i != ref_i && comparable(r) {
                comparisons.push(compare_two(&specs[ref_i].to_string(), &reports[ref_i], &specs[i].to_string(), r));
            }
        }
    }
    let verdict = verdict(specs, reports, &comparisons);
    let first = reports.first();
    UnitResult {
        schema: DIFF_SCHEMA.into(),
        unit: unit.clone(),
        target: first.map(|r| r.target).unwrap_or_else(crate::target::Arch::host),
        llvm_version: first.map(|r| r.harness.llvm_version.clone()).unwrap_or_default(),
        compile: first.map(|r| r.compile),
        runs,
        comparisons,
        verdict,
    }
}

fn verdict(specs: &[BackendSpec], reports: &[LinkReport], comparisons: &[Comparison]) -> UnitVerdict {
    for (s, r) in specs.iter().zip(reports) {
        match &r.outcome {
            Outcome::Crash { stderr, .. } => {
                return UnitVerdict::Crash { backend: s.to_string(), summary: r.outcome.summary(), stderr: stderr.clone() }
            }
            Outcome::Timeout { stderr, .. } => {
                return UnitVerdict::Timeout { backend: s.to_string(), summary: r.outcome.summary(), stderr: stderr.clone() }
            }
            _ => {}
        }
    }
    if let Some(c) = comparisons.iter().find(|c| !c.differences.is_empty()) {
        return UnitVerdict::Differ {
            backend: c.backend.clone(),
            reference: c.reference.clone(),
            first: c.differences[0].clone(),
            count: c.difference_count,
        };
    }
    for (s, r) in specs.iter().zip(reports) {
        if let Outcome::Unsupported { reason } = &r.outcome {
            return UnitVerdict::Unsupported { backend: s.to_string(), reason: reason.clone() };
        }
    }
    UnitVerdict::Agree
}

/// The brief of one backend's report.
pub fn brief(backend: &str, r: &LinkReport) -> BackendRun {
    let mut verdicts = VerdictCounts::default();
    let mut relocation_types: BTreeMap<String, u64> = BTreeMap::new();
    let mut relocation_verdicts: BTreeMap<String, VerdictCounts> = BTreeMap::new();
    for a in &r.audits {
        add_counts(&mut verdicts, &a.counts);
        for (t, c) in &a.by_type {
            *relocation_types.entry(t.clone()).or_default() += c.total();
            add_counts(relocation_verdicts.entry(t.clone()).or_default(), c);
        }
    }
    let stderr = match &r.outcome {
        Outcome::Crash { stderr, .. } | Outcome::Timeout { stderr, .. } => Some(stderr.clone()),
        _ => None,
    };
    BackendRun {
        backend: backend.into(),
        outcome: r.outcome.kind(),
        summary: r.outcome.summary(),
        execution: r.execution.clone(),
        memory_manager: r.backend_info.as_ref().map(|i| i.memory_manager.clone()),
        objects: r.objects.len(),
        fixups: r.audits.iter().map(|a| a.fixups).sum(),
        verdicts,
        relocation_types,
        relocation_verdicts,
        defect: r.explained_by().map(|d| d.id.to_string()),
        needed: r.imports.iter().map(|i| i.name.clone()).collect(),
        stderr,
        elapsed_ms: r.elapsed_ms,
    }
}

fn add_counts(to: &mut VerdictCounts, c: &VerdictCounts) {
    to.ok += c.ok;
    to.out_of_range += c.out_of_range;
    to.wrong_target += c.wrong_target;
    to.not_checked += c.not_checked;
}

/// A fixup's identity, the same for every backend that linked the same object.
type FixupKey = (u32, String, u64, String, String);

fn fixup_key(f: &Finding, id: u32) -> FixupKey {
    (id, f.section.clone(), f.offset, f.reloc_type.clone(), f.symbol.clone())
}

fn describe_key(k: &FixupKey, object: &str) -> String {
    format!("{object} {}+{:#x} {} `{}`", k.1, k.2, k.3, k.4)
}

fn verdict_text(f: Option<&Finding>) -> String {
    match f {
        None => "ok".into(),
        Some(f) => match f.delta {
            Some(d) => format!("{} (delta {}{:#x})", f.verdict.name(), if d < 0 { "-" } else { "+" }, d.unsigned_abs()),
            None => f.verdict.name().into(),
        },
    }
}

/// Compares `b`'s report with the reference `a`'s.
pub fn compare_two(a_name: &str, a: &LinkReport, b_name: &str, b: &LinkReport) -> Comparison {
    let mut diffs: Vec<Difference> = Vec::new();
    let mut push = |kind: DifferenceKind, item: String, x: String, y: String| diffs.push(Difference { kind, item, reference: x, other: y });

    // Objects: the same inputs must have produced the same objects.
    for (oa, ob) in a.objects.iter().zip(&b.objects) {
        if (&oa.name, oa.size, &oa.defined) != (&ob.name, ob.size, &ob.defined) {
            push(
                DifferenceKind::Object,
                format!("#{} {}", oa.iteration, oa.name),
                format!("{} ({} bytes)", oa.name, oa.size),
                format!("{} ({} bytes)", ob.name, ob.size),
            );
            break;
        }
    }

    // Symbols needed from outside, when both linked everything they were given.
    let linked = |r: &LinkReport| !matches!(r.outcome, Outcome::Error { .. } | Outcome::Crash { .. } | Outcome::Timeout { .. });
    if linked(a) && linked(b) {
        let na: BTreeSet<&str> = a.imports.iter().map(|i| i.name.as_str()).collect();
        let nb: BTreeSet<&str> = b.imports.iter().map(|i| i.name.as_str()).collect();
        for s in na.symmetric_difference(&nb) {
            let (x, y) = if na.contains(s) { ("needed", "not needed") } else { ("not needed", "needed") };
            push(DifferenceKind::Symbol, format!("`{s}`"), x.into(), y.into());
        }
    }

    // Fixup verdicts, for objects both audited.
    let mut fixups_compared = 0;
    for aa in &a.audits {
        let Some(ab) = b.audits.iter().find(|x| x.object_id == aa.object_id && x.object == aa.object) else { continue };
        let fa: BTreeMap<FixupKey, &Finding> = aa.findings.iter().map(|f| (fixup_key(f, aa.object_id), f)).collect();
        let fb: BTreeMap<FixupKey, &Finding> = ab.findings.iter().map(|f| (fixup_key(f, ab.object_id), f)).collect();
        let not_checked = |m: &BTreeMap<FixupKey, &Finding>, k: &FixupKey| m.get(k).is_some_and(|f| f.verdict == Verdict::NotChecked);
        let keys: BTreeSet<&FixupKey> = fa.keys().chain(fb.keys()).collect();
        let skipped = keys.iter().filter(|k| not_checked(&fa, k) || not_checked(&fb, k)).count() as u64;
        fixups_compared += aa.fixups.min(ab.fixups).saturating_sub(skipped);
        for k in keys {
            if not_checked(&fa, k) || not_checked(&fb, k) {
                continue;
            }
            let (x, y) = (fa.get(k).copied(), fb.get(k).copied());
            if x.map(|f| f.verdict) != y.map(|f| f.verdict) {
                push(DifferenceKind::Fixup, describe_key(k, &aa.object), verdict_text(x), verdict_text(y));
            }
        }
    }

    // Entry points.
    let mut calls_compared = 0;
    for ca in &a.calls {
        let Some(cb) = b.calls.iter().find(|c| c.iteration == ca.iteration && c.symbol == ca.symbol && c.args == ca.args) else { continue };
        calls_compared += 1;
        if (ca.actual, ca.status) != (cb.actual, cb.status) {
            let show = |c: &crate::report::CallReport| match c.actual {
                Some(v) => format!("{v} ({:?})", c.status).to_lowercase(),
                None => format!("{:?}", c.status).to_lowercase(),
            };
            let args = ca.args.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ");
            push(DifferenceKind::EntryPoint, format!("{}({args}) at load {}", ca.symbol, ca.iteration), show(ca), show(cb));
        }
    }

    // Bytes, where both placed a section at the same target address.
    let (mut sections_compared, mut bytes_compared) = (0, 0);
    for sa in &a.contents {
        let Some(sb) =
            b.contents.iter().find(|s| (s.object_id, s.elf_section, s.target_addr) == (sa.object_id, sa.elf_section, sa.target_addr))
        else {
            continue;
        };
        sections_compared += 1;
        let (n, first) = compare_bytes(sa, sb);
        bytes_compared += n;
        if let Some(off) = first {
            let byte = |s: &SectionContents| s.hex.get(off as usize * 2..off as usize * 2 + 2).unwrap_or("--").to_string();
            push(
                DifferenceKind::Bytes,
                format!("{} {}+{off:#x} (outside any relocation field)", sa.object, sa.section),
                byte(sa),
                byte(sb),
            );
        }
    }

    // The outcome itself, last: the items above say why it differs when they can.
    let same_outcome = match (&a.outcome, &b.outcome) {
        (Outcome::Error { message: x }, Outcome::Error { message: y }) => x == y,
        (x, y) => x.label() == y.label(),
    };
    if !same_outcome {
        push(DifferenceKind::Outcome, "of the job".into(), a.outcome.summary(), b.outcome.summary());
    }

    let count = diffs.len();
    diffs.sort_by_key(|d| d.kind);
    diffs.truncate(MAX_DIFFERENCES);
    Comparison {
        reference: a_name.into(),
        backend: b_name.into(),
        differences: diffs,
        difference_count: count,
        fixups_compared,
        calls_compared,
        sections_compared,
        bytes_compared,
    }
}

/// Bytes compared (outside relocation fields) and the first differing offset.
fn compare_bytes(a: &SectionContents, b: &SectionContents) -> (u64, Option<u64>) {
    let len = a.hex.len().min(b.hex.len()) / 2;
    let mut masked = vec![false; len];
    for &(off, width) in a.fields.iter().chain(&b.fields) {
        for m in masked.iter_mut().skip(off as usize).take(width as usize) {
            *m = true;
        }
    }
    let (ha, hb) = (a.hex.as_bytes(), b.hex.as_bytes());
    let mut n = 0;
    for (i, m) in masked.iter().enumerate() {
        if *m {
            continue;
        }
        n += 1;
        if ha[2 * i..2 * i + 2] != hb[2 * i..2 * i + 2] {
            return (n, Some(i as u64));
        }
    }
    (n, None)
}

/// The human report for one unit.
pub fn unit_text(r: &UnitResult) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", r.unit.name, r.verdict.explained(&r.comparisons));
    if let Some(c) = &r.compile {
        let _ = writeln!(out, "  compiled with {}", c.describe());
    }
    for n in &r.unit.notes {
        let _ = writeln!(out, "  note: {n}");
    }
    let w = r.runs.iter().map(|x| x.backend.len()).max().unwrap_or(8);
    for run in &r.runs {
        let _ = writeln!(
            out,
            "  {:w$}  {:11}  fixups {:5} (out of range {}, wrong target {}, not checked {})  {}",
            run.backend,
            run.outcome,
            run.fixups,
            run.verdicts.out_of_range,
            run.verdicts.wrong_target,
            run.verdicts.not_checked,
            crate::report::shorten(&run.summary, 140)
        );
    }
    for c in &r.comparisons {
        for d in c.differences.iter().take(5) {
            let _ = writeln!(out, "  {} vs {}: {}", c.reference, c.backend, crate::report::shorten(&d.to_string(), 240));
        }
        if c.difference_count > 5 {
            let _ = writeln!(out, "  {} vs {}: … {} more", c.reference, c.backend, c.difference_count - 5);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backend_specs_parse_and_print() {
        let v = BackendSpec::parse_list("rtdyld-stock@scatter, jitlink-rust").unwrap();
        assert_eq!(v[0].to_string(), "rtdyld-stock@scatter");
        assert_eq!(v[1], BackendSpec { kind: BackendKind::JitlinkRust, placement: None });
        assert!(BackendSpec::parse_list("rtdyld-stock").is_err(), "one backend compares with nothing");
        assert!(BackendSpec::parse_list("rtdyld-stock,nope").unwrap_err().to_string().contains("nope"));
        assert!(BackendSpec::parse_list("rtdyld-stock@far,jitlink-rust").unwrap_err().to_string().contains("far"));
        assert!(BackendSpec::parse_list("all").unwrap().len() >= 4);
    }

    fn contents(hex: &str, fields: Vec<(u64, u64)>) -> SectionContents {
        SectionContents {
            object_id: 0,
            object: "m.o".into(),
            elf_section: 1,
            section: ".text".into(),
            target_addr: 0x1000,
            hex: hex.into(),
            fields,
        }
    }

    #[test]
    fn bytes_inside_relocation_fields_are_not_compared() {
        let a = contents("0011223344556677", vec![(2, 4)]);
        let b = contents("0011ffffffff5577", vec![(2, 4)]);
        assert_eq!(compare_bytes(&a, &b), (3, Some(6)));
        let c = contents("0011eeeeeeee6677", vec![(2, 4)]);
        assert_eq!(compare_bytes(&a, &c), (4, None));
    }
}
