//! Every backend of [`BackendKind::ALL`], on both targets, held to the same two checks:
//! every workload gives the same results as `rtdyld-stock`, and `issue9001` loaded again
//! and again under `scatter` and `fragment` audits clean (and runs where it can). A backend
//! this build does not offer is run all the same and must come back `unsupported` with its
//! reason; a backend a check does not apply to is named, with why.
//!
//! Jobs go to worker processes through the harness's own pool (`run::worker::run_pool`,
//! what `repro`, `diff` and `link --target aarch64` use), a few at a time, from objects
//! compiled once here: every backend and placement links the same objects, and no process
//! waits behind more work than the machine can do at once.

use crate::common::*;
use jitharness::audit::{ObjectAuditReport, Verdict};
use jitharness::backend::BackendKind;
use jitharness::compile::CompileOptions;
use jitharness::memory::placement::Placement;
use jitharness::report::{CallStatus, LinkReport, Outcome};
use jitharness::repro::ReproReport;
use jitharness::run::exec::How;
use jitharness::run::job::{self, LinkJob};
use jitharness::source::workloads;
use jitharness::target::Arch;
use std::path::Path;
use std::time::Duration;

// ---------------------------------------------------------------------------------------
// Known LLVM defects these tests assert. Each is asserted to still happen where it is
// listed (a fix shows up as a test failure, and the entry goes); the loads before the
// failure are checked as usual.
// ---------------------------------------------------------------------------------------

/// LLVM 14-16 RuntimeDyld on AArch64 mislinks the GOT of sessions of several objects
/// (`crate::workloads::known_defect`); every RuntimeDyld backend shares RuntimeDyld's
/// relocation code, so the count of loads that work applies to each of them.
fn rtdyld_aarch64_got_mislink(kind: BackendKind, workload: &str, arch: Arch) -> Option<(u32, &'static str)> {
    is_rtdyld(kind).then(|| crate::workloads::known_defect(workload, arch)).flatten()
}

/// LLVM 16-19 ORC rejects an object that repeats a `common` global an earlier object of the
/// session defined.
pub fn orc_repeated_common_definitions(kind: BackendKind, workload: &str) -> Option<(u32, &'static str)> {
    // The workloads that repeat a `common` global on purpose (issue9001, cross-graph).
    let repeats = !jitharness::source::workloads::shared_symbols(workload).is_empty();
    let d = known("orc-common-redefinition", kind, Arch::host(), false).filter(|_| repeats)?;
    Some((d.issue9001_clean_loads.expect("the entry says how many loads pass"), d.why))
}

/// LLVM 14's JITLink rejects most ELF/AArch64 relocations: the one place a JITLink backend
/// is expected `unsupported` for a target, naming the relocation types.
pub fn jitlink_llvm14_aarch64_unsupported(kind: BackendKind, arch: Arch) -> bool {
    known("jitlink14-aarch64-relocations", kind, arch, false).is_some()
}

/// LLVM 15's ELF/AArch64 JITLink leaves `.eh_frame` without a null terminator: a C++
/// exception thrown in the process afterwards may crash the unwinder (the bytes after the
/// section decide), so an in-process error on that path can become a SIGSEGV.
pub fn jitlink_aarch64_eh_frame_unterminated(kind: BackendKind, arch: Arch) -> bool {
    known("jitlink-aarch64-eh-frame-unterminated", kind, arch, false).is_some()
}

/// Why `kind` may come back `unsupported` for `arch` (cross-linked or not: no backend's
/// support depends on the mode) in this build,
/// and the words its reason must then contain; empty when it must not.
pub fn expected_unsupported(kind: BackendKind, arch: Arch) -> Vec<(String, Vec<String>)> {
    let mut why = Vec::new();
    if let Err(reason) = kind.availability() {
        why.push((format!("not offered by this build: {reason}"), vec![reason]));
    }
    if jitlink_llvm14_aarch64_unsupported(kind, arch) {
        why.push((
            "LLVM 14 JITLink: most ELF/AArch64 relocations unsupported".into(),
            vec!["R_AARCH64_".into(), "unsupported relocation type".into()],
        ));
    }
    why
}

