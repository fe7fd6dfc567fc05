//! One `jitharness bench` run: compile the session objects once, measure the lower bound and
//! each backend × session size in a fresh worker process, time the peers, and record it all as a
//! [`BenchRun`].
//!
//! A worker is `jitharness bench-worker` (this harness, or its aarch64 build under qemu-user).
//! It reads one [`WorkerJob`] as JSON on stdin and writes one JSON result on stdout: a
//! [`SessionMeasure`] for a backend, a [`LowerBound`] for the lower-bound model. A worker that
//! dies (a signal, an LLVM abort) leaves no result, and the parent records the session as a
//! `crash` with the end of its stderr; the run goes on.

use super::{
    git_commit, graph_memory_leak, leak_note, machine, measure_lower_bound, measure_session, now_utc, peers, read_objects, scratch_dir,
    workload_objects, write_objects, BenchRun, LowerBound, ReclaimMeasure, SessionMeasure, BACKENDS, BENCH_SCHEMA, WORKLOAD,
};
use crate::backend::BackendKind;
use crate::error::{Error, Result};
use crate::report::HarnessInfo;
use crate::run::exec::{self, Execution, How};
use crate::source::{self, Input};
use crate::target::Arch;
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What one bench run measures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BenchOptions {
    pub target: Arch,
    /// Session sizes, in modules.
    pub sizes: Vec<u32>,
    /// Sessions per backend and size (the median is kept).
    pub runs: u32,
    /// Also time the peer tools on the same objects (host target only).
    pub peers: bool,
    /// qemu-user's guest reservation for aarch64 workers on an x86_64 host.
    pub qemu_reserved_va: u64,
    /// Measure only this shard of the run's measurements (see [`plan`]).
    pub shard: Option<crate::shard::Shard>,
}

/// The measurements a run makes, by key: `session/<size>/<backend>`, `lower-bound/<size>`,
/// `reclaim/<backend>`, `peers/<size>`. Shards split this list.
pub fn plan(opts: &BenchOptions) -> Vec<String> {
    let mut v = Vec::new();
    for n in &opts.sizes {
        v.push(format!("lower-bound/{n:05}"));
        v.extend(BACKENDS.iter().map(|k| format!("session/{n:05}/{}", k.name())));
        if opts.peers {
            v.push(format!("peers/{n:05}"));
        }
        v.push(format!("interleaved/{n:05}"));
    }
    v.extend(BACKENDS.iter().map(|k| format!("reclaim/{}", k.name())));
    v
}

/// One measurement for a worker process.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkerJob {
    pub target: Arch,
    /// The directory [`write_objects`] wrote (`0000.o`, `0001.o`, …).
    pub objects: PathBuf,
    /// How many of those objects make the session (the first `modules`).
    pub modules: u32,
    /// The symbol looked up first.
    pub entry: String,
    /// Sessions to time; the median is kept.
    pub runs: u32,
    pub measure: Measure,
}

/// What a worker measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// Sessions through a backend: a [`SessionMeasure`].
    Session(BackendKind),
    /// The lower-bound model: a [`LowerBound`].
    LowerBound,
    /// Every backend in turn, `runs` rounds: an [`InterleavedMeasure`].
    Interleaved,
    /// A backend in llvm-jitlink's shape (all objects, one finalize): median ns, or why not.
    OneFinalize(BackendKind),
}

/// Compiles the objects of a session of `modules` modules for `target` into `dir`, with
/// `entry.txt` naming the first symbol to look up: what `benches/link.rs` reads from
/// `$JITHARNESS_BENCH_OBJECTS` instead of compiling (slow under qemu).
pub fn write_session_objects(target: Arch, modules: u32, dir: &Path) -> Result<()> {
    let (objects, entry) = workload_objects(WORKLOAD, target, modules)?;
    write_objects(&objects, dir)?;
    std::fs::write(dir.join("entry.txt"), &entry).map_err(|e| Error::io(dir, e))
}

