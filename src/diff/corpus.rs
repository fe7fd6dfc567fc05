//! `jitharness corpus DIR`: `diff` over every module under a directory, with results as
//! JSON lines, a Markdown summary and a comparison with an earlier run.
//!
//! Grouping: a directory holding a `manifest.json` (as `jitharness capture` writes) is one
//! unit, its modules in the manifest's order — the modules of one Numba process, one
//! session. Any other directory that directly holds modules (`.ll`, `.bc`, `.o`) is one
//! unit of those modules in name order, except the root itself, whose modules are a unit
//! each.
//!
//! Compiling: a captured process's modules are compiled as its JIT did (no IR passes; the
//! manifest's code generation level and CPU, see [`as_the_jit_did`]), other modules as the
//! template says.

use crate::diff::{self, DiffOptions, Unit, UnitResult, UnitVerdict};
use crate::error::{Error, Result};
use crate::report::OutcomeKind;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// File names `corpus` writes into its output directory.
pub const RESULTS_FILE: &str = "results.jsonl";
/// Where `corpus --out` writes where its time went ([`diff::Throughput`]).
pub const THROUGHPUT_FILE: &str = "throughput.json";
pub const SUMMARY_FILE: &str = "summary.md";

fn is_module(p: &Path) -> bool {
    p.is_file() && matches!(p.extension().and_then(|e| e.to_str()), Some("ll" | "bc" | "o"))
}

/// Just the part of a capture manifest that grouping needs.
#[derive(Deserialize)]
struct ManifestModules {
    modules: Vec<ManifestModule>,
}

#[derive(Deserialize)]
struct ManifestModule {
    file: String,
}

/// The units under `root` (a directory, or a single module file).
pub fn discover(root: &Path) -> Result<Vec<Unit>> {
    if is_module(root) {
        return Ok(vec![Unit::new(root.display().to_string(), vec![root.to_path_buf()], None)]);
    }
    if !root.is_dir() {
        return Err(Error::io(root, std::io::Error::new(std::io::ErrorKind::NotFound, "not a module file or a directory")));
    }
    let mut units = Vec::new();
    walk(root, root, &mut units)?;
    Ok(units)
}

fn walk(root: &Path, dir: &Path, units: &mut Vec<Unit>) -> Result<()> {
    let rel = dir.strip_prefix(root).unwrap_or(dir).display().to_string();
    let name = if rel.is_empty() { root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| ".".into()) } else { rel };
    let manifest = dir.join("manifest.json");
    if manifest.is_file() {
        let text = std::fs::read_to_string(&manifest).map_err(|e| Error::io(&manifest, e))?;
        let m: ManifestModules = serde_json::from_str(&text).map_err(|e| Error::UnsupportedInput {
            file: manifest.display().to_string(),
            reason: format!("not a capture manifest: {e}"),
        })?;
        let inputs = m.modules.iter().map(|x| dir.join(&x.file)).collect::<Vec<_>>();
        if let Some(missing) = inputs.iter().find(|p| !p.is_file()) {
            return Err(Error::UnsupportedInput {
                file: manifest.display().to_string(),
                reason: format!("lists {}, which is not there", missing.display()),
            });
        }
        units.push(Unit { manifest: Some(manifest), ..Unit::new(name, inputs, None) });
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .map(|e| e.map(|e| e.path()).map_err(|e| Error::io(dir, e)))
        .collect::<Result<_>>()?;
    entries.sort();
    let modules: Vec<PathBuf> = entries.iter().filter(|p| is_module(p)).cloned().collect();
    if dir == root {
        for m in modules {
            let name = m.file_name().unwrap_or_default().to_string_lossy().into_owned();
            units.push(Unit::new(name, vec![m], None));
        }
    } else if !modules.is_empty() {
        units.push(Unit::new(name, modules, None));
    }
    for sub in entries.iter().filter(|p| p.is_dir()) {
        walk(root, sub, units)?;
    }
    Ok(())
}