// ---------------------------------------------------------------------------------------
// What each backend is: the properties the checks below depend on.
// ---------------------------------------------------------------------------------------

fn is_rtdyld(kind: BackendKind) -> bool {
    matches!(kind, BackendKind::RtdyldStock | BackendKind::RtdyldRust | BackendKind::RtdyldReserve)
}

/// Backends whose every layout row, natively and in cross links, lies in the Rust slab.
/// (`jitlink-rust` also allocates from the slab, but in its cross links the `.common` row
/// carries the target address as its host address, outside the slab: seen with LLVM 22.)
fn layout_in_rust_slab(kind: BackendKind) -> bool {
    kind == BackendKind::RtdyldRust
}

/// `Ok` for the backends meant to keep every fixup of `issue9001` in reach however the
/// address space is laid out; `Err` says why a backend is not, and where that is checked.
fn keeps_fixups_in_reach(kind: BackendKind) -> Result<(), &'static str> {
    match kind {
        BackendKind::RtdyldStock => Err("SectionMemoryManager maps each section on its own: under `scatter` that is issue 9001 \
             itself, asserted to break by placement::scatter_reproduces_9001_*"),
        BackendKind::RtdyldReserve => Err("one block per object keeps an object's own fixups together, not an object's fixups to \
             earlier objects (placement::rtdyld_reserve_keeps_one_object_together_or_is_unsupported)"),
        // One mapping per graph, but `issue9001` makes no PC-relative reference from one graph to
        // another (its cross-object references are absolute or through the graph's own GOT):
        // where that breaks is `repro cross-graph` (known.rs, jitlink.rs).
        BackendKind::JitlinkDefault => Ok(()),
        BackendKind::RtdyldRust | BackendKind::JitlinkSlab | BackendKind::JitlinkRust => Ok(()),
    }
}

/// A clean audit for `kind`: nothing wrong, and nothing unchecked, except (JITLink) fixups
/// in sections JITLink split into blocks (.eh_frame), which are counted with that reason.
pub fn audit_is_clean(kind: BackendKind, a: &ObjectAuditReport) -> bool {
    if is_rtdyld(kind) {
        return a.findings.is_empty();
    }
    a.counts.out_of_range + a.counts.wrong_target == 0
        && a.findings.iter().all(|f| f.verdict == Verdict::NotChecked && f.detail.contains("split"))
        && a.counts.not_checked == a.findings.len() as u64
}

// ---------------------------------------------------------------------------------------
// Running jobs.
// ---------------------------------------------------------------------------------------

/// Seconds one worker may take: the same limit as `repro` and `link`. The jobs here are
/// sized to take a small part of it even on a machine shared with other work.
const WORKER_TIMEOUT: Duration = Duration::from_secs(600);

/// Workers at once: one per core (at least 2, at most 4). Each job gets the machine's
/// throughput at that width; more at once would only make each job slower, and none faster.
fn workers_at_once() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 4)
}

/// Runs `jobs` in worker processes of the harness, a few at a time, in order of results.
fn run_jobs(jobs: &[LinkJob]) -> Vec<LinkReport> {
    use_harness_for_workers();
    jitharness::run::worker::run_pool(jobs, WORKER_TIMEOUT, workers_at_once(), |_, _| {})
}

/// Compiles every iteration of `job`'s workload once, into `dir`, for every job of the same
/// workload, target and code generation to link.
fn compile_once(job: &LinkJob, dir: &Path) {
    assert!(job::precompile(job, dir), "{:?} for {}: the workload compiles", job.workload, job.arch());
}

