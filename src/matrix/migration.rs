//! The migration guide, generated from a merged result set: for each LLVM Numba ships, which
//! way of linking its JIT code is correct on each target, at what cost, what stands in the
//! way, and what llvmlite would change.
//!
//! The recommendation follows a rule written out in the guide ([`RULE`]); every verdict in
//! it is computed from the records, the bench runs and the `numba test` results of the set.

use super::table::{self, link_ns};
use super::{Class, MatrixSet, Record};
use std::collections::{BTreeMap, BTreeSet};

/// A way to link Numba's JIT code, as llvmlite would build it.
struct Config {
    backend: &'static str,
    name: &'static str,
    /// What llvmlite would change, in this project's words.
    change: &'static str,
}

/// In the order of preference among configurations that meet the rule: the least new code in
/// llvmlite first.
const CONFIGS: [Config; 6] = [
    Config { backend: "rtdyld-stock", name: "MCJIT + SectionMemoryManager", change: "Nothing: this is what llvmlite does today." },
    Config {
        backend: "rtdyld-reserve",
        name: "MCJIT + SectionMemoryManager with ReserveAlloc",
        change: "Create MCJIT's memory manager with ReserveAlloc set (an existing LLVM 22 constructor argument), so \
                 RuntimeDyld asks for one block per object before it allocates its sections. MCJIT stays; memory \
                 is still never given back.",
    },
    Config {
        backend: "jitlink-default",
        name: "LLJIT + JITLink, default memory manager",
        change: "Replace the MCJIT engine with LLJIT over an ObjectLinkingLayer (what numba/numba#10672 and \
                 numba/llvmlite#1444 prototype), keeping JITLink's default InProcessMemoryManager. Numba's \
                 `remove_module` becomes removing the module's ResourceTracker, which frees its memory.",
    },
    Config {
        backend: "jitlink-slab",
        name: "LLJIT + JITLink, LLVM's slab (MapperJITLinkMemoryManager)",
        change: "As LLJIT + JITLink, and give the ObjectLinkingLayer a MapperJITLinkMemoryManager over an \
                 InProcessMemoryMapper with one reservation (LLVM 16 and later): every graph of the process is \
                 carved from one region, so references between graphs stay in reach.",
    },
    Config {
        backend: "rtdyld-rust",
        name: "MCJIT + a one-slab memory manager",
        change: "Keep MCJIT and ship a RuntimeDyld memory manager of llvmlite's own that carves every object's \
                 code, data and GOT from one reserved region (jitharness's Rust slab is one). Correct placement, \
                 but MCJIT still cannot unload, so memory is never given back.",
    },
    Config {
        backend: "jitlink-rust",
        name: "LLJIT + JITLink, a slab of llvmlite's own",
        change: "As LLJIT + JITLink, with a JITLinkMemoryManager of llvmlite's own over one reservation that also \
                 releases each object's pages when its tracker is removed (jitharness's Rust slab: W^X, \
                 per-object release).",
    },
];

/// Numba's LLVM versions: (LLVM, what ships it, the LLVMs measured for it).
const NUMBA_LLVMS: [(u32, &str, &[u32]); 4] = [
    (14, "llvmlite 0.42 and older (Numba 0.59 here; the seed's era)", &[14]),
    (15, "llvmlite 0.44", &[15]),
    (20, "llvmlite 0.45–0.47", &[19, 22]),
    (22, "llvmlite 0.48–0.50 (Numba 0.66–0.68)", &[22]),
];

/// Known defects that llvmlite's own LLVM builds patch: (defect, LLVM majors, why).
const PATCHED_IN_LLVMLITE: [(&str, &[u32], &str); 1] = [(
    "rtdyld-aarch64-got-reuse",
    &[14],
    "llvmlite's LLVM 14 build carries the fix (D146938, llvm/llvm-project#61402), which Numba needed on \
     AArch64 (numba/numba#8738)",
)];

/// Link time at 100 modules may be this many times MCJIT's (rtdyld-stock's) in the same run.
const LATENCY_LIMIT: f64 = 3.0;

