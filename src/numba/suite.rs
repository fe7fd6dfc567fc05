//! `jitharness numba test`: a committed subset of Numba's own test suite (the `numba.tests`
//! package the wheel ships), run with stock Numba and then with each backend as its JIT
//! linker; per test, what each linker got, and every test whose result differs from stock.
//!
//! Subsets are files in `python/jitharness/subsets/` (one unittest name per line). Tests run
//! in `jobs` processes (`python -m jitharness.testrun`), each writing a JSON line as a test
//! starts and another as it ends; a process that dies inside a test leaves that test `crash`
//! (with its exit status and the end of its stderr) and the rest of its plan is run again in a
//! new process, so one crash costs one test.

use super::{command, Era, Linker, RunOptions};
use crate::error::{Error, Result};
use crate::memory::placement::Placement;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

pub const SUITE_SCHEMA: &str = "jitharness/numba-test/v1";

/// A process gets this long for its share of the plan before it is killed (its running test
/// then counts as `timeout`).
const PROCESS_TIMEOUT: Duration = Duration::from_secs(30 * 60);
/// How many times a dead process's remaining plan is started again.
const MAX_RESTARTS: usize = 20;

/// The committed subsets' directory.
pub fn subsets_dir() -> PathBuf {
    super::python_dir().join("jitharness/subsets")
}

/// Names of the committed subsets.
pub fn subset_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(subsets_dir())
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".txt").map(str::to_string))
        .collect();
    names.sort();
    names
}

/// The test names of subset `name` (comments and blank lines dropped).
///
/// # Errors
/// An unknown subset names the known ones; an empty one is an error too.
pub fn subset(name: &str) -> Result<Vec<String>> {
    let path = subsets_dir().join(format!("{name}.txt"));
    let text = std::fs::read_to_string(&path)
        .map_err(|_| Error::Execution(format!("unknown subset `{name}` (known: {})", subset_names().join(", "))))?;
    let specs: Vec<String> =
        text.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|l| !l.is_empty()).map(str::to_string).collect();
    if specs.is_empty() {
        return Err(Error::Execution(format!("{}: the subset names no tests", path.display())));
    }
    Ok(specs)
}

/// One test's result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TestResult {
    /// pass, fail, error, skip, expected-failure, unexpected-success, crash, timeout.
    pub outcome: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    pub seconds: f64,
}

/// One linker's run of the subset.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LinkerRun {
    pub linker: Linker,
    /// Set when the linker could not run here (the backend is missing from this build).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsupported: Option<String>,
    pub wall_seconds: f64,
    /// Outcome → number of tests.
    pub counts: BTreeMap<String, u64>,
    pub tests: BTreeMap<String, TestResult>,
    /// Processes started again after one died.
    pub restarts: u64,
}

/// A test whose result with a backend is not stock Numba's.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Difference {
    pub test: String,
    pub linker: Linker,
    pub stock: String,
    pub got: String,
    pub reason: String,
    /// The known LLVM defect (src/llvm/defects.rs) that applies to this backend, this LLVM
    /// and this machine, and whose words the reason contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known_defect: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SuiteReport {
    pub schema: String,
    pub subset: String,
    pub era: Era,
    /// The harness's LLVM (the backends' linker), and the era's llvmlite's.
    pub harness_llvm: String,
    pub llvmlite_llvm: u32,
    pub audit: bool,
    pub jobs: usize,
    pub runs: Vec<LinkerRun>,
    pub differences: Vec<Difference>,
    /// Present when this is one shard of a run (`numba test --shard`), with the run's plan
    /// (the subset's test specs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<crate::shard::Shard>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<String>,
}

