//! The compatibility table: a result set as Markdown, and the aggregations the gate and the
//! migration guide share.

use super::{Class, MatrixSet, Record};
use crate::backend::BackendKind;
use std::collections::{BTreeMap, BTreeSet};

/// The backends in the order the migration question reads them (unknown names last).
pub fn backend_order(name: &str) -> usize {
    BackendKind::ALL.iter().position(|k| k.name() == name).unwrap_or(BackendKind::ALL.len())
}

/// The targets a set has, x86_64 first.
pub fn targets(set: &MatrixSet) -> Vec<String> {
    let mut t: Vec<String> = set.records.iter().map(|r| r.target.clone()).collect::<BTreeSet<_>>().into_iter().collect();
    t.sort_by_key(|x| (x != "x86_64", x.clone()));
    t
}

pub fn backends(set: &MatrixSet) -> Vec<String> {
    let mut b: Vec<String> = set.records.iter().map(|r| r.backend.clone()).collect::<BTreeSet<_>>().into_iter().collect();
    b.sort_by_key(|x| (backend_order(x), x.clone()));
    b
}

/// Records per class, with the units that are not clean, for one LLVM × target × backend.
#[derive(Clone, Debug, Default)]
pub struct Cell {
    pub counts: BTreeMap<Class, usize>,
    pub not_clean: Vec<Record>,
    pub executions: BTreeSet<String>,
    pub not_checked: u64,
    pub fixups: u64,
}

impl Cell {
    pub fn total(&self) -> usize {
        self.counts.values().sum()
    }

    pub fn count(&self, c: Class) -> usize {
        self.counts.get(&c).copied().unwrap_or(0)
    }

    /// `34/34 clean`, or the classes that are not empty.
    pub fn brief(&self) -> String {
        if self.total() == 0 {
            return "—".into();
        }
        let clean = self.count(Class::Clean);
        if clean == self.total() {
            return format!("{clean}/{} clean", self.total());
        }
        let mut parts = vec![format!("{clean}/{} clean", self.total())];
        for c in [Class::Mislinked, Class::Crashed, Class::Error, Class::Unsupported] {
            if self.count(c) > 0 {
                parts.push(format!("{} {}", self.count(c), c.label()));
            }
        }
        parts.join(", ")
    }

    /// Known defects of the records that are not clean, and how many records are not.
    pub fn defects(&self) -> (BTreeSet<String>, usize) {
        let named: BTreeSet<String> = self.not_clean.iter().filter_map(|r| r.defect.clone()).collect();
        let unexplained = self.not_clean.iter().filter(|r| r.defect.is_none() && r.class != Class::Unsupported).count();
        (named, unexplained)
    }
}

/// Cells keyed by (LLVM, target, backend), over the records `keep` accepts.
pub fn cells(set: &MatrixSet, keep: impl Fn(&Record) -> bool) -> BTreeMap<(u32, String, String), Cell> {
    let mut m: BTreeMap<(u32, String, String), Cell> = BTreeMap::new();
    for r in set.records.iter().filter(|r| keep(r)) {
        let c = m.entry((r.llvm, r.target.clone(), r.backend.clone())).or_default();
        *c.counts.entry(r.class).or_default() += 1;
        c.executions.insert(r.execution.clone());
        c.not_checked += r.not_checked;
        c.fixups += r.fixups;
        if r.class != Class::Clean {
            c.not_clean.push(r.clone());
        }
    }
    m
}

/// What a backend did with a relocation type on one LLVM and target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum RelocStatus {
    /// Seen, audited, never wrong.
    Ok,
    /// Seen, and never audited (every instance not checked).
    NotChecked,
    /// An error named it as unsupported.
    Unsupported,
    /// At least one wrong fixup of the type.
    Wrong,
}

impl RelocStatus {
    pub fn label(self) -> &'static str {
        match self {
            RelocStatus::Ok => "ok",
            RelocStatus::NotChecked => "not checked",
            RelocStatus::Unsupported => "unsupported",
            RelocStatus::Wrong => "wrong",
        }
    }
}

/// (LLVM, target, backend, relocation type).
pub type RelocCell = (u32, String, String, String);

/// Per cell: relocations seen, wrong, not checked; whether any unit said unsupported.
type RelocTally = (u64, u64, u64, bool);

