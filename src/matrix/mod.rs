//! `jitharness matrix`: the migration question as one result set.
//!
//! One run of one harness build (one LLVM) puts every suite's units through every backend on
//! each target, and records per unit and backend what happened, in a class a decision can be
//! made on: `clean` (linked, every fixup audited correct, and where it ran, every result
//! right), `mislinked` (a wrong fixup or a wrong result, named), `error`, `unsupported` (with
//! the reason) or `crashed`. Around the records: the bench figures (link latency, mappings,
//! reclaim) measured on the target's own machine, and summaries of `numba test` results.
//!
//! Runs of several builds (and shards of one run, see [`crate::shard`]) are combined by
//! [`merge`]; [`gate`] compares a result set with a committed baseline; [`table`] renders the
//! compatibility table and [`migration`] the migration guide.

pub mod gate;
pub mod merge;
pub mod migration;
pub mod table;

use crate::backend::BackendKind;
use crate::diff::{self, BackendRun, BackendSpec, DiffOptions, Unit, UnitResult};
use crate::error::{Error, Result};
use crate::memory::placement::Placement;
use crate::numba::suite::SuiteReport;
use crate::report::OutcomeKind;
use crate::run::job::LinkJob;
use crate::shard::Shard;
use crate::target::Arch;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const MATRIX_SCHEMA: &str = "jitharness/matrix/v1";

/// What happened to one unit with one backend, as the decision needs it. Ordered from best
/// to worst: a silent mislink is worse than a crash, which at least shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    Clean,
    Unsupported,
    Error,
    Crashed,
    Mislinked,
}

impl Class {
    pub const ALL: [Class; 5] = [Class::Clean, Class::Mislinked, Class::Unsupported, Class::Error, Class::Crashed];

    pub fn label(self) -> &'static str {
        match self {
            Class::Clean => "clean",
            Class::Unsupported => "unsupported",
            Class::Error => "error",
            Class::Crashed => "crashed",
            Class::Mislinked => "mislinked",
        }
    }
}

/// A group of units run the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Suite {
    /// Every built-in workload, three loads per session, natural placement: run where the
    /// target is the machine's, cross-linked and audited elsewhere.
    Workloads,
    /// The same with the backends' memory scattered over the address space, as a long-lived
    /// process's mappings are: where RuntimeDyld's separately mapped sections overflow.
    WorkloadsScatter,
    /// The modules Numba 0.59.1 / llvmlite 0.42 (LLVM 14) handed its JIT
    /// (`tests/corpus/numba`), one session per program, linked and audited.
    Numba059,
    /// The same programs under Numba 0.68.1 / llvmlite 0.50 (LLVM 22)
    /// (`tests/corpus/numba-0.68`).
    Numba068,
}

impl Suite {
    pub const ALL: [Suite; 4] = [Suite::Workloads, Suite::WorkloadsScatter, Suite::Numba059, Suite::Numba068];

    pub fn name(self) -> &'static str {
        match self {
            Suite::Workloads => "workloads",
            Suite::WorkloadsScatter => "workloads-scatter",
            Suite::Numba059 => "numba-0.59",
            Suite::Numba068 => "numba-0.68",
        }
    }

    /// The directory under the corpus root a Numba suite reads.
    pub fn corpus_dir(self) -> Option<&'static str> {
        match self {
            Suite::Numba059 => Some("numba"),
            Suite::Numba068 => Some("numba-0.68"),
            _ => None,
        }
    }

    /// The LLVM that wrote a Numba suite's IR (an older LLVM's parser may not read it).
    pub fn ir_llvm(self) -> Option<u32> {
        match self {
            Suite::Numba059 => Some(14),
            Suite::Numba068 => Some(22),
            _ => None,
        }
    }

    pub fn is_numba_corpus(self) -> bool {
        self.corpus_dir().is_some()
    }

    /// Parses `all` or a comma-separated list.
    pub fn parse_list(s: &str) -> Result<Vec<Suite>> {
        if s.trim() == "all" {
            return Ok(Suite::ALL.to_vec());
        }
        let mut v = Vec::new();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let suite = Suite::ALL.into_iter().find(|x| x.name() == part).ok_or_else(|| {
                let names: Vec<_> = Suite::ALL.iter().map(|x| x.name()).collect();
                Error::Usage(format!("--suites: unknown suite `{part}` (known: all, {})", names.join(", ")))
            })?;
            if !v.contains(&suite) {
                v.push(suite);
            }
        }
        if v.is_empty() {
            return Err(Error::Usage("--suites: no suite given".into()));
        }
        Ok(v)
    }
}

