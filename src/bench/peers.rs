//! The peer tools' measurements for the objects of a bench run (the first `n`), on the host:
//! llvm-jitlink, llvm-rtdyld and llvmlite linking the same objects, each timed as its method says.

use super::{median, PeerMeasure};
use crate::error::{Error, Result};
use crate::source::ObjectFile;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const RUNS: usize = 5;
const LLVMLITE_SCRIPT: &str = include_str!("../../scripts/bench_llvmlite.py");
const WHOLE: &str = "whole process, wall clock, median of 5, minus the median of 5 runs of the same command on one empty object";

fn tool(name: &str) -> PathBuf {
    PathBuf::from(format!("/usr/lib/llvm-{}/bin/{name}", crate::compile::llvm_major()))
}

fn version(bin: &Path) -> String {
    Command::new(bin)
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().find(|l| l.contains("version")).unwrap_or("").trim().to_string())
        .unwrap_or_default()
}

/// Median wall time of `RUNS` runs of `cmd`; an error with its stderr if it fails.
fn time(mut make: impl FnMut() -> Command) -> std::result::Result<u64, String> {
    let mut v = Vec::new();
    for _ in 0..RUNS {
        let mut cmd = make();
        let t = Instant::now();
        let out = cmd.output().map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
        let d = t.elapsed().as_nanos() as u64;
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            return Err(format!("{} ({})", err.lines().last().unwrap_or("").trim(), out.status));
        }
        v.push(d);
    }
    Ok(median(v))
}

/// The wall time of the `Total` row of an LLVM timer report.
pub fn total_wall_ns(report: &str) -> Option<u64> {
    timer_wall_ns(report, "Total")
}

/// The wall time of the row of an LLVM timer report whose name ends with `name`.
fn timer_wall_ns(report: &str, name: &str) -> Option<u64> {
    let line = report.lines().find(|l| l.trim_end().ends_with(name) && l.contains('%'))?;
    // The columns are `seconds (percent%)`; the wall time is the last seconds figure.
    let numbers: Vec<f64> = line.split_whitespace().filter_map(|t| t.parse::<f64>().ok()).collect();
    numbers.last().map(|s| (s * 1e9) as u64)
}

/// llvm-jitlink's phase split from its `-show-times` report: load/add and link.
pub fn jitlink_phases(report: &str) -> Option<Vec<(String, u64)>> {
    let load = timer_wall_ns(report, "time to load/add object files")?;
    let link = timer_wall_ns(report, "time to link object files")?;
    Some(vec![(super::PEER_LOAD.to_string(), load), (super::PEER_LINK.to_string(), link)])
}

/// Symbols the objects need that none of them defines.
fn externals(objects: &[ObjectFile]) -> Vec<String> {
    let defined: std::collections::BTreeSet<&str> = objects.iter().flat_map(|o| o.defined.iter().map(String::as_str)).collect();
    let mut v: Vec<String> = objects.iter().flat_map(|o| o.undefined.iter()).filter(|n| !defined.contains(n.as_str())).cloned().collect();
    v.sort();
    v.dedup();
    v
}

fn measure(peer: &str, modules: u32, method: &str, version: String, r: std::result::Result<u64, String>) -> PeerMeasure {
    match r {
        Ok(ns) => PeerMeasure {
            peer: peer.into(),
            modules,
            outcome: "ok".into(),
            ns: Some(ns),
            method: method.into(),
            version,
            phases: Vec::new(),
        },
        Err(e) => PeerMeasure {
            peer: peer.into(),
            modules,
            outcome: format!("error: {e}"),
            ns: None,
            method: method.into(),
            version,
            phases: Vec::new(),
        },
    }
}

