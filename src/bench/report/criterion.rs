//! Reading criterion's output: benchmark ids that follow the convention of `src/bench/mod.rs`,
//! and their estimates, found by walking criterion's directories.

use super::model::{backend_rank, Combo};
use crate::backend::BackendKind;
use crate::error::{Error, Result};
use crate::target::Arch;
use serde::Deserialize;
use std::path::{Path, PathBuf};

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

pub(super) type EstimateKey<'a> = (Combo, BenchKind, (usize, &'a str), Option<u32>, &'a str);

pub(super) fn estimate_key(e: &CriterionEstimate) -> EstimateKey<'_> {
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

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::*;

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
}
