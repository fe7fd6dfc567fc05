//! `jitharness report`: a synthetic criterion directory and a synthetic bench run in, a Markdown
//! report and valid SVG plots out. No timing assertions: every figure here is made up.

use crate::common::{run, stderr};
use jitharness::bench::{BenchRun, LowerBound, Machine, PeerMeasure, SessionMeasure, BENCH_SCHEMA};
use jitharness::report::HarnessInfo;
use jitharness::run::exec::{Execution, How};
use jitharness::target::Arch;
use std::path::Path;

/// One benchmark in criterion 0.5's layout: `<group>/<function>/<value>/new/{benchmark,estimates}.json`.
fn criterion_bench(root: &Path, group: &str, function: &str, value: &str, mean_ns: f64) {
    let full_id = format!("{group}/{function}/{value}");
    let dir = root.join(&full_id).join("new");
    std::fs::create_dir_all(&dir).unwrap();
    let benchmark = serde_json::json!({
        "group_id": group,
        "function_id": function,
        "value_str": value,
        "throughput": null,
        "full_id": full_id,
        "directory_name": full_id,
        "title": full_id,
    });
    std::fs::write(dir.join("benchmark.json"), benchmark.to_string()).unwrap();
    let estimate = |p: f64| {
        serde_json::json!({
            "confidence_interval": {"confidence_level": 0.95, "lower_bound": p * 0.97, "upper_bound": p * 1.03},
            "point_estimate": p,
            "standard_error": p * 0.015,
        })
    };
    let estimates = serde_json::json!({
        "mean": estimate(mean_ns),
        "median": estimate(mean_ns),
        "median_abs_dev": estimate(mean_ns * 0.01),
        "slope": null,
        "std_dev": estimate(mean_ns * 0.03),
    });
    std::fs::write(dir.join("estimates.json"), estimates.to_string()).unwrap();
}

fn session(backend: &str, modules: u32, link_ns: Option<u64>, outcome: &str) -> SessionMeasure {
    let stock = backend == "rtdyld-stock";
    SessionMeasure {
        backend: backend.into(),
        modules,
        outcome: outcome.into(),
        link_ns,
        runs: 3,
        first_lookup_ns: Some(800),
        mappings_before: Some(30),
        mappings: link_ns.map(|_| 30 + if stock { 2 * modules as u64 } else { 1 }),
        reserved: if stock { 0 } else { 1 << 30 },
        committed: stock.then_some(modules as u64 * 8192),
        used: modules as u64 * 4096,
        mmap_calls: stock.then_some(modules as u64 * 2),
        mprotect_calls: stock.then_some(modules as u64 * 2),
        peak_rss_kib: Some(30_000),
        not_visible: (!stock).then(|| "the slab is mapped by the memory manager itself".to_string()),
        memory_manager_ns: None,
        clock: None,
    }
}

fn aarch64_run() -> BenchRun {
    BenchRun {
        schema: BENCH_SCHEMA.into(),
        harness: HarnessInfo {
            version: "0.1.0".into(),
            llvm_version: "14.0.6".into(),
            llvm_major: 14,
            build_target: "aarch64-unknown-linux-gnu".into(),
        },
        machine: Machine { cpu: "Synthetic Xeon (test)".into(), cores: 2, kernel: "6.1.0-test".into(), os: "Debian GNU/Linux 12".into() },
        commit: Some("1a2b3c4".into()),
        date: "2025-03-04T05:06:07Z".into(),
        target: Arch::Aarch64,
        execution: Execution { how: How::QemuUser, harness_arch: Arch::Aarch64, qemu_reserved_va: Some(0x10_0000_0000) },
        input: "workload issue9001 (1 module per load)".into(),
        sessions: vec![
            session("rtdyld-stock", 10, Some(90_000), "ok"),
            session("rtdyld-stock", 1000, Some(9_000_000), "ok"),
            session("jitlink-rust", 10, Some(30_000), "ok"),
            session("jitlink-rust", 1000, Some(3_000_000), "ok"),
            session("jitlink-slab", 1000, None, "unsupported: LLVM 14 cannot do this (synthetic)"),
        ],
        lower_bound: vec![LowerBound { modules: 1000, bytes: 2 << 20, relocations: 40_000, ns: 300_000 }],
        peers: vec![PeerMeasure {
            peer: "llvm-rtdyld".into(),
            modules: 1000,
            outcome: "ok".into(),
            ns: Some(6_000_000),
            method: "whole process, wall clock, median of 5, minus an empty input".into(),
            version: "LLVM 14.0.6".into(),
            phases: Vec::new(),
        }],
        reclaim: Vec::new(),
        notes: vec![],
        interleaved: Vec::new(),
        shard: None,
        plan: Vec::new(),
    }
}

