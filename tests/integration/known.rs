//! Every entry of the known-defect table (src/llvm/defects.rs) that applies to this build is
//! asserted to still fail the way the entry says, through the CLI, and to be named by the
//! report as the explanation. An LLVM that fixes one makes this test fail (then edit the
//! entry); an entry without a check here fails too, so the table cannot outgrow its tests.

use crate::common::*;
use jitharness::backend::BackendKind;
use jitharness::llvm::defects::{Defect, DEFECTS};
use jitharness::report::Outcome;
use jitharness::repro::ReproReport;
use jitharness::target::Arch;

integration_test!(
    fn every_applying_defect_still_fails() {
        let llvm = jitharness::compile::llvm_major();
        let mut checked = 0;
        for d in DEFECTS.iter().filter(|d| d.llvm.contains(&llvm)) {
            // A missing feature is asserted on the backend it makes unavailable, too.
            for &kind in d.backends.iter().filter(|k| k.availability().is_ok() || d.kind == jitharness::llvm::defects::DefectKind::Missing)
            {
                for arch in Arch::ALL.into_iter().filter(|a| d.target.is_none_or(|t| t == *a)) {
                    if check(d, kind, arch) {
                        checked += 1;
                    }
                }
            }
        }
        eprintln!("note: {checked} (defect, backend, target) cases asserted for LLVM {llvm}");
    }
);

