//! `jitlink-slab`: ORC + JITLink, against `rtdyld-stock`, and its honest failures.

use crate::common::*;
use jitharness::report::{LinkReport, Outcome};
use jitharness::source::workloads;
use jitharness::target::Arch;

fn link_with(backend: &str, workload: &str, arch: Arch, iterations: u32) -> LinkReport {
    let its = iterations.to_string();
    link_json(&["--workload", workload, "--target", arch.name(), "--iterations", &its, "--backend", backend, "--audit"]).0
}

/// JITLink defects measured on some LLVM versions (asserted to still fail, so a fix shows).
fn known_jitlink_defect(name: &str) -> Option<(u32, &'static str)> {
    match (jitharness::compile::llvm_major(), name) {
        (16..=19, "issue9001") => Some((
            1,
            "LLVM 16-19 ORC: an object repeating a `common` global an earlier object defined fails with \
             `Unexpected definitions` (LLVM 14, 15 and 22 link it)",
        )),
        _ => None,
    }
}

/// JITLink on LLVM 14 rejects most ELF/AArch64 relocations; that is the one place an
/// `unsupported` result is expected, and it must name the relocation types.
fn unsupported_expected(arch: Arch) -> bool {
    jitharness::compile::llvm_major() == 14 && arch == Arch::Aarch64
}

/// A clean JITLink audit: nothing wrong, and nothing unchecked except fixups in sections
/// JITLink split into blocks (.eh_frame), which are counted with that reason.
fn only_split_sections_unchecked(a: &jitharness::audit::ObjectAuditReport) -> bool {
    a.counts.out_of_range + a.counts.wrong_target == 0
        && a.findings.iter().all(|f| f.verdict == jitharness::audit::Verdict::NotChecked && f.detail.contains("split"))
        && a.counts.not_checked == a.findings.len() as u64
}

fn same_results_as_stock(arch: Arch) {
    for backend in ["jitlink-slab", "jitlink-rust"] {
        same_results_as_stock_with(backend, arch);
    }
}

fn same_results_as_stock_with(backend: &str, arch: Arch) {
    for w in workloads::all() {
        let mut iterations = 3;
        for (ok, why) in [crate::workloads::known_defect(w.name, arch), known_jitlink_defect(w.name)].into_iter().flatten() {
            eprintln!("note: {} on {arch}: {why}; compared over {ok} load(s)", w.name);
            iterations = iterations.min(ok);
        }
        if let Some((ok, why)) = known_jitlink_defect(w.name).filter(|_| can_run(arch) && !unsupported_expected(arch)) {
            let r = link_with(backend, w.name, arch, ok + 1);
            assert_ne!(r.outcome, Outcome::Pass, "{}: known defect ({why}) no longer fails: update known_jitlink_defect()", w.name);
        }
        let stock = link_with("rtdyld-stock", w.name, arch, iterations);
        let jl = link_with(backend, w.name, arch, iterations);
        let ctx = format!("{} on {arch}: stock {:?}, {backend} {:?}", w.name, stock.outcome, jl.outcome);
        if let Outcome::Unsupported { reason } = &jl.outcome {
            let no_mapper = backend == "jitlink-slab" && jitharness::compile::llvm_major() < 16 && !can_run(arch);
            if no_mapper {
                assert!(reason.contains("MemoryMapper"), "{ctx}: says why");
            } else {
                assert!(unsupported_expected(arch), "{ctx}: unexpected unsupported");
                assert!(reason.contains("R_AARCH64_") && reason.contains("unsupported relocation type"), "{ctx}: names the types");
            }
            continue;
        }
        assert_eq!(jl.backend, backend);
        assert_eq!(jl.outcome.label(), stock.outcome.label(), "{ctx}");
        let calls = |r: &LinkReport| r.calls.iter().map(|c| (c.iteration, c.symbol.clone(), c.actual, c.status)).collect::<Vec<_>>();
        assert_eq!(calls(&jl), calls(&stock), "{ctx}: same calls, same values");
        assert!(!jl.layout.is_empty(), "{ctx}: layout collected from the link graphs");
        assert!(jl.layout.iter().all(|s| s.target_addr != 0 && s.object_id < jl.objects.len() as u32), "{ctx}");
        assert!(!jl.audits.is_empty() && jl.audits.iter().all(only_split_sections_unchecked), "{ctx}: audit clean: {:?}", jl.audits);
        assert!(jl.audits.iter().map(|a| a.fixups).sum::<u64>() > 0, "{ctx}: fixups audited");
    }
}

