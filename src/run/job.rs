//! One link job: sources → objects → one backend session → (optionally) calls → a report.
//!
//! A job either runs in this process (target = this process's architecture, or cross
//! linking), or is handed to the harness's aarch64 build under qemu-user when aarch64 code
//! must actually run on an x86_64 host. Either way the caller gets the same `LinkReport`.

use crate::audit;
use crate::backend::resolve::Resolver;
use crate::backend::{self, BackendKind, LinkBackend, LinkMode, SessionOptions};
use crate::compile::{self, CompileOptions};
use crate::error::{Error, Result};
use crate::memory::placement::Placement;
use crate::report::*;
use crate::run::exec::{self, How};
use crate::source::{self, workloads, Input, ObjectFile};
use crate::target::Arch;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::ffi::{c_char, CStr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

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
    let dialect = workloads::IrDialect { opaque_pointers: compile::opaque_pointers() };
    for it in 0..job.iterations {
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
        contents: Vec::new(),
        outcome: Outcome::Pass,
        elapsed_ms: 0,
    }
}

/// Runs `job` in this process.
pub fn run_here(job: &LinkJob) -> LinkReport {
    let started = Instant::now();
    let arch = job.arch();
    let execution = exec::current(arch);
    let cross = execution.how == How::CrossLinkOnly;
    let mode = if cross { LinkMode::Cross { base: CROSS_BASE } } else { LinkMode::InProcess };
    let resolver = Arc::new(if cross { Resolver::cross(CROSS_BASE - 0x10_0000) } else { Resolver::in_process(harness_table()) });
    let mut report = new_report(job, execution, mode);
    if cross {
        report.notes.push(format!(
            "cross mode: {arch} objects linked on a {} harness at target addresses from {CROSS_BASE:#x}; external symbols get synthetic addresses; nothing runs",
            Arch::host()
        ));
    }
    // With --link-only on the harness's own architecture, `execution` still says where the
    // linking happened; the outcome (`linked-only`) says that nothing ran.
    let will_run = !cross && !job.link_only;

    let mut session = match backend::open(
        job.backend,
        SessionOptions { arch, mode, placement: job.placement, resolver: resolver.clone(), slab_size: job.slab_size },
    ) {
        Ok(s) => s,
        Err(Error::BackendUnavailable { reason, .. }) => {
            report.outcome = Outcome::Unsupported { reason };
            report.elapsed_ms = started.elapsed().as_millis() as u64;
            return report;
        }
        Err(e) => {
            report.outcome = Outcome::Error { message: e.to_string() };
            return report;
        }
    };
    report.backend_info = Some(session.info());

    let progress = Progress::new(job.progress, job.iterations as u64);
    let mut journal = Journal::open(job);
    let mut defined: BTreeSet<String> = BTreeSet::new();
    let mut failure: Option<Outcome> = None;
    for it in 0..job.iterations {
        if let Some(j) = &mut journal {
            j.write(session.as_ref(), &report, &format!("while compiling and linking iteration {it}"));
        }
        match run_iteration(job, it, session.as_mut(), &resolver, &mut defined, &mut report, will_run, &mut journal) {
            Ok(()) => report.iterations_completed = it + 1,
            Err(e @ Error::UnsupportedRelocations { .. }) => {
                failure = Some(Outcome::Unsupported { reason: format!("iteration {it}: {e}") });
                break;
            }
            Err(e) => {
                failure = Some(Outcome::Error { message: format!("iteration {it}: {e}") });
                break;
            }
        }
        progress.tick(it as u64 + 1);
        if report.calls.iter().any(|c| c.status == CallStatus::Fail) {
            break;
        }
    }
    progress.finish();

    if failure.is_none() && !job.calls.is_empty() {
        let it = job.iterations.saturating_sub(1);
        for c in &job.calls {
            let r = call(session.as_ref(), it, c, will_run);
            match r {
                Ok(r) => report.calls.push(r),
                Err(e) => {
                    failure = Some(Outcome::Error { message: e.to_string() });
                    break;
                }
            }
        }
    }

    report.backend_info = Some(session.info());
    report.layout = session.layout();
    report.memory = Some(MemoryReport::new(session.memory(), &report.layout));
    report.imports = resolver.resolved().into_iter().map(|(name, (address, source))| ImportReport { name, address, source }).collect();
    report.outcome = match failure {
        Some(o) => o,
        None => {
            if let Some(reason) = audit_failure(&report) {
                Outcome::Fail { reason }
            } else if let Some(bad) = report.calls.iter().find(|c| c.status == CallStatus::Fail) {
                Outcome::Fail {
                    reason: format!(
                        "iteration {}: {}({}) returned {} but {} was expected",
                        bad.iteration,
                        bad.symbol,
                        bad.args.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(", "),
                        bad.actual.unwrap_or_default(),
                        bad.expected.unwrap_or_default()
                    ),
                }
            } else if !will_run {
                Outcome::LinkedOnly {
                    reason: if cross {
                        format!("{arch} code cannot run on this {} harness; linked only", Arch::host())
                    } else {
                        "--link-only".into()
                    },
                }
            } else {
                Outcome::Pass
            }
        }
    };
    report.elapsed_ms = started.elapsed().as_millis() as u64;
    report
}

