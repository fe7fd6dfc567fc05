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