/// The harness build a part of the set came from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Build {
    pub llvm: u32,
    pub llvm_version: String,
    pub harness: String,
    /// The machine's architecture (`x86_64`, `aarch64`).
    pub host: String,
}

impl Build {
    pub fn current() -> Build {
        Build {
            llvm: crate::compile::llvm_major(),
            llvm_version: crate::compile::llvm_version().to_string(),
            harness: env!("CARGO_PKG_VERSION").to_string(),
            host: Arch::host().name().to_string(),
        }
    }
}

/// Audit verdicts of one relocation type in one record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelocTally {
    pub seen: u64,
    pub wrong: u64,
    pub not_checked: u64,
}

/// One unit through one backend.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub llvm: u32,
    pub target: String,
    pub suite: String,
    pub unit: String,
    pub backend: String,
    /// How it ran: `native`, `qemu-user, reserved VA 0x…`, `cross link only`.
    pub execution: String,
    pub class: Class,
    /// What went wrong, naming the object, section, relocation or symbol (empty when clean).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
    /// The known defect (src/llvm/defects.rs) that explains a record that is not clean.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defect: Option<String>,
    pub objects: usize,
    pub fixups: u64,
    pub wrong: u64,
    pub not_checked: u64,
    pub relocations: BTreeMap<String, RelocTally>,
    /// Relocation types an error named as unsupported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unsupported_relocations: Vec<String>,
}

impl Record {
    /// The plan key of the unit (every backend of a unit shares it).
    pub fn key(&self) -> String {
        unit_key(self.llvm, &self.target, &self.suite, &self.unit)
    }

    /// The identity a baseline compares by.
    pub fn id(&self) -> (u32, String, String, String, String) {
        (self.llvm, self.target.clone(), self.suite.clone(), self.unit.clone(), self.backend.clone())
    }
}

/// A unit's plan key: `llvm22/aarch64/numba-0.59/array_loops`.
pub fn unit_key(llvm: u32, target: &str, suite: &str, unit: &str) -> String {
    format!("llvm{llvm}/{target}/{suite}/{unit}")
}

pub fn bench_key(llvm: u32, target: &str) -> String {
    format!("llvm{llvm}/{target}/bench")
}

pub fn numba_key(llvm: u32, era: &str) -> String {
    format!("llvm{llvm}/x86_64/numba-test/{era}")
}

/// A wall-clock figure: kept apart from the records, which are the same in every run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timing {
    pub key: String,
    pub backend: String,
    pub elapsed_ms: u64,
}

/// A bench run for one LLVM and target, or why there is none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BenchPart {
    pub llvm: u32,
    pub target: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_measured: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run: Option<crate::bench::BenchRun>,
}

/// One linker's `numba test` results against stock Numba.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumbaCell {
    pub llvm: u32,
    pub era: String,
    pub subset: String,
    pub linker: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsupported: Option<String>,
    pub tests: u64,
    /// Tests whose result is not stock Numba's, with the known defect that explains each.
    pub differing: BTreeMap<String, Option<String>>,
}

/// A result set: one run, one shard of a run, or many merged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MatrixSet {
    pub schema: String,
    pub builds: Vec<Build>,
    /// Present while this is one shard of a run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<Shard>,
    /// Every work item of the run this set belongs to (all shards).
    pub plan: Vec<String>,
    /// The work items this set holds.
    pub done: Vec<String>,
    pub records: Vec<Record>,
    pub numba: Vec<NumbaCell>,
    pub bench: Vec<BenchPart>,
    pub timings: Vec<Timing>,
    pub notes: Vec<String>,
}

