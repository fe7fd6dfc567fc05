//! Criterion benches: compile and link latency per backend and session size.
//!
//! The target is the architecture this bench binary runs as: x86_64 natively, AArch64 when
//! the aarch64 build runs under qemu-user (`make bench`), where times are emulated and only
//! ratios between backends mean anything. Ids follow the convention `jitharness report`
//! parses (see src/bench.rs): `KIND.TARGET.llvmN/FUNCTION/PARAMETER`.
//!
//! Sessions load the `issue9001` workload, one module per load, finalizing after each as
//! Numba does. A backend this LLVM cannot use for the target is left out with a note on
//! stderr; `jitharness bench` records the reason in its run.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode};
use jitharness::backend::BackendKind;
use jitharness::bench::{self, LowerBoundPlan};
use jitharness::compile::{self, CompileOptions};
use jitharness::source::{self, Input, ObjectFile};
use jitharness::target::Arch;
use std::time::{Duration, Instant};

fn group_name(kind: &str) -> String {
    format!("{kind}.{}.llvm{}", Arch::host(), compile::llvm_major())
}

/// Every module of the largest session, compiled once.
fn objects() -> (Vec<ObjectFile>, String) {
    let max = *bench::bench_sizes().iter().max().expect("sizes").max(&2);
    bench::session_objects(Arch::host(), max).expect("the workload compiles")
}

/// Whether `kind` links two loads here (else why not).
fn usable(kind: BackendKind, objects: &[ObjectFile], entry: &str) -> Result<(), String> {
    let mut s = bench::open_session(kind, Arch::host()).map_err(|e| e.to_string())?;
    bench::link_all(s.as_mut(), &objects[..2]).map_err(|e| e.to_string())?;
    bench::first_lookup(s.as_ref(), entry).map(|_| ()).map_err(|e| e.to_string())
}

fn usable_backends(objects: &[ObjectFile], entry: &str) -> Vec<BackendKind> {
    bench::BACKENDS
        .into_iter()
        .filter(|&k| {
            // Its thousands of sessions in this one process would exhaust vm.max_map_count.
            let leak = bench::graph_memory_leak(k);
            if let Some(d) = leak {
                eprintln!("note: {} left out with LLVM {}: {}", k.name(), compile::llvm_version(), bench::leak_note(d));
            }
            leak.is_none()
        })
        .filter(|&k| match usable(k, objects, entry) {
            Ok(()) => true,
            Err(e) => {
                eprintln!("note: {} left out on {} with LLVM {}: {e}", k.name(), Arch::host(), compile::llvm_version());
                false
            }
        })
        .collect()
}

fn compile_latency(c: &mut Criterion) {
    let arch = Arch::host();
    let dialect = jitharness::source::workloads::IrDialect::of_this_llvm();
    let w = jitharness::source::workloads::instance(bench::WORKLOAD, arch, dialect, 0).expect("workload");
    let mut inputs = vec![(bench::WORKLOAD.to_string(), Input::ir(w.modules[0].name.clone(), w.modules[0].ir.clone()))];
    // A real Numba module from the project corpus (LLVM 14 IR, read by every LLVM).
    let numba = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/numba/array_loops/0003.ll");
    if let Ok(i) = Input::from_path(&numba) {
        inputs.push(("numba-array_loops-0003".to_string(), i));
    }
    let mut g = c.benchmark_group(group_name("compile"));
    g.sample_size(10).warm_up_time(Duration::from_millis(200)).measurement_time(Duration::from_secs(2));
    for opt in 0..=3u8 {
        let opts = CompileOptions::at_level(arch, opt);
        for (name, input) in &inputs {
            g.bench_with_input(BenchmarkId::new(format!("O{opt}"), name), input, |b, input| {
                b.iter(|| source::to_object(input, &opts, &mut Vec::new()).expect("compiles"))
            });
        }
    }
    g.finish();
}

fn link_latency(c: &mut Criterion) {
    let (objects, entry) = objects();
    let backends = usable_backends(&objects, &entry);
    let mut g = c.benchmark_group(group_name("link"));
    g.sample_size(10).sampling_mode(SamplingMode::Flat).warm_up_time(Duration::from_millis(100)).measurement_time(Duration::from_secs(2));
    for &n in &bench::bench_sizes() {
        for &kind in &backends {
            let set = &objects[..n as usize];
            g.bench_with_input(BenchmarkId::new(kind.name(), n), &n, |b, _| {
                b.iter_custom(|iters| {
                    let mut total = Duration::ZERO;
                    for _ in 0..iters {
                        let mut s = bench::open_session(kind, Arch::host()).expect("session");
                        total += bench::link_all(s.as_mut(), set).expect("links");
                    }
                    total
                })
            });
        }
    }
    g.finish();

    // Finalize alone and the first lookup, for one module: each iteration opens a fresh
    // session, and only `timed` is measured.
    let one_module_group = |c: &mut Criterion, kind_name: &str, timed: &dyn Fn(&mut dyn jitharness::backend::LinkBackend) -> Duration| {
        let mut g = c.benchmark_group(group_name(kind_name));
        g.sample_size(10).warm_up_time(Duration::from_millis(100)).measurement_time(Duration::from_secs(1));
        for &kind in &backends {
            g.bench_with_input(BenchmarkId::new(kind.name(), 1), &1, |b, _| {
                b.iter_custom(|iters| (0..iters).map(|_| timed(bench::open_session(kind, Arch::host()).expect("session").as_mut())).sum())
            });
        }
        g.finish();
    };
    one_module_group(c, "finalize", &|s| {
        s.add_object(&objects[0]).expect("adds");
        let t = Instant::now();
        s.finalize().expect("finalizes");
        t.elapsed()
    });
    one_module_group(c, "lookup", &|s| {
        bench::link_all(s, &objects[..1]).expect("links");
        bench::first_lookup(s, &entry).expect("defined")
    });

    // The lower-bound model on the same objects.
    let mut g = c.benchmark_group(group_name("lower-bound"));
    g.sample_size(10).warm_up_time(Duration::from_millis(100)).measurement_time(Duration::from_secs(1));
    for &n in &bench::bench_sizes() {
        let plan = LowerBoundPlan::new(&objects[..n as usize]);
        let mut dest = Vec::with_capacity(plan.bytes as usize);
        g.bench_with_input(BenchmarkId::new("copy+touch", n), &n, |b, _| b.iter(|| plan.run(&mut dest)));
    }
    g.finish();
}

criterion_group!(benches, compile_latency, link_latency);
criterion_main!(benches);
