//! The regression gate: a result set against a committed baseline.
//!
//! Worse is: a record whose class got worse (clean → anything, or down the order of
//! [`Class`]), a record of the baseline this run should have and does not, a relocation type
//! a backend handled correctly that it no longer does, a Numba test that matched stock Numba
//! and now differs. Better is the reverse; both are listed.

use super::table::{reloc_status, RelocStatus};
use super::MatrixSet;
use std::collections::{BTreeMap, BTreeSet};

/// Which of the baseline's records the run is expected to have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// All of them: a merged run of the whole matrix.
    Everything,
    /// Those of the items in the run's own plan: one build's (or one shard's) run.
    OwnPlan,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GateReport {
    pub regressions: Vec<String>,
    pub improvements: Vec<String>,
    /// In this run and not in the baseline.
    pub new: Vec<String>,
    /// Compared only where both have them (`numba test` results), and absent here.
    pub not_compared: Vec<String>,
}

impl GateReport {
    pub fn passed(&self) -> bool {
        self.regressions.is_empty()
    }

    pub fn text(&self) -> String {
        let mut s = String::new();
        for (title, list) in [
            ("regressions", &self.regressions),
            ("improvements", &self.improvements),
            ("new", &self.new),
            ("not compared", &self.not_compared),
        ] {
            wl!(s, "{title}: {}", list.len());
            for l in list {
                wl!(s, "  {l}");
            }
        }
        s
    }
}

