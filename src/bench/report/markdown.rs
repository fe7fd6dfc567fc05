//! The report's sections, in Markdown: header, latency, ratios, resources, lower bound, peers,
//! method; and the tables and numbered notes they share.

use super::criterion::{BenchKind, CriterionEstimate, Estimate};
use super::model::{
    backend_rank, format_bytes, format_ns, format_ratio, ratio, ratios_to_baseline, sig3, Combo, LoadedRun, Model, BASELINE, HOST_OF_RECORD,
};
use super::plot::{PlotKind, Plots};
use super::ReportOptions;
use crate::bench::{SessionMeasure, BENCH_SCHEMA};
use crate::error::Result;
use crate::target::Arch;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Numbered notes under a table; the same text gets the same number.
#[derive(Default)]
struct Notes(Vec<String>);

impl Notes {
    fn mark(&mut self, text: impl Into<String>) -> String {
        let text = text.into();
        let i = match self.0.iter().position(|t| *t == text) {
            Some(i) => i,
            None => {
                self.0.push(text);
                self.0.len() - 1
            }
        };
        format!("({})", i + 1)
    }

    fn write(&self, md: &mut String) {
        if self.0.is_empty() {
            return;
        }
        md.push('\n');
        for (i, t) in self.0.iter().enumerate() {
            let _ = writeln!(md, "- ({}) {}", i + 1, one_line(t));
        }
    }
}

/// Text safe inside a Markdown table cell.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").replace('|', "\\|")
}

/// A Markdown table; the first `left` columns are left-aligned (names, text), the others
/// right-aligned (figures).
fn table(md: &mut String, header: &[String], rows: &[Vec<String>], left: usize) {
    md.push('\n');
    let _ = writeln!(md, "| {} |", header.join(" | "));
    let _ = writeln!(md, "|{}", (0..header.len()).map(|i| if i < left { "---|" } else { "---:|" }).collect::<String>());
    for r in rows {
        let _ = writeln!(md, "| {} |", r.join(" | "));
    }
}

fn modules_header(n: u32) -> String {
    if n == 1 {
        "1 module".into()
    } else {
        format!("{n} modules")
    }
}

/// ± half the confidence interval, as a percentage of the point estimate.
fn spread(e: &Estimate) -> String {
    if e.point_ns <= 0.0 {
        return String::new();
    }
    let pct = (e.upper_ns - e.lower_ns) / 2.0 / e.point_ns * 100.0;
    if pct < 10.0 {
        format!(" ±{pct:.1}%")
    } else {
        format!(" ±{pct:.0}%")
    }
}

fn outcome_ok(s: &SessionMeasure) -> bool {
    s.outcome == "ok"
}

fn count(v: Option<u64>) -> Option<String> {
    v.map(|v| v.to_string())
}

