//! The `jitharness` command line.

use clap::Args;
use jitharness::backend::BackendKind;
use jitharness::target::Arch;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::{parse_size, usage_error};

#[derive(Args, Clone)]
pub(crate) struct BenchArgs {
    /// x86_64 or aarch64 (aarch64 on an x86_64 host runs under qemu-user: emulated).
    #[arg(long, default_value_t = Arch::host())]
    pub(crate) target: Arch,
    /// Session sizes, in modules.
    #[arg(long, value_delimiter = ',', default_values_t = jitharness::bench::SIZES)]
    pub(crate) sizes: Vec<u32>,
    /// Sessions per backend and size (the median is kept).
    #[arg(long, default_value_t = 3)]
    pub(crate) runs: u32,
    /// Also time peer tools (llvm-jitlink, llvm-rtdyld, llvmlite) on the same objects.
    #[arg(long)]
    pub(crate) peers: bool,
    /// Where to write the run (default bench-results/<target>-llvm<N>.json).
    #[arg(long)]
    pub(crate) json_out: Option<PathBuf>,
    /// qemu-user guest reservation for aarch64 workers.
    #[arg(long, default_value = "0x1000000000", value_parser = parse_size)]
    pub(crate) qemu_reserved_va: u64,
    /// Only compile the session objects for TARGET into DIR (with entry.txt) and exit: for
    /// `cargo bench` under qemu ($JITHARNESS_BENCH_OBJECTS).
    #[arg(long)]
    pub(crate) write_objects: Option<PathBuf>,
}

#[derive(Args, Clone)]
pub(crate) struct BenchWorkerArgs {
    #[arg(long)]
    pub(crate) target: Arch,
    /// Directory of objects written by `bench` (0000.o, 0001.o, …).
    #[arg(long)]
    pub(crate) objects: PathBuf,
    #[arg(long)]
    pub(crate) modules: u32,
    /// The backend to measure; without it, the lower-bound model.
    #[arg(long)]
    pub(crate) backend: Option<BackendKind>,
    #[arg(long)]
    pub(crate) entry: String,
    #[arg(long, default_value_t = 3)]
    pub(crate) runs: u32,
}

/// Runs a bench worker (this harness, or the aarch64 one under qemu) and parses its JSON.
pub(crate) fn run_bench_worker<T: serde::de::DeserializeOwned>(target: Arch, va: u64, args: &[String]) -> Result<T, String> {
    let mut cmd = if target == Arch::Aarch64 && Arch::host() == Arch::X86_64 {
        let bin = jitharness::run::exec::aarch64_harness().map_err(|e| e.to_string())?;
        jitharness::run::exec::qemu_command(&bin, va).map_err(|e| e.to_string())?
    } else {
        let bin = jitharness::run::exec::harness_binary().map_err(|e| e.to_string())?;
        jitharness::run::exec::self_command(&bin).map_err(|e| e.to_string())?
    };
    cmd.arg("bench-worker").args(args).stdin(std::process::Stdio::null());
    let out = cmd.output().map_err(|e| format!("cannot start a bench worker: {e}"))?;
    serde_json::from_slice(&out.stdout).map_err(|_| {
        let err = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = err.lines().rev().take(3).collect();
        format!("crash: worker ended with {} without a result: {}", out.status, tail.into_iter().rev().collect::<Vec<_>>().join(" / "))
    })
}

