//! Job isolation: a job runs in a worker process (this harness, or its aarch64 build under
//! qemu-user) so that whatever mislinked code or LLVM does to that process — a signal, an
//! abort on an assertion, an endless loop — becomes the job's result and the run goes on.
//!
//! The worker is `jitharness worker`, reading its job as JSON ([`LinkJob`], with
//! `checkpoint` set to a scratch file) on stdin and writing its report as JSON on stdout.
//! Before each step that may crash it writes its report so far to the checkpoint file; if it dies, the parent takes that report,
//! says what was in progress and sets the outcome to `crash` (or `timeout`), with the end
//! of stderr and any LLVM assertion text found there.
//!
//! No threads: the parent polls the child and reads its output from files, so this works
//! when the parent itself runs under qemu-user (where guest threads hang).

use crate::backend::LinkMode;
use crate::error::{Error, Result};
use crate::report::{LinkReport, Outcome};
use crate::run::exec::{self, Execution, How};
use crate::run::job::{self, LinkJob, CROSS_BASE};
use crate::target::Arch;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// How long a worker may run by default.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(600);

/// Bytes of a dead worker's stderr kept in its result.
const STDERR_TAIL: usize = 4000;

/// Runs `job` in a worker process and returns its result; never fails: a worker that
/// cannot be started is an `error` result.
pub fn run_isolated(job: &LinkJob, timeout: Duration) -> LinkReport {
    run_pool(std::slice::from_ref(job), timeout, 1, |_, _| {}).pop().expect("one job, one report")
}

/// Runs each job in its own worker, one after another.
pub fn run_all(jobs: &[LinkJob], timeout: Duration) -> Vec<LinkReport> {
    run_pool(jobs, timeout, 1, |_, _| {})
}

/// Runs each job in its own worker, at most `parallel` at once, and returns the reports in
/// the jobs' order. `done(i, report)` is called as job `i` finishes (in finishing order).
pub fn run_pool(jobs: &[LinkJob], timeout: Duration, parallel: usize, mut done: impl FnMut(usize, &LinkReport)) -> Vec<LinkReport> {
    let mut reports: Vec<Option<LinkReport>> = vec![None; jobs.len()];
    let mut running: Vec<(usize, Worker)> = Vec::new();
    let mut next = 0;
    let mut sleep = Duration::from_millis(2);
    while next < jobs.len() || !running.is_empty() {
        while running.len() < parallel.max(1) && next < jobs.len() {
            match Worker::start(&jobs[next], timeout) {
                Ok(w) => running.push((next, w)),
                Err(e) => {
                    let r = failed_to_start(&jobs[next], e);
                    done(next, &r);
                    reports[next] = Some(r);
                }
            }
            next += 1;
        }
        let mut progressed = false;
        let mut k = 0;
        while k < running.len() {
            match running[k].1.poll() {
                Some(result) => {
                    let (i, w) = running.swap_remove(k);
                    let r = result.unwrap_or_else(|e| failed_to_start(&w.job, e));
                    done(i, &r);
                    reports[i] = Some(r);
                    progressed = true;
                }
                None => k += 1,
            }
        }
        if progressed {
            sleep = Duration::from_millis(2);
        } else if !running.is_empty() {
            std::thread::sleep(sleep);
            sleep = (sleep * 2).min(Duration::from_millis(50));
        }
    }
    reports.into_iter().map(|r| r.expect("every job reported")).collect()
}

/// The result of a job whose worker could not be run at all.
fn failed_to_start(job: &LinkJob, e: Error) -> LinkReport {
    let mut r = job::new_report(job, expected_execution(job), expected_mode(job));
    r.outcome = Outcome::Error { message: e.to_string() };
    r
}

/// Where and how the worker will run `job`, for results of workers that never said.
fn expected_execution(job: &LinkJob) -> Execution {
    if job::needs_qemu(job) {
        let va = (job.qemu_reserved_va > 0).then_some(job.qemu_reserved_va);
        Execution { how: How::QemuUser, harness_arch: job.arch(), qemu_reserved_va: va }
    } else {
        exec::current(job.arch())
    }
}