pub const RULE: &str = "A configuration is **recommended** for an LLVM and a target when, with that LLVM on that target:\n\
1. no unit of any suite (the workloads, natural and scattered, and Numba's captured sessions) is mislinked, \
crashes or fails to link, except through a defect llvmlite's own LLVM build patches;\n\
2. every relocation type in Numba's sessions is handled (no unit of Numba's corpora is unsupported for a \
relocation);\n\
3. unwinding through JIT frames works (the `unwind` workload is clean) and Numba's own tests, where they were \
run, give stock Numba's results;\n\
4. removing modules gives memory back (`link --unload-reload`: the memory manager's committed bytes, or the \
process mappings where it does not report them, return to where they were before loading);\n\
5. linking 100 modules takes at most 3× what MCJIT's RuntimeDyld takes in the same bench run (linking is tens \
of microseconds per module against milliseconds to compile one: the limit catches a pathological linker, it \
does not rank).\n\n\
A configuration that meets 1–3 but not 4 or 5 is **correct** (with the reason). One that fails 1 or 2 is \
**unsafe**. Among the recommended (else the correct) configurations, the guide picks the first in the order of \
the table below: the least new code in llvmlite first.";

/// What the set says about one configuration on one LLVM and target.
struct Verdict {
    tier: Tier,
    /// Why it is not recommended, or what is missing, in order.
    reasons: Vec<String>,
    /// Units linked clean, of those that count.
    clean: usize,
    counted: usize,
    /// Known defects in its way (not patched in llvmlite).
    defects: BTreeSet<String>,
    patched: BTreeSet<String>,
    latency: Option<f64>,
    mappings: Option<i64>,
    reclaim: Option<String>,
    how: BTreeSet<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    Recommended,
    /// Meets every criterion that was measured; some were not (nothing ran on this target,
    /// no bench run).
    Provisional,
    Correct,
    Unsafe,
    NotAvailable,
    NotMeasured,
}

impl Tier {
    fn label(self) -> &'static str {
        match self {
            Tier::Recommended => "**recommended**",
            Tier::Provisional => "**recommended** where measured",
            Tier::Correct => "correct",
            Tier::Unsafe => "unsafe",
            Tier::NotAvailable => "not available",
            Tier::NotMeasured => "not measured",
        }
    }
}

impl Verdict {
    /// A criterion measured and not met: no better than correct.
    fn falls_short(&mut self, why: String) {
        self.reasons.push(why);
        if self.tier < Tier::Correct {
            self.tier = Tier::Correct;
        }
    }

    /// A criterion not measured: no better than provisional.
    fn unverified(&mut self, why: String) {
        self.reasons.push(why);
        if self.tier < Tier::Provisional {
            self.tier = Tier::Provisional;
        }
    }
}

/// Records that say nothing about the linker: the suite's IR cannot be compiled by this LLVM
/// or for this target.
fn input_limited(r: &Record) -> bool {
    r.class == Class::Unsupported && (r.detail.starts_with("IR written by LLVM") || r.detail.starts_with("the captured IR is lowered"))
}

fn patched(defect: &str, llvm: u32) -> Option<&'static str> {
    PATCHED_IN_LLVMLITE.iter().find(|(d, l, _)| *d == defect && l.contains(&llvm)).map(|(_, _, why)| *why)
}

