//! `jitharness report`: criterion's estimates and `jitharness bench` runs, turned into one
//! Markdown page with SVG plots beside it (docs/results/benchmarks.md by default).
//!
//! Inputs:
//! - criterion output directories (criterion 0.5 layout: `<id>/new/benchmark.json` and
//!   `<id>/new/estimates.json`, found recursively; `base/`, `change/` and `report/` are
//!   skipped). Only ids following the convention of `src/bench.rs` are used
//!   (`KIND.TARGET.llvmN/FUNCTION/PARAMETER`); the others are counted and named.
//! - bench run files (`jitharness bench --json-out F`, schema `jitharness/bench/v1`), at most
//!   one per target and LLVM.
//!
//! The output is a function of the inputs only (no clock, no environment): the same inputs give
//! the same bytes. How to read it: docs/benchmarks.md.

use crate::backend::BackendKind;
use crate::bench::{BenchRun, SessionMeasure, BENCH_SCHEMA};
use crate::error::{Error, Result};
use crate::run::exec::How;
use crate::target::Arch;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What to report and where.
#[derive(Clone, Debug, Default)]
pub struct ReportOptions {
    /// Criterion output directories (e.g. `target/llvm22/criterion`).
    pub criterion_dirs: Vec<PathBuf>,
    /// `jitharness bench` run files.
    pub runs: Vec<PathBuf>,
    /// The Markdown file to write; the SVGs go in the same directory.
    pub out: PathBuf,
    /// The commit to name in the header (default: the runs' commits).
    pub commit: Option<String>,
    /// The date to name in the header (default: the runs' dates).
    pub date: Option<String>,
}

/// What `write_report` wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportSummary {
    pub markdown: PathBuf,
    pub svgs: Vec<PathBuf>,
    /// Criterion benchmarks used (ids following the convention).
    pub benchmarks: usize,
    /// Criterion ids ignored because they do not follow the convention.
    pub ignored_ids: usize,
}

/// The first part of a criterion group id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BenchKind {
    Compile,
    Link,
    Finalize,
    Lookup,
    LowerBound,
}

impl BenchKind {
    pub const ALL: [BenchKind; 5] = [BenchKind::Compile, BenchKind::Link, BenchKind::Finalize, BenchKind::Lookup, BenchKind::LowerBound];

    pub fn name(self) -> &'static str {
        match self {
            BenchKind::Compile => "compile",
            BenchKind::Link => "link",
            BenchKind::Finalize => "finalize",
            BenchKind::Lookup => "lookup",
            BenchKind::LowerBound => "lower-bound",
        }
    }

    pub fn parse(s: &str) -> Option<BenchKind> {
        BenchKind::ALL.into_iter().find(|k| k.name() == s)
    }
}

/// A criterion benchmark id that follows the convention of `src/bench.rs`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BenchId {
    pub kind: BenchKind,
    pub target: Arch,
    pub llvm: u32,
    /// Backend name; `O0`..`O3` for `compile`; `copy+touch` for `lower-bound`.
    pub function: String,
    /// Criterion's `value_str`: the module count, or for `compile` the input's name.
    pub parameter: String,
    /// Modules in the session (every kind but `compile`).
    pub modules: Option<u32>,
}

/// Parses a criterion `full_id` (`link.aarch64.llvm14/jitlink-rust/1000`); `None` when it does
/// not follow the convention.
pub fn parse_id(full_id: &str) -> Option<BenchId> {
    let mut parts = full_id.splitn(3, '/');
    let group = parts.next()?;
    let function = parts.next()?;
    let parameter = parts.next()?;
    parse_parts(group, Some(function), Some(parameter))
}

/// Parses the parts criterion records separately in `benchmark.json`.
pub fn parse_parts(group: &str, function: Option<&str>, value: Option<&str>) -> Option<BenchId> {
    let (function, parameter) = (function?, value?);
    let mut g = group.split('.');
    let (kind, target, llvm) = (g.next()?, g.next()?, g.next()?);
    if g.next().is_some() {
        return None;
    }
    let kind = BenchKind::parse(kind)?;
    let target = Arch::ALL.into_iter().find(|a| a.name() == target)?;
    let llvm = llvm.strip_prefix("llvm").filter(|n| is_decimal(n))?.parse::<u32>().ok()?;
    let function_ok = match kind {
        BenchKind::Compile => ["O0", "O1", "O2", "O3"].contains(&function),
        BenchKind::LowerBound => function == "copy+touch",
        BenchKind::Link | BenchKind::Finalize | BenchKind::Lookup => BackendKind::ALL.iter().any(|b| b.name() == function),
    };
    if !function_ok {
        return None;
    }
    let modules = match kind {
        BenchKind::Compile if parameter.is_empty() => return None,
        BenchKind::Compile => None,
        _ => {
            let n = Some(parameter).filter(|p| is_decimal(p))?.parse::<u32>().ok().filter(|&n| n > 0)?;
            Some(n)
        }
    };
    Some(BenchId { kind, target, llvm, function: function.to_string(), parameter: parameter.to_string(), modules })
}

fn is_decimal(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// One criterion statistic, nanoseconds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    pub point_ns: f64,
    pub lower_ns: f64,
    pub upper_ns: f64,
    /// Of the interval, e.g. 0.95.
    pub confidence_level: f64,
}

/// One criterion benchmark's estimates.
#[derive(Clone, Debug, PartialEq)]
pub struct CriterionEstimate {
    pub id: BenchId,
    pub full_id: String,
    pub mean: Estimate,
    pub median: Option<Estimate>,
    pub std_dev: Option<Estimate>,
    /// The `estimates.json` read.
    pub file: PathBuf,
}

/// What one or more criterion directories hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CriterionSet {
    /// Benchmarks following the convention, sorted (kind, target, LLVM, backend, modules).
    pub estimates: Vec<CriterionEstimate>,
    /// Full ids that do not follow the convention, sorted.
    pub ignored: Vec<String>,
}

#[derive(Deserialize)]
struct RawBenchmark {
    group_id: String,
    function_id: Option<String>,
    value_str: Option<String>,
    full_id: String,
}

#[derive(Deserialize)]
struct RawEstimates {
    mean: RawEstimate,
    #[serde(default)]
    median: Option<RawEstimate>,
    #[serde(default)]
    std_dev: Option<RawEstimate>,
}

#[derive(Deserialize)]
struct RawEstimate {
    point_estimate: f64,
    confidence_interval: RawInterval,
}

#[derive(Deserialize)]
struct RawInterval {
    confidence_level: f64,
    lower_bound: f64,
    upper_bound: f64,
}

impl RawEstimate {
    fn check(self, file: &Path, what: &str) -> Result<Estimate> {
        let RawEstimate { point_estimate, confidence_interval: ci } = self;
        let all = [point_estimate, ci.lower_bound, ci.upper_bound, ci.confidence_level];
        if all.iter().any(|v| !v.is_finite() || *v < 0.0) {
            return Err(Error::UnsupportedInput {
                file: file.display().to_string(),
                reason: format!("`{what}` has a negative or non-finite value"),
            });
        }
        Ok(Estimate { point_ns: point_estimate, lower_ns: ci.lower_bound, upper_ns: ci.upper_bound, confidence_level: ci.confidence_level })
    }
}

/// Reads every benchmark under a criterion output directory.
pub fn read_criterion(dir: &Path) -> Result<CriterionSet> {
    let mut found = Vec::new();
    walk_criterion(dir, &mut found)?;
    let mut set = CriterionSet::default();
    for new_dir in found {
        let bench_file = new_dir.join("benchmark.json");
        let raw: RawBenchmark = read_json(&bench_file, "a criterion benchmark.json")?;
        match parse_parts(&raw.group_id, raw.function_id.as_deref(), raw.value_str.as_deref()) {
            None => set.ignored.push(raw.full_id),
            Some(id) => {
                let file = new_dir.join("estimates.json");
                let est: RawEstimates = read_json(&file, "a criterion estimates.json")?;
                set.estimates.push(CriterionEstimate {
                    id,
                    full_id: raw.full_id,
                    mean: est.mean.check(&file, "mean")?,
                    median: est.median.map(|e| e.check(&file, "median")).transpose()?,
                    std_dev: est.std_dev.map(|e| e.check(&file, "std_dev")).transpose()?,
                    file,
                });
            }
        }
    }
    set.estimates.sort_by(|a, b| estimate_key(a).cmp(&estimate_key(b)));
    set.ignored.sort();
    set.ignored.dedup();
    Ok(set)
}

type EstimateKey<'a> = (Combo, BenchKind, (usize, &'a str), Option<u32>, &'a str);

fn estimate_key(e: &CriterionEstimate) -> EstimateKey<'_> {
    (Combo::new(e.id.target, e.id.llvm), e.id.kind, backend_rank(&e.id.function), e.id.modules, &e.id.parameter)
}

/// Collects every `new/` directory holding a `benchmark.json`, in name order.
fn walk_criterion(dir: &Path, found: &mut Vec<PathBuf>) -> Result<()> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let kind = entry.file_type().map_err(|e| Error::io(entry.path(), e))?;
        if kind.is_dir() {
            entries.push(entry.path());
        }
    }
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        match name {
            "base" | "change" | "report" => {}
            "new" if path.join("benchmark.json").is_file() => found.push(path),
            _ => walk_criterion(&path, found)?,
        }
    }
    Ok(())
}

fn read_json<T: serde::de::DeserializeOwned>(file: &Path, what: &str) -> Result<T> {
    let bytes = std::fs::read(file).map_err(|e| Error::io(file, e))?;
    serde_json::from_slice(&bytes)
        .map_err(|e| Error::UnsupportedInput { file: file.display().to_string(), reason: format!("not {what}: {e}") })
}

/// Reads one `jitharness bench` run file.
pub fn read_run(file: &Path) -> Result<BenchRun> {
    #[derive(Deserialize)]
    struct Schema {
        schema: Option<String>,
    }
    let bytes = std::fs::read(file).map_err(|e| Error::io(file, e))?;
    let unsupported = |reason: String| Error::UnsupportedInput { file: file.display().to_string(), reason };
    let schema: Schema =
        serde_json::from_slice(&bytes).map_err(|e| unsupported(format!("not a jitharness bench run (JSON object expected): {e}")))?;
    match schema.schema.as_deref() {
        Some(BENCH_SCHEMA) => {}
        Some(other) => return Err(unsupported(format!("schema `{other}`, expected `{BENCH_SCHEMA}`"))),
        None => return Err(unsupported(format!("no `schema` field; expected `{BENCH_SCHEMA}`"))),
    }
    serde_json::from_slice(&bytes).map_err(|e| unsupported(format!("not a {BENCH_SCHEMA} run: {e}")))
}

