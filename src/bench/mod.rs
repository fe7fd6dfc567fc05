//! Measurements beside criterion's: what `jitharness bench` records in one run (schema
//! `jitharness/bench/v1`), and the pieces both it and `benches/link.rs` time.
//!
//! Criterion measures latency (benches/link.rs). A bench run adds what criterion cannot:
//! resources per backend and session size (mappings, reserved/committed/used bytes, system
//! calls, peak RSS, each session in a fresh worker process), the lower-bound model (copy
//! every section's bytes and touch every relocation site once), and peer tools on the same
//! objects. `jitharness report` turns both into docs/results/benchmarks.md.
//!
//! Here: the run's record (`BenchRun`) and what a worker measures in its own process; `run`
//! drives a whole run and its workers; `peers` times the peer tools; `report` writes the report.
//!
//! Criterion benchmark ids, which the report parses: group `KIND.TARGET.llvmN` (KIND one of
//! `compile`, `link`, `finalize`, `lookup`, `lower-bound`), function = backend name (for
//! `compile`: `O0`..`O3`; for `lower-bound`: `copy+touch`), parameter = modules in the
//! session (for `compile`: the input's name).

pub mod peers;
pub mod report;
pub mod run;

use crate::report::HarnessInfo;
use crate::run::exec::Execution;
use crate::target::Arch;
use serde::{Deserialize, Serialize};

pub const BENCH_SCHEMA: &str = "jitharness/bench/v1";

/// One `jitharness bench` run: one target, one LLVM.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BenchRun {
    pub schema: String,
    pub harness: HarnessInfo,
    pub machine: Machine,
    /// `git rev-parse --short HEAD` of the checkout, when known.
    pub commit: Option<String>,
    /// UTC, RFC 3339.
    pub date: String,
    pub target: Arch,
    /// How the measured sessions ran (native, or qemu-user with its reservation).
    pub execution: Execution,
    /// What was linked, e.g. `workload issue9001 (1 module per load)`.
    pub input: String,
    pub sessions: Vec<SessionMeasure>,
    pub lower_bound: Vec<LowerBound>,
    pub peers: Vec<PeerMeasure>,
    /// Load, remove, load again, remove again, per backend (`link --unload-reload`): what
    /// each backend gives back. Older runs have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reclaim: Vec<ReclaimMeasure>,
    pub notes: Vec<String>,
    /// Backends in turn in one worker per session size ([`InterleavedMeasure`]). Older runs
    /// have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interleaved: Vec<InterleavedMeasure>,
    /// Present when this run is one shard of a run (`bench --shard`), with the run's plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<crate::shard::Shard>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<String>,
}

impl BenchRun {
    /// Combines the shards of one bench run (`jitharness merge`) into what the unsharded run
    /// holds, in its order; the first shard's header (machine, date, commit) is kept.
    ///
    /// # Errors
    /// [`Error::Merge`] for shards of different runs, overlapping or missing shards.
    pub fn merge(runs: Vec<(PathBuf, BenchRun)>) -> Result<BenchRun> {
        let parts: Vec<crate::shard::Part<'_>> =
            runs.iter().map(|(p, r)| crate::shard::Part { file: p.as_path(), shard: r.shard, plan: &r.plan }).collect();
        crate::shard::check_parts(&parts)?;
        if let Some((p, _)) = runs.iter().find(|(_, r)| r.target != runs[0].1.target || r.harness != runs[0].1.harness) {
            return Err(Error::Merge(format!("{} is a run of another target or harness build than {}", p.display(), runs[0].0.display())));
        }
        let mut it = runs.into_iter().map(|(_, r)| r);
        let mut out = it.next().expect("check_parts refuses nothing");
        for r in it {
            out.sessions.extend(r.sessions);
            out.lower_bound.extend(r.lower_bound);
            out.peers.extend(r.peers);
            out.reclaim.extend(r.reclaim);
            out.interleaved.extend(r.interleaved);
            out.notes.extend(r.notes);
        }
        let order = |b: &str| BACKENDS.iter().position(|k| k.name() == b).unwrap_or(usize::MAX);
        out.sessions.sort_by_key(|s| (s.modules, order(&s.backend)));
        out.lower_bound.sort_by_key(|l| l.modules);
        out.peers.sort_by_key(|p| p.modules);
        out.reclaim.sort_by_key(|r| order(&r.backend));
        out.interleaved.sort_by_key(|m| m.modules);
        out.notes.dedup();
        out.shard = None;
        out.plan = Vec::new();
        Ok(out)
    }
}

