//! The Rust slab and the memory figures: W^X, exhaustion, release, `--stats`. (Comparisons
//! with `rtdyld-stock` and the many-loads runs of every backend are in `backends.rs`.)

use crate::common::*;
use jitharness::backend::resolve::Resolver;
use jitharness::backend::{self, BackendKind, LinkMode, SessionOptions};
use jitharness::memory::placement::Placement;
use jitharness::report::{CallStatus, Outcome};
use jitharness::source::{self, workloads, Input};
use jitharness::target::Arch;
use std::sync::Arc;

fn in_process_session(slab_size: u64) -> Box<dyn backend::LinkBackend> {
    session_of(BackendKind::RtdyldRust, slab_size)
}

fn session_of(kind: BackendKind, slab_size: u64) -> Box<dyn backend::LinkBackend> {
    let resolver = Arc::new(Resolver::in_process(jitharness::run::call::harness_table()));
    let opts = SessionOptions {
        arch: Arch::host(),
        mode: LinkMode::InProcess,
        placement: Placement::Natural,
        resolver,
        slab_size,
        debugger: false,
    };
    backend::open(kind, opts).unwrap_or_else(|e| panic!("{kind} opens: {e}"))
}

/// (start, end, perms) of every mapping of this process.
fn maps() -> Vec<(u64, u64, String)> {
    std::fs::read_to_string("/proc/self/maps")
        .unwrap()
        .lines()
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            let (range, perms) = (f.next()?, f.next()?);
            let (a, b) = range.split_once('-')?;
            Some((u64::from_str_radix(a, 16).ok()?, u64::from_str_radix(b, 16).ok()?, perms.to_string()))
        })
        .collect()
}

integration_test!(
    /// After finalization no mapping of the slab is writable and executable at once; code is
    /// r-x and data rw-.
    fn slab_is_never_writable_and_executable() {
        let mut session = in_process_session(jitharness::memory::slab::DEFAULT_SLAB_SIZE);
        let dialect = workloads::IrDialect { opaque_pointers: jitharness::compile::opaque_pointers() };
        let opts = jitharness::repro::codegen(Arch::host());
        for it in 0..3 {
            for m in workloads::instance("issue9001", Arch::host(), dialect, it).unwrap().modules {
                let obj = source::to_object(&Input::ir(m.name, m.ir), &opts, &mut Vec::new()).unwrap();
                session.add_object(&obj).unwrap();
            }
            session.finalize().unwrap();
        }
        let slab = session.memory().slab.expect("slab");
        let inside: Vec<_> = maps().into_iter().filter(|(a, b, _)| *a < slab.base + slab.size && *b > slab.base).collect();
        assert!(!inside.is_empty(), "the slab is mapped");
        for (a, b, p) in &inside {
            assert!(!(p.contains('w') && p.contains('x')), "{a:#x}-{b:#x} is {p}: writable and executable");
        }
        assert!(inside.iter().any(|(_, _, p)| p.starts_with("r-x")), "code is r-x: {inside:?}");
        assert!(inside.iter().any(|(_, _, p)| p.starts_with("rw-")), "data is rw-: {inside:?}");
        assert!(inside.iter().any(|(_, _, p)| p.starts_with("r--")), "read-only data is r--: {inside:?}");
    }
);

fn rss_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap();
    statm.split_whitespace().nth(1).unwrap().parse::<u64>().unwrap() * 4096
}

integration_test!(
    /// 10,000 small modules loaded into 100 sessions that are dropped one after another: the
    /// process's mappings and RSS stay bounded, for every slab backend.
    fn ten_thousand_modules_loaded_and_released_stay_bounded() {
        // The same 100 objects for every backend: compiled once.
        let objects = small_objects();
        for kind in [BackendKind::RtdyldRust, BackendKind::JitlinkDefault, BackendKind::JitlinkSlab, BackendKind::JitlinkRust] {
            if let Err(reason) = kind.availability() {
                eprintln!("note: {kind} is not offered by this build: {reason}");
                continue;
            }
            ten_thousand_modules(kind, &objects);
        }
    }
);

/// Known LLVM defect, asserted (a fix shows up as a failure): LLVM 14/15's
/// InProcessMemoryManager::deallocate unmaps a graph's memory only when the graph has
/// deallocation actions (its release loop walks the actions list); LLVM 14's EH-frame plugin
/// registers outside the allocation actions, so there are none and every graph's mappings
/// stay (seen with gdb: deallocate is called at session end, munmap never).
fn inprocess_manager_leaks_mappings(kind: BackendKind) -> bool {
    known("jitlink-inprocess-no-release", kind, Arch::host(), false).is_some()
}

/// 100 small modules, each with its own global and a function that reads it.
fn small_objects() -> Vec<source::ObjectFile> {
    let opts = jitharness::compile::CompileOptions::new(Arch::host());
    (0..100)
        .map(|i| {
            let ir = format!("@g{i} = global i64 {i}\ndefine i64 @f{i}(i64 %x) {{\n  %v = load i64, {p} @g{i}\n  %r = add i64 %x, %v\n  ret i64 %r\n}}\n", p = if jitharness::compile::opaque_pointers() { "ptr" } else { "i64*" });
            source::to_object(&Input::ir(format!("small{i}.ll"), ir), &opts, &mut Vec::new()).unwrap()
        })
        .collect()
}

