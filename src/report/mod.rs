//! Results as data. One `LinkReport` per job; its JSON form (`--json`) is the contract with
//! CI, the differential runner and the reports: fields are only ever added.

pub mod text;

use crate::audit::ObjectAuditReport;
use crate::backend::layout::SectionLayout;
use crate::backend::resolve::SymbolSource;
use crate::backend::{BackendInfo, LinkMode, MemoryFigures};
use crate::compile::CompileOptions;
use crate::memory::placement::Placement;
use crate::run::exec::Execution;
use crate::target::Arch;
use serde::{Deserialize, Serialize};

/// v2: backend `jitlink-default` (JITLink's default memory manager, every LLVM); on LLVM 14/15
/// `jitlink-slab` is `unsupported` (it used to mean InProcessMemoryManager there, which is
/// `jitlink-default` now).
pub const LINK_REPORT_SCHEMA: &str = "jitharness/link-report/v2";

/// What harness produced a result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HarnessInfo {
    pub version: String,
    pub llvm_version: String,
    pub llvm_major: u32,
    /// The Rust target the harness binary was built for.
    pub build_target: String,
}

impl HarnessInfo {
    pub fn current() -> HarnessInfo {
        HarnessInfo {
            version: env!("CARGO_PKG_VERSION").to_string(),
            llvm_version: crate::compile::llvm_version().to_string(),
            llvm_major: crate::compile::llvm_major(),
            build_target: env!("JITHARNESS_BUILD_TARGET").to_string(),
        }
    }
}

/// The verdict of a job. Only `Pass` means the code ran and every check matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "status")]
pub enum Outcome {
    /// Every requested entry point ran and returned what was expected.
    Pass,
    /// Linked (in cross mode, at chosen target addresses) but nothing was run.
    LinkedOnly { reason: String },
    /// Some entry point returned something other than expected.
    Fail { reason: String },
    /// The backend or a feature is not available with this LLVM/target.
    Unsupported { reason: String },
    /// Compilation, validation or linking failed.
    Error { message: String },
    /// The job's worker process ended without a result: killed by a signal (mislinked code
    /// jumping into the void, an LLVM abort or assertion), or exited early. What it had
    /// reported up to then (layout, audits, calls) is kept in the report.
    Crash {
        /// The signal that ended the worker, if any (e.g. 11 SIGSEGV, 6 SIGABRT).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        signal: Option<i32>,
        /// The exit status, if it exited.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        exit_status: Option<i32>,
        /// What the worker was doing: the iteration and step in progress.
        during: String,
        /// An LLVM assertion or fatal-error message found on stderr.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        assertion: Option<String>,
        /// The end of the worker's stderr.
        stderr: String,
    },
    /// The worker did not finish in time and was killed.
    Timeout { seconds: u64, during: String, stderr: String },
}

/// Which [`Outcome`] a job had, without its details: what summaries count and compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeKind {
    Pass,
    LinkedOnly,
    Fail,
    Unsupported,
    Error,
    Crash,
    Timeout,
}

impl OutcomeKind {
    pub const ALL: [OutcomeKind; 7] = [
        OutcomeKind::Pass,
        OutcomeKind::LinkedOnly,
        OutcomeKind::Fail,
        OutcomeKind::Unsupported,
        OutcomeKind::Error,
        OutcomeKind::Crash,
        OutcomeKind::Timeout,
    ];

    pub fn label(self) -> &'static str {
        match self {
            OutcomeKind::Pass => "pass",
            OutcomeKind::LinkedOnly => "linked-only",
            OutcomeKind::Fail => "fail",
            OutcomeKind::Unsupported => "unsupported",
            OutcomeKind::Error => "error",
            OutcomeKind::Crash => "crash",
            OutcomeKind::Timeout => "timeout",
        }
    }

    /// How bad it is, for comparing runs: 0 did its work, 1 could not be done here,
    /// 2 went wrong, 3 the worker died.
    pub fn severity(self) -> u8 {
        match self {
            OutcomeKind::Pass | OutcomeKind::LinkedOnly => 0,
            OutcomeKind::Unsupported => 1,
            OutcomeKind::Fail | OutcomeKind::Error => 2,
            OutcomeKind::Crash | OutcomeKind::Timeout => 3,
        }
    }

    /// A run that went wrong (whatever other backends did).
    pub fn is_failure(self) -> bool {
        matches!(self, OutcomeKind::Fail | OutcomeKind::Error | OutcomeKind::Crash | OutcomeKind::Timeout)
    }
}

impl std::fmt::Display for OutcomeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