fn judge(set: &MatrixSet, llvm: u32, target: &str, backend: &str) -> Verdict {
    let recs: Vec<&Record> = set.records.iter().filter(|r| r.llvm == llvm && r.target == target && r.backend == backend).collect();
    let mut v = Verdict {
        tier: Tier::Recommended,
        reasons: Vec::new(),
        clean: 0,
        counted: 0,
        defects: BTreeSet::new(),
        patched: BTreeSet::new(),
        latency: None,
        mappings: None,
        reclaim: None,
        how: recs.iter().map(|r| r.execution.clone()).filter(|e| e != "not run").collect(),
    };
    if recs.is_empty() {
        v.tier = Tier::NotMeasured;
        v.reasons.push("no results in this set".into());
        return v;
    }
    let counted: Vec<&&Record> = recs.iter().filter(|r| !input_limited(r)).collect();
    if counted.iter().all(|r| r.class == Class::Unsupported) {
        v.tier = Tier::NotAvailable;
        v.reasons.push(counted.first().map(|r| r.detail.clone()).unwrap_or_else(|| "no unit could be compiled for it".into()));
        return v;
    }
    v.counted = counted.len();
    v.clean = counted.iter().filter(|r| r.class == Class::Clean).count();
    let mut unsafe_ = Vec::new();
    for r in counted.iter().filter(|r| r.class != Class::Clean) {
        if let Some(d) = &r.defect {
            if patched(d, llvm).is_some() {
                v.patched.insert(d.clone());
                continue;
            }
            v.defects.insert(d.clone());
        }
        let what = if r.suite.starts_with("numba-") && r.class == Class::Unsupported { "unsupported" } else { r.class.label() };
        unsafe_.push(format!("{} {}: {what}{}", r.suite, r.unit, r.defect.as_deref().map(|d| format!(" (`{d}`)")).unwrap_or_default()));
    }
    if !unsafe_.is_empty() {
        v.tier = Tier::Unsafe;
        let n = unsafe_.len();
        unsafe_.truncate(4);
        v.reasons.push(format!("{n} units not clean: {}{}", unsafe_.join("; "), if n > 4 { "; …" } else { "" }));
    }
    if !counted.iter().any(|r| r.suite == "workloads" && r.unit == "unwind") {
        v.unverified("unwinding not measured (no `unwind` workload)".into());
    } else if !v.how.iter().any(|h| h != "cross link only") {
        v.unverified(format!("nothing ran on {target} here (cross link only): every fixup audited, no code executed, unwinding not tried"));
    }
    // Numba's tests, where run (x86_64).
    let linker_cells: Vec<_> = set.numba.iter().filter(|c| c.llvm == llvm && c.linker == backend && target == "x86_64").collect();
    for c in &linker_cells {
        if !c.differing.is_empty() {
            v.falls_short(format!("Numba {}'s `{}` tests: {} of {} differ from stock Numba", c.era, c.subset, c.differing.len(), c.tests));
        }
    }
    // Bench: this target's run, else x86_64's of the same LLVM.
    let part = set.bench.iter().find(|b| b.llvm == llvm && b.target == target && b.run.is_some());
    let (part, stand_in) = match part {
        Some(p) => (Some(p), false),
        None => (set.bench.iter().find(|b| b.llvm == llvm && b.target == "x86_64" && b.run.is_some()), true),
    };
    match part.and_then(|p| p.run.as_ref()) {
        None => v.unverified("latency and reclaim not measured".into()),
        Some(run) => {
            let of = if stand_in { " (x86_64's figure)" } else { "" };
            if let (Some(b), Some(s)) = (link_ns(run, backend, 100), link_ns(run, "rtdyld-stock", 100)) {
                let ratio = b as f64 / s.max(1) as f64;
                v.latency = Some(ratio);
                if ratio > LATENCY_LIMIT {
                    v.falls_short(format!("link latency {ratio:.2}× MCJIT's at 100 modules{of}, over {LATENCY_LIMIT}×"));
                }
            }
            v.mappings = run
                .sessions
                .iter()
                .find(|s| s.backend == backend && s.modules == 100)
                .and_then(|s| Some(s.mappings? as i64 - s.mappings_before? as i64));
            let reclaim = run.reclaim.iter().find(|r| r.backend == backend);
            let works = match reclaim {
                None => None,
                Some(r) if r.outcome != "ok" => Some((false, format!("no{of}: {}", crate::report::shorten(&r.outcome, 90)))),
                Some(r) => {
                    let step = |n: &str| r.steps.iter().find(|s| s.step == n);
                    match (step("baseline"), step("loaded"), step("removed-again")) {
                        (Some(b), Some(l), Some(e)) => {
                            let ok =
                                if l.committed > 0 { e.committed <= b.committed } else { e.process_mappings <= b.process_mappings + 2 };
                            let text = format!(
                                "{}{of}: mappings {} → {} → {}, committed {} KiB → {} KiB",
                                if ok { "yes" } else { "no" },
                                b.process_mappings,
                                l.process_mappings,
                                e.process_mappings,
                                l.committed / 1024,
                                e.committed / 1024
                            );
                            Some((ok, text))
                        }
                        _ => Some((false, format!("no{of}: the run has no removal step"))),
                    }
                }
            };
            match works {
                None => v.unverified("reclaim not measured".into()),
                Some((ok, text)) => {
                    if !ok {
                        v.falls_short("memory is not given back".into());
                    }
                    v.reclaim = Some(text);
                }
            }
        }
    }
    v
}