fn ten_thousand_modules(kind: BackendKind, objects: &[source::ObjectFile]) {
    let (maps0, rss0) = (maps().len(), rss_bytes());
    let (mut max_maps, mut max_rss) = (maps0, rss0);
    for round in 0..100 {
        let mut s = session_of(kind, 64 << 20);
        for o in objects {
            s.add_object(o).unwrap();
        }
        match s.finalize() {
            Ok(()) => {}
            // LLVM 14's JITLink cannot link AArch64 GOT references at all (named, not hidden).
            Err(e @ jitharness::Error::UnsupportedRelocations { .. })
                if crate::backends::jitlink_llvm14_aarch64_unsupported(kind, Arch::host()) =>
            {
                assert!(e.to_string().contains("R_AARCH64_ADR_GOT_PAGE"), "{e}");
                eprintln!("note: {kind} on LLVM 14, aarch64: unsupported ({e:.120}); mappings not measured");
                return;
            }
            Err(e) => panic!("{kind}, round {round}: {e}"),
        }
        assert!(s.lookup("f99").is_some(), "round {round}: linked");
        max_maps = max_maps.max(maps().len());
        drop(s);
        max_rss = max_rss.max(rss_bytes());
    }
    let (maps1, rss1) = (maps().len(), rss_bytes());
    if inprocess_manager_leaks_mappings(kind) {
        eprintln!(
            "note: {kind} on LLVM {}: known leak, mappings {maps0} -> {maps1} after 100 ended sessions",
            jitharness::compile::llvm_version()
        );
        assert!(maps1 > maps0 + 400, "{kind}: the known mapping leak is gone ({maps0} -> {maps1}): edit src/llvm/defects.rs");
        return;
    }
    eprintln!(
        "note: {kind}: 10,000 modules in 100 sessions: mappings {maps0} -> max {max_maps} -> {maps1}; RSS {} KiB -> max {} KiB -> {} KiB",
        rss0 >> 10,
        max_rss >> 10,
        rss1 >> 10
    );
    assert!(max_maps <= maps0 + 400, "{kind}: mappings grew from {maps0} to {max_maps}");
    assert!(maps1 <= maps0 + 8, "{kind}: mappings left behind: {maps0} -> {maps1}");
    assert!(max_rss <= rss0 + (96 << 20), "{kind}: RSS grew from {} KiB to {} KiB", rss0 >> 10, max_rss >> 10);
}

integration_test!(
    /// A slab too small for the session: a clear error naming the object, earlier loads intact.
    fn slab_exhaustion_is_a_clear_error() {
        let arch = Arch::host();
        // got-data: issue9001 itself cannot be loaded twice on AArch64 with LLVM 14-16 (known defect).
        let (r, out) = link_json(&[
            "--workload",
            "got-data",
            "--target",
            arch.name(),
            "--iterations",
            "200",
            "--backend",
            "rtdyld-rust",
            "--slab-size",
            "256K",
        ]);
        let msg = match &r.outcome {
            Outcome::Error { message } => message.clone(),
            o => panic!("expected an error, got {o:?}"),
        };
        assert!(msg.contains("slab exhausted") && msg.contains("got-data"), "{msg}");
        assert!(r.iterations_completed > 0 && r.iterations_completed < 200, "earlier loads completed: {}", r.iterations_completed);
        assert!(r.calls.iter().all(|c| c.status == CallStatus::Pass), "earlier loads still run correctly");
        assert_eq!(out.status.code(), Some(1));
        let (r, _) = link_json(&["--workload", "issue9001", "--backend", "rtdyld-rust", "--slab-size", "3G"]);
        assert!(matches!(r.outcome, Outcome::Error { ref message } if message.contains("2 GiB")), "{:?}", r.outcome);
    }
);

integration_test!(
    /// `--stats` for every backend: the same figures, so they compare.
    fn memory_stats_for_every_backend() {
        for b in ["rtdyld-stock", "rtdyld-rust"] {
            let (r, _) = link_json(&["--workload", "got-data", "--iterations", "20", "--backend", b]);
            let m = r.memory.unwrap_or_else(|| panic!("{b}: memory figures"));
            let used: u64 = m.used.values().sum();
            assert!(used > 0 && m.figures.committed >= used, "{b}: committed {} < used {used}", m.figures.committed);
            assert_eq!(m.wasted, m.figures.committed - used, "{b}");
            assert!(m.figures.reserved >= m.figures.committed, "{b}");
            assert!(m.figures.mapper.mmap_calls > 0 && m.figures.mapper.mprotect_calls > 0, "{b}: {:?}", m.figures.mapper);
            assert!(m.process_mappings.unwrap_or(0) > 0, "{b}");
            let out = run(&["link", "--workload", "got-data", "--backend", b, "--stats"]);
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(text.contains("memory: reserved") && text.contains("mmap") && text.contains("process mappings"), "{b}: {text}");
        }
    }
);