impl MatrixSet {
    /// Sorts everything, so that equal results are equal bytes.
    pub fn canonicalize(&mut self) {
        self.builds.sort();
        self.builds.dedup();
        self.plan.sort();
        self.plan.dedup();
        self.done.sort();
        self.done.dedup();
        self.records.sort_by_key(|a| a.id());
        self.numba.sort_by(|a, b| (a.llvm, &a.era, &a.linker).cmp(&(b.llvm, &b.era, &b.linker)));
        self.bench.sort_by(|a, b| (a.llvm, &a.target).cmp(&(b.llvm, &b.target)));
        self.timings.sort_by(|a, b| (&a.key, &a.backend).cmp(&(&b.key, &b.backend)));
        self.notes.sort();
        self.notes.dedup();
    }

    /// The set without what differs from run to run (timings and bench figures): what a
    /// sharded and an unsharded run must agree on byte for byte.
    pub fn without_measurements(&self) -> MatrixSet {
        let mut s = self.clone();
        s.timings.clear();
        for b in &mut s.bench {
            b.run = None;
        }
        s
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a matrix set serializes")
    }

    pub fn read(path: &Path) -> Result<MatrixSet> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let set: MatrixSet = serde_json::from_str(&text).map_err(|e| Error::UnsupportedInput {
            file: path.display().to_string(),
            reason: format!("not a matrix result set ({MATRIX_SCHEMA}): {e}"),
        })?;
        if set.schema != MATRIX_SCHEMA {
            return Err(Error::UnsupportedInput {
                file: path.display().to_string(),
                reason: format!("schema `{}`, expected `{MATRIX_SCHEMA}`", set.schema),
            });
        }
        set.check_unique().map_err(|reason| Error::UnsupportedInput { file: path.display().to_string(), reason })?;
        Ok(set)
    }

    /// Every record and every Numba cell once: the gate and the tables look cells up by key,
    /// so a second cell under one key would be silently dropped (found by fuzzing: a set then
    /// failed the gate against itself).
    pub fn check_unique(&self) -> std::result::Result<(), String> {
        let mut ids = std::collections::BTreeSet::new();
        for r in &self.records {
            if !ids.insert(r.id()) {
                let (llvm, target, suite, unit, backend) = r.id();
                return Err(format!("two records for LLVM {llvm}, {target}, suite {suite}, unit {unit}, backend {backend}"));
            }
        }
        let mut cells = std::collections::BTreeSet::new();
        for c in &self.numba {
            if !cells.insert((c.llvm, c.era.clone(), c.linker.clone())) {
                return Err(format!("two Numba cells for LLVM {}, era {}, linker {}", c.llvm, c.era, c.linker));
            }
        }
        Ok(())
    }

    pub fn write(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        // Written whole to a temporary file and renamed: a killed run leaves no half set.
        let tmp = path.with_extension("json.partial");
        std::fs::write(&tmp, self.to_json() + "\n").map_err(|e| Error::io(&tmp, e))?;
        std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
    }

    /// The LLVM majors the set covers.
    pub fn llvms(&self) -> Vec<u32> {
        let mut v: Vec<u32> = self.builds.iter().map(|b| b.llvm).collect();
        v.sort();
        v.dedup();
        v
    }
}

/// What to run.
#[derive(Clone, Debug)]
pub struct MatrixOptions {
    pub targets: Vec<Arch>,
    pub suites: Vec<Suite>,
    /// Holds `numba/` and `numba-0.68/` (the repository's `tests/corpus`).
    pub corpus_root: PathBuf,
    pub shard: Option<Shard>,
    pub parallel: usize,
    pub timeout: Duration,
    /// Run the bench for the machine's own target (`bench` with sizes 1 and 100).
    pub bench: bool,
    /// `numba test` result sets to fold in (those of this build's LLVM).
    pub numba: Vec<(PathBuf, SuiteReport)>,
    /// Run aarch64 units under qemu-user (with the aarch64 harness) instead of cross-linking
    /// them, on an x86_64 machine.
    pub aarch64_qemu: bool,
}

/// Every backend, so that what this LLVM lacks is a cell that says so.
pub fn backends() -> Vec<BackendSpec> {
    BackendKind::ALL.iter().map(|&kind| BackendSpec { kind, placement: None }).collect()
}

