//! Job isolation: a job runs in a worker process (this harness, or its aarch64 build under
//! qemu-user) so that whatever mislinked code or LLVM does to that process — a signal, an
//! abort on an assertion, an endless loop — becomes the job's result and the run goes on.
//!
//! Workers are persistent and fed jobs as data: `jitharness worker --stream` reads, one per
//! line on stdin, the path of a request file (a [`Request`] as JSON: a [`LinkJob`], or a
//! [`CompileJob`] compiling a unit once for every backend), runs it, and writes its
//! [`Response`] beside it (`<path>.out`, renamed into place once complete). One worker runs
//! many jobs one after another, so a corpus does not start a process and load libLLVM per
//! job. A worker serves at most [`jobs_per_worker`] jobs and is then replaced, which bounds
//! what a long run can pile up in one process (`JITHARNESS_WORKER_JOBS=1`: a fresh process
//! per job, as before workers were persistent).
//!
//! Before each step of a link job that may crash, the worker appends its report so far to
//! the job's journal. If the worker dies, the parent takes that report, says what was in
//! progress and sets the outcome to `crash` (or `timeout`), with the job's part of stderr and
//! any LLVM assertion text found there, and starts a new worker for the next job.
//!
//! No threads: the parent polls its children and reads their answers from files, so this
//! works when the parent itself runs under qemu-user (where guest threads hang).

use crate::backend::LinkMode;
use crate::error::{Error, Result};
use crate::report::{LinkReport, Outcome};
use crate::run::exec::{self, Execution, How};
use crate::run::job::{self, CompileJob, CompileResult, LinkJob, CROSS_BASE};
use crate::target::Arch;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// How long a worker may run by default.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(600);

/// Bytes of a dead worker's stderr kept in its result.
const STDERR_TAIL: usize = 4000;

/// Jobs a worker serves before it is replaced by default.
const JOBS_PER_WORKER: usize = 64;

/// Jobs a worker serves before it is replaced: `$JITHARNESS_WORKER_JOBS`, else 64.
pub fn jobs_per_worker() -> usize {
    std::env::var("JITHARNESS_WORKER_JOBS").ok().and_then(|v| v.parse().ok()).filter(|&n| n > 0).unwrap_or(JOBS_PER_WORKER)
}

/// What a worker is asked to do.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Request {
    Link(LinkJob),
    Compile(CompileJob),
}

/// A worker's answer to a [`Request`] of the same kind.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Response {
    Link(Box<LinkReport>),
    Compile(CompileResult),
}

/// Which process a request needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WorkerKind {
    /// This harness, run the way this process runs.
    Native,
    /// The aarch64 harness under qemu-user with this reservation.
    Qemu { reserved_va: u64 },
}

impl WorkerKind {
    fn of(request: &Request) -> WorkerKind {
        match request {
            Request::Link(job) if job::needs_qemu(job) => WorkerKind::Qemu { reserved_va: job.qemu_reserved_va },
            // Compiling for aarch64 needs no aarch64 process: the objects are the same.
            _ => WorkerKind::Native,
        }
    }
}

/// One request for [`drive`], with the caller's id for it.
pub(crate) struct Item {
    pub id: usize,
    pub request: Request,
}

/// How a request ended.
pub(crate) enum Done {
    /// The worker answered; `stderr` is what it wrote while serving this request.
    Answered(Response, String),
    /// The worker died (`status`) or ran out of time (`None`) while serving it.
    Lost { status: Option<ExitStatus>, elapsed: Duration, stderr: String, journal: String },
    /// No worker could be started for it.
    NotStarted(Error),
}