/// A `link` job for a workload, as `jitharness link --workload W --target A --audit` makes it.
fn workload_job(workload: &str, arch: Arch, iterations: u32, kind: BackendKind) -> LinkJob {
    LinkJob {
        inputs: Vec::new(),
        workload: Some(workload.into()),
        backend: kind,
        compile: CompileOptions::new(arch),
        iterations,
        calls: Vec::new(),
        stub_unresolved: false,
        link_only: false,
        qemu_reserved_va: jitharness::run::exec::DEFAULT_QEMU_RESERVED_VA,
        placement: Placement::Natural,
        audit: true,
        slab_size: jitharness::memory::slab::DEFAULT_SLAB_SIZE,
        progress: false,
        checkpoint: None,
        contents: false,
        precompiled: None,
        defines: Default::default(),
        assembly: Vec::new(),
        rename_per_iteration: false,
        externals: Default::default(),
        unload_reload: false,
        debugger: false,
        compiled: Vec::new(),
    }
}

/// An `unsupported` result must be one [`expected_unsupported`] explains, in its words.
fn check_unsupported(kind: BackendKind, arch: Arch, reason: &str, ctx: &str) {
    let why = expected_unsupported(kind, arch);
    assert!(!why.is_empty(), "{ctx}: unexpected unsupported: {reason}");
    let matched = why.iter().find(|(_, words)| words.iter().all(|w| reason.contains(w.as_str())));
    let (why, _) = matched.unwrap_or_else(|| panic!("{ctx}: the reason does not say why ({why:?}): {reason}"));
    eprintln!("note: {ctx}: unsupported, as expected ({why})");
}

/// A backend this build does not offer must come back `unsupported`, saying why, with
/// nothing run.
fn check_unoffered_is_unsupported(kind: BackendKind, r: &LinkReport, ctx: &str) {
    if let Err(reason) = kind.availability() {
        match &r.outcome {
            Outcome::Unsupported { reason: got } => assert!(got.contains(&reason), "{ctx}: reports why it is not offered: {got}"),
            o => panic!("{ctx}: not offered by this build ({reason}), yet the job gave {o:?}"),
        }
        assert!(r.calls.iter().all(|c| c.status == CallStatus::NotRun), "{ctx}: nothing ran");
    }
}

// ---------------------------------------------------------------------------------------
// Every workload gives the same results as `rtdyld-stock`.
// ---------------------------------------------------------------------------------------

/// (iteration, symbol, args, actual value, status) of every call.
type CallResult = (u32, String, Vec<i64>, Option<i64>, CallStatus);

fn results(r: &LinkReport) -> Vec<CallResult> {
    r.calls.iter().map(|c| (c.iteration, c.symbol.clone(), c.args.clone(), c.actual, c.status)).collect()
}

/// Loads of `workload` compared between `kind` and the reference: 3, or fewer where a known
/// defect of either breaks a later load.
fn compared_loads(kind: BackendKind, workload: &str, arch: Arch) -> u32 {
    let mut loads = 3;
    for k in [BackendKind::RtdyldStock, kind] {
        let known = [rtdyld_aarch64_got_mislink(k, workload, arch), orc_repeated_common_definitions(k, workload)];
        for (ok, why) in known.into_iter().flatten() {
            eprintln!("note: {workload} on {arch} ({k}): {why}; compared over {ok} load(s)");
            loads = loads.min(ok);
        }
    }
    loads
}