/// Status per (LLVM, target, backend, relocation type).
pub fn reloc_status(set: &MatrixSet) -> BTreeMap<RelocCell, RelocStatus> {
    let mut tally: BTreeMap<RelocCell, RelocTally> = BTreeMap::new();
    for r in &set.records {
        for (ty, t) in &r.relocations {
            let e = tally.entry((r.llvm, r.target.clone(), r.backend.clone(), ty.clone())).or_default();
            e.0 += t.seen;
            e.1 += t.wrong;
            e.2 += t.not_checked;
        }
        for ty in &r.unsupported_relocations {
            tally.entry((r.llvm, r.target.clone(), r.backend.clone(), ty.clone())).or_default().3 = true;
        }
    }
    tally
        .into_iter()
        .map(|(k, (seen, wrong, not_checked, unsupported))| {
            let st = if wrong > 0 {
                RelocStatus::Wrong
            } else if unsupported {
                RelocStatus::Unsupported
            } else if seen > 0 && not_checked == seen {
                RelocStatus::NotChecked
            } else {
                RelocStatus::Ok
            };
            (k, st)
        })
        .collect()
}

/// `from 15`, `all`, `never`, or the LLVMs listed, for statuses over `llvms` (ascending).
pub fn from_which(llvms: &[u32], good: &BTreeMap<u32, bool>) -> String {
    let measured: Vec<u32> = llvms.iter().copied().filter(|l| good.contains_key(l)).collect();
    if measured.is_empty() {
        return "—".into();
    }
    let ok: Vec<u32> = measured.iter().copied().filter(|l| good[l]).collect();
    if ok.is_empty() {
        return "never".into();
    }
    if ok.len() == measured.len() {
        return "all".into();
    }
    let first = ok[0];
    if measured.iter().filter(|l| **l >= first).all(|l| good[l]) {
        return format!("from {first}");
    }
    format!("only {}", ok.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(", "))
}