/// Runs the requests in persistent workers, at most `parallel` at once. `done(item, how)` is
/// called as each finishes (in finishing order) and may return follow-up requests, which run
/// before the remaining ones. A request that needs another kind of worker than the idle ones
/// replaces one.
/// Returns how many workers it started.
pub(crate) fn drive(items: Vec<Item>, timeout: Duration, parallel: usize, mut done: impl FnMut(Item, Done) -> Vec<Item>) -> u64 {
    let parallel = parallel.max(1);
    let per_worker = jobs_per_worker();
    // Each item with how often a worker failed to take it.
    let mut queue: VecDeque<(Item, u8)> = items.into_iter().map(|i| (i, 0)).collect();
    let mut slots: Vec<Slot> = Vec::new();
    let mut sleep = Duration::from_millis(1);
    let mut started = 0;
    let follow = |queue: &mut VecDeque<(Item, u8)>, more: Vec<Item>| {
        for f in more.into_iter().rev() {
            queue.push_front((f, 0));
        }
    };
    while !queue.is_empty() || slots.iter().any(|s| s.busy.is_some()) {
        // Hand out work: to an idle worker of the right kind, else a new one.
        while let Some((item, _)) = queue.front() {
            let kind = WorkerKind::of(&item.request);
            let slot = match slots.iter().position(|s| s.busy.is_none() && s.kind == kind) {
                Some(i) => i,
                None => {
                    if slots.iter().filter(|s| s.busy.is_some()).count() >= parallel {
                        break;
                    }
                    // Make room: retire an idle worker of another kind.
                    if slots.len() >= parallel {
                        if let Some(i) = slots.iter().position(|s| s.busy.is_none()) {
                            slots.swap_remove(i);
                        }
                    }
                    match Slot::start(kind) {
                        Ok(s) => {
                            started += 1;
                            slots.push(s);
                            slots.len() - 1
                        }
                        Err(e) => {
                            let (item, _) = queue.pop_front().expect("front exists");
                            let more = done(item, Done::NotStarted(e));
                            follow(&mut queue, more);
                            continue;
                        }
                    }
                }
            };
            let (item, failures) = queue.pop_front().expect("front exists");
            if let Err(failed) = slots[slot].assign(item) {
                let (item, e) = *failed;
                // The worker could not take it (it died while idle): a new one tries once more.
                slots.swap_remove(slot);
                if failures == 0 {
                    queue.push_front((item, 1));
                } else {
                    let more = done(item, Done::NotStarted(e));
                    follow(&mut queue, more);
                }
            }
        }

        let mut progressed = false;
        let mut k = 0;
        while k < slots.len() {
            match slots[k].poll(timeout) {
                None => k += 1,
                Some((item, how, alive)) => {
                    progressed = true;
                    if !alive || slots[k].served >= per_worker {
                        slots.swap_remove(k);
                    } else {
                        k += 1;
                    }
                    let more = done(item, how);
                    follow(&mut queue, more);
                }
            }
        }
        if progressed {
            sleep = Duration::from_millis(1);
        } else if slots.iter().any(|s| s.busy.is_some()) {
            std::thread::sleep(sleep);
            sleep = (sleep * 2).min(Duration::from_millis(20));
        }
    }
    started
}

/// How long a native worker takes to start and stop with nothing to do (µs): process
/// start-up, loading libLLVM, and exit.
pub fn startup_cost() -> Result<u64> {
    let mut cmd = exec::self_command(&exec::harness_binary()?)?;
    cmd.args([WORKER_COMMAND, STREAM_FLAG]).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
    let t = Instant::now();
    let st = cmd.status().map_err(|e| Error::Execution(format!("starting a worker ({cmd:?}): {e}")))?;
    if !st.success() {
        return Err(Error::Execution(format!("an idle worker exited with {st}")));
    }
    Ok(t.elapsed().as_micros() as u64)
}

/// One persistent worker process and its scratch directory.
struct Slot {
    kind: WorkerKind,
    child: Child,
    stdin: ChildStdin,
    scratch: Scratch,
    served: usize,
    busy: Option<Busy>,
    /// Requests handed to this worker so far (names its request files).
    seq: u64,
}

/// The request a worker is serving.
struct Busy {
    item: Item,
    request: PathBuf,
    started: Instant,
    /// Length of the worker's stderr when the request was handed over.
    stderr_from: u64,
}

