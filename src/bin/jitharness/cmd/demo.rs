//! `jitharness demo`: prints the issue-9001 demonstration table (`jitharness::repro::demo`).

use crate::LONG_VERSION;
use jitharness::backend::BackendKind;
use jitharness::repro::demo;
use std::process::ExitCode;

pub(crate) fn demo(iterations: u32) -> ExitCode {
    println!("jitharness {LONG_VERSION}: issue-9001 demonstration");
    println!("The `issue9001` workload (a Numba-style module: GOT-addressed globals, a shared `common` environment,");
    println!("linkonce helpers) is loaded up to {iterations} times into one JIT session; every object is audited");
    println!("before its code runs; each run is a separate worker process.\n");
    for b in BackendKind::ALL {
        if let Err(reason) = b.availability() {
            println!("{:15} not in the table: {reason}", b.name());
        }
    }
    println!();
    println!("{}", demo::header());
    let rows = demo::run(iterations, |r| println!("{}", demo::row_text(r)));
    println!("\nloads: objects linked and audited before the run stopped (a crash stops it).");
    println!("first bad relocation: the first fixup the independent auditor found out of range or pointing elsewhere,");
    println!("with the distance it had to span (AArch64 ADRP: ±4 GiB; x86-64 PC32/GOTPCREL: ±2 GiB).");
    let known = demo::explanations(&rows);
    if !known.is_empty() {
        println!("Known causes of the BROKEN rows (src/llvm/defects.rs):");
        for d in known {
            println!("  {d}");
        }
    }
    if rows.iter().any(|r| matches!(r.verdict, demo::Verdict::NotShown { .. })) {
        println!("NOT SHOWN rows: the placement is there to pull one object's sections out of reach of each other and");
        println!("did not, so a clean audit there says nothing about the stock manager. Under qemu-user the guest's");
        println!("mappings come from qemu's own allocator inside the reserved VA, which does not meet the `fragment`");
        println!("holes the way the kernel does (docs/auditor.md).");
    }
    println!("Details of any row: jitharness repro 9001 --target T --placement P --verbose");
    // Mislinks are what the demonstration shows; only a harness error fails it.
    ExitCode::from(u8::from(rows.iter().any(|r| r.is_harness_error())))
}
