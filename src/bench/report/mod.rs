//! `jitharness report`: criterion's estimates and `jitharness bench` runs, turned into one
//! Markdown page with SVG plots beside it (docs/results/benchmarks.md by default).
//!
//! Inputs:
//! - criterion output directories (criterion 0.5 layout: `<id>/new/benchmark.json` and
//!   `<id>/new/estimates.json`, found recursively; `base/`, `change/` and `report/` are
//!   skipped). Only ids following the convention of `src/bench/mod.rs` are used
//!   (`KIND.TARGET.llvmN/FUNCTION/PARAMETER`); the others are counted and named.
//! - bench run files (`jitharness bench --json-out F`, schema `jitharness/bench/v1`), at most
//!   one per target and LLVM.
//!
//! The output is a function of the inputs only (no clock, no environment): the same inputs give
//! the same bytes. Files are named relative to [`ReportOptions::root`], never by a path of the
//! machine that made the inputs. How to read it: docs/benchmarks.md.
//!
//! `criterion` reads criterion's output, `model` combines it with the runs (and formats
//! numbers), `markdown` writes the sections in the order [`write_report`] calls them, `plot`
//! draws the SVGs.
mod criterion;
#[cfg(test)]
mod fixtures;
mod markdown;
mod model;
mod plot;

pub use criterion::{parse_id, parse_parts, read_criterion, BenchId, BenchKind, CriterionEstimate, CriterionSet, Estimate};
pub use model::{format_bytes, format_ns, format_ratio, ratio, ratios_to_baseline, read_run, round_sig, sig3};

use crate::error::{Error, Result};
use model::Model;
use plot::Plots;
use std::path::PathBuf;

/// What to report and where.
#[derive(Clone, Debug, Default)]
pub struct ReportOptions {
    /// Criterion output directories (e.g. `target/llvm22/criterion`).
    pub criterion_dirs: Vec<PathBuf>,
    /// `jitharness bench` run files.
    pub runs: Vec<PathBuf>,
    /// `corpus` output directories whose `throughput.json` goes in the throughput section
    /// (named by their `mode` file, else the directory's name), in this order.
    pub throughput: Vec<PathBuf>,
    /// The Markdown file to write; the SVGs go in the same directory.
    pub out: PathBuf,
    /// The commit to name in the header (default: the runs' commits).
    pub commit: Option<String>,
    /// The date to name in the header (default: the runs' dates).
    pub date: Option<String>,
    /// The repository root: input files under it are named relative to it. Other absolute
    /// paths (in the header, or in the runs' outcomes and notes) are named by their file name
    /// alone, system locations (`/usr/…`) excepted; relative paths are named as given.
    pub root: Option<PathBuf>,
}

/// What `write_report` wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportSummary {
    pub markdown: PathBuf,
    pub svgs: Vec<PathBuf>,
    /// Criterion benchmarks used (ids following the convention).
    pub benchmarks: usize,
    /// Criterion ids ignored because they do not follow the convention.
    pub ignored_ids: usize,
}

/// Reads the inputs and writes the Markdown report and its SVG plots.
pub fn write_report(opts: &ReportOptions) -> Result<ReportSummary> {
    let model = Model::load(opts)?;
    let dir = match opts.out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let stem = opts.out.file_stem().and_then(|s| s.to_str()).filter(|s| !s.is_empty()).unwrap_or("benchmarks").to_string();
    let mut plots = Plots::new(dir.clone(), stem);

    let mut md = String::new();
    markdown::write_header(&mut md, &model, opts);
    markdown::write_latency(&mut md, &model, &mut plots)?;
    markdown::write_ratios(&mut md, &model);
    markdown::write_interleaved(&mut md, &model);
    markdown::write_resources(&mut md, &model, &mut plots)?;
    markdown::write_reclaim(&mut md, &model);
    markdown::write_link_phases(&mut md, &model);
    markdown::write_memory_manager_share(&mut md, &model);
    markdown::write_lower_bound(&mut md, &model);
    markdown::write_peers(&mut md, &model);
    markdown::write_throughput(&mut md, &read_throughput(&opts.throughput)?);
    markdown::write_method(&mut md);

    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    for (path, svg) in &plots.pending {
        std::fs::write(path, svg).map_err(|e| Error::io(path, e))?;
    }
    std::fs::write(&opts.out, md).map_err(|e| Error::io(&opts.out, e))?;
    Ok(ReportSummary { markdown: opts.out.clone(), svgs: plots.files, benchmarks: model.estimates.len(), ignored_ids: model.ignored.len() })
}