pub fn every_workload_jitlink_x86_64() {
    same_results_as_stock(Arch::X86_64);
}

pub fn every_workload_jitlink_aarch64() {
    same_results_as_stock(Arch::Aarch64);
}

/// Both JITLink backends link objects for the other architecture at chosen target addresses
/// (cross mode); LLVM's slab needs orc::MemoryMapper (LLVM 16+) for that, and says so before.
pub fn jitlink_cross_links_at_chosen_addresses() {
    let other = if Arch::host() == Arch::X86_64 { Arch::Aarch64 } else { Arch::X86_64 };
    for backend in ["jitlink-slab", "jitlink-rust"] {
        let (r, _) = link_json(&[
            "--workload",
            "got-data",
            "--target",
            other.name(),
            "--link-only",
            "--backend",
            backend,
            "--audit",
            "--iterations",
            "3",
        ]);
        assert_eq!(r.execution.how, jitharness::run::exec::How::CrossLinkOnly, "{backend}: a cross link");
        if let Outcome::Unsupported { reason } = &r.outcome {
            let ok = (unsupported_expected(other) && reason.contains("R_AARCH64_"))
                || (backend == "jitlink-slab" && jitharness::compile::llvm_major() < 16 && reason.contains("MemoryMapper"));
            assert!(ok, "{backend}: {reason}");
            continue;
        }
        assert!(matches!(r.outcome, Outcome::LinkedOnly { .. }), "{backend}: {:?}", r.outcome);
        assert!(
            !r.layout.is_empty() && r.layout.iter().all(|s| s.target_addr >= jitharness::run::job::CROSS_BASE),
            "{backend}: {:?}",
            r.layout
        );
        assert!(
            r.audits.iter().all(only_split_sections_unchecked) && r.audits.iter().map(|a| a.fixups).sum::<u64>() > 0,
            "{backend}: {:?}",
            r.audits
        );
    }
}

/// LLVM 14's JITLink: every relocation type of `issue9001` it rejects, by name; elsewhere
/// the same object links and runs.
pub fn llvm14_aarch64_unsupported_relocations_are_named() {
    if !can_run(Arch::Aarch64) {
        eprintln!("note: aarch64 code cannot run from this test process; nothing to check");
        return;
    }
    let (r, out) = link_json(&["--workload", "issue9001", "--target", "aarch64", "--backend", "jitlink-slab"]);
    if unsupported_expected(Arch::Aarch64) {
        let Outcome::Unsupported { reason } = &r.outcome else { panic!("LLVM 14 JITLink, aarch64: {:?}", r.outcome) };
        for t in ["R_AARCH64_MOVW_UABS_G0_NC", "R_AARCH64_MOVW_UABS_G3", "R_AARCH64_ADR_GOT_PAGE", "R_AARCH64_LD64_GOT_LO12_NC"] {
            assert!(reason.contains(t), "{t} not named: {reason}");
        }
        assert!(reason.contains("issue9001.i0.ll"), "the object is named: {reason}");
        assert_eq!(out.status.code(), Some(3), "unsupported exit status");
        assert!(r.calls.is_empty(), "nothing ran");
    } else {
        assert_eq!(r.outcome, Outcome::Pass, "LLVM {}: {:?}", jitharness::compile::llvm_version(), r.outcome);
    }
}