fn same_results_as_stock(arch: Arch) {
    let reference = BackendKind::RtdyldStock;
    let others: Vec<BackendKind> = BackendKind::ALL.into_iter().filter(|&k| k != reference).collect();
    eprintln!("note: {reference} is the reference every other backend is compared with");
    let scratch = tempfile::tempdir().unwrap();
    for w in workloads::all() {
        // The reference runs once per number of loads compared; every job links the same
        // objects, compiled once.
        let mut jobs: Vec<LinkJob> = Vec::new();
        let mut pairs = Vec::new();
        for &kind in &others {
            let loads = compared_loads(kind, w.name, arch);
            let stock = jobs.iter().position(|j| j.backend == reference && j.iterations == loads).unwrap_or_else(|| {
                jobs.push(workload_job(w.name, arch, loads, reference));
                jobs.len() - 1
            });
            jobs.push(workload_job(w.name, arch, loads, kind));
            pairs.push((kind, stock, jobs.len() - 1));
        }
        // A known ORC defect that cuts the comparison short must still fail one load later.
        let mut defects = Vec::new();
        for &kind in &others {
            if let Some((ok, why)) = orc_repeated_common_definitions(kind, w.name) {
                if can_run(arch) && !jitlink_llvm14_aarch64_unsupported(kind, arch) {
                    jobs.push(workload_job(w.name, arch, ok + 1, kind));
                    defects.push((kind, why, jobs.len() - 1));
                }
            }
        }
        let objects = scratch.path().join(w.name);
        std::fs::create_dir_all(&objects).unwrap();
        let most = jobs.iter().max_by_key(|j| j.iterations).expect("jobs");
        compile_once(most, &objects);
        for j in jobs.iter_mut() {
            j.precompiled = Some(objects.clone());
        }
        let reports = run_jobs(&jobs);
        for (kind, why, i) in defects {
            let ctx = format!("{} on {arch}, {kind}, {} loads: {:?}", w.name, jobs[i].iterations, reports[i].outcome);
            assert_ne!(
                reports[i].outcome,
                Outcome::Pass,
                "{ctx}: known defect ({why}) no longer fails: update orc_repeated_common_definitions()"
            );
        }
        for (kind, stock, i) in pairs {
            compare_with_stock(kind, w.name, arch, &reports[stock], &reports[i]);
        }
    }
}

fn compare_with_stock(kind: BackendKind, workload: &str, arch: Arch, stock: &LinkReport, r: &LinkReport) {
    let ctx = format!("{workload} on {arch}: stock {:?}, {kind} {:?}", stock.outcome, r.outcome);
    check_unoffered_is_unsupported(kind, r, &ctx);
    if let Outcome::Unsupported { reason } = &r.outcome {
        return check_unsupported(kind, arch, reason, &ctx);
    }
    assert_eq!(r.backend, kind.name(), "{ctx}: the report names its backend");
    assert_eq!(r.execution.how, stock.execution.how, "{ctx}: ran the same way as the reference");
    assert_eq!(r.outcome.label(), stock.outcome.label(), "{ctx}");
    assert_eq!(results(r), results(stock), "{ctx}: same calls, same values");
    assert!(!r.calls.is_empty(), "{ctx}: entry points checked");
    if can_run(arch) {
        assert_eq!(r.outcome, Outcome::Pass, "{ctx}");
    }
    assert!(!r.layout.is_empty(), "{ctx}: layout collected");
    assert!(r.layout.iter().all(|s| s.target_addr != 0 && s.object_id < r.objects.len() as u32), "{ctx}: {:?}", r.layout);
    assert!(!r.audits.is_empty() && r.audits.iter().all(|a| audit_is_clean(kind, a)), "{ctx}: audits clean: {:?}", r.audits);
    assert!(r.audits.iter().map(|a| a.fixups).sum::<u64>() > 0, "{ctx}: fixups audited");
    if layout_in_rust_slab(kind) {
        let slab = r.memory.as_ref().and_then(|m| m.figures.slab.clone()).unwrap_or_else(|| panic!("{ctx}: slab figures"));
        for s in r.layout.iter().filter(|s| s.size > 0) {
            assert!(s.host_addr >= slab.base && s.host_addr + s.size <= slab.base + slab.size, "{ctx}: {s:?} outside the slab");
        }
    }
}

integration_test!(
    fn every_workload_same_results_as_stock_x86_64() {
        if x86_64_cross_covered_elsewhere("every_workload_same_results_as_stock_x86_64") {
            return;
        }
        same_results_as_stock(Arch::X86_64);
    }
);

integration_test!(
    fn every_workload_same_results_as_stock_aarch64() {
        same_results_as_stock(Arch::Aarch64);
    }
);

// ---------------------------------------------------------------------------------------
// issue9001, many loads under `scatter` and `fragment`.
// ---------------------------------------------------------------------------------------