impl Slot {
    fn start(kind: WorkerKind) -> Result<Slot> {
        let scratch = Scratch::new()?;
        let mut cmd = match kind {
            WorkerKind::Qemu { reserved_va } => exec::qemu_command(&exec::aarch64_harness()?, reserved_va)?,
            WorkerKind::Native => exec::self_command(&exec::harness_binary()?)?,
        };
        cmd.args([WORKER_COMMAND, STREAM_FLAG]);
        let stderr = scratch.path("stderr");
        let file = std::fs::File::create(&stderr).map_err(|e| Error::io(&stderr, e))?;
        cmd.stdin(Stdio::piped()).stdout(Stdio::null()).stderr(file);
        let mut child = cmd.spawn().map_err(|e| Error::Execution(format!("starting a worker ({cmd:?}): {e}")))?;
        let stdin = child.stdin.take().expect("stdin is piped");
        Ok(Slot { kind, child, stdin, scratch, served: 0, busy: None, seq: 0 })
    }

    /// Hands `item` over: its request file, then its path on the worker's stdin.
    fn assign(&mut self, mut item: Item) -> std::result::Result<(), Box<(Item, Error)>> {
        self.seq += 1;
        let request = self.scratch.path(&format!("request-{}.json", self.seq));
        if let Request::Link(job) = &mut item.request {
            // An emulated worker compiles slowly: give it the workload's objects compiled here.
            if job::needs_qemu(job) && job.precompiled.is_none() {
                let dir = self.scratch.path(&format!("objects-{}", self.seq));
                if std::fs::create_dir_all(&dir).is_ok() && job::precompile(job, &dir) {
                    job.precompiled = Some(dir);
                }
            }
            job.checkpoint = Some(journal_path(&request));
            job.progress = false;
        }
        let bytes = serde_json::to_vec(&item.request).expect("requests serialize");
        if let Err(e) = std::fs::write(&request, bytes) {
            return Err(Box::new((item, Error::io(&request, e))));
        }
        let stderr_from = std::fs::metadata(self.scratch.path("stderr")).map(|m| m.len()).unwrap_or(0);
        if let Err(e) = writeln!(self.stdin, "{}", request.display()).and_then(|_| self.stdin.flush()) {
            return Err(Box::new((item, Error::Execution(format!("handing a job to a worker: {e}")))));
        }
        self.busy = Some(Busy { item, request, started: Instant::now(), stderr_from });
        Ok(())
    }

    /// The request this worker finished, how, and whether the worker lives on; `None` while
    /// it is idle or still working.
    fn poll(&mut self, timeout: Duration) -> Option<(Item, Done, bool)> {
        let busy = self.busy.as_ref()?;
        let answer = response_path(&busy.request);
        let status = if answer.exists() {
            None
        } else {
            match self.child.try_wait() {
                Ok(None) if busy.started.elapsed() < timeout => return None,
                Ok(None) => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    Some(None)
                }
                Ok(Some(st)) => Some(Some(st)),
                Err(e) => {
                    let busy = self.busy.take().expect("busy");
                    return Some((busy.item, Done::NotStarted(Error::Execution(format!("waiting for a worker: {e}"))), false));
                }
            }
        };
        let busy = self.busy.take().expect("busy");
        let stderr = self.stderr_since(busy.stderr_from);
        // The worker may have answered just before it died: the answer counts.
        let answered = std::fs::read(&answer).ok().and_then(|b| serde_json::from_slice::<Response>(&b).ok());
        let journal = journal_path(&busy.request);
        let read_journal = || std::fs::read(&journal).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
        let how = match (answered, status) {
            (Some(r), _) => Done::Answered(r, stderr),
            (None, Some(status)) => Done::Lost { status, elapsed: busy.started.elapsed(), stderr, journal: read_journal() },
            (None, None) => Done::NotStarted(Error::Execution(format!("a worker's answer {} is not a response", answer.display()))),
        };
        for p in [busy.request.clone(), answer, journal] {
            let _ = std::fs::remove_file(p);
        }
        let _ = std::fs::remove_dir_all(self.scratch.path(&format!("objects-{}", self.seq)));
        self.served += 1;
        let alive = status.is_none();
        Some((busy.item, how, alive))
    }

    fn stderr_since(&self, from: u64) -> String {
        use std::io::{Read, Seek};
        let mut s = Vec::new();
        if let Ok(mut f) = std::fs::File::open(self.scratch.path("stderr")) {
            if f.seek(std::io::SeekFrom::Start(from)).is_ok() {
                let _ = f.read_to_end(&mut s);
            }
        }
        String::from_utf8_lossy(&s).into_owned()
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        // An idle worker ends at once; a busy one (the run was abandoned) is killed.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn response_path(request: &Path) -> PathBuf {
    PathBuf::from(format!("{}.out", request.display()))
}

