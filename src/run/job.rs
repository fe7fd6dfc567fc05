//! One link job: sources → objects → one backend session → (optionally) calls → a report.
//!
//! A job either runs in this process (target = this process's architecture, or cross
//! linking), or is handed to the harness's aarch64 build under qemu-user when aarch64 code
//! must actually run on an x86_64 host. Either way the caller gets the same `LinkReport`.

use crate::backend::{BackendKind, LinkMode};
use crate::compile::CompileOptions;
use crate::memory::placement::Placement;
use crate::report::*;
use crate::run::exec::{self};
use crate::source::{self, workloads, Input};
use crate::target::Arch;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Target address where cross-linked sections start (imports sit 1 MiB below it).
pub const CROSS_BASE: u64 = 0x10_0000_0000;

/// An entry point to call after linking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallSpec {
    pub symbol: String,
    pub args: Vec<i64>,
    pub expected: Option<i64>,
}

/// Everything one link job needs; serializable, because it crosses to worker processes as
/// JSON (`jitharness worker` reads it on stdin).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LinkJob {
    pub inputs: Vec<PathBuf>,
    pub workload: Option<String>,
    pub backend: BackendKind,
    pub compile: CompileOptions,
    pub iterations: u32,
    pub calls: Vec<CallSpec>,
    pub stub_unresolved: bool,
    /// Link only; never run anything (cross mode even for the host's own architecture is
    /// not implied: in-process linking still happens for the host's architecture).
    pub link_only: bool,
    /// qemu guest reservation used when delegating aarch64 runs (0: none).
    pub qemu_reserved_va: u64,
    /// Where the backend's memory goes.
    pub placement: Placement,
    /// Audit every linked object's relocations.
    pub audit: bool,
    /// Slab size for slab backends.
    pub slab_size: u64,
    /// Show a progress bar once the job has run for a second.
    pub progress: bool,
    /// Directory of workload objects compiled beforehand (by the parent of a worker under
    /// qemu, natively: much faster than compiling in the emulated process).
    pub precompiled: Option<PathBuf>,
    /// Where a worker writes its report so far, before each step that may crash (set by
    /// the parent of an isolated job).
    pub checkpoint: Option<PathBuf>,
    /// Record the relocated bytes of every placed ELF section (with `audit`).
    pub contents: bool,
    /// External symbols at chosen addresses (`--define NAME=ADDR`), before any other
    /// resolution: where a real process would have them.
    #[serde(default)]
    pub defines: std::collections::BTreeMap<String, u64>,
    /// Assembly modules given as text (name, source), loaded after the workload's modules
    /// and before `inputs` in each iteration (the built-in reproductions use them).
    #[serde(default)]
    pub assembly: Vec<(String, String)>,
    /// Iteration N > 0 renames the strong definitions of its objects (and references to
    /// them) to `NAME.N`, so that the same files load again and again into one session.
    #[serde(default)]
    pub rename_per_iteration: bool,
    /// Where external symbols sit relative to JIT memory (`--externals`).
    #[serde(default)]
    pub externals: crate::source::externals::Externals,
    /// After the loads, remove every object, load as many again and remove those, recording
    /// the memory at each step (`report.reclaim`): Numba's `remove_module`.
    #[serde(default)]
    pub unload_reload: bool,
    /// JITLink backends register each graph with the GDB JIT interface (`--debugger`).
    #[serde(default)]
    pub debugger: bool,
    /// `inputs`, compiled beforehand (one entry per input, in order; empty: compile them
    /// here): a `corpus` compiles each unit once per target and hands every backend the
    /// same object bytes. The report still names the inputs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub compiled: Vec<CompiledInput>,
}

/// One input compiled by a [`CompileJob`]: the object file and what compiling it noted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompiledInput {
    pub object: PathBuf,
    pub notes: Vec<String>,
}

/// Compiling a unit's inputs once, in a worker (LLVM may abort on any module), into `out`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CompileJob {
    pub inputs: Vec<PathBuf>,
    pub compile: CompileOptions,
    pub out: PathBuf,
}

/// What a [`CompileJob`] gave: every input compiled, or the first error (the link jobs then
/// compile themselves, and each reports that error as it always did).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CompileResult {
    pub compiled: std::result::Result<Vec<CompiledInput>, String>,
    /// Time spent compiling, in microseconds.
    pub compile_us: u64,
}