pub(super) fn write_header(md: &mut String, m: &Model, opts: &ReportOptions) {
    let runs: Vec<&LoadedRun> = m.runs.values().collect();
    let _ = writeln!(md, "# Link benchmarks\n");
    let _ = writeln!(
        md,
        "Latency of linking LLVM JIT objects through jitharness's link backends (criterion, \
         `benches/link.rs`), with the resources, lower bound and peer tools that `jitharness bench` \
         runs record. Written by `jitharness report`; how to read it and how it was measured: \
         `docs/benchmarks.md`.\n"
    );

    let run_dates: BTreeSet<&str> = runs.iter().map(|r| r.run.date.as_str()).collect();
    let date = match (&opts.date, run_dates.len()) {
        (Some(d), _) => d.clone(),
        (None, 0) => "not given".into(),
        (None, 1) => run_dates.iter().next().unwrap_or(&"").to_string(),
        (None, _) => format!("{} to {} (the runs')", run_dates.iter().next().unwrap_or(&""), run_dates.iter().next_back().unwrap_or(&"")),
    };
    let run_commits: BTreeSet<&str> = runs.iter().filter_map(|r| r.run.commit.as_deref()).collect();
    let commit = match &opts.commit {
        Some(c) => c.clone(),
        None if run_commits.is_empty() => "not recorded".into(),
        None => run_commits.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", "),
    };
    let llvms: BTreeSet<u32> = m.combos.iter().map(|c| c.llvm).collect();
    let targets: BTreeSet<u8> = m.combos.iter().map(|c| c.target_rank).collect();
    let target_names: Vec<&str> = targets.iter().map(|t| Arch::ALL[*t as usize].name()).collect();

    let _ = writeln!(md, "- Date: {date}");
    if opts.commit.is_some() {
        let _ = writeln!(md, "- Commit: `{commit}`");
        if !run_commits.is_empty() && run_commits.iter().any(|c| Some(*c) != opts.commit.as_deref()) {
            let list: Vec<String> = run_commits.iter().map(|c| format!("`{c}`")).collect();
            let _ = writeln!(md, "- Runs measured at commit(s): {}", list.join(", "));
        }
    } else {
        let _ = writeln!(md, "- Commit: {commit}");
    }
    let _ = writeln!(md, "- LLVM versions: {}", llvms.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(", "));
    let _ = writeln!(md, "- Targets: {}", target_names.join(", "));
    let dirs: Vec<String> = m.criterion_dirs.iter().map(|d| format!("`{}`", m.names.name(d))).collect();
    let _ = writeln!(
        md,
        "- Criterion benchmarks: {} (from {})",
        m.estimates.len(),
        if dirs.is_empty() { "no criterion directory".into() } else { dirs.join(", ") }
    );
    if !m.ignored.is_empty() {
        let shown: Vec<String> = m.ignored.iter().take(20).map(|i| format!("`{}`", one_line(i))).collect();
        let more = if m.ignored.len() > 20 { format!(" and {} more", m.ignored.len() - 20) } else { String::new() };
        let _ = writeln!(
            md,
            "- Ignored criterion ids (not `KIND.TARGET.llvmN/FUNCTION/PARAMETER`): {}: {}{more}",
            m.ignored.len(),
            shown.join(", ")
        );
    }
    if !m.duplicates.is_empty() {
        let list: Vec<String> = m.duplicates.iter().map(|i| format!("`{}`", one_line(i))).collect();
        let _ = writeln!(md, "- Ids found in more than one criterion directory (the first kept): {}", list.join(", "));
    }
    let files: Vec<String> = runs.iter().map(|r| format!("`{}`", m.names.name(&r.path))).collect();
    let _ = writeln!(md, "- Bench runs: {}", if files.is_empty() { "none".into() } else { files.join(", ") });

    // How each target ran.
    let _ = writeln!(md, "\n## How each target ran\n");
    for t in &targets {
        let target = Arch::ALL[*t as usize];
        let mut hows: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        let mut unrecorded = Vec::new();
        for c in m.combos.iter().filter(|c| c.target_rank == *t) {
            match m.run(*c) {
                Some(r) => hows.entry(r.execution.describe()).or_default().push(c.llvm),
                None => unrecorded.push(c.llvm),
            }
        }
        let mut parts: Vec<String> = hows
            .iter()
            .map(|(how, l)| format!("{how} (LLVM {})", l.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ")))
            .collect();
        if !unrecorded.is_empty() {
            let assumed = if target == HOST_OF_RECORD { "native" } else { "qemu-user (emulated)" };
            parts.push(format!(
                "not recorded for LLVM {} (criterion only, no bench run); assumed {assumed}",
                unrecorded.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ")
            ));
        }
        let _ = writeln!(md, "- **{target}**: {}", parts.join("; "));
    }
    let aarch64: Vec<Combo> = m.combos.iter().copied().filter(|c| c.target() == Arch::Aarch64).collect();
    md.push('\n');
    if aarch64.iter().any(|c| m.emulated(*c)) {
        let _ = writeln!(
            md,
            "> **AArch64 figures were measured under qemu-user (emulated): compare backends with each \
             other (ratios), never as absolute times.** qemu translates every guest instruction and \
             system call, so an AArch64 time says little about real AArch64 hardware.\n>"
        );
    } else if !aarch64.is_empty() {
        let _ = writeln!(md, "> AArch64 figures were measured natively (no emulation).\n>");
    }
    let _ = writeln!(
        md,
        "> Timings are from one run on a noisy, shared machine: small differences can be noise. Criterion \
         means are given with ± half their 95% confidence interval; bench-run times are medians of few \
         sessions."
    );

    if !runs.is_empty() {
        let _ = writeln!(md, "\n### Runs");
        let header: Vec<String> =
            ["target", "LLVM", "ran", "harness build", "input", "date", "commit"].iter().map(|s| s.to_string()).collect();
        let rows: Vec<Vec<String>> = m
            .runs
            .iter()
            .map(|(c, l)| {
                let r = &l.run;
                vec![
                    c.target().to_string(),
                    format!("{} ({})", c.llvm, r.harness.llvm_version),
                    r.execution.describe(),
                    format!("{} {}", r.harness.build_target, r.harness.version),
                    one_line(&r.input),
                    r.date.clone(),
                    r.commit.clone().map(|c| format!("`{c}`")).unwrap_or_else(|| "not recorded".into()),
                ]
            })
            .collect();
        table(md, &header, &rows, header.len());

        let _ = writeln!(md, "\n### Machines");
        let mut machines: Vec<(&crate::bench::Machine, Vec<String>)> = Vec::new();
        for (c, l) in &m.runs {
            match machines.iter_mut().find(|(mm, _)| **mm == l.run.machine) {
                Some((_, used)) => used.push(c.title()),
                None => machines.push((&l.run.machine, vec![c.title()])),
            }
        }
        let header: Vec<String> = ["CPU", "cores", "OS", "kernel", "runs"].iter().map(|s| s.to_string()).collect();
        let rows: Vec<Vec<String>> = machines
            .iter()
            .map(|(mm, used)| vec![one_line(&mm.cpu), mm.cores.to_string(), one_line(&mm.os), one_line(&mm.kernel), used.join("; ")])
            .collect();
        table(md, &header, &rows, header.len());

        let notes: Vec<(Combo, &String)> = m.runs.iter().flat_map(|(c, l)| l.run.notes.iter().map(move |n| (*c, n))).collect();
        if !notes.is_empty() {
            let _ = writeln!(md, "\n### Run notes\n");
            for (c, n) in notes {
                let _ = writeln!(md, "- {}: {}", c.title(), one_line(n));
            }
        }
    }
}

pub(super) fn write_latency(md: &mut String, m: &Model, plots: &mut Plots) -> Result<()> {
    let _ = writeln!(md, "\n## Latency per backend versus session size\n");
    let _ = writeln!(
        md,
        "Time to link a session of N modules through each backend (criterion \
         `link.TARGET.llvmN/BACKEND/N`; `benches/link.rs` defines what is inside the timed \
         region), and that time divided by N. Lower is better."
    );
    let kinds = [BenchKind::Link, BenchKind::Finalize, BenchKind::Lookup, BenchKind::Compile];
    let combos: Vec<Combo> = m
        .combos
        .iter()
        .copied()
        .filter(|c| m.link_figures(*c).is_some() || kinds.iter().any(|k| m.estimates(*c, *k).next().is_some()))
        .collect();
    if combos.is_empty() {
        let _ = writeln!(md, "\nNo latency figures in the inputs.");
    }
    for combo in combos {
        let _ = writeln!(md, "\n### {}", combo.title());
        if m.emulated(combo) {
            let _ = writeln!(md, "\nEmulated (qemu-user): compare backends with each other only.");
        }
        if let Some(fig) = m.link_figures(combo) {
            let series: Vec<(String, Vec<(f64, f64)>)> =
                fig.rows.iter().map(|(b, cells)| (b.clone(), cells.iter().map(|(n, (v, _))| (*n as f64, *v)).collect())).collect();
            let title =
                format!("link latency, {}{}", combo.title(), if m.emulated(combo) { " (qemu-user: compare ratios only)" } else { "" });
            let file = plots.add(&format!("latency-{}", combo.slug()), &title, PlotKind::Latency, &series)?;
            let _ = writeln!(md, "\n![{title}]({file})");

            let sizes = fig.sizes();
            let mut header = vec!["backend".to_string()];
            header.extend(sizes.iter().map(|n| modules_header(*n)));
            let mut notes = Notes::default();
            let mut mean_rows = Vec::new();
            let mut per_rows = Vec::new();
            for (backend, cells) in &fig.rows {
                let mut mean_row = vec![format!("`{backend}`")];
                let mut per_row = vec![format!("`{backend}`")];
                for n in &sizes {
                    match cells.get(n) {
                        Some((v, e)) => {
                            mean_row.push(format!("{}{}", format_ns(*v), e.map(|e| spread(&e.mean)).unwrap_or_default()));
                            per_row.push(format_ns(*v / *n as f64));
                        }
                        None => {
                            let why = missing_reason(m, combo, backend, *n, &mut notes);
                            mean_row.push(why.clone());
                            per_row.push(why);
                        }
                    }
                }
                mean_rows.push(mean_row);
                per_rows.push(per_row);
            }
            let _ = writeln!(md, "\n**link**, {}:", fig.source());
            table(md, &header, &mean_rows, 1);
            let _ = writeln!(md, "\n**link, per module** (the above ÷ modules in the session):");
            table(md, &header, &per_rows, 1);
            notes.write(md);
        }
        for kind in [BenchKind::Finalize, BenchKind::Lookup] {
            let rows = m.by_backend(combo, kind);
            if rows.is_empty() {
                continue;
            }
            let sizes: BTreeSet<u32> = rows.iter().flat_map(|(_, r)| r.keys().copied()).collect();
            let mut header = vec!["backend".to_string()];
            header.extend(sizes.iter().map(|n| modules_header(*n)));
            let body: Vec<Vec<String>> = rows
                .iter()
                .map(|(b, r)| {
                    let mut row = vec![format!("`{b}`")];
                    row.extend(sizes.iter().map(|n| match r.get(n) {
                        Some(e) => format!("{}{}", format_ns(e.mean.point_ns), spread(&e.mean)),
                        None => "—".into(),
                    }));
                    row
                })
                .collect();
            let what = match kind {
                BenchKind::Finalize => "finalize (criterion mean)",
                _ => "lookup (criterion mean)",
            };
            let _ = writeln!(md, "\n**{what}**:");
            table(md, &header, &body, 1);
        }
        let compile: Vec<&CriterionEstimate> = m.estimates(combo, BenchKind::Compile).collect();
        if !compile.is_empty() {
            let levels: BTreeSet<&str> = compile.iter().map(|e| e.id.function.as_str()).collect();
            let inputs: BTreeSet<&str> = compile.iter().map(|e| e.id.parameter.as_str()).collect();
            let mut header = vec!["input".to_string()];
            header.extend(levels.iter().map(|l| format!("`{l}`")));
            let body: Vec<Vec<String>> = inputs
                .iter()
                .map(|input| {
                    let mut row = vec![format!("`{}`", one_line(input))];
                    row.extend(levels.iter().map(|l| {
                        compile
                            .iter()
                            .find(|e| e.id.function == *l && e.id.parameter == *input)
                            .map(|e| format!("{}{}", format_ns(e.mean.point_ns), spread(&e.mean)))
                            .unwrap_or_else(|| "—".into())
                    }));
                    row
                })
                .collect();
            let _ = writeln!(md, "\n**compile** (IR to object, per optimization level; criterion mean):");
            table(md, &header, &body, 1);
        }
    }
    Ok(())
}

/// An outcome for a note: ORC's `{ … }` symbol sets (in hash order, so different on every
/// run) and scratch-directory paths left out, so that one reason makes one note.
fn outcome_note(outcome: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in outcome.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push_str("{…}");
                }
                depth += 1;
            }
            '}' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out.split(' ')
        .map(|w| match (w.find("/jitharness-bench-"), w.rfind('/')) {
            (Some(_), Some(i)) => &w[i + 1..],
            _ => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `—` plus a note saying why a backend has no figure at `n` modules.
fn missing_reason(m: &Model, combo: Combo, backend: &str, n: u32, notes: &mut Notes) -> String {
    match m.session(combo, backend, n) {
        Some(s) if !outcome_ok(s) => format!("— {}", notes.mark(format!("`{backend}`: {}", outcome_note(&s.outcome)))),
        _ => format!("— {}", notes.mark(format!("`{backend}`: not measured at this session size"))),
    }
}

pub(super) fn write_ratios(md: &mut String, m: &Model) {
    let _ = writeln!(md, "\n## Backends versus `{BASELINE}`\n");
    let _ = writeln!(
        md,
        "Each backend's link time divided by `{BASELINE}`'s at the same session size, same target \
         and LLVM: below 1 is faster than `{BASELINE}`, above 1 slower. Ratios are the figures to \
         compare across targets (AArch64 is emulated)."
    );
    let mut any = false;
    for combo in m.combos.iter().copied() {
        let Some(fig) = m.link_figures(combo) else { continue };
        any = true;
        let means = fig.means();
        let ratios = ratios_to_baseline(&means, BASELINE);
        let mut sizes = fig.sizes();
        let mut backends: Vec<String> = fig.rows.iter().map(|(b, _)| b.clone()).collect();
        if let Some(run) = m.run(combo) {
            for s in &run.sessions {
                sizes.insert(s.modules);
                if !backends.contains(&s.backend) {
                    backends.push(s.backend.clone());
                }
            }
        }
        backends.sort_by(|a, b| backend_rank(a).cmp(&backend_rank(b)));
        let _ = writeln!(md, "\n### {} ({})", combo.title(), if fig.from_run { "bench-run medians" } else { "criterion means" });
        let mut header = vec!["backend".to_string()];
        header.extend(sizes.iter().map(|n| modules_header(*n)));
        let mut notes = Notes::default();
        let mut rows = Vec::new();
        for backend in backends.iter().filter(|b| *b != BASELINE) {
            let mut row = vec![format!("`{backend}`")];
            for n in &sizes {
                let cell = match ratios.get(backend).and_then(|r| r.get(n)) {
                    Some(r) => format_ratio(*r),
                    None => {
                        let own = means.get(backend).and_then(|r| r.get(n)).is_some();
                        if !own {
                            missing_reason(m, combo, backend, *n, &mut notes)
                        } else {
                            match m.session(combo, BASELINE, *n) {
                                Some(s) if !outcome_ok(s) => {
                                    format!("— {}", notes.mark(format!("`{BASELINE}`, {}: {}", modules_header(*n), s.outcome)))
                                }
                                _ => format!("— {}", notes.mark(format!("no `{BASELINE}` figure at {}", modules_header(*n)))),
                            }
                        }
                    }
                };
                row.push(cell);
            }
            rows.push(row);
        }
        if rows.is_empty() {
            let _ = writeln!(md, "\nOnly `{BASELINE}` was measured.");
            continue;
        }
        table(md, &header, &rows, 1);
        notes.write(md);
    }
    if !any {
        let _ = writeln!(md, "\nNo link figures in the inputs.");
    }
}

pub(super) fn write_resources(md: &mut String, m: &Model, plots: &mut Plots) -> Result<()> {
    let _ = writeln!(md, "\n## Resources\n");
    let _ = writeln!(
        md,
        "From the bench runs, each session in a fresh worker process: the process's memory \
         mappings before the session opened and after its last module; address space reserved, \
         committed and used by the linked sections; `mmap`/`mprotect` calls; the worker's peak \
         resident set. `not measured` means the figure is out of the harness's sight for that \
         memory manager (the note says why)."
    );
    if m.runs.is_empty() {
        let _ = writeln!(md, "\nNo bench runs given.");
        return Ok(());
    }
    for (combo, loaded) in &m.runs {
        let combo = *combo;
        let run = &loaded.run;
        let _ = writeln!(md, "\n### {}", combo.title());
        let mut sessions: Vec<&SessionMeasure> = run.sessions.iter().collect();
        sessions.sort_by(|a, b| (backend_rank(&a.backend), a.modules).cmp(&(backend_rank(&b.backend), b.modules)));
        if sessions.is_empty() {
            let _ = writeln!(md, "\nThe run has no sessions.");
            continue;
        }
        let mut series: Vec<(String, Vec<(f64, f64)>)> = Vec::new();
        for s in &sessions {
            let Some(after) = s.mappings else { continue };
            match series.last_mut() {
                Some((b, pts)) if *b == s.backend => pts.push((s.modules as f64, after as f64)),
                _ => series.push((s.backend.clone(), vec![(s.modules as f64, after as f64)])),
            }
        }
        if !series.is_empty() {
            let title = format!("process mappings after the session, {}", combo.title());
            let file = plots.add(&format!("mappings-{}", combo.slug()), &title, PlotKind::Mappings, &series)?;
            let _ = writeln!(md, "\n![{title}]({file})");
        }
        let header: Vec<String> = [
            "backend",
            "modules",
            "outcome",
            "mappings (before → after)",
            "reserved",
            "committed",
            "used",
            "mmap calls",
            "mprotect calls",
            "peak RSS",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut notes = Notes::default();
        let rows: Vec<Vec<String>> = sessions
            .iter()
            .map(|s| {
                let hidden = |notes: &mut Notes| {
                    let why = s.not_visible.clone().unwrap_or_else(|| "the run does not say why".into());
                    format!("not measured {}", notes.mark(format!("`{}`: {why}", s.backend)))
                };
                let outcome = if outcome_ok(s) {
                    "ok".to_string()
                } else {
                    let word = s.outcome.split(':').next().unwrap_or("").trim().to_string();
                    format!("{word} {}", notes.mark(format!("`{}`, {}: {}", s.backend, modules_header(s.modules), s.outcome)))
                };
                let mappings = match (s.mappings_before, s.mappings) {
                    (Some(b), Some(a)) => format!("{b} → {a}"),
                    (None, Some(a)) => format!("? → {a}"),
                    (Some(b), None) => format!("{b} → ?"),
                    (None, None) => "not measured".into(),
                };
                vec![
                    format!("`{}`", s.backend),
                    s.modules.to_string(),
                    outcome,
                    mappings,
                    format_bytes(s.reserved),
                    s.committed.map(format_bytes).unwrap_or_else(|| hidden(&mut notes)),
                    format_bytes(s.used),
                    count(s.mmap_calls).unwrap_or_else(|| hidden(&mut notes)),
                    count(s.mprotect_calls).unwrap_or_else(|| hidden(&mut notes)),
                    s.peak_rss_kib.map(|k| format_bytes(k.saturating_mul(1024))).unwrap_or_else(|| "not measured".into()),
                ]
            })
            .collect();
        table(md, &header, &rows, 1);
        notes.write(md);
    }
    Ok(())
}

pub(super) fn write_reclaim(md: &mut String, m: &Model) {
    let _ = writeln!(md, "\n## Reclaim: load, remove, load again\n");
    let _ = writeln!(
        md,
        "From the bench runs: each backend loads the workload's modules into one session, removes \
         every object (Numba's `remove_module`), loads as many again and removes those, in a fresh \
         worker (`link --unload-reload`). Each cell: process mappings, committed bytes (as the \
         memory manager reports them: 0 where it does not), resident set. RuntimeDyld cannot unload \
         an object: its rows say so."
    );
    let mut any = false;
    for (combo, loaded) in &m.runs {
        let run = &loaded.run;
        if run.reclaim.is_empty() {
            continue;
        }
        any = true;
        let _ = writeln!(md, "\n### {}", combo.title());
        let steps = ["baseline", "loaded", "removed", "reloaded", "removed-again"];
        let mut header = vec!["backend".to_string(), "loads".to_string()];
        header.extend(steps.iter().map(|s| s.to_string()));
        let mut notes = Notes::default();
        let mut measures: Vec<_> = run.reclaim.iter().collect();
        measures.sort_by_key(|r| backend_rank(&r.backend));
        let rows: Vec<Vec<String>> = measures
            .iter()
            .map(|r| {
                let mut row = vec![format!("`{}`", r.backend), r.modules.to_string()];
                if r.steps.is_empty() {
                    let word = r.outcome.split(':').next().unwrap_or("").trim().to_string();
                    row.push(format!("{word} {}", notes.mark(format!("`{}`: {}", r.backend, outcome_note(&r.outcome)))));
                    row.extend(steps[1..].iter().map(|_| String::new()));
                    return row;
                }
                for step in steps {
                    row.push(match r.steps.iter().find(|s| s.step == step) {
                        Some(s) => format!(
                            "{}, {}, {}",
                            s.process_mappings,
                            format_bytes(s.committed),
                            format_bytes(s.rss_kib.saturating_mul(1024))
                        ),
                        None => "—".into(),
                    });
                }
                if r.outcome != "ok" {
                    row[0] = format!("{} {}", row[0], notes.mark(format!("`{}`: {}", r.backend, outcome_note(&r.outcome))));
                }
                row
            })
            .collect();
        table(md, &header, &rows, 2);
        notes.write(md);
    }
    if !any {
        let _ = writeln!(md, "\nNo bench run here has reclaim figures (runs before they were recorded).");
    }
}

pub(super) fn write_lower_bound(md: &mut String, m: &Model) {
    let _ = writeln!(md, "\n## Lower bound\n");
    let _ = writeln!(
        md,
        "The lower-bound model copies every allocated section's bytes once and touches every \
         relocation site once. Each cell is a backend's link time divided by the lower bound at the \
         same session size: how far the backend is from that floor."
    );
    let mut any = false;
    for combo in m.combos.iter().copied() {
        // modules → (ns, bytes, relocations)
        let mut lb: BTreeMap<u32, (f64, Option<u64>, Option<u64>)> = BTreeMap::new();
        let mut lb_source = "the bench run";
        if let Some(run) = m.run(combo) {
            for l in &run.lower_bound {
                lb.insert(l.modules, (l.ns as f64, Some(l.bytes), Some(l.relocations)));
            }
        }
        if lb.is_empty() {
            lb_source = "criterion `lower-bound` mean";
            for e in m.estimates(combo, BenchKind::LowerBound) {
                if let Some(n) = e.id.modules {
                    lb.insert(n, (e.mean.point_ns, None, None));
                }
            }
        }
        if lb.is_empty() {
            continue;
        }
        any = true;
        let crit_link = m.by_backend(combo, BenchKind::Link);
        let mut backends: Vec<String> = crit_link.iter().map(|(b, _)| b.clone()).collect();
        if let Some(run) = m.run(combo) {
            for s in &run.sessions {
                if !backends.contains(&s.backend) {
                    backends.push(s.backend.clone());
                }
            }
        }
        backends.sort_by(|a, b| backend_rank(a).cmp(&backend_rank(b)));
        let _ = writeln!(md, "\n### {} (lower bound from {lb_source})", combo.title());
        let mut header: Vec<String> = ["modules", "bytes copied", "relocations", "lower bound"].iter().map(|s| s.to_string()).collect();
        header.extend(backends.iter().map(|b| format!("`{b}`")));
        let mut notes = Notes::default();
        let rows: Vec<Vec<String>> = lb
            .iter()
            .map(|(n, (ns, bytes, relocs))| {
                let mut row = vec![
                    n.to_string(),
                    bytes.map(format_bytes).unwrap_or_else(|| "—".into()),
                    relocs.map(|r| r.to_string()).unwrap_or_else(|| "—".into()),
                    format_ns(*ns),
                ];
                for b in &backends {
                    let session = m.session(combo, b, *n);
                    let from_run = session.filter(|s| outcome_ok(s)).and_then(|s| s.link_ns).map(|v| v as f64);
                    let from_crit = crit_link.iter().find(|(name, _)| name == b).and_then(|(_, r)| r.get(n)).map(|e| e.mean.point_ns);
                    let cell = match (from_run, from_crit) {
                        (Some(v), _) => ratio(v, *ns).map(|r| format!("{}×", sig3(r))),
                        (None, Some(v)) => ratio(v, *ns).map(|r| {
                            format!(
                                "{}× {}",
                                sig3(r),
                                notes.mark("link time from the criterion `link` mean (the run has no `link_ns` for this session)")
                            )
                        }),
                        (None, None) => None,
                    };
                    row.push(cell.unwrap_or_else(|| match session {
                        Some(s) if !outcome_ok(s) => {
                            format!("— {}", notes.mark(format!("`{b}`: {}", outcome_note(&s.outcome))))
                        }
                        _ => "—".into(),
                    }));
                }
                row
            })
            .collect();
        table(md, &header, &rows, 1);
        notes.write(md);
    }
    if !any {
        let _ = writeln!(md, "\nNo lower-bound figures in the inputs.");
    }
}

pub(super) fn write_peers(md: &mut String, m: &Model) {
    let _ = writeln!(md, "\n## Peers\n");
    let _ = writeln!(
        md,
        "Other tools linking the same objects, each timed as its method says. The ratio table \
         divides a harness backend's link time (the bench run's median `link_ns`) by the peer's \
         time at the same session size: below 1, the harness backend is faster. Peers timed as \
         whole processes include costs the harness does not pay (and the reverse), so read these \
         ratios as orders of magnitude."
    );
    let mut any = false;
    for (combo, loaded) in &m.runs {
        let combo = *combo;
        let run = &loaded.run;
        if run.peers.is_empty() {
            continue;
        }
        any = true;
        let _ = writeln!(md, "\n### {}", combo.title());
        let mut peers: Vec<&crate::bench::PeerMeasure> = run.peers.iter().collect();
        peers.sort_by(|a, b| (&a.peer, a.modules).cmp(&(&b.peer, b.modules)));

        let mut methods: BTreeSet<(&str, &str, &str)> = BTreeSet::new();
        for p in &peers {
            methods.insert((&p.peer, &p.version, &p.method));
        }
        let header: Vec<String> = ["peer", "version", "method"].iter().map(|s| s.to_string()).collect();
        let rows: Vec<Vec<String>> =
            methods.iter().map(|(p, v, me)| vec![format!("`{}`", one_line(p)), one_line(v), one_line(me)]).collect();
        table(md, &header, &rows, header.len());

        let mut notes = Notes::default();
        let header: Vec<String> = ["peer", "modules", "time"].iter().map(|s| s.to_string()).collect();
        let rows: Vec<Vec<String>> = peers
            .iter()
            .map(|p| {
                let time = match (p.outcome == "ok", p.ns) {
                    (true, Some(ns)) => format_ns(ns as f64),
                    _ => format!("— {}", notes.mark(format!("`{}`, {}: {}", p.peer, modules_header(p.modules), p.outcome))),
                };
                vec![format!("`{}`", one_line(&p.peer)), p.modules.to_string(), time]
            })
            .collect();
        table(md, &header, &rows, 1);

        let names: Vec<&str> = peers.iter().map(|p| p.peer.as_str()).collect::<BTreeSet<_>>().into_iter().collect();
        let sizes: BTreeSet<u32> = peers.iter().map(|p| p.modules).collect();
        let mut backends: Vec<&str> = run.sessions.iter().map(|s| s.backend.as_str()).collect::<BTreeSet<_>>().into_iter().collect();
        backends.sort_by(|a, b| backend_rank(a).cmp(&backend_rank(b)));
        if backends.is_empty() {
            notes.write(md);
            let _ = writeln!(md, "\nThe run has no harness sessions to compare with.");
            continue;
        }
        let _ = writeln!(md, "\nHarness backend ÷ peer (below 1: the harness backend is faster):");
        let mut header = vec!["backend".to_string(), "modules".to_string()];
        header.extend(names.iter().map(|p| format!("`{}`", one_line(p))));
        let mut rows = Vec::new();
        for b in &backends {
            for n in &sizes {
                let session = m.session(combo, b, *n);
                let mut row = vec![format!("`{b}`"), n.to_string()];
                for p in &names {
                    let peer = peers.iter().find(|x| x.peer == *p && x.modules == *n);
                    let harness_ns = session.filter(|s| outcome_ok(s)).and_then(|s| s.link_ns);
                    let peer_ns = peer.filter(|x| x.outcome == "ok").and_then(|x| x.ns);
                    let cell = match (harness_ns, peer_ns) {
                        (Some(h), Some(q)) => ratio(h as f64, q as f64).map(format_ratio).unwrap_or_else(|| "—".into()),
                        (None, _) => match session {
                            Some(s) if !outcome_ok(s) => {
                                format!("— {}", notes.mark(format!("`{b}`: {}", outcome_note(&s.outcome))))
                            }
                            _ => "—".into(),
                        },
                        (Some(_), None) => match peer {
                            Some(x) if x.outcome != "ok" => {
                                format!("— {}", notes.mark(format!("`{}`: {}", x.peer, outcome_note(&x.outcome))))
                            }
                            _ => "—".into(),
                        },
                    };
                    row.push(cell);
                }
                rows.push(row);
            }
        }
        table(md, &header, &rows, 1);
        notes.write(md);
        write_same_shape(md, &peers);
    }
    if !any {
        let _ = writeln!(md, "\nNo peer measurements in the inputs.");
    }
}

/// The harness's JITLink backends in llvm-jitlink's shape (every object, one finalize)
/// over llvm-jitlink itself, per session size: the same link, two drivers.
fn write_same_shape(md: &mut String, peers: &[&crate::bench::PeerMeasure]) {
    let pairs = [("jitlink-default", "llvm-jitlink -noexec"), ("jitlink-slab", "llvm-jitlink -noexec -slab-allocate=1Gb")];
    let ns = |name: &str, n: u32| peers.iter().find(|p| p.peer == name && p.modules == n && p.outcome == "ok").and_then(|p| p.ns);
    let sizes: BTreeSet<u32> = peers.iter().map(|p| p.modules).collect();
    let mut lines = Vec::new();
    for (backend, tool) in pairs {
        let ours = format!("{}{backend}", crate::bench::ONE_FINALIZE_PREFIX);
        // Only one module is the same work for both: with more, llvm-jitlink links what its
        // entry point reaches (here the first object), the harness every object.
        for &n in sizes.iter().filter(|&&n| n == 1) {
            if let (Some(h), Some(t)) = (ns(&ours, n), ns(tool, n)) {
                let phases =
                    |name: &str| peers.iter().find(|p| p.peer == name && p.modules == n).map(|p| p.phases.clone()).unwrap_or_default();
                let (hp, tp) = (phases(&ours), phases(tool));
                let per_phase: Vec<String> = hp
                    .iter()
                    .filter_map(|(phase, h)| {
                        let t = tp.iter().find(|(p, _)| p == phase)?.1;
                        Some(if t == 0 {
                            format!("{phase} {:.3} ms vs under the tool's 0.1 ms resolution", *h as f64 / 1e6)
                        } else {
                            format!("{phase} {:.2} ({:.3} vs {:.3} ms)", *h as f64 / t as f64, *h as f64 / 1e6, t as f64 / 1e6)
                        })
                    })
                    .collect();
                let split = if per_phase.is_empty() { String::new() } else { format!("; by phase: {}", per_phase.join(", ")) };
                lines.push(format!("- `{backend}` ÷ `{tool}`, {}: {:.2}{split}", modules_header(n), h as f64 / t as f64));
            }
        }
    }
    if !lines.is_empty() {
        let _ = writeln!(
            md,
            "\nThe harness's JITLink backends in llvm-jitlink's shape (every object added, one finalize, the entry looked up; \
             `{}…` above) over llvm-jitlink's own load + link phases on the same objects: the cost of the harness's driver, \
             plugins and memory manager over LLVM's tool (llvm-jitlink's timers have 0.1 ms resolution). Only at one \
             module is it the same work: with more, llvm-jitlink links only what its entry point reaches (here the \
             first object) while the harness links every object, so larger sessions are not compared.\n",
            crate::bench::ONE_FINALIZE_PREFIX
        );
        for l in lines {
            let _ = writeln!(md, "{l}");
        }
    }
}

pub(super) fn write_method(md: &mut String) {
    let _ = writeln!(md, "\n## Method\n");
    let _ = writeln!(
        md,
        "- Latency: criterion 0.5 (`benches/link.rs`), ids `KIND.TARGET.llvmN/FUNCTION/PARAMETER` \
         (see `src/bench/mod.rs`); the figure is criterion's mean over its samples, with its 95% \
         confidence interval.\n\
         - Resources, lower bound and peers: `jitharness bench --json-out FILE` (schema \
         `{BENCH_SCHEMA}`), each session in a fresh worker process; times are medians.\n\
         - AArch64: the harness's aarch64 build under qemu-user on an x86_64 host unless the run \
         says otherwise. Emulation changes absolute times and their proportions between compute \
         and system calls; ratios between backends are the meaningful figures.\n\
         - Details and caveats: `docs/benchmarks.md`."
    );
}

/// The memory manager's share of link time for every backend, as each linker's shim measures
/// it (the stock managers beside the slab), with the Rust slab's own timer where it is used.
pub(super) fn write_memory_manager_share(md: &mut String, m: &Model) {
    let mut rows = Vec::new();
    let mut hows = BTreeSet::new();
    for (combo, loaded) in &m.runs {
        for s in loaded.run.sessions.iter().filter(|s| outcome_ok(s)) {
            let Some(clock) = &s.clock else { continue };
            let total = clock.total_ns();
            if total == 0 {
                continue;
            }
            hows.insert(clock.memory_manager_how.clone());
            let slab = match s.memory_manager_ns {
                Some((mm, link)) if link > 0 => format!("{:.1} %", mm as f64 * 100.0 / link as f64),
                _ => "—".to_string(),
            };
            rows.push(vec![
                combo.title(),
                format!("`{}`", s.backend),
                s.modules.to_string(),
                format!("{:.1} %", clock.memory_manager_ns as f64 * 100.0 / total as f64),
                slab,
            ]);
        }
    }
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(md, "\n## The memory manager's share of link time\n");
    let _ = writeln!(
        md,
        "Time attributed to the memory manager over the link time the session's clock saw (the run's last session \
         of each size). The shims measure it the same way for every memory manager of a linker, LLVM's and the \
         harness's alike, so the stock rows and the slab rows compare:"
    );
    for how in &hows {
        let _ = writeln!(md, "- {how}");
    }
    let _ = writeln!(
        md,
        "\n*the slab's own timer* is the time inside the Rust slab's reserve, allocate, finalize and release calls \
         (system calls included) over the session's link time, where the slab is the memory manager.\n"
    );
    let header: Vec<String> =
        ["run", "backend", "modules", "memory manager's share", "the slab's own timer"].iter().map(|s| s.to_string()).collect();
    table(md, &header, &rows, 2);
}

/// Where link time goes: each backend's phases at the run's largest session, from the
/// session's clock (see `crate::backend::LinkerClock`).
pub(super) fn write_link_phases(md: &mut String, m: &Model) {
    let mut blocks = Vec::new();
    for (combo, loaded) in &m.runs {
        let Some(n) = loaded.run.sessions.iter().filter(|s| s.clock.is_some()).map(|s| s.modules).max() else { continue };
        let mut rows = Vec::new();
        for s in loaded.run.sessions.iter().filter(|s| s.modules == n && outcome_ok(s)) {
            let Some(clock) = &s.clock else { continue };
            let total = clock.total_ns().max(1);
            let pct = |ns: u64| format!("{:.1} %", ns as f64 * 100.0 / total as f64);
            let ms = |ns: u64| format!("{:.2}", ns as f64 / 1e6);
            let (mut small, mut small_ns) = (0, 0);
            for p in &clock.phases {
                if p.of.is_empty() && p.ns * 100 < total {
                    small += 1;
                    small_ns += p.ns;
                    continue;
                }
                let name = if p.of.is_empty() { p.name.clone() } else { format!("(of which) {}", p.name) };
                rows.push(vec![format!("`{}`", s.backend), name, ms(p.ns), pct(p.ns)]);
            }
            if small > 0 {
                rows.push(vec![format!("`{}`", s.backend), format!("{small} phases under 1 % each"), ms(small_ns), pct(small_ns)]);
            }
            rows.push(vec![format!("`{}`", s.backend), "**total**".into(), ms(total), "100 %".into()]);
        }
        if !rows.is_empty() {
            blocks.push((combo.title(), n, rows));
        }
    }
    if blocks.is_empty() {
        return;
    }
    let _ = writeln!(md, "\n## Where link time goes\n");
    let _ = writeln!(
        md,
        "Each backend's link time at the run's largest session (its last session), split by the session's clock: \
         the harness's own steps timed in Rust (`harness: …`), RuntimeDyld's calls, and JITLink's phases marked at \
         the edges of its pass lists by a plugin in the shim (`JITLink: …`; the time between two pass lists is what \
         JITLink does there: pruning, allocating, resolving external symbols, applying fixups, finalizing). Rows \
         marked *(of which)* are parts of the phases above, not added to them: the harness's plugins' passes and \
         its symbol resolver inside JITLink."
    );
    let header: Vec<String> = ["backend", "phase", "ms", "share"].iter().map(|s| s.to_string()).collect();
    for (title, n, rows) in blocks {
        let _ = writeln!(md, "\n### {title}, {}\n", modules_header(n));
        table(md, &header, &rows, 2);
    }
}

/// Whole-corpus throughput: `corpus` runs' `throughput.json` (see `scripts/corpus-throughput`),
/// one row each, and per target the wall-time ratio of the first run to the last.
pub(super) fn write_throughput(md: &mut String, runs: &[(String, crate::diff::Throughput)]) {
    if runs.is_empty() {
        return;
    }
    let _ = writeln!(md, "\n## Whole-corpus throughput\n");
    let _ = writeln!(
        md,
        "`jitharness corpus --per-module` over the project's Numba corpora (`tests/corpus/`: both eras \
         for x86_64, linked in process; the 0.59 era for aarch64, cross-linked: the 0.68 era is lowered \
         for x86_64), every backend, one unit per module, on this machine's cores (`--jobs` default). \
         *before*: the debug build, a fresh worker process per job, every backend compiling the module \
         itself — how `corpus` ran until persistent workers; *after*: the release build, persistent \
         workers, each module compiled once per target (`make bench`: `scripts/corpus-throughput`); \
         *at scale*: as *after*, over 899 modules made by repeating each target's corpus files, \
         each copy its own unit (the size of the held-out corpus the throughput goal names, which \
         is not in the repository). \
         Phases are summed over the workers (CPU-side figures, so they add up to more than the wall \
         time on several cores); *rest of the jobs* is a job's time outside the phases named (opening \
         the session, resolving, the report); *start-up* is the workers started times one measured \
         start and exit of an idle worker."
    );
    let ms = |us: u64| format!("{:.0}", us as f64 / 1000.0);
    let header: Vec<String> = [
        "target",
        "run",
        "build",
        "workers",
        "compile",
        "units",
        "link jobs",
        "wall (s)",
        "start-up (ms)",
        "compile (ms)",
        "link (ms)",
        "audit (ms)",
        "rest of the jobs (ms)",
        "writing (ms)",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let rows: Vec<Vec<String>> = runs
        .iter()
        .map(|(label, t)| {
            let p = &t.phases;
            let rest = t.job_us.saturating_sub(p.compile_us + p.link_us + p.audit_us + p.run_us);
            vec![
                t.target.clone(),
                one_line(label),
                t.build.clone(),
                format!(
                    "{} at once, {}",
                    t.parallel,
                    if t.jobs_per_worker == 1 { "fresh per job".to_string() } else { format!("{} jobs each", t.jobs_per_worker) }
                ),
                if t.compile_once { "once per unit".into() } else { "in every job".into() },
                t.units.to_string(),
                t.jobs.to_string(),
                format!("{:.1}", t.wall_us as f64 / 1e6),
                ms(t.workers_started * t.worker_startup_us),
                ms(t.compile_once_us + p.compile_us),
                ms(p.link_us),
                ms(p.audit_us),
                ms(rest),
                ms(t.write_us),
            ]
        })
        .collect();
    table(md, &header, &rows, 5);
    let mut targets: Vec<&str> = runs.iter().map(|(_, t)| t.target.as_str()).collect();
    targets.dedup();
    let same_size = |t: &crate::diff::Throughput| runs.iter().filter(|(_, o)| o.target == t.target && o.units == t.units).count();
    md.push('\n');
    for target in targets {
        // Before and after are the same corpus: the target's runs of one size, when there
        // are several (a size with one run goes in the per-size lines below).
        let size = runs.iter().find(|(_, t)| t.target == target && same_size(t) > 1).map(|(_, t)| t.units);
        let mine: Vec<&(String, crate::diff::Throughput)> =
            runs.iter().filter(|(_, t)| t.target == target && Some(t.units) == size).collect();
        if let [first, .., last] = mine.as_slice() {
            let per_module = |t: &crate::diff::Throughput| t.wall_us as f64 / 1000.0 / t.units.max(1) as f64;
            let _ = writeln!(
                md,
                "- {target}: *{}* {:.1} s → *{}* {:.1} s wall ({:.1}× faster; {:.1} → {:.1} ms of wall time per module through all {} backends).",
                one_line(&first.0),
                first.1.wall_us as f64 / 1e6,
                one_line(&last.0),
                last.1.wall_us as f64 / 1e6,
                first.1.wall_us as f64 / last.1.wall_us.max(1) as f64,
                per_module(&first.1),
                per_module(&last.1),
                last.1.backends.len()
            );
        }
    }
    // A target's only run at a size (`scripts/corpus-throughput`'s scale runs): the wall
    // times per size, summed over the targets.
    let mut by_size: BTreeMap<u64, Vec<(&str, u64)>> = BTreeMap::new();
    for (_, t) in runs.iter().filter(|(_, t)| same_size(t) == 1) {
        by_size.entry(t.units).or_default().push((t.target.as_str(), t.wall_us));
    }
    for (units, walls) in by_size {
        let parts: Vec<String> = walls.iter().map(|(t, us)| format!("{t} {:.1} s", *us as f64 / 1e6)).collect();
        let total: u64 = walls.iter().map(|w| w.1).sum();
        let _ = writeln!(md, "- {units} modules, every backend: {} — {:.1} s in all.", parts.join(" + "), total as f64 / 1e6);
    }
}

/// The interleaved runs: per target, each backend's link time over `rtdyld-stock`'s in the
/// same round, median with its 10th–90th percentile spread, and what that allows to say.
pub(super) fn write_interleaved(md: &mut String, m: &Model) {
    let runs: Vec<_> = m.runs.iter().filter(|(_, l)| !l.run.interleaved.is_empty()).collect();
    if runs.is_empty() {
        return;
    }
    let _ = writeln!(md, "\n## Backends in turn: link time over rtdyld-stock's, round by round\n");
    let _ = writeln!(
        md,
        "One worker per session size links the same session through every backend in turn, round \
         after round (A B C …, then B C … A): whatever the machine does meanwhile falls on all of \
         them alike. Each cell is the backend's time over `rtdyld-stock`'s *in the same round*: the \
         median, the 10th–90th percentile spread in brackets, and the verdict — faster or slower only \
         when the whole spread is on one side of 1.0, else *too wide to conclude*. Below 1.0 the \
         backend is faster. Under qemu-user (aarch64 here) the ratios are those of emulated code."
    );
    for (combo, loaded) in runs {
        let run = &loaded.run;
        let _ = writeln!(md, "\n### {}", combo.title());
        let mut header = vec!["backend".to_string()];
        header.extend(run.interleaved.iter().map(|i| format!("{} ({} rounds)", modules_header(i.modules), i.rounds)));
        let mut rows = Vec::new();
        for kind in crate::bench::BACKENDS.iter().filter(|k| **k != crate::backend::BackendKind::RtdyldStock) {
            let mut row = vec![format!("`{}`", kind.name())];
            for i in &run.interleaved {
                row.push(match i.ratio(kind.name()) {
                    Some(r) => format!("{:.2} ({:.2}–{:.2}) {}", r.median, r.low, r.high, r.verdict()),
                    None => "—".into(),
                });
            }
            rows.push(row);
        }
        table(md, &header, &rows, 1);
        let notes: Vec<String> =
            run.interleaved.iter().flat_map(|i| i.notes.iter().map(move |n| format!("{} modules: {n}", i.modules))).collect();
        for n in notes {
            let _ = writeln!(md, "- {}", one_line(&crate::report::shorten(&n, 300)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcome_notes_drop_symbol_sets_and_scratch_paths() {
        let a = outcome_note(
            "unsupported: /tmp/jitharness-bench-aarch64-1/0000.o: types: X (Failed to materialize symbols: { (main, { b, a }) })",
        );
        let b = outcome_note(
            "unsupported: /tmp/jitharness-bench-aarch64-1/0000.o: types: X (Failed to materialize symbols: { (main, { a, b }) })",
        );
        assert_eq!(a, b);
        assert_eq!(a, "unsupported: 0000.o: types: X (Failed to materialize symbols: {…})");
    }
}