fn journal_path(request: &Path) -> PathBuf {
    PathBuf::from(format!("{}.journal", request.display()))
}

/// Runs `job` in a worker process and returns its result; never fails: a worker that
/// cannot be started is an `error` result.
pub fn run_isolated(job: &LinkJob, timeout: Duration) -> LinkReport {
    run_pool(std::slice::from_ref(job), timeout, 1, |_, _| {}).pop().expect("one job, one report")
}

/// Runs each job in a worker, one after another.
pub fn run_all(jobs: &[LinkJob], timeout: Duration) -> Vec<LinkReport> {
    run_pool(jobs, timeout, 1, |_, _| {})
}

/// Runs the jobs in workers, at most `parallel` at once, and returns the reports in the
/// jobs' order. `done(i, report)` is called as job `i` finishes (in finishing order).
pub fn run_pool(jobs: &[LinkJob], timeout: Duration, parallel: usize, mut done: impl FnMut(usize, &LinkReport)) -> Vec<LinkReport> {
    let mut reports: Vec<Option<LinkReport>> = vec![None; jobs.len()];
    let items = jobs.iter().enumerate().map(|(id, j)| Item { id, request: Request::Link(j.clone()) }).collect();
    let _ = drive(items, timeout, parallel, |item, how| {
        let r = link_report(item, how);
        done(r.0, &r.1);
        reports[r.0] = Some(r.1);
        Vec::new()
    });
    reports.into_iter().map(|r| r.expect("every job reported")).collect()
}

/// The report of a finished link request (id, report), however it ended.
pub(crate) fn link_report(item: Item, how: Done) -> (usize, LinkReport) {
    let Request::Link(job) = item.request else { unreachable!("link_report takes link requests") };
    let report = match how {
        Done::Answered(Response::Link(report), stderr) => {
            let mut report = *report;
            match check_same_llvm(&report, &job) {
                Err(e) => failed_to_start(&job, e),
                Ok(()) => {
                    if !stderr.trim().is_empty() {
                        eprint!("{stderr}");
                    }
                    if job::needs_qemu(&job) {
                        report.notes.push("ran in a worker: the aarch64 harness under qemu-user".into());
                    }
                    report
                }
            }
        }
        Done::Answered(Response::Compile(_), _) => {
            failed_to_start(&job, Error::Execution("a worker answered a link job with a compile result".into()))
        }
        Done::Lost { status, elapsed, stderr, journal } => lost(&job, status, elapsed, &stderr, &journal),
        Done::NotStarted(e) => failed_to_start(&job, e),
    };
    (item.id, report)
}

/// The result of a compile request: `None` when it did not compile everything (the link jobs
/// then compile themselves and report what happens).
pub(crate) fn compile_result(how: Done) -> Option<CompileResult> {
    match how {
        Done::Answered(Response::Compile(c), _) if c.compiled.is_ok() => Some(c),
        _ => None,
    }
}