pub(crate) fn bench_cmd(a: &BenchArgs) -> ExitCode {
    use jitharness::bench::{self, BenchRun, SessionMeasure};
    let max = a.sizes.iter().copied().max().unwrap_or(1);
    let (objects, entry) = match bench::workload_objects(bench::WORKLOAD, a.target, max) {
        Ok(x) => x,
        Err(e) => return usage_error(e),
    };
    if let Some(d) = &a.write_objects {
        let written = bench::write_objects(&objects, d)
            .and_then(|_| std::fs::write(d.join("entry.txt"), &entry).map_err(|e| jitharness::Error::io(d, e)));
        return match written {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => usage_error(e),
        };
    }
    let dir = bench::scratch_dir(a.target);
    if let Err(e) = bench::write_objects(&objects, &dir) {
        return usage_error(e);
    }
    let harness = jitharness::report::HarnessInfo::current();
    let execution = if a.target == Arch::Aarch64 && Arch::host() == Arch::X86_64 {
        jitharness::run::exec::Execution {
            how: jitharness::run::exec::How::QemuUser,
            harness_arch: Arch::Aarch64,
            qemu_reserved_va: Some(a.qemu_reserved_va),
        }
    } else {
        jitharness::run::exec::current(a.target)
    };
    let mut run = BenchRun {
        schema: bench::BENCH_SCHEMA.into(),
        harness: harness.clone(),
        machine: bench::machine(),
        commit: bench::git_commit(),
        date: bench::now_utc(),
        target: a.target,
        execution,
        input: format!("workload {} (one module per load), compiled at -O2 with the JIT code model", bench::WORKLOAD),
        sessions: Vec::new(),
        lower_bound: Vec::new(),
        peers: Vec::new(),
        notes: Vec::new(),
    };
    if bench::leaks_graph_memory(jitharness::backend::BackendKind::JitlinkSlab) {
        run.notes.push(format!("jitlink-slab: {}", bench::LEAK_NOTE));
    }
    for &n in &a.sizes {
        let base = [
            "--target",
            a.target.name(),
            "--objects",
            &dir.display().to_string(),
            "--modules",
            &n.to_string(),
            "--entry",
            &entry,
            "--runs",
            &a.runs.to_string(),
        ]
        .map(String::from)
        .to_vec();
        match run_bench_worker::<bench::LowerBound>(a.target, a.qemu_reserved_va, &base) {
            Ok(lb) => run.lower_bound.push(lb),
            Err(e) => run.notes.push(format!("lower bound, {n} modules: {e}")),
        }
        for kind in bench::BACKENDS {
            let mut args = base.clone();
            args.extend(["--backend".to_string(), kind.name().to_string()]);
            let m = run_bench_worker::<SessionMeasure>(a.target, a.qemu_reserved_va, &args)
                .unwrap_or_else(|e| SessionMeasure::without_figures(kind, n, e));
            eprintln!(
                "{} {:13} {:5} modules: {}",
                a.target,
                m.backend,
                n,
                match m.link_ns {
                    Some(ns) => format!(
                        "link {:.3} ms, mappings {:?} -> {:?}, peak RSS {:?} KiB",
                        ns as f64 / 1e6,
                        m.mappings_before,
                        m.mappings,
                        m.peak_rss_kib
                    ),
                    None => m.outcome.clone(),
                }
            );
            run.sessions.push(m);
        }
    }
    if a.peers {
        if a.target != Arch::host() {
            run.notes.push(format!(
                "peers not measured for {}: the peer tools here are {} builds; timing them natively against the emulated harness would compare nothing",
                a.target,
                Arch::host()
            ));
        } else {
            let empty_ir = "define i32 @main() {\n  ret i32 0\n}\n".to_string();
            let opts = jitharness::compile::CompileOptions::new(a.target);
            let empty = dir.join("empty.o");
            let made = jitharness::source::to_object(&jitharness::source::Input::ir("empty.ll", empty_ir), &opts, &mut Vec::new())
                .and_then(|o| std::fs::write(&empty, &o.bytes).map_err(|e| jitharness::Error::io(&empty, e)));
            if let Err(e) = made {
                return usage_error(e);
            }
            for &n in &a.sizes {
                let paths: Vec<PathBuf> = (0..n).map(|i| dir.join(format!("{i:04}.o"))).collect();
                match bench::peers::run_all(&objects[..n as usize], &paths, &entry, &empty, a.target.triple()) {
                    Ok(p) => {
                        for m in &p {
                            eprintln!(
                                "{} peer {:42} {:5} modules: {}",
                                a.target,
                                m.peer,
                                n,
                                m.ns.map(|ns| format!("{:.3} ms", ns as f64 / 1e6)).unwrap_or_else(|| m.outcome.clone())
                            );
                        }
                        run.peers.extend(p);
                    }
                    Err(e) => run.notes.push(format!("peers, {n} modules: {e}")),
                }
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    let out =
        a.json_out.clone().unwrap_or_else(|| PathBuf::from("bench-results").join(format!("{}-llvm{}.json", a.target, harness.llvm_major)));
    if let Some(parent) = out.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    if let Err(e) = std::fs::write(&out, serde_json::to_string_pretty(&run).expect("runs serialize")) {
        eprintln!("jitharness: {}: {e}", out.display());
        return ExitCode::from(1);
    }
    eprintln!("bench run: {}", out.display());
    ExitCode::SUCCESS
}

pub(crate) fn bench_worker(a: &BenchWorkerArgs) -> ExitCode {
    use jitharness::bench;
    let objects = match bench::read_objects(&a.objects, a.modules, a.target) {
        Ok(o) => o,
        Err(e) => return usage_error(e),
    };
    let json = match a.backend {
        Some(kind) => serde_json::to_string(&bench::measure_session(kind, a.target, &objects, &a.entry, a.runs)),
        None => serde_json::to_string(&bench::measure_lower_bound(&objects, a.runs.max(5))),
    };
    println!("{}", json.expect("measures serialize"));
    ExitCode::SUCCESS
}