/// A duplicate strong definition across two objects and an unresolved symbol are named
/// errors on every backend this build offers.
pub fn duplicate_and_unresolved_symbols_are_named_on_every_backend() {
    let dir = tempfile::tempdir().unwrap();
    let d1 = dir.path().join("one.ll");
    let d2 = dir.path().join("two.ll");
    let u = dir.path().join("needs.ll");
    std::fs::write(&d1, "define i64 @dup() {\n  ret i64 1\n}\n").unwrap();
    std::fs::write(&d2, "define i64 @dup() {\n  ret i64 2\n}\n").unwrap();
    std::fs::write(&u, "declare i64 @nowhere_to_be_found()\ndefine i64 @g() {\n  %v = call i64 @nowhere_to_be_found()\n  ret i64 %v\n}\n")
        .unwrap();
    let (d1, d2, u) = (d1.to_str().unwrap(), d2.to_str().unwrap(), u.to_str().unwrap());
    for b in jitharness::backend::BackendKind::ALL.into_iter().filter(|b| b.availability().is_ok()) {
        let (r, _) = link_json(&[d1, d2, "--call", "dup", "--backend", b.name()]);
        match &r.outcome {
            Outcome::Error { message } => assert!(
                message.contains("duplicate definition") && message.contains("`dup`") && message.contains("two.ll"),
                "{b}: {message}"
            ),
            o => panic!("{b}: duplicate definition gave {o:?}"),
        }
        let (r, _) = link_json(&[u, "--call", "g", "--backend", b.name()]);
        match &r.outcome {
            Outcome::Error { message } => {
                assert!(message.contains("nowhere_to_be_found") && message.contains("needs.ll"), "{b}: {message}")
            }
            o => panic!("{b}: unresolved symbol gave {o:?}"),
        }
    }
}

/// `issue9001` loaded 1000 times through both JITLink backends under `scatter` and
/// `fragment`: every fixup audited clean, every load runs.
fn thousand_loads(arch: Arch) {
    let mut loads = crate::slab::thousand_or_fewer(arch);
    if let Some((ok, why)) = known_jitlink_defect("issue9001") {
        eprintln!("note: {why}; checked over {ok} load(s)");
        loads = ok;
    }
    // The four runs at once: each is its own worker process.
    let runs: Vec<(&str, &str)> =
        ["jitlink-slab", "jitlink-rust"].into_iter().flat_map(|b| ["scatter", "fragment"].map(|p| (b, p))).collect();
    let commands: Vec<Vec<String>> = runs
        .iter()
        .map(|(b, p)| {
            ["repro", "9001", "--backend", b, "--target", arch.name(), "--placement", p, "--iterations", &loads.to_string(), "--json"]
                .map(String::from)
                .to_vec()
        })
        .collect();
    for ((backend, placement), out) in runs.into_iter().zip(run_all(&commands)) {
        let r: jitharness::repro::ReproReport =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("no JSON ({e}): {}", stderr(&out)));
        let ctx = format!("{backend}, {arch}, {placement}: {:?}", r.link.outcome);
        if let Outcome::Unsupported { reason } = &r.link.outcome {
            let no_mapper = backend == "jitlink-slab" && jitharness::compile::llvm_major() < 16 && !can_run(arch);
            assert!(
                (unsupported_expected(arch) && reason.contains("R_AARCH64_")) || (no_mapper && reason.contains("MemoryMapper")),
                "{ctx}"
            );
            continue;
        }
        assert_eq!(r.loads, loads, "{ctx}: every load linked and audited");
        assert!(r.first_bad.is_none() && r.fixups_out_of_range + r.fixups_wrong_target == 0, "{ctx}: {:?}", r.first_bad);
        assert!(r.fixups_checked >= 10 * loads as u64, "{ctx}: {} fixups", r.fixups_checked);
        if can_run(arch) {
            assert_eq!(r.link.outcome, Outcome::Pass, "{ctx}");
            assert_eq!(r.link.calls.len(), 4 * loads as usize, "{ctx}: every load ran");
        }
        let m = r.link.memory.as_ref().expect("memory figures");
        eprintln!(
            "note: {backend} {arch} {placement} {loads} loads: reserved {} B, committed {} B, mmap {}, process mappings {:?}",
            m.figures.reserved, m.figures.committed, m.figures.mapper.mmap_calls, m.process_mappings
        );
    }
}

pub fn issue9001_thousand_loads_jitlink_x86_64() {
    thousand_loads(Arch::X86_64);
}

pub fn issue9001_thousand_loads_jitlink_aarch64() {
    thousand_loads(Arch::Aarch64);
}