impl Outcome {
    pub fn kind(&self) -> OutcomeKind {
        match self {
            Outcome::Pass => OutcomeKind::Pass,
            Outcome::LinkedOnly { .. } => OutcomeKind::LinkedOnly,
            Outcome::Fail { .. } => OutcomeKind::Fail,
            Outcome::Unsupported { .. } => OutcomeKind::Unsupported,
            Outcome::Error { .. } => OutcomeKind::Error,
            Outcome::Crash { .. } => OutcomeKind::Crash,
            Outcome::Timeout { .. } => OutcomeKind::Timeout,
        }
    }

    pub fn label(&self) -> &'static str {
        self.kind().label()
    }

    /// One line for people.
    pub fn summary(&self) -> String {
        match self {
            Outcome::Pass => "pass".into(),
            Outcome::LinkedOnly { reason } => format!("linked-only ({reason})"),
            Outcome::Fail { reason } => format!("FAIL: {reason}"),
            Outcome::Unsupported { reason } => format!("unsupported: {reason}"),
            Outcome::Error { message } => format!("ERROR: {message}"),
            Outcome::Crash { signal, exit_status, during, assertion, .. } => {
                let how = match (signal, exit_status) {
                    (Some(s), _) => format!("killed by signal {s} ({})", signal_name(*s)),
                    (None, Some(c)) => format!("exited with status {c} and no result"),
                    (None, None) => "ended without a result".into(),
                };
                match assertion {
                    Some(a) => format!("CRASH: {how} {during}: {a}"),
                    None => format!("CRASH: {how} {during}"),
                }
            }
            Outcome::Timeout { seconds, during, .. } => format!("TIMEOUT: killed after {seconds} s {during}"),
        }
    }

    /// Process exit status for this outcome.
    pub fn exit_code(&self) -> i32 {
        match self {
            Outcome::Pass | Outcome::LinkedOnly { .. } => 0,
            Outcome::Fail { .. } | Outcome::Error { .. } | Outcome::Crash { .. } | Outcome::Timeout { .. } => 1,
            Outcome::Unsupported { .. } => 3,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectReport {
    pub name: String,
    pub iteration: u32,
    pub size: u64,
    pub relocations: u64,
    pub defined: Vec<String>,
    /// The strong ones among `defined`.
    #[serde(default)]
    pub strong: Vec<String>,
    pub undefined: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CallStatus {
    Pass,
    Fail,
    /// Ran; there was no expected value to compare with.
    Returned,
    NotRun,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallReport {
    pub iteration: u32,
    pub symbol: String,
    pub args: Vec<i64>,
    pub address: Option<u64>,
    pub expected: Option<i64>,
    pub actual: Option<i64>,
    pub status: CallStatus,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub name: String,
    pub address: u64,
    pub source: SymbolSource,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LinkReport {
    pub schema: String,
    pub harness: HarnessInfo,
    pub execution: Execution,
    pub backend: String,
    pub backend_info: Option<BackendInfo>,
    pub target: Arch,
    pub link_mode: LinkMode,
    /// Where the backend's memory went (`--placement`).
    #[serde(default)]
    pub placement: Placement,
    /// Where external symbols were placed (`--externals`).
    #[serde(default)]
    pub externals: crate::source::externals::Externals,
    pub compile: CompileOptions,
    pub workload: Option<String>,
    pub inputs: Vec<String>,
    pub iterations: u32,
    pub iterations_completed: u32,
    pub stub_unresolved: bool,
    pub notes: Vec<String>,
    pub objects: Vec<ObjectReport>,
    pub layout: Vec<SectionLayout>,
    pub imports: Vec<ImportReport>,
    pub calls: Vec<CallReport>,
    /// What the memory manager held at the end (every backend).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<MemoryReport>,
    /// Relocation audit per linked object (with `--audit`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audits: Vec<ObjectAuditReport>,
    /// Static constructors and destructors the harness ran (when the objects had any).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub static_init: Option<StaticInit>,
    /// Whether the linked code was made known to debuggers and profilers (in process only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration: Option<Registration>,
    /// With `--unload-reload`: the memory at each step of load, remove, load again, remove.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reclaim: Vec<ReclaimStep>,
    /// The relocated bytes of every placed ELF section (only with `--contents`, which
    /// `diff` asks for to compare backends that placed a section at the same address).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contents: Vec<SectionContents>,
    /// Ids of the known defects (src/llvm/defects.rs) that apply to this backend, target,
    /// mode and LLVM: what may explain a result that is not clean.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub known_defects: Vec<String>,
    pub outcome: Outcome,
    pub elapsed_ms: u64,
    /// Where the job's time went (absent in reports from before it was measured).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phases: Option<PhaseTimes>,
}

/// Time one job spent per phase, in microseconds (the rest of `elapsed_ms` is opening the
/// session, resolving externals and writing the report).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseTimes {
    /// IR to object (zero when the objects were compiled beforehand).
    pub compile_us: u64,
    /// `add_object` and `finalize`: the linker and its memory manager.
    pub link_us: u64,
    /// The relocation auditor.
    pub audit_us: u64,
    /// Calling entry points, constructors and destructors.
    pub run_us: u64,
}

impl PhaseTimes {
    pub fn add(&mut self, o: &PhaseTimes) {
        self.compile_us += o.compile_us;
        self.link_us += o.link_us;
        self.audit_us += o.audit_us;
        self.run_us += o.run_us;
    }
}

impl LinkReport {
    /// The known defect that explains this report's failure, if its words are in it: the
    /// outcome, or the first bad fixup the auditor found.
    /// Every known entry that applies to this run and whose words the failure contains (an
    /// out-of-range GOT page on LLVM 14 AArch64 is in the words of two entries).
    pub fn explained_by_any(&self) -> Vec<&'static crate::llvm::defects::Defect> {
        let Some(first) = self.explained_by() else { return Vec::new() };
        let text = self.explanation_text();
        let mut all = vec![first];
        all.extend(
            self.known_defects.iter().filter_map(|id| crate::llvm::defects::by_id(id)).filter(|d| d.id != first.id && d.explains(&text)),
        );
        all
    }

    fn explanation_text(&self) -> String {
        let first_bad = self
            .audits
            .iter()
            .flat_map(|a| &a.findings)
            .find(|f| matches!(f.verdict, crate::audit::Verdict::OutOfRange | crate::audit::Verdict::WrongTarget))
            .map(|f| f.to_string())
            .unwrap_or_default();
        format!("{} {first_bad}", self.outcome.summary())
    }

    pub fn explained_by(&self) -> Option<&'static crate::llvm::defects::Defect> {
        if matches!(self.outcome, Outcome::Pass | Outcome::LinkedOnly { .. }) && self.audits.iter().all(|a| a.findings.is_empty()) {
            return None;
        }
        let text = self.explanation_text();
        self.known_defects.iter().filter_map(|id| crate::llvm::defects::by_id(id)).find(|d| d.explains(&text))
    }
}

/// What the session's static constructor and destructor tables did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaticInit {
    /// Constructors run (after each iteration was linked, before its entry points).
    pub constructors: u64,
    /// Destructors run (when the session ended).
    pub destructors: u64,
    /// What the destructors reported to the host (`jh_dtor_ran`), in the order they ran.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub destructor_log: Vec<i64>,
}

/// Debugger and profiler registration of a session's code, measured after its loads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registration {
    /// Entries the session added to the GDB JIT interface's list (`__jit_debug_descriptor`);
    /// `None`: the process has no descriptor.
    pub gdb_entries: Option<u64>,
    /// Whether `/tmp/perf-<pid>.map` (perf's map of JIT symbols) exists.
    pub perf_map: bool,
    /// Whether a jitdump file (`jit-<pid>.dump`, in the working directory) exists.
    pub jitdump: bool,
}