/// `value / baseline`, when both are usable figures.
pub fn ratio(value: f64, baseline: f64) -> Option<f64> {
    (value.is_finite() && baseline.is_finite() && value >= 0.0 && baseline > 0.0).then(|| value / baseline)
}

/// Each backend's figure divided by `baseline`'s at the same module count; a cell exists only
/// where both figures do. Every backend of `figures` gets a row (the baseline's is all 1).
pub fn ratios_to_baseline(figures: &BTreeMap<String, BTreeMap<u32, f64>>, baseline: &str) -> BTreeMap<String, BTreeMap<u32, f64>> {
    let base = figures.get(baseline);
    figures
        .iter()
        .map(|(backend, by_size)| {
            let row = by_size.iter().filter_map(|(n, v)| Some((*n, ratio(*v, *base?.get(n)?)?))).collect();
            (backend.clone(), row)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Numbers for people.

/// `x` rounded to `digits` significant digits.
pub fn round_sig(x: f64, digits: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mag = magnitude(x);
    let factor = 10f64.powi(digits - 1 - mag);
    (x * factor).round() / factor
}

/// floor(log10(|x|)), exact at powers of ten.
fn magnitude(x: f64) -> i32 {
    let a = x.abs();
    let mut m = a.log10().floor() as i32;
    if 10f64.powi(m) > a {
        m -= 1;
    }
    if 10f64.powi(m + 1) <= a {
        m += 1;
    }
    m
}

/// `x` with 3 significant digits: `1.23`, `12.3`, `123`, `0.250`, `1230`.
pub fn sig3(x: f64) -> String {
    if x == 0.0 {
        return "0".into();
    }
    if !x.is_finite() {
        return x.to_string();
    }
    let r = round_sig(x, 3);
    let decimals = (2 - magnitude(r)).max(0) as usize;
    format!("{r:.decimals$}")
}

/// Nanoseconds for people: `850 ns`, `12.3 µs`, `1.00 ms`, `2.50 s`.
pub fn format_ns(ns: f64) -> String {
    if !ns.is_finite() {
        return "—".into();
    }
    let r = round_sig(ns, 3);
    let (div, unit) = time_unit(r);
    format!("{} {unit}", sig3(r / div))
}

fn time_unit(ns: f64) -> (f64, &'static str) {
    let a = ns.abs();
    if a < 1e3 {
        (1.0, "ns")
    } else if a < 1e6 {
        (1e3, "µs")
    } else if a < 1e9 {
        (1e6, "ms")
    } else {
        (1e9, "s")
    }
}

/// Bytes for people: `512 B`, `4.00 KiB`, `1.50 MiB`, `1.00 GiB`.
pub fn format_bytes(bytes: u64) -> String {
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let units = ["KiB", "MiB", "GiB", "TiB", "PiB"];
    let mut value = bytes as f64 / 1024.0;
    for (i, unit) in units.iter().enumerate() {
        if value < 1024.0 || i == units.len() - 1 {
            return format!("{} {unit}", sig3(value));
        }
        value /= 1024.0;
    }
    unreachable!("the last unit always returns")
}

/// A ratio: 3 significant digits.
pub fn format_ratio(r: f64) -> String {
    sig3(r)
}

// ---------------------------------------------------------------------------------------------
// The model: every input keyed by (target, LLVM).

/// A target and an LLVM major version, ordered x86_64 first, then by LLVM.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Combo {
    target_rank: u8,
    llvm: u32,
}

impl Combo {
    fn new(target: Arch, llvm: u32) -> Combo {
        let target_rank = Arch::ALL.iter().position(|a| *a == target).unwrap_or(Arch::ALL.len()) as u8;
        Combo { target_rank, llvm }
    }

    fn target(self) -> Arch {
        Arch::ALL[self.target_rank as usize]
    }

    fn title(self) -> String {
        format!("{}, LLVM {}", self.target(), self.llvm)
    }

    fn slug(self) -> String {
        format!("{}-llvm{}", self.target(), self.llvm)
    }
}

/// Backends in a fixed order: the baseline first, then as `BackendKind::ALL`, then by name.
fn backend_rank(name: &str) -> (usize, &str) {
    let i = BackendKind::ALL.iter().position(|b| b.name() == name).unwrap_or(BackendKind::ALL.len());
    (i, name)
}

const BASELINE: &str = "rtdyld-stock";

struct LoadedRun {
    path: PathBuf,
    run: BenchRun,
}

struct Model {
    criterion_dirs: Vec<PathBuf>,
    estimates: Vec<CriterionEstimate>,
    ignored: Vec<String>,
    /// Ids found in more than one criterion directory (the first was kept).
    duplicates: Vec<String>,
    runs: BTreeMap<Combo, LoadedRun>,
    combos: BTreeSet<Combo>,
}

impl Model {
    fn load(opts: &ReportOptions) -> Result<Model> {
        if opts.criterion_dirs.is_empty() && opts.runs.is_empty() {
            return Err(Error::Usage(
                "nothing to report: give at least one criterion directory (--criterion DIR) or bench run (--run FILE)".into(),
            ));
        }
        let mut estimates: Vec<CriterionEstimate> = Vec::new();
        let mut ignored = Vec::new();
        let mut duplicates = Vec::new();
        let mut seen = BTreeSet::new();
        for dir in &opts.criterion_dirs {
            let set = read_criterion(dir)?;
            for e in set.estimates {
                if seen.insert(e.full_id.clone()) {
                    estimates.push(e);
                } else {
                    duplicates.push(e.full_id);
                }
            }
            ignored.extend(set.ignored);
        }
        estimates.sort_by(|a, b| estimate_key(a).cmp(&estimate_key(b)));
        ignored.sort();
        ignored.dedup();
        duplicates.sort();
        duplicates.dedup();

        let mut runs: BTreeMap<Combo, LoadedRun> = BTreeMap::new();
        for path in &opts.runs {
            let run = read_run(path)?;
            let combo = Combo::new(run.target, run.harness.llvm_major);
            if let Some(first) = runs.get(&combo) {
                return Err(Error::Usage(format!(
                    "two bench runs for {}: {} and {}; give one run per target and LLVM",
                    combo.title(),
                    first.path.display(),
                    path.display()
                )));
            }
            runs.insert(combo, LoadedRun { path: path.clone(), run });
        }
        let combos = estimates.iter().map(|e| Combo::new(e.id.target, e.id.llvm)).chain(runs.keys().copied()).collect();
        Ok(Model { criterion_dirs: opts.criterion_dirs.clone(), estimates, ignored, duplicates, runs, combos })
    }

    fn run(&self, combo: Combo) -> Option<&BenchRun> {
        self.runs.get(&combo).map(|l| &l.run)
    }

    fn estimates(&self, combo: Combo, kind: BenchKind) -> impl Iterator<Item = &CriterionEstimate> {
        self.estimates.iter().filter(move |e| Combo::new(e.id.target, e.id.llvm) == combo && e.id.kind == kind)
    }

    /// Per backend (in order), per module count, the criterion estimate of `kind`.
    fn by_backend(&self, combo: Combo, kind: BenchKind) -> Vec<(String, BTreeMap<u32, &CriterionEstimate>)> {
        let mut out: Vec<(String, BTreeMap<u32, &CriterionEstimate>)> = Vec::new();
        for e in self.estimates(combo, kind) {
            let Some(n) = e.id.modules else { continue };
            match out.last_mut() {
                Some((b, m)) if *b == e.id.function => {
                    m.insert(n, e);
                }
                _ => out.push((e.id.function.clone(), BTreeMap::from([(n, e)]))),
            }
        }
        out
    }

    /// The run's session of `backend` with `modules` modules.
    fn session(&self, combo: Combo, backend: &str, modules: u32) -> Option<&SessionMeasure> {
        self.run(combo)?.sessions.iter().find(|s| s.backend == backend && s.modules == modules)
    }

    /// Link figures for the latency table, ratio table and plot: criterion's means when there are
    /// any for this target and LLVM, else the run's medians.
    fn link_figures(&self, combo: Combo) -> Option<LinkFigures<'_>> {
        let crit = self.by_backend(combo, BenchKind::Link);
        if !crit.is_empty() {
            let rows = crit
                .into_iter()
                .map(|(b, m)| {
                    let cells = m.into_iter().map(|(n, e)| (n, (e.mean.point_ns, Some(e)))).collect();
                    (b, cells)
                })
                .collect();
            return Some(LinkFigures { from_run: false, rows });
        }
        let run = self.run(combo)?;
        let mut rows: BTreeMap<(usize, String), BTreeMap<u32, LinkCell<'_>>> = BTreeMap::new();
        for s in &run.sessions {
            if let (true, Some(ns)) = (s.outcome == "ok", s.link_ns) {
                let (rank, _) = backend_rank(&s.backend);
                rows.entry((rank, s.backend.clone())).or_default().insert(s.modules, (ns as f64, None));
            }
        }
        if rows.is_empty() {
            return None;
        }
        Some(LinkFigures { from_run: true, rows: rows.into_iter().map(|((_, b), m)| (b, m)).collect() })
    }

    /// Whether figures for this target were (or, lacking a run, must be assumed to be) emulated.
    fn emulated(&self, combo: Combo) -> bool {
        match self.run(combo) {
            Some(r) => r.execution.how == How::QemuUser,
            None => combo.target() != HOST_OF_RECORD,
        }
    }
}

/// The project's benchmark machines are x86_64; aarch64 runs under qemu-user there. What a
/// target without a bench run (criterion figures only) is assumed to have run as.
const HOST_OF_RECORD: Arch = Arch::X86_64;

/// One link figure: nanoseconds, and the criterion estimate it came from (`None`: a run median).
type LinkCell<'a> = (f64, Option<&'a CriterionEstimate>);

struct LinkFigures<'a> {
    /// From the run's `link_ns` (no criterion link benchmarks for this target and LLVM).
    from_run: bool,
    /// Per backend in order: module count → (ns, the criterion estimate when from criterion).
    rows: Vec<(String, BTreeMap<u32, LinkCell<'a>>)>,
}