integration_test!(
    fn report_from_synthetic_criterion_and_run() {
        let tmp = tempfile::tempdir().expect("a temporary directory");
        let crit = tmp.path().join("criterion");
        // aarch64, LLVM 14: rtdyld-stock 8 µs per module, jitlink-rust 2 µs (ratio 0.250);
        // rtdyld-rust only at 1000 modules, 12 µs per module (ratio 1.50).
        for n in [1u32, 10, 1000] {
            let v = n.to_string();
            criterion_bench(&crit, "link.aarch64.llvm14", "rtdyld-stock", &v, 8_000.0 * n as f64);
            criterion_bench(&crit, "link.aarch64.llvm14", "jitlink-rust", &v, 2_000.0 * n as f64);
            criterion_bench(&crit, "link.x86_64.llvm14", "rtdyld-stock", &v, 1_000.0 * n as f64);
            criterion_bench(&crit, "link.x86_64.llvm14", "jitlink-rust", &v, 800.0 * n as f64);
        }
        criterion_bench(&crit, "link.aarch64.llvm14", "rtdyld-rust", "1000", 12_000_000.0);
        criterion_bench(&crit, "lookup.aarch64.llvm14", "jitlink-rust", "10", 1_500.0);
        criterion_bench(&crit, "compile.x86_64.llvm14", "O2", "issue9001", 3_000_000.0);
        criterion_bench(&crit, "scratch", "whatever", "1", 1.0); // not our convention: ignored

        let run_file = tmp.path().join("bench-aarch64-llvm14.json");
        std::fs::write(&run_file, serde_json::to_string_pretty(&aarch64_run()).unwrap()).unwrap();
        let out = tmp.path().join("results").join("benchmarks.md");

        let o = run(&[
            "report",
            "--criterion",
            crit.to_str().unwrap(),
            "--run",
            run_file.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--commit",
            "feedf00",
            "--date",
            "2025-03-05",
        ]);
        assert!(o.status.success(), "`jitharness report` failed: {:?}\n{}", o.status, stderr(&o));
        let md = std::fs::read_to_string(&out).unwrap_or_else(|e| panic!("{}: {e}", out.display()));

        // Header: date, commit (given and the run's), machine, how aarch64 ran, the emulation warning.
        assert!(md.contains("2025-03-05"), "date:\n{md}");
        assert!(md.contains("feedf00") && md.contains("1a2b3c4"), "commits:\n{md}");
        assert!(md.contains("Synthetic Xeon (test)"), "machine:\n{md}");
        assert!(md.contains("qemu-user, reserved VA 0x1000000000"), "how aarch64 ran:\n{md}");
        assert!(
        md.contains(
            "AArch64 figures were measured under qemu-user (emulated): compare backends with each other (ratios), never as absolute times"
        ),
        "emulation statement:\n{md}"
    );
        assert!(md.contains("`scratch/whatever/1`"), "the ignored id is named:\n{md}");

        // The ratio table, aarch64 LLVM 14: hand-computed cells.
        let ratios = between(&md, "## Backends versus `rtdyld-stock`", "\n## ");
        let aarch64 = between(ratios, "### aarch64, LLVM 14", "\n### ");
        let header = aarch64.lines().find(|l| l.starts_with("| backend |")).expect("a ratio table header");
        assert_eq!(header, "| backend | 1 module | 10 modules | 1000 modules |", "{aarch64}");
        let row = |name: &str| {
            aarch64
                .lines()
                .find(|l| l.starts_with(&format!("| `{name}` |")))
                .unwrap_or_else(|| panic!("no {name} row in:\n{aarch64}"))
                .to_string()
        };
        assert_eq!(row("jitlink-rust"), "| `jitlink-rust` | 0.250 | 0.250 | 0.250 |");
        let rust = row("rtdyld-rust");
        assert!(rust.ends_with("| 1.50 |") && rust.matches('—').count() == 2, "{rust}");
        let slab = row("jitlink-slab");
        assert!(slab.ends_with(" |") && slab.matches('—').count() == 3, "{slab}");
        assert!(aarch64.contains("unsupported: LLVM 14 cannot do this (synthetic)"), "the run's outcome explains the gap:\n{aarch64}");
        let x86 = between(ratios, "### x86_64, LLVM 14", "\n### ");
        assert!(x86.contains("| `jitlink-rust` | 0.800 | 0.800 | 0.800 |"), "{x86}");

        // Resources: committed/calls of the slab backends are `not measured`, with the reason.
        assert!(md.contains("not measured") && md.contains("the slab is mapped by the memory manager itself"), "{md}");
        // Lower bound: run link_ns / lower bound = 9 ms / 300 µs = 30.0×.
        assert!(md.contains("30.0×"), "lower-bound multiple:\n{md}");
        // Peers: jitlink-rust 3 ms / llvm-rtdyld 6 ms.
        let peers = between(&md, "## Peers", "\n## ");
        assert!(peers.contains("minus an empty input") && peers.contains("| `jitlink-rust` | 1000 | 0.500 |"), "{peers}");

        // Every linked SVG exists and is an SVG document with lines.
        let dir = out.parent().unwrap();
        let links: Vec<String> = md
            .lines()
            .filter(|l| l.starts_with("!["))
            .filter_map(|l| l.split("](").nth(1))
            .map(|l| l.trim_end_matches(')').to_string())
            .collect();
        assert!(links.len() >= 3, "latency plots for both targets and a mappings plot: {links:?}");
        for link in &links {
            assert!(!Path::new(link).is_absolute(), "relative link: {link}");
            let path = dir.join(link);
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{}: not XML: {e}", path.display()));
            assert_eq!(doc.root_element().tag_name().name(), "svg", "{}", path.display());
            let lines = doc.descendants().filter(|n| n.has_tag_name("polyline") || n.has_tag_name("path")).count();
            assert!(lines >= 2, "{}: a line per series (2 backends at least), found {lines}", path.display());
        }
    }
);

