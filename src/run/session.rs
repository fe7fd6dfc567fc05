//! Running one job in this process: open the backend session, compile and add each
//! iteration's objects (binding unresolved symbols to trap stubs when asked), finalize, audit,
//! call the entry points, and turn all of it into the job's report.

use crate::audit::driver::{audit_failure, audit_objects};
use crate::backend::resolve::Resolver;
use crate::backend::{self, LinkBackend, LinkMode, SessionOptions};
use crate::error::{Error, Result};
use crate::report::*;
use crate::run::call::{call, harness_table};
use crate::run::exec::{self, How};
use crate::run::job::*;
use crate::run::journal::Journal;
use crate::source::{self, workloads, Input, ObjectFile};
use crate::target::Arch;
use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Runs `job` in this process.
pub fn run_here(job: &LinkJob) -> LinkReport {
    let started = Instant::now();
    let arch = job.arch();
    let execution = exec::current(arch);
    let cross = execution.how == How::CrossLinkOnly;
    let mode = if cross { LinkMode::Cross { base: CROSS_BASE } } else { LinkMode::InProcess };
    let resolver = if cross { Resolver::cross(CROSS_BASE - 0x10_0000) } else { Resolver::in_process(harness_table()) };
    let resolver = Arc::new(resolver.with_defines(job.defines.clone()).with_externals(job.externals));
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

    if job.compile.passes == crate::compile::Passes::LowerGlobalDtors && !crate::llvm::caps::caps().lower_global_dtors {
        report.outcome = Outcome::Unsupported {
            reason: format!(
                "--passes lower-global-dtors: LLVM {}'s new pass manager has no lower-global-dtors (LLVM 15+)",
                crate::compile::llvm_major()
            ),
        };
        report.elapsed_ms = started.elapsed().as_millis() as u64;
        return report;
    }
    let mut session = match backend::open(
        job.backend,
        SessionOptions {
            arch,
            mode,
            placement: job.placement,
            resolver: resolver.clone(),
            slab_size: job.slab_size,
            debugger: job.debugger,
        },
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

    let baseline = ReclaimStep::now("baseline", 0, session.memory().committed);
    let gdb_before = crate::backend::resolve::gdb_jit_entries();
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

    if !cross {
        report.registration = Some(Registration::now(gdb_before));
    }
    if job.unload_reload && failure.is_none() {
        report.reclaim.push(baseline);
        failure = unload_reload(job, session.as_mut(), &resolver, &mut defined, &mut report, will_run, &mut journal);
    }

    if failure.is_none() && !job.calls.is_empty() {
        let it = job.iterations.saturating_sub(1);
        for c in &job.calls {
            // With renaming, the last iteration's copy of the symbol, where there is one.
            let renamed = source::rename::renamed(&c.symbol, it);
            let c = &match job.rename_per_iteration && session.lookup(&renamed).is_some() {
                true => CallSpec { symbol: renamed, ..c.clone() },
                false => c.clone(),
            };
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

    if will_run && failure.is_none() {
        // The session ends: destructors of the live objects, newest first.
        workloads::take_destructor_log();
        let mut ran = 0;
        for id in (0..report.objects.len()).rev() {
            let dtors = crate::run::init::entries(session.layout(), id as u32, false);
            crate::run::call::run_init_functions(&dtors);
            ran += dtors.len() as u64;
        }
        if ran > 0 || report.static_init.is_some() {
            let s = report.static_init.get_or_insert_with(Default::default);
            s.destructors = ran;
            s.destructor_log = workloads::take_destructor_log();
        }
    }
    report.backend_info = Some(session.info());
    report.layout = session.layout().to_vec();
    report.memory = Some(MemoryReport::new(session.memory(), &report.layout));
    report.imports = resolver.resolved().into_iter().map(|(name, (address, source))| ImportReport { name, address, source }).collect();
    if will_run && report.imports.iter().any(|i| i.name == "__cxa_atexit") {
        // What MCJIT and a bare ObjectLinkingLayer do with `lower-global-dtors`'s form: the
        // destructors go to the process's atexit list (LLJIT's platforms interpose instead).
        report.notes.push(
            "destructors registered through __cxa_atexit went to the process's atexit list: they run at process exit (into \
             unmapped JIT memory if the session has ended), not when the session ends; the harness ran only the \
             destructor tables"
                .into(),
        );
    }
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

/// `--unload-reload`, after the job's loads: removes every object, loads as many iterations
/// again (the next ones: new names), removes those, and records the memory at each step in
/// `report.reclaim`. `Some(outcome)` when it cannot go on.
fn unload_reload(
    job: &LinkJob,
    session: &mut dyn LinkBackend,
    resolver: &Resolver,
    defined: &mut BTreeSet<String>,
    report: &mut LinkReport,
    will_run: bool,
    journal: &mut Option<Journal>,
) -> Option<Outcome> {
    let step = |report: &mut LinkReport, session: &dyn LinkBackend, name: &str, live: u32| {
        report.reclaim.push(ReclaimStep::now(name, live, session.memory().committed));
    };
    let remove_all = |report: &mut LinkReport, session: &mut dyn LinkBackend, from: usize| -> Option<Outcome> {
        let first = report.calls.iter().find(|c| report.objects.len() > from && c.iteration >= report.objects[from].iteration).cloned();
        for id in from..report.objects.len() {
            match session.remove(id as u32) {
                Ok(()) => {}
                Err(Error::CannotRemove { reason, .. }) => {
                    return Some(Outcome::Unsupported { reason: format!("--unload-reload: {reason}") })
                }
                Err(e) => return Some(Outcome::Error { message: format!("--unload-reload: removing {}: {e}", report.objects[id].name) }),
            }
        }
        // Its symbols are gone with it.
        if let Some(c) = first {
            if session.lookup(&c.symbol).is_some() {
                return Some(Outcome::Fail {
                    reason: format!("--unload-reload: `{}` is still defined after its object was removed", c.symbol),
                });
            }
        }
        None
    };
    let loaded = report.objects.len();
    step(report, session, "loaded", loaded as u32);
    if let Some(o) = remove_all(report, session, 0) {
        return Some(o);
    }
    defined.clear();
    step(report, session, "removed", 0);
    for it in job.iterations..2 * job.iterations {
        if let Err(e) = run_iteration(job, it, session, resolver, defined, report, will_run, journal) {
            return Some(Outcome::Error { message: format!("--unload-reload: iteration {it}: {e}") });
        }
        if report.calls.iter().any(|c| c.status == CallStatus::Fail) {
            return None;
        }
    }
    step(report, session, "reloaded", (report.objects.len() - loaded) as u32);
    if let Some(o) = remove_all(report, session, loaded) {
        return Some(o);
    }
    defined.clear();
    step(report, session, "removed-again", 0);
    None
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
        let dialect = workloads::IrDialect::of_this_llvm();
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
    for (name, text) in &job.assembly {
        inputs.push(Input::assembly(name.clone(), text.clone()));
    }
    let mut precompiled_notes = Vec::new();
    for (k, p) in job.inputs.iter().enumerate() {
        match job.compiled.get(k) {
            // Compiled once for every backend (see `LinkJob::compiled`), under the input's name.
            Some(c) => {
                let bytes = std::fs::read(&c.object).map_err(|e| Error::io(&c.object, e))?;
                inputs.push(Input { name: p.display().to_string(), kind: source::InputKind::Object, bytes });
                precompiled_notes.extend(c.notes.iter().cloned());
            }
            None => inputs.push(Input::from_path(p)?),
        }
    }

    let compiling = Instant::now();
    let mut objects = Vec::new();
    for input in &inputs {
        if let Some(j) = journal.as_mut().filter(|_| input.kind != source::InputKind::Object) {
            j.step(&format!("while compiling {} (iteration {it})", input.name), report);
        }
        objects.push(source::to_object(input, &job.compile, &mut report.notes)?);
    }
    report.notes.extend(precompiled_notes);
    phases(report).compile_us += compiling.elapsed().as_micros() as u64;
    if job.rename_per_iteration && it > 0 {
        // The batch's strong definitions get this iteration's names, in every object of it.
        let strong: BTreeSet<String> = objects.iter().flat_map(|o| o.strong.iter().cloned()).collect();
        for o in &mut objects {
            let bytes = source::rename::rename_symbols(&o.bytes, &strong, it)
                .map_err(|message| Error::InvalidObject { file: o.name.clone(), message })?;
            *o = ObjectFile::parse(o.name.clone(), bytes, job.arch())?;
        }
    }
    let backend = job.backend.name();
    // Everything this batch defines counts: RuntimeDyld and JITLink resolve at finalize.
    let first_object = report.objects.len();
    let batch: BTreeSet<&str> = objects.iter().flat_map(|o| o.defined.iter().map(String::as_str)).collect();
    for obj in &objects {
        let mut missing: Vec<String> = obj
            .undefined
            .iter()
            .filter(|n| !batch.contains(n.as_str()) && !defined.contains(*n) && !resolver.can_resolve(n))
            .cloned()
            .collect();
        // Symbols the host-process model places itself (trap stubs at their addresses).
        let placed = resolver.place_modeled(&missing).map_err(|message| Error::SessionSetup {
            backend: job.backend.name().into(),
            what: format!("externals for {}", obj.name),
            message,
        })?;
        for (name, addr) in &placed {
            report.notes.push(format!("{}: `{name}` placed by the {} model at {addr:#x} (a trap stub)", obj.name, job.externals));
        }
        missing.retain(|n| !placed.iter().any(|(p, _)| p == n));
        if missing.is_empty() {
            continue;
        }
        if !job.stub_unresolved {
            return Err(Error::Unresolved { object: obj.name.clone(), symbols: missing });
        }
        resolver.add_trap_stubs(&missing).map_err(|message| Error::SessionSetup {
            backend: job.backend.name().into(),
            what: format!("trap stubs for {}", obj.name),
            message,
        })?;
        for name in missing {
            report.notes.push(format!("{}: `{name}` is unresolved; bound to a trap stub", obj.name));
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
        if let Some(j) = journal.as_mut() {
            let types = obj.relocation_summary(job.arch());
            j.write(session, report, &format!("while loading {} into {backend} (iteration {it}; its relocations: {types})", obj.name));
        }
        let linking = Instant::now();
        session.add_object(obj)?;
        phases(report).link_us += linking.elapsed().as_micros() as u64;
        defined.extend(obj.defined.iter().cloned());
    }
    if let Some(j) = journal.as_mut() {
        let names: Vec<String> = objects.iter().map(|o| format!("{}: {}", o.name, o.relocation_summary(job.arch()))).collect();
        j.step(&format!("while finalizing iteration {it} (resolving the relocations of {})", names.join("; ")), report);
    }
    let linking = Instant::now();
    session.finalize()?;
    phases(report).link_us += linking.elapsed().as_micros() as u64;
    if job.audit {
        let auditing = Instant::now();
        let added: Vec<&ObjectFile> = objects.iter().collect();
        audit_objects(session, resolver, job.arch(), first_object, &added, job.contents, report)?;
        phases(report).audit_us += auditing.elapsed().as_micros() as u64;
    }
    if let Some(j) = journal {
        j.write(session, report, &format!("while running iteration {it}"));
    }
    let running = Instant::now();
    if will_run {
        for id in first_object..report.objects.len() {
            let ctors = crate::run::init::entries(session.layout(), id as u32, true);
            if !ctors.is_empty() {
                crate::run::call::run_init_functions(&ctors);
                report.static_init.get_or_insert_with(Default::default).constructors += ctors.len() as u64;
            }
        }
    }

    for c in checks {
        let spec = CallSpec { symbol: c.symbol, args: c.args, expected: Some(c.expected) };
        report.calls.push(call(session, it, &spec, will_run)?);
    }
    phases(report).run_us += running.elapsed().as_micros() as u64;
    Ok(())
}

fn phases(report: &mut LinkReport) -> &mut PhaseTimes {
    report.phases.get_or_insert_with(PhaseTimes::default)
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