fn escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The compatibility table.
pub fn markdown(set: &MatrixSet) -> String {
    let mut md = String::new();
    let llvms = set.llvms();
    let targets = targets(set);
    let backends = backends(set);
    wl!(md, "# Compatibility matrix\n");
    wl!(
        md,
        "LLVM builds: {}. Suites: {}. Generated by `jitharness merge` / `jitharness matrix` ({} records).\n",
        set.builds.iter().map(|b| format!("{} ({} host)", b.llvm_version, b.host)).collect::<Vec<_>>().join(", "),
        set.records.iter().map(|r| r.suite.clone()).collect::<BTreeSet<_>>().into_iter().collect::<Vec<_>>().join(", "),
        set.records.len()
    );
    if let Some(s) = set.shard {
        wl!(md, "**This is shard {s} of a run: {} of its {} items.**\n", set.done.len(), set.plan.len());
    }
    wl!(
        md,
        "A unit is `clean` when it linked, the auditor found every fixup correct and, where it ran, every result was \
         right; `mislinked` when a fixup or a result was wrong; `unsupported` says why; `crashed` includes timeouts. \
         `clean` never counts a fixup the auditor could not check as correct: those are counted in the last columns.\n"
    );
    let all = cells(set, |_| true);
    wl!(md, "## Units linked clean, per LLVM × target × backend\n");
    w!(md, "| LLVM | target | how it ran |");
    for b in &backends {
        w!(md, " {b} |");
    }
    wl!(md, "");
    w!(md, "|---|---|---|");
    for _ in &backends {
        w!(md, "---|");
    }
    wl!(md, "");
    for &l in &llvms {
        for t in &targets {
            let how: BTreeSet<String> =
                backends.iter().filter_map(|b| all.get(&(l, t.clone(), b.clone()))).flat_map(|c| c.executions.clone()).collect();
            if how.is_empty() {
                continue;
            }
            w!(md, "| {l} | {t} | {} |", how.into_iter().collect::<Vec<_>>().join("; "));
            for b in &backends {
                w!(md, " {} |", all.get(&(l, t.clone(), b.clone())).map(Cell::brief).unwrap_or_else(|| "—".into()));
            }
            wl!(md, "");
        }
    }
    wl!(md, "");
    wl!(md, "## Per cell\n");
    wl!(md, "| LLVM | target | backend | clean | mislinked | unsupported | error | crashed | fixups | not checked | known defects | unexplained |");
    wl!(md, "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|");
    let mut keys: Vec<_> = all.keys().cloned().collect();
    keys.sort_by_key(|(l, t, b)| (*l, t != "x86_64", t.clone(), backend_order(b)));
    for k in &keys {
        let c = &all[k];
        let (defects, unexplained) = c.defects();
        wl!(
            md,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            k.0,
            k.1,
            k.2,
            c.count(Class::Clean),
            c.count(Class::Mislinked),
            c.count(Class::Unsupported),
            c.count(Class::Error),
            c.count(Class::Crashed),
            c.fixups,
            c.not_checked,
            if defects.is_empty() { "—".into() } else { defects.into_iter().map(|d| format!("`{d}`")).collect::<Vec<_>>().join(", ") },
            unexplained
        );
    }
    wl!(md, "");
    wl!(md, "## Units that are not clean\n");
    let mut bad: Vec<&Record> = set.records.iter().filter(|r| r.class != Class::Clean).collect();
    bad.sort_by_key(|r| (r.llvm, r.target != "x86_64", r.target.clone(), backend_order(&r.backend), r.suite.clone(), r.unit.clone()));
    if bad.is_empty() {
        wl!(md, "None.\n");
    } else {
        // Unsupported backends are one line per cell: the reason is the same for every unit.
        let mut seen_unsupported: BTreeSet<RelocCell> = BTreeSet::new();
        wl!(md, "| LLVM | target | backend | suite | unit | class | known defect | what |");
        wl!(md, "|---|---|---|---|---|---|---|---|");
        for r in bad {
            if r.class == Class::Unsupported {
                let k = (r.llvm, r.target.clone(), r.backend.clone(), r.detail.clone());
                if !seen_unsupported.insert(k) {
                    continue;
                }
                let n = set
                    .records
                    .iter()
                    .filter(|x| x.llvm == r.llvm && x.target == r.target && x.backend == r.backend && x.detail == r.detail)
                    .count();
                wl!(
                    md,
                    "| {} | {} | {} | {} | ({n} units) | unsupported | {} | {} |",
                    r.llvm,
                    r.target,
                    r.backend,
                    r.suite,
                    r.defect.as_deref().map(|d| format!("`{d}`")).unwrap_or_else(|| "—".into()),
                    escape(&r.detail)
                );
                continue;
            }
            wl!(
                md,
                "| {} | {} | {} | {} | {} | {} | {} | {} |",
                r.llvm,
                r.target,
                r.backend,
                r.suite,
                r.unit,
                r.class.label(),
                r.defect.as_deref().map(|d| format!("`{d}`")).unwrap_or_else(|| "**none**".into()),
                escape(&crate::report::shorten(&r.detail, 240))
            );
        }
        wl!(md, "");
    }
    write_relocations(&mut md, set, &llvms, &targets, &backends);
    write_first_llvm(&mut md, set, &llvms, &backends);
    write_defects(&mut md, set);
    write_bench(&mut md, set);
    write_numba(&mut md, set);
    md
}

fn write_relocations(md: &mut String, set: &MatrixSet, llvms: &[u32], targets: &[String], backends: &[String]) {
    let st = reloc_status(set);
    wl!(md, "## Relocation types: who handles each correctly, from which LLVM on\n");
    wl!(
        md,
        "Over every unit of every suite: `all` = correct on every LLVM measured where the type occurred, `from N` = \
         correct from LLVM N on, `never`, `only …`; a type a backend never audited (not checked) or never got to \
         (an error before) counts as not correct. LLVMs measured: {}.\n",
        llvms.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(", ")
    );
    for t in targets {
        let types: BTreeSet<&String> = st.keys().filter(|k| &k.1 == t).map(|k| &k.3).collect();
        if types.is_empty() {
            continue;
        }
        wl!(md, "### {t}\n");
        w!(md, "| type |");
        for b in backends {
            w!(md, " {b} |");
        }
        wl!(md, "");
        w!(md, "|---|");
        for _ in backends {
            w!(md, "---|");
        }
        wl!(md, "");
        for ty in types {
            w!(md, "| {ty} |");
            for b in backends {
                // Measured on an LLVM where any backend saw the type: a backend that did not see
                // it there (it stopped before) did not handle it.
                let mut good = BTreeMap::new();
                for &l in llvms {
                    let any = backends.iter().any(|x| st.contains_key(&(l, t.clone(), x.clone(), ty.clone())));
                    if any {
                        good.insert(l, st.get(&(l, t.clone(), b.clone(), ty.clone())) == Some(&RelocStatus::Ok));
                    }
                }
                w!(md, " {} |", from_which(llvms, &good));
            }
            wl!(md, "");
        }
        wl!(md, "");
    }
}