// The session state a step touches, passed apart so that each borrow stays visible.
#[allow(clippy::too_many_arguments)]
fn run_iteration(
    job: &LinkJob,
    it: u32,
    session: &mut dyn LinkBackend,
    resolver: &Resolver,
    defined: &mut BTreeSet<String>,
    report: &mut LinkReport,
    will_run: bool,
    journal: &mut Option<Journal>,
) -> Result<()> {
    let mut inputs = Vec::new();
    let mut checks = Vec::new();
    if let Some(w) = &job.workload {
        let dialect = workloads::IrDialect { opaque_pointers: compile::opaque_pointers() };
        let inst = workloads::instance(w, job.arch(), dialect, it).ok_or_else(|| Error::UnknownWorkload(w.clone()))?;
        for (k, m) in inst.modules.into_iter().enumerate() {
            // Objects the parent compiled natively for this worker (see worker.rs), else IR.
            let pre = job.precompiled.as_ref().map(|d| d.join(precompiled_name(it, k)));
            match pre.and_then(|p| std::fs::read(p).ok()) {
                Some(bytes) => inputs.push(Input { name: m.name, kind: source::InputKind::Object, bytes }),
                None => inputs.push(Input::ir(m.name, m.ir)),
            }
        }
        checks = inst.checks;
    }
    for p in &job.inputs {
        inputs.push(Input::from_path(p)?);
    }

    let mut objects = Vec::new();
    for input in &inputs {
        objects.push(source::to_object(input, &job.compile, &mut report.notes)?);
    }
    // Everything this batch defines counts: RuntimeDyld and JITLink resolve at finalize.
    let first_object = report.objects.len();
    let mut stubs = Vec::new();
    let batch: BTreeSet<&str> = objects.iter().flat_map(|o| o.defined.iter().map(String::as_str)).collect();
    for obj in &objects {
        let missing: Vec<String> = obj
            .undefined
            .iter()
            .filter(|n| !batch.contains(n.as_str()) && !defined.contains(*n) && !resolver.can_resolve(n))
            .cloned()
            .collect();
        if missing.is_empty() {
            continue;
        }
        if !job.stub_unresolved {
            return Err(Error::Unresolved { object: obj.name.clone(), symbols: missing });
        }
        for name in missing {
            let stub = trap_stub(&name, &job.compile)?;
            report.notes.push(format!("{}: `{name}` is unresolved; bound to a trap stub", obj.name));
            defined.extend(stub.defined.iter().cloned());
            record_object(report, &stub, it);
            session.add_object(&stub)?;
            stubs.push(stub);
        }
    }
    for obj in &objects {
        // RuntimeDyld accepts a second strong definition silently (one of them wins); every
        // backend gets the same named error instead.
        for sym in &obj.strong {
            if let Some(first) = report.objects.iter().find(|o| o.strong.contains(sym)) {
                return Err(Error::DuplicateDefinition { object: obj.name.clone(), symbol: sym.clone(), first: first.name.clone() });
            }
        }
        record_object(report, obj, it);
        session.add_object(obj)?;
        defined.extend(obj.defined.iter().cloned());
    }
    session.finalize()?;
    if job.audit {
        let added: Vec<&ObjectFile> = stubs.iter().chain(&objects).collect();
        audit_objects(session, resolver, job.arch(), first_object, &added, job.contents, report)?;
    }
    if let Some(j) = journal {
        j.write(session, report, &format!("while running iteration {it}"));
    }

    for c in checks {
        let spec = CallSpec { symbol: c.symbol, args: c.args, expected: Some(c.expected) };
        report.calls.push(call(session, it, &spec, will_run)?);
    }
    Ok(())
}