/// Sets how every captured unit (one with a manifest) is compiled: as its JIT did, for
/// `base.arch` with `base`'s relocation and code model, `explicit` settings winning (see
/// [`crate::source::capture::jit_compile_options`]). A manifest that cannot be read as a
/// capture manifest gets Numba's defaults, with a note saying why.
pub fn as_the_jit_did(units: &mut [Unit], base: crate::compile::CompileOptions, explicit: &crate::compile::ExplicitCodegen) {
    use crate::source::capture;
    for u in units.iter_mut() {
        let Some(path) = &u.manifest else { continue };
        let dir = path.parent().unwrap_or(Path::new("."));
        let (manifest, mut notes) = match capture::read_manifest(dir) {
            Ok(m) => (Some(m), Vec::new()),
            Err(e) => (None, vec![format!("{e}: compiled with Numba's defaults")]),
        };
        let (compile, more) = capture::jit_compile_options(manifest.as_ref(), base, explicit);
        notes.extend(more);
        u.compile = Some(compile);
        u.notes = notes;
    }
}

/// What changed between a baseline run and this one.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct BaselineChanges {
    pub regressed: Vec<String>,
    pub fixed: Vec<String>,
    pub changed: Vec<String>,
    pub new_units: Vec<String>,
    pub missing_units: Vec<String>,
}

impl BaselineChanges {
    pub fn is_empty(&self) -> bool {
        self.regressed.is_empty()
            && self.fixed.is_empty()
            && self.changed.is_empty()
            && self.new_units.is_empty()
            && self.missing_units.is_empty()
    }
}

/// The file beside `results.jsonl` that says which part of which run a directory holds.
pub const SHARD_FILE: &str = "shard.json";
pub const SHARD_SCHEMA: &str = "jitharness/corpus-shard/v1";

/// What [`SHARD_FILE`] holds: the run's shard (none: the whole run) and every unit of the run.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, Deserialize)]
pub struct CorpusShard {
    pub schema: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<crate::shard::Shard>,
    pub plan: Vec<String>,
}

/// Writes `dir/shard.json`.
pub fn write_shard(dir: &Path, shard: Option<crate::shard::Shard>, plan: Vec<String>) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let p = dir.join(SHARD_FILE);
    let s = CorpusShard { schema: SHARD_SCHEMA.into(), shard, plan };
    std::fs::write(&p, serde_json::to_string_pretty(&s).expect("serializes")).map_err(|e| Error::io(&p, e))
}

/// What a killed run left in its output directory, read back by [`resume`]: the finished
/// units' results, and whether a cut-off last line was dropped (its unit runs again).
#[derive(Debug, Default)]
pub struct Resumed {
    pub results: Vec<UnitResult>,
    pub dropped_partial_line: bool,
}