fn write_first_llvm(md: &mut String, set: &MatrixSet, llvms: &[u32], backends: &[String]) {
    wl!(md, "## First LLVM at which each backend links each Numba session correctly\n");
    wl!(md, "Per captured Numba process (one session), `from N`: clean at LLVM N and every later LLVM measured.\n");
    let mut units: BTreeSet<(String, String, String)> = BTreeSet::new();
    for r in set.records.iter().filter(|r| r.suite.starts_with("numba-")) {
        units.insert((r.suite.clone(), r.target.clone(), r.unit.clone()));
    }
    if units.is_empty() {
        wl!(md, "No Numba corpus in this set.\n");
        return;
    }
    w!(md, "| suite | target | session |");
    for b in backends {
        w!(md, " {b} |");
    }
    wl!(md, "");
    w!(md, "|---|---|---|");
    for _ in backends {
        w!(md, "---|");
    }
    wl!(md, "");
    let by: BTreeMap<(String, String, String, String, u32), Class> =
        set.records.iter().map(|r| ((r.suite.clone(), r.target.clone(), r.unit.clone(), r.backend.clone(), r.llvm), r.class)).collect();
    for (s, t, u) in units {
        w!(md, "| {s} | {t} | {u} |");
        for b in backends {
            let mut good = BTreeMap::new();
            for &l in llvms {
                if let Some(c) = by.get(&(s.clone(), t.clone(), u.clone(), b.clone(), l)) {
                    good.insert(l, *c == Class::Clean);
                }
            }
            w!(md, " {} |", from_which(llvms, &good));
        }
        wl!(md, "");
    }
    wl!(md, "");
}

fn write_defects(md: &mut String, set: &MatrixSet) {
    wl!(md, "## Known defects behind the cells that are not clean\n");
    let mut by: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut unexplained = Vec::new();
    for r in set.records.iter().filter(|r| r.class != Class::Clean) {
        match &r.defect {
            Some(d) => {
                by.entry(d.clone()).or_default().insert(format!("{} {} {}", r.llvm, r.target, r.backend));
            }
            None if r.class == Class::Unsupported => {}
            None => unexplained.push(r),
        }
    }
    if by.is_empty() {
        wl!(md, "None named.\n");
    } else {
        wl!(md, "| defect | kind | cells (LLVM target backend) | upstream |");
        wl!(md, "|---|---|---|---|");
        for (d, cells) in &by {
            let e = crate::llvm::defects::by_id(d);
            wl!(
                md,
                "| `{d}` | {} | {} | {} |",
                e.map(|e| format!("{:?}", e.kind).to_lowercase()).unwrap_or_else(|| "?".into()),
                cells.iter().cloned().collect::<Vec<_>>().join("; "),
                e.and_then(|e| e.upstream).unwrap_or("—")
            );
        }
        wl!(md, "");
    }
    if unexplained.is_empty() {
        wl!(md, "Every mislinked, crashed or failed unit is explained by a known defect (unsupported ones say why).\n");
    } else {
        wl!(md, "**{} units are not clean and no known defect explains them:**\n", unexplained.len());
        for r in unexplained {
            wl!(
                md,
                "- LLVM {} {} {} {} {}: {} — {}",
                r.llvm,
                r.target,
                r.backend,
                r.suite,
                r.unit,
                r.class.label(),
                escape(&crate::report::shorten(&r.detail, 200))
            );
        }
        wl!(md, "");
    }
}

/// Link time of `backend` for `modules` in a bench part, ns.
pub fn link_ns(run: &crate::bench::BenchRun, backend: &str, modules: u32) -> Option<u64> {
    run.sessions.iter().find(|s| s.backend == backend && s.modules == modules).and_then(|s| s.link_ns)
}