/// One backend's unload/reload run: the figures at each step, or why there are none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReclaimMeasure {
    pub backend: String,
    /// Modules loaded before each removal.
    pub modules: u32,
    /// `ok`, or the outcome's summary (`unsupported: ...` for RuntimeDyld, which cannot unload).
    pub outcome: String,
    pub steps: Vec<crate::report::ReclaimStep>,
}

/// The machine a run measured on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Machine {
    pub cpu: String,
    pub cores: u32,
    pub kernel: String,
    pub os: String,
}

/// One session of `modules` modules through one backend, in a fresh worker process.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionMeasure {
    pub backend: String,
    pub modules: u32,
    /// `ok`, or why there is no figure (`unsupported: …`, `error: …`, `crash: …`).
    pub outcome: String,
    /// Add + resolve + relocate + protect of every module (one finalize per module, as
    /// Numba does), wall clock, median over `runs` sessions.
    pub link_ns: Option<u64>,
    pub runs: u32,
    /// The first symbol lookup after the session was built.
    pub first_lookup_ns: Option<u64>,
    /// Process mappings before the session opened and after its last module.
    pub mappings_before: Option<u64>,
    pub mappings: Option<u64>,
    pub reserved: u64,
    /// `None` when the memory manager maps memory out of the harness's sight (see
    /// `not_visible`).
    pub committed: Option<u64>,
    pub used: u64,
    pub mmap_calls: Option<u64>,
    pub mprotect_calls: Option<u64>,
    /// Peak resident set of the worker process (getrusage), KiB.
    pub peak_rss_kib: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_visible: Option<String>,
    /// In the last session: time inside the memory manager (the Rust slab's calls, ns) and
    /// that session's link time, where the memory manager is the harness's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_manager_ns: Option<(u64, u64)>,
    /// The last session's clock: where its link time went by phase, and the memory
    /// manager's share as each linker's shim measures it (stock and slab alike).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock: Option<crate::backend::LinkerClock>,
}

impl SessionMeasure {
    /// A measure with an outcome and no figures yet (or none at all, when the outcome says
    /// why: a worker that crashed, an unsupported backend).
    pub fn without_figures(kind: BackendKind, modules: u32, outcome: String) -> SessionMeasure {
        SessionMeasure {
            backend: kind.name().into(),
            modules,
            outcome,
            link_ns: None,
            runs: 0,
            first_lookup_ns: None,
            mappings_before: None,
            mappings: None,
            reserved: 0,
            committed: None,
            used: 0,
            mmap_calls: None,
            mprotect_calls: None,
            peak_rss_kib: None,
            not_visible: None,
            memory_manager_ns: None,
            clock: None,
        }
    }
}

/// The lower-bound model for a session of `modules` modules: copy every allocated
/// section's bytes once and touch every relocation site once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LowerBound {
    pub modules: u32,
    pub bytes: u64,
    pub relocations: u64,
    /// Median wall clock.
    pub ns: u64,
}

/// A peer tool linking the same objects.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeerMeasure {
    /// e.g. `llvm-jitlink -noexec`, `llvm-jitlink -noexec -slab-allocate=1Gb`,
    /// `llvm-rtdyld`, `llvmlite MCJIT`, `llvmlite LLJIT`.
    pub peer: String,
    pub modules: u32,
    /// `ok`, or why there is no figure.
    pub outcome: String,
    pub ns: Option<u64>,
    /// How it was timed, e.g. `whole process, wall clock, median of 5, minus the same
    /// tool's run on an empty input` or `in process (Python perf_counter_ns)`.
    pub method: String,
    /// The peer's version string.
    pub version: String,
    /// The same time split by the peer's phases where it reports them (`load/add`, `link`:
    /// llvm-jitlink's own timers, and the harness in llvm-jitlink's shape), in the run whose
    /// total is the median.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<(String, u64)>,
}

/// llvm-jitlink's phase names, which the harness's one-finalize rows use too.
pub const PEER_LOAD: &str = "load/add";
pub const PEER_LINK: &str = "link";