impl LinkFigures<'_> {
    fn sizes(&self) -> BTreeSet<u32> {
        self.rows.iter().flat_map(|(_, m)| m.keys().copied()).collect()
    }

    fn means(&self) -> BTreeMap<String, BTreeMap<u32, f64>> {
        self.rows.iter().map(|(b, m)| (b.clone(), m.iter().map(|(n, (v, _))| (*n, *v)).collect())).collect()
    }

    fn source(&self) -> &'static str {
        if self.from_run {
            "median wall clock of the bench run's sessions (`link_ns`; no criterion `link` benchmarks for this target and LLVM)"
        } else {
            "criterion mean"
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown helpers.

/// Numbered notes under a table; the same text gets the same number.
#[derive(Default)]
struct Notes(Vec<String>);

impl Notes {
    fn mark(&mut self, text: impl Into<String>) -> String {
        let text = text.into();
        let i = match self.0.iter().position(|t| *t == text) {
            Some(i) => i,
            None => {
                self.0.push(text);
                self.0.len() - 1
            }
        };
        format!("({})", i + 1)
    }

    fn write(&self, md: &mut String) {
        if self.0.is_empty() {
            return;
        }
        md.push('\n');
        for (i, t) in self.0.iter().enumerate() {
            let _ = writeln!(md, "- ({}) {}", i + 1, one_line(t));
        }
    }
}

/// Text safe inside a Markdown table cell.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").replace('|', "\\|")
}

/// A Markdown table; the first `left` columns are left-aligned (names, text), the others
/// right-aligned (figures).
fn table(md: &mut String, header: &[String], rows: &[Vec<String>], left: usize) {
    md.push('\n');
    let _ = writeln!(md, "| {} |", header.join(" | "));
    let _ = writeln!(md, "|{}", (0..header.len()).map(|i| if i < left { "---|" } else { "---:|" }).collect::<String>());
    for r in rows {
        let _ = writeln!(md, "| {} |", r.join(" | "));
    }
}

fn modules_header(n: u32) -> String {
    if n == 1 {
        "1 module".into()
    } else {
        format!("{n} modules")
    }
}

/// ± half the confidence interval, as a percentage of the point estimate.
fn spread(e: &Estimate) -> String {
    if e.point_ns <= 0.0 {
        return String::new();
    }
    let pct = (e.upper_ns - e.lower_ns) / 2.0 / e.point_ns * 100.0;
    if pct < 10.0 {
        format!(" ±{pct:.1}%")
    } else {
        format!(" ±{pct:.0}%")
    }
}

fn outcome_ok(s: &SessionMeasure) -> bool {
    s.outcome == "ok"
}

fn count(v: Option<u64>) -> Option<String> {
    v.map(|v| v.to_string())
}

// ---------------------------------------------------------------------------------------------
// The report.

/// Reads the inputs and writes the Markdown report and its SVG plots.
pub fn write_report(opts: &ReportOptions) -> Result<ReportSummary> {
    let model = Model::load(opts)?;
    let dir = match opts.out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let stem = opts.out.file_stem().and_then(|s| s.to_str()).filter(|s| !s.is_empty()).unwrap_or("benchmarks").to_string();
    let mut plots = Plots { dir: dir.clone(), stem, files: Vec::new(), pending: Vec::new() };

    let mut md = String::new();
    write_header(&mut md, &model, opts);
    write_latency(&mut md, &model, &mut plots)?;
    write_ratios(&mut md, &model);
    write_resources(&mut md, &model, &mut plots)?;
    write_lower_bound(&mut md, &model);
    write_peers(&mut md, &model);
    write_method(&mut md);

    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    for (path, svg) in &plots.pending {
        std::fs::write(path, svg).map_err(|e| Error::io(path, e))?;
    }
    std::fs::write(&opts.out, md).map_err(|e| Error::io(&opts.out, e))?;
    Ok(ReportSummary { markdown: opts.out.clone(), svgs: plots.files, benchmarks: model.estimates.len(), ignored_ids: model.ignored.len() })
}