fn write_bench(md: &mut String, set: &MatrixSet) {
    wl!(md, "## Latency, memory and reclaim (bench runs)\n");
    if set.bench.is_empty() {
        wl!(md, "No bench runs in this set.\n");
        return;
    }
    wl!(
        md,
        "`bench`: the `issue9001` workload's objects, one finalize per module as Numba does, median of 3 sessions, each \
         in a fresh worker. Ratios are to `rtdyld-stock` (MCJIT's linker, what Numba uses today) in the same run. \
         Reclaim: `link --unload-reload` of 100 loads; mappings are /proc/self/maps lines.\n"
    );
    wl!(md, "| LLVM | target | backend | 1 module µs | 100 modules ms | ratio at 100 | mappings added (100) | reclaim: mappings loaded → removed → removed again |");
    wl!(md, "|---|---|---|---:|---:|---:|---:|---|");
    for p in &set.bench {
        let Some(run) = &p.run else {
            wl!(md, "| {} | {} | — | — | — | — | — | not measured: {} |", p.llvm, p.target, p.not_measured.as_deref().unwrap_or("no run"));
            continue;
        };
        let stock = link_ns(run, "rtdyld-stock", 100);
        let mut names: Vec<String> = run.sessions.iter().map(|s| s.backend.clone()).collect::<BTreeSet<_>>().into_iter().collect();
        names.sort_by_key(|b| backend_order(b));
        for b in names {
            let one = link_ns(run, &b, 1).map(|n| format!("{:.0}", n as f64 / 1e3)).unwrap_or_else(|| "—".into());
            let hundred = link_ns(run, &b, 100);
            let ratio = match (hundred, stock) {
                (Some(h), Some(s)) if s > 0 => format!("{:.2}×", h as f64 / s as f64),
                _ => "—".into(),
            };
            let added = run
                .sessions
                .iter()
                .find(|s| s.backend == b && s.modules == 100)
                .and_then(|s| Some(s.mappings? as i64 - s.mappings_before? as i64))
                .map(|d| d.to_string())
                .unwrap_or_else(|| "—".into());
            let reclaim = match run.reclaim.iter().find(|r| r.backend == b) {
                None => "—".into(),
                Some(r) if r.outcome != "ok" => escape(&crate::report::shorten(&r.outcome, 80)),
                Some(r) => r
                    .steps
                    .iter()
                    .filter(|s| s.step != "baseline" && s.step != "reloaded")
                    .map(|s| s.process_mappings.to_string())
                    .collect::<Vec<_>>()
                    .join(" → "),
            };
            wl!(
                md,
                "| {} | {} | {b} | {one} | {} | {ratio} | {added} | {reclaim} |",
                p.llvm,
                p.target,
                hundred.map(|n| format!("{:.2}", n as f64 / 1e6)).unwrap_or_else(|| "—".into())
            );
        }
    }
    wl!(md, "");
}

fn write_numba(md: &mut String, set: &MatrixSet) {
    wl!(md, "## Numba's own tests (`numba test`)\n");
    if set.numba.is_empty() {
        wl!(md, "No `numba test` results in this set (`make numba-test` makes them; `matrix --numba-results` folds them in).\n");
        return;
    }
    wl!(md, "| era | harness LLVM | subset | linker | tests | differ from stock | explained by a known defect |");
    wl!(md, "|---|---|---|---|---:|---:|---|");
    for c in &set.numba {
        if let Some(u) = &c.unsupported {
            wl!(md, "| {} | {} | {} | {} | — | — | unsupported: {} |", c.era, c.llvm, c.subset, c.linker, escape(u));
            continue;
        }
        let mut by: BTreeMap<&str, usize> = BTreeMap::new();
        for d in c.differing.values() {
            *by.entry(d.as_deref().unwrap_or("none")).or_default() += 1;
        }
        let explained = by.iter().map(|(d, n)| format!("{d}: {n}")).collect::<Vec<_>>().join(", ");
        wl!(
            md,
            "| {} | {} | {} | {} | {} | {} | {} |",
            c.era,
            c.llvm,
            c.subset,
            c.linker,
            c.tests,
            c.differing.len(),
            if explained.is_empty() { "—".into() } else { explained }
        );
    }
    wl!(md, "");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_which_reads_a_suffix() {
        let llvms = [14, 15, 16, 19, 22];
        let m = |v: &[(u32, bool)]| v.iter().copied().collect::<BTreeMap<_, _>>();
        assert_eq!(from_which(&llvms, &m(&[(14, false), (15, false), (16, true), (19, true), (22, true)])), "from 16");
        assert_eq!(from_which(&llvms, &m(&[(14, true), (22, true)])), "all");
        assert_eq!(from_which(&llvms, &m(&[(14, false), (22, false)])), "never");
        assert_eq!(from_which(&llvms, &m(&[(14, true), (19, false), (22, true)])), "only 14, 22");
        assert_eq!(from_which(&llvms, &m(&[])), "—");
    }
}