/// Why the audits in `report` fail the job: any fixup out of range or pointing elsewhere.
pub fn audit_failure(report: &LinkReport) -> Option<String> {
    let bad: u64 = report.audits.iter().map(|a| a.counts.out_of_range + a.counts.wrong_target).sum();
    let first = report
        .audits
        .iter()
        .flat_map(|a| &a.findings)
        .find(|f| matches!(f.verdict, audit::Verdict::OutOfRange | audit::Verdict::WrongTarget))?;
    Some(format!(
        "relocation audit: {bad} fixup{} wrong; first: {}",
        if bad == 1 { "" } else { "s" },
        crate::report::describe_finding(first)
    ))
}

/// Audits `objects`, which the session holds with ids `first_id..` (in the order they were
/// added), and records the results in `report`.
fn audit_objects(
    session: &dyn LinkBackend,
    resolver: &Resolver,
    arch: Arch,
    first_id: usize,
    objects: &[&ObjectFile],
    contents: bool,
    report: &mut LinkReport,
) -> Result<()> {
    let layout = session.layout();
    let imports = resolver.resolved();
    let symbols = |name: &str| session.lookup(name).map(|a| a.target).or_else(|| imports.get(name).map(|(a, _)| *a));
    // SAFETY: every row of `layout` describes memory of `session`, which is alive and
    // finalized (readable) for the whole audit; nothing writes to it meanwhile.
    let memory = unsafe { audit::LayoutMemory::new(&layout) };
    for (i, obj) in objects.iter().enumerate() {
        let id = (first_id + i) as u32;
        let sections = audit::placed_sections(&layout, id);
        let input = audit::ObjectAudit {
            object_id: id,
            object: &obj.name,
            bytes: &obj.bytes,
            arch,
            sections: &sections,
            memory: &memory,
            symbols: &symbols,
        };
        let mut r = audit::audit_object(&input).map_err(|e| Error::Audit(e.to_string()))?;
        count_unplaced_fixups(obj, id, arch, &layout, &mut r);
        report.audits.push(r);
        if contents {
            record_contents(obj, id, arch, &sections, &layout, &memory, report);
        }
    }
    Ok(())
}

/// Relocations of sections the backend loaded but not as one block (JITLink splits
/// `.eh_frame` into CIE/FDE blocks and may reorder them): the auditor cannot place their
/// offsets, so they are counted as `not-checked`, with the reason, rather than left out.
fn count_unplaced_fixups(
    obj: &ObjectFile,
    id: u32,
    arch: Arch,
    layout: &[crate::backend::layout::SectionLayout],
    r: &mut audit::ObjectAuditReport,
) {
    use object::{Object, ObjectSection, ObjectSymbol};
    let split: BTreeSet<&str> =
        layout.iter().filter(|l| l.object_id == id && l.elf_section.is_none()).map(|l| l.section.as_str()).collect();
    if split.is_empty() {
        return;
    }
    let Ok(file) = object::File::parse(&*obj.bytes) else { return };
    for section in file.sections() {
        let Ok(name) = section.name() else { continue };
        if !split.contains(name) || layout.iter().any(|l| l.object_id == id && l.elf_section == Some(section.index().0 as u64)) {
            continue;
        }
        for (offset, rel) in section.relocations() {
            let object::RelocationFlags::Elf { r_type } = rel.flags() else { continue };
            let reloc_type = audit::relocation_name(arch, r_type);
            let symbol = match rel.target() {
                object::RelocationTarget::Symbol(i) => {
                    file.symbol_by_index(i).ok().and_then(|s| s.name().ok().map(str::to_string)).unwrap_or_default()
                }
                _ => String::new(),
            };
            r.fixups += 1;
            r.counts.not_checked += 1;
            r.by_type.entry(reloc_type.clone()).or_default().not_checked += 1;
            r.findings.push(audit::Finding {
                verdict: audit::Verdict::NotChecked,
                object: obj.name.clone(),
                section: name.to_string(),
                offset,
                reloc_type,
                symbol,
                addend: rel.addend(),
                site: 0,
                expected: None,
                actual: None,
                delta: None,
                range: None,
                compared: "nothing".into(),
                via: None,
                detail: format!(
                    "the backend split {name} into several blocks (JITLink does for .eh_frame): no single address for this offset"
                ),
            });
        }
    }
}