/// Runs the measurements `opts` asks for; `progress` gets one line per session and per peer.
/// A measurement that fails is recorded (as the session's outcome, or a note), not returned:
/// errors are only what stops the whole run (the workload does not compile, the scratch
/// directory cannot be written).
pub fn run(opts: &BenchOptions, mut progress: impl FnMut(&str)) -> Result<BenchRun> {
    let max = opts.sizes.iter().copied().max().unwrap_or(1);
    let (objects, entry) = workload_objects(WORKLOAD, opts.target, max)?;
    // Workers read the objects from here rather than compiling them again: under qemu,
    // compiling is most of a session's time.
    let dir = scratch_dir(opts.target);
    let result = write_objects(&objects, &dir).and_then(|()| measure_all(opts, &objects, &entry, &dir, &mut progress));
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn measure_all(
    opts: &BenchOptions,
    objects: &[source::ObjectFile],
    entry: &str,
    dir: &Path,
    progress: &mut impl FnMut(&str),
) -> Result<BenchRun> {
    let harness = HarnessInfo::current();
    let execution = if emulated_workers(opts.target) {
        Execution { how: How::QemuUser, harness_arch: Arch::Aarch64, qemu_reserved_va: Some(opts.qemu_reserved_va) }
    } else {
        exec::current(opts.target)
    };
    let mut run = BenchRun {
        schema: BENCH_SCHEMA.into(),
        harness,
        machine: machine(),
        commit: git_commit(),
        date: now_utc(),
        target: opts.target,
        execution,
        input: format!("workload {WORKLOAD} (one module per load), compiled at -O2 with the JIT code model"),
        sessions: Vec::new(),
        lower_bound: Vec::new(),
        peers: Vec::new(),
        reclaim: Vec::new(),
        notes: Vec::new(),
        interleaved: Vec::new(),
        shard: opts.shard,
        plan: if opts.shard.is_some() { plan(opts) } else { Vec::new() },
    };
    let mine: std::collections::BTreeSet<String> =
        opts.shard.unwrap_or(crate::shard::Shard::WHOLE).select(&plan(opts)).into_iter().collect();
    let wanted = |key: String| mine.contains(&key);
    if let Some(d) = graph_memory_leak(BackendKind::JitlinkDefault) {
        run.notes.push(format!("jitlink-default: {}", leak_note(d)));
    }
    for &n in &opts.sizes {
        let job = |measure| WorkerJob {
            target: opts.target,
            objects: dir.to_path_buf(),
            modules: n,
            entry: entry.to_string(),
            runs: opts.runs,
            measure,
        };
        if wanted(format!("lower-bound/{n:05}")) {
            match run_worker::<LowerBound>(&job(Measure::LowerBound), opts.qemu_reserved_va) {
                Ok(lb) => run.lower_bound.push(lb),
                Err(e) => run.notes.push(format!("lower bound, {n} modules: {e}")),
            }
        }
        if wanted(format!("interleaved/{n:05}")) {
            let rounds = super::interleaved_rounds(n).max(opts.runs);
            match run_worker::<super::InterleavedMeasure>(&WorkerJob { runs: rounds, ..job(Measure::Interleaved) }, opts.qemu_reserved_va) {
                Ok(m) => {
                    progress(&format!("{} interleaved {n:5} modules: {rounds} rounds of {} backends", opts.target, m.link_ns.len()));
                    run.interleaved.push(m);
                }
                Err(e) => run.notes.push(format!("interleaved, {n} modules: {e}")),
            }
        }
        for kind in BACKENDS.into_iter().filter(|k| wanted(format!("session/{n:05}/{}", k.name()))) {
            let m = run_worker::<SessionMeasure>(&job(Measure::Session(kind)), opts.qemu_reserved_va)
                .unwrap_or_else(|e| SessionMeasure::without_figures(kind, n, e));
            progress(&session_line(opts.target, n, &m));
            run.sessions.push(m);
        }
    }
    let loads = opts.sizes.iter().copied().max().unwrap_or(1).min(RECLAIM_LOADS);
    for kind in BACKENDS.into_iter().filter(|k| wanted(format!("reclaim/{}", k.name()))) {
        let m = reclaim(kind, opts.target, loads, opts.qemu_reserved_va);
        progress(&format!("{} reclaim {:15} {loads} loads: {}", opts.target, kind.name(), m.outcome));
        run.reclaim.push(m);
    }
    if opts.peers {
        if opts.target != Arch::host() {
            run.notes.push(format!(
                "peers not measured for {}: the peer tools here are {} builds; timing them natively against the emulated harness would compare nothing",
                opts.target,
                Arch::host()
            ));
        } else {
            let empty = write_empty_object(opts.target, dir)?;
            for &n in opts.sizes.iter().filter(|n| wanted(format!("peers/{n:05}"))) {
                // The harness's JITLink backends in llvm-jitlink's own shape, beside it.
                for kind in [BackendKind::JitlinkDefault, BackendKind::JitlinkSlab] {
                    let job = WorkerJob {
                        target: opts.target,
                        objects: dir.to_path_buf(),
                        modules: n,
                        entry: entry.to_string(),
                        runs: 5,
                        measure: Measure::OneFinalize(kind),
                    };
                    let r = run_worker::<std::result::Result<Vec<(String, u64)>, String>>(&job, opts.qemu_reserved_va).and_then(|r| r);
                    let peer = super::PeerMeasure {
                        peer: format!("{}{}", super::ONE_FINALIZE_PREFIX, kind.name()),
                        modules: n,
                        outcome: r.as_ref().map(|_| "ok".to_string()).unwrap_or_else(|e| format!("error: {e}")),
                        ns: r.as_ref().ok().map(|p| p.iter().map(|x| x.1).sum()),
                        method: "in a bench worker: every object added (load/add), one finalize and the first lookup (link); fresh session each, median of 5".into(),
                        version: crate::report::HarnessInfo::current().llvm_version,
                        phases: r.unwrap_or_default(),
                    };
                    progress(&format!("{} {:42} {:5} modules: {}", opts.target, peer.peer, n, peer.outcome));
                    run.peers.push(peer);
                }
                let paths: Vec<PathBuf> = (0..n).map(|i| dir.join(format!("{i:04}.o"))).collect();
                match peers::run_all(&objects[..n as usize], &paths, entry, &empty, opts.target.triple()) {
                    Ok(p) => {
                        for m in &p {
                            progress(&format!(
                                "{} peer {:42} {:5} modules: {}",
                                opts.target,
                                m.peer,
                                n,
                                m.ns.map(|ns| format!("{:.3} ms", ns as f64 / 1e6)).unwrap_or_else(|| m.outcome.clone())
                            ));
                        }
                        run.peers.extend(p);
                    }
                    Err(e) => run.notes.push(format!("peers, {n} modules: {e}")),
                }
            }
        }
    }
    Ok(run)
}

/// At most this many loads before each removal in the reclaim runs: enough for the
/// mappings to show, cheap under qemu.
const RECLAIM_LOADS: u32 = 100;

/// `link --workload WORKLOAD --iterations loads --unload-reload` through `kind`, in a worker.
fn reclaim(kind: BackendKind, target: Arch, loads: u32, qemu_reserved_va: u64) -> ReclaimMeasure {
    let mut job = crate::run::job::LinkJob::new(kind, target);
    job.workload = Some(WORKLOAD.to_string());
    job.iterations = loads;
    job.unload_reload = true;
    job.qemu_reserved_va = qemu_reserved_va;
    let r = crate::run::worker::run_isolated(&job, std::time::Duration::from_secs(600));
    let ok = matches!(r.outcome, crate::report::Outcome::Pass | crate::report::Outcome::LinkedOnly { .. });
    let outcome = if ok { "ok".to_string() } else { r.outcome.summary() };
    ReclaimMeasure { backend: kind.name().into(), modules: loads, outcome, steps: r.reclaim }
}

/// The progress line for one measured session.
fn session_line(target: Arch, n: u32, m: &SessionMeasure) -> String {
    let figures = match m.link_ns {
        Some(ns) => format!(
            "link {:.3} ms, mappings {:?} -> {:?}, peak RSS {:?} KiB",
            ns as f64 / 1e6,
            m.mappings_before,
            m.mappings,
            m.peak_rss_kib
        ),
        None => m.outcome.clone(),
    };
    format!("{} {:13} {:5} modules: {}", target, m.backend, n, figures)
}

/// The peers' baseline: an object with one function `main` and nothing else.
fn write_empty_object(target: Arch, dir: &Path) -> Result<PathBuf> {
    let ir = "define i32 @main() {\n  ret i32 0\n}\n".to_string();
    let object = source::to_object(&Input::ir("empty.ll", ir), &crate::compile::CompileOptions::new(target), &mut Vec::new())?;
    let path = dir.join("empty.o");
    std::fs::write(&path, &object.bytes).map_err(|e| Error::io(&path, e))?;
    Ok(path)
}

/// Where `jitharness bench` writes `run` without `--json-out`: `bench-results/TARGET-llvmN.json`.
pub fn default_out(run: &BenchRun) -> PathBuf {
    PathBuf::from("bench-results").join(format!("{}-llvm{}.json", run.target, run.harness.llvm_major))
}

/// Writes `run` as pretty JSON to `out`, creating its directory.
pub fn write_run(run: &BenchRun, out: &Path) -> Result<()> {
    if let Some(parent) = out.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    std::fs::write(out, serde_json::to_string_pretty(run).expect("runs serialize")).map_err(|e| Error::io(out, e))
}

/// Whether workers for `target` are the aarch64 harness under qemu-user.
fn emulated_workers(target: Arch) -> bool {
    target == Arch::Aarch64 && Arch::host() == Arch::X86_64
}

/// The command that starts a worker for `target`.
fn worker_command(target: Arch, reserved_va: u64) -> Result<Command> {
    if emulated_workers(target) {
        return exec::qemu_command(&exec::aarch64_harness()?, reserved_va);
    }
    // The pinned executable (see `exec::harness_binary`): a rebuild during a long run cannot
    // break later workers.
    exec::self_command(&exec::harness_binary()?)
}

/// Runs `job` in a worker process and parses its result; the error is the session's outcome
/// (`crash: …` when the worker ended without a result).
fn run_worker<T: serde::de::DeserializeOwned>(job: &WorkerJob, reserved_va: u64) -> std::result::Result<T, String> {
    let mut cmd = worker_command(job.target, reserved_va).map_err(|e| e.to_string())?;
    cmd.arg("bench-worker").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| format!("cannot start a bench worker: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        // A job is a few hundred bytes, well within a pipe's buffer, so writing it whole
        // before reading any output cannot deadlock. A worker that died before reading it
        // is reported below, from its exit status and stderr.
        let _ = stdin.write_all(&serde_json::to_vec(job).expect("jobs serialize"));
    }
    let out = child.wait_with_output().map_err(|e| format!("cannot start a bench worker: {e}"))?;
    serde_json::from_slice(&out.stdout).map_err(|_| {
        let err = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = err.lines().rev().take(3).collect();
        format!("crash: worker ended with {} without a result: {}", out.status, tail.into_iter().rev().collect::<Vec<_>>().join(" / "))
    })
}

/// The worker side: reads one [`WorkerJob`] (JSON) from `input`, measures it in this process,
/// and returns the result as one line of JSON.
///
/// # Errors
///
/// `input` is not a job, or the job's objects cannot be read.
pub fn serve_worker(mut input: impl Read) -> Result<String> {
    let mut text = String::new();
    input.read_to_string(&mut text).map_err(|e| Error::Usage(format!("bench-worker: cannot read the job from stdin: {e}")))?;
    let job: WorkerJob =
        serde_json::from_str(&text).map_err(|e| Error::Usage(format!("bench-worker: stdin is not a bench job (JSON): {e}")))?;
    let objects = read_objects(&job.objects, job.modules, job.target)?;
    let json = match job.measure {
        Measure::Session(kind) => serde_json::to_string(&measure_session(kind, job.target, &objects, &job.entry, job.runs)),
        Measure::LowerBound => serde_json::to_string(&measure_lower_bound(&objects, job.runs.max(5))),
        Measure::Interleaved => serde_json::to_string(&super::measure_interleaved(job.target, &objects, job.runs)),
        Measure::OneFinalize(kind) => serde_json::to_string(&super::measure_one_finalize(kind, job.target, &objects, &job.entry, job.runs)),
    };
    Ok(json.expect("measures serialize"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jobs_round_trip_as_json() {
        for measure in [Measure::Session(BackendKind::JitlinkRust), Measure::LowerBound] {
            let job =
                WorkerJob { target: Arch::Aarch64, objects: "/x/objects".into(), modules: 10, entry: "cfunc.f0".into(), runs: 3, measure };
            let text = serde_json::to_string(&job).unwrap();
            assert_eq!(serde_json::from_str::<WorkerJob>(&text).unwrap(), job, "{text}");
        }
        let text = serde_json::to_string(&Measure::Session(BackendKind::RtdyldStock)).unwrap();
        assert_eq!(text, r#"{"session":"rtdyld-stock"}"#, "backends by their CLI names");
    }

    #[test]
    fn a_worker_measures_the_job_it_reads() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("objects");
        write_session_objects(Arch::host(), 2, &dir).unwrap();
        let entry = std::fs::read_to_string(dir.join("entry.txt")).unwrap();
        let job = WorkerJob { target: Arch::host(), objects: dir, modules: 2, entry, runs: 1, measure: Measure::LowerBound };
        let out = serve_worker(serde_json::to_vec(&job).unwrap().as_slice()).unwrap();
        let lb: LowerBound = serde_json::from_str(&out).unwrap();
        assert_eq!(lb.modules, 2, "{out}");
        assert!(lb.bytes > 0 && lb.relocations > 0, "{out}");

        let err = serve_worker(&b"--target x86_64"[..]).unwrap_err();
        assert!(matches!(err, Error::Usage(_)) && err.to_string().contains("not a bench job"), "{err}");
    }
}