/// The text after `start` up to the next `end` (or the end).
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let i = text.find(start).unwrap_or_else(|| panic!("no `{start}` in:\n{text}"));
    let rest = &text[i + start.len()..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

integration_test!(
    /// A real bench run, small: every backend this build offers is measured in a session, in
    /// the interleaved rounds (every round, every backend) and, for the Rust slab's backends,
    /// with the time inside its memory manager; the report tables the rounds and the share.
    /// Nothing about the figures themselves is asserted.
    fn a_small_bench_run_measures_interleaved_rounds_and_the_slabs_share() {
        if crate::common::covered_by_native_half("bench run") {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("run.json");
        let o = run(&["bench", "--target", Arch::host().name(), "--sizes", "1", "--runs", "1", "--json-out", out.to_str().unwrap()]);
        assert!(o.status.success(), "bench failed:\n{}", stderr(&o));
        let r: BenchRun = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
        let inter = r.interleaved.first().expect("an interleaved measure");
        assert_eq!((inter.modules, inter.rounds), (1, jitharness::bench::interleaved_rounds(1)));
        for kind in jitharness::backend::BackendKind::ALL {
            let name = kind.name();
            let session = r.sessions.iter().find(|s| s.backend == name).expect("a session per backend");
            if kind.availability().is_err() {
                assert!(!inter.link_ns.contains_key(name), "{name} is not offered here but was interleaved");
                continue;
            }
            assert_eq!(inter.link_ns.get(name).map(Vec::len), Some(inter.rounds as usize), "{name}: a time per round: {:?}", inter.notes);
            let slab = matches!(kind, jitharness::backend::BackendKind::RtdyldRust | jitharness::backend::BackendKind::JitlinkRust);
            assert_eq!(session.memory_manager_ns.is_some(), slab, "{name}: {:?}", session.memory_manager_ns);
            if let Some((mm, link)) = session.memory_manager_ns {
                assert!(mm > 0 && mm <= link, "{name}: time inside the slab {mm} ns of a {link} ns link");
            }
            // The clock splits the session's link time by phase: the phases (what is a part
            // of them aside) are at most the link time measured around the same calls, the
            // memory manager's share and the parts at most their total, and the linker's own
            // phases each saw time.
            let clock = session.clock.as_ref().unwrap_or_else(|| panic!("{name}: no clock"));
            let link = session.link_ns.unwrap();
            let total = clock.total_ns();
            assert!(total > 0 && total <= link, "{name}: clock {total} ns of a {link} ns link: {clock:?}");
            assert!(clock.memory_manager_ns > 0 && clock.memory_manager_ns <= total, "{name}: {clock:?}");
            let phase = |n: &str| clock.phases.iter().find(|p| p.name == n).map(|p| p.ns);
            let linker_phases: &[&str] = if name.starts_with("rtdyld") {
                &["RuntimeDyld: load (parse, allocate, copy, note relocations)", "RuntimeDyld: resolve symbols, apply relocations"]
            } else {
                &["JITLink: parse", "JITLink: allocate", "JITLink: fixup", "JITLink: finalize", "harness plugins"]
            };
            for p in linker_phases {
                assert!(phase(p).is_some_and(|ns| ns > 0), "{name}: phase {p} saw no time: {clock:?}");
            }
            for part in clock.phases.iter().filter(|p| !p.of.is_empty()) {
                assert!(part.ns <= total, "{name}: part {} longer than the phases: {clock:?}", part.name);
            }
            assert_eq!(phase("materialize"), None, "{name}: the shim's split replaces the whole: {clock:?}");
        }
        let md = dir.path().join("b.md");
        let o = run(&["report", "--run", out.to_str().unwrap(), "--out", md.to_str().unwrap()]);
        assert!(o.status.success(), "report failed:\n{}", stderr(&o));
        let text = std::fs::read_to_string(&md).unwrap();
        assert!(text.contains("## Backends in turn") && text.contains("(201 rounds)"), "{text}");
        assert!(text.contains("## The memory manager's share of link time") && text.contains("`rtdyld-rust`"), "{text}");
        assert!(
            text.contains("## Where link time goes") && text.contains("| `jitlink-rust` | JITLink: ") && text.contains("**total**"),
            "{text}"
        );
    }
);