/// Reads back the run in `dir` so that `--resume` can continue it: every whole line of
/// `results.jsonl` is a finished unit; a last line cut off mid-write (no newline, or one that
/// does not parse) is cut from the file, so appending continues on a line boundary. A missing
/// `results.jsonl` is a run that finished nothing.
///
/// # Errors
/// [`Error::Resume`] naming the file when the directory holds another run (`shard.json`
/// lists other units or another shard; a result for a unit not in `units` (this run's, or its
/// shard's), for another target
/// or other backends) or a damaged one (a line before the last that does not parse, a unit
/// twice): resuming would mix two runs' results or hide lost ones.
pub fn resume(dir: &Path, shard: Option<crate::shard::Shard>, plan: &[String], units: &[String], opts: &DiffOptions) -> Result<Resumed> {
    let resume_err = |file: &Path, reason: String| Error::Resume { file: file.display().to_string(), reason };
    let shard_file = dir.join(SHARD_FILE);
    if let Ok(text) = std::fs::read_to_string(&shard_file) {
        let before: CorpusShard = serde_json::from_str(&text)
            .map_err(|e| resume_err(&shard_file, format!("not a corpus shard record ({e}): the directory is not a corpus run's")))?;
        if before.shard != shard {
            let name = |s: Option<crate::shard::Shard>| s.map_or("the whole run".to_string(), |s| format!("shard {s}"));
            return Err(resume_err(&shard_file, format!("it holds {}, this run is {}", name(before.shard), name(shard))));
        }
        if before.plan != plan {
            let missing = plan.iter().filter(|u| !before.plan.contains(u)).count();
            let extra = before.plan.iter().filter(|u| !plan.contains(u)).count();
            return Err(resume_err(
                &shard_file,
                format!(
                    "it holds another run's units ({} units; this run has {}, {missing} of them not in it, and it has {extra} not in this run)",
                    before.plan.len(),
                    plan.len()
                ),
            ));
        }
    }
    let file = dir.join(RESULTS_FILE);
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Resumed::default()),
        Err(e) => return Err(Error::io(&file, e)),
    };
    let backends: Vec<String> = opts.backends.iter().map(|b| b.to_string()).collect();
    let mut out = Resumed::default();
    let mut seen = std::collections::BTreeSet::new();
    let (mut offset, mut good) = (0usize, 0usize);
    let mut line_no = 0;
    while offset < bytes.len() {
        line_no += 1;
        let end = bytes[offset..].iter().position(|&b| b == b'\n').map(|i| offset + i);
        let line = &bytes[offset..end.unwrap_or(bytes.len())];
        let parsed: std::result::Result<UnitResult, String> = if end.is_none() {
            Err("the line has no end (the run was stopped while writing it)".into())
        } else {
            serde_json::from_slice(line).map_err(|e| e.to_string())
        };
        let last = end.is_none_or(|e| e + 1 == bytes.len());
        let r = match parsed {
            Ok(r) => r,
            Err(_) if last => {
                out.dropped_partial_line = true;
                break;
            }
            Err(e) => {
                return Err(resume_err(
                    &file,
                    format!("line {line_no} is not a unit result ({e}) and more lines follow: the file is damaged"),
                ))
            }
        };
        let name = r.unit.name.clone();
        if !units.contains(&name) {
            return Err(resume_err(
                &file,
                format!("line {line_no}: unit {name} is not in this run: the directory holds another run's results"),
            ));
        }
        if r.target != opts.template.compile.arch {
            return Err(resume_err(
                &file,
                format!("line {line_no}: unit {name} was linked for {}, this run is for {}", r.target, opts.template.compile.arch),
            ));
        }
        let theirs: Vec<&str> = r.runs.iter().map(|b| b.backend.as_str()).collect();
        if theirs != backends.iter().map(String::as_str).collect::<Vec<_>>() {
            return Err(resume_err(
                &file,
                format!("line {line_no}: unit {name} was run through {}, this run asks for {}", theirs.join(", "), backends.join(", ")),
            ));
        }
        if !seen.insert(name.clone()) {
            return Err(resume_err(&file, format!("line {line_no}: unit {name} a second time: the file is damaged")));
        }
        out.results.push(r);
        offset = end.map_or(bytes.len(), |e| e + 1);
        good = offset;
    }
    if good < bytes.len() {
        let f = std::fs::OpenOptions::new().write(true).open(&file).map_err(|e| Error::io(&file, e))?;
        f.set_len(good as u64).map_err(|e| Error::io(&file, e))?;
    }
    Ok(out)
}

/// Merges the output directories of a sharded `corpus` run: every shard once, each complete.
/// The results come sorted by unit name.
///
/// # Errors
/// [`Error::Merge`] for overlapping, missing or incomplete shards (a shard whose run was
/// killed before its last unit), naming the directory and the units.
pub fn merge_dirs(dirs: &[PathBuf]) -> Result<Vec<UnitResult>> {
    let mut parts = Vec::new();
    for d in dirs {
        let p = d.join(SHARD_FILE);
        let text = std::fs::read_to_string(&p).map_err(|e| Error::io(&p, e))?;
        let s: CorpusShard = serde_json::from_str(&text)
            .map_err(|e| Error::UnsupportedInput { file: p.display().to_string(), reason: format!("not a corpus shard file: {e}") })?;
        parts.push((d, s, read_results(d)?));
    }
    let views: Vec<crate::shard::Part<'_>> =
        parts.iter().map(|(d, s, _)| crate::shard::Part { file: d.as_path(), shard: s.shard, plan: &s.plan }).collect();
    crate::shard::check_parts(&views)?;
    let mut all = Vec::new();
    for (d, s, results) in parts {
        let expected = s.shard.unwrap_or(crate::shard::Shard::WHOLE).select(&s.plan);
        let have: std::collections::BTreeSet<&str> = results.iter().map(|r| r.unit.name.as_str()).collect();
        let missing: Vec<&String> = expected.iter().filter(|u| !have.contains(u.as_str())).collect();
        if !missing.is_empty() {
            return Err(Error::Merge(format!(
                "{} is incomplete: {} of its {} units have no result (e.g. {}); rerun that shard",
                d.display(),
                missing.len(),
                expected.len(),
                missing[0]
            )));
        }
        all.extend(results);
    }
    all.sort_by(|a, b| a.unit.name.cmp(&b.unit.name));
    Ok(all)
}