/// Asserts `d` on `kind` for `arch`; false when this machine cannot show it (said on stderr).
fn check(d: &Defect, kind: BackendKind, arch: Arch) -> bool {
    let ctx = format!("known defect {} on {kind}, {arch}, LLVM {}", d.id, jitharness::compile::llvm_version());
    let b = kind.name();
    match d.id {
        // The second load of issue9001 is the trigger; running it shows the failure.
        "rtdyld-aarch64-got-reuse" | "orc-common-redefinition" => {
            if !can_run(arch) {
                eprintln!("note: {ctx}: not shown here (needs the code to run; {arch} is cross-linked on this harness)");
                return false;
            }
            let loads = (d.issue9001_clean_loads.expect("issue9001 entries say how many loads pass") + 1).to_string();
            let (r, out) = link_json(&[
                "--workload",
                "issue9001",
                "--iterations",
                &loads,
                "--backend",
                b,
                "--target",
                arch.name(),
                "--audit",
                "--isolate",
            ]);
            assert!(!matches!(r.outcome, Outcome::Pass), "{ctx}: the defect is gone (outcome pass): edit src/llvm/defects.rs");
            assert_eq!(
                r.explained_by().map(|e| e.id),
                Some(d.id),
                "{ctx}: the report names it; outcome {}; stderr {}",
                r.outcome.summary(),
                stderr(&out)
            );
        }
        "jitlink14-aarch64-relocations" => {
            let (r, _) = link_json(&["--workload", "issue9001", "--backend", b, "--target", arch.name(), "--link-only"]);
            // A backend that cannot link here at all, for another entry that applies (LLVM 14's
            // slab has no cross mode), never reaches the relocations: that entry is asserted.
            let cross = r.execution.how == jitharness::run::exec::How::CrossLinkOnly;
            if let Some(m) = r.explained_by().filter(|m| m.id != d.id && m.applies_to(jitharness::compile::llvm_major(), kind, arch, cross))
            {
                assert!(matches!(&r.outcome, Outcome::Unsupported { .. }), "{ctx}: masked by {} yet {}", m.id, r.outcome.summary());
                eprintln!("note: {ctx}: not shown here (masked by {}: {})", m.id, r.outcome.summary());
                return false;
            }
            assert!(matches!(&r.outcome, Outcome::Unsupported { reason } if d.explains(reason)), "{ctx}: {}", r.outcome.summary());
        }
        "jitlink-slab-needs-llvm16" => {
            let (r, _) = link_json(&["--workload", "got-data", "--backend", b, "--target", arch.name(), "--link-only"]);
            assert!(matches!(&r.outcome, Outcome::Unsupported { reason } if d.explains(reason)), "{ctx}: {}", r.outcome.summary());
            assert_eq!(r.explained_by().map(|e| e.id), Some(d.id), "{ctx}: the report names it");
        }
        "jitlink-default-graphs-apart" => {
            let mut args = vec!["repro", "cross-graph", "--backend", b, "--target", arch.name(), "--json"];
            if !can_run(arch) {
                args.push("--link-only");
            }
            let out = run(&args);
            let rows: Vec<ReproReport> =
                serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{ctx}: no JSON ({e}): {}", stderr(&out)));
            // The rows: the upstream reports' code generation, then Numba's.
            let r = &rows[0];
            if let Some((_, why)) = crate::backends::orc_repeated_common_definitions(kind, "cross-graph") {
                assert!(matches!(&r.link.outcome, Outcome::Error { message } if message.contains("Unexpected definitions")), "{ctx}");
                eprintln!("note: {ctx}: not shown here (masked by orc-common-redefinition: {why})");
                return false;
            }
            if crate::backends::jitlink_llvm14_aarch64_unsupported(kind, arch) {
                assert!(matches!(r.link.outcome, Outcome::Unsupported { .. }), "{ctx}: {}", r.link.outcome.summary());
                eprintln!("note: {ctx}: not shown here (LLVM 14's JITLink cannot link AArch64 objects at all)");
                return false;
            }
            if can_run(arch)
                && crate::backends::jitlink_aarch64_eh_frame_unterminated(kind, arch)
                && matches!(r.link.outcome, Outcome::Crash { .. })
            {
                assert_eq!(r.link.explained_by().map(|e| e.id), Some("jitlink-aarch64-eh-frame-unterminated"), "{ctx}");
                eprintln!("note: {ctx}: not shown this time (the rejection crashed the unwinder: jitlink-aarch64-eh-frame-unterminated)");
                return false;
            }
            assert!(
                matches!(&r.link.outcome, Outcome::Error { message } if d.explains(message)),
                "{ctx}: the fixup is rejected: {}",
                r.link.outcome.summary()
            );
            assert_eq!(r.loads, 1, "{ctx}: the first graph links, the second is rejected");
            assert_eq!(r.link.explained_by().map(|e| e.id), Some(d.id), "{ctx}: the report names it");
        }
        "jitlink-aarch64-eh-frame-unterminated" => {
            // Structural, so it shows in every mode: the linked layout of a graph with
            // .eh_frame has no 4-byte terminator block on AArch64, where x86-64's has one
            // (the control: the check can see a terminator).
            let eh_blocks = |a: Arch| -> Vec<u64> {
                let mut args =
                    vec!["--workload", "cross-graph", "--backend", b, "--target", a.name(), "--code-model", "small", "--reloc", "pic"];
                if !can_run(a) {
                    args.push("--link-only");
                }
                let (r, out) = link_json(&args);
                assert!(
                    matches!(r.outcome, Outcome::Pass | Outcome::LinkedOnly { .. }),
                    "{ctx}: {a}: {}; {}",
                    r.outcome.summary(),
                    stderr(&out)
                );
                r.layout.iter().filter(|s| s.section == ".eh_frame").map(|s| s.size).collect()
            };
            let ours = eh_blocks(arch);
            assert!(!ours.is_empty(), "{ctx}: no .eh_frame blocks in the layout");
            assert!(
                !ours.contains(&4),
                "{ctx}: .eh_frame now has a terminator block ({ours:?}): the defect is gone, edit src/llvm/defects.rs"
            );
            let control = eh_blocks(Arch::X86_64);
            assert!(control.contains(&4), "{ctx}: x86-64's .eh_frame shows no terminator either ({control:?}): the check sees nothing");
        }
        "rtdyld-sections-apart" | "rtdyld-reserve-cross-object" => {
            // A cross link (the code cannot run here) is another mode: only entries for it apply.
            if !d.applies_to(jitharness::compile::llvm_major(), kind, arch, !can_run(arch)) {
                eprintln!("note: {ctx}: not shown here ({arch} is cross-linked on this harness; the entry is about in-process links)");
                return false;
            }
            let (placement, loads) = if d.id == "rtdyld-sections-apart" { ("scatter", "1") } else { ("fragment", "40") };
            let mut args =
                vec!["repro", "9001", "--backend", b, "--target", arch.name(), "--placement", placement, "--iterations", loads, "--json"];
            if !can_run(arch) {
                args.push("--link-only");
            }
            let out = run(&args);
            let r: ReproReport = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{ctx}: no JSON ({e}): {}", stderr(&out)));
            assert!(r.first_bad.is_some(), "{ctx}: every fixup audited clean: edit src/llvm/defects.rs");
            let named: Vec<&str> = r.link.explained_by_any().iter().map(|e| e.id).collect();
            assert!(named.contains(&d.id), "{ctx}: the report names it among {named:?}");
        }
        "jitlink-x86_64-gotpcrelx-relaxation" => {
            let out = run(&["repro", "gotpcrelx", "--backend", b, "--json"]);
            let rows: Vec<ReproReport> =
                serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{ctx}: no JSON ({e}): {}", stderr(&out)));
            let r = &rows[0];
            assert!(r.first_bad.is_some(), "{ctx}: every fixup audited clean: edit src/llvm/defects.rs");
            assert_eq!(r.link.explained_by().map(|e| e.id), Some(d.id), "{ctx}: the report names it; {}", r.link.outcome.summary());
        }
        // Reproductions in tests/asm/, linked (not run) and audited.
        "rtdyld-aarch64-adr-prel-lo21" | "rtdyld-aarch64-ld-prel-lo19" | "rtdyld-x86_64-gotoff64-base" => {
            let files: &[&str] = match d.id {
                "rtdyld-aarch64-adr-prel-lo21" => &["adr-prel-lo21.s"],
                "rtdyld-aarch64-ld-prel-lo19" => &["ld-prel-lo19.s"],
                _ => &["gotoff64-1.s", "gotoff64-2.s"],
            };
            let paths: Vec<String> = files.iter().map(|f| format!("{}/tests/asm/{f}", env!("CARGO_MANIFEST_DIR"))).collect();
            let mut args: Vec<&str> = paths.iter().map(String::as_str).collect();
            args.extend(["--target", arch.name(), "--backend", b, "--link-only", "--audit"]);
            let (r, out) = link_json(&args);
            assert!(!matches!(r.outcome, Outcome::LinkedOnly { .. } | Outcome::Pass), "{ctx}: audited clean: edit src/llvm/defects.rs");
            assert_eq!(r.explained_by().map(|e| e.id), Some(d.id), "{ctx}: the report names it; {}; {}", r.outcome.summary(), stderr(&out));
        }
        // Shown by the mappings a session leaves behind: slab::ten_thousand_modules_loaded_and_released_stay_bounded.
        "jitlink-inprocess-no-release" => {
            eprintln!("note: {ctx}: asserted by slab::ten_thousand_modules_loaded_and_released_stay_bounded");
            return false;
        }
        "jitlink-debug-objects-stay-registered" => {
            eprintln!("note: {ctx}: asserted by registration::removed_graphs_leave_the_gdb_list");
            return false;
        }
        other => panic!("known defect `{other}` has no check in tests/integration/known.rs: add one"),
    }
    true
}

