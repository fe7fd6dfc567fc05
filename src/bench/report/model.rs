//! The report's model: every input keyed by (target, LLVM), the figures each section reads,
//! ratios, and numbers for people.

use super::criterion::{estimate_key, read_criterion, BenchKind, CriterionEstimate};
use super::ReportOptions;
use crate::backend::BackendKind;
use crate::bench::{BenchRun, SessionMeasure, BENCH_SCHEMA};
use crate::error::{Error, Result};
use crate::run::exec::How;
use crate::target::Arch;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

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

/// How the report names files: relative to the repository root when under it, as given when
/// relative, else by the file name alone. The machine's own absolute paths (a checkout, a
/// scratch directory, a home) tell a reader nothing, and would make the same measurements give
/// different reports on different machines.
#[derive(Clone, Debug, Default)]
pub(super) struct PathNames {
    pub(super) root: Option<PathBuf>,
}

/// Kept whole in text: the same place on every machine (`/usr/lib/llvm-22/bin/llvm-jitlink`).
const SYSTEM_DIRS: [&str; 9] = ["/usr", "/lib", "/lib64", "/bin", "/sbin", "/etc", "/proc", "/dev", "/sys"];

impl PathNames {
    /// The name of `path` in the report.
    pub(super) fn name(&self, path: &Path) -> String {
        if let Some(rel) = self.root.as_deref().and_then(|r| path.strip_prefix(r).ok()) {
            return if rel.as_os_str().is_empty() { ".".into() } else { rel.display().to_string() };
        }
        if path.is_relative() || SYSTEM_DIRS.iter().any(|d| path.starts_with(d)) {
            return path.display().to_string();
        }
        path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
    }

    /// `text` with every absolute path in it named as [`PathNames::name`] does. A path starts
    /// at a `/` that opens a word (after a space, a bracket, a quote or `=`) and runs to the
    /// next space, `:`, `,`, `;`, bracket or quote; a sentence's full stop is not part of it.
    pub(super) fn text(&self, text: &str) -> String {
        const OPEN: &str = "([{<'\"`=";
        const END: &str = ":,;()[]{}<>'\"`";
        let mut out = String::with_capacity(text.len());
        let (mut copied, mut i) = (0, 0);
        // Byte offsets are safe to slice at: `/` and the delimiters are ASCII, which never
        // occurs inside a multi-byte UTF-8 sequence.
        while let Some(at) = text[i..].find('/').map(|k| i + k) {
            let opens = text[..at].chars().next_back().is_none_or(|c| c.is_whitespace() || OPEN.contains(c));
            let named = text[at + 1..].chars().next().is_some_and(|c| c.is_alphanumeric() || "._-~".contains(c));
            if !(opens && named) {
                i = at + 1;
                continue;
            }
            let len = text[at..].find(|c: char| c.is_whitespace() || END.contains(c)).unwrap_or(text.len() - at);
            let path = text[at..at + len].trim_end_matches('.');
            out.push_str(&text[copied..at]);
            out.push_str(&self.name(Path::new(path)));
            i = at + path.len();
            copied = i;
        }
        out.push_str(&text[copied..]);
        out
    }

    /// Names the paths in a run's free text: outcomes and notes quote error messages, which
    /// name their files in full (the workers' scratch objects, for one).
    fn scrub_run(&self, run: &mut BenchRun) {
        run.input = self.text(&run.input);
        for s in &mut run.sessions {
            s.outcome = self.text(&s.outcome);
            s.not_visible = s.not_visible.as_deref().map(|t| self.text(t));
        }
        for p in &mut run.peers {
            for t in [&mut p.outcome, &mut p.method, &mut p.version] {
                *t = self.text(t);
            }
        }
        for n in &mut run.notes {
            *n = self.text(n);
        }
    }
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

/// A target and an LLVM major version, ordered x86_64 first, then by LLVM.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) struct Combo {
    pub(super) target_rank: u8,
    pub(super) llvm: u32,
}

impl Combo {
    pub(super) fn new(target: Arch, llvm: u32) -> Combo {
        let target_rank = Arch::ALL.iter().position(|a| *a == target).unwrap_or(Arch::ALL.len()) as u8;
        Combo { target_rank, llvm }
    }

    pub(super) fn target(self) -> Arch {
        Arch::ALL[self.target_rank as usize]
    }

    pub(super) fn title(self) -> String {
        format!("{}, LLVM {}", self.target(), self.llvm)
    }

    pub(super) fn slug(self) -> String {
        format!("{}-llvm{}", self.target(), self.llvm)
    }
}

/// Backends in a fixed order: the baseline first, then as `BackendKind::ALL`, then by name.
pub(super) fn backend_rank(name: &str) -> (usize, &str) {
    let i = BackendKind::ALL.iter().position(|b| b.name() == name).unwrap_or(BackendKind::ALL.len());
    (i, name)
}

pub(super) const BASELINE: &str = "rtdyld-stock";

pub(super) struct LoadedRun {
    pub(super) path: PathBuf,
    pub(super) run: BenchRun,
}

pub(super) struct Model {
    /// How the report names files.
    pub(super) names: PathNames,
    pub(super) criterion_dirs: Vec<PathBuf>,
    pub(super) estimates: Vec<CriterionEstimate>,
    pub(super) ignored: Vec<String>,
    /// Ids found in more than one criterion directory (the first was kept).
    pub(super) duplicates: Vec<String>,
    pub(super) runs: BTreeMap<Combo, LoadedRun>,
    pub(super) combos: BTreeSet<Combo>,
}