/// Writes merged results (as `corpus` does) into `dir`.
pub fn write_results(dir: &Path, results: &[UnitResult]) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let p = dir.join(RESULTS_FILE);
    let mut text = String::new();
    for r in results {
        text.push_str(&serde_json::to_string(r).expect("serializes"));
        text.push('\n');
    }
    std::fs::write(&p, text).map_err(|e| Error::io(&p, e))
}

/// Reads a `results.jsonl` (or a directory holding one).
pub fn read_results(path: &Path) -> Result<Vec<UnitResult>> {
    let file = if path.is_dir() { path.join(RESULTS_FILE) } else { path.to_path_buf() };
    let text = std::fs::read_to_string(&file).map_err(|e| Error::io(&file, e))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| Error::UnsupportedInput {
                file: format!("{}:{}", file.display(), i + 1),
                reason: format!("not a diff result: {e}"),
            })
        })
        .collect()
}

/// Compares this run with a baseline, unit by unit and backend by backend.
pub fn compare_with_baseline(baseline: &[UnitResult], now: &[UnitResult]) -> BaselineChanges {
    let mut c = BaselineChanges::default();
    let before: BTreeMap<&str, &UnitResult> = baseline.iter().map(|r| (r.unit.name.as_str(), r)).collect();
    let after: BTreeMap<&str, &UnitResult> = now.iter().map(|r| (r.unit.name.as_str(), r)).collect();
    for (name, b) in &before {
        if !after.contains_key(name) {
            c.missing_units.push(format!("{name} (was {})", b.verdict.label()));
        }
    }
    for (name, a) in &after {
        let Some(b) = before.get(name) else {
            c.new_units.push(format!("{name}: {}", a.verdict.label()));
            continue;
        };
        if let (Some(was), Some(is)) = (&b.compile, &a.compile) {
            if was != is {
                c.changed.push(format!("{name}: compiled with {} (was {})", is.describe(), was.describe()));
            }
        }
        // (which run, was, is, severity was, severity is, summary was, summary is)
        let mut pairs = vec![(
            String::new(),
            b.verdict.label(),
            a.verdict.label(),
            b.verdict.severity(),
            a.verdict.severity(),
            b.verdict.summary(),
            a.verdict.summary(),
        )];
        for run in &a.runs {
            if let Some(old) = b.runs.iter().find(|r| r.backend == run.backend) {
                pairs.push((
                    format!(" on {}", run.backend),
                    old.outcome.label(),
                    run.outcome.label(),
                    old.outcome.severity(),
                    run.outcome.severity(),
                    old.summary.clone(),
                    run.summary.clone(),
                ));
            }
        }
        for (on, was, is, was_rank, is_rank, was_s, is_s) in pairs {
            if was == is {
                continue;
            }
            let line =
                format!("{name}{on}: {was} -> {is} ({})", crate::report::shorten(if is_rank > was_rank { &is_s } else { &was_s }, 160));
            match is_rank.cmp(&was_rank) {
                std::cmp::Ordering::Greater => c.regressed.push(line),
                std::cmp::Ordering::Less => c.fixed.push(line),
                std::cmp::Ordering::Equal => c.changed.push(line),
            }
        }
    }
    c
}