fn expected_mode(job: &LinkJob) -> LinkMode {
    if expected_execution(job).how == How::CrossLinkOnly {
        LinkMode::Cross { base: CROSS_BASE }
    } else {
        LinkMode::InProcess
    }
}

/// Scratch files of one worker, removed when dropped.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new() -> Result<Scratch> {
        use std::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("jitharness-worker-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        Ok(Scratch { dir })
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The worker process for `job`: this harness, or its aarch64 build under qemu-user.
fn worker_command(job: &LinkJob) -> Result<Command> {
    let mut cmd = if job::needs_qemu(job) {
        exec::qemu_command(&exec::aarch64_harness()?, job.qemu_reserved_va)?
    } else {
        exec::self_command(&exec::harness_binary()?)?
    };
    cmd.arg(WORKER_COMMAND);
    Ok(cmd)
}

/// The hidden subcommand that runs one job handed over as JSON on stdin.
pub const WORKER_COMMAND: &str = "worker";

/// The worker side: reads one [`LinkJob`] as JSON from `input` and runs it here. A job that
/// cannot be read is an `error` report naming what was wrong with it.
pub fn serve(input: impl std::io::Read) -> LinkReport {
    match serde_json::from_reader::<_, LinkJob>(input) {
        Ok(job) => crate::run::session::run_here(&job),
        Err(e) => {
            let placeholder = LinkJob::placeholder();
            let mut r = job::new_report(&placeholder, exec::current(Arch::host()), LinkMode::InProcess);
            r.outcome = Outcome::Error { message: format!("worker: the job on stdin is not a link job: {e}") };
            r
        }
    }
}

/// One running worker process and its scratch files.
struct Worker {
    job: LinkJob,
    scratch: Scratch,
    child: std::process::Child,
    started: Instant,
    timeout: Duration,
}

impl Worker {
    fn start(job: &LinkJob, timeout: Duration) -> Result<Worker> {
        let scratch = Scratch::new()?;
        let create = |p: &Path| std::fs::File::create(p).map_err(|e| Error::io(p, e));
        // An emulated worker compiles slowly: give it the workload's objects compiled here.
        let mut job = job.clone();
        if job::needs_qemu(&job) && job.precompiled.is_none() {
            let dir = scratch.path("objects");
            if std::fs::create_dir_all(&dir).is_ok() && job::precompile(&job, &dir) {
                job.precompiled = Some(dir);
            }
        }
        job.checkpoint = Some(scratch.path("journal.jsonl"));
        job.progress = false;
        let job_file = scratch.path("job.json");
        std::fs::write(&job_file, serde_json::to_vec(&job).expect("jobs serialize")).map_err(|e| Error::io(&job_file, e))?;
        let mut cmd = worker_command(&job)?;
        cmd.stdin(std::fs::File::open(&job_file).map_err(|e| Error::io(&job_file, e))?)
            .stdout(create(&scratch.path("stdout"))?)
            .stderr(create(&scratch.path("stderr"))?);
        let child = cmd.spawn().map_err(|e| Error::Execution(format!("starting a worker ({cmd:?}): {e}")))?;
        Ok(Worker { job, scratch, child, started: Instant::now(), timeout })
    }

    /// The worker's result once it has exited or run out of time; `None` while it runs.
    fn poll(&mut self) -> Option<Result<LinkReport>> {
        let status = match self.child.try_wait() {
            Err(e) => return Some(Err(Error::Execution(format!("waiting for a worker: {e}")))),
            Ok(Some(st)) => Some(st),
            Ok(None) if self.started.elapsed() >= self.timeout => {
                let _ = self.child.kill();
                let _ = self.child.wait();
                None
            }
            Ok(None) => return None,
        };
        Some(self.result(status))
    }

    fn result(&self, status: Option<std::process::ExitStatus>) -> Result<LinkReport> {
        let job = &self.job;
        let elapsed = self.started.elapsed();
        let stdout = std::fs::read(self.scratch.path("stdout")).unwrap_or_default();
        let stderr = String::from_utf8_lossy(&std::fs::read(self.scratch.path("stderr")).unwrap_or_default()).into_owned();

        if status.is_some() {
            if let Ok(mut report) = serde_json::from_slice::<LinkReport>(&stdout) {
                check_same_llvm(&report, job)?;
                if !stderr.trim().is_empty() {
                    eprint!("{stderr}");
                }
                if job::needs_qemu(job) {
                    report.notes.push("ran in a worker: the aarch64 harness under qemu-user".into());
                }
                return Ok(report);
            }
        }

        // No result: take what the worker reported so far.
        let base = job::new_report(job, expected_execution(job), expected_mode(job));
        let journal =
            std::fs::read(self.scratch.path("journal.jsonl")).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
        let (mut report, during) = crate::run::journal::replay_journal(base, &journal);
        let tail = tail(&stderr, STDERR_TAIL);
        report.outcome = match status {
            None => Outcome::Timeout { seconds: elapsed.as_secs(), during, stderr: tail },
            // The code called a trap stub: the job's answer, not a crash.
            Some(st) if st.code() == Some(crate::run::call::TRAP_EXIT_CODE) && trapped_symbol(&stderr).is_some() => Outcome::Fail {
                reason: format!(
                    "{during}: the code called `{}`, which was unresolved and bound to a trap stub (--stub-unresolved)",
                    trapped_symbol(&stderr).unwrap_or_default()
                ),
            },
            Some(st) => {
                use std::os::unix::process::ExitStatusExt;
                Outcome::Crash { signal: st.signal(), exit_status: st.code(), during, assertion: llvm_assertion(&stderr), stderr: tail }
            }
        };
        report.elapsed_ms = elapsed.as_millis() as u64;
        Ok(report)
    }
}

/// The symbol a trap stub reported on the worker's stderr (see `run::call`).
fn trapped_symbol(stderr: &str) -> Option<&str> {
    let rest = stderr.split(crate::run::call::TRAP_MESSAGE).nth(1)?;
    rest.strip_prefix('`')?.split('`').next()
}

impl Drop for Worker {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn check_same_llvm(report: &LinkReport, job: &LinkJob) -> Result<()> {
    let me = crate::report::HarnessInfo::current();
    if report.harness.llvm_major != me.llvm_major {
        let bin = if job::needs_qemu(job) { exec::aarch64_harness()?.display().to_string() } else { "the worker".into() };
        return Err(Error::Execution(format!(
            "the harness at {bin} was built against LLVM {}, this one against LLVM {}: rebuild it (make build)",
            report.harness.llvm_version, me.llvm_version
        )));
    }
    Ok(())
}

/// The last `max` bytes of `s`, cut at a line start.
fn tail(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut start = s.len() - max;
    while !s.is_char_boundary(start) {
        start += 1;
    }
    let cut = &s[start..];
    match cut.find('\n') {
        Some(i) => cut[i + 1..].to_string(),
        None => cut.to_string(),
    }
}

/// The first LLVM assertion, fatal error or unreachable message in `stderr`.
pub fn llvm_assertion(stderr: &str) -> Option<String> {
    stderr
        .lines()
        .find(|l| (l.contains("Assertion") && l.contains("failed")) || l.contains("LLVM ERROR:") || l.contains("UNREACHABLE executed"))
        .map(|l| l.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_assertion_lines() {
        let err = "0\n1\npython: RuntimeDyldELF.cpp:507: void llvm::RuntimeDyldELF::resolveAArch64Relocation(...): Assertion `isInt<33>(Result) && \"overflow check failed for relocation\"' failed.\nAborted\n";
        assert!(llvm_assertion(err).unwrap().contains("isInt<33>"));
        assert!(llvm_assertion("LLVM ERROR: out of memory\n").unwrap().starts_with("LLVM ERROR"));
        assert_eq!(llvm_assertion("segfault\n"), None);
    }

    #[test]
    fn tail_keeps_whole_lines() {
        let s = "aaaa\nbbbb\ncccc\n";
        assert_eq!(tail(s, 7), "cccc\n");
        assert_eq!(tail(s, 100), s);
    }
}
