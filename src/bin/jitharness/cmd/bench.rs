//! `jitharness bench` and its hidden worker, `jitharness bench-worker`.

use clap::Args;
use jitharness::bench::run::{self as bench_run, BenchOptions};
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
    /// Measure only shard I of N of the run's measurements; `jitharness merge` combines the
    /// shards' runs.
    #[arg(long)]
    pub(crate) shard: Option<jitharness::shard::Shard>,
    /// Only compile the session objects for TARGET into DIR (with entry.txt) and exit: for
    /// `cargo bench` under qemu ($JITHARNESS_BENCH_OBJECTS).
    #[arg(long)]
    pub(crate) write_objects: Option<PathBuf>,
}

/// The worker takes no arguments: its job comes as JSON on stdin (`bench::run::WorkerJob`).
#[derive(Args, Clone)]
pub(crate) struct BenchWorkerArgs {}

pub(crate) fn bench_cmd(a: &BenchArgs) -> ExitCode {
    if let Some(dir) = &a.write_objects {
        let max = a.sizes.iter().copied().max().unwrap_or(1);
        return match bench_run::write_session_objects(a.target, max, dir) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => usage_error(e),
        };
    }
    let opts = BenchOptions {
        target: a.target,
        sizes: a.sizes.clone(),
        runs: a.runs,
        peers: a.peers,
        qemu_reserved_va: a.qemu_reserved_va,
        shard: a.shard,
    };
    let run = match bench_run::run(&opts, |line| eprintln!("{line}")) {
        Ok(run) => run,
        Err(e) => return usage_error(e),
    };
    let out = a.json_out.clone().unwrap_or_else(|| bench_run::default_out(&run));
    if let Err(e) = bench_run::write_run(&run, &out) {
        eprintln!("jitharness: {e}");
        return ExitCode::from(1);
    }
    eprintln!("bench run: {}", out.display());
    ExitCode::SUCCESS
}

pub(crate) fn bench_worker(_: &BenchWorkerArgs) -> ExitCode {
    match bench_run::serve_worker(std::io::stdin().lock()) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => usage_error(e),
    }
}
