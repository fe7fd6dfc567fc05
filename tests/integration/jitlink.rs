//! The JITLink backends on their own: cross links at chosen addresses and their honest
//! failures. (Comparisons with `rtdyld-stock` and the many-loads runs are in `backends.rs`.)

use crate::backends::{audit_is_clean, expected_unsupported, jitlink_llvm14_aarch64_unsupported};
use crate::common::*;
use jitharness::backend::BackendKind;
use jitharness::report::{CallStatus, Outcome};
use jitharness::target::Arch;

integration_test!(
    /// Every JITLink backend links objects for the other architecture at chosen target
    /// addresses (cross mode); LLVM's slab is LLVM 16+, and says so before.
    fn jitlink_cross_links_at_chosen_addresses() {
        let other = if Arch::host() == Arch::X86_64 { Arch::Aarch64 } else { Arch::X86_64 };
        for kind in [BackendKind::JitlinkDefault, BackendKind::JitlinkSlab, BackendKind::JitlinkRust] {
            let backend = kind.name();
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
                let why = expected_unsupported(kind, other);
                assert!(why.iter().any(|(_, words)| words.iter().any(|w| reason.contains(w.as_str()))), "{backend}: {reason}");
                continue;
            }
            assert!(matches!(r.outcome, Outcome::LinkedOnly { .. }), "{backend}: {:?}", r.outcome);
            assert!(
                !r.layout.is_empty() && r.layout.iter().all(|s| s.target_addr >= jitharness::run::job::CROSS_BASE),
                "{backend}: {:?}",
                r.layout
            );
            assert!(
                r.audits.iter().all(|a| audit_is_clean(kind, a)) && r.audits.iter().map(|a| a.fixups).sum::<u64>() > 0,
                "{backend}: {:?}",
                r.audits
            );
        }
    }
);