impl Registration {
    /// The registrations now, `gdb_before` being the GDB list's length when the session opened.
    pub fn now(gdb_before: Option<u64>) -> Registration {
        let pid = std::process::id();
        Registration {
            gdb_entries: crate::backend::resolve::gdb_jit_entries().map(|n| n.saturating_sub(gdb_before.unwrap_or(0))),
            perf_map: std::path::Path::new(&format!("/tmp/perf-{pid}.map")).exists(),
            jitdump: std::path::Path::new(&format!("jit-{pid}.dump")).exists(),
        }
    }
}

/// What the session held at one step of `--unload-reload`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReclaimStep {
    /// `baseline` (session open, nothing loaded), `loaded`, `removed`, `reloaded`, `removed-again`.
    pub step: String,
    /// Objects in the session.
    pub objects: u32,
    /// The memory manager's committed bytes (0 where it does not report them).
    pub committed: u64,
    /// Lines of /proc/self/maps.
    pub process_mappings: u64,
    /// Resident set size, KiB (/proc/self/statm).
    pub rss_kib: u64,
    /// Length of the process's GDB JIT interface list (`__jit_debug_descriptor`), where it
    /// has one: debug objects registered (RuntimeDyld; JITLink with `--debugger`) and not yet
    /// unregistered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gdb_entries: Option<u64>,
}