fn write_header(md: &mut String, m: &Model, opts: &ReportOptions) {
    let runs: Vec<&LoadedRun> = m.runs.values().collect();
    let _ = writeln!(md, "# Link benchmarks\n");
    let _ = writeln!(
        md,
        "Latency of linking LLVM JIT objects through jitharness's link backends (criterion, \
         `benches/link.rs`), with the resources, lower bound and peer tools that `jitharness bench` \
         runs record. Written by `jitharness report`; how to read it and how it was measured: \
         `docs/benchmarks.md`.\n"
    );

    let run_dates: BTreeSet<&str> = runs.iter().map(|r| r.run.date.as_str()).collect();
    let date = match (&opts.date, run_dates.len()) {
        (Some(d), _) => d.clone(),
        (None, 0) => "not given".into(),
        (None, 1) => run_dates.iter().next().unwrap_or(&"").to_string(),
        (None, _) => format!("{} to {} (the runs')", run_dates.iter().next().unwrap_or(&""), run_dates.iter().next_back().unwrap_or(&"")),
    };
    let run_commits: BTreeSet<&str> = runs.iter().filter_map(|r| r.run.commit.as_deref()).collect();
    let commit = match &opts.commit {
        Some(c) => c.clone(),
        None if run_commits.is_empty() => "not recorded".into(),
        None => run_commits.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", "),
    };
    let llvms: BTreeSet<u32> = m.combos.iter().map(|c| c.llvm).collect();
    let targets: BTreeSet<u8> = m.combos.iter().map(|c| c.target_rank).collect();
    let target_names: Vec<&str> = targets.iter().map(|t| Arch::ALL[*t as usize].name()).collect();

    let _ = writeln!(md, "- Date: {date}");
    if opts.commit.is_some() {
        let _ = writeln!(md, "- Commit: `{commit}`");
        if !run_commits.is_empty() && run_commits.iter().any(|c| Some(*c) != opts.commit.as_deref()) {
            let list: Vec<String> = run_commits.iter().map(|c| format!("`{c}`")).collect();
            let _ = writeln!(md, "- Runs measured at commit(s): {}", list.join(", "));
        }
    } else {
        let _ = writeln!(md, "- Commit: {commit}");
    }
    let _ = writeln!(md, "- LLVM versions: {}", llvms.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(", "));
    let _ = writeln!(md, "- Targets: {}", target_names.join(", "));
    let dirs: Vec<String> = m.criterion_dirs.iter().map(|d| format!("`{}`", d.display())).collect();
    let _ = writeln!(
        md,
        "- Criterion benchmarks: {} (from {})",
        m.estimates.len(),
        if dirs.is_empty() { "no criterion directory".into() } else { dirs.join(", ") }
    );
    if !m.ignored.is_empty() {
        let shown: Vec<String> = m.ignored.iter().take(20).map(|i| format!("`{}`", one_line(i))).collect();
        let more = if m.ignored.len() > 20 { format!(" and {} more", m.ignored.len() - 20) } else { String::new() };
        let _ = writeln!(
            md,
            "- Ignored criterion ids (not `KIND.TARGET.llvmN/FUNCTION/PARAMETER`): {}: {}{more}",
            m.ignored.len(),
            shown.join(", ")
        );
    }
    if !m.duplicates.is_empty() {
        let list: Vec<String> = m.duplicates.iter().map(|i| format!("`{}`", one_line(i))).collect();
        let _ = writeln!(md, "- Ids found in more than one criterion directory (the first kept): {}", list.join(", "));
    }
    let files: Vec<String> = runs.iter().map(|r| format!("`{}`", r.path.display())).collect();
    let _ = writeln!(md, "- Bench runs: {}", if files.is_empty() { "none".into() } else { files.join(", ") });

    // How each target ran.
    let _ = writeln!(md, "\n## How each target ran\n");
    for t in &targets {
        let target = Arch::ALL[*t as usize];
        let mut hows: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        let mut unrecorded = Vec::new();
        for c in m.combos.iter().filter(|c| c.target_rank == *t) {
            match m.run(*c) {
                Some(r) => hows.entry(r.execution.describe()).or_default().push(c.llvm),
                None => unrecorded.push(c.llvm),
            }
        }
        let mut parts: Vec<String> = hows
            .iter()
            .map(|(how, l)| format!("{how} (LLVM {})", l.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ")))
            .collect();
        if !unrecorded.is_empty() {
            let assumed = if target == HOST_OF_RECORD { "native" } else { "qemu-user (emulated)" };
            parts.push(format!(
                "not recorded for LLVM {} (criterion only, no bench run); assumed {assumed}",
                unrecorded.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ")
            ));
        }
        let _ = writeln!(md, "- **{target}**: {}", parts.join("; "));
    }
    let aarch64: Vec<Combo> = m.combos.iter().copied().filter(|c| c.target() == Arch::Aarch64).collect();
    md.push('\n');
    if aarch64.iter().any(|c| m.emulated(*c)) {
        let _ = writeln!(
            md,
            "> **AArch64 figures were measured under qemu-user (emulated): compare backends with each \
             other (ratios), never as absolute times.** qemu translates every guest instruction and \
             system call, so an AArch64 time says little about real AArch64 hardware.\n>"
        );
    } else if !aarch64.is_empty() {
        let _ = writeln!(md, "> AArch64 figures were measured natively (no emulation).\n>");
    }
    let _ = writeln!(
        md,
        "> Timings are from one run on a noisy, shared machine: small differences can be noise. Criterion \
         means are given with ± half their 95% confidence interval; bench-run times are medians of few \
         sessions."
    );

    if !runs.is_empty() {
        let _ = writeln!(md, "\n### Runs");
        let header: Vec<String> =
            ["target", "LLVM", "ran", "harness build", "input", "date", "commit"].iter().map(|s| s.to_string()).collect();
        let rows: Vec<Vec<String>> = m
            .runs
            .iter()
            .map(|(c, l)| {
                let r = &l.run;
                vec![
                    c.target().to_string(),
                    format!("{} ({})", c.llvm, r.harness.llvm_version),
                    r.execution.describe(),
                    format!("{} {}", r.harness.build_target, r.harness.version),
                    one_line(&r.input),
                    r.date.clone(),
                    r.commit.clone().map(|c| format!("`{c}`")).unwrap_or_else(|| "not recorded".into()),
                ]
            })
            .collect();
        table(md, &header, &rows, header.len());

        let _ = writeln!(md, "\n### Machines");
        let mut machines: Vec<(&crate::bench::Machine, Vec<String>)> = Vec::new();
        for (c, l) in &m.runs {
            match machines.iter_mut().find(|(mm, _)| **mm == l.run.machine) {
                Some((_, used)) => used.push(c.title()),
                None => machines.push((&l.run.machine, vec![c.title()])),
            }
        }
        let header: Vec<String> = ["CPU", "cores", "OS", "kernel", "runs"].iter().map(|s| s.to_string()).collect();
        let rows: Vec<Vec<String>> = machines
            .iter()
            .map(|(mm, used)| vec![one_line(&mm.cpu), mm.cores.to_string(), one_line(&mm.os), one_line(&mm.kernel), used.join("; ")])
            .collect();
        table(md, &header, &rows, header.len());

        let notes: Vec<(Combo, &String)> = m.runs.iter().flat_map(|(c, l)| l.run.notes.iter().map(move |n| (*c, n))).collect();
        if !notes.is_empty() {
            let _ = writeln!(md, "\n### Run notes\n");
            for (c, n) in notes {
                let _ = writeln!(md, "- {}: {}", c.title(), one_line(n));
            }
        }
    }
}

fn write_latency(md: &mut String, m: &Model, plots: &mut Plots) -> Result<()> {
    let _ = writeln!(md, "\n## Latency per backend versus session size\n");
    let _ = writeln!(
        md,
        "Time to link a session of N modules through each backend (criterion \
         `link.TARGET.llvmN/BACKEND/N`; `benches/link.rs` defines what is inside the timed \
         region), and that time divided by N. Lower is better."
    );
    let kinds = [BenchKind::Link, BenchKind::Finalize, BenchKind::Lookup, BenchKind::Compile];
    let combos: Vec<Combo> = m
        .combos
        .iter()
        .copied()
        .filter(|c| m.link_figures(*c).is_some() || kinds.iter().any(|k| m.estimates(*c, *k).next().is_some()))
        .collect();
    if combos.is_empty() {
        let _ = writeln!(md, "\nNo latency figures in the inputs.");
    }
    for combo in combos {
        let _ = writeln!(md, "\n### {}", combo.title());
        if m.emulated(combo) {
            let _ = writeln!(md, "\nEmulated (qemu-user): compare backends with each other only.");
        }
        if let Some(fig) = m.link_figures(combo) {
            let series: Vec<(String, Vec<(f64, f64)>)> =
                fig.rows.iter().map(|(b, cells)| (b.clone(), cells.iter().map(|(n, (v, _))| (*n as f64, *v)).collect())).collect();
            let title =
                format!("link latency, {}{}", combo.title(), if m.emulated(combo) { " (qemu-user: compare ratios only)" } else { "" });
            let file = plots.add(&format!("latency-{}", combo.slug()), &title, PlotKind::Latency, &series)?;
            let _ = writeln!(md, "\n![{title}]({file})");

            let sizes = fig.sizes();
            let mut header = vec!["backend".to_string()];
            header.extend(sizes.iter().map(|n| modules_header(*n)));
            let mut notes = Notes::default();
            let mut mean_rows = Vec::new();
            let mut per_rows = Vec::new();
            for (backend, cells) in &fig.rows {
                let mut mean_row = vec![format!("`{backend}`")];
                let mut per_row = vec![format!("`{backend}`")];
                for n in &sizes {
                    match cells.get(n) {
                        Some((v, e)) => {
                            mean_row.push(format!("{}{}", format_ns(*v), e.map(|e| spread(&e.mean)).unwrap_or_default()));
                            per_row.push(format_ns(*v / *n as f64));
                        }
                        None => {
                            let why = missing_reason(m, combo, backend, *n, &mut notes);
                            mean_row.push(why.clone());
                            per_row.push(why);
                        }
                    }
                }
                mean_rows.push(mean_row);
                per_rows.push(per_row);
            }
            let _ = writeln!(md, "\n**link**, {}:", fig.source());
            table(md, &header, &mean_rows, 1);
            let _ = writeln!(md, "\n**link, per module** (the above ÷ modules in the session):");
            table(md, &header, &per_rows, 1);
            notes.write(md);
        }
        for kind in [BenchKind::Finalize, BenchKind::Lookup] {
            let rows = m.by_backend(combo, kind);
            if rows.is_empty() {
                continue;
            }
            let sizes: BTreeSet<u32> = rows.iter().flat_map(|(_, r)| r.keys().copied()).collect();
            let mut header = vec!["backend".to_string()];
            header.extend(sizes.iter().map(|n| modules_header(*n)));
            let body: Vec<Vec<String>> = rows
                .iter()
                .map(|(b, r)| {
                    let mut row = vec![format!("`{b}`")];
                    row.extend(sizes.iter().map(|n| match r.get(n) {
                        Some(e) => format!("{}{}", format_ns(e.mean.point_ns), spread(&e.mean)),
                        None => "—".into(),
                    }));
                    row
                })
                .collect();
            let what = match kind {
                BenchKind::Finalize => "finalize (criterion mean)",
                _ => "lookup (criterion mean)",
            };
            let _ = writeln!(md, "\n**{what}**:");
            table(md, &header, &body, 1);
        }
        let compile: Vec<&CriterionEstimate> = m.estimates(combo, BenchKind::Compile).collect();
        if !compile.is_empty() {
            let levels: BTreeSet<&str> = compile.iter().map(|e| e.id.function.as_str()).collect();
            let inputs: BTreeSet<&str> = compile.iter().map(|e| e.id.parameter.as_str()).collect();
            let mut header = vec!["input".to_string()];
            header.extend(levels.iter().map(|l| format!("`{l}`")));
            let body: Vec<Vec<String>> = inputs
                .iter()
                .map(|input| {
                    let mut row = vec![format!("`{}`", one_line(input))];
                    row.extend(levels.iter().map(|l| {
                        compile
                            .iter()
                            .find(|e| e.id.function == *l && e.id.parameter == *input)
                            .map(|e| format!("{}{}", format_ns(e.mean.point_ns), spread(&e.mean)))
                            .unwrap_or_else(|| "—".into())
                    }));
                    row
                })
                .collect();
            let _ = writeln!(md, "\n**compile** (IR to object, per optimization level; criterion mean):");
            table(md, &header, &body, 1);
        }
    }
    Ok(())
}

/// An outcome for a note: ORC's `{ … }` symbol sets (in hash order, so different on every
/// run) and scratch-directory paths left out, so that one reason makes one note.
fn outcome_note(outcome: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in outcome.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push_str("{…}");
                }
                depth += 1;
            }
            '}' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out.split(' ')
        .map(|w| match (w.find("/jitharness-bench-"), w.rfind('/')) {
            (Some(_), Some(i)) => &w[i + 1..],
            _ => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `—` plus a note saying why a backend has no figure at `n` modules.
fn missing_reason(m: &Model, combo: Combo, backend: &str, n: u32, notes: &mut Notes) -> String {
    match m.session(combo, backend, n) {
        Some(s) if !outcome_ok(s) => format!("— {}", notes.mark(format!("`{backend}`: {}", outcome_note(&s.outcome)))),
        _ => format!("— {}", notes.mark(format!("`{backend}`: not measured at this session size"))),
    }
}

fn write_ratios(md: &mut String, m: &Model) {
    let _ = writeln!(md, "\n## Backends versus `{BASELINE}`\n");
    let _ = writeln!(
        md,
        "Each backend's link time divided by `{BASELINE}`'s at the same session size, same target \
         and LLVM: below 1 is faster than `{BASELINE}`, above 1 slower. Ratios are the figures to \
         compare across targets (AArch64 is emulated)."
    );
    let mut any = false;
    for combo in m.combos.iter().copied() {
        let Some(fig) = m.link_figures(combo) else { continue };
        any = true;
        let means = fig.means();
        let ratios = ratios_to_baseline(&means, BASELINE);
        let mut sizes = fig.sizes();
        let mut backends: Vec<String> = fig.rows.iter().map(|(b, _)| b.clone()).collect();
        if let Some(run) = m.run(combo) {
            for s in &run.sessions {
                sizes.insert(s.modules);
                if !backends.contains(&s.backend) {
                    backends.push(s.backend.clone());
                }
            }
        }
        backends.sort_by(|a, b| backend_rank(a).cmp(&backend_rank(b)));
        let _ = writeln!(md, "\n### {} ({})", combo.title(), if fig.from_run { "bench-run medians" } else { "criterion means" });
        let mut header = vec!["backend".to_string()];
        header.extend(sizes.iter().map(|n| modules_header(*n)));
        let mut notes = Notes::default();
        let mut rows = Vec::new();
        for backend in backends.iter().filter(|b| *b != BASELINE) {
            let mut row = vec![format!("`{backend}`")];
            for n in &sizes {
                let cell = match ratios.get(backend).and_then(|r| r.get(n)) {
                    Some(r) => format_ratio(*r),
                    None => {
                        let own = means.get(backend).and_then(|r| r.get(n)).is_some();
                        if !own {
                            missing_reason(m, combo, backend, *n, &mut notes)
                        } else {
                            match m.session(combo, BASELINE, *n) {
                                Some(s) if !outcome_ok(s) => {
                                    format!("— {}", notes.mark(format!("`{BASELINE}`, {}: {}", modules_header(*n), s.outcome)))
                                }
                                _ => format!("— {}", notes.mark(format!("no `{BASELINE}` figure at {}", modules_header(*n)))),
                            }
                        }
                    }
                };
                row.push(cell);
            }
            rows.push(row);
        }
        if rows.is_empty() {
            let _ = writeln!(md, "\nOnly `{BASELINE}` was measured.");
            continue;
        }
        table(md, &header, &rows, 1);
        notes.write(md);
    }
    if !any {
        let _ = writeln!(md, "\nNo link figures in the inputs.");
    }
}

fn write_resources(md: &mut String, m: &Model, plots: &mut Plots) -> Result<()> {
    let _ = writeln!(md, "\n## Resources\n");
    let _ = writeln!(
        md,
        "From the bench runs, each session in a fresh worker process: the process's memory \
         mappings before the session opened and after its last module; address space reserved, \
         committed and used by the linked sections; `mmap`/`mprotect` calls; the worker's peak \
         resident set. `not measured` means the figure is out of the harness's sight for that \
         memory manager (the note says why)."
    );
    if m.runs.is_empty() {
        let _ = writeln!(md, "\nNo bench runs given.");
        return Ok(());
    }
    for (combo, loaded) in &m.runs {
        let combo = *combo;
        let run = &loaded.run;
        let _ = writeln!(md, "\n### {}", combo.title());
        let mut sessions: Vec<&SessionMeasure> = run.sessions.iter().collect();
        sessions.sort_by(|a, b| (backend_rank(&a.backend), a.modules).cmp(&(backend_rank(&b.backend), b.modules)));
        if sessions.is_empty() {
            let _ = writeln!(md, "\nThe run has no sessions.");
            continue;
        }
        let mut series: Vec<(String, Vec<(f64, f64)>)> = Vec::new();
        for s in &sessions {
            let Some(after) = s.mappings else { continue };
            match series.last_mut() {
                Some((b, pts)) if *b == s.backend => pts.push((s.modules as f64, after as f64)),
                _ => series.push((s.backend.clone(), vec![(s.modules as f64, after as f64)])),
            }
        }
        if !series.is_empty() {
            let title = format!("process mappings after the session, {}", combo.title());
            let file = plots.add(&format!("mappings-{}", combo.slug()), &title, PlotKind::Mappings, &series)?;
            let _ = writeln!(md, "\n![{title}]({file})");
        }
        let header: Vec<String> = [
            "backend",
            "modules",
            "outcome",
            "mappings (before → after)",
            "reserved",
            "committed",
            "used",
            "mmap calls",
            "mprotect calls",
            "peak RSS",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut notes = Notes::default();
        let rows: Vec<Vec<String>> = sessions
            .iter()
            .map(|s| {
                let hidden = |notes: &mut Notes| {
                    let why = s.not_visible.clone().unwrap_or_else(|| "the run does not say why".into());
                    format!("not measured {}", notes.mark(format!("`{}`: {why}", s.backend)))
                };
                let outcome = if outcome_ok(s) {
                    "ok".to_string()
                } else {
                    let word = s.outcome.split(':').next().unwrap_or("").trim().to_string();
                    format!("{word} {}", notes.mark(format!("`{}`, {}: {}", s.backend, modules_header(s.modules), s.outcome)))
                };
                let mappings = match (s.mappings_before, s.mappings) {
                    (Some(b), Some(a)) => format!("{b} → {a}"),
                    (None, Some(a)) => format!("? → {a}"),
                    (Some(b), None) => format!("{b} → ?"),
                    (None, None) => "not measured".into(),
                };
                vec![
                    format!("`{}`", s.backend),
                    s.modules.to_string(),
                    outcome,
                    mappings,
                    format_bytes(s.reserved),
                    s.committed.map(format_bytes).unwrap_or_else(|| hidden(&mut notes)),
                    format_bytes(s.used),
                    count(s.mmap_calls).unwrap_or_else(|| hidden(&mut notes)),
                    count(s.mprotect_calls).unwrap_or_else(|| hidden(&mut notes)),
                    s.peak_rss_kib.map(|k| format_bytes(k.saturating_mul(1024))).unwrap_or_else(|| "not measured".into()),
                ]
            })
            .collect();
        table(md, &header, &rows, 1);
        notes.write(md);
    }
    Ok(())
}

fn write_lower_bound(md: &mut String, m: &Model) {
    let _ = writeln!(md, "\n## Lower bound\n");
    let _ = writeln!(
        md,
        "The lower-bound model copies every allocated section's bytes once and touches every \
         relocation site once. Each cell is a backend's link time divided by the lower bound at the \
         same session size: how far the backend is from that floor."
    );
    let mut any = false;
    for combo in m.combos.iter().copied() {
        // modules → (ns, bytes, relocations)
        let mut lb: BTreeMap<u32, (f64, Option<u64>, Option<u64>)> = BTreeMap::new();
        let mut lb_source = "the bench run";
        if let Some(run) = m.run(combo) {
            for l in &run.lower_bound {
                lb.insert(l.modules, (l.ns as f64, Some(l.bytes), Some(l.relocations)));
            }
        }
        if lb.is_empty() {
            lb_source = "criterion `lower-bound` mean";
            for e in m.estimates(combo, BenchKind::LowerBound) {
                if let Some(n) = e.id.modules {
                    lb.insert(n, (e.mean.point_ns, None, None));
                }
            }
        }
        if lb.is_empty() {
            continue;
        }
        any = true;
        let crit_link = m.by_backend(combo, BenchKind::Link);
        let mut backends: Vec<String> = crit_link.iter().map(|(b, _)| b.clone()).collect();
        if let Some(run) = m.run(combo) {
            for s in &run.sessions {
                if !backends.contains(&s.backend) {
                    backends.push(s.backend.clone());
                }
            }
        }
        backends.sort_by(|a, b| backend_rank(a).cmp(&backend_rank(b)));
        let _ = writeln!(md, "\n### {} (lower bound from {lb_source})", combo.title());
        let mut header: Vec<String> = ["modules", "bytes copied", "relocations", "lower bound"].iter().map(|s| s.to_string()).collect();
        header.extend(backends.iter().map(|b| format!("`{b}`")));
        let mut notes = Notes::default();
        let rows: Vec<Vec<String>> = lb
            .iter()
            .map(|(n, (ns, bytes, relocs))| {
                let mut row = vec![
                    n.to_string(),
                    bytes.map(format_bytes).unwrap_or_else(|| "—".into()),
                    relocs.map(|r| r.to_string()).unwrap_or_else(|| "—".into()),
                    format_ns(*ns),
                ];
                for b in &backends {
                    let session = m.session(combo, b, *n);
                    let from_run = session.filter(|s| outcome_ok(s)).and_then(|s| s.link_ns).map(|v| v as f64);
                    let from_crit = crit_link.iter().find(|(name, _)| name == b).and_then(|(_, r)| r.get(n)).map(|e| e.mean.point_ns);
                    let cell = match (from_run, from_crit) {
                        (Some(v), _) => ratio(v, *ns).map(|r| format!("{}×", sig3(r))),
                        (None, Some(v)) => ratio(v, *ns).map(|r| {
                            format!(
                                "{}× {}",
                                sig3(r),
                                notes.mark("link time from the criterion `link` mean (the run has no `link_ns` for this session)")
                            )
                        }),
                        (None, None) => None,
                    };
                    row.push(cell.unwrap_or_else(|| match session {
                        Some(s) if !outcome_ok(s) => {
                            format!("— {}", notes.mark(format!("`{b}`: {}", outcome_note(&s.outcome))))
                        }
                        _ => "—".into(),
                    }));
                }
                row
            })
            .collect();
        table(md, &header, &rows, 1);
        notes.write(md);
    }
    if !any {
        let _ = writeln!(md, "\nNo lower-bound figures in the inputs.");
    }
}

fn write_peers(md: &mut String, m: &Model) {
    let _ = writeln!(md, "\n## Peers\n");
    let _ = writeln!(
        md,
        "Other tools linking the same objects, each timed as its method says. The ratio table \
         divides a harness backend's link time (the bench run's median `link_ns`) by the peer's \
         time at the same session size: below 1, the harness backend is faster. Peers timed as \
         whole processes include costs the harness does not pay (and the reverse), so read these \
         ratios as orders of magnitude."
    );
    let mut any = false;
    for (combo, loaded) in &m.runs {
        let combo = *combo;
        let run = &loaded.run;
        if run.peers.is_empty() {
            continue;
        }
        any = true;
        let _ = writeln!(md, "\n### {}", combo.title());
        let mut peers: Vec<&crate::bench::PeerMeasure> = run.peers.iter().collect();
        peers.sort_by(|a, b| (&a.peer, a.modules).cmp(&(&b.peer, b.modules)));

        let mut methods: BTreeSet<(&str, &str, &str)> = BTreeSet::new();
        for p in &peers {
            methods.insert((&p.peer, &p.version, &p.method));
        }
        let header: Vec<String> = ["peer", "version", "method"].iter().map(|s| s.to_string()).collect();
        let rows: Vec<Vec<String>> =
            methods.iter().map(|(p, v, me)| vec![format!("`{}`", one_line(p)), one_line(v), one_line(me)]).collect();
        table(md, &header, &rows, header.len());

        let mut notes = Notes::default();
        let header: Vec<String> = ["peer", "modules", "time"].iter().map(|s| s.to_string()).collect();
        let rows: Vec<Vec<String>> = peers
            .iter()
            .map(|p| {
                let time = match (p.outcome == "ok", p.ns) {
                    (true, Some(ns)) => format_ns(ns as f64),
                    _ => format!("— {}", notes.mark(format!("`{}`, {}: {}", p.peer, modules_header(p.modules), p.outcome))),
                };
                vec![format!("`{}`", one_line(&p.peer)), p.modules.to_string(), time]
            })
            .collect();
        table(md, &header, &rows, 1);

        let names: Vec<&str> = peers.iter().map(|p| p.peer.as_str()).collect::<BTreeSet<_>>().into_iter().collect();
        let sizes: BTreeSet<u32> = peers.iter().map(|p| p.modules).collect();
        let mut backends: Vec<&str> = run.sessions.iter().map(|s| s.backend.as_str()).collect::<BTreeSet<_>>().into_iter().collect();
        backends.sort_by(|a, b| backend_rank(a).cmp(&backend_rank(b)));
        if backends.is_empty() {
            notes.write(md);
            let _ = writeln!(md, "\nThe run has no harness sessions to compare with.");
            continue;
        }
        let _ = writeln!(md, "\nHarness backend ÷ peer (below 1: the harness backend is faster):");
        let mut header = vec!["backend".to_string(), "modules".to_string()];
        header.extend(names.iter().map(|p| format!("`{}`", one_line(p))));
        let mut rows = Vec::new();
        for b in &backends {
            for n in &sizes {
                let session = m.session(combo, b, *n);
                let mut row = vec![format!("`{b}`"), n.to_string()];
                for p in &names {
                    let peer = peers.iter().find(|x| x.peer == *p && x.modules == *n);
                    let harness_ns = session.filter(|s| outcome_ok(s)).and_then(|s| s.link_ns);
                    let peer_ns = peer.filter(|x| x.outcome == "ok").and_then(|x| x.ns);
                    let cell = match (harness_ns, peer_ns) {
                        (Some(h), Some(q)) => ratio(h as f64, q as f64).map(format_ratio).unwrap_or_else(|| "—".into()),
                        (None, _) => match session {
                            Some(s) if !outcome_ok(s) => {
                                format!("— {}", notes.mark(format!("`{b}`: {}", outcome_note(&s.outcome))))
                            }
                            _ => "—".into(),
                        },
                        (Some(_), None) => match peer {
                            Some(x) if x.outcome != "ok" => {
                                format!("— {}", notes.mark(format!("`{}`: {}", x.peer, outcome_note(&x.outcome))))
                            }
                            _ => "—".into(),
                        },
                    };
                    row.push(cell);
                }
                rows.push(row);
            }
        }
        table(md, &header, &rows, 1);
        notes.write(md);
    }
    if !any {
        let _ = writeln!(md, "\nNo peer measurements in the inputs.");
    }
}

fn write_method(md: &mut String) {
    let _ = writeln!(md, "\n## Method\n");
    let _ = writeln!(
        md,
        "- Latency: criterion 0.5 (`benches/link.rs`), ids `KIND.TARGET.llvmN/FUNCTION/PARAMETER` \
         (see `src/bench.rs`); the figure is criterion's mean over its samples, with its 95% \
         confidence interval.\n\
         - Resources, lower bound and peers: `jitharness bench --json-out FILE` (schema \
         `{BENCH_SCHEMA}`), each session in a fresh worker process; times are medians.\n\
         - AArch64: the harness's aarch64 build under qemu-user on an x86_64 host unless the run \
         says otherwise. Emulation changes absolute times and their proportions between compute \
         and system calls; ratios between backends are the meaningful figures.\n\
         - Details and caveats: `docs/benchmarks.md`."
    );
}

// ---------------------------------------------------------------------------------------------
// SVG plots.

#[derive(Clone, Copy, PartialEq, Eq)]
enum PlotKind {
    /// Log-log: time (ns) versus modules.
    Latency,
    /// Log x, linear y: mappings versus modules.
    Mappings,
}

struct Plots {
    dir: PathBuf,
    stem: String,
    files: Vec<PathBuf>,
    pending: Vec<(PathBuf, String)>,
}

impl Plots {
    /// Draws a plot; returns its file name (relative to the Markdown file).
    fn add(&mut self, name: &str, title: &str, kind: PlotKind, series: &[(String, Vec<(f64, f64)>)]) -> Result<String> {
        let file = format!("{}-{name}.svg", self.stem);
        let path = self.dir.join(&file);
        let svg =
            plot_svg(title, kind, series).map_err(|e| Error::io(&path, std::io::Error::other(format!("cannot draw the plot: {e}"))))?;
        self.files.push(path.clone());
        self.pending.push((path, svg));
        Ok(file)
    }
}

/// Series colours, by backend order (so a backend has the same colour in every plot).
const PALETTE: [(u8, u8, u8); 8] =
    [(31, 119, 180), (214, 39, 40), (44, 160, 44), (255, 127, 14), (148, 103, 189), (140, 86, 75), (227, 119, 194), (23, 190, 207)];

fn series_color(backend: &str, index: usize) -> plotters::style::RGBColor {
    let (rank, _) = backend_rank(backend);
    let i = if rank < BackendKind::ALL.len() { rank } else { BackendKind::ALL.len() + index };
    let (r, g, b) = PALETTE[i % PALETTE.len()];
    plotters::style::RGBColor(r, g, b)
}

/// A label for an axis value: integers as integers, others with 3 significant digits.
fn axis_label(v: f64) -> String {
    if v >= 1.0 && (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as u64)
    } else {
        sig3(v)
    }
}

/// Draws `series` (x = modules) into an SVG document.
fn plot_svg(title: &str, kind: PlotKind, series: &[(String, Vec<(f64, f64)>)]) -> std::result::Result<String, String> {
    use plotters::prelude::*;

    let points = series.iter().flat_map(|(_, p)| p.iter().copied());
    let (mut xmin, mut xmax, mut ymin, mut ymax) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for (x, y) in points {
        xmin = xmin.min(x);
        xmax = xmax.max(x);
        ymin = ymin.min(y);
        ymax = ymax.max(y);
    }
    if xmin > xmax {
        return Err("no points to plot".into());
    }
    // Log x: pad by a factor so single sizes and the ends stay inside the frame.
    let x_range = (xmin.max(1e-3) / 1.6)..(xmax.max(1e-3) * 1.6);

    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (860, 520)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let mut builder = ChartBuilder::on(&root);
        builder.caption(title, ("sans-serif", 20)).margin(16).x_label_area_size(48).y_label_area_size(84);
        match kind {
            PlotKind::Latency => {
                // Raw nanoseconds on the axis, each tick labelled in its own unit (`10.0 µs`).
                let lo = ymin.max(1e-3) / 2.0;
                let hi = ymax.max(1e-3) * 2.0;
                let mut chart = builder.build_cartesian_2d(x_range.log_scale(), (lo..hi).log_scale()).map_err(|e| e.to_string())?;
                let x_fmt = |v: &f64| axis_label(*v);
                let y_fmt = |v: &f64| format_ns(*v);
                chart
                    .configure_mesh()
                    .x_desc("modules in the session")
                    .y_desc("link time")
                    .x_label_formatter(&x_fmt)
                    .y_label_formatter(&y_fmt)
                    .draw()
                    .map_err(|e| e.to_string())?;
                draw_series(&mut chart, series)?;
            }
            PlotKind::Mappings => {
                let hi = if ymax > 0.0 { ymax * 1.1 } else { 1.0 };
                let lo = if ymin >= 0.0 { 0.0 } else { ymin * 1.1 };
                let mut chart = builder.build_cartesian_2d(x_range.log_scale(), lo..hi).map_err(|e| e.to_string())?;
                let x_fmt = |v: &f64| axis_label(*v);
                let y_fmt = |v: &f64| axis_label(*v);
                chart
                    .configure_mesh()
                    .x_desc("modules in the session")
                    .y_desc("process mappings")
                    .x_label_formatter(&x_fmt)
                    .y_label_formatter(&y_fmt)
                    .draw()
                    .map_err(|e| e.to_string())?;
                draw_series(&mut chart, series)?;
            }
        }
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(buf)
}

fn draw_series<'a, X, Y>(
    chart: &mut plotters::chart::ChartContext<'a, plotters::prelude::SVGBackend<'a>, plotters::coord::cartesian::Cartesian2d<X, Y>>,
    series: &[(String, Vec<(f64, f64)>)],
) -> std::result::Result<(), String>
where
    X: plotters::coord::ranged1d::Ranged<ValueType = f64>,
    Y: plotters::coord::ranged1d::Ranged<ValueType = f64>,
{
    use plotters::prelude::*;
    for (i, (name, pts)) in series.iter().enumerate() {
        let color = series_color(name, i);
        chart
            .draw_series(LineSeries::new(pts.iter().copied(), color.stroke_width(2)))
            .map_err(|e| e.to_string())?
            .label(name.as_str())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 24, y)], color.stroke_width(2)));
        chart.draw_series(pts.iter().map(|p| Circle::new(*p, 3, color.filled()))).map_err(|e| e.to_string())?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(|e| e.to_string())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::{LowerBound, Machine, PeerMeasure};
    use crate::report::HarnessInfo;
    use crate::run::exec::Execution;

    /// Writes one criterion benchmark the way criterion 0.5 lays it out (plus a stale `base/`
    /// copy with a different mean, which must be ignored).
    fn write_bench(root: &Path, group: &str, function: &str, value: Option<&str>, mean_ns: f64) {
        let full_id = match value {
            Some(v) => format!("{group}/{function}/{v}"),
            None => format!("{group}/{function}"),
        };
        let dir = root.join(&full_id);
        for (sub, mean) in [("new", mean_ns), ("base", mean_ns * 7.0)] {
            let d = dir.join(sub);
            std::fs::create_dir_all(&d).unwrap();
            let bench = serde_json::json!({
                "group_id": group, "function_id": function, "value_str": value,
                "throughput": null, "full_id": full_id, "directory_name": full_id, "title": full_id,
            });
            std::fs::write(d.join("benchmark.json"), bench.to_string()).unwrap();
            let est = |p: f64| {
                serde_json::json!({
                    "confidence_interval": {"confidence_level": 0.95, "lower_bound": p * 0.98, "upper_bound": p * 1.02},
                    "point_estimate": p, "standard_error": p * 0.01,
                })
            };
            let estimates = serde_json::json!({
                "mean": est(mean), "median": est(mean * 0.99), "median_abs_dev": est(mean * 0.01),
                "slope": null, "std_dev": est(mean * 0.02),
            });
            std::fs::write(d.join("estimates.json"), estimates.to_string()).unwrap();
        }
        std::fs::create_dir_all(dir.join("report")).unwrap();
        std::fs::write(dir.join("report/index.html"), "<html></html>").unwrap();
    }

    /// Link means in the synthetic tree: stock = 1000 ns per module (x86_64) or 4000 (aarch64);
    /// jitlink-rust is half of stock on x86_64 and a quarter on aarch64.
    fn synthetic_criterion(root: &Path) {
        for (target, per_module, rust_share) in [("x86_64", 1000.0, 0.5), ("aarch64", 4000.0, 0.25)] {
            for n in [1u32, 10, 1000] {
                let stock = per_module * n as f64;
                write_bench(root, &format!("link.{target}.llvm22"), "rtdyld-stock", Some(&n.to_string()), stock);
                write_bench(root, &format!("link.{target}.llvm22"), "jitlink-rust", Some(&n.to_string()), stock * rust_share);
            }
        }
        write_bench(root, "compile.x86_64.llvm22", "O2", Some("issue9001"), 2.5e6);
        write_bench(root, "my-own-bench", "fast", None, 10.0);
        std::fs::create_dir_all(root.join("report")).unwrap();
        std::fs::write(root.join("report/index.html"), "<html></html>").unwrap();
    }

    fn session(backend: &str, modules: u32, outcome: &str, link_ns: Option<u64>) -> SessionMeasure {
        SessionMeasure {
            backend: backend.into(),
            modules,
            outcome: outcome.into(),
            link_ns,
            runs: 3,
            first_lookup_ns: link_ns.map(|_| 900),
            mappings_before: Some(40),
            mappings: link_ns.map(|_| 40 + modules as u64 * if backend == "rtdyld-stock" { 3 } else { 0 } + 2),
            reserved: if backend == "rtdyld-stock" { 0 } else { 1 << 30 },
            committed: if backend == "rtdyld-stock" { Some(modules as u64 * 12288) } else { None },
            used: modules as u64 * 5000,
            mmap_calls: if backend == "rtdyld-stock" { Some(modules as u64 * 3) } else { None },
            mprotect_calls: if backend == "rtdyld-stock" { Some(modules as u64 * 3) } else { None },
            peak_rss_kib: Some(20_000 + modules as u64),
            not_visible: (backend != "rtdyld-stock").then(|| "JITLink maps slab memory itself".to_string()),
        }
    }

    fn sample_run(target: Arch, how: How) -> BenchRun {
        BenchRun {
            schema: BENCH_SCHEMA.into(),
            harness: HarnessInfo {
                version: "0.1.0".into(),
                llvm_version: "22.1.0".into(),
                llvm_major: 22,
                build_target: target.rust_triple().into(),
            },
            machine: Machine { cpu: "Test CPU @ 3 GHz".into(), cores: 2, kernel: "6.1.0".into(), os: "Debian 12".into() },
            commit: Some("abc1234".into()),
            date: "2025-01-02T03:04:05Z".into(),
            target,
            execution: Execution { how, harness_arch: target, qemu_reserved_va: (how == How::QemuUser).then_some(0x10_0000_0000) },
            input: "workload issue9001 (1 module per load)".into(),
            sessions: vec![
                session("rtdyld-stock", 1, "ok", Some(4_100)),
                session("rtdyld-stock", 1000, "ok", Some(4_100_000)),
                session("jitlink-rust", 1, "ok", Some(1_000)),
                session("jitlink-rust", 1000, "ok", Some(1_000_000)),
                session("jitlink-slab", 1000, "unsupported: LLVM 22 test reason", None),
            ],
            lower_bound: vec![LowerBound { modules: 1000, bytes: 3 << 20, relocations: 50_000, ns: 100_000 }],
            peers: vec![PeerMeasure {
                peer: "llvm-jitlink -noexec".into(),
                modules: 1000,
                outcome: "ok".into(),
                ns: Some(2_000_000),
                method: "whole process, wall clock, median of 5".into(),
                version: "LLVM 22.1.0".into(),
            }],
            notes: vec!["synthetic run for tests".into()],
        }
    }

    #[test]
    fn outcome_notes_drop_symbol_sets_and_scratch_paths() {
        let a = outcome_note(
            "unsupported: /tmp/jitharness-bench-aarch64-1/0000.o: types: X (Failed to materialize symbols: { (main, { b, a }) })",
        );
        let b = outcome_note(
            "unsupported: /tmp/jitharness-bench-aarch64-1/0000.o: types: X (Failed to materialize symbols: { (main, { a, b }) })",
        );
        assert_eq!(a, b);
        assert_eq!(a, "unsupported: 0000.o: types: X (Failed to materialize symbols: {…})");
    }

    #[test]
    fn ids_following_the_convention_parse() {
        let id = parse_id("link.aarch64.llvm14/jitlink-rust/1000").expect("a link id");
        assert_eq!(id.kind, BenchKind::Link);
        assert_eq!(id.target, Arch::Aarch64);
        assert_eq!(id.llvm, 14);
        assert_eq!(id.function, "jitlink-rust");
        assert_eq!(id.modules, Some(1000));

        let c = parse_id("compile.x86_64.llvm22/O3/issue9001").expect("a compile id");
        assert_eq!((c.kind, c.modules, c.parameter.as_str()), (BenchKind::Compile, None, "issue9001"));
        let lb = parse_id("lower-bound.x86_64.llvm19/copy+touch/10").expect("a lower-bound id");
        assert_eq!((lb.kind, lb.llvm, lb.modules), (BenchKind::LowerBound, 19, Some(10)));
        for kind in ["finalize", "lookup"] {
            assert!(parse_id(&format!("{kind}.x86_64.llvm15/rtdyld-reserve/100")).is_some(), "{kind}");
        }
    }

    #[test]
    fn malformed_ids_are_rejected() {
        for bad in [
            "",
            "link",
            "link.x86_64.llvm22/rtdyld-stock",      // no parameter
            "link.x86_64/rtdyld-stock/1",           // no LLVM
            "link.x86_64.llvm22.x/rtdyld-stock/1",  // extra group part
            "linking.x86_64.llvm22/rtdyld-stock/1", // unknown kind
            "link.arm64.llvm22/rtdyld-stock/1",     // alias, not the canonical name
            "link.x86_64.llvm/rtdyld-stock/1",      // no version
            "link.x86_64.llvm+2/rtdyld-stock/1",    // not decimal
            "link.x86_64.22/rtdyld-stock/1",        // no `llvm`
            "link.x86_64.llvm22/mcjit/1",           // unknown backend
            "link.x86_64.llvm22/rtdyld-stock/0",    // empty session
            "link.x86_64.llvm22/rtdyld-stock/ten",  // not a count
            "link.x86_64.llvm22/rtdyld-stock/-1",
            "compile.x86_64.llvm22/O4/issue9001", // no such level
            "compile.x86_64.llvm22/O2/",          // no input
            "lower-bound.x86_64.llvm22/copy/10",  // wrong function
        ] {
            assert_eq!(parse_id(bad), None, "`{bad}` must not parse");
        }
        assert_eq!(parse_parts("link.x86_64.llvm22", Some("rtdyld-stock"), None), None, "no value_str");
    }

    #[test]
    fn reads_a_synthetic_criterion_tree() {
        let tmp = tempfile::tempdir().unwrap();
        synthetic_criterion(tmp.path());
        let set = read_criterion(tmp.path()).unwrap();
        assert_eq!(set.estimates.len(), 13, "2 targets × 2 backends × 3 sizes + compile");
        assert_eq!(set.ignored, vec!["my-own-bench/fast".to_string()]);
        // Sorted: x86_64 before aarch64, compile before link, rtdyld-stock before jitlink-rust.
        let ids: Vec<&str> = set.estimates.iter().map(|e| e.full_id.as_str()).collect();
        assert_eq!(ids[0], "compile.x86_64.llvm22/O2/issue9001");
        assert_eq!(ids[1], "link.x86_64.llvm22/rtdyld-stock/1");
        assert_eq!(ids[3], "link.x86_64.llvm22/rtdyld-stock/1000");
        assert_eq!(ids[4], "link.x86_64.llvm22/jitlink-rust/1");
        assert_eq!(ids[7], "link.aarch64.llvm22/rtdyld-stock/1");
        let e = set.estimates.iter().find(|e| e.full_id == "link.aarch64.llvm22/jitlink-rust/1000").unwrap();
        assert_eq!(e.mean.point_ns, 1_000_000.0, "from new/, not base/");
        assert_eq!(e.mean.confidence_level, 0.95);
        assert!(e.median.is_some() && e.std_dev.is_some());
        assert!(e.file.ends_with("link.aarch64.llvm22/jitlink-rust/1000/new/estimates.json"));
    }

    #[test]
    fn bad_criterion_files_are_errors_naming_the_file() {
        let tmp = tempfile::tempdir().unwrap();
        write_bench(tmp.path(), "link.x86_64.llvm22", "rtdyld-stock", Some("1"), 10.0);
        let est = tmp.path().join("link.x86_64.llvm22/rtdyld-stock/1/new/estimates.json");
        std::fs::write(&est, r#"{"mean": {"point_estimate": "fast"}}"#).unwrap();
        let err = read_criterion(tmp.path()).unwrap_err();
        assert!(matches!(err, Error::UnsupportedInput { .. }), "{err}");
        assert!(err.to_string().contains(&est.display().to_string()), "{err}");

        std::fs::write(
            &est,
            r#"{"mean": {"point_estimate": -1, "confidence_interval": {"confidence_level": 0.95, "lower_bound": 1, "upper_bound": 2}}}"#,
        )
        .unwrap();
        let err = read_criterion(tmp.path()).unwrap_err();
        assert!(err.to_string().contains(&est.display().to_string()) && err.to_string().contains("mean"), "{err}");

        std::fs::remove_file(&est).unwrap();
        let err = read_criterion(tmp.path()).unwrap_err();
        assert!(matches!(err, Error::Io { .. }) && err.to_string().contains("estimates.json"), "{err}");

        let bench = tmp.path().join("link.x86_64.llvm22/rtdyld-stock/1/new/benchmark.json");
        std::fs::write(&bench, "not json").unwrap();
        let err = read_criterion(tmp.path()).unwrap_err();
        assert!(err.to_string().contains(&bench.display().to_string()), "{err}");

        let missing = tmp.path().join("no-such-dir");
        let err = read_criterion(&missing).unwrap_err();
        assert!(err.to_string().contains("no-such-dir"), "{err}");
    }

    #[test]
    fn bad_runs_are_errors_naming_the_file() {
        let tmp = tempfile::tempdir().unwrap();
        let f = tmp.path().join("run.json");
        let mut run = sample_run(Arch::X86_64, How::Native);
        run.schema = "jitharness/bench/v0".into();
        std::fs::write(&f, serde_json::to_string(&run).unwrap()).unwrap();
        let err = read_run(&f).unwrap_err();
        assert!(matches!(err, Error::UnsupportedInput { .. }) && err.to_string().contains("run.json"), "{err}");
        assert!(err.to_string().contains("jitharness/bench/v0"), "{err}");
        std::fs::write(&f, r#"{"schema": "jitharness/bench/v1", "sessions": 3}"#).unwrap();
        let err = read_run(&f).unwrap_err();
        assert!(err.to_string().contains("run.json"), "{err}");
        std::fs::write(&f, "[1, 2]").unwrap();
        assert!(read_run(&f).unwrap_err().to_string().contains("run.json"));

        // Two runs for one target and LLVM: a usage error naming both.
        let g = tmp.path().join("again.json");
        let run = sample_run(Arch::X86_64, How::Native);
        std::fs::write(&f, serde_json::to_string(&run).unwrap()).unwrap();
        std::fs::write(&g, serde_json::to_string(&run).unwrap()).unwrap();
        let opts = ReportOptions { runs: vec![f, g], out: tmp.path().join("out.md"), ..Default::default() };
        let err = write_report(&opts).unwrap_err();
        assert!(matches!(err, Error::Usage(_)) && err.to_string().contains("again.json"), "{err}");

        let err = write_report(&ReportOptions { out: tmp.path().join("out.md"), ..Default::default() }).unwrap_err();
        assert!(matches!(err, Error::Usage(_)), "{err}");
    }

    #[test]
    fn ratios() {
        let figures: BTreeMap<String, BTreeMap<u32, f64>> = BTreeMap::from([
            ("rtdyld-stock".to_string(), BTreeMap::from([(1, 1000.0), (10, 8000.0), (1000, 0.0)])),
            ("jitlink-rust".to_string(), BTreeMap::from([(1, 250.0), (10, 12000.0), (100, 5.0), (1000, 3.0)])),
        ]);
        let r = ratios_to_baseline(&figures, "rtdyld-stock");
        assert_eq!(r["jitlink-rust"].get(&1), Some(&0.25));
        assert_eq!(r["jitlink-rust"].get(&10), Some(&1.5));
        assert_eq!(r["jitlink-rust"].get(&100), None, "no baseline at 100");
        assert_eq!(r["jitlink-rust"].get(&1000), None, "a zero baseline gives no ratio");
        assert_eq!(r["rtdyld-stock"].get(&10), Some(&1.0));
        assert_eq!(ratio(3.0, 0.0), None);
        assert_eq!(ratio(f64::NAN, 1.0), None);
        assert_eq!(format_ratio(0.25), "0.250");
        assert_eq!(format_ratio(1.5), "1.50");
        assert_eq!(format_ratio(12.345), "12.3");
    }

    #[test]
    fn numbers_for_people() {
        assert_eq!(sig3(0.25), "0.250");
        assert_eq!(sig3(1234.0), "1230");
        assert_eq!(sig3(9.996), "10.0");
        assert_eq!(sig3(0.0), "0");
        assert_eq!(sig3(100.0), "100");
        assert_eq!(sig3(0.001234), "0.00123");
        assert_eq!(format_ns(850.0), "850 ns");
        assert_eq!(format_ns(0.25), "0.250 ns");
        assert_eq!(format_ns(999.6), "1.00 µs", "rounding up crosses into the next unit");
        assert_eq!(format_ns(12_345.0), "12.3 µs");
        assert_eq!(format_ns(1e6), "1.00 ms");
        assert_eq!(format_ns(4_100_000.0), "4.10 ms");
        assert_eq!(format_ns(2.5e9), "2.50 s");
        assert_eq!(format_ns(1.5e12), "1500 s");
        assert_eq!(format_bytes(0), "0 B");
        assert_eq!(format_bytes(1023), "1023 B");
        assert_eq!(format_bytes(1024), "1.00 KiB");
        assert_eq!(format_bytes(1536), "1.50 KiB");
        assert_eq!(format_bytes(12288), "12.0 KiB");
        assert_eq!(format_bytes(1 << 20), "1.00 MiB");
        assert_eq!(format_bytes((1 << 20) - 1), "1020 KiB", "3 significant digits; the unit changes at 1024");
        assert_eq!(format_bytes(3 << 30), "3.00 GiB");
        assert_eq!(format_bytes(64 << 40), "64.0 TiB");
    }

    /// Parses an SVG and returns (the document's text, polyline stroke colours).
    fn check_svg(path: &Path) -> (String, Vec<String>) {
        let text = std::fs::read_to_string(path).unwrap();
        let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{}: not XML: {e}", path.display()));
        assert_eq!(doc.root_element().tag_name().name(), "svg", "{}", path.display());
        let strokes = doc
            .descendants()
            .filter(|n| n.has_tag_name("polyline") || n.has_tag_name("path"))
            .filter_map(|n| n.attribute("stroke").map(str::to_string))
            .collect();
        let words: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect();
        (words.join(" "), strokes)
    }

    fn color_hex(backend: &str) -> String {
        let c = series_color(backend, 0);
        format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
    }

    #[test]
    fn writes_the_report_and_its_plots() {
        let tmp = tempfile::tempdir().unwrap();
        let crit = tmp.path().join("criterion");
        synthetic_criterion(&crit);
        let run_file = tmp.path().join("run-aarch64-llvm22.json");
        std::fs::write(&run_file, serde_json::to_string_pretty(&sample_run(Arch::Aarch64, How::QemuUser)).unwrap()).unwrap();
        let out = tmp.path().join("results/benchmarks.md");
        let opts = ReportOptions {
            criterion_dirs: vec![crit.clone()],
            runs: vec![run_file.clone()],
            out: out.clone(),
            commit: Some("deadbee".into()),
            date: Some("2025-02-03".into()),
        };
        let summary = write_report(&opts).unwrap();
        assert_eq!(summary.markdown, out);
        assert_eq!(summary.benchmarks, 13);
        assert_eq!(summary.ignored_ids, 1);
        assert_eq!(summary.svgs.len(), 3, "latency for 2 targets, mappings for the one run: {:?}", summary.svgs);
        let md = std::fs::read_to_string(&out).unwrap();

        // Header.
        assert!(md.contains("- Date: 2025-02-03"), "{md}");
        assert!(md.contains("`deadbee`") && md.contains("`abc1234`"), "report commit and run commit");
        assert!(md.contains("Test CPU @ 3 GHz"));
        assert!(md.contains("qemu-user, reserved VA 0x1000000000"));
        assert!(md.contains(
            "AArch64 figures were measured under qemu-user (emulated): compare backends with each other (ratios), never as absolute times"
        ));
        assert!(md.contains("noisy, shared machine"));
        assert!(md.contains("`my-own-bench/fast`"), "ignored ids are named");
        assert!(md.contains("**x86_64**: not recorded"), "x86_64 has no run");

        // Ratio table: aarch64 jitlink-rust / rtdyld-stock = 0.25 at every size; x86_64 0.5.
        let ratios = section(&md, "## Backends versus");
        let aarch64 = subsection(ratios, "### aarch64, LLVM 22");
        let row = aarch64.lines().find(|l| l.starts_with("| `jitlink-rust` |")).expect("jitlink-rust row");
        assert_eq!(row, "| `jitlink-rust` | 0.250 | 0.250 | 0.250 |", "{aarch64}");
        let slab = aarch64.lines().find(|l| l.starts_with("| `jitlink-slab` |")).expect("jitlink-slab row");
        assert_eq!(slab, "| `jitlink-slab` | — (1) | — (1) | — (2) |", "{aarch64}");
        assert!(aarch64.contains("- (1) `jitlink-slab`: not measured at this session size"), "{aarch64}");
        assert!(aarch64.contains("- (2) `jitlink-slab`: unsupported: LLVM 22 test reason"), "{aarch64}");
        let x86 = subsection(ratios, "### x86_64, LLVM 22");
        assert!(x86.contains("| `jitlink-rust` | 0.500 | 0.500 | 0.500 |"), "{x86}");

        // Latency: means and per module.
        let lat = section(&md, "## Latency");
        let x86 = subsection(lat, "### x86_64, LLVM 22");
        assert!(x86.contains("| `rtdyld-stock` | 1.00 µs ±2.0% | 10.0 µs ±2.0% | 1.00 ms ±2.0% |"), "{x86}");
        assert!(x86.contains("| `rtdyld-stock` | 1.00 µs | 1.00 µs | 1.00 µs |"), "per module: {x86}");
        assert!(x86.contains("| `issue9001` | 2.50 ms ±2.0% |"), "compile table: {x86}");

        // Resources: committed and calls not measured for jitlink, with the reason as a note.
        let res = section(&md, "## Resources");
        let row = res.lines().find(|l| l.starts_with("| `jitlink-rust` | 1000 |")).expect("resources row");
        assert!(row.contains("40 → 42") && row.contains("1.00 GiB") && row.contains("not measured ("), "{row}");
        assert!(res.contains(") `jitlink-rust`: JITLink maps slab memory itself"), "{res}");
        // To look at the result: JITHARNESS_KEEP_REPORT=DIR cargo test ... bench_report
        if let Some(keep) = std::env::var_os("JITHARNESS_KEEP_REPORT") {
            let keep = PathBuf::from(keep);
            std::fs::create_dir_all(&keep).unwrap();
            for f in summary.svgs.iter().chain([&out]) {
                std::fs::copy(f, keep.join(f.file_name().unwrap())).unwrap();
            }
        }
        let stock = res.lines().find(|l| l.starts_with("| `rtdyld-stock` | 1000 |")).unwrap();
        assert!(stock.contains("40 → 3042") && stock.contains("11.7 MiB") && stock.contains("| 3000 |"), "{stock}");

        // Lower bound: run link_ns / lower bound at 1000 modules.
        let lb = section(&md, "## Lower bound");
        let row = lb.lines().find(|l| l.starts_with("| 1000 |")).expect("lower bound row");
        assert_eq!(row, "| 1000 | 3.00 MiB | 50000 | 100 µs | 41.0× | — (1) | 10.0× |", "{lb}");

        // Peers: method listed; jitlink-rust 1 ms / llvm-jitlink 2 ms.
        let peers = section(&md, "## Peers");
        assert!(peers.contains("whole process, wall clock, median of 5"), "{peers}");
        assert!(peers.contains("| `jitlink-rust` | 1000 | 0.500 |"), "{peers}");
        assert!(peers.contains("| `rtdyld-stock` | 1000 | 2.05 |"), "{peers}");

        // Every linked SVG exists, parses, has a polyline per series and text.
        let links: Vec<&str> =
            md.lines().filter_map(|l| l.strip_prefix("![")).filter_map(|l| l.split("](").nth(1)).map(|l| l.trim_end_matches(')')).collect();
        assert_eq!(links.len(), 3, "{links:?}");
        for link in links {
            let path = out.parent().unwrap().join(link);
            assert!(summary.svgs.contains(&path), "{link} is in the summary");
            let (text, strokes) = check_svg(&path);
            for backend in ["rtdyld-stock", "jitlink-rust"] {
                assert!(strokes.contains(&color_hex(backend)), "{link}: no line for {backend}: {strokes:?}");
                assert!(text.contains(backend), "{link}: legend names {backend}");
            }
            assert!(text.contains("modules in the session"), "{link}: axis label drawn without a font backend");
        }
        let (text, _) = check_svg(&out.parent().unwrap().join("benchmarks-latency-aarch64-llvm22.svg"));
        assert!(text.contains("link latency, aarch64, LLVM 22 (qemu-user: compare ratios only)"), "{text}");

        // Deterministic: the same inputs give the same bytes.
        let svg_before = std::fs::read(&summary.svgs[0]).unwrap();
        write_report(&opts).unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), md);
        assert_eq!(std::fs::read(&summary.svgs[0]).unwrap(), svg_before);
    }

    #[test]
    fn run_alone_gives_ratios_from_medians() {
        let tmp = tempfile::tempdir().unwrap();
        let run_file = tmp.path().join("run.json");
        std::fs::write(&run_file, serde_json::to_string(&sample_run(Arch::X86_64, How::Native)).unwrap()).unwrap();
        let out = tmp.path().join("b.md");
        let summary = write_report(&ReportOptions { runs: vec![run_file], out: out.clone(), ..Default::default() }).unwrap();
        assert_eq!(summary.benchmarks, 0);
        let md = std::fs::read_to_string(&out).unwrap();
        assert!(md.contains("### x86_64, LLVM 22 (bench-run medians)"), "{md}");
        assert!(md.contains("| `jitlink-rust` | 0.244 | 0.244 |"), "1000/4100: {md}");
        assert!(md.contains("- Commit: `abc1234`") && md.contains("- Date: 2025-01-02T03:04:05Z"), "from the run");
        assert!(!md.contains("AArch64 figures"), "no aarch64 data");
        for svg in &summary.svgs {
            check_svg(svg);
        }
    }

    /// The text from `heading` to the next heading of the same level.
    fn section<'a>(md: &'a str, heading: &str) -> &'a str {
        let start = md.find(heading).unwrap_or_else(|| panic!("no `{heading}` in:\n{md}"));
        let rest = &md[start + heading.len()..];
        let end = rest.find("\n## ").unwrap_or(rest.len());
        &rest[..end]
    }

    fn subsection<'a>(md: &'a str, heading: &str) -> &'a str {
        let start = md.find(heading).unwrap_or_else(|| panic!("no `{heading}` in:\n{md}"));
        let rest = &md[start + heading.len()..];
        let end = rest.find("\n### ").unwrap_or(rest.len());
        &rest[..end]
    }
}