/// A failure reason with what varies between instances (names, addresses, numbers) blanked,
/// so that the same reason counts once.
pub fn reason_class(s: &str) -> String {
    let s = blank_files(s);
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '`' => {
                for c in chars.by_ref() {
                    if c == '`' {
                        break;
                    }
                }
                out.push_str("`…`");
            }
            '0' if chars.peek() == Some(&'x') && !out.ends_with(|p: char| p.is_ascii_alphanumeric() || p == '_') => {
                chars.next();
                while chars.peek().is_some_and(|c| c.is_ascii_hexdigit()) {
                    chars.next();
                }
                out.push_str("0x…");
            }
            // Numbers standing alone, not the digits of a name (R_X86_64_PC32).
            c if c.is_ascii_digit() && !out.ends_with(|p: char| p.is_ascii_alphanumeric() || p == '_') => {
                while chars.peek().is_some_and(|c| c.is_ascii_digit()) {
                    chars.next();
                }
                out.push('N');
            }
            c => out.push(c),
        }
    }
    crate::report::shorten(&out, 160)
}

/// `s` with every word that names a file (a path, a name with a source or object extension,
/// a harness-made `trap-stub(…)` object) replaced by `FILE`.
fn blank_files(s: &str) -> String {
    let is_file = |w: &str| {
        let w = w.trim_end_matches([':', ',', ';', ')', '.']).trim_start_matches('(');
        let ext = |e: &str| w.len() > e.len() && w.ends_with(e);
        w.contains('/') || [".ll", ".bc", ".o", ".s"].into_iter().any(ext) || w.starts_with("trap-stub(")
    };
    let mut out = String::with_capacity(s.len());
    for (i, word) in s.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if is_file(word) {
            let tail: String = word.chars().rev().take_while(|c| matches!(c, ':' | ',' | ';')).collect();
            out.push_str("FILE");
            out.extend(tail.chars().rev());
        } else {
            out.push_str(word);
        }
    }
    out
}

