//! Debugger and profiler registration, measured per backend on both targets: after five
//! loads, how many entries the session added to the GDB JIT interface's list
//! (`__jit_debug_descriptor`), and whether a perf map or jitdump file appeared. RuntimeDyld
//! registers every object with GDB, as MCJIT does (Numba's case); the JITLink sessions add no
//! debug-object plugin, as LLJIT adds none by default (Numba's ORC prototype: "debugger
//! hooks not wired up"); nothing writes perf files unless asked.

use crate::backends::expected_unsupported;
use crate::common::*;
use jitharness::backend::BackendKind;
use jitharness::report::Outcome;
use jitharness::target::Arch;

integration_test!(
    fn debugger_and_profiler_registration_per_backend() {
        for arch in Arch::ALL {
            if !can_run(arch) {
                eprintln!("note: {arch} code cannot run from this test process: registration is measured where it runs");
                continue;
            }
            for kind in BackendKind::ALL {
                let (r, out) =
                    link_json(&["--workload", "got-data", "--iterations", "5", "--backend", kind.name(), "--target", arch.name()]);
                let ctx = format!("{kind} on {arch}: {}", r.outcome.summary());
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
                    BackendKind::JitlinkDefault | BackendKind::JitlinkSlab | BackendKind::JitlinkRust => 0,
                };
                assert_eq!(g.gdb_entries, Some(expected), "{ctx}: GDB JIT interface entries of {objects} objects");
                assert!(!g.perf_map && !g.jitdump, "{ctx}: {g:?}");
            }
        }
    }
);