/// Of several runs' phase splits, the one whose total is the median.
pub fn median_split(mut runs: Vec<Vec<(String, u64)>>) -> Vec<(String, u64)> {
    if runs.is_empty() {
        return Vec::new();
    }
    runs.sort_by_key(|r| r.iter().map(|p| p.1).sum::<u64>());
    let mid = runs.len() / 2;
    runs.swap_remove(mid)
}

use crate::backend::resolve::Resolver;
use crate::backend::{self, BackendKind, LinkBackend, LinkMode, SessionOptions};
use crate::compile::{self, CompileOptions};
use crate::error::{Error, Result};
use crate::memory::placement::Placement;
use crate::source::{self, workloads, Input, ObjectFile};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The backends the benchmarks compare.
pub const BACKENDS: [BackendKind; 6] = BackendKind::ALL;

/// The peer name of a harness backend measured in llvm-jitlink's shape (see
/// [`measure_one_finalize`]): `jitharness, one finalize: jitlink-default`.
pub const ONE_FINALIZE_PREFIX: &str = "jitharness, one finalize: ";

/// Session sizes (modules) the benchmarks measure.
pub const SIZES: [u32; 4] = [1, 10, 100, 1000];

/// Environment variable that overrides [`SIZES`] for `benches/link.rs` (`1,10`): the smoke
/// test in `make test` runs every bench function once on small sessions.
pub const SIZES_ENV: &str = "JITHARNESS_BENCH_SIZES";

/// The session sizes for the criterion benches: [`SIZES_ENV`] if set, else [`SIZES`].
pub fn bench_sizes() -> Vec<u32> {
    std::env::var(SIZES_ENV)
        .ok()
        .map(|v| v.split(',').filter_map(|s| s.trim().parse().ok()).filter(|&n| n > 0).collect::<Vec<u32>>())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| SIZES.to_vec())
}

/// The workload the sessions load: one module per load, as Numba adds one module per
/// compiled function.
pub const WORKLOAD: &str = "issue9001";

/// The modules of loads `0..n` of `workload`, compiled for `arch`, and the symbol to look up
/// first (the first load's entry point).
pub fn workload_objects(workload: &str, arch: Arch, n: u32) -> Result<(Vec<ObjectFile>, String)> {
    let dialect = workloads::IrDialect::of_this_llvm();
    let opts = CompileOptions::new(arch);
    let mut objects = Vec::new();
    let mut entry = None;
    for it in 0..n {
        let inst = workloads::instance(workload, arch, dialect, it).ok_or_else(|| Error::UnknownWorkload(workload.into()))?;
        if entry.is_none() {
            entry = inst.checks.first().map(|c| c.symbol.clone());
        }
        for m in inst.modules {
            objects.push(source::to_object(&Input::ir(m.name, m.ir), &opts, &mut Vec::new())?);
        }
    }
    let entry = entry.ok_or_else(|| Error::Usage(format!("workload {workload} has no entry point to look up")))?;
    Ok((objects, entry))
}

/// The known defect (src/llvm/defects.rs) that makes `kind` keep every linked graph's memory
/// with this LLVM, if any: such a backend is measured in fresh worker processes only, because
/// the thousands of sessions criterion runs in one process would exhaust vm.max_map_count.
pub fn graph_memory_leak(kind: BackendKind) -> Option<&'static crate::llvm::defects::Defect> {
    crate::llvm::defects::by_id("jitlink-inprocess-no-release").filter(|d| d.applies_to(compile::llvm_major(), kind, Arch::host(), false))
}

/// What the benches say when they leave a leaking backend out of in-process runs.
pub fn leak_note(d: &crate::llvm::defects::Defect) -> String {
    format!("{d}; the criterion benches leave it out (their sessions share one process); `jitharness bench` measures it in fresh worker processes")
}

/// Environment variable naming a directory of precompiled session objects (`jitharness
/// bench --write-objects DIR`), which `benches/link.rs` reads instead of compiling: under
/// qemu, compiling 1000 modules in an emulated LLVM takes minutes.
pub const OBJECTS_ENV: &str = "JITHARNESS_BENCH_OBJECTS";

