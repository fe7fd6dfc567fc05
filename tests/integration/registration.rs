//! Debugger and profiler registration, measured per backend on both targets: after five
//! loads, how many entries the session added to the GDB JIT interface's list
//! (`__jit_debug_descriptor`), and whether a perf map or jitdump file appeared. RuntimeDyld
//! registers every object with GDB, as MCJIT does (Numba's case); the JITLink sessions add no
//! debug-object plugin, as LLJIT adds none by default (Numba's ORC prototype: "debugger
//! hooks not wired up"), and with `--debugger` they add LLVM's (DebugObjectManagerPlugin,
//! ELFDebugObjectPlugin on 22), which registers one debug object per graph; nothing writes
//! perf files unless asked.

use crate::backends::expected_unsupported;
use crate::common::*;
use jitharness::backend::BackendKind;
use jitharness::llvm::caps::caps;
use jitharness::llvm::defects::by_id;
use jitharness::report::Outcome;
use jitharness::target::Arch;

integration_test!(
    fn debugger_and_profiler_registration_per_backend() {
        for arch in Arch::ALL {
            if !can_run(arch) {
                eprintln!("note: {arch} code cannot run from this test process: registration is measured where it runs");
                continue;
            }
            for (kind, debugger) in BackendKind::ALL.into_iter().flat_map(|k| [(k, false), (k, true)]) {
                let mut args = vec!["--workload", "got-data", "--iterations", "5", "--backend", kind.name(), "--target", arch.name()];
                if debugger {
                    args.push("--debugger");
                }
                let (r, out) = link_json(&args);
                let ctx = format!("{kind} on {arch} (debugger: {debugger}): {}", r.outcome.summary());
                if let Outcome::Unsupported { reason } = &r.outcome {
                    let why = expected_unsupported(kind, arch);
                    assert!(why.iter().any(|(_, w)| w.iter().any(|w| reason.contains(w.as_str()))), "{ctx}");
                    continue;
                }
                assert_eq!(r.outcome, Outcome::Pass, "{ctx}: {}", stderr(&out));
                let g = r.registration.as_ref().unwrap_or_else(|| panic!("{ctx}: no registration figures"));
                eprintln!("note: {kind} on {arch}, LLVM {}: {g:?}", jitharness::compile::llvm_version());
                let objects = r.objects.len() as u64;
                let expected = match kind {
                    BackendKind::RtdyldStock | BackendKind::RtdyldRust | BackendKind::RtdyldReserve => objects,
                    BackendKind::JitlinkDefault | BackendKind::JitlinkSlab | BackendKind::JitlinkRust => {
                        let plugin = r.backend_info.as_ref().and_then(|i| i.notes.iter().find(|n| n.starts_with("debugger:")));
                        assert_eq!(plugin.is_some(), debugger, "{ctx}: the debug-object plugin note: {:?}", r.backend_info);
                        if debugger && caps().debug_objects_without_dwarf {
                            objects
                        } else {
                            if debugger {
                                eprintln!("note: {ctx}: this LLVM's debug-object plugin skips objects without DWARF sections");
                            }
                            0
                        }
                    }
                };
                assert_eq!(g.gdb_entries, Some(expected), "{ctx}: GDB JIT interface entries of {objects} objects");
                assert!(!g.perf_map && !g.jitdump, "{ctx}: {g:?}");
            }
        }
    }
);

integration_test!(
    fn removed_graphs_leave_the_gdb_list() {
        // Numba's remove_module with a debugger attached: a JITLink session that registered its
        // graphs should unregister each with its object, so that the GDB list returns to its
        // length before the loads. Where the known defect applies, the entries stay (asserted,
        // so a fix shows).
        if !caps().debug_objects_without_dwarf {
            eprintln!("note: not shown on this LLVM: its debug-object plugin registers none of the harness's objects (no DWARF)");
            return;
        }
        let defect = by_id("jitlink-debug-objects-stay-registered").expect("the entry exists");
        for arch in Arch::ALL {
            if !can_run(arch) {
                eprintln!("note: {arch} code cannot run from this test process: unregistration is measured where it runs");
                continue;
            }
            for kind in [BackendKind::JitlinkDefault, BackendKind::JitlinkRust] {
                let (r, out) = link_json(&[
                    "--workload",
                    "got-data",
                    "--iterations",
                    "3",
                    "--backend",
                    kind.name(),
                    "--target",
                    arch.name(),
                    "--debugger",
                    "--unload-reload",
                ]);
                let ctx = format!("{kind} on {arch}: {}", r.outcome.summary());
                assert_eq!(r.outcome, Outcome::Pass, "{ctx}: {}", stderr(&out));
                let entries: Vec<(String, Option<u64>)> = r.reclaim.iter().map(|s| (s.step.clone(), s.gdb_entries)).collect();
                eprintln!("note: {kind} on {arch}: GDB list length per step {entries:?}");
                let at = |step: &str| {
                    entries
                        .iter()
                        .find(|e| e.0 == step)
                        .and_then(|e| e.1)
                        .unwrap_or_else(|| panic!("{ctx}: no `{step}` figure: {entries:?}"))
                };
                assert_eq!(at("loaded"), at("baseline") + 3, "{ctx}: one entry per graph: {entries:?}");
                if defect.applies_to(jitharness::compile::llvm_major(), kind, arch, false) {
                    assert_eq!(
                        at("removed"),
                        at("loaded"),
                        "{ctx}: known defect {} gone: edit src/llvm/defects.rs; {entries:?}",
                        defect.id
                    );
                    assert_eq!(at("removed-again"), at("baseline") + 6, "{ctx}: {entries:?}");
                } else {
                    assert_eq!(at("removed"), at("baseline"), "{ctx}: removal unregisters: {entries:?}");
                    assert_eq!(at("removed-again"), at("baseline"), "{ctx}: {entries:?}");
                }
            }
        }
    }
);
