//! Synthetic inputs for the report's tests: criterion trees laid out as criterion 0.5 writes
//! them, bench runs, and readers for what the report wrote.

use crate::bench::report::plot::series_color;
use crate::bench::{BenchRun, LowerBound, Machine, PeerMeasure, ReclaimMeasure, SessionMeasure, BENCH_SCHEMA};
use crate::report::{HarnessInfo, ReclaimStep};
use crate::run::exec::{Execution, How};
use crate::target::Arch;
use std::path::Path;

/// Writes one criterion benchmark the way criterion 0.5 lays it out (plus a stale `base/`
/// copy with a different mean, which must be ignored).
pub(super) fn write_bench(root: &Path, group: &str, function: &str, value: Option<&str>, mean_ns: f64) {
    let full_id = match value {
        Some(v) => format!("{group}/{function}/{v}"),
        None => format!("{group}/{function}"),
    };
    let dir = root.join(&full_id);
    for (sub, mean) in [("new", mean_ns), ("base", mean_ns * 7.0)] {
        let d = dir.join(sub);
        std::fs::create_dir_all(&d).unwrap();
        let bench = serde_json::json!({
            "group_id": group, "function_id": function, "value_str": value,
            "throughput": null, "full_id": full_id, "directory_name": full_id, "title": full_id,
        });
        std::fs::write(d.join("benchmark.json"), bench.to_string()).unwrap();
        let est = |p: f64| {
            serde_json::json!({
                "confidence_interval": {"confidence_level": 0.95, "lower_bound": p * 0.98, "upper_bound": p * 1.02},
                "point_estimate": p, "standard_error": p * 0.01,
            })
        };
        let estimates = serde_json::json!({
            "mean": est(mean), "median": est(mean * 0.99), "median_abs_dev": est(mean * 0.01),
            "slope": null, "std_dev": est(mean * 0.02),
        });
        std::fs::write(d.join("estimates.json"), estimates.to_string()).unwrap();
    }
    std::fs::create_dir_all(dir.join("report")).unwrap();
    std::fs::write(dir.join("report/index.html"), "<html></html>").unwrap();
}

/// Link means in the synthetic tree: stock = 1000 ns per module (x86_64) or 4000 (aarch64);
/// jitlink-rust is half of stock on x86_64 and a quarter on aarch64.
pub(super) fn synthetic_criterion(root: &Path) {
    for (target, per_module, rust_share) in [("x86_64", 1000.0, 0.5), ("aarch64", 4000.0, 0.25)] {
        for n in [1u32, 10, 1000] {
            let stock = per_module * n as f64;
            write_bench(root, &format!("link.{target}.llvm22"), "rtdyld-stock", Some(&n.to_string()), stock);
            write_bench(root, &format!("link.{target}.llvm22"), "jitlink-rust", Some(&n.to_string()), stock * rust_share);
        }
    }
    write_bench(root, "compile.x86_64.llvm22", "O2", Some("issue9001"), 2.5e6);
    write_bench(root, "my-own-bench", "fast", None, 10.0);
    std::fs::create_dir_all(root.join("report")).unwrap();
    std::fs::write(root.join("report/index.html"), "<html></html>").unwrap();
}

pub(super) fn session(backend: &str, modules: u32, outcome: &str, link_ns: Option<u64>) -> SessionMeasure {
    SessionMeasure {
        backend: backend.into(),
        modules,
        outcome: outcome.into(),
        link_ns,
        runs: 3,
        first_lookup_ns: link_ns.map(|_| 900),
        mappings_before: Some(40),
        mappings: link_ns.map(|_| 40 + modules as u64 * if backend == "rtdyld-stock" { 3 } else { 0 } + 2),
        reserved: if backend == "rtdyld-stock" { 0 } else { 1 << 30 },
        committed: if backend == "rtdyld-stock" { Some(modules as u64 * 12288) } else { None },
        used: modules as u64 * 5000,
        mmap_calls: if backend == "rtdyld-stock" { Some(modules as u64 * 3) } else { None },
        mprotect_calls: if backend == "rtdyld-stock" { Some(modules as u64 * 3) } else { None },
        peak_rss_kib: Some(20_000 + modules as u64),
        not_visible: (backend != "rtdyld-stock").then(|| "JITLink maps slab memory itself".to_string()),
        memory_manager_ns: None,
        clock: None,
    }
}