const WORKLOAD_LOADS: u32 = 3;
const BENCH_SIZES: [u32; 2] = [1, 100];

/// The job template of a suite on a target.
fn template(suite: Suite, target: Arch, opts: &MatrixOptions) -> LinkJob {
    let foreign = target != Arch::host();
    let link_only = suite.is_numba_corpus() || (foreign && !(target == Arch::Aarch64 && opts.aarch64_qemu));
    LinkJob {
        iterations: if suite.is_numba_corpus() { 1 } else { WORKLOAD_LOADS },
        // Numba's modules call into CPython and Numba's runtime, which this process lacks.
        stub_unresolved: suite.is_numba_corpus(),
        link_only,
        placement: if suite == Suite::WorkloadsScatter { Placement::Scatter } else { Placement::Natural },
        audit: true,
        ..LinkJob::new(BackendKind::RtdyldStock, target)
    }
}

/// The units of a suite.
fn units(suite: Suite, target: Arch, opts: &MatrixOptions) -> Result<Vec<Unit>> {
    match suite.corpus_dir() {
        None => Ok(crate::source::workloads::all().iter().map(|w| Unit::new(w.name, Vec::new(), Some(w.name.to_string()))).collect()),
        Some(dir) => {
            let root = opts.corpus_root.join(dir);
            let mut units = diff::corpus::discover(&root)?;
            if units.is_empty() {
                return Err(Error::UnsupportedInput { file: root.display().to_string(), reason: "no modules (.ll, .bc, .o) found".into() });
            }
            diff::corpus::as_the_jit_did(&mut units, template(suite, target, opts).compile, &Default::default());
            Ok(units)
        }
    }
}

/// Runs this build's part of the matrix (its shard of it, with `opts.shard`).
pub fn run(opts: &MatrixOptions, mut progress: impl FnMut(&str)) -> Result<MatrixSet> {
    let build = Build::current();
    let llvm = build.llvm;
    for (path, r) in &opts.numba {
        let major = r.harness_llvm.split('.').next().and_then(|m| m.parse::<u32>().ok());
        if major != Some(llvm) {
            return Err(Error::UnsupportedInput {
                file: path.display().to_string(),
                reason: format!("`numba test` results of a harness on LLVM {}, and this build is LLVM {llvm}", r.harness_llvm),
            });
        }
    }
    // The plan: every unit of every suite on every target, the bench per target, the numba results.
    let mut groups: Vec<(Arch, Suite, Vec<Unit>)> = Vec::new();
    let mut plan = Vec::new();
    for &target in &opts.targets {
        for &suite in &opts.suites {
            let us = units(suite, target, opts)?;
            plan.extend(us.iter().map(|u| unit_key(llvm, target.name(), suite.name(), &u.name)));
            groups.push((target, suite, us));
        }
        if opts.bench {
            plan.push(bench_key(llvm, target.name()));
        }
    }
    plan.extend(opts.numba.iter().map(|(_, r)| numba_key(llvm, r.era.name())));
    let shard = opts.shard.unwrap_or(Shard::WHOLE);
    let mine: BTreeSet<String> = shard.select(&plan).into_iter().collect();

    let mut set = MatrixSet {
        schema: MATRIX_SCHEMA.into(),
        builds: vec![build],
        shard: opts.shard,
        plan: plan.clone(),
        done: mine.iter().cloned().collect(),
        records: Vec::new(),
        numba: Vec::new(),
        bench: Vec::new(),
        timings: Vec::new(),
        notes: Vec::new(),
    };
    for (target, suite, us) in groups {
        let us: Vec<Unit> = us.into_iter().filter(|u| mine.contains(&unit_key(llvm, target.name(), suite.name(), &u.name))).collect();
        if us.is_empty() {
            continue;
        }
        progress(&format!("LLVM {llvm} {target} {}: {} units x {} backends", suite.name(), us.len(), BackendKind::ALL.len()));
        // IR already lowered for another architecture cannot be compiled for this one: each
        // backend's cell says so rather than crashing in LLVM's instruction selection.
        let (foreign, us): (Vec<UnitWhy>, Vec<UnitWhy>) = us
            .into_iter()
            .map(|u| {
                let f = foreign_intrinsic(&u, target);
                (u, f.unwrap_or_default())
            })
            .partition(|(_, f)| !f.is_empty());
        for (u, why) in foreign {
            add_foreign(&mut set, suite, target, &u, &why);
        }
        let us: Vec<Unit> = us.into_iter().map(|(u, _)| u).collect();
        let dopts =
            DiffOptions { backends: backends(), template: template(suite, target, opts), timeout: opts.timeout, parallel: opts.parallel };
        for r in diff::run(&us, &dopts, |_| {}) {
            add_unit(&mut set, suite, &r);
        }
    }
    for &target in &opts.targets {
        if opts.bench && mine.contains(&bench_key(llvm, target.name())) {
            progress(&format!("LLVM {llvm} {target} bench: sizes 1 and 100"));
            set.bench.push(bench(llvm, target)?);
        }
    }
    for (_, r) in &opts.numba {
        if mine.contains(&numba_key(llvm, r.era.name())) {
            set.numba.extend(numba_cells(llvm, r));
        }
    }
    set.canonicalize();
    Ok(set)
}