/// The session objects for `arch`: from [`OBJECTS_ENV`] when it names a directory that
/// holds enough of them, else compiled here.
pub fn session_objects(arch: Arch, n: u32) -> Result<(Vec<ObjectFile>, String)> {
    if let Some(dir) = std::env::var_os(OBJECTS_ENV).map(PathBuf::from) {
        let entry = std::fs::read_to_string(dir.join("entry.txt")).map(|s| s.trim().to_string());
        if let Ok(entry) = entry {
            if dir.join(format!("{:04}.o", n - 1)).is_file() {
                return Ok((read_objects(&dir, n, arch)?, entry));
            }
        }
    }
    workload_objects(WORKLOAD, arch, n)
}

/// Writes `objects` as `0000.o`, `0001.o`, … into `dir`.
pub fn write_objects(objects: &[ObjectFile], dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    for (i, o) in objects.iter().enumerate() {
        let p = dir.join(format!("{i:04}.o"));
        std::fs::write(&p, &o.bytes).map_err(|e| Error::io(&p, e))?;
    }
    Ok(())
}

/// Reads the first `n` objects `write_objects` wrote.
pub fn read_objects(dir: &Path, n: u32, arch: Arch) -> Result<Vec<ObjectFile>> {
    let opts = CompileOptions::new(arch);
    (0..n)
        .map(|i| {
            let p = dir.join(format!("{i:04}.o"));
            let input = Input::from_path(&p)?;
            source::to_object(&input, &opts, &mut Vec::new())
        })
        .collect()
}

/// A fresh in-process session of `kind` (natural placement, 1 GiB slab), resolving the
/// harness's own helpers and the host process.
pub fn open_session(kind: BackendKind, arch: Arch) -> Result<Box<dyn LinkBackend>> {
    let resolver = Arc::new(Resolver::in_process(crate::run::call::harness_table()));
    backend::open(
        kind,
        SessionOptions {
            arch,
            mode: LinkMode::InProcess,
            placement: Placement::Natural,
            resolver,
            slab_size: crate::memory::slab::DEFAULT_SLAB_SIZE,
            debugger: false,
        },
    )
}

/// Adds and finalizes each object in turn (one finalize per module, as Numba does) and
/// returns the time that took.
pub fn link_all(session: &mut dyn LinkBackend, objects: &[ObjectFile]) -> Result<Duration> {
    let t = Instant::now();
    for o in objects {
        session.add_object(o)?;
        session.finalize()?;
    }
    Ok(t.elapsed())
}

/// llvm-jitlink's shape: every object added, then one finalize (JITLink links them as one
/// materialization), and the first lookup of `entry`: median of `runs` fresh sessions, in ns.
pub fn measure_one_finalize(
    kind: BackendKind,
    arch: Arch,
    objects: &[ObjectFile],
    entry: &str,
    runs: u32,
) -> std::result::Result<Vec<(String, u64)>, String> {
    let mut splits = Vec::new();
    for _ in 0..runs.max(1) {
        let mut session = open_session(kind, arch).map_err(|e| e.to_string())?;
        let t = Instant::now();
        for o in objects {
            session.add_object(o).map_err(|e| e.to_string())?;
        }
        let added = t.elapsed().as_nanos() as u64;
        let t = Instant::now();
        session.finalize().map_err(|e| e.to_string())?;
        session.lookup(entry).ok_or_else(|| Error::MissingSymbol(entry.into()).to_string())?;
        splits.push(vec![(PEER_LOAD.to_string(), added), (PEER_LINK.to_string(), t.elapsed().as_nanos() as u64)]);
    }
    Ok(median_split(splits))
}

/// The time of the first lookup of `name`; an error when the session does not define it.
pub fn first_lookup(session: &dyn LinkBackend, name: &str) -> Result<Duration> {
    let t = Instant::now();
    let found = session.lookup(name);
    let d = t.elapsed();
    found.map(|_| d).ok_or_else(|| Error::MissingSymbol(name.into()))
}

/// The lower-bound model's work for a set of objects: their allocated sections' bytes, and
/// the offsets of every relocation in them.
pub struct LowerBoundPlan {
    sections: Vec<(Vec<u8>, Vec<usize>)>,
    pub bytes: u64,
    pub relocations: u64,
}