/// How many loads of `issue9001` are linked and audited at target addresses without running
/// (`cross`), and how many are linked and run (`run`), for `arch` from this test process.
///
/// The host's own code, natively: 1000 loads run. aarch64 from a native x86_64 process: 1000
/// loads cross-linked here (at target addresses chosen under the same placement, audited
/// there) take the session over the whole placement pattern, and 30 loads run under qemu
/// show that such sessions run; 1000 run under qemu took a worker past its 600 s on a
/// shared 2-core machine. From the emulated half of the suite (this process itself under
/// qemu): aarch64 30 loads run, and x86_64, which can only be cross-linked there, 50.
struct LoadPlan {
    cross: Option<u32>,
    run: Option<u32>,
}

fn load_plan(arch: Arch) -> LoadPlan {
    let emulated = jitharness::run::exec::emulation().is_some();
    let plan = match (arch == Arch::host(), can_run(arch), emulated) {
        (true, _, false) => LoadPlan { cross: None, run: Some(1000) },
        // Under qemu each load costs ~50x more: the 1000 loads are cross-linked natively
        // (layout and audit), a few dozen run.
        (false, true, false) => LoadPlan { cross: Some(1000), run: Some(30) },
        (_, true, true) => LoadPlan { cross: None, run: Some(30) },
        (_, false, _) => LoadPlan { cross: Some(50), run: None },
    };
    eprintln!(
        "note: issue9001 for {arch} from this {} test process: {} loads cross-linked, {} run",
        if emulated { "emulated" } else { "native" },
        plan.cross.unwrap_or(0),
        plan.run.unwrap_or(0)
    );
    plan
}

/// The loads of one backend's runs: fewer where a known defect breaks a later load.
fn loads_for(kind: BackendKind, arch: Arch, planned: u32) -> u32 {
    let rtdyld = rtdyld_aarch64_got_mislink(kind, "issue9001", arch).filter(|_| can_run(arch));
    match rtdyld.or(orc_repeated_common_definitions(kind, "issue9001")) {
        Some((ok, why)) => {
            eprintln!("note: issue9001 on {arch} with {kind}: {why}; checked over {ok} load(s)");
            ok.min(planned)
        }
        None => planned,
    }
}