fn bench(llvm: u32, target: Arch) -> Result<BenchPart> {
    if target != Arch::host() {
        return Ok(BenchPart {
            llvm,
            target: target.name().into(),
            not_measured: Some(format!(
                "{target} on an {} machine runs emulated (qemu-user): its timings are not {target}'s; \
                 the CI matrix measures {target} on native {target} runners",
                Arch::host()
            )),
            run: None,
        });
    }
    let o = crate::bench::run::BenchOptions {
        target,
        sizes: BENCH_SIZES.to_vec(),
        runs: 3,
        peers: false,
        qemu_reserved_va: 0x10_0000_0000,
        shard: None,
    };
    let run = crate::bench::run::run(&o, |_| {})?;
    Ok(BenchPart { llvm, target: target.name().into(), not_measured: None, run: Some(run) })
}

/// The linkers of a `numba test` result set, in brief.
pub fn numba_cells(llvm: u32, r: &SuiteReport) -> Vec<NumbaCell> {
    r.runs
        .iter()
        .filter(|run| run.linker.name() != "stock")
        .map(|run| NumbaCell {
            llvm,
            era: r.era.name().into(),
            subset: r.subset.clone(),
            linker: run.linker.name().into(),
            unsupported: run.unsupported.clone(),
            tests: run.tests.len() as u64,
            differing: r.differences.iter().filter(|d| d.linker == run.linker).map(|d| (d.test.clone(), d.known_defect.clone())).collect(),
        })
        .collect()
}

/// Adds a unit's records (and timings) to the set.
fn add_unit(set: &mut MatrixSet, suite: Suite, r: &UnitResult) {
    let llvm = set.builds[0].llvm;
    let key = unit_key(llvm, r.target.name(), suite.name(), &r.unit.name);
    for run in &r.runs {
        set.records.push(record(llvm, suite, r, run));
        set.timings.push(Timing { key: key.clone(), backend: run.backend.clone(), elapsed_ms: run.elapsed_ms });
    }
}

/// A unit and why it cannot be compiled for a target (empty: it can).
type UnitWhy = (Unit, String);

/// Why a unit's IR is not for `target`: the first intrinsic of another architecture it
/// calls (`llvm.x86.atomic.sub.cc.i64` in 0002.ll), as IR captured after llvmlite's
/// target-specific passes has.
fn foreign_intrinsic(unit: &Unit, target: Arch) -> Option<String> {
    let other = match target {
        Arch::Aarch64 => "@llvm.x86.",
        Arch::X86_64 => "@llvm.aarch64.",
    };
    for p in unit.inputs.iter().filter(|p| p.extension().is_some_and(|e| e == "ll")) {
        let text = std::fs::read_to_string(p).ok()?;
        if let Some(at) = text.find(other) {
            let name: String = text[at + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '_').collect();
            let file = p.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
            return Some(format!(
                "the captured IR is lowered for another architecture: {file} calls `{name}`; a capture on {target} is needed"
            ));
        }
    }
    None
}