impl ReclaimStep {
    /// The figures of the process and `session` now.
    pub fn now(step: &str, objects: u32, committed: u64) -> ReclaimStep {
        let process_mappings = std::fs::read_to_string("/proc/self/maps").map(|m| m.lines().count() as u64).unwrap_or(0);
        let page_kib = crate::memory::sys::page_size() / 1024;
        let rss_kib = std::fs::read_to_string("/proc/self/statm")
            .ok()
            .and_then(|s| s.split_whitespace().nth(1).and_then(|v| v.parse::<u64>().ok()))
            .map_or(0, |pages| pages * page_kib);
        let gdb_entries = crate::backend::resolve::gdb_jit_entries();
        ReclaimStep { step: step.into(), objects, committed, process_mappings, rss_kib, gdb_entries }
    }
}

/// The bytes of one placed section after linking, and where its relocation fields are.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionContents {
    pub object_id: u32,
    pub object: String,
    pub elf_section: u64,
    pub section: String,
    pub target_addr: u64,
    /// Lower-case hex of the section's bytes as linked.
    pub hex: String,
    /// `(offset, width)` of every byte range a relocation (or a linker relaxing it) may
    /// rewrite; the rest of the section must be as the object had it.
    pub fields: Vec<(u64, u64)>,
}

/// `s` cut to at most `max` characters (with an ellipsis when cut).
pub fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_string(),
        Some((i, _)) => format!("{}…", &s[..i]),
    }
}

pub fn signal_name(sig: i32) -> &'static str {
    match sig {
        4 => "SIGILL",
        5 => "SIGTRAP",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        15 => "SIGTERM",
        _ => "signal",
    }
}

/// Memory accounting of one session (`--stats`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemoryReport {
    #[serde(flatten)]
    pub figures: MemoryFigures,
    /// Bytes of sections per layout kind (code, ro-data, rw-data, got, stubs).
    pub used: std::collections::BTreeMap<String, u64>,
    /// Committed bytes no section uses (alignment, page rounding, reservation slack).
    pub wasted: u64,
    /// Mappings the whole process holds (`/proc/self/maps` lines) and the kernel's limit.
    pub process_mappings: Option<u64>,
    pub max_map_count: Option<u64>,
}

impl MemoryReport {
    pub fn new(figures: MemoryFigures, layout: &[crate::backend::layout::SectionLayout]) -> MemoryReport {
        let mut used = std::collections::BTreeMap::new();
        for s in layout {
            *used.entry(s.kind.name().to_string()).or_insert(0) += s.size;
        }
        let total: u64 = used.values().sum();
        MemoryReport {
            wasted: figures.committed.saturating_sub(total),
            figures,
            used,
            process_mappings: std::fs::read_to_string("/proc/self/maps").ok().map(|m| m.lines().count() as u64),
            max_map_count: std::fs::read_to_string("/proc/sys/vm/max_map_count").ok().and_then(|s| s.trim().parse().ok()),
        }
    }

    /// Lines for people.
    pub fn text(&self) -> String {
        let f = &self.figures;
        let m = &f.mapper;
        let used: Vec<String> = self.used.iter().map(|(k, v)| format!("{k} {v}")).collect();
        if let Some(why) = &f.not_visible {
            let mut s = format!(
                "memory: reserved {} B, used {} B ({}); committed and wasted not measured\nsystem calls: not measured ({why}); placement reservations {} B\n",
                f.reserved,
                self.used.values().sum::<u64>(),
                used.join(", "),
                m.bytes_reserved
            );
            s += &format!(
                "process mappings: {} (vm.max_map_count {})\n",
                self.process_mappings.map(|v| v.to_string()).unwrap_or_else(|| "?".into()),
                self.max_map_count.map(|v| v.to_string()).unwrap_or_else(|| "?".into())
            );
            return s;
        }
        let mut s = format!(
            "memory: reserved {} B, committed {} B, used {} B ({}), wasted {} B\nsystem calls: mmap {}, mprotect {}, munmap {}; placement reservations {} B\n",
            f.reserved,
            f.committed,
            self.used.values().sum::<u64>(),
            used.join(", "),
            self.wasted,
            m.mmap_calls,
            m.mprotect_calls,
            m.munmap_calls,
            m.bytes_reserved
        );
        if let Some(sl) = &f.slab {
            s += &format!(
                "slab: {:#x} bytes at {:#x}, {} objects, free {} B (largest run {} B)\n",
                sl.size, sl.base, sl.objects, sl.free, sl.largest_free
            );
        }
        s += &format!(
            "process mappings: {} (vm.max_map_count {})\n",
            self.process_mappings.map(|v| v.to_string()).unwrap_or_else(|| "?".into()),
            self.max_map_count.map(|v| v.to_string()).unwrap_or_else(|| "?".into())
        );
        s
    }
}
