//! Text renderings of reports, for the commands that print them.

use crate::backend::layout::{self, SectionKind};
use crate::report::{CallStatus, LinkReport, Outcome};

/// The human rendering of a link report (`jitharness link` without `--json`).
pub fn link_report(r: &LinkReport, stats: bool) -> String {
    let mut out = String::new();
    let how = r.execution.describe();
    wl!(out, "jitharness {} (LLVM {}), backend {}, target {}, {}", r.harness.version, r.harness.llvm_version, r.backend, r.target, how);
    if let Some(info) = &r.backend_info {
        wl!(out, "linker: {}; memory manager: {}", info.linker, info.memory_manager);
        for n in &info.notes {
            wl!(out, "note: {n}");
        }
    }
    for n in &r.notes {
        wl!(out, "note: {n}");
    }
    wl!(out, "compiled with {}", r.compile.describe());
    wl!(out, "objects: {}, iterations: {}/{}", r.objects.len(), r.iterations_completed, r.iterations);
    if !r.layout.is_empty() {
        out.push('\n');
        w!(out, "{}", layout::table(&r.layout));
        let code: Vec<_> = r.layout.iter().filter(|s| s.kind == SectionKind::Code).cloned().collect();
        wl!(out, "\nspan of all sections: {:#x} bytes; of code: {:#x}", layout::span(&r.layout), layout::span(&code));
    }
    if !r.calls.is_empty() {
        out.push('\n');
        let passed = r.calls.iter().filter(|c| c.status == CallStatus::Pass).count();
        for c in r.calls.iter().filter(|c| c.status != CallStatus::Pass).take(20) {
            wl!(out, "call  it{} {}({:?}) -> {:?} expected {:?}: {:?}", c.iteration, c.symbol, c.args, c.actual, c.expected, c.status);
        }
        wl!(out, "calls: {} of {} passed", passed, r.calls.len());
    }
    if !r.audits.is_empty() {
        out.push('\n');
        w!(out, "{}", crate::audit::findings_table(&r.audits));
    }
    if stats {
        if let Some(m) = &r.memory {
            out.push('\n');
            w!(out, "{}", m.text());
        }
    }
    if let (true, Some(g)) = (stats, &r.registration) {
        wl!(
            out,
            "registration: GDB JIT interface {}; perf map {}; jitdump {}",
            g.gdb_entries.map_or("absent (no __jit_debug_descriptor)".to_string(), |n| format!("{n} entries added")),
            if g.perf_map { "written" } else { "none" },
            if g.jitdump { "written" } else { "none" }
        );
    }
    if !r.reclaim.is_empty() {
        wl!(out, "unload and reload ({}):", r.backend);
        wl!(out, "  {:14} {:>8} {:>12} {:>9} {:>10}", "step", "objects", "committed", "mappings", "RSS KiB");
        for s in &r.reclaim {
            wl!(out, "  {:14} {:>8} {:>12} {:>9} {:>10}", s.step, s.objects, s.committed, s.process_mappings, s.rss_kib);
        }
    }
    wl!(out, "outcome: {}", r.outcome.summary());
    if let Some(d) = r.explained_by() {
        wl!(out, "known defect: {d}");
    }
    if let Outcome::Crash { stderr, .. } | Outcome::Timeout { stderr, .. } = &r.outcome {
        if !stderr.trim().is_empty() {
            wl!(out, "worker stderr (end):\n{}", stderr.trim_end());
        }
    }
    out
}
