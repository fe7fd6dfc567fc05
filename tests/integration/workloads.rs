//! Every built-in workload through `rtdyld-stock` on both targets, checked against the
//! values its generator computed.

use crate::common::*;
use jitharness::report::{CallStatus, Outcome};
use jitharness::run::exec::How;
use jitharness::source::workloads;
use jitharness::target::Arch;

/// Defects of a backend on some LLVM version that the harness has measured. A listed case is
/// asserted to still fail the way described (so a fix shows up as a test failure, and the
/// entry is removed), and the part before the failure is checked as usual.
pub fn known_defect(name: &str, arch: Arch) -> Option<(u32, &'static str)> {
    // This file's runs go through rtdyld-stock.
    let d =
        known("rtdyld-aarch64-got-reuse", jitharness::backend::BackendKind::RtdyldStock, arch, false).filter(|_| name == "issue9001")?;
    Some((d.issue9001_clean_loads.expect("the entry says how many loads pass"), d.why))
}

fn check_workload(name: &str, arch: Arch, iterations: u32) {
    if let Some((ok_iterations, why)) = known_defect(name, arch) {
        if iterations > ok_iterations && can_run(arch) {
            eprintln!("note: known defect, asserted: {why}");
            let its = (ok_iterations + 1).to_string();
            let out = run(&["link", "--workload", name, "--target", arch.name(), "--iterations", &its, "--json"]);
            let report: Option<jitharness::report::LinkReport> = serde_json::from_slice(&out.stdout).ok();
            assert!(
                !out.status.success() && report.is_none_or(|r| r.outcome != Outcome::Pass),
                "{name} on {arch}: expected the known defect ({why}) but the run passed: remove it from known_defect()"
            );
            return check_workload(name, arch, ok_iterations);
        }
    }
    let its = iterations.to_string();
    let (r, out) = link_json(&["--workload", name, "--target", arch.name(), "--iterations", &its]);
    let ctx = format!("workload {name} on {arch}: outcome {:?}; stderr: {}", r.outcome, stderr(&out));
    assert_eq!(r.execution.how, expected_how(arch), "{ctx}: execution mode");
    assert_eq!(r.iterations_completed, iterations, "{ctx}: iterations completed");
    assert!(!r.layout.is_empty(), "{ctx}: layout is empty");
    assert!(!r.calls.is_empty(), "{ctx}: no entry points checked");
    let per_iteration = r.calls.iter().filter(|c| c.iteration == 0).count();
    assert_eq!(r.calls.len(), per_iteration * iterations as usize, "{ctx}: every iteration checked");
    if can_run(arch) {
        assert_eq!(r.outcome, Outcome::Pass, "{ctx}");
        assert!(out.status.success(), "{ctx}: exit status {:?}", out.status);
        for c in &r.calls {
            assert_eq!(c.status, CallStatus::Pass, "{ctx}: call {c:?}");
            assert_eq!(c.actual, c.expected, "{ctx}: call {c:?}");
        }
        if r.execution.how == How::QemuUser {
            assert!(r.execution.qemu_reserved_va.is_some(), "{ctx}: qemu run must record its reserved VA");
        }
    } else {
        eprintln!("note: {name} for {arch} cannot run on this {} test process: checked as a cross link only", Arch::host());
        assert!(matches!(r.outcome, Outcome::LinkedOnly { .. }), "{ctx}");
        assert!(r.calls.iter().all(|c| c.status == CallStatus::NotRun && c.actual.is_none()), "{ctx}: nothing may claim to have run");
        assert!(
            r.layout.iter().all(|s| s.target_addr >= jitharness::run::job::CROSS_BASE),
            "{ctx}: target addresses chosen by the harness"
        );
    }
}

integration_test!(
    fn every_workload_x86_64() {
        for w in workloads::all() {
            check_workload(w.name, Arch::X86_64, 2);
        }
    }
);

integration_test!(
    fn every_workload_aarch64() {
        for w in workloads::all() {
            check_workload(w.name, Arch::Aarch64, 2);
        }
    }
);

integration_test!(
    fn issue9001_fifty_loads_x86_64() {
        check_workload("issue9001", Arch::X86_64, 50);
    }
);

integration_test!(
    fn issue9001_fifty_loads_aarch64() {
        check_workload("issue9001", Arch::Aarch64, 50);
    }
);

integration_test!(
    fn workload_list_has_the_required_workloads() {
        let out = run(&["workloads"]);
        assert!(out.status.success(), "workloads exits 0: {}", stderr(&out));
        let text = String::from_utf8_lossy(&out.stdout);
        for w in ["issue9001", "got-data", "const-pool", "jump-table", "fn-pointers", "cross-module", "big-data", "host-calls"] {
            assert!(text.lines().any(|l| l.split_whitespace().next() == Some(w)), "workload {w} listed in:\n{text}");
        }
    }
);

integration_test!(
    fn layout_names_every_kind_and_address() {
        let (r, _) = link_json(&["--workload", "issue9001", "--target", Arch::host().name()]);
        assert_eq!(r.outcome, Outcome::Pass, "issue9001 natively");
        use jitharness::backend::layout::SectionKind;
        assert!(r.layout.iter().any(|s| s.kind == SectionKind::Code && s.size > 0), "a code section: {:?}", r.layout);
        assert!(r.layout.iter().any(|s| s.kind == SectionKind::RoData), "a constant pool: {:?}", r.layout);
        for s in &r.layout {
            assert_eq!(s.host_addr, s.target_addr, "in-process: host and target address agree: {s:?}");
            assert!(s.align.is_power_of_two(), "alignment is a power of two: {s:?}");
            assert_eq!(s.host_addr % s.align, 0, "section honours its alignment: {s:?}");
        }
    }
);

integration_test!(
    fn big_data_really_is_big() {
        let (r, _) = link_json(&["--workload", "big-data", "--target", Arch::host().name()]);
        let data: u64 = r.layout.iter().filter(|s| s.kind != jitharness::backend::layout::SectionKind::Code).map(|s| s.size).sum();
        assert!(data >= 4 << 20, "big-data places at least 4 MiB of data, got {data}");
    }
);