/// Adds the linked bytes of `obj`'s placed sections to `report.contents`.
fn record_contents(
    obj: &ObjectFile,
    id: u32,
    arch: Arch,
    sections: &[audit::PlacedSection],
    layout: &[crate::backend::layout::SectionLayout],
    memory: &dyn audit::Memory,
    report: &mut LinkReport,
) {
    use object::{Object, ObjectSection};
    let Ok(file) = object::File::parse(&*obj.bytes) else { return };
    for placed in sections {
        let Ok(section) = file.section_by_index(object::SectionIndex(placed.elf_index as usize)) else { continue };
        // Only sections with bytes in the object (not .bss), as large as the object says.
        if section.kind() == object::SectionKind::UninitializedData || placed.size != section.size() {
            continue;
        }
        let mut bytes = vec![0u8; placed.size as usize];
        if !memory.read(placed.target_addr, &mut bytes) {
            continue;
        }
        let fields = section.relocations().map(|(offset, r)| relocation_field(arch, offset, &r)).collect();
        let name = layout
            .iter()
            .find(|l| l.object_id == id && l.elf_section == Some(placed.elf_index))
            .map(|l| l.section.clone())
            .unwrap_or_default();
        report.contents.push(SectionContents {
            object_id: id,
            object: obj.name.clone(),
            elf_section: placed.elf_index,
            section: name,
            target_addr: placed.target_addr,
            hex: bytes.iter().map(|b| format!("{b:02x}")).collect(),
            fields,
        });
    }
}

/// The bytes a relocation at `offset` may rewrite: its field (at least a whole instruction
/// on AArch64), and on x86-64 the opcode bytes before a relaxable GOT load.
fn relocation_field(arch: Arch, offset: u64, r: &object::Relocation) -> (u64, u64) {
    let bytes = (r.size() as u64).div_ceil(8);
    match (arch, r.flags()) {
        // R_X86_64_GOTPCRELX, R_X86_64_REX_GOTPCRELX: `mov` may become `lea`, `call *` a `call`.
        (Arch::X86_64, object::RelocationFlags::Elf { r_type: 41 | 42 }) => (offset.saturating_sub(3), 4 + offset.min(3)),
        (Arch::X86_64, _) => (offset, if bytes == 0 { 4 } else { bytes }),
        (Arch::Aarch64, _) => (offset, bytes.max(4)),
    }
}

/// What a worker appends to its journal (one JSON object per line) before each step that
/// may crash: what it is about to do, and what its report gained since the last entry.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct JournalEntry {
    pub during: String,
    pub iterations_completed: u32,
    #[serde(default)]
    pub objects: Vec<ObjectReport>,
    #[serde(default)]
    pub layout: Vec<crate::backend::layout::SectionLayout>,
    #[serde(default)]
    pub audits: Vec<audit::ObjectAuditReport>,
    #[serde(default)]
    pub calls: Vec<CallReport>,
    #[serde(default)]
    pub notes: Vec<String>,
    pub backend_info: Option<crate::backend::BackendInfo>,
    pub memory: Option<MemoryReport>,
}

/// The worker side of the journal (`--checkpoint FILE`).
struct Journal {
    file: std::fs::File,
    /// How many elements of each list were written already.
    sent: [usize; 5],
}

impl Journal {
    fn open(job: &LinkJob) -> Option<Journal> {
        let path = job.checkpoint.as_ref()?;
        // Best effort: a journal that cannot be written only costs detail after a crash.
        let file = std::fs::OpenOptions::new().create(true).append(true).open(path).ok()?;
        Some(Journal { file, sent: [0; 5] })
    }