impl Model {
    pub(super) fn load(opts: &ReportOptions) -> Result<Model> {
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

        let names = PathNames { root: opts.root.clone() };
        let mut runs: BTreeMap<Combo, LoadedRun> = BTreeMap::new();
        for path in &opts.runs {
            let mut run = read_run(path)?;
            names.scrub_run(&mut run);
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
        Ok(Model { names, criterion_dirs: opts.criterion_dirs.clone(), estimates, ignored, duplicates, runs, combos })
    }

    pub(super) fn run(&self, combo: Combo) -> Option<&BenchRun> {
        self.runs.get(&combo).map(|l| &l.run)
    }

    pub(super) fn estimates(&self, combo: Combo, kind: BenchKind) -> impl Iterator<Item = &CriterionEstimate> {
        self.estimates.iter().filter(move |e| Combo::new(e.id.target, e.id.llvm) == combo && e.id.kind == kind)
    }

    /// Per backend (in order), per module count, the criterion estimate of `kind`.
    pub(super) fn by_backend(&self, combo: Combo, kind: BenchKind) -> Vec<(String, BTreeMap<u32, &CriterionEstimate>)> {
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
    pub(super) fn session(&self, combo: Combo, backend: &str, modules: u32) -> Option<&SessionMeasure> {
        self.run(combo)?.sessions.iter().find(|s| s.backend == backend && s.modules == modules)
    }

    /// Link figures for the latency table, ratio table and plot: criterion's means when there are
    /// any for this target and LLVM, else the run's medians.
    pub(super) fn link_figures(&self, combo: Combo) -> Option<LinkFigures<'_>> {
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
    pub(super) fn emulated(&self, combo: Combo) -> bool {
        match self.run(combo) {
            Some(r) => r.execution.how == How::QemuUser,
            None => combo.target() != HOST_OF_RECORD,
        }
    }
}

/// The project's benchmark machines are x86_64; aarch64 runs under qemu-user there. What a
/// target without a bench run (criterion figures only) is assumed to have run as.
pub(super) const HOST_OF_RECORD: Arch = Arch::X86_64;

/// One link figure: nanoseconds, and the criterion estimate it came from (`None`: a run median).
pub(super) type LinkCell<'a> = (f64, Option<&'a CriterionEstimate>);

pub(super) struct LinkFigures<'a> {
    /// From the run's `link_ns` (no criterion link benchmarks for this target and LLVM).
    pub(super) from_run: bool,
    /// Per backend in order: module count → (ns, the criterion estimate when from criterion).
    pub(super) rows: Vec<(String, BTreeMap<u32, LinkCell<'a>>)>,
}

impl LinkFigures<'_> {
    pub(super) fn sizes(&self) -> BTreeSet<u32> {
        self.rows.iter().flat_map(|(_, m)| m.keys().copied()).collect()
    }

    pub(super) fn means(&self) -> BTreeMap<String, BTreeMap<u32, f64>> {
        self.rows.iter().map(|(b, m)| (b.clone(), m.iter().map(|(n, (v, _))| (*n, *v)).collect())).collect()
    }

    pub(super) fn source(&self) -> &'static str {
        if self.from_run {
            "median wall clock of the bench run's sessions (`link_ns`; no criterion `link` benchmarks for this target and LLVM)"
        } else {
            "criterion mean"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::super::{write_report, ReportOptions};
    use super::*;

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

    #[test]
    fn paths_are_named_without_the_machine() {
        let names = PathNames { root: Some("/work/main".into()) };
        assert_eq!(names.name(Path::new("/work/main/target/llvm22/criterion")), "target/llvm22/criterion", "under the root");
        assert_eq!(names.name(Path::new("/work/main")), ".", "the root itself");
        assert_eq!(names.name(Path::new("/work/main2/run.json")), "run.json", "a sibling is not under the root");
        assert_eq!(names.name(Path::new("/tmp/.tmpAb12/run-x86_64-llvm22.json")), "run-x86_64-llvm22.json", "elsewhere: the file");
        assert_eq!(names.name(Path::new("target/bench/run.json")), "target/bench/run.json", "relative: as given");
        assert_eq!(names.name(Path::new("/usr/lib/llvm-22/bin/llvm-jitlink")), "/usr/lib/llvm-22/bin/llvm-jitlink", "system");

        let text = "unsupported: /tmp/jitharness-bench-aarch64-30825/0000.o: types (see /work/main/docs/x.md). \
                    crash: a / b, ms/module, `mmap`/`mprotect`, https://example.org/a, (/home/u/.cache/py/bin/python3) \
                    /usr/lib/llvm-22/bin/llvm-rtdyld not installed; -dir=/root/objects";
        assert_eq!(
            names.text(text),
            "unsupported: 0000.o: types (see docs/x.md). crash: a / b, ms/module, `mmap`/`mprotect`, https://example.org/a, \
             (python3) /usr/lib/llvm-22/bin/llvm-rtdyld not installed; -dir=objects"
        );
        assert_eq!(PathNames::default().text("→ /tmp/x/ü.o ok"), "→ ü.o ok", "non-ASCII around and in a path");
    }
}
