//! `jitharness matrix`, `merge` and the regression gate end to end: shards of every count
//! merge to the unsharded result set, overlapping and missing shards are refused by name,
//! the gate fails on an injected regression and passes on the set itself, and the migration
//! guide is written from a merged set.
//!
//! The runs cross-link the built-in workloads for AArch64 (deterministic addresses, seconds
//! per run): the matrix's own plumbing is under test here, the linkers elsewhere.

use crate::common::{covered_by_native_half, harness, stderr};
use jitharness::matrix::{Class, MatrixSet};
use std::path::{Path, PathBuf};
use std::process::Output;

/// `jitharness matrix` over the workloads for AArch64 (cross-linked), without benches,
/// writing `out`; `extra` adds e.g. `--shard`.
fn matrix(out: &Path, extra: &[&str]) -> Output {
    let o = harness()
        .args(["matrix", "--suites", "workloads", "--target", "aarch64", "--no-bench", "--jobs", "2", "--out"])
        .arg(out)
        .args(extra)
        .output()
        .expect("harness starts");
    assert!(o.status.success(), "matrix {extra:?} failed ({:?}):\n{}", o.status, stderr(&o));
    o
}

fn merge(sets: &[PathBuf], out: &Path, extra: &[&str]) -> Output {
    harness().arg("merge").args(sets).arg("--out").arg(out).args(extra).output().expect("harness starts")
}

/// What two runs of the same plan must agree on, byte for byte.
fn comparable(p: &Path) -> String {
    let mut s = MatrixSet::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())).without_measurements();
    s.shard = None;
    s.to_json()
}

integration_test!(
    /// Every shard count from 1 to 4 merges to exactly the set one unsharded run writes;
    /// each shard holds only its part of the plan and the shards do not overlap.
    fn matrix_shards_of_every_count_merge_to_the_unsharded_set() {
        if covered_by_native_half("matrix sharding") {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let whole = dir.path().join("whole.json");
        matrix(&whole, &[]);
        let unsharded = MatrixSet::read(&whole).unwrap();
        assert!(unsharded.records.len() >= 10, "the workloads give few records: {}", unsharded.records.len());
        assert!(
            unsharded.records.iter().any(|r| r.class == Class::Clean),
            "no clean record in the workload matrix: the comparison below would prove little"
        );
        for n in 1..=4u32 {
            let mut parts = Vec::new();
            let mut units = 0;
            for i in 1..=n {
                let p = dir.path().join(format!("part-{i}-of-{n}.json"));
                matrix(&p, &["--shard", &format!("{i}/{n}")]);
                let part = MatrixSet::read(&p).unwrap();
                assert!(part.records.len() < unsharded.records.len() || n == 1, "shard {i}/{n} holds every record");
                units += part.records.len();
                parts.push(p);
            }
            assert_eq!(units, unsharded.records.len(), "the shards of {n} hold another number of records than the whole");
            let merged = dir.path().join(format!("merged-{n}.json"));
            let o = merge(&parts, &merged, &[]);
            assert!(o.status.success(), "merging {n} shards failed:\n{}", stderr(&o));
            assert_eq!(comparable(&merged), comparable(&whole), "the {n} shards merged differ from the unsharded run");
        }

        // Overlap: shard 1/3 given twice (as two files), named both.
        let one = dir.path().join("part-1-of-3.json");
        let again = dir.path().join("again.json");
        std::fs::copy(&one, &again).unwrap();
        let two = dir.path().join("part-2-of-3.json");
        let three = dir.path().join("part-3-of-3.json");
        let o = merge(&[one.clone(), again.clone(), two.clone(), three.clone()], &dir.path().join("x.json"), &[]);
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "an overlap was merged:\n{e}");
        assert!(e.contains("again.json") && e.contains("part-1-of-3.json") && e.contains("overlaps"), "{e}");
        // A gap: shard 3/3 left out, named with an item it holds.
        let o = merge(&[one, two], &dir.path().join("y.json"), &[]);
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "a set with a missing shard was merged:\n{e}");
        assert!(e.contains("shard 3/3") && e.contains("missing"), "{e}");
        assert!(!dir.path().join("y.json").exists(), "a refused merge left a result set");
    }
);