impl CompileJob {
    /// Runs the job in this process: `out/<k>.o` for input k.
    pub fn run_here(&self) -> CompileResult {
        let started = std::time::Instant::now();
        let compiled = self
            .inputs
            .iter()
            .enumerate()
            .map(|(k, p)| {
                let input = Input::from_path(p).map_err(|e| e.to_string())?;
                let mut notes = Vec::new();
                let obj = source::to_object(&input, &self.compile, &mut notes).map_err(|e| e.to_string())?;
                let object = self.out.join(format!("{k}.o"));
                std::fs::write(&object, &obj.bytes).map_err(|e| crate::error::Error::io(&object, e).to_string())?;
                Ok(CompiledInput { object, notes })
            })
            .collect();
        CompileResult { compiled, compile_us: started.elapsed().as_micros() as u64 }
    }
}

impl LinkJob {
    /// A job with the harness's defaults (what `jitharness link` uses without options), for
    /// `backend` and `target`, with nothing to link yet.
    pub fn new(backend: BackendKind, target: Arch) -> LinkJob {
        LinkJob {
            inputs: Vec::new(),
            workload: None,
            backend,
            compile: CompileOptions::new(target),
            iterations: 1,
            calls: Vec::new(),
            stub_unresolved: false,
            link_only: false,
            qemu_reserved_va: exec::DEFAULT_QEMU_RESERVED_VA,
            placement: Placement::Natural,
            audit: false,
            slab_size: crate::memory::slab::DEFAULT_SLAB_SIZE,
            progress: false,
            precompiled: None,
            checkpoint: None,
            contents: false,
            defines: Default::default(),
            assembly: Vec::new(),
            rename_per_iteration: false,
            externals: Default::default(),
            unload_reload: false,
            debugger: false,
            compiled: Vec::new(),
        }
    }

    /// The job a report is made for when no job could be read at all.
    pub(crate) fn placeholder() -> LinkJob {
        LinkJob::new(BackendKind::RtdyldStock, Arch::host())
    }

    pub fn arch(&self) -> Arch {
        self.compile.arch
    }
}

/// Whether running `job` here needs the aarch64 harness under qemu.
pub fn needs_qemu(job: &LinkJob) -> bool {
    !job.link_only && job.arch() == Arch::Aarch64 && Arch::host() == Arch::X86_64
}

/// File name of the precompiled object for module `k` of iteration `it`.
pub fn precompiled_name(it: u32, k: usize) -> String {
    format!("{it}-{k}.o")
}

/// Compiles every module of every iteration of the job's workload into `dir` (see
/// [`LinkJob::precompiled`]). False when there is nothing to do or anything fails (the
/// worker then compiles itself, and reports any error).
pub fn precompile(job: &LinkJob, dir: &std::path::Path) -> bool {
    let Some(w) = &job.workload else { return false };
    let dialect = workloads::IrDialect::of_this_llvm();
    let loads = if job.unload_reload { 2 * job.iterations } else { job.iterations };
    for it in 0..loads {
        let Some(inst) = workloads::instance(w, job.arch(), dialect, it) else { return false };
        for (k, m) in inst.modules.into_iter().enumerate() {
            let Ok(obj) = source::to_object(&Input::ir(m.name, m.ir), &job.compile, &mut Vec::new()) else { return false };
            if std::fs::write(dir.join(precompiled_name(it, k)), &obj.bytes).is_err() {
                return false;
            }
        }
    }
    true
}

/// A report for `job` with nothing done yet.
pub fn new_report(job: &LinkJob, execution: exec::Execution, mode: LinkMode) -> LinkReport {
    LinkReport {
        schema: LINK_REPORT_SCHEMA.into(),
        harness: HarnessInfo::current(),
        execution,
        backend: job.backend.name().into(),
        backend_info: None,
        target: job.arch(),
        link_mode: mode,
        placement: job.placement,
        externals: job.externals,
        compile: job.compile,
        workload: job.workload.clone(),
        inputs: job.inputs.iter().map(|p| p.display().to_string()).collect(),
        iterations: job.iterations,
        iterations_completed: 0,
        stub_unresolved: job.stub_unresolved,
        notes: Vec::new(),
        objects: Vec::new(),
        layout: Vec::new(),
        imports: Vec::new(),
        calls: Vec::new(),
        memory: None,
        audits: Vec::new(),
        reclaim: Vec::new(),
        registration: None,
        static_init: None,
        contents: Vec::new(),
        known_defects: crate::llvm::defects::affecting(job.backend, job.arch(), matches!(mode, LinkMode::Cross { .. }))
            .map(|d| d.id.to_string())
            .collect(),
        outcome: Outcome::Pass,
        elapsed_ms: 0,
        phases: None,
    }
}