/// Times every peer available on `paths` (the object files of `objects`, in order).
/// `empty` is an object with one function `main` and nothing else (the baseline).
pub fn run_all(objects: &[ObjectFile], paths: &[PathBuf], entry: &str, empty: &Path, triple: &str) -> Result<Vec<PeerMeasure>> {
    let n = objects.len() as u32;
    let ext = externals(objects);
    let mut out = Vec::new();

    // llvm-jitlink -noexec, with LLVM's default memory manager and with its slab, timed
    // by its own phase timers (load + link), which leave process start-up out.
    let jl = tool("llvm-jitlink");
    if jl.is_file() {
        let help =
            Command::new(&jl).arg("--help-hidden").output().map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default();
        let abs = if help.contains("--abs=") { "-abs" } else { "-define-abs" };
        for (label, extra) in [("llvm-jitlink -noexec", None), ("llvm-jitlink -noexec -slab-allocate=1Gb", Some("-slab-allocate=1Gb"))] {
            let mut times = Vec::new();
            let mut splits = Vec::new();
            let mut failure = None;
            for _ in 0..RUNS {
                let mut c = Command::new(&jl);
                c.arg("-noexec").arg("-show-times").arg(format!("-entry={entry}"));
                if let Some(x) = extra {
                    c.arg(x);
                }
                for s in &ext {
                    c.arg(format!("{abs}={s}=0x1000"));
                }
                c.args(paths);
                match c.output() {
                    Ok(o) if o.status.success() => {
                        let report = String::from_utf8_lossy(&o.stderr);
                        match total_wall_ns(&report) {
                            Some(ns) => times.push(ns),
                            None => failure = Some("no timer output".to_string()),
                        }
                        splits.extend(jitlink_phases(&report));
                    }
                    Ok(o) => {
                        failure = Some(format!("{} ({})", String::from_utf8_lossy(&o.stderr).lines().last().unwrap_or("").trim(), o.status))
                    }
                    Err(e) => failure = Some(e.to_string()),
                }
                if failure.is_some() {
                    break;
                }
            }
            let method = "the tool's own phase timers (-show-times: load/add + link, wall), median of 5; resolution 0.1 ms";
            let mut m = measure(label, n, method, version(&jl), failure.map_or_else(|| Ok(median(times)), Err));
            if m.ns.is_some() {
                m.phases = super::median_split(splits);
            }
            out.push(m);
        }
    } else {
        out.push(measure("llvm-jitlink -noexec", n, WHOLE, String::new(), Err(format!("{} not installed", jl.display()))));
    }

    // llvm-rtdyld -verify: loads, resolves and relocates at its own target addresses.
    let rt = tool("llvm-rtdyld");
    if rt.is_file() {
        let cmd = |files: &[PathBuf], ext: &[String]| {
            let mut c = Command::new(&rt);
            c.arg("-verify").arg(format!("-triple={triple}"));
            for s in ext {
                c.arg("-dummy-extern").arg(format!("{s}=0x1000"));
            }
            c.args(files);
            c
        };
        let base = time(|| cmd(&[empty.to_path_buf()], &[]));
        let full = time(|| cmd(paths, &ext));
        out.push(measure("llvm-rtdyld -verify", n, WHOLE, version(&rt), base.and_then(|b| full.map(|f| f.saturating_sub(b)))));
    }

    // llvmlite, in process, when the Python set-up exists.
    match crate::source::capture::find_python() {
        None => {
            out.push(measure("llvmlite", n, "in process", String::new(), Err("no Python with llvmlite (scripts/setup-python.sh)".into())))
        }
        Some(py) => {
            let dir = std::env::temp_dir().join(format!("jitharness-llvmlite-{}", std::process::id()));
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            let script = dir.join("bench_llvmlite.py");
            std::fs::write(&script, LLVMLITE_SCRIPT).map_err(|e| Error::io(&script, e))?;
            let exports: Vec<String> = objects
                .iter()
                .map(|o| o.defined.iter().find(|s| s.starts_with("cfunc.")).or(o.defined.first()).cloned().unwrap_or_default())
                .collect();
            for (label, mode) in
                [("llvmlite MCJIT", "mcjit"), ("llvmlite LLJIT (RuntimeDyld)", "lljit"), ("llvmlite LLJIT (JITLink)", "lljit-jitlink")]
            {
                let mut c = Command::new(&py);
                c.arg(&script).args(["--mode", mode, "--runs", &RUNS.to_string()]);
                for s in &ext {
                    c.arg("--define").arg(s);
                }
                if mode != "mcjit" {
                    for e in &exports {
                        c.arg("--export").arg(e);
                    }
                }
                c.arg("--").args(paths);
                let r = c.output().map_err(|e| e.to_string()).and_then(|o| {
                    let text = String::from_utf8_lossy(&o.stdout).into_owned();
                    let v: serde_json::Value = serde_json::from_str(text.trim()).map_err(|_| {
                        format!("{} ({})", String::from_utf8_lossy(&o.stderr).lines().last().unwrap_or("no output").trim(), o.status)
                    })?;
                    Ok((v["ns"].as_u64().unwrap_or(0), v["version"].as_str().unwrap_or("").to_string()))
                });
                let method = "in process (Python, perf_counter_ns), each object added and finalized in turn, median of 5";
                match r {
                    Ok((ns, ver)) => out.push(measure(label, n, method, ver, Ok(ns))),
                    Err(e) => out.push(measure(label, n, method, String::new(), Err(e))),
                }
            }
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn llvm_timer_totals_parse() {
        let r = "   ---User Time---   --System Time--   --User+System--   ---Wall Time---  --- Name ---\n   0.0007 ( 91.1%)   0.0002 ( 91.0%)   0.0010 ( 91.1%)   0.0029 ( 96.7%)  time to link object files\n   0.0008 (100.0%)   0.0003 (100.0%)   0.0011 (100.0%)   0.0030 (100.0%)  Total\n";
        assert_eq!(super::total_wall_ns(r), Some(3_000_000));
        assert_eq!(super::total_wall_ns("nothing"), None);
    }

    #[test]
    fn llvm_jitlink_phases_parse_from_its_timer_rows() {
        let r = "   0.0003 ( 89.0%)   0.0004 ( 88.9%)   0.0007 ( 88.9%)   0.0006 ( 87.4%)  time to link object files\n   0.0000 ( 11.0%)   0.0001 ( 11.1%)   0.0001 ( 11.1%)   0.0001 ( 12.6%)  time to load/add object files\n   0.0003 (100.0%)   0.0005 (100.0%)   0.0008 (100.0%)   0.0007 (100.0%)  Total\n";
        let p = super::jitlink_phases(r).unwrap();
        assert_eq!(p, vec![("load/add".to_string(), 100_000), ("link".to_string(), 600_000)]);
        assert_eq!(super::jitlink_phases("   0.1 ( 1.0%)  time to link object files\n"), None, "both rows or none");
    }

    #[test]
    fn the_median_split_is_the_run_with_the_median_total() {
        let run = |a: u64, b: u64| vec![("load/add".to_string(), a), ("link".to_string(), b)];
        assert_eq!(super::super::median_split(vec![run(1, 9), run(5, 1), run(2, 2)]), run(5, 1));
        assert!(super::super::median_split(Vec::new()).is_empty());
    }
}
