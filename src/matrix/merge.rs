//! `jitharness merge`: shards and the runs of several builds into one result set.
//!
//! Each set names its run's whole plan and the items it holds (`done`). Merging unions the
//! plans and the items; an item held by two sets is an overlap (refused, naming both files),
//! an item of a plan that no set holds is missing (refused, naming the shard that should
//! have held it). The merged set is canonical, so it is byte for byte what one unsharded run
//! of the same plan writes (apart from its timings).

use super::{MatrixSet, MATRIX_SCHEMA};
use crate::error::{Error, Result};
use crate::shard::{sorted_plan, Shard};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Merges `sets` (each with the file it came from, for messages).
pub fn merge(sets: Vec<(PathBuf, MatrixSet)>) -> Result<MatrixSet> {
    if sets.is_empty() {
        return Err(Error::Merge("no result sets given".into()));
    }
    // Two builds of one LLVM major would make one column of two different linkers.
    let mut versions: BTreeMap<u32, (String, &PathBuf)> = BTreeMap::new();
    for (path, set) in &sets {
        for b in &set.builds {
            if let Some((v, first)) = versions.get(&b.llvm) {
                if *v != b.llvm_version {
                    return Err(Error::Merge(format!(
                        "LLVM {} comes from two builds: {v} in {} and {} in {}",
                        b.llvm,
                        first.display(),
                        b.llvm_version,
                        path.display()
                    )));
                }
            } else {
                versions.insert(b.llvm, (b.llvm_version.clone(), path));
            }
        }
    }
    let mut holder: BTreeMap<&str, &PathBuf> = BTreeMap::new();
    for (path, set) in &sets {
        let mut overlaps = Vec::new();
        for k in &set.done {
            match holder.get(k.as_str()) {
                Some(first) => overlaps.push((k.as_str(), *first)),
                None => {
                    holder.insert(k, path);
                }
            }
        }
        if let Some((k, first)) = overlaps.first() {
            return Err(Error::Merge(format!(
                "{} overlaps {}: both hold {k}{}",
                path.display(),
                first.display(),
                if overlaps.len() > 1 { format!(" and {} more items", overlaps.len() - 1) } else { String::new() }
            )));
        }
    }
    let plan: BTreeSet<&str> = sets.iter().flat_map(|(_, s)| s.plan.iter().map(String::as_str)).collect();
    let missing: Vec<&str> = plan.iter().copied().filter(|k| !holder.contains_key(k)).collect();
    if !missing.is_empty() {
        return Err(Error::Merge(missing_message(&sets, &missing)));
    }
    let mut out = MatrixSet {
        schema: MATRIX_SCHEMA.into(),
        builds: Vec::new(),
        shard: None,
        plan: plan.iter().map(|k| k.to_string()).collect(),
        done: holder.keys().map(|k| k.to_string()).collect(),
        records: Vec::new(),
        numba: Vec::new(),
        bench: Vec::new(),
        timings: Vec::new(),
        notes: Vec::new(),
    };
    for (_, s) in sets {
        out.builds.extend(s.builds);
        out.records.extend(s.records);
        out.numba.extend(s.numba);
        out.bench.extend(s.bench);
        out.timings.extend(s.timings);
        out.notes.extend(s.notes);
    }
    out.canonicalize();
    Ok(out)
}