    fn write(&mut self, session: &dyn LinkBackend, report: &LinkReport, during: &str) {
        use std::io::Write;
        let layout = session.layout();
        let [o, l, a, c, n] = self.sent;
        let entry = JournalEntry {
            during: during.to_string(),
            iterations_completed: report.iterations_completed,
            objects: report.objects.get(o..).unwrap_or_default().to_vec(),
            layout: layout.get(l..).unwrap_or_default().to_vec(),
            audits: report.audits.get(a..).unwrap_or_default().to_vec(),
            calls: report.calls.get(c..).unwrap_or_default().to_vec(),
            notes: report.notes.get(n..).unwrap_or_default().to_vec(),
            backend_info: Some(session.info()),
            memory: Some(MemoryReport::new(session.memory(), &layout)),
        };
        self.sent = [report.objects.len(), layout.len(), report.audits.len(), report.calls.len(), report.notes.len()];
        if let Ok(mut line) = serde_json::to_vec(&entry) {
            line.push(b'\n');
            let _ = self.file.write_all(&line);
        }
    }
}

/// Rebuilds what a worker reported from its journal, on top of `base`. Returns the report
/// and what the worker was doing last.
pub fn replay_journal(mut base: LinkReport, journal: &str) -> (LinkReport, String) {
    let mut during = "before its first checkpoint".to_string();
    for line in journal.lines() {
        // A line cut short by the crash is ignored.
        let Ok(e) = serde_json::from_str::<JournalEntry>(line) else { continue };
        during = e.during;
        base.iterations_completed = e.iterations_completed;
        base.objects.extend(e.objects);
        base.layout.extend(e.layout);
        base.audits.extend(e.audits);
        base.calls.extend(e.calls);
        base.notes.extend(e.notes);
        base.backend_info = e.backend_info.or(base.backend_info);
        base.memory = e.memory.or(base.memory);
    }
    (base, during)
}

fn record_object(report: &mut LinkReport, obj: &ObjectFile, iteration: u32) {
    report.objects.push(ObjectReport {
        name: obj.name.clone(),
        iteration,
        size: obj.bytes.len() as u64,
        relocations: obj.relocations as u64,
        defined: obj.defined.clone(),
        strong: obj.strong.clone(),
        undefined: obj.undefined.clone(),
    });
}

fn call(session: &dyn LinkBackend, iteration: u32, spec: &CallSpec, will_run: bool) -> Result<CallReport> {
    let addr = session.lookup(&spec.symbol).ok_or_else(|| Error::MissingSymbol(spec.symbol.clone()))?;
    if spec.args.len() > 6 {
        return Err(Error::Usage(format!("{}: at most 6 arguments can be passed", spec.symbol)));
    }
    let mut r = CallReport {
        iteration,
        symbol: spec.symbol.clone(),
        args: spec.args.clone(),
        address: Some(addr.target),
        expected: spec.expected,
        actual: None,
        status: CallStatus::NotRun,
    };
    if will_run {
        // SAFETY: the symbol was linked and finalized by the session for this process's
        // architecture; the workload generator (or the user, with --call) promises the
        // signature `i64(i64, ...)` with this many arguments. If the promise is wrong the
        // process may crash, which is why jobs can run in isolated workers.
        let v = unsafe { call_i64(addr.host, &spec.args) };
        r.actual = Some(v);
        r.status = match spec.expected {
            Some(e) if e == v => CallStatus::Pass,
            Some(_) => CallStatus::Fail,
            None => CallStatus::Returned,
        };
    }
    Ok(r)
}