impl SuiteReport {
    /// Combines the shards of one run (`jitharness merge`). A test's stock and backend
    /// results are in the same shard, so each shard's differences are the run's for its tests.
    ///
    /// # Errors
    /// [`Error::Merge`] for shards of different runs, overlapping or missing shards.
    pub fn merge(parts: Vec<(PathBuf, SuiteReport)>) -> Result<SuiteReport> {
        let views: Vec<crate::shard::Part<'_>> =
            parts.iter().map(|(p, r)| crate::shard::Part { file: p.as_path(), shard: r.shard, plan: &r.plan }).collect();
        crate::shard::check_parts(&views)?;
        let key = |r: &SuiteReport| (r.subset.clone(), r.era, r.harness_llvm.clone(), r.runs.iter().map(|l| l.linker).collect::<Vec<_>>());
        if let Some((p, _)) = parts.iter().find(|(_, r)| key(r) != key(&parts[0].1)) {
            return Err(Error::Merge(format!(
                "{} is not a shard of the same run as {} (subset, era, harness LLVM or linkers differ)",
                p.display(),
                parts[0].0.display()
            )));
        }
        let mut it = parts.into_iter().map(|(_, r)| r);
        let mut out = it.next().expect("check_parts refuses nothing");
        for r in it {
            for (mine, theirs) in out.runs.iter_mut().zip(r.runs) {
                mine.tests.extend(theirs.tests);
                mine.wall_seconds += theirs.wall_seconds;
                mine.restarts += theirs.restarts;
            }
            out.differences.extend(r.differences);
        }
        for run in &mut out.runs {
            run.counts = BTreeMap::new();
            for t in run.tests.values() {
                *run.counts.entry(t.outcome.clone()).or_default() += 1;
            }
        }
        let order: Vec<Linker> = out.runs.iter().map(|r| r.linker).collect();
        out.differences.sort_by_key(|d| (order.iter().position(|l| *l == d.linker), d.test.clone()));
        out.shard = None;
        out.plan = Vec::new();
        Ok(out)
    }
}

/// What to run.
#[derive(Clone, Debug)]
pub struct SuiteOptions {
    pub era: Era,
    pub subset: String,
    /// Stock is always run first (the baseline) whether listed or not.
    pub linkers: Vec<Linker>,
    pub jobs: usize,
    pub audit: bool,
    pub placement: Placement,
    /// Called with a line as each linker finishes.
    pub progress: bool,
    /// Run only this shard of the subset's test specs.
    pub shard: Option<crate::shard::Shard>,
}

/// Runs the subset with stock Numba, then with each linker, and compares.
///
/// # Errors
/// An unknown subset; a missing environment or harness library.
pub fn run(opts: &SuiteOptions) -> Result<SuiteReport> {
    let all = subset(&opts.subset)?;
    let specs = crate::shard::filter(all.clone(), opts.shard, |s| s.clone());
    let mut linkers = vec![Linker::Stock];
    linkers.extend(opts.linkers.iter().copied().filter(|l| *l != Linker::Stock));
    let mut runs = Vec::new();
    for linker in linkers {
        let r = run_linker(opts, linker, &specs)?;
        if opts.progress {
            eprintln!("numba test: {} {}: {} in {:.0} s", opts.era, linker, counts_text(&r), r.wall_seconds);
        }
        runs.push(r);
    }
    let differences = compare(&runs);
    Ok(SuiteReport {
        schema: SUITE_SCHEMA.into(),
        subset: opts.subset.clone(),
        era: opts.era,
        harness_llvm: crate::compile::llvm_version().into(),
        llvmlite_llvm: opts.era.llvm_major(),
        audit: opts.audit,
        jobs: opts.jobs,
        runs,
        differences,
        shard: opts.shard,
        plan: if opts.shard.is_some() { all } else { Vec::new() },
    })
}

/// The known defect that explains `reason` for `linker` here (Numba runs in this process's
/// architecture, in process).
fn known_defect(linker: Linker, reason: &str) -> Option<&'static str> {
    let Linker::Backend(b) = linker else { return None };
    let llvm = crate::compile::llvm_major();
    crate::llvm::defects::DEFECTS
        .iter()
        .find(|d| d.applies_to(llvm, b, crate::target::Arch::host(), false) && d.explains(reason))
        .map(|d| d.id)
}