/// What a job of [`many_loads`] is held to.
#[derive(Clone, Copy)]
enum Check {
    /// Every load linked, audited clean, and run where it can ([`check_loads`]).
    Clean,
    /// A known defect, with why: the job must not pass.
    StillFails(&'static str),
}

fn many_loads(arch: Arch) {
    let plan = load_plan(arch);
    let scratch = tempfile::tempdir().unwrap();
    let objects = scratch.path().join("objects");
    std::fs::create_dir_all(&objects).unwrap();
    let most = plan.cross.max(plan.run).expect("something to check");
    let repro_job = |kind, placement, loads, link_only| {
        let mut j = jitharness::repro::job_9001(arch, kind, placement, loads, link_only, jitharness::run::exec::DEFAULT_QEMU_RESERVED_VA);
        j.precompiled = Some(objects.clone());
        j
    };
    compile_once(&repro_job(BackendKind::RtdyldStock, Placement::Natural, most, false), &objects);

    let mut jobs: Vec<(BackendKind, Check, LinkJob)> = Vec::new();
    for kind in BackendKind::ALL {
        if kind.availability().is_ok() {
            if let Err(why) = keeps_fixups_in_reach(kind) {
                eprintln!("note: {kind}: not held to this check: {why}");
                continue;
            }
        }
        // The RuntimeDyld GOT mislink must still break the load after the last one checked.
        let known = rtdyld_aarch64_got_mislink(kind, "issue9001", arch).filter(|_| can_run(arch) && kind.availability().is_ok());
        if let Some((ok, why)) = known {
            jobs.push((kind, Check::StillFails(why), repro_job(kind, Placement::Scatter, ok + 1, false)));
        }
        let (cross, run) = (plan.cross.map(|n| loads_for(kind, arch, n)), plan.run.map(|n| loads_for(kind, arch, n)));
        for placement in [Placement::Scatter, Placement::Fragment] {
            if let Some(n) = cross {
                jobs.push((kind, Check::Clean, repro_job(kind, placement, n, true)));
            }
            if let Some(n) = run {
                jobs.push((kind, Check::Clean, repro_job(kind, placement, n, false)));
            }
        }
    }
    let reports = run_jobs(&jobs.iter().map(|(_, _, j)| j.clone()).collect::<Vec<_>>());
    for ((kind, check, job), link) in jobs.into_iter().zip(reports) {
        let r = jitharness::repro::summarize(link);
        if let Check::StillFails(why) = check {
            let ctx = format!("issue9001 on {arch}, {kind}, {} loads: {:?}", job.iterations, r.link.outcome);
            assert_ne!(
                r.link.outcome,
                Outcome::Pass,
                "{ctx}: known defect ({why}) no longer fails: update crate::workloads::known_defect()"
            );
            continue;
        }
        check_loads(kind, arch, &job, &r);
    }
}

fn check_loads(kind: BackendKind, arch: Arch, job: &LinkJob, r: &ReproReport) {
    let loads = job.iterations;
    let ctx = format!(
        "{kind}, {arch}, {}, {loads} loads {}: {:?}",
        job.placement,
        if job.link_only { "cross-linked" } else { "run" },
        r.link.outcome
    );
    check_unoffered_is_unsupported(kind, &r.link, &ctx);
    if let Outcome::Unsupported { reason } = &r.link.outcome {
        return check_unsupported(kind, arch, reason, &ctx);
    }
    assert_eq!(r.link.backend, kind.name(), "{ctx}: the report names its backend");
    assert_eq!(r.loads, loads, "{ctx}: every load linked and audited");
    assert!(r.first_bad.is_none(), "{ctx}: {:?}", r.first_bad);
    assert_eq!(r.fixups_out_of_range + r.fixups_wrong_target, 0, "{ctx}: no fixup out of range or wrong");
    if is_rtdyld(kind) {
        assert_eq!(r.fixups_not_checked, 0, "{ctx}: every fixup checked");
    }
    assert!(r.link.audits.iter().all(|a| audit_is_clean(kind, a)), "{ctx}: audits clean");
    assert!(r.fixups_checked >= 10 * loads as u64, "{ctx}: {} fixups", r.fixups_checked);
    if job.link_only || !can_run(arch) {
        assert_eq!(r.link.execution.how, How::CrossLinkOnly, "{ctx}: a cross link");
        assert!(matches!(r.link.outcome, Outcome::LinkedOnly { .. }), "{ctx}");
        assert!(r.link.calls.iter().all(|c| c.status == CallStatus::NotRun), "{ctx}: nothing claims to have run");
        assert!(r.link.layout.iter().all(|s| s.target_addr >= jitharness::run::job::CROSS_BASE), "{ctx}: at chosen target addresses");
    } else {
        assert_eq!(r.link.execution.how, expected_how(arch), "{ctx}: execution mode");
        assert_eq!(r.link.outcome, Outcome::Pass, "{ctx}");
        assert_eq!(r.link.calls.len(), 4 * loads as usize, "{ctx}: every load ran");
    }
    let m = r.link.memory.as_ref().unwrap_or_else(|| panic!("{ctx}: memory figures"));
    eprintln!(
        "note: {ctx}: reserved {} B, committed {} B, mmap {}, mprotect {}, process mappings {:?}, {} ms",
        m.figures.reserved,
        m.figures.committed,
        m.figures.mapper.mmap_calls,
        m.figures.mapper.mprotect_calls,
        m.process_mappings,
        r.link.elapsed_ms
    );
}

integration_test!(
    /// `issue9001` loaded into one session again and again under `scatter` and `fragment`,
    /// through every backend meant to keep its fixups in reach: every fixup audited clean,
    /// every load runs where it can.
    fn issue9001_thousand_loads_scatter_and_fragment_x86_64() {
        if x86_64_cross_covered_elsewhere("issue9001_thousand_loads_scatter_and_fragment_x86_64") {
            return;
        }
        many_loads(Arch::X86_64);
    }
);

integration_test!(
    /// The same for AArch64 (see [`load_plan`] for how many loads are run under qemu).
    fn issue9001_thousand_loads_scatter_and_fragment_aarch64() {
        many_loads(Arch::Aarch64);
    }
);