/// Calls the function at `addr` as `extern "C" fn(i64, ...) -> i64`.
///
/// # Safety
/// `addr` must be executable code of this process with that signature and `args.len()`
/// parameters (0..=6).
unsafe fn call_i64(addr: u64, args: &[i64]) -> i64 {
    type F0 = extern "C" fn() -> i64;
    type F1 = extern "C" fn(i64) -> i64;
    type F2 = extern "C" fn(i64, i64) -> i64;
    type F3 = extern "C" fn(i64, i64, i64) -> i64;
    type F4 = extern "C" fn(i64, i64, i64, i64) -> i64;
    type F5 = extern "C" fn(i64, i64, i64, i64, i64) -> i64;
    type F6 = extern "C" fn(i64, i64, i64, i64, i64, i64) -> i64;
    let p = addr as usize as *const ();
    let a = args;
    match a.len() {
        0 => std::mem::transmute::<*const (), F0>(p)(),
        1 => std::mem::transmute::<*const (), F1>(p)(a[0]),
        2 => std::mem::transmute::<*const (), F2>(p)(a[0], a[1]),
        3 => std::mem::transmute::<*const (), F3>(p)(a[0], a[1], a[2]),
        4 => std::mem::transmute::<*const (), F4>(p)(a[0], a[1], a[2], a[3]),
        5 => std::mem::transmute::<*const (), F5>(p)(a[0], a[1], a[2], a[3], a[4]),
        _ => std::mem::transmute::<*const (), F6>(p)(a[0], a[1], a[2], a[3], a[4], a[5]),
    }
}

/// Exit status of a process that called a trap stub.
pub const TRAP_EXIT_CODE: i32 = 86;

/// What a trap stub calls: reports the unresolved symbol and ends the job.
extern "C" fn jitharness_trap(name: *const c_char) -> ! {
    // SAFETY: trap stubs pass a pointer to their own NUL-terminated name constant.
    let name = unsafe { CStr::from_ptr(name) }.to_string_lossy();
    eprintln!("jitharness: called unresolved symbol `{name}` (bound to a trap stub by --stub-unresolved)");
    std::process::exit(TRAP_EXIT_CODE)
}

/// The harness's own symbol table: the trap function and the workloads' helpers.
pub fn harness_table() -> BTreeMap<String, u64> {
    let mut t: BTreeMap<String, u64> = workloads::harness_symbols().into_iter().map(|(n, a)| (n.to_string(), a as u64)).collect();
    t.insert("jitharness_trap".into(), jitharness_trap as *const () as usize as u64);
    t
}

/// A one-function object that defines `name` as a call to `jitharness_trap("name")`.
fn trap_stub(name: &str, opts: &CompileOptions) -> Result<ObjectFile> {
    let ptr = if compile::opaque_pointers() { "ptr".to_string() } else { "i8*".to_string() };
    let bytes: Vec<u8> = name.bytes().chain(std::iter::once(0)).collect();
    let n = bytes.len();
    let lit: String = bytes.iter().map(|b| format!("\\{b:02X}")).collect();
    let arg = if compile::opaque_pointers() {
        "ptr @.jh.name".to_string()
    } else {
        format!("i8* getelementptr inbounds ([{n} x i8], [{n} x i8]* @.jh.name, i64 0, i64 0)")
    };
    let ir = format!(
        "@.jh.name = private constant [{n} x i8] c\"{lit}\"\n\
         declare void @jitharness_trap({ptr})\n\
         define void @\"{}\"() {{\n  call void @jitharness_trap({arg})\n  unreachable\n}}\n",
        name.replace('"', "\\22")
    );
    let input = Input::ir(format!("trap-stub({name})"), ir);
    let mut notes = Vec::new();
    source::to_object(&input, opts, &mut notes)
}

/// A progress bar that appears only after the job has run for a second.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    started: Instant,
    shown: std::cell::Cell<bool>,
}

impl Progress {
    fn new(enabled: bool, total: u64) -> Progress {
        let bar = (enabled && total > 1).then(|| {
            let b = indicatif::ProgressBar::with_draw_target(Some(total), indicatif::ProgressDrawTarget::hidden());
            b.set_style(
                indicatif::ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} iterations {elapsed}")
                    .unwrap()
                    .progress_chars("=> "),
            );
            b.set_prefix("linking");
            b
        });
        Progress { bar, started: Instant::now(), shown: false.into() }
    }

    fn tick(&self, pos: u64) {
        if let Some(b) = &self.bar {
            if !self.shown.get() && self.started.elapsed() > Duration::from_secs(1) {
                b.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                self.shown.set(true);
            }
            b.set_position(pos);
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