impl LowerBoundPlan {
    pub fn new(objects: &[ObjectFile]) -> LowerBoundPlan {
        use object::{Object, ObjectSection};
        let mut sections = Vec::new();
        let (mut bytes, mut relocations) = (0, 0);
        for o in objects {
            let Ok(file) = object::File::parse(&*o.bytes) else { continue };
            for s in file.sections() {
                let alloc =
                    matches!(s.flags(), object::SectionFlags::Elf { sh_flags } if sh_flags & u64::from(object::elf::SHF_ALLOC) != 0);
                let Ok(data) = s.data() else { continue };
                if !alloc || data.is_empty() {
                    continue;
                }
                let sites: Vec<usize> = s.relocations().map(|(off, _)| off as usize).filter(|&off| off + 4 <= data.len()).collect();
                bytes += data.len() as u64;
                relocations += sites.len() as u64;
                sections.push((data.to_vec(), sites));
            }
        }
        LowerBoundPlan { sections, bytes, relocations }
    }

    /// Copies every section into `dest` and rewrites each relocation site once (a 32-bit
    /// read-modify-write); returns a checksum so the work cannot be optimized away.
    pub fn run(&self, dest: &mut Vec<u8>) -> u64 {
        dest.clear();
        let mut sum = 0u64;
        for (data, sites) in &self.sections {
            let base = dest.len();
            dest.extend_from_slice(data);
            for &off in sites {
                let at = base + off;
                let v = u32::from_le_bytes(dest[at..at + 4].try_into().expect("4 bytes")).wrapping_add(1);
                dest[at..at + 4].copy_from_slice(&v.to_le_bytes());
                sum = sum.wrapping_add(v as u64);
            }
        }
        sum
    }
}

/// Every backend linking the same session in turn in one process — A B C …, then B C … A,
/// each round starting one backend later — so that whatever the machine does meanwhile
/// (another job, frequency changes) falls on all of them alike. Each round's time of a
/// backend is compared with `rtdyld-stock`'s in the same round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterleavedMeasure {
    pub modules: u32,
    pub rounds: u32,
    /// Per backend, its link time (ns) in each round, in round order. A backend that could
    /// not link the session is absent, and `notes` says why.
    pub link_ns: std::collections::BTreeMap<String, Vec<u64>>,
    pub notes: Vec<String>,
}

/// A backend's time over `rtdyld-stock`'s, round by round: the median, and the 10th and
/// 90th percentiles as the spread.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RatioSpread {
    pub median: f64,
    pub low: f64,
    pub high: f64,
    pub rounds: usize,
}

impl RatioSpread {
    /// What the ratio says: `faster`/`slower` only when the whole spread is on one side of
    /// 1.0 (speed ratios: stock's time over the backend's is its reciprocal).
    pub fn verdict(&self) -> &'static str {
        if self.high < 1.0 {
            "faster than rtdyld-stock"
        } else if self.low > 1.0 {
            "slower than rtdyld-stock"
        } else {
            "spread too wide to conclude"
        }
    }
}

impl InterleavedMeasure {
    /// `backend`'s time over `rtdyld-stock`'s per round; `None` when either is missing.
    pub fn ratio(&self, backend: &str) -> Option<RatioSpread> {
        let stock = self.link_ns.get(BackendKind::RtdyldStock.name())?;
        let mine = self.link_ns.get(backend)?;
        let mut r: Vec<f64> = mine.iter().zip(stock).filter(|(_, &s)| s > 0).map(|(&m, &s)| m as f64 / s as f64).collect();
        if r.is_empty() {
            return None;
        }
        r.sort_by(f64::total_cmp);
        let at = |q: f64| r[((r.len() - 1) as f64 * q).round() as usize];
        Some(RatioSpread { median: at(0.5), low: at(0.1), high: at(0.9), rounds: r.len() })
    }
}

/// Rounds of [`measure_interleaved`] for a session of `modules`: many for small sessions,
/// whose single links are microseconds, fewer for large ones.
pub fn interleaved_rounds(modules: u32) -> u32 {
    match modules {
        0..=10 => 201,
        11..=100 => 41,
        _ => 11,
    }
}