/// Every backend's record for a unit whose IR is for another architecture.
fn add_foreign(set: &mut MatrixSet, suite: Suite, target: Arch, unit: &Unit, why: &str) {
    let llvm = set.builds[0].llvm;
    for spec in backends() {
        set.records.push(Record {
            llvm,
            target: target.name().into(),
            suite: suite.name().into(),
            unit: unit.name.clone(),
            backend: spec.kind.name().into(),
            execution: "not run".into(),
            class: Class::Unsupported,
            detail: why.to_string(),
            defect: None,
            objects: unit.inputs.len(),
            fixups: 0,
            wrong: 0,
            not_checked: 0,
            relocations: BTreeMap::new(),
            unsupported_relocations: Vec::new(),
        });
    }
}

/// One backend's run as a record.
pub fn record(llvm: u32, suite: Suite, r: &UnitResult, run: &BackendRun) -> Record {
    let wrong = run.verdicts.out_of_range + run.verdicts.wrong_target;
    let first_line = |s: &str| s.lines().next().unwrap_or("").to_string();
    let (class, detail) = match run.outcome {
        OutcomeKind::Pass | OutcomeKind::LinkedOnly if wrong == 0 => (Class::Clean, String::new()),
        OutcomeKind::Pass | OutcomeKind::LinkedOnly => {
            (Class::Mislinked, format!("{wrong} fixup{} wrong: {}", if wrong == 1 { "" } else { "s" }, run.summary))
        }
        OutcomeKind::Fail => (Class::Mislinked, run.summary.clone()),
        OutcomeKind::Unsupported => (Class::Unsupported, run.summary.clone()),
        OutcomeKind::Error => match suite.ir_llvm() {
            Some(ir) if ir > llvm && run.summary.contains("invalid LLVM IR") => (
                Class::Unsupported,
                format!("IR written by LLVM {ir} (this suite's llvmlite) does not parse with LLVM {llvm}: {}", first_line(&run.summary)),
            ),
            _ => (Class::Error, run.summary.clone()),
        },
        OutcomeKind::Crash | OutcomeKind::Timeout => (Class::Crashed, run.summary.clone()),
    };
    let unsupported_relocations = if class == Class::Error && run.summary.to_lowercase().contains("unsupported") {
        relocation_names(&run.summary)
    } else {
        Vec::new()
    };
    Record {
        llvm,
        target: r.target.name().into(),
        suite: suite.name().into(),
        unit: r.unit.name.clone(),
        backend: run.backend.clone(),
        execution: run.execution.describe(),
        class,
        detail: crate::report::shorten(&stable(&detail), 400),
        defect: if class == Class::Clean { None } else { run.defect.clone() },
        objects: run.objects,
        fixups: run.fixups,
        wrong,
        not_checked: run.verdicts.not_checked,
        relocations: run
            .relocation_verdicts
            .iter()
            .map(|(t, c)| {
                (
                    t.clone(),
                    RelocTally {
                        seen: c.ok + c.out_of_range + c.wrong_target + c.not_checked,
                        wrong: c.out_of_range + c.wrong_target,
                        not_checked: c.not_checked,
                    },
                )
            })
            .collect(),
        unsupported_relocations,
    }
}

/// ELF relocation type names in a message (`R_AARCH64_ADR_PREL_LO21`).
fn relocation_names(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| (w.starts_with("R_X86_64_") || w.starts_with("R_AARCH64_")) && w.len() > 9)
        .map(str::to_string)
        .collect();
    v.sort();
    v.dedup();
    v
}

/// `s` with what differs between two runs of the same link blanked: addresses (hex numbers of
/// six digits or more, which ASLR moves), and paths made relative to the checkout (and to the
/// working directory), so that a result set and the guide read the same on every machine.
pub fn stable(s: &str) -> String {
    let mut roots = vec![format!("{}/", env!("CARGO_MANIFEST_DIR"))];
    if let Ok(cwd) = std::env::current_dir() {
        roots.push(format!("{}/", cwd.display()));
    }
    blank_addresses(&sorted_sets(&relative_to(s, &roots)))
}