/// The result of a job whose worker died or ran out of time: what its journal says it did,
/// what it was doing, and the end of its stderr.
fn lost(job: &LinkJob, status: Option<ExitStatus>, elapsed: Duration, stderr: &str, journal: &str) -> LinkReport {
    let base = job::new_report(job, expected_execution(job), expected_mode(job));
    let (mut report, during) = crate::run::journal::replay_journal(base, journal);
    let tail = tail(stderr, STDERR_TAIL);
    report.outcome = match status {
        None => Outcome::Timeout { seconds: elapsed.as_secs(), during, stderr: tail },
        // The code called a trap stub: the job's answer, not a crash.
        Some(st) if st.code() == Some(crate::run::call::TRAP_EXIT_CODE) && trapped_symbol(stderr).is_some() => Outcome::Fail {
            reason: format!(
                "{during}: the code called `{}`, which was unresolved and bound to a trap stub (--stub-unresolved)",
                trapped_symbol(stderr).unwrap_or_default()
            ),
        },
        Some(st) => {
            use std::os::unix::process::ExitStatusExt;
            Outcome::Crash { signal: st.signal(), exit_status: st.code(), during, assertion: llvm_assertion(stderr), stderr: tail }
        }
    };
    report.elapsed_ms = elapsed.as_millis() as u64;
    report
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

/// The hidden subcommand that runs jobs handed over as data.
pub const WORKER_COMMAND: &str = "worker";

/// Its flag for persistent workers (request paths on stdin, answers in files).
pub const STREAM_FLAG: &str = "--stream";

/// The worker side: reads one [`LinkJob`] as JSON from `input` and runs it here. A job that
/// cannot be read is an `error` report naming what was wrong with it.
pub fn serve(input: impl std::io::Read) -> LinkReport {
    match serde_json::from_reader::<_, LinkJob>(input) {
        Ok(job) => crate::run::session::run_here(&job),
        Err(e) => unreadable(format!("worker: the job on stdin is not a link job: {e}")),
    }
}

fn unreadable(message: String) -> LinkReport {
    let placeholder = LinkJob::placeholder();
    let mut r = job::new_report(&placeholder, exec::current(Arch::host()), LinkMode::InProcess);
    r.outcome = Outcome::Error { message };
    r
}

/// The persistent worker (`worker --stream`): for each line of `input`, the path of a
/// request file, runs the request and writes the response to `<path>.out` (through a
/// temporary file, so the parent never reads half of one). Returns at the end of `input`.
pub fn serve_stream(input: impl std::io::BufRead) -> Result<()> {
    for line in input.lines() {
        let line = line.map_err(|e| Error::Execution(format!("worker: reading a request path from stdin: {e}")))?;
        let path = PathBuf::from(line.trim_end());
        let response = match std::fs::read(&path).map_err(|e| Error::io(&path, e)).and_then(|b| {
            serde_json::from_slice::<Request>(&b).map_err(|e| Error::Execution(format!("{}: not a request: {e}", path.display())))
        }) {
            Ok(Request::Link(job)) => Response::Link(Box::new(crate::run::session::run_here(&job))),
            Ok(Request::Compile(c)) => Response::Compile(c.run_here()),
            Err(e) => Response::Link(Box::new(unreadable(format!("worker: {e}")))),
        };
        let out = response_path(&path);
        let tmp = PathBuf::from(format!("{}.tmp", out.display()));
        std::fs::write(&tmp, serde_json::to_vec(&response).expect("responses serialize")).map_err(|e| Error::io(&tmp, e))?;
        std::fs::rename(&tmp, &out).map_err(|e| Error::io(&out, e))?;
    }
    Ok(())
}

/// The symbol a trap stub reported on the worker's stderr (see `run::call`).
fn trapped_symbol(stderr: &str) -> Option<&str> {
    let rest = stderr.split(crate::run::call::TRAP_MESSAGE).nth(1)?;
    rest.strip_prefix('`')?.split('`').next()
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