integration_test!(
    /// The gate: a set passes against itself; a baseline in which a now-mislinked unit was
    /// clean fails the gate naming that unit; a baseline in which a now-clean unit was
    /// mislinked passes and lists the improvement. The migration guide is written from the set.
    fn the_baseline_gate_fails_on_a_regression_and_passes_on_itself() {
        if covered_by_native_half("matrix gate") {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let run = dir.path().join("run.json");
        matrix(&run, &[]);
        let set = MatrixSet::read(&run).unwrap();

        let o = merge(std::slice::from_ref(&run), &dir.path().join("same.json"), &["--baseline", run.to_str().unwrap()]);
        assert!(o.status.success(), "a set fails the gate against itself:\n{}", stderr(&o));

        // The baseline says a unit that now mislinks (or is unsupported...) was clean: the run
        // regressed against it. Take a record that is not clean now if there is one, else turn
        // a clean one in the run into a mislink and keep the baseline clean.
        let base_path = dir.path().join("baseline.json");
        let worse_run = dir.path().join("worse.json");
        let base = set.without_measurements();
        let mut worse = set.clone();
        let i = worse.records.iter().position(|r| r.class == Class::Clean).expect("a clean record");
        worse.records[i].class = Class::Mislinked;
        worse.records[i].detail = "1 fixup wrong: injected by the test".into();
        worse.records[i].wrong = 1;
        let victim = format!("{} {}", worse.records[i].unit, worse.records[i].backend);
        base.write(&base_path).unwrap();
        worse.write(&worse_run).unwrap();
        let o = merge(std::slice::from_ref(&worse_run), &dir.path().join("gated.json"), &["--baseline", base_path.to_str().unwrap()]);
        let e = format!("{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
        assert_eq!(o.status.code(), Some(1), "an injected mislink passed the gate:\n{e}");
        assert!(
            e.contains(&worse.records[i].unit) && e.contains(&worse.records[i].backend),
            "the regression ({victim}) is not named:\n{e}"
        );

        // The reverse: the baseline had the mislink, the run is clean: an improvement.
        worse.without_measurements().write(&base_path).unwrap();
        let o = merge(std::slice::from_ref(&run), &dir.path().join("better.json"), &["--baseline", base_path.to_str().unwrap()]);
        let e = format!("{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
        assert!(o.status.success(), "an improvement failed the gate:\n{e}");
        assert!(e.to_lowercase().contains("improv"), "the improvement is not listed:\n{e}");

        // The guide from this set (one LLVM): the rule, a row per LLVM Numba ships, the ones
        // this set did not measure said so, LLVM 20 said to be bracketed where it is.
        let guide = dir.path().join("migration.md");
        let o = harness().args(["report", "--migration", "--matrix"]).arg(&run).arg("--out").arg(&guide).output().unwrap();
        assert!(o.status.success(), "report --migration failed:\n{}", stderr(&o));
        let text = std::fs::read_to_string(&guide).unwrap();
        let llvm = set.builds[0].llvm;
        let own = format!("## LLVM {llvm}");
        // LLVM 20 is bracketed by 19 and 22: said so when this build is one of them.
        let twenty = if [19, 22].contains(&llvm) { "20 is not packaged here" } else { "| 20 | llvmlite 0.45–0.47 | not measured |" };
        for needle in ["## The rule", "| 14 |", "| 15 |", "| 20 |", "| 22 |", own.as_str(), "not measured", twenty] {
            assert!(text.contains(needle), "the guide lacks `{needle}`:\n{}", &text[..text.len().min(3000)]);
        }
    }
);

integration_test!(
    /// `corpus --shard` over the Numba 0.59 corpus (six sessions, one unit each): the shards'
    /// output directories merge to the unsharded run's results (timings aside); a gap is named.
    fn corpus_shards_merge_to_the_unsharded_results() {
        if covered_by_native_half("corpus sharding") {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/numba");
        let run = |out: &Path, extra: &[&str]| {
            let o = harness()
                .arg("corpus")
                .arg(&corpus)
                .args(["--target", "aarch64", "--backends", "rtdyld-stock,jitlink-slab", "--no-fail", "--out"])
                .arg(out)
                .args(extra)
                .output()
                .unwrap();
            assert!(o.status.success(), "corpus {extra:?} failed:\n{}", stderr(&o));
        };
        let whole = dir.path().join("whole");
        run(&whole, &[]);
        let parts: Vec<PathBuf> = (1..=3).map(|i| dir.path().join(format!("part{i}"))).collect();
        for (i, p) in parts.iter().enumerate() {
            run(p, &["--shard", &format!("{}/3", i + 1)]);
        }
        let merged = dir.path().join("merged");
        let o = merge(&parts, &merged, &[]);
        assert!(o.status.success(), "merging corpus shards failed:\n{}", stderr(&o));
        let lines = |d: &Path| {
            let mut v: Vec<String> = std::fs::read_to_string(d.join("results.jsonl"))
                .unwrap()
                .lines()
                .map(|l| {
                    let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                    drop_key(&mut v, "elapsed_ms");
                    v.to_string()
                })
                .collect();
            v.sort();
            v
        };
        let w = lines(&whole);
        assert!(w.len() >= 2, "the corpus has {} units: too few to shard", w.len());
        assert_eq!(lines(&merged), w, "the corpus shards merged differ from the unsharded run");
        let o = merge(&parts[..2], &dir.path().join("gap"), &[]);
        let e = stderr(&o);
        assert_ne!(o.status.code(), Some(0), "corpus shards with a gap were merged:\n{e}");
        assert!(e.contains("3/3") && e.contains("missing"), "{e}");
    }
);

fn drop_key(v: &mut serde_json::Value, key: &str) {
    match v {
        serde_json::Value::Object(m) => {
            m.remove(key);
            m.values_mut().for_each(|x| drop_key(x, key));
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(|x| drop_key(x, key)),
        _ => {}
    }
}
