//! Static constructors and destructors on every backend and target: the `ctors` workload's
//! constructors run once each, lowest priority first, before the entry (the entry's result
//! says so, checked against `rtdyld-stock` in backends.rs too), and its destructors run when
//! the session ends, newest object first; a cross link runs none.

use crate::backends::expected_unsupported;
use crate::common::*;
use jitharness::backend::BackendKind;
use jitharness::report::{Outcome, StaticInit};
use jitharness::target::Arch;

integration_test!(
    fn constructors_and_destructors_run_in_order_on_every_backend() {
        for arch in Arch::ALL {
            let cross = !can_run(arch);
            for kind in BackendKind::ALL {
                let mut args = vec!["--workload", "ctors", "--iterations", "3", "--backend", kind.name(), "--target", arch.name()];
                if cross {
                    args.push("--link-only");
                }
                let (r, out) = link_json(&args);
                let ctx = format!("{kind} on {arch}: {}", r.outcome.summary());
                if let Outcome::Unsupported { reason } = &r.outcome {
                    let why = expected_unsupported(kind, arch);
                    assert!(why.iter().any(|(_, w)| w.iter().any(|w| reason.contains(w.as_str()))), "{ctx}");
                    continue;
                }
                if cross {
                    assert!(matches!(r.outcome, Outcome::LinkedOnly { .. }), "{ctx}");
                    assert_eq!(r.static_init, None, "{ctx}: nothing runs in a cross link");
                    continue;
                }
                assert_eq!(r.outcome, Outcome::Pass, "{ctx}: the entries saw their constructors' log; {}", stderr(&out));
                let expected = StaticInit { constructors: 6, destructors: 3, destructor_log: vec![2, 1, 0] };
                assert_eq!(r.static_init.as_ref(), Some(&expected), "{ctx}");
                eprintln!("note: {kind} on {arch}: {expected:?}");
            }
        }
    }
);

integration_test!(
    fn destructors_lowered_to_cxa_atexit_are_not_the_sessions() {
        // `lower-global-dtors` turns llvm.global_dtors into a constructor calling
        // `__cxa_atexit(dtor, arg, &__dso_handle)`, as newer code generation does. No backend
        // provides `__dso_handle` (an executable's hidden symbol; LLJIT's platforms define one
        // per JITDylib): every backend names it unresolved, as MCJIT does. With it defined, the
        // constructors run and the destructors go to the process's atexit list, so the session
        // runs none, and the report says where they went.
        let arch = jitharness::target::Arch::host();
        if !jitharness::llvm::caps::caps().lower_global_dtors {
            let (r, _) = link_json(&["--workload", "ctors", "--passes", "lower-global-dtors"]);
            assert!(
                matches!(&r.outcome, Outcome::Unsupported { reason } if reason.contains("no lower-global-dtors")),
                "{}",
                r.outcome.summary()
            );
            eprintln!("note: not shown on this LLVM: {}", r.outcome.summary());
            return;
        }
        for kind in BackendKind::ALL.into_iter().filter(|k| k.availability().is_ok()) {
            let base = ["--workload", "ctors", "--iterations", "2", "--passes", "lower-global-dtors", "--backend", kind.name()];
            let (r, out) = link_json(&base);
            let ctx = format!("{kind} on {arch}: {}", r.outcome.summary());
            assert!(
                matches!(&r.outcome, Outcome::Error { message } if message.contains("unresolved symbol: __dso_handle")),
                "{ctx}: {}",
                stderr(&out)
            );
            let mut args = base.to_vec();
            args.extend(["--define", "__dso_handle=0x10000"]);
            let (r, out) = link_json(&args);
            let ctx = format!("{kind} on {arch}, __dso_handle defined: {}", r.outcome.summary());
            assert_eq!(r.outcome, Outcome::Pass, "{ctx}: the constructors ran; {}", stderr(&out));
            let s = r.static_init.as_ref().unwrap_or_else(|| panic!("{ctx}: no static_init"));
            // Two constructors per module and the one registering its destructor.
            assert_eq!((s.constructors, s.destructors), (6, 0), "{ctx}: {s:?}");
            assert!(s.destructor_log.is_empty(), "{ctx}: {s:?}");
            assert!(r.imports.iter().any(|i| i.name == "__cxa_atexit"), "{ctx}: {:?}", r.imports);
            assert!(r.notes.iter().any(|n| n.contains("process's atexit list")), "{ctx}: {:?}", r.notes);
            eprintln!("note: {ctx}: {s:?}");
        }
    }
);
