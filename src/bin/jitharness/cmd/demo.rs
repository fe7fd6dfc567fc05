//! The `jitharness` command line.

use jitharness::backend::BackendKind;
use jitharness::report::{LinkReport, Outcome};
use jitharness::target::Arch;
use std::process::ExitCode;

use crate::LONG_VERSION;

pub(crate) fn demo(iterations: u32) -> ExitCode {
    use jitharness::memory::placement::Placement;
    use jitharness::repro;
    println!("jitharness {LONG_VERSION}: issue-9001 demonstration");
    println!("The `issue9001` workload (a Numba-style module: GOT-addressed globals, a shared `common` environment,");
    println!("linkonce helpers) is loaded up to {iterations} times into one JIT session; every object is audited");
    println!("before its code runs; each run is a separate worker process.\n");
    for b in BackendKind::ALL {
        if let Err(reason) = b.availability() {
            println!("{:15} not in the table: {reason}", b.name());
        }
    }
    println!();
    let offered: Vec<BackendKind> = BackendKind::ALL.into_iter().filter(|b| b.availability().is_ok()).collect();
    let mut runs: Vec<(Arch, bool, BackendKind, Placement)> = Vec::new();
    for target in [Arch::X86_64, Arch::Aarch64] {
        for &backend in &offered {
            for placement in Placement::ALL {
                runs.push((target, false, backend, placement));
            }
        }
    }
    // Cross mode places the stock manager's section allocations one by one, the slabs as a
    // whole; it does not model one block per object (rtdyld-reserve), which has no row.
    for b in [BackendKind::RtdyldStock, BackendKind::RtdyldRust, BackendKind::JitlinkSlab, BackendKind::JitlinkRust] {
        if offered.contains(&b) {
            runs.push((Arch::Aarch64, true, b, Placement::Scatter));
        }
    }
    let mut worst = 0;
    println!("{:8}  {:24}  {:14}  {:9}  {:>7}  {:44}  verdict", "target", "ran", "backend", "placement", "loads", "first bad relocation");
    for (target, link_only, backend, placement) in runs {
        let job = repro::job_9001(target, backend, placement, iterations, link_only, jitharness::run::exec::DEFAULT_QEMU_RESERVED_VA);
        let r = repro::summarize(jitharness::run::worker::run_isolated(&job, std::time::Duration::from_secs(300)));
        let l = &r.link;
        let first = match &r.first_bad {
            Some(b) => format!(
                "load {}: {} {}",
                b.iteration,
                b.finding.reloc_type.trim_start_matches("R_AARCH64_").trim_start_matches("R_X86_64_"),
                match b.finding.delta {
                    Some(d) => format!("Δ {}{:#x}", if d < 0 { "-" } else { "+" }, d.unsigned_abs()),
                    None => format!("{:?}", b.finding.verdict),
                }
            ),
            None => "none".into(),
        };
        let verdict = match (&r.first_bad, r.ran.as_str()) {
            (_, "error" | "unsupported") => r.ran.clone(),
            (None, "pass") => "ok: audited clean, ran correctly".into(),
            (None, "not-run") => "ok: audited clean (not run)".into(),
            (Some(_), "not-run") => "BROKEN: mislinked (not run)".into(),
            (Some(_), "crash") => format!("BROKEN: mislinked, {}", crash_word(l)),
            (Some(_), "pass") => "BROKEN: mislinked, yet ran correctly".into(),
            (Some(_), other) => format!("BROKEN: mislinked, {other}"),
            (None, other) => format!("BROKEN: audited clean but {other}"),
        };
        // Mislinks are what the demonstration shows; only a harness error fails it.
        if matches!(l.outcome, Outcome::Error { .. }) {
            worst = 1;
        }
        println!(
            "{:8}  {:24}  {:14}  {:9}  {:>7}  {:44}  {}",
            target.name(),
            short_how(l),
            backend.name(),
            placement.name(),
            format!("{}/{}", r.loads, iterations),
            first,
            verdict
        );
        if let Outcome::Error { message } = &l.outcome {
            println!("          └ {message}");
        }
    }
    println!("\nloads: objects linked and audited before the run stopped (a crash stops it).");
    println!("first bad relocation: the first fixup the independent auditor found out of range or pointing elsewhere,");
    println!("with the distance it had to span (AArch64 ADRP: ±4 GiB; x86-64 PC32/GOTPCREL: ±2 GiB).");
    println!("Details of any row: jitharness repro 9001 --target T --placement P --verbose");
    ExitCode::from(worst)
}

pub(crate) fn short_how(r: &LinkReport) -> String {
    match (r.execution.how, r.execution.qemu_reserved_va) {
        (jitharness::run::exec::How::QemuUser, Some(va)) => format!("qemu, VA {va:#x}"),
        _ => r.execution.describe(),
    }
}

pub(crate) fn crash_word(l: &LinkReport) -> String {
    match &l.outcome {
        Outcome::Crash { signal: Some(s), assertion, .. } => match assertion {
            Some(_) => format!("LLVM assertion ({})", jitharness::report::signal_name(*s)),
            None => format!("crashed ({})", jitharness::report::signal_name(*s)),
        },
        other => other.label().to_string(),
    }
}