/// The Markdown summary of a corpus run.
pub fn summary_markdown(title: &str, results: &[UnitResult], opts: &DiffOptions, changes: Option<&BaselineChanges>) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# Corpus: {title}\n");
    let harness = crate::report::HarnessInfo::current();
    let how = results.iter().flat_map(|r| r.runs.first()).map(|r| r.execution.describe()).next().unwrap_or_default();
    let _ = writeln!(md, "- target: {}; LLVM {}; harness {}", opts.template.arch(), harness.llvm_version, harness.version);
    let _ = writeln!(md, "- how it ran: {how}");
    let mut compiled: BTreeMap<String, usize> = BTreeMap::new();
    for r in results {
        *compiled.entry(r.compile.map(|c| c.describe()).unwrap_or_else(|| "not recorded".into())).or_default() += 1;
    }
    for (how, n) in &compiled {
        let _ = writeln!(md, "- compiled with {how}: {n} unit{}", if *n == 1 { "" } else { "s" });
    }
    let mut notes: BTreeMap<&str, usize> = BTreeMap::new();
    for r in results {
        for n in &r.unit.notes {
            *notes.entry(n.as_str()).or_default() += 1;
        }
    }
    for (note, n) in &notes {
        let _ = writeln!(md, "- note ({n} unit{}): {note}", if *n == 1 { "" } else { "s" });
    }
    let _ = writeln!(md, "- backends: {}", opts.backends.iter().map(|b| b.to_string()).collect::<Vec<_>>().join(", "));
    let _ = writeln!(
        md,
        "- jobs: placement {}, {}{}, each unit compiled once and linked by every backend in persistent worker processes (a crash or a hang costs only its own job), timeout {} s\n",
        opts.template.placement,
        if opts.template.link_only { "link only" } else { "linked and run" },
        if opts.template.stub_unresolved { ", unresolved symbols bound to trap stubs" } else { "" },
        opts.timeout.as_secs()
    );

    let mut verdicts: BTreeMap<&str, usize> = BTreeMap::new();
    for r in results {
        *verdicts.entry(r.verdict.label()).or_default() += 1;
    }
    let _ = writeln!(md, "## Verdicts ({} units)\n", results.len());
    let _ = writeln!(md, "| verdict | units |\n|---|---:|");
    for v in ["agree", "differ", "unsupported", "crash", "timeout"] {
        let _ = writeln!(md, "| {v} | {} |", verdicts.get(v).copied().unwrap_or(0));
    }

    const OUTCOMES: [OutcomeKind; 7] = OutcomeKind::ALL;
    let _ = writeln!(md, "\n## Outcomes per backend\n");
    let _ =
        writeln!(md, "| backend | {} | fixups | out of range | wrong target | not checked |", OUTCOMES.map(OutcomeKind::label).join(" | "));
    let _ = writeln!(md, "|---|{}---:|---:|---:|---:|", "---:|".repeat(OUTCOMES.len()));
    for spec in &opts.backends {
        let name = spec.to_string();
        let runs: Vec<_> = results.iter().flat_map(|r| r.runs.iter().filter(|x| x.backend == name)).collect();
        let count = |o: &OutcomeKind| runs.iter().filter(|r| r.outcome == *o).count();
        let sum = |f: &dyn Fn(&diff::BackendRun) -> u64| runs.iter().map(|r| f(r)).sum::<u64>();
        let _ = writeln!(
            md,
            "| {name} | {} | {} | {} | {} | {} |",
            OUTCOMES.iter().map(|o| count(o).to_string()).collect::<Vec<_>>().join(" | "),
            sum(&|r| r.fixups),
            sum(&|r| r.verdicts.out_of_range),
            sum(&|r| r.verdicts.wrong_target),
            sum(&|r| r.verdicts.not_checked)
        );
    }

    let mut reasons: BTreeMap<(String, String), usize> = BTreeMap::new();
    for r in results {
        for run in r.runs.iter().filter(|x| x.outcome.severity() >= 1) {
            *reasons.entry((run.backend.clone(), reason_class(&run.summary))).or_default() += 1;
        }
    }
    let mut top: Vec<_> = reasons.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let _ = writeln!(md, "\n## Top failure reasons\n");
    if top.is_empty() {
        let _ = writeln!(md, "None: every backend passed or linked every unit.");
    } else {
        let _ = writeln!(md, "| units | backend | reason (names and numbers blanked) |\n|---:|---|---|");
        for ((backend, reason), n) in top.iter().take(10) {
            let _ = writeln!(md, "| {n} | {backend} | {} |", reason.replace('|', "\\|"));
        }
    }

    let differing: Vec<_> = results.iter().filter(|r| r.verdict.label() != "agree").collect();
    if !differing.is_empty() {
        let _ = writeln!(md, "\n## Units that did not agree\n");
        for r in differing.iter().take(50) {
            let _ = writeln!(md, "- `{}`: {}", r.unit.name, crate::report::shorten(&r.verdict.summary(), 300));
        }
    }

    // Agreement is not correctness: backends can agree on a mislink. List every failing run.
    let failing: Vec<(&str, &diff::BackendRun)> =
        results.iter().flat_map(|r| r.runs.iter().filter(|x| x.outcome.is_failure()).map(move |x| (r.unit.name.as_str(), x))).collect();
    if !failing.is_empty() {
        let _ = writeln!(md, "\n## Runs that failed (whatever the verdict)\n");
        for (unit, run) in failing.iter().take(50) {
            let _ = writeln!(md, "- `{unit}` on {}: {}", run.backend, crate::report::shorten(&run.summary, 300));
        }
        if failing.len() > 50 {
            let _ = writeln!(md, "- … {} more", failing.len() - 50);
        }
    }

    // Every backend audits the same objects; count each unit's relocations once, from the
    // first backend that audited it.
    let mut types: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for r in results {
        if let Some(run) = r.runs.iter().find(|x| !x.relocation_types.is_empty()) {
            for (t, n) in &run.relocation_types {
                let e = types.entry(t.clone()).or_default();
                e.0 += n;
                e.1 += 1;
            }
        }
    }
    let _ = writeln!(md, "\n## Relocation types seen\n");
    let _ = writeln!(md, "| type | relocations | units |\n|---|---:|---:|");
    for (t, (n, u)) in &types {
        let _ = writeln!(md, "| {t} | {n} | {u} |");
    }

    if let Some(c) = changes {
        let _ = writeln!(md, "\n## Against the baseline\n");
        if c.is_empty() {
            let _ = writeln!(md, "No change.");
        }
        for (what, list) in [
            ("regressed", &c.regressed),
            ("fixed", &c.fixed),
            ("changed", &c.changed),
            ("new", &c.new_units),
            ("missing", &c.missing_units),
        ] {
            for l in list {
                let _ = writeln!(md, "- {what}: {l}");
            }
        }
    }
    md
}

