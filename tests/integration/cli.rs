//! Command-line behaviour: version, usage errors, unavailable backends.

use crate::common::*;
use jitharness::report::Outcome;

integration_test!(
    fn version_names_crate_llvm_and_host() {
        let out = run(&["--version"]);
        assert!(out.status.success(), "--version exits 0");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(env!("CARGO_PKG_VERSION")), "crate version in {text}");
        assert!(text.contains(&format!("LLVM {}", jitharness::compile::llvm_version())), "LLVM version in {text}");
        assert!(text.contains(jitharness::target::Arch::host().rust_triple()), "host triple in {text}");
    }
);

integration_test!(
    fn unknown_workload_backend_and_target_are_usage_errors() {
        for (args, needle) in [
            (vec!["link", "--workload", "no-such-workload"], "no-such-workload"),
            (vec!["link", "--workload", "issue9001", "--backend", "mcjit-magic"], "mcjit-magic"),
            (vec!["link", "--workload", "issue9001", "--target", "riscv64"], "riscv64"),
            (vec!["link"], "nothing to link"),
        ] {
            let out = run(&args);
            assert_eq!(out.status.code(), Some(2), "{args:?}: usage error exit 2; stderr {}", stderr(&out));
            assert!(stderr(&out).contains(needle), "{args:?}: stderr names `{needle}`: {}", stderr(&out));
        }
    }
);

integration_test!(
    fn unimplemented_backends_report_unsupported_not_pass() {
        for b in ["jitlink-slab", "jitlink-rust", "rtdyld-rust"] {
            let (r, out) = link_json(&["--workload", "issue9001", "--backend", b]);
            if matches!(r.outcome, Outcome::Unsupported { .. }) {
                assert_eq!(out.status.code(), Some(3), "{b}: unsupported exit status");
                assert!(r.calls.is_empty(), "{b}: nothing ran");
            } else {
                assert_eq!(r.outcome, Outcome::Pass, "{b}: if offered, it must pass");
            }
        }
    }
);

integration_test!(
    fn cross_link_json_has_layout_at_chosen_addresses() {
        let other = match jitharness::target::Arch::host() {
            jitharness::target::Arch::X86_64 => "aarch64",
            jitharness::target::Arch::Aarch64 => "x86_64",
        };
        let (r, out) = link_json(&["--workload", "got-data", "--target", other, "--link-only", "--iterations", "3"]);
        assert!(out.status.success(), "cross link succeeds: {}", stderr(&out));
        assert!(matches!(r.outcome, Outcome::LinkedOnly { .. }), "{:?}", r.outcome);
        assert_eq!(r.execution.how, jitharness::run::exec::How::CrossLinkOnly, "recorded as a cross link");
        assert!(!r.layout.is_empty(), "layout present");
        assert!(
            r.layout.iter().all(|s| s.target_addr >= jitharness::run::job::CROSS_BASE),
            "target addresses chosen by the harness: {:?}",
            r.layout
        );
        assert!(
            r.imports.iter().all(|i| i.source == jitharness::backend::resolve::SymbolSource::CrossImport),
            "imports are synthetic: {:?}",
            r.imports
        );
    }
);