integration_test!(
    /// LLVM's own checkers (`llvm-rtdyld -verify -check`, `llvm-jitlink -noexec -check`, run by
    /// scripts/llvm-tool-check on the check lines of tests/asm/*.s) agree with the table: a
    /// reproduction mislinks with this LLVM's tool exactly when its defect entry applies to
    /// this LLVM. Independent of the harness's auditor and linking.
    fn llvm_tools_agree_with_the_defect_table() {
        if covered_by_native_half("llvm_tools_agree_with_the_defect_table") {
            return;
        }
        let llvm = jitharness::compile::llvm_major();
        let tools = std::path::PathBuf::from(format!("/usr/lib/llvm-{llvm}/bin"));
        for tool in ["llvm-mc", "llvm-rtdyld", "llvm-jitlink"] {
            assert!(tools.join(tool).exists(), "LLVM {llvm}'s {tool} is not in {} (scripts/setup.sh installs it)", tools.display());
        }
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/llvm-tool-check");
        let out = std::process::Command::new(script).arg(llvm.to_string()).output().expect("the script runs");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
        let cases = [
            ("llvm-rtdyld adr-prel-lo21.s", "rtdyld-aarch64-adr-prel-lo21"),
            ("llvm-rtdyld ld-prel-lo19.s", "rtdyld-aarch64-ld-prel-lo19"),
            ("llvm-jitlink gotpcrelx-far.s", "jitlink-x86_64-gotpcrelx-relaxation"),
        ];
        for (file, id) in cases {
            let line = text.lines().find(|l| l.contains(file)).unwrap_or_else(|| panic!("{file} checked:\n{text}"));
            let applies = DEFECTS.iter().any(|d| d.id == id && d.llvm.contains(&llvm));
            if file.starts_with("llvm-jitlink") && !applies {
                // llvm-jitlink 14-22 relax the far call, yet the harness's ORC session of
                // LLVM 14 links `repro gotpcrelx` clean (the defect entry says so): the tool's
                // verdict is shown; only the table's listed versions are held to it.
                eprintln!("note: LLVM {llvm}: `{line}`; the table does not list {id} for this LLVM (the harness's own run decides)");
                continue;
            }
            assert_eq!(line.contains("mislinked"), applies, "LLVM {llvm}: the tool says `{line}`; the table says {id} applies: {applies}");
        }
    }
);