/// Compares `now` with `baseline`.
pub fn compare(baseline: &MatrixSet, now: &MatrixSet, scope: Scope) -> GateReport {
    let mut g = GateReport::default();
    let planned: BTreeSet<&str> = now.plan.iter().map(String::as_str).collect();
    let in_scope = |key: &str| scope == Scope::Everything || planned.contains(key);
    let now_by_id: BTreeMap<_, _> = now.records.iter().map(|r| (r.id(), r)).collect();
    let base_by_id: BTreeMap<_, _> = baseline.records.iter().map(|r| (r.id(), r)).collect();
    for (id, b) in &base_by_id {
        if !in_scope(&b.key()) {
            continue;
        }
        let name = format!("{} {}", b.key(), b.backend);
        match now_by_id.get(id) {
            None => g.regressions.push(format!("{name}: {} in the baseline, not in this run", b.class.label())),
            Some(n) => {
                let how =
                    if n.execution != b.execution { format!(" (ran {} then, {} now)", b.execution, n.execution) } else { String::new() };
                let change = format!("{name}: {} -> {}{how}", b.class.label(), n.class.label());
                if n.class > b.class {
                    g.regressions.push(format!("{change}: {}", n.detail));
                } else if n.class < b.class {
                    g.improvements.push(change);
                }
            }
        }
    }
    for (id, n) in &now_by_id {
        if !base_by_id.contains_key(id) {
            g.new.push(format!("{} {}: {}", n.key(), n.backend, n.class.label()));
        }
    }
    let (rb, rn) = (reloc_status(baseline), reloc_status(now));
    let covered: BTreeSet<(u32, String, String)> = now.records.iter().map(|r| (r.llvm, r.target.clone(), r.backend.clone())).collect();
    for (k @ (llvm, target, backend, ty), st) in &rb {
        let expected = match scope {
            Scope::Everything => true,
            Scope::OwnPlan => covered.contains(&(*llvm, target.clone(), backend.clone())),
        };
        if !expected {
            continue;
        }
        let now_st = rn.get(k).copied();
        let name = format!("LLVM {llvm} {target} {backend} {ty}");
        match (*st, now_st) {
            (RelocStatus::Ok, Some(RelocStatus::Ok)) => {}
            (RelocStatus::Ok, other) => {
                g.regressions.push(format!("{name}: relocation type lost ({})", other.map(RelocStatus::label).unwrap_or("not seen")))
            }
            (old, Some(RelocStatus::Ok)) => g.improvements.push(format!("{name}: {} -> ok", old.label())),
            _ => {}
        }
    }
    let cell = |c: &super::NumbaCell| (c.llvm, c.era.clone(), c.linker.clone());
    let now_cells: BTreeMap<_, _> = now.numba.iter().map(|c| (cell(c), c)).collect();
    for b in &baseline.numba {
        let name = format!("numba test {} LLVM {} {}", b.era, b.llvm, b.linker);
        match now_cells.get(&cell(b)) {
            None => g.not_compared.push(format!("{name}: not in this run")),
            Some(n) => {
                for t in n.differing.keys().filter(|t| !b.differing.contains_key(*t)) {
                    g.regressions.push(format!("{name}: {t} matched stock Numba, now differs"));
                }
                for t in b.differing.keys().filter(|t| !n.differing.contains_key(*t)) {
                    g.improvements.push(format!("{name}: {t} now matches stock Numba"));
                }
            }
        }
    }
    g
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::{Build, Class, Record, RelocTally, MATRIX_SCHEMA};

    fn set() -> MatrixSet {
        let mut relocations = std::collections::BTreeMap::new();
        relocations.insert("R_AARCH64_ADR_GOT_PAGE".to_string(), RelocTally { seen: 4, wrong: 0, not_checked: 0 });
        let r = Record {
            llvm: 19,
            target: "aarch64".into(),
            suite: "numba-0.59".into(),
            unit: "array_loops".into(),
            backend: "jitlink-rust".into(),
            execution: "cross link only".into(),
            class: Class::Clean,
            detail: String::new(),
            defect: None,
            objects: 9,
            fixups: 400,
            wrong: 0,
            not_checked: 0,
            relocations,
            unsupported_relocations: Vec::new(),
        };
        MatrixSet {
            schema: MATRIX_SCHEMA.into(),
            builds: vec![Build { llvm: 19, llvm_version: "19.1.7".into(), harness: "0.1.0".into(), host: "x86_64".into() }],
            shard: None,
            plan: vec![r.key()],
            done: vec![r.key()],
            records: vec![r],
            numba: Vec::new(),
            bench: Vec::new(),
            timings: Vec::new(),
            notes: Vec::new(),
        }
    }

    #[test]
    fn a_set_passes_against_itself() {
        let s = set();
        let g = compare(&s, &s, Scope::Everything);
        assert!(g.passed() && g.improvements.is_empty() && g.new.is_empty(), "{}", g.text());
    }

    #[test]
    fn an_injected_mislink_fails_the_gate_and_the_reverse_is_an_improvement() {
        let base = set();
        let mut now = set();
        now.records[0].class = Class::Mislinked;
        now.records[0].wrong = 1;
        now.records[0].detail = "1 fixup wrong: R_AARCH64_ADR_GOT_PAGE out of range".into();
        now.records[0].relocations.get_mut("R_AARCH64_ADR_GOT_PAGE").unwrap().wrong = 1;
        let g = compare(&base, &now, Scope::Everything);
        assert!(!g.passed());
        assert!(g.regressions.iter().any(|r| r.contains("jitlink-rust: clean -> mislinked: 1 fixup wrong")), "{}", g.text());
        assert!(g.regressions.iter().any(|r| r.contains("R_AARCH64_ADR_GOT_PAGE: relocation type lost (wrong)")), "{}", g.text());
        let back = compare(&now, &base, Scope::Everything);
        assert!(back.passed() && back.improvements.len() == 2, "{}", back.text());
    }

    #[test]
    fn a_record_missing_from_the_run_is_a_regression_unless_outside_its_plan() {
        let base = set();
        let mut now = set();
        now.records.clear();
        now.done.clear();
        assert!(!compare(&base, &now, Scope::Everything).passed());
        now.plan.clear();
        assert!(compare(&base, &now, Scope::OwnPlan).passed(), "not this run's part");
        assert!(!compare(&base, &now, Scope::Everything).passed());
    }
}