integration_test!(
    /// LLVM 14's JITLink: every relocation type of `issue9001` it rejects, by name; elsewhere
    /// the same object links and runs.
    fn llvm14_aarch64_unsupported_relocations_are_named() {
        if !can_run(Arch::Aarch64) {
            eprintln!("note: aarch64 code cannot run from this test process; nothing to check");
            return;
        }
        let (r, out) = link_json(&["--workload", "issue9001", "--target", "aarch64", "--backend", "jitlink-default"]);
        if jitlink_llvm14_aarch64_unsupported(BackendKind::JitlinkDefault, Arch::Aarch64) {
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
);

integration_test!(
    /// A duplicate strong definition across two objects and an unresolved symbol are named
    /// errors on every backend this build offers.
    fn duplicate_and_unresolved_symbols_are_named_on_every_backend() {
        let dir = tempfile::tempdir().unwrap();
        let d1 = dir.path().join("one.ll");
        let d2 = dir.path().join("two.ll");
        let u = dir.path().join("needs.ll");
        std::fs::write(&d1, "define i64 @dup() {\n  ret i64 1\n}\n").unwrap();
        std::fs::write(&d2, "define i64 @dup() {\n  ret i64 2\n}\n").unwrap();
        std::fs::write(
            &u,
            "declare i64 @nowhere_to_be_found()\ndefine i64 @g() {\n  %v = call i64 @nowhere_to_be_found()\n  ret i64 %v\n}\n",
        )
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
);

integration_test!(
    /// C++-style unwind information names its personality through a hidden weak word
    /// (`DW.ref.__gxx_personality_v0`): an object's own hidden definitions are linked like
    /// any other on every backend (JITLink's were looked up as exported symbols and reported
    /// "Symbols not found"), and the code runs where it can.
    fn hidden_personality_words_link_on_every_backend() {
        for arch in Arch::ALL {
            let file = format!("{}/tests/asm/cxx-personality-{arch}.s", env!("CARGO_MANIFEST_DIR"));
            let cross = !can_run(arch);
            for kind in BackendKind::ALL {
                let b = kind.name();
                let mut args = vec![file.as_str(), "--target", arch.name(), "--backend", b, "--audit"];
                if cross {
                    args.push("--link-only");
                } else {
                    args.extend(["--call", "f"]);
                }
                let (r, out) = link_json(&args);
                let why = expected_unsupported(kind, arch);
                if let Outcome::Unsupported { reason } = &r.outcome {
                    assert!(why.iter().any(|(_, words)| words.iter().any(|w| reason.contains(w.as_str()))), "{b} {arch}: {reason}");
                    eprintln!("note: {b} on {arch}: unsupported here ({reason})");
                    continue;
                }
                assert!(
                    !matches!(r.outcome, Outcome::Error { .. } | Outcome::Crash { .. }),
                    "{b} {arch}: {}; {}",
                    r.outcome.summary(),
                    stderr(&out)
                );
                assert!(r.audits.iter().all(|a| audit_is_clean(kind, a)), "{b} {arch}: {:?}", r.audits);
                if !cross {
                    assert_eq!(r.calls.first().and_then(|c| c.actual), Some(7), "{b} {arch}: f() ran");
                }
            }
        }
    }
);

integration_test!(
    /// Cross-linked sessions give their memory back when they end (LLVM's slab manager does
    /// not hand its slab back to the mapper when destroyed; the arena releases it): 20 ended
    /// sessions leave the process's address space as it was. Each used to keep 1 GiB mapped,
    /// which under qemu exhausted the guest's reserved address space after a few dozen.
    fn ended_cross_sessions_release_their_memory() {
        use jitharness::backend::{self, LinkMode, SessionOptions};
        let vm_size = || -> u64 {
            let s = std::fs::read_to_string("/proc/self/status").unwrap();
            let line = s.lines().find(|l| l.starts_with("VmSize:")).unwrap().to_string();
            line.split_whitespace().nth(1).unwrap().parse::<u64>().unwrap() * 1024
        };
        let other = if Arch::host() == Arch::X86_64 { Arch::Aarch64 } else { Arch::X86_64 };
        for kind in [BackendKind::JitlinkDefault, BackendKind::JitlinkSlab, BackendKind::JitlinkRust, BackendKind::RtdyldRust] {
            let open = || {
                backend::open(
                    kind,
                    SessionOptions {
                        arch: other,
                        mode: LinkMode::Cross { base: jitharness::run::job::CROSS_BASE },
                        placement: jitharness::memory::placement::Placement::Natural,
                        resolver: std::sync::Arc::new(jitharness::backend::resolve::Resolver::cross(0x1000)),
                        slab_size: jitharness::memory::slab::DEFAULT_SLAB_SIZE,
                        debugger: false,
                    },
                )
            };
            if let Err(e) = open() {
                assert!(kind.availability().is_err(), "{kind} is offered but cannot open a cross session: {e}");
                eprintln!("note: {kind} is not offered by this build: {e}");
                continue;
            }
            let asm = "\t.text\n\t.globl\tf\nf:\n\tret\n\t.data\n\t.globl\tx\nx:\n\t.quad\tf\n";
            let opts = jitharness::compile::CompileOptions::new(other);
            let obj = jitharness::source::to_object(&jitharness::source::Input::assembly("f.s", asm), &opts, &mut Vec::new()).unwrap();
            let before = vm_size();
            let mut probe = open().unwrap();
            if let Err(e) = probe.add_object(&obj).and_then(|_| probe.finalize()) {
                let e = e.to_string();
                let why = expected_unsupported(kind, other);
                assert!(why.iter().any(|(_, words)| words.iter().any(|w| e.contains(w.as_str()))), "{kind}: {e}");
                eprintln!("note: {kind} cannot link the {other} object here: {e}");
                continue;
            }
            drop(probe);
            for _ in 0..20 {
                let mut s = open().unwrap();
                s.add_object(&obj).unwrap();
                s.finalize().unwrap();
            }
            let grown = vm_size().saturating_sub(before);
            assert!(grown < (256 << 20), "{kind}: 20 ended cross sessions left {grown} bytes of address space mapped");
        }
    }
);

integration_test!(
    /// `repro cross-graph` on both targets: with the upstream reports' code generation (small
    /// code model, PIC) `jitlink-default` rejects a later graph's reference to the first
    /// graph with JITLink's named out-of-range error, while the backends that keep a session
    /// in one reservation link and run all loads; with Numba's (the JIT default code model)
    /// `jitlink-default` links them too.
    fn cross_graph_scenario_fails_only_where_graphs_are_apart() {
        use jitharness::repro::ReproReport;
        for arch in Arch::ALL {
            let mut args = vec!["repro", "cross-graph", "--target", arch.name(), "--json"];
            if !can_run(arch) {
                args.push("--link-only");
            }
            let out = run(&args);
            let rows: Vec<ReproReport> =
                serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{arch}: no JSON ({e}): {}", stderr(&out)));
            let offered = BackendKind::ALL.into_iter().filter(|b| b.availability().is_ok()).count();
            assert_eq!(rows.len(), offered + 1, "{arch}: a row per offered backend, and jitlink-default with Numba's code generation");
            for (i, r) in rows.iter().enumerate() {
                let kind: BackendKind = r.link.backend.parse().unwrap();
                let ctx = format!("{arch}, row {i} ({kind}, code model {:?}): {}", r.link.compile.code_model, r.link.outcome.summary());
                let why = expected_unsupported(kind, arch);
                if let Outcome::Unsupported { reason } = &r.link.outcome {
                    assert!(why.iter().any(|(_, w)| w.iter().any(|w| reason.contains(w.as_str()))), "{ctx}");
                    continue;
                }
                assert!(why.is_empty(), "{ctx}: expected unsupported ({why:?})");
                if crate::backends::orc_repeated_common_definitions(kind, "cross-graph").is_some() {
                    // LLVM 16/19 ORC rejects the repeated common global before any reach question.
                    assert!(matches!(&r.link.outcome, Outcome::Error { message } if message.contains("Unexpected definitions")), "{ctx}");
                    continue;
                }
                let upstream = i < rows.len() - 1;
                match kind {
                    BackendKind::JitlinkDefault
                        if upstream
                            && can_run(arch)
                            && crate::backends::jitlink_aarch64_eh_frame_unterminated(kind, arch)
                            && matches!(r.link.outcome, Outcome::Crash { .. }) =>
                    {
                        // The rejection is thrown as a C++ exception; the unwinder then walks
                        // the first graph's unterminated .eh_frame.
                        assert_eq!(r.link.explained_by().map(|d| d.id), Some("jitlink-aarch64-eh-frame-unterminated"), "{ctx}");
                        assert_eq!(r.loads, 1, "{ctx}: the first load links");
                        eprintln!("note: {ctx}: the named error became a crash (jitlink-aarch64-eh-frame-unterminated)");
                    }
                    BackendKind::JitlinkDefault if upstream => {
                        let fixup = if arch == Arch::X86_64 { "Delta32" } else { "Page21" };
                        assert!(
                            matches!(&r.link.outcome, Outcome::Error { message }
                                if message.contains("is out of range of") && message.contains(fixup) && message.contains("cross-graph.i1.ll")),
                            "{ctx}"
                        );
                        assert_eq!(r.loads, 1, "{ctx}: the first load links");
                    }
                    // Cross mode places RuntimeDyld's sections one by one: it does not model
                    // ReserveAlloc (one block per object, free space reused across objects).
                    BackendKind::RtdyldReserve if !can_run(arch) => {
                        eprintln!("note: {ctx}: not held to the scenario: cross mode does not model ReserveAlloc");
                    }
                    // ReserveAlloc keeps each object in one block, and placement keeps the blocks
                    // together.
                    BackendKind::JitlinkDefault
                    | BackendKind::JitlinkSlab
                    | BackendKind::JitlinkRust
                    | BackendKind::RtdyldRust
                    | BackendKind::RtdyldReserve => {
                        assert!(matches!(r.link.outcome, Outcome::Pass | Outcome::LinkedOnly { .. }), "{ctx}");
                        assert_eq!((r.loads, r.fixups_out_of_range, r.fixups_wrong_target), (3, 0, 0), "{ctx}");
                        if can_run(arch) {
                            assert!(r.link.calls.len() == 12 && r.link.calls.iter().all(|c| c.status == CallStatus::Pass), "{ctx}");
                        }
                    }
                    // RuntimeDyld's stock manager scatters an object's own sections (issue 9001):
                    // the first load already reaches across the gap, audited.
                    BackendKind::RtdyldStock => {
                        assert!(r.first_bad.as_ref().is_some_and(|b| b.iteration == 0), "{ctx}: {:?}", r.first_bad);
                        assert!(r.link.explained_by_any().iter().any(|d| d.id == "rtdyld-sections-apart"), "{ctx}");
                    }
                }
            }
        }
    }
);
