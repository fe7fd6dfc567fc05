//! `jitharness matrix` and `jitharness merge`.

use clap::Args;
use jitharness::matrix::{self, gate, MatrixOptions, MatrixSet, Suite};
use jitharness::shard::Shard;
use jitharness::target::Arch;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::usage_error;

#[derive(Args, Clone)]
pub(crate) struct MatrixArgs {
    /// Comma-separated targets.
    #[arg(long, value_delimiter = ',', default_values_t = [Arch::X86_64, Arch::Aarch64])]
    pub(crate) target: Vec<Arch>,
    /// `all`, or a comma-separated list of workloads, workloads-scatter, numba-0.59, numba-0.68.
    #[arg(long, default_value = "all")]
    pub(crate) suites: String,
    /// Run only shard I of N of the work (units, bench runs, numba results), e.g. 2/4.
    #[arg(long)]
    pub(crate) shard: Option<Shard>,
    /// Where to write the result set (default matrix-results/llvm<N>[-<I>-of-<N>].json).
    #[arg(long)]
    pub(crate) out: Option<PathBuf>,
    /// Also write the compatibility table here (it is printed either way).
    #[arg(long)]
    pub(crate) markdown: Option<PathBuf>,
    /// The directory holding the Numba corpora (numba/, numba-0.68/).
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus"))]
    pub(crate) corpus_root: PathBuf,
    /// A `numba test --json` result set of this build's LLVM to fold in (repeatable).
    #[arg(long)]
    pub(crate) numba_results: Vec<PathBuf>,
    /// Leave out the bench runs (link latency, mappings, reclaim).
    #[arg(long)]
    pub(crate) no_bench: bool,
    /// On an x86_64 machine, run aarch64 units under qemu-user (the aarch64 harness) instead
    /// of cross-linking them.
    #[arg(long)]
    pub(crate) aarch64_qemu: bool,
    /// Compare with a baseline result set (its part for this run's plan); exit 1 on any
    /// regression.
    #[arg(long)]
    pub(crate) baseline: Option<PathBuf>,
    /// Worker processes at once (default: the number of CPUs).
    #[arg(long)]
    pub(crate) jobs: Option<usize>,
    /// Seconds each worker may run.
    #[arg(long, default_value_t = 300)]
    pub(crate) timeout: u64,
}

#[derive(Args, Clone)]
pub(crate) struct MergeArgs {
    /// Matrix result sets (shards, or the runs of several LLVM builds); or the shards of one
    /// `bench` run, one `numba test --json` run, or one `corpus` run (its output directories).
    #[arg(required = true)]
    pub(crate) sets: Vec<PathBuf>,
    /// Where to write the merged set (for `corpus` output directories: a directory).
    #[arg(long)]
    pub(crate) out: PathBuf,
    /// Also write the compatibility table here.
    #[arg(long)]
    pub(crate) markdown: Option<PathBuf>,
    /// Compare with a baseline result set (all of it); exit 1 on any regression.
    #[arg(long)]
    pub(crate) baseline: Option<PathBuf>,
    /// Write the merged set (without its timings) as the new baseline.
    #[arg(long)]
    pub(crate) write_baseline: Option<PathBuf>,
}