/// Every test whose outcome with a backend differs from stock's (a test stock did not run
/// counts as `missing`).
pub fn compare(runs: &[LinkerRun]) -> Vec<Difference> {
    let Some(stock) = runs.iter().find(|r| r.linker == Linker::Stock) else { return Vec::new() };
    let mut out = Vec::new();
    for r in runs.iter().filter(|r| r.linker != Linker::Stock && r.unsupported.is_none()) {
        let ids: BTreeSet<&String> = stock.tests.keys().chain(r.tests.keys()).collect();
        for id in ids {
            let s = stock.tests.get(id).map_or("missing", |t| t.outcome.as_str());
            let (g, reason) = r.tests.get(id).map_or(("missing", ""), |t| (t.outcome.as_str(), t.reason.as_str()));
            if s != g {
                let known_defect = known_defect(r.linker, reason).map(str::to_string);
                out.push(Difference {
                    test: id.clone(),
                    linker: r.linker,
                    stock: s.into(),
                    got: g.into(),
                    reason: reason.into(),
                    known_defect,
                });
            }
        }
    }
    out
}

fn counts_text(r: &LinkerRun) -> String {
    if let Some(u) = &r.unsupported {
        return format!("unsupported: {u}");
    }
    r.counts.iter().map(|(k, v)| format!("{v} {k}")).collect::<Vec<_>>().join(", ")
}

fn run_linker(opts: &SuiteOptions, linker: Linker, specs: &[String]) -> Result<LinkerRun> {
    let started = Instant::now();
    let mut run = LinkerRun { linker, unsupported: None, wall_seconds: 0.0, counts: BTreeMap::new(), tests: BTreeMap::new(), restarts: 0 };
    if let Linker::Backend(b) = linker {
        if let Err(reason) = b.availability() {
            run.unsupported = Some(reason);
            return Ok(run);
        }
    }
    let dir = scratch_dir(&format!("{}-{}", opts.era, linker))?;
    let jobs = opts.jobs.max(1);
    // Round robin over the specs, so that long modules spread over the processes.
    let mut slices: Vec<Vec<String>> = vec![Vec::new(); jobs];
    for (i, s) in specs.iter().enumerate() {
        slices[i % jobs].push(s.clone());
    }
    slices.retain(|s| !s.is_empty());
    let mut pending: Vec<(usize, Vec<String>)> = slices.into_iter().enumerate().collect();
    let mut attempt = 0;
    while !pending.is_empty() {
        let mut children = Vec::new();
        for (k, slice) in &pending {
            let out = dir.join(format!("slice{k}-{attempt}.jsonl"));
            let err = dir.join(format!("slice{k}-{attempt}.stderr"));
            let ro = RunOptions { era: opts.era, linker, audit: opts.audit, placement: opts.placement, report: None };
            let mut args = vec!["-m".to_string(), "jitharness.testrun".to_string(), out.display().to_string()];
            args.extend(slice.iter().cloned());
            let mut cmd = command(&ro, &args)?;
            // NUMBA_CACHE_DIR stays unset: Numba's caching tests expect the cache beside the
            // test module's copy and count the files there.
            cmd.env("NUMBA_THREADING_LAYER", "workqueue")
                .env("PYTHONFAULTHANDLER", "1")
                .current_dir(&dir)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(std::fs::File::create(&err).map_err(|e| Error::io(&err, e))?);
            let child = cmd.spawn().map_err(|e| Error::Execution(format!("cannot start {}: {e}", opts.era.python().display())))?;
            children.push((*k, child, out, err));
        }
        let mut next = Vec::new();
        for (k, child, out, err) in children {
            let status = wait_with_timeout(child, PROCESS_TIMEOUT);
            let (plan, started_last, results) = read_results(&out)?;
            for (id, r) in results {
                run.tests.insert(id, r);
            }
            if status.is_some_and(|s| s.success()) {
                continue;
            }
            // The process died or was killed inside `started_last`: that test is the
            // crash; the rest of its plan runs again.
            let tail = stderr_tail(&err);
            let timed_out = status.is_none();
            if plan.is_empty() && started_last.is_none() {
                // It died before it could say what it would run.
                let slice = pending.iter().find(|(j, _)| *j == k).map(|(_, s)| s.join(" ")).unwrap_or_default();
                run.tests.insert(
                    format!("(the test process for: {slice})"),
                    TestResult {
                        outcome: "error".into(),
                        reason: format!("the test process failed to start its tests: {tail}"),
                        seconds: 0.0,
                    },
                );
                continue;
            }
            if let Some(id) = started_last.filter(|id| !run.tests.contains_key(id)) {
                let what = match status {
                    None => format!("killed after {} s", PROCESS_TIMEOUT.as_secs()),
                    Some(s) => format!("the test process died: {s}"),
                };
                run.tests.insert(
                    id,
                    TestResult {
                        outcome: if timed_out { "timeout" } else { "crash" }.into(),
                        reason: format!("{what}; stderr ends: {tail}"),
                        seconds: 0.0,
                    },
                );
            }
            let rest: Vec<String> = plan.into_iter().filter(|id| !run.tests.contains_key(id)).collect();
            if !rest.is_empty() && attempt < MAX_RESTARTS {
                run.restarts += 1;
                next.push((k, rest));
            } else {
                for id in rest {
                    run.tests
                        .insert(id, TestResult { outcome: "not-run".into(), reason: "too many test processes died".into(), seconds: 0.0 });
                }
            }
        }
        pending = next;
        attempt += 1;
    }
    for t in run.tests.values() {
        *run.counts.entry(t.outcome.clone()).or_default() += 1;
    }
    run.wall_seconds = started.elapsed().as_secs_f64();
    let _ = std::fs::remove_dir_all(&dir);
    Ok(run)
}