fn pick<'a>(verdicts: &'a [(&'a Config, Verdict)]) -> Option<&'a (&'a Config, Verdict)> {
    [Tier::Recommended, Tier::Provisional, Tier::Correct].into_iter().find_map(|t| verdicts.iter().find(|(_, v)| v.tier == t))
}

fn escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The guide.
pub fn guide(set: &MatrixSet) -> String {
    let mut md = String::new();
    let measured = set.llvms();
    let targets = table::targets(set);
    wl!(md, "# Moving Numba's JIT linking off RuntimeDyld: the migration guide\n");
    wl!(
        md,
        "Generated by `jitharness report --migration` from a matrix result set ({} records; `make matrix` makes it, \
         the CI matrix workflow makes it on native runners). Do not edit: regenerate.\n",
        set.records.len()
    );
    wl!(md, "## What was measured\n");
    wl!(md, "- LLVM builds: {}.", set.builds.iter().map(|b| format!("{} on {}", b.llvm_version, b.host)).collect::<Vec<_>>().join(", "));
    let mut how: BTreeMap<(u32, String), BTreeSet<String>> = BTreeMap::new();
    for r in set.records.iter().filter(|r| r.execution != "not run") {
        how.entry((r.llvm, r.target.clone())).or_default().insert(r.execution.clone());
    }
    let hows: BTreeSet<String> =
        how.iter().map(|((_, t), h)| format!("{t}: {}", h.iter().cloned().collect::<Vec<_>>().join(", "))).collect();
    wl!(md, "- How each target ran: {}.", hows.into_iter().collect::<Vec<_>>().join("; "));
    wl!(
        md,
        "- The harness links with Debian's LLVM packages. llvmlite builds its own LLVM, with patches: a known defect \
         that llvmlite's build patches is not counted against a configuration, and the guide says so where it \
         applies. Known patches: {}.",
        PATCHED_IN_LLVMLITE
            .iter()
            .map(|(d, l, why)| format!("`{d}` on LLVM {}: {why}", l.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ")))
            .collect::<Vec<_>>()
            .join("; ")
    );
    wl!(
        md,
        "- Suites: the built-in workloads (each a known result; natural placement and scattered mappings), and the \
         modules real Numba processes handed their JIT in two eras (Numba 0.59.1 / llvmlite 0.42 and Numba 0.68.1 / \
         llvmlite 0.50, `tests/corpus/`), every fixup audited. The 0.68 era's IR does not parse with LLVM older than \
         22, and it is lowered for x86_64 (it calls `llvm.x86.*` intrinsics), so it counts on LLVM 22 x86_64 only; \
         the 0.59 era's IR is read by every LLVM measured.\n"
    );
    wl!(md, "## The rule\n");
    wl!(md, "{RULE}\n");
    wl!(md, "## Configurations and what llvmlite would change\n");
    wl!(md, "| configuration | backend in the harness | the change in llvmlite |");
    wl!(md, "|---|---|---|");
    for c in &CONFIGS {
        wl!(md, "| {} | `{}` | {} |", c.name, c.backend, c.change);
    }
    wl!(md, "");
    wl!(md, "## Recommendations\n");
    wl!(md, "| Numba's LLVM | ships in | measured with | {} |", targets.join(" | "));
    w!(md, "|---|---|---|");
    for _ in &targets {
        w!(md, "---|");
    }
    wl!(md, "");
    let mut sections = String::new();
    for (llvm, ships, with) in NUMBA_LLVMS {
        let present: Vec<u32> = with.iter().copied().filter(|l| measured.contains(l)).collect();
        let with_text = if present.is_empty() {
            "not measured".to_string()
        } else if llvm == 20 {
            format!("LLVM {} (20 is not packaged here: bracketed)", present.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(" and "))
        } else {
            format!("LLVM {}", present[0])
        };
        w!(md, "| {llvm} | {ships} | {with_text} |");
        for t in &targets {
            let picks: Vec<Option<(&'static str, Tier)>> = present
                .iter()
                .map(|&l| {
                    let vs: Vec<(&Config, Verdict)> = CONFIGS.iter().map(|c| (c, judge(set, l, t, c.backend))).collect();
                    pick(&vs).map(|(c, v)| (c.name, v.tier))
                })
                .collect();
            let cell = match picks.as_slice() {
                [] => "not measured".to_string(),
                [one] => one.map(|(n, tier)| format!("{n} ({})", tier.label())).unwrap_or_else(|| "none meets the rule".into()),
                many => {
                    let first = many[0];
                    if many.iter().all(|p| *p == first) {
                        first
                            .map(|(n, tier)| format!("{n} ({}) on both brackets", tier.label()))
                            .unwrap_or_else(|| "none on either bracket".into())
                    } else {
                        let each: Vec<String> = present
                            .iter()
                            .zip(many)
                            .map(|(l, p)| {
                                format!(
                                    "LLVM {l}: {}",
                                    p.map(|(n, tier)| format!("{n} ({})", tier.label())).unwrap_or_else(|| "none".into())
                                )
                            })
                            .collect();
                        format!("the brackets disagree: {}", each.join("; "))
                    }
                }
            };
            w!(md, " {} |", escape(&cell));
        }
        wl!(md, "");
        for &l in &present {
            write_llvm(&mut sections, set, llvm, l, &targets);
        }
    }
    wl!(md, "");
    md.push_str(&sections);
    wl!(md, "## Known defects in the way\n");
    let mut ids: BTreeSet<String> = BTreeSet::new();
    for r in set.records.iter().filter(|r| r.class != Class::Clean) {
        if let Some(d) = &r.defect {
            ids.insert(d.clone());
        }
    }
    if ids.is_empty() {
        wl!(md, "None named in this set.\n");
    }
    for id in ids {
        let Some(d) = crate::llvm::defects::by_id(&id) else { continue };
        wl!(
            md,
            "- `{}` (LLVM {}; {}): {} Upstream: {}.{}",
            d.id,
            d.llvm.iter().map(|l| l.to_string()).collect::<Vec<_>>().join(", "),
            d.backends.iter().map(|b| b.name()).collect::<Vec<_>>().join(", "),
            d.why,
            d.upstream.unwrap_or("none known"),
            PATCHED_IN_LLVMLITE.iter().find(|(x, _, _)| *x == id).map(|(_, _, why)| format!(" Patched: {why}.")).unwrap_or_default()
        );
    }
    wl!(md, "");
    md
}

fn write_llvm(md: &mut String, set: &MatrixSet, numba_llvm: u32, llvm: u32, targets: &[String]) {
    if numba_llvm == llvm {
        wl!(md, "## LLVM {llvm}\n");
    } else {
        wl!(md, "## LLVM {numba_llvm}, bracketed by LLVM {llvm}\n");
        wl!(md, "LLVM {numba_llvm} is not packaged on the machines this was measured on; LLVM {llvm} stands in. Where the two brackets agree, {numba_llvm} is expected to, not measured.\n");
    }
    for t in targets {
        let vs: Vec<(&Config, Verdict)> = CONFIGS.iter().map(|c| (c, judge(set, llvm, t, c.backend))).collect();
        wl!(md, "### LLVM {llvm}, {t}\n");
        match pick(&vs) {
            Some((c, v)) => wl!(
                md,
                "Pick: **{}** ({}){}.\n",
                c.name,
                v.tier.label(),
                if v.reasons.is_empty() { String::new() } else { format!(": {}", v.reasons.join("; ")) }
            ),
            None => wl!(md, "No configuration meets even criteria 1–2 here.\n"),
        }
        wl!(md, "| configuration | verdict | units clean | link latency vs MCJIT (100 modules) | mappings added (100 modules) | memory given back | known defects | why not recommended | ran |");
        wl!(md, "|---|---|---:|---:|---:|---|---|---|---|");
        for (c, v) in &vs {
            let defects: Vec<String> = v
                .defects
                .iter()
                .map(|d| format!("`{d}`"))
                .chain(v.patched.iter().map(|d| format!("`{d}` (patched in llvmlite's build)")))
                .collect();
            wl!(
                md,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                c.name,
                v.tier.label(),
                if v.counted > 0 { format!("{}/{}", v.clean, v.counted) } else { "—".into() },
                v.latency.map(|r| format!("{r:.2}×")).unwrap_or_else(|| "—".into()),
                v.mappings.map(|m| m.to_string()).unwrap_or_else(|| "—".into()),
                v.reclaim.as_deref().map(escape).unwrap_or_else(|| "—".into()),
                if defects.is_empty() { "—".into() } else { defects.join(", ") },
                if v.reasons.is_empty() { "—".into() } else { escape(&v.reasons.join("; ")) },
                if v.how.is_empty() { "—".into() } else { v.how.iter().cloned().collect::<Vec<_>>().join(", ") }
            );
        }
        wl!(md, "");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::{Build, RelocTally, MATRIX_SCHEMA};

    fn rec(llvm: u32, backend: &str, unit: &str, class: Class, defect: Option<&str>) -> Record {
        Record {
            llvm,
            target: "aarch64".into(),
            suite: if unit == "unwind" { "workloads".into() } else { "numba-0.59".into() },
            unit: unit.into(),
            backend: backend.into(),
            execution: "native".into(),
            class,
            detail: String::new(),
            defect: defect.map(str::to_string),
            objects: 1,
            fixups: 1,
            wrong: 0,
            not_checked: 0,
            relocations: [("R_AARCH64_CALL26".to_string(), RelocTally { seen: 1, wrong: 0, not_checked: 0 })].into_iter().collect(),
            unsupported_relocations: Vec::new(),
        }
    }

    fn set(records: Vec<Record>) -> MatrixSet {
        MatrixSet {
            schema: MATRIX_SCHEMA.into(),
            builds: vec![Build { llvm: 14, llvm_version: "14.0.6".into(), harness: "0.1.0".into(), host: "aarch64".into() }],
            shard: None,
            plan: Vec::new(),
            done: Vec::new(),
            records,
            numba: Vec::new(),
            bench: Vec::new(),
            timings: Vec::new(),
            notes: Vec::new(),
        }
    }

    #[test]
    fn a_mislink_makes_a_configuration_unsafe_unless_llvmlite_patches_its_defect() {
        let s = set(vec![
            rec(14, "rtdyld-stock", "unwind", Class::Clean, None),
            rec(14, "rtdyld-stock", "array_loops", Class::Mislinked, Some("rtdyld-aarch64-got-reuse")),
            rec(14, "jitlink-default", "unwind", Class::Clean, None),
            rec(14, "jitlink-default", "array_loops", Class::Mislinked, Some("jitlink14-aarch64-relocations")),
        ]);
        let stock = judge(&s, 14, "aarch64", "rtdyld-stock");
        // Not fully recommended: no bench run says whether it gives memory back.
        assert_eq!(stock.tier, Tier::Provisional, "patched in llvmlite's LLVM 14: {:?}", stock.reasons);
        assert!(stock.reasons.iter().any(|r| r == "latency and reclaim not measured"), "{:?}", stock.reasons);
        assert!(stock.patched.contains("rtdyld-aarch64-got-reuse"));
        let jl = judge(&s, 14, "aarch64", "jitlink-default");
        assert_eq!(jl.tier, Tier::Unsafe);
        assert!(jl.reasons[0].contains("array_loops: mislinked (`jitlink14-aarch64-relocations`)"), "{:?}", jl.reasons);
        assert_eq!(judge(&s, 14, "aarch64", "jitlink-rust").tier, Tier::NotMeasured);
    }

    #[test]
    fn the_guide_names_the_pick_and_the_bracket() {
        let mut s = set(vec![rec(22, "jitlink-slab", "unwind", Class::Clean, None), rec(19, "jitlink-slab", "unwind", Class::Clean, None)]);
        s.builds.push(Build { llvm: 19, llvm_version: "19.1.7".into(), harness: "0.1.0".into(), host: "aarch64".into() });
        s.builds.push(Build { llvm: 22, llvm_version: "22.1.8".into(), harness: "0.1.0".into(), host: "aarch64".into() });
        let g = guide(&s);
        assert!(g.contains("| 20 | llvmlite 0.45–0.47 | LLVM 19 and 22 (20 is not packaged here: bracketed) |"), "{g}");
        assert!(
            g.contains("LLJIT + JITLink, LLVM's slab (MapperJITLinkMemoryManager) (**recommended** where measured) on both brackets"),
            "{g}"
        );
        assert!(g.contains("## LLVM 20, bracketed by LLVM 19"), "{g}");
    }
}