pub(crate) fn matrix_cmd(a: &MatrixArgs) -> ExitCode {
    let suites = match Suite::parse_list(&a.suites) {
        Ok(s) => s,
        Err(e) => return usage_error(e),
    };
    let mut numba = Vec::new();
    for p in &a.numba_results {
        match read_numba(p) {
            Ok(r) => numba.push((p.clone(), r)),
            Err(e) => return usage_error(e),
        }
    }
    let mut targets = a.target.clone();
    targets.dedup();
    let opts = MatrixOptions {
        targets,
        suites,
        corpus_root: a.corpus_root.clone(),
        shard: a.shard,
        parallel: a.jobs.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)),
        timeout: std::time::Duration::from_secs(a.timeout),
        bench: !a.no_bench,
        numba,
        aarch64_qemu: a.aarch64_qemu,
    };
    let baseline = match a.baseline.as_deref().map(MatrixSet::read).transpose() {
        Ok(b) => b,
        Err(e) => return usage_error(e),
    };
    let set = match matrix::run(&opts, |line| eprintln!("{line}")) {
        Ok(s) => s,
        Err(e @ jitharness::Error::Usage(_)) => return usage_error(e),
        Err(e) => {
            eprintln!("jitharness: {e}");
            return ExitCode::from(1);
        }
    };
    let out = a.out.clone().unwrap_or_else(|| {
        let llvm = set.builds[0].llvm;
        let name = match a.shard {
            Some(s) => format!("llvm{llvm}-{}-of-{}.json", s.index, s.count),
            None => format!("llvm{llvm}.json"),
        };
        PathBuf::from("matrix-results").join(name)
    });
    finish(&set, &out, a.markdown.as_deref(), baseline.as_ref().map(|b| (b, gate::Scope::OwnPlan)))
}

fn read_numba(p: &Path) -> jitharness::Result<jitharness::numba::suite::SuiteReport> {
    let text = std::fs::read_to_string(p).map_err(|e| jitharness::Error::io(p, e))?;
    serde_json::from_str(&text).map_err(|e| jitharness::Error::UnsupportedInput {
        file: p.display().to_string(),
        reason: format!("not a `numba test --json` result set: {e}"),
    })
}

/// Writes the set and its table, prints the table, gates against the baseline.
fn finish(set: &MatrixSet, out: &Path, markdown: Option<&Path>, baseline: Option<(&MatrixSet, gate::Scope)>) -> ExitCode {
    if let Err(e) = set.write(out) {
        eprintln!("jitharness: {e}");
        return ExitCode::from(1);
    }
    let md = matrix::table::markdown(set);
    if let Some(p) = markdown {
        if let Err(e) = write_file(p, &md) {
            eprintln!("jitharness: {e}");
            return ExitCode::from(1);
        }
    }
    print!("{md}");
    eprintln!("result set: {}", out.display());
    if let Some((b, scope)) = baseline {
        let g = gate::compare(b, set, scope);
        eprint!("baseline: {}", g.text());
        if !g.passed() {
            eprintln!("jitharness: {} regressions against the baseline", g.regressions.len());
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}

pub(crate) fn write_file(p: &Path, text: &str) -> jitharness::Result<()> {
    if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| jitharness::Error::io(dir, e))?;
    }
    std::fs::write(p, text).map_err(|e| jitharness::Error::io(p, e))
}

/// What the inputs of `merge` are.
enum Kind {
    Matrix,
    Corpus,
    Bench,
    NumbaTest,
}

fn kind_of(p: &Path) -> jitharness::Result<Kind> {
    if p.is_dir() {
        return Ok(Kind::Corpus);
    }
    let text = std::fs::read_to_string(p).map_err(|e| jitharness::Error::io(p, e))?;
    let v: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| jitharness::Error::UnsupportedInput { file: p.display().to_string(), reason: format!("not JSON: {e}") })?;
    match v.get("schema").and_then(|s| s.as_str()) {
        Some(matrix::MATRIX_SCHEMA) => Ok(Kind::Matrix),
        Some(jitharness::bench::BENCH_SCHEMA) => Ok(Kind::Bench),
        Some(jitharness::numba::suite::SUITE_SCHEMA) => Ok(Kind::NumbaTest),
        other => Err(jitharness::Error::UnsupportedInput {
            file: p.display().to_string(),
            reason: format!(
                "schema {}: merge takes matrix result sets, bench runs, `numba test --json` reports or `corpus` output directories",
                other.map(|s| format!("`{s}`")).unwrap_or_else(|| "missing".into())
            ),
        }),
    }
}