/// Measures `objects` through every backend in turn, `rounds` times (see [`InterleavedMeasure`]).
pub fn measure_interleaved(arch: Arch, objects: &[ObjectFile], rounds: u32) -> InterleavedMeasure {
    let mut m = InterleavedMeasure { modules: objects.len() as u32, rounds, link_ns: Default::default(), notes: Vec::new() };
    let mut live: Vec<BackendKind> = BACKENDS.to_vec();
    for round in 0..rounds as usize {
        let order: Vec<BackendKind> = (0..live.len()).map(|i| live[(i + round) % live.len()]).collect();
        for kind in order {
            let r = open_session(kind, arch).and_then(|mut s| link_all(s.as_mut(), objects));
            match r {
                Ok(d) => m.link_ns.entry(kind.name().to_string()).or_default().push(d.as_nanos() as u64),
                Err(e) => {
                    m.notes.push(format!("{}: {e}", kind.name()));
                    m.link_ns.remove(kind.name());
                    live.retain(|k| *k != kind);
                }
            }
        }
    }
    m
}

fn median(mut v: Vec<u64>) -> u64 {
    v.sort_unstable();
    v[v.len() / 2]
}

fn process_mappings() -> Option<u64> {
    std::fs::read_to_string("/proc/self/maps").ok().map(|m| m.lines().count() as u64)
}

fn peak_rss_kib() -> Option<u64> {
    // SAFETY: getrusage writes into the zeroed struct we pass; RUSAGE_SELF is valid.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    (unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) } == 0).then_some(ru.ru_maxrss as u64)
}

/// Measures `runs` sessions of `objects` through `kind` in this process (a fresh worker):
/// link time (median), first lookup, and the resources of the last session.
pub fn measure_session(kind: BackendKind, arch: Arch, objects: &[ObjectFile], entry: &str, runs: u32) -> SessionMeasure {
    let mut m =
        SessionMeasure { mappings_before: process_mappings(), ..SessionMeasure::without_figures(kind, objects.len() as u32, "ok".into()) };
    let (mut links, mut lookups) = (Vec::new(), Vec::new());
    for run in 0..runs.max(1) {
        let mut session = match open_session(kind, arch) {
            Ok(s) => s,
            Err(Error::BackendUnavailable { reason, .. }) => {
                m.outcome = format!("unsupported: {reason}");
                return m;
            }
            Err(e) => {
                m.outcome = format!("error: {e}");
                return m;
            }
        };
        let result = link_all(session.as_mut(), objects).and_then(|l| Ok((l, first_lookup(session.as_ref(), entry)?)));
        match result {
            Ok((l, f)) => {
                links.push(l.as_nanos() as u64);
                lookups.push(f.as_nanos() as u64);
                if let Some(slab) = session.memory().slab {
                    m.memory_manager_ns = Some((slab.busy_ns, l.as_nanos() as u64));
                }
            }
            Err(e @ Error::UnsupportedRelocations { .. }) => {
                m.outcome = format!("unsupported: {e}");
                return m;
            }
            Err(e) => {
                m.outcome = format!("error: {e}");
                return m;
            }
        }
        if run + 1 == runs.max(1) {
            let layout = session.layout();
            let fig = session.memory();
            m.mappings = process_mappings();
            m.reserved = fig.reserved;
            m.used = layout.iter().map(|s| s.size).sum();
            if fig.not_visible.is_none() {
                m.committed = Some(fig.committed);
                m.mmap_calls = Some(fig.mapper.mmap_calls);
                m.mprotect_calls = Some(fig.mapper.mprotect_calls);
            }
            m.not_visible = fig.not_visible.clone();
            m.clock = Some(session.clock());
        }
    }
    m.runs = links.len() as u32;
    m.link_ns = Some(median(links));
    m.first_lookup_ns = Some(median(lookups));
    m.peak_rss_kib = peak_rss_kib();
    m
}

/// The lower bound for `objects`, median of `runs`.
pub fn measure_lower_bound(objects: &[ObjectFile], runs: u32) -> LowerBound {
    let plan = LowerBoundPlan::new(objects);
    let mut dest = Vec::with_capacity(plan.bytes as usize);
    let mut times = Vec::new();
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        std::hint::black_box(plan.run(&mut dest));
        times.push(t.elapsed().as_nanos() as u64);
    }
    LowerBound { modules: objects.len() as u32, bytes: plan.bytes, relocations: plan.relocations, ns: median(times) }
}