/// Each directory's `throughput.json`, labelled by its `mode` file (else its name).
fn read_throughput(dirs: &[PathBuf]) -> Result<Vec<(String, crate::diff::Throughput)>> {
    dirs.iter()
        .map(|d| {
            let p = d.join(crate::diff::corpus::THROUGHPUT_FILE);
            let text = std::fs::read_to_string(&p).map_err(|e| Error::io(&p, e))?;
            let t = serde_json::from_str(&text).map_err(|e| Error::UnsupportedInput {
                file: p.display().to_string(),
                reason: format!("not a corpus throughput record: {e}"),
            })?;
            let label = std::fs::read_to_string(d.join("mode"))
                .map(|s| s.trim().to_string())
                .unwrap_or_else(|_| d.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
            Ok((label, t))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fixtures::*;
    use super::*;
    use crate::run::exec::How;
    use crate::target::Arch;

    #[test]
    fn writes_the_report_and_its_plots() {
        let tmp = tempfile::tempdir().unwrap();
        let crit = tmp.path().join("criterion");
        synthetic_criterion(&crit);
        let run_file = tmp.path().join("run-aarch64-llvm22.json");
        std::fs::write(&run_file, serde_json::to_string_pretty(&sample_run(Arch::Aarch64, How::QemuUser)).unwrap()).unwrap();
        let out = tmp.path().join("results/benchmarks.md");
        let opts = ReportOptions {
            criterion_dirs: vec![crit.clone()],
            runs: vec![run_file.clone()],
            throughput: Vec::new(),
            out: out.clone(),
            commit: Some("deadbee".into()),
            date: Some("2025-02-03".into()),
            root: None,
        };
        let summary = write_report(&opts).unwrap();
        assert_eq!(summary.markdown, out);
        assert_eq!(summary.benchmarks, 13);
        assert_eq!(summary.ignored_ids, 1);
        assert_eq!(summary.svgs.len(), 3, "latency for 2 targets, mappings for the one run: {:?}", summary.svgs);
        let md = std::fs::read_to_string(&out).unwrap();

        // Header.
        assert!(md.contains("- Date: 2025-02-03"), "{md}");
        assert!(md.contains("`deadbee`") && md.contains("`abc1234`"), "report commit and run commit");
        assert!(md.contains("Test CPU @ 3 GHz"));
        assert!(md.contains("qemu-user, reserved VA 0x1000000000"));
        assert!(md.contains(
            "AArch64 figures were measured under qemu-user (emulated): compare backends with each other (ratios), never as absolute times"
        ));
        assert!(md.contains("noisy, shared machine"));
        assert!(md.contains("`my-own-bench/fast`"), "ignored ids are named");
        assert!(md.contains("**x86_64**: not recorded"), "x86_64 has no run");

        // Ratio table: aarch64 jitlink-rust / rtdyld-stock = 0.25 at every size; x86_64 0.5.
        let ratios = section(&md, "## Backends versus");
        let aarch64 = subsection(ratios, "### aarch64, LLVM 22");
        let row = aarch64.lines().find(|l| l.starts_with("| `jitlink-rust` |")).expect("jitlink-rust row");
        assert_eq!(row, "| `jitlink-rust` | 0.250 | 0.250 | 0.250 |", "{aarch64}");
        let slab = aarch64.lines().find(|l| l.starts_with("| `jitlink-slab` |")).expect("jitlink-slab row");
        assert_eq!(slab, "| `jitlink-slab` | — (1) | — (1) | — (2) |", "{aarch64}");
        assert!(aarch64.contains("- (1) `jitlink-slab`: not measured at this session size"), "{aarch64}");
        assert!(aarch64.contains("- (2) `jitlink-slab`: unsupported: LLVM 22 test reason"), "{aarch64}");
        let x86 = subsection(ratios, "### x86_64, LLVM 22");
        assert!(x86.contains("| `jitlink-rust` | 0.500 | 0.500 | 0.500 |"), "{x86}");

        // Latency: means and per module.
        let lat = section(&md, "## Latency");
        let x86 = subsection(lat, "### x86_64, LLVM 22");
        assert!(x86.contains("| `rtdyld-stock` | 1.00 µs ±2.0% | 10.0 µs ±2.0% | 1.00 ms ±2.0% |"), "{x86}");
        assert!(x86.contains("| `rtdyld-stock` | 1.00 µs | 1.00 µs | 1.00 µs |"), "per module: {x86}");
        assert!(x86.contains("| `issue9001` | 2.50 ms ±2.0% |"), "compile table: {x86}");

        // Resources: committed and calls not measured for jitlink, with the reason as a note.
        let res = section(&md, "## Resources");
        let row = res.lines().find(|l| l.starts_with("| `jitlink-rust` | 1000 |")).expect("resources row");
        assert!(row.contains("40 → 42") && row.contains("1.00 GiB") && row.contains("not measured ("), "{row}");
        assert!(res.contains(") `jitlink-rust`: JITLink maps slab memory itself"), "{res}");
        // To look at the result: JITHARNESS_KEEP_REPORT=DIR cargo test ... bench_report
        if let Some(keep) = std::env::var_os("JITHARNESS_KEEP_REPORT") {
            let keep = PathBuf::from(keep);
            std::fs::create_dir_all(&keep).unwrap();
            for f in summary.svgs.iter().chain([&out]) {
                std::fs::copy(f, keep.join(f.file_name().unwrap())).unwrap();
            }
        }
        let stock = res.lines().find(|l| l.starts_with("| `rtdyld-stock` | 1000 |")).unwrap();
        assert!(stock.contains("40 → 3042") && stock.contains("11.7 MiB") && stock.contains("| 3000 |"), "{stock}");

        // Lower bound: run link_ns / lower bound at 1000 modules.
        let lb = section(&md, "## Lower bound");
        let row = lb.lines().find(|l| l.starts_with("| 1000 |")).expect("lower bound row");
        assert_eq!(row, "| 1000 | 3.00 MiB | 50000 | 100 µs | 41.0× | — (1) | 10.0× |", "{lb}");

        // Peers: method listed; jitlink-rust 1 ms / llvm-jitlink 2 ms.
        let peers = section(&md, "## Peers");
        assert!(peers.contains("whole process, wall clock, median of 5"), "{peers}");
        assert!(peers.contains("| `jitlink-rust` | 1000 | 0.500 |"), "{peers}");
        assert!(peers.contains("| `rtdyld-stock` | 1000 | 2.05 |"), "{peers}");

        // Every linked SVG exists, parses, has a polyline per series and text.
        let links: Vec<&str> =
            md.lines().filter_map(|l| l.strip_prefix("![")).filter_map(|l| l.split("](").nth(1)).map(|l| l.trim_end_matches(')')).collect();
        assert_eq!(links.len(), 3, "{links:?}");
        for link in links {
            let path = out.parent().unwrap().join(link);
            assert!(summary.svgs.contains(&path), "{link} is in the summary");
            let (text, strokes) = check_svg(&path);
            for backend in ["rtdyld-stock", "jitlink-rust"] {
                assert!(strokes.contains(&color_hex(backend)), "{link}: no line for {backend}: {strokes:?}");
                assert!(text.contains(backend), "{link}: legend names {backend}");
            }
            assert!(text.contains("modules in the session"), "{link}: axis label drawn without a font backend");
        }
        let (text, _) = check_svg(&out.parent().unwrap().join("benchmarks-latency-aarch64-llvm22.svg"));
        assert!(text.contains("link latency, aarch64, LLVM 22 (qemu-user: compare ratios only)"), "{text}");

        // Deterministic: the same inputs give the same bytes.
        let svg_before = std::fs::read(&summary.svgs[0]).unwrap();
        write_report(&opts).unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), md);
        assert_eq!(std::fs::read(&summary.svgs[0]).unwrap(), svg_before);
    }

    #[test]
    fn interleaved_rounds_and_corpus_throughput_are_tabled() {
        let tmp = tempfile::tempdir().unwrap();
        let mut run = sample_run(Arch::X86_64, How::Native);
        let mut m = crate::bench::InterleavedMeasure { modules: 1000, rounds: 3, link_ns: Default::default(), notes: Vec::new() };
        m.link_ns.insert("rtdyld-stock".into(), vec![100, 300, 200]);
        m.link_ns.insert("rtdyld-rust".into(), vec![70, 240, 150]);
        m.link_ns.insert("jitlink-rust".into(), vec![90, 360, 200]);
        run.interleaved.push(m);
        let run_file = tmp.path().join("run.json");
        std::fs::write(&run_file, serde_json::to_string(&run).unwrap()).unwrap();
        let mut dirs = Vec::new();
        for (target, mode, wall, build, units) in [
            ("x86_64", "before", 30_000_000, "debug", 100),
            ("x86_64", "after", 3_000_000, "release", 100),
            ("x86_64", "scale", 27_000_000, "release", 899),
            ("aarch64", "scale", 20_000_000, "release", 899),
        ] {
            let d = tmp.path().join(format!("{target}-{mode}"));
            std::fs::create_dir_all(&d).unwrap();
            let t = crate::diff::Throughput {
                target: target.into(),
                backends: vec!["rtdyld-stock".into(), "jitlink-rust".into()],
                build: build.into(),
                parallel: 2,
                jobs_per_worker: if mode == "before" { 1 } else { 64 },
                compile_once: mode == "after",
                units,
                jobs: 2 * units,
                wall_us: wall,
                ..Default::default()
            };
            std::fs::write(d.join("throughput.json"), serde_json::to_string(&t).unwrap()).unwrap();
            std::fs::write(d.join("mode"), mode).unwrap();
            dirs.push(d);
        }
        let out = tmp.path().join("b.md");
        write_report(&ReportOptions { runs: vec![run_file], throughput: dirs, out: out.clone(), ..Default::default() }).unwrap();
        let md = std::fs::read_to_string(&out).unwrap();
        let inter = section(&md, "## Backends in turn");
        let rust = inter.lines().find(|l| l.starts_with("| `rtdyld-rust` |")).expect("rtdyld-rust row");
        assert_eq!(rust, "| `rtdyld-rust` | 0.75 (0.70–0.80) faster than rtdyld-stock |", "{inter}");
        let jl = inter.lines().find(|l| l.starts_with("| `jitlink-rust` |")).expect("jitlink-rust row");
        assert!(jl.contains("too wide to conclude"), "0.9, 1.2, 1.0: {jl}");
        let thr = section(&md, "## Whole-corpus throughput");
        assert!(thr.contains("| x86_64 | before | debug | 2 at once, fresh per job | in every job | 100 | 200 | 30.0 |"), "{thr}");
        assert!(thr.contains("- x86_64: *before* 30.0 s → *after* 3.0 s wall (10.0× faster; 300.0 → 30.0 ms"), "{thr}");
        assert!(!thr.contains("- aarch64: *"), "one aarch64 run at one size: nothing to compare: {thr}");
        assert!(thr.contains("- 899 modules, every backend: x86_64 27.0 s + aarch64 20.0 s — 47.0 s in all."), "{thr}");
    }

    #[test]
    fn run_alone_gives_ratios_from_medians() {
        let tmp = tempfile::tempdir().unwrap();
        let run_file = tmp.path().join("run.json");
        std::fs::write(&run_file, serde_json::to_string(&sample_run(Arch::X86_64, How::Native)).unwrap()).unwrap();
        let out = tmp.path().join("b.md");
        let summary = write_report(&ReportOptions { runs: vec![run_file], out: out.clone(), ..Default::default() }).unwrap();
        assert_eq!(summary.benchmarks, 0);
        let md = std::fs::read_to_string(&out).unwrap();
        assert!(md.contains("### x86_64, LLVM 22 (bench-run medians)"), "{md}");
        assert!(md.contains("| `jitlink-rust` | 0.244 | 0.244 |"), "1000/4100: {md}");
        assert!(md.contains("- Commit: `abc1234`") && md.contains("- Date: 2025-01-02T03:04:05Z"), "from the run");
        assert!(!md.contains("AArch64 figures"), "no aarch64 data");
        for svg in &summary.svgs {
            check_svg(svg);
        }
    }

    #[test]
    fn reclaim_figures_per_step_and_unsupported_backends_say_why() {
        let tmp = tempfile::tempdir().unwrap();
        let run_file = tmp.path().join("run.json");
        std::fs::write(&run_file, serde_json::to_string(&sample_run(Arch::X86_64, How::Native)).unwrap()).unwrap();
        let out = tmp.path().join("b.md");
        write_report(&ReportOptions { runs: vec![run_file.clone()], out: out.clone(), ..Default::default() }).unwrap();
        let md = std::fs::read_to_string(&out).unwrap();
        let section = &md[md.find("## Reclaim").expect("a reclaim section")..];
        assert!(section.contains("| `jitlink-rust` | 100 | 110, 0 B, "), "{section}");
        assert!(section.contains("116, 1.17 MiB"), "loaded step: {section}");
        // No reloaded step in the fixture: a dash, not a made-up figure.
        assert!(section.lines().any(|l| l.starts_with("| `jitlink-rust`") && l.contains("| — |")), "{section}");
        assert!(section.contains("| `rtdyld-stock` | 100 | unsupported ") && section.contains("RuntimeDyld cannot unload"), "{section}");
        // A run without reclaim figures (an older one) is said, not left blank.
        let mut old = sample_run(Arch::X86_64, How::Native);
        old.reclaim.clear();
        std::fs::write(&run_file, serde_json::to_string(&old).unwrap()).unwrap();
        write_report(&ReportOptions { runs: vec![run_file], out: out.clone(), ..Default::default() }).unwrap();
        assert!(std::fs::read_to_string(&out).unwrap().contains("No bench run here has reclaim figures"));
    }

    #[test]
    fn reports_name_no_absolute_paths() {
        let tmp = tempfile::tempdir().unwrap();
        let crit = tmp.path().join("criterion");
        synthetic_criterion(&crit);
        let home = std::env::var("HOME").ok().filter(|h| h.len() > 1).unwrap_or_else(|| "/home/someone".into());
        let scratch = std::env::temp_dir().join("jitharness-bench-aarch64-4242");
        let mut run = sample_run(Arch::Aarch64, How::QemuUser);
        // What a worker's errors look like: they name their files in full.
        run.sessions[4].outcome = format!("unsupported: {}/0000.o: unsupported relocation type: R_AARCH64_X (264)", scratch.display());
        run.sessions[3].not_visible = Some(format!("mapped by {}/target/llvm22/debug/jitharness itself", tmp.path().display()));
        run.peers[0].outcome = format!("error: {home}/.local/bin/llvm-jitlink: not found (/work/main/target/bench/objects)");
        run.notes.push(format!("lower bound, 10 modules: crash: {}/0003.o, see {home}/notes.txt.", scratch.display()));
        let run_file = tmp.path().join("run-aarch64-llvm22.json");
        std::fs::write(&run_file, serde_json::to_string(&run).unwrap()).unwrap();

        for root in [None, Some(tmp.path().to_path_buf())] {
            let out = tmp.path().join("results/benchmarks.md");
            let opts = ReportOptions {
                criterion_dirs: vec![crit.clone()],
                runs: vec![run_file.clone()],
                out,
                root: root.clone(),
                ..Default::default()
            };
            let summary = write_report(&opts).unwrap();
            let md = std::fs::read_to_string(&summary.markdown).unwrap();
            let tmp_text = tmp.path().display().to_string();
            let texts = std::iter::once(("the report".to_string(), md.clone()))
                .chain(summary.svgs.iter().map(|f| (f.display().to_string(), std::fs::read_to_string(f).unwrap())));
            for (what, text) in texts {
                for needle in ["/tmp/", "/work/", &format!("{home}/"), &tmp_text, &scratch.display().to_string()] {
                    assert!(!text.contains(needle), "root {root:?}: {what} names `{needle}`:\n{text}");
                }
            }
            let (crit_name, run_name) = ("criterion", "run-aarch64-llvm22.json");
            assert!(md.contains(&format!("(from `{crit_name}`)")), "root {root:?}: the criterion directory by name:\n{md}");
            assert!(md.contains(&format!("- Bench runs: `{run_name}`")), "root {root:?}: the run file by name:\n{md}");
            assert!(md.contains("unsupported: 0000.o: unsupported relocation type"), "the scratch object by its file name:\n{md}");
            assert!(md.contains("crash: 0003.o, see notes.txt."), "paths in run notes:\n{md}");
            let binary = if root.is_some() { "target/llvm22/debug/jitharness" } else { "jitharness" };
            assert!(md.contains(&format!("`jitlink-rust`: mapped by {binary} itself")), "root {root:?}: paths in `not_visible`:\n{md}");
        }

        // Under the root, the path below it: the repository's own layout.
        let nested = tmp.path().join("target/llvm22/criterion");
        synthetic_criterion(&nested);
        let opts = ReportOptions {
            criterion_dirs: vec![nested],
            out: tmp.path().join("docs/results/benchmarks.md"),
            root: Some(tmp.path().to_path_buf()),
            ..Default::default()
        };
        let md = std::fs::read_to_string(write_report(&opts).unwrap().markdown).unwrap();
        assert!(md.contains("(from `target/llvm22/criterion`)"), "relative to the root:\n{md}");
    }
}
