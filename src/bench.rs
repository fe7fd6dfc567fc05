//! Measurements beside criterion's: what `jitharness bench` records in one run (schema
//! `jitharness/bench/v1`), and the pieces both it and `benches/link.rs` time.
//!
//! Criterion measures latency (benches/link.rs). A bench run adds what criterion cannot:
//! resources per backend and session size (mappings, reserved/committed/used bytes, system
//! calls, peak RSS, each session in a fresh worker process), the lower-bound model (copy
//! every section's bytes and touch every relocation site once), and peer tools on the same
//! objects. `jitharness report` turns both into docs/results/benchmarks.md.
//!
//! Criterion benchmark ids, which the report parses: group `KIND.TARGET.llvmN` (KIND one of
//! `compile`, `link`, `finalize`, `lookup`, `lower-bound`), function = backend name (for
//! `compile`: `O0`..`O3`; for `lower-bound`: `copy+touch`), parameter = modules in the
//! session (for `compile`: the input's name).

use crate::exec::Execution;
use crate::report::HarnessInfo;
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
    pub notes: Vec<String>,
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
}