fn read_json<T: serde::de::DeserializeOwned>(p: &Path) -> jitharness::Result<T> {
    let text = std::fs::read_to_string(p).map_err(|e| jitharness::Error::io(p, e))?;
    serde_json::from_str(&text).map_err(|e| jitharness::Error::UnsupportedInput { file: p.display().to_string(), reason: e.to_string() })
}

/// Merges the shards of a `corpus`, `bench` or `numba test` run.
fn merge_other(a: &MergeArgs, kind: Kind) -> jitharness::Result<()> {
    if a.markdown.is_some() || a.baseline.is_some() || a.write_baseline.is_some() {
        return Err(jitharness::Error::Usage("--markdown, --baseline and --write-baseline are for matrix result sets".into()));
    }
    let json = match kind {
        Kind::Corpus => {
            let results = jitharness::diff::corpus::merge_dirs(&a.sets)?;
            jitharness::diff::corpus::write_results(&a.out, &results)?;
            let plan = results.iter().map(|r| r.unit.name.clone()).collect();
            jitharness::diff::corpus::write_shard(&a.out, None, plan)?;
            eprintln!("merged {} units into {}", results.len(), a.out.join(jitharness::diff::corpus::RESULTS_FILE).display());
            return Ok(());
        }
        Kind::Bench => {
            let runs = a.sets.iter().map(|p| Ok((p.clone(), read_json(p)?))).collect::<jitharness::Result<Vec<_>>>()?;
            serde_json::to_string_pretty(&jitharness::bench::BenchRun::merge(runs)?).expect("serializes")
        }
        Kind::NumbaTest => {
            let parts = a.sets.iter().map(|p| Ok((p.clone(), read_json(p)?))).collect::<jitharness::Result<Vec<_>>>()?;
            serde_json::to_string_pretty(&jitharness::numba::suite::SuiteReport::merge(parts)?).expect("serializes")
        }
        Kind::Matrix => unreachable!("matrix sets merge in merge_cmd"),
    };
    write_file(&a.out, &(json + "\n"))?;
    eprintln!("merged {} shards into {}", a.sets.len(), a.out.display());
    Ok(())
}

pub(crate) fn merge_cmd(a: &MergeArgs) -> ExitCode {
    let kinds = match a.sets.iter().map(|p| kind_of(p)).collect::<jitharness::Result<Vec<_>>>() {
        Ok(k) => k,
        Err(e) => return usage_error(e),
    };
    let same = |k: &Kind| std::mem::discriminant(k) == std::mem::discriminant(&kinds[0]);
    if !kinds.iter().all(same) {
        return usage_error("merge: the inputs are of different kinds (matrix, bench, numba test, corpus)");
    }
    if !matches!(kinds[0], Kind::Matrix) {
        let kind = kinds.into_iter().next().expect("clap requires one");
        return match merge_other(a, kind) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e @ jitharness::Error::Usage(_)) => usage_error(e),
            Err(e) => {
                eprintln!("jitharness: {e}");
                ExitCode::from(1)
            }
        };
    }
    let mut sets = Vec::new();
    for p in &a.sets {
        match MatrixSet::read(p) {
            Ok(s) => sets.push((p.clone(), s)),
            Err(e) => return usage_error(e),
        }
    }
    let baseline = match a.baseline.as_deref().map(MatrixSet::read).transpose() {
        Ok(b) => b,
        Err(e) => return usage_error(e),
    };
    let merged = match matrix::merge::merge(sets) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("jitharness: {e}");
            return ExitCode::from(1);
        }
    };
    if let Some(p) = &a.write_baseline {
        if let Err(e) = merged.without_measurements().write(p) {
            eprintln!("jitharness: {e}");
            return ExitCode::from(1);
        }
        eprintln!("baseline written: {}", p.display());
    }
    finish(&merged, &a.out, a.markdown.as_deref(), baseline.as_ref().map(|b| (b, gate::Scope::Everything)))
}