/// This machine, for results.
pub fn machine() -> Machine {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name") || l.starts_with("CPU part"))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| "unknown".into());
    let cores = std::thread::available_parallelism().map(|n| n.get() as u32).unwrap_or(1);
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease").map(|s| s.trim().to_string()).unwrap_or_default();
    let os = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("PRETTY_NAME=")).map(|l| l.trim_start_matches("PRETTY_NAME=").trim_matches('"').to_string())
        })
        .unwrap_or_default();
    Machine { cpu, cores, kernel, os }
}

/// The checkout's commit (`git rev-parse --short HEAD` in the current directory).
pub fn git_commit() -> Option<String> {
    let out = std::process::Command::new("git").args(["rev-parse", "--short", "HEAD"]).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The repository the current directory is in (`git rev-parse --show-toplevel`), else the
/// current directory: what `jitharness report` names input files relative to.
pub fn repository_root() -> Option<PathBuf> {
    let out = std::process::Command::new("git").args(["rev-parse", "--show-toplevel"]).output().ok();
    match out.filter(|o| o.status.success()) {
        Some(o) => Some(PathBuf::from(String::from_utf8_lossy(&o.stdout).trim())),
        None => std::env::current_dir().ok(),
    }
}

/// Now, UTC, RFC 3339 (seconds).
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let (days, rem) = (secs / 86400, secs % 86400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm, restated).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Where the objects of a bench run go (kept for the peers).
pub fn scratch_dir(arch: Arch) -> PathBuf {
    std::env::temp_dir().join(format!("jitharness-bench-{}-{}", arch.name(), std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interleaved_ratios_are_per_round_and_say_when_they_cannot_conclude() {
        let mut m = InterleavedMeasure { modules: 1, rounds: 5, link_ns: Default::default(), notes: Vec::new() };
        // The machine slows down over the rounds; the backend stays at half of stock's time.
        m.link_ns.insert("rtdyld-stock".into(), vec![100, 200, 400, 800, 1600]);
        m.link_ns.insert("rtdyld-rust".into(), vec![50, 100, 200, 400, 800]);
        m.link_ns.insert("jitlink-slab".into(), vec![90, 220, 380, 840, 1500]);
        let r = m.ratio("rtdyld-rust").unwrap();
        assert_eq!((r.median, r.low, r.high, r.rounds), (0.5, 0.5, 0.5, 5));
        assert_eq!(r.verdict(), "faster than rtdyld-stock");
        let j = m.ratio("jitlink-slab").unwrap();
        assert!(j.low < 1.0 && j.high > 1.0, "{j:?}");
        assert_eq!(j.verdict(), "spread too wide to conclude");
        assert!(m.ratio("jitlink-rust").is_none(), "a backend not measured has no ratio");
    }

    #[test]
    fn interleaved_measures_every_backend_it_can_open() {
        let (objects, _) = workload_objects(WORKLOAD, Arch::host(), 2).unwrap();
        let m = measure_interleaved(Arch::host(), &objects, 3);
        for kind in BACKENDS {
            match kind.availability() {
                Ok(()) => assert_eq!(m.link_ns.get(kind.name()).map(Vec::len), Some(3), "{}: {:?}", kind.name(), m.notes),
                Err(_) => assert!(!m.link_ns.contains_key(kind.name()) && m.notes.iter().any(|n| n.starts_with(kind.name()))),
            }
        }
    }

    #[test]
    fn lower_bound_touches_every_site_once() {
        let (objects, _) = workload_objects(WORKLOAD, Arch::host(), 2).unwrap();
        let plan = LowerBoundPlan::new(&objects);
        assert!(plan.bytes > 0 && plan.relocations > 0);
        let mut a = Vec::new();
        plan.run(&mut a);
        assert_eq!(a.len() as u64, plan.bytes, "every byte copied once");
        let plain: Vec<u8> = plan.sections.iter().flat_map(|(d, _)| d.iter().copied()).collect();
        let changed = a.iter().zip(&plain).filter(|(x, y)| x != y).count();
        assert!(changed > 0 && changed as u64 <= 4 * plan.relocations, "only relocation sites change");
    }

    #[test]
    fn dates_are_rfc3339() {
        let d = now_utc();
        assert_eq!(d.len(), 20, "{d}");
        assert!(d.starts_with("20") && d.ends_with('Z') && &d[10..11] == "T", "{d}");
    }
}