/// One unit per module: each input of each unit on its own, named `unit/file`, compiled as
/// its unit was.
pub fn per_module(units: Vec<Unit>) -> Vec<Unit> {
    units
        .into_iter()
        .flat_map(|u| {
            let single = u.inputs.len() == 1;
            u.inputs
                .iter()
                .map(|p| {
                    let file = p.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
                    let name = if single { u.name.clone() } else { format!("{}/{file}", u.name) };
                    Unit { name, inputs: vec![p.clone()], ..u.clone() }
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Runs the corpus; writes `results.jsonl` and `summary.md` into `out` when given. With
/// `resumed` (what [`resume`] read back from `out`), the units it holds are not run again and
/// new results are appended after them; the results returned are all of them, in `units`'
/// order.
pub fn run(units: &[Unit], opts: &DiffOptions, out: Option<&Path>, verbose: bool, resumed: Option<Resumed>) -> Result<Vec<UnitResult>> {
    let mut jsonl = match out {
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            let p = dir.join(RESULTS_FILE);
            let f =
                if resumed.is_some() { std::fs::OpenOptions::new().append(true).create(true).open(&p) } else { std::fs::File::create(&p) };
            Some((f.map_err(|e| Error::io(&p, e))?, p))
        }
        None => None,
    };
    let kept = resumed.map(|r| r.results).unwrap_or_default();
    let done: std::collections::BTreeSet<&str> = kept.iter().map(|r| r.unit.name.as_str()).collect();
    let all_units = units;
    let todo: Vec<Unit> = units.iter().filter(|u| !done.contains(u.name.as_str())).cloned().collect();
    let units = &todo[..];
    let bar = indicatif::ProgressBar::new(units.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} units {elapsed} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let mut write_err = None;
    let mut write_us = 0;
    let (results, mut throughput) = diff::run_measured(units, opts, |r| {
        let writing = std::time::Instant::now();
        bar.inc(1);
        bar.set_message(format!("{}: {}", r.unit.name, r.verdict.label()));
        if verbose {
            bar.suspend(|| eprintln!("{}: {}", r.unit.name, crate::report::shorten(&r.verdict.summary(), 200)));
        }
        if let Some((f, p)) = &mut jsonl {
            use std::io::Write;
            // One write per unit: a line is whole or missing, never interleaved.
            let mut line = serde_json::to_vec(r).expect("results serialize");
            line.push(b'\n');
            if let Err(e) = f.write_all(&line) {
                write_err.get_or_insert(Error::io(p.clone(), e));
            }
        }
        write_us += writing.elapsed().as_micros() as u64;
    });
    bar.finish_and_clear();
    throughput.write_us = write_us;
    eprint!("throughput: {}", throughput.text());
    if let Some(dir) = out {
        let p = dir.join(THROUGHPUT_FILE);
        let json = serde_json::to_string_pretty(&throughput).expect("serializes") + "\n";
        std::fs::write(&p, json).map_err(|e| Error::io(&p, e))?;
    }
    if let Some(e) = write_err {
        return Err(e);
    }
    let order: BTreeMap<&str, usize> = all_units.iter().enumerate().map(|(i, u)| (u.name.as_str(), i)).collect();
    let mut all: Vec<UnitResult> = kept.into_iter().chain(results).collect();
    all.sort_by_key(|r| order.get(r.unit.name.as_str()).copied().unwrap_or(usize::MAX));
    Ok(all)
}

/// Whether results hold a verdict that fails the run.
pub fn any_failure(results: &[UnitResult]) -> bool {
    results.iter().any(|r| r.verdict.is_failure())
}

/// A failing verdict's unit names, for messages.
pub fn failing_units(results: &[UnitResult]) -> Vec<&str> {
    results
        .iter()
        .filter(|r| matches!(r.verdict, UnitVerdict::Differ { .. } | UnitVerdict::Crash { .. } | UnitVerdict::Timeout { .. }))
        .map(|r| r.unit.name.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_blank_what_varies() {
        assert_eq!(
            reason_class("iteration 3: relocation audit: 2 fixups wrong; first: m.ll .text+0x80 R_AARCH64_ADR_GOT_PAGE `sym`"),
            "iteration N: relocation audit: N fixups wrong; first: FILE .text+0x… R_AARCH64_ADR_GOT_PAGE `…`"
        );
        // The same reason from two units (and a trap stub's object) counts once.
        let a =
            "iteration 0: linking tests/corpus/numba/a/m1.ll with jitlink-slab: unsupported relocation types: R_AARCH64_MOVW_UABS_G0_NC";
        let b = "iteration 0: linking /tmp/x/m2.bc with jitlink-slab: unsupported relocation types: R_AARCH64_MOVW_UABS_G0_NC";
        assert_eq!(reason_class(a), reason_class(b), "paths blanked");
        assert!(reason_class(a).contains("linking FILE with"), "{}", reason_class(a));
        assert_eq!(reason_class("trap-stub(NRT_Free): x"), "FILE: x", "harness objects blanked too");
        assert_eq!(reason_class("a.b.c is fine"), "a.b.c is fine", "not every dotted word is a file");
    }

    #[test]
    fn grouping_by_manifest_directory_and_root() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        std::fs::write(root.join("b.ll"), "").unwrap();
        std::fs::write(root.join("a.o"), "").unwrap();
        std::fs::write(root.join("notes.txt"), "").unwrap();
        std::fs::create_dir_all(root.join("grp")).unwrap();
        std::fs::write(root.join("grp/2.ll"), "").unwrap();
        std::fs::write(root.join("grp/1.bc"), "").unwrap();
        std::fs::create_dir_all(root.join("proc")).unwrap();
        std::fs::write(root.join("proc/0000.ll"), "").unwrap();
        std::fs::write(root.join("proc/0001.ll"), "").unwrap();
        std::fs::write(root.join("proc/manifest.json"), r#"{"modules":[{"file":"0001.ll"},{"file":"0000.ll"}]}"#).unwrap();
        let units = discover(root).unwrap();
        let names: Vec<_> = units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["a.o", "b.ll", "grp", "proc"]);
        let files = |u: &Unit| u.inputs.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect::<Vec<_>>();
        assert_eq!(files(&units[2]), ["1.bc", "2.ll"]);
        assert_eq!(files(&units[3]), ["0001.ll", "0000.ll"], "manifest order, not name order");
        assert_eq!(units[3].manifest.as_deref(), Some(root.join("proc/manifest.json").as_path()));
        assert!(units[..3].iter().all(|u| u.manifest.is_none()), "only the manifest directory is a capture");

        // Captured units are compiled as the JIT did; the others as the template says.
        let mut units = units;
        let base = crate::compile::CompileOptions::new(crate::target::Arch::X86_64);
        as_the_jit_did(&mut units, base, &crate::compile::ExplicitCodegen::default());
        assert!(units[..3].iter().all(|u| u.compile.is_none() && u.notes.is_empty()));
        let c = units[3].compile.expect("the captured unit's options are set");
        assert_eq!((c.passes, c.opt_level), (crate::compile::Passes::None, 3), "no IR passes, Numba's default level");
        assert!(units[3].notes.iter().any(|n| n.contains("not a capture manifest")), "{:?}", units[3].notes);

        std::fs::write(root.join("proc/manifest.json"), r#"{"modules":[{"file":"0009.ll"}]}"#).unwrap();
        assert!(discover(root).unwrap_err().to_string().contains("0009.ll"));
    }
}