/// Waits for `child`; None when it ran out of time (it is killed).
fn wait_with_timeout(mut child: std::process::Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let deadline = Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(s)) => return Some(s),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(100)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
}

type Results = (Vec<String>, Option<String>, Vec<(String, TestResult)>);

/// The plan, the last test started, and the results in a runner's output.
fn read_results(path: &Path) -> Result<Results> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::io(path, e)),
    };
    let mut plan = Vec::new();
    let mut started = None;
    let mut results = Vec::new();
    for line in text.lines() {
        // A line cut short by a crash is not a result.
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        if let Some(p) = v.get("plan").and_then(|p| p.as_array()) {
            plan.extend(p.iter().filter_map(|s| s.as_str().map(str::to_string)));
        } else if let Some(s) = v.get("start").and_then(|s| s.as_str()) {
            started = Some(s.to_string());
        } else if let (Some(id), Ok(r)) = (v.get("id").and_then(|s| s.as_str()), serde_json::from_value::<TestResult>(v.clone())) {
            results.push((id.to_string(), r));
        }
    }
    Ok((plan, started, results))
}

fn stderr_tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(4)..].join(" | ")
}

fn scratch_dir(what: &str) -> Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("jitharness-numba-{}-{what}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    Ok(dir)
}

/// The report as Markdown: one row per linker, then every difference from stock.
pub fn markdown(r: &SuiteReport) -> String {
    let mut s = String::new();
    wl!(
        s,
        "## Numba {} (llvmlite on LLVM {}), subset `{}`, harness LLVM {}{}\n",
        r.era,
        r.llvmlite_llvm,
        r.subset,
        r.harness_llvm,
        if r.audit { ", every object audited" } else { "" }
    );
    wl!(s, "| linker | tests | pass | fail | error | skip | crash | differ from stock | wall (s) |");
    wl!(s, "|---|---|---|---|---|---|---|---|---|");
    for run in &r.runs {
        if let Some(u) = &run.unsupported {
            wl!(s, "| {} | unsupported: {u} | | | | | | | |", run.linker);
            continue;
        }
        let c = |k: &str| run.counts.get(k).copied().unwrap_or(0);
        let differ = r.differences.iter().filter(|d| d.linker == run.linker).count();
        let differ = if run.linker == Linker::Stock { "—".to_string() } else { differ.to_string() };
        wl!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} | {differ} | {:.0} |",
            run.linker,
            run.tests.len(),
            c("pass") + c("expected-failure"),
            c("fail") + c("unexpected-success"),
            c("error"),
            c("skip"),
            c("crash") + c("timeout") + c("not-run"),
            run.wall_seconds
        );
    }
    if r.differences.is_empty() {
        wl!(s, "\nEvery test has stock Numba's result with every backend.");
    } else {
        wl!(s, "\n| test | linker | stock | got | known defect | reason |\n|---|---|---|---|---|---|");
        for d in &r.differences {
            let known = d.known_defect.as_deref().map_or("—".to_string(), |k| format!("`{k}`"));
            wl!(s, "| `{}` | {} | {} | {} | {known} | {} |", d.test, d.linker, d.stock, d.got, d.reason.replace('|', "\\|"));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_of(linker: Linker, outcomes: &[(&str, &str)]) -> LinkerRun {
        LinkerRun {
            linker,
            unsupported: None,
            wall_seconds: 1.0,
            counts: BTreeMap::new(),
            tests: outcomes
                .iter()
                .map(|(id, o)| (id.to_string(), TestResult { outcome: o.to_string(), reason: format!("why {id}"), seconds: 0.1 }))
                .collect(),
            restarts: 0,
        }
    }

    #[test]
    fn differences_are_against_stock_and_name_missing_tests() {
        let b = Linker::Backend(crate::backend::BackendKind::JitlinkDefault);
        let runs = vec![
            run_of(Linker::Stock, &[("a", "pass"), ("b", "pass"), ("c", "skip")]),
            run_of(b, &[("a", "pass"), ("b", "crash"), ("d", "pass")]),
        ];
        let d = compare(&runs);
        let got: Vec<(&str, &str, &str)> = d.iter().map(|d| (d.test.as_str(), d.stock.as_str(), d.got.as_str())).collect();
        assert_eq!(got, vec![("b", "pass", "crash"), ("c", "skip", "missing"), ("d", "missing", "pass")]);
        assert_eq!(d[0].reason, "why b");
    }

    #[test]
    fn runner_output_cut_by_a_crash_names_the_running_test() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.jsonl");
        std::fs::write(
            &p,
            "{\"plan\": [\"t.a\", \"t.b\", \"t.c\"]}\n{\"start\": \"t.a\"}\n{\"id\": \"t.a\", \"outcome\": \"pass\", \"reason\": \"\", \"seconds\": 0.5}\n{\"start\": \"t.b\"}\n{\"id\": \"t.b\", \"outc",
        )
        .unwrap();
        let (plan, started, results) = read_results(&p).unwrap();
        assert_eq!(plan, vec!["t.a", "t.b", "t.c"]);
        assert_eq!(started.as_deref(), Some("t.b"));
        assert_eq!(results.len(), 1, "the cut line is no result");
    }

    #[test]
    fn committed_subsets_exist_and_unknown_ones_are_named() {
        let names = subset_names();
        assert!(names.contains(&"smoke".to_string()) && names.contains(&"linker".to_string()), "{names:?}");
        assert!(subset("smoke").unwrap().iter().all(|s| s.starts_with("numba.tests.")));
        let e = subset("nope").unwrap_err().to_string();
        assert!(e.contains("nope") && e.contains("smoke"), "{e}");
    }
}