/// Which shards are missing: for each run (a distinct plan) the shard indices no set holds,
/// and items no shard of any given run would hold.
fn missing_message(sets: &[(PathBuf, MatrixSet)], missing: &[&str]) -> String {
    let mut lines = Vec::new();
    let mut explained: BTreeSet<&str> = BTreeSet::new();
    let mut runs: BTreeMap<(Vec<String>, u32), BTreeSet<u32>> = BTreeMap::new();
    for (_, s) in sets {
        let shard = s.shard.unwrap_or(Shard::WHOLE);
        runs.entry((sorted_plan(&s.plan), shard.count)).or_default().insert(shard.index);
    }
    for ((plan, count), present) in &runs {
        let llvms: BTreeSet<&str> = plan.iter().filter_map(|k| k.split('/').next()).collect();
        let scope = llvms.into_iter().collect::<Vec<_>>().join(", ");
        for index in (1..=*count).filter(|i| !present.contains(i)) {
            let shard = Shard { index, count: *count };
            let items: Vec<String> = shard.select(plan).into_iter().filter(|k| missing.contains(&k.as_str())).collect();
            if items.is_empty() {
                continue;
            }
            for k in &items {
                if let Some(m) = missing.iter().find(|m| **m == k.as_str()) {
                    explained.insert(m);
                }
            }
            lines.push(format!("shard {shard} of the {scope} run is missing ({} items, e.g. {})", items.len(), items[0]));
        }
    }
    let rest: Vec<&&str> = missing.iter().filter(|m| !explained.contains(**m)).collect();
    if !rest.is_empty() {
        lines.push(format!("{} planned items are in no set given, e.g. {}", rest.len(), rest[0]));
    }
    lines.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::{Build, Class, Record};

    fn record(unit: &str, backend: &str) -> Record {
        Record {
            llvm: 22,
            target: "x86_64".into(),
            suite: "workloads".into(),
            unit: unit.into(),
            backend: backend.into(),
            execution: "native".into(),
            class: Class::Clean,
            detail: String::new(),
            defect: None,
            objects: 1,
            fixups: 3,
            wrong: 0,
            not_checked: 0,
            relocations: Default::default(),
            unsupported_relocations: Vec::new(),
        }
    }

    /// An unsharded set of `n` units, two backends each.
    fn whole(n: usize) -> MatrixSet {
        let mut s = MatrixSet {
            schema: MATRIX_SCHEMA.into(),
            builds: vec![Build { llvm: 22, llvm_version: "22.1.8".into(), harness: "0.1.0".into(), host: "x86_64".into() }],
            shard: None,
            plan: Vec::new(),
            done: Vec::new(),
            records: Vec::new(),
            numba: Vec::new(),
            bench: Vec::new(),
            timings: Vec::new(),
            notes: Vec::new(),
        };
        for i in 0..n {
            for b in ["rtdyld-stock", "jitlink-rust"] {
                s.records.push(record(&format!("u{i}"), b));
            }
            let k = s.records.last().unwrap().key();
            s.plan.push(k.clone());
            s.done.push(k);
        }
        s.canonicalize();
        s
    }

    /// What shard `shard` of the run that gave `s` holds.
    fn part(s: &MatrixSet, shard: Shard) -> MatrixSet {
        let mine: BTreeSet<String> = shard.select(&s.plan).into_iter().collect();
        let mut p = s.clone();
        p.shard = Some(shard);
        p.done.retain(|k| mine.contains(k));
        p.records.retain(|r| mine.contains(&r.key()));
        p
    }

    #[test]
    fn every_shard_count_merges_to_the_unsharded_set() {
        let s = whole(7);
        for n in 1..=4 {
            let parts: Vec<_> =
                (1..=n).rev().map(|i| (PathBuf::from(format!("s{i}.json")), part(&s, Shard { index: i, count: n }))).collect();
            let merged = merge(parts).unwrap();
            assert_eq!(merged.to_json(), s.to_json(), "{n} shards");
        }
    }

    #[test]
    fn overlapping_shards_are_refused_naming_both_files() {
        let s = whole(4);
        let a = part(&s, Shard { index: 1, count: 2 });
        let e = merge(vec![("a.json".into(), a.clone()), ("b.json".into(), a)]).unwrap_err().to_string();
        assert!(e.contains("b.json overlaps a.json") && e.contains("llvm22/x86_64/workloads/u"), "{e}");
        let e =
            merge(vec![("w.json".into(), s.clone()), ("p.json".into(), part(&s, Shard { index: 2, count: 3 }))]).unwrap_err().to_string();
        assert!(e.contains("overlaps"), "{e}");
    }

    #[test]
    fn a_missing_shard_is_named() {
        let s = whole(6);
        let parts =
            vec![("1.json".into(), part(&s, Shard { index: 1, count: 3 })), ("3.json".into(), part(&s, Shard { index: 3, count: 3 }))];
        let e = merge(parts).unwrap_err().to_string();
        assert!(e.contains("shard 2/3 of the llvm22 run is missing (2 items"), "{e}");
    }

    #[test]
    fn two_builds_of_one_llvm_are_refused() {
        let a = whole(2);
        let mut b = whole(2);
        b.builds[0].llvm_version = "22.1.0".into();
        b.plan = vec!["llvm22/aarch64/x".into()];
        b.done = b.plan.clone();
        b.records.clear();
        let e = merge(vec![("a.json".into(), a), ("b.json".into(), b)]).unwrap_err().to_string();
        assert!(e.contains("LLVM 22 comes from two builds: 22.1.8 in a.json and 22.1.0 in b.json"), "{e}");
    }
}