pub(super) fn sample_run(target: Arch, how: How) -> BenchRun {
    BenchRun {
        schema: BENCH_SCHEMA.into(),
        harness: HarnessInfo {
            version: "0.1.0".into(),
            llvm_version: "22.1.0".into(),
            llvm_major: 22,
            build_target: target.rust_triple().into(),
        },
        machine: Machine { cpu: "Test CPU @ 3 GHz".into(), cores: 2, kernel: "6.1.0".into(), os: "Debian 12".into() },
        commit: Some("abc1234".into()),
        date: "2025-01-02T03:04:05Z".into(),
        target,
        execution: Execution { how, harness_arch: target, qemu_reserved_va: (how == How::QemuUser).then_some(0x10_0000_0000) },
        input: "workload issue9001 (1 module per load)".into(),
        sessions: vec![
            session("rtdyld-stock", 1, "ok", Some(4_100)),
            session("rtdyld-stock", 1000, "ok", Some(4_100_000)),
            session("jitlink-rust", 1, "ok", Some(1_000)),
            session("jitlink-rust", 1000, "ok", Some(1_000_000)),
            session("jitlink-slab", 1000, "unsupported: LLVM 22 test reason", None),
        ],
        lower_bound: vec![LowerBound { modules: 1000, bytes: 3 << 20, relocations: 50_000, ns: 100_000 }],
        peers: vec![PeerMeasure {
            peer: "llvm-jitlink -noexec".into(),
            modules: 1000,
            outcome: "ok".into(),
            ns: Some(2_000_000),
            method: "whole process, wall clock, median of 5".into(),
            version: "LLVM 22.1.0".into(),
            phases: vec![("load/add".into(), 400_000), ("link".into(), 1_600_000)],
        }],
        reclaim: vec![
            ReclaimMeasure {
                backend: "jitlink-rust".into(),
                modules: 100,
                outcome: "ok".into(),
                steps: [("baseline", 0, 0, 110), ("loaded", 100, 1_228_800, 116), ("removed", 0, 0, 116)]
                    .iter()
                    .map(|&(step, objects, committed, process_mappings)| ReclaimStep {
                        step: step.into(),
                        objects,
                        committed,
                        process_mappings,
                        rss_kib: 60_000,
                        gdb_entries: None,
                    })
                    .collect(),
            },
            ReclaimMeasure {
                backend: "rtdyld-stock".into(),
                modules: 100,
                outcome: "unsupported: RuntimeDyld cannot unload an object (synthetic)".into(),
                steps: Vec::new(),
            },
        ],
        notes: vec!["synthetic run for tests".into()],
        interleaved: Vec::new(),
        shard: None,
        plan: Vec::new(),
    }
}

/// Parses an SVG and returns (the document's text, polyline stroke colours).
pub(super) fn check_svg(path: &Path) -> (String, Vec<String>) {
    let text = std::fs::read_to_string(path).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{}: not XML: {e}", path.display()));
    assert_eq!(doc.root_element().tag_name().name(), "svg", "{}", path.display());
    let strokes = doc
        .descendants()
        .filter(|n| n.has_tag_name("polyline") || n.has_tag_name("path"))
        .filter_map(|n| n.attribute("stroke").map(str::to_string))
        .collect();
    let words: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect();
    (words.join(" "), strokes)
}

pub(super) fn color_hex(backend: &str) -> String {
    let c = series_color(backend, 0);
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// The text from `heading` to the next heading of the same level.
pub(super) fn section<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md.find(heading).unwrap_or_else(|| panic!("no `{heading}` in:\n{md}"));
    let rest = &md[start + heading.len()..];
    let end = rest.find("\n## ").unwrap_or(rest.len());
    &rest[..end]
}

pub(super) fn subsection<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md.find(heading).unwrap_or_else(|| panic!("no `{heading}` in:\n{md}"));
    let rest = &md[start + heading.len()..];
    let end = rest.find("\n### ").unwrap_or(rest.len());
    &rest[..end]
}