/// `s` with the items of every innermost `{ a, b, c }` sorted: LLVM prints the symbols it
/// failed to materialize from a hash set, in an order that changes from run to run.
fn sorted_sets(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match (after.find('}'), after.find('{')) {
            // An innermost set: no other `{` before its `}`.
            (Some(close), next) if next.is_none_or(|n| n > close) => {
                let mut items: Vec<&str> = after[..close].split(',').map(str::trim).filter(|i| !i.is_empty()).collect();
                items.sort_unstable();
                out.push_str(&rest[..open]);
                out.push_str("{ ");
                out.push_str(&items.join(", "));
                out.push_str(" }");
                rest = &after[close + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `s` with every occurrence of each root (a directory ending in `/`) removed, longest first.
fn relative_to(s: &str, roots: &[String]) -> String {
    let mut roots: Vec<&String> = roots.iter().filter(|r| r.len() > 1).collect();
    roots.sort_by_key(|r| std::cmp::Reverse(r.len()));
    roots.iter().fold(s.to_string(), |acc, r| acc.replace(r.as_str(), ""))
}

fn blank_addresses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0' && i + 1 < b.len() && b[i + 1] == b'x' {
            let digits = b[i + 2..].iter().take_while(|c| c.is_ascii_hexdigit()).count();
            if digits >= 6 {
                out.push_str("0x…");
                i += 2 + digits;
                continue;
            }
        }
        let ch = s[i..].chars().next().expect("in bounds");
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_blanks_addresses_only() {
        assert_eq!(stable("ADRP at 0x7f12345678 +0x10 delta 0x1a"), "ADRP at 0x… +0x10 delta 0x1a");
        assert_eq!(stable("ünïcode 0xabcdef!"), "ünïcode 0x…!");
    }

    #[test]
    fn stable_sorts_the_symbol_sets_llvm_prints_in_hash_order() {
        let a = "Failed to materialize symbols: { (main, { bd_rw_i0, bd_edges_i0, bd_bss_i0 }) }";
        let b = "Failed to materialize symbols: { (main, { bd_bss_i0, bd_rw_i0, bd_edges_i0 }) }";
        assert_eq!(stable(a), stable(b));
        assert_eq!(stable(a), "Failed to materialize symbols: { (main, { bd_bss_i0, bd_edges_i0, bd_rw_i0 }) }");
        assert_eq!(stable("no sets {} here { x"), "no sets {  } here { x");
    }

    #[test]
    fn stable_makes_checkout_paths_relative() {
        let at = format!("{}/tests/corpus/numba/array_loops/0001.ll: bad", env!("CARGO_MANIFEST_DIR"));
        assert_eq!(stable(&at), "tests/corpus/numba/array_loops/0001.ll: bad");
        let roots = ["/a/".to_string(), "/a/b/".to_string(), "/".to_string()];
        assert_eq!(relative_to("/a/b/c and /a/d and /e", &roots), "c and d and /e");
    }

    #[test]
    fn relocation_names_are_found() {
        assert_eq!(
            relocation_names("Unsupported aarch64 relocation:275: R_AARCH64_ADR_PREL_LO21, R_X86_64_GOTOFF64."),
            vec!["R_AARCH64_ADR_PREL_LO21".to_string(), "R_X86_64_GOTOFF64".to_string()]
        );
    }

    #[test]
    fn a_set_with_two_cells_under_one_key_is_refused_naming_the_key() {
        // The input fuzzing found (fuzz/regressions/serde): two Numba cells for one key.
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions/serde/gate-duplicate-numba-cell.json");
        let err = MatrixSet::read(&p).unwrap_err().to_string();
        assert!(
            err.contains("gate-duplicate-numba-cell.json") && err.contains("two Numba cells for LLVM 14, era 0.59, linker jitlink-rust"),
            "{err}"
        );
        // The committed baseline has no duplicates.
        let baseline = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/results/matrix-baseline.json");
        MatrixSet::read(&baseline).unwrap();
    }

    #[test]
    fn suites_parse() {
        assert_eq!(Suite::parse_list("all").unwrap().len(), 4);
        assert_eq!(Suite::parse_list("numba-0.59, workloads").unwrap(), vec![Suite::Numba059, Suite::Workloads]);
        assert!(Suite::parse_list("nope").unwrap_err().to_string().contains("nope"));
    }
}
