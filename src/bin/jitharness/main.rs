//! The `jitharness` command line: clap definitions and dispatch. Each command lives in
//! `cmd/<command>.rs`: it parses its arguments, calls the library, renders the result.

mod cmd;

use clap::{Args, Parser, Subcommand};
use jitharness::compile::{CodeModel, CompileOptions, Cpu, ExplicitCodegen, Passes, RelocModel};
use jitharness::source::workloads;
use jitharness::target::Arch;
use std::process::ExitCode;

pub(crate) const LONG_VERSION: &str =
    concat!(env!("CARGO_PKG_VERSION"), " (LLVM ", env!("JITHARNESS_LLVM_VERSION"), ", host ", env!("JITHARNESS_BUILD_TARGET"), ")");

#[derive(Parser)]
#[command(name = "jitharness", version = LONG_VERSION, about = "Link LLVM JIT objects through RuntimeDyld and ORC/JITLink backends, see where everything landed, run and check it")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Link modules (files and/or a built-in workload) through one backend, optionally run them.
    Link(cmd::link::LinkArgs),
    /// List the built-in workloads.
    Workloads {
        #[arg(long)]
        json: bool,
    },
    /// Compile one IR/bitcode file (or a workload's modules) to an object or bitcode file.
    Compile(cmd::compile::CompileArgs),
    /// Reproduce a known JIT-linking issue on demand (9001: ADRP/GOT overflow), audited.
    Repro(cmd::repro::ReproArgs),
    /// The issue-9001 demonstration: the seed's workload through the backends and placements,
    /// on x86_64 and AArch64, as a table.
    Demo {
        /// Loads per run (each run stops at its first crash).
        #[arg(long, default_value_t = 40)]
        iterations: u32,
    },
    /// The same modules through several backends (each in a worker process), compared:
    /// needed symbols, every fixup's audit verdict, entry-point results, linked bytes.
    Diff(cmd::diff::DiffArgs),
    /// `diff` over every module under a directory: JSON lines, a Markdown summary, and the
    /// changes against an earlier run.
    Corpus(cmd::diff::CorpusArgs),
    /// Run a Python program with Numba and write every LLVM module it hands to its JIT, in
    /// order, one directory per process with a manifest (what `corpus` reads):
    /// `jitharness capture --out DIR -- python script.py ARGS`.
    Capture(cmd::capture::CaptureArgs),
    /// Numba with a harness backend as its JIT linker, in a real Python process:
    /// `numba run --backend B -- script.py ARGS`, and `numba test` (Numba's own tests,
    /// each backend against stock Numba).
    Numba(cmd::numba::NumbaArgs),
    /// Resources and link time per backend and session size, each session in a fresh worker
    /// process; the lower-bound model; with --peers, peer tools on the same objects. Writes
    /// a bench run (JSON) for `jitharness report`. Latency micro-benchmarks: `cargo bench`.
    Bench(cmd::bench::BenchArgs),
    /// Write the benchmark report (Markdown + SVG plots) from criterion output and bench runs;
    /// with --migration, the migration guide from a matrix result set.
    Report(cmd::report::ReportArgs),
    /// Every suite (workloads, Numba's corpora of both eras) through every backend on each
    /// target with this build's LLVM, plus bench figures and `numba test` results: one
    /// result set (JSON) and the compatibility table. `--shard I/N` runs a part.
    Matrix(cmd::matrix::MatrixArgs),
    /// Combine matrix result sets (shards, several LLVM builds) into one, refusing overlaps
    /// and naming missing shards; the table; the regression gate against a baseline.
    Merge(cmd::matrix::MergeArgs),
    /// One bench measurement in this process (used by `bench`).
    #[command(hide = true)]
    BenchWorker(cmd::bench::BenchWorkerArgs),
    /// Run one link job read as JSON from stdin and print its report as JSON; with
    /// `--stream`, serve request files named one per line on stdin (the persistent workers
    /// every command that runs jobs in worker processes uses).
    #[command(hide = true)]
    Worker {
        #[arg(long)]
        stream: bool,
    },
}

/// How IR is compiled: shared by `link`, `compile`, `diff` and `corpus`.
#[derive(Args, Clone)]
pub(crate) struct CodegenArgs {
    /// Code generation level 0..3 (the target machine's) [default: 2; for captured Numba
    /// modules in `diff`/`corpus`: the level the manifest records, else 3].
    #[arg(long = "opt", value_parser = clap::value_parser!(u8).range(0..=3))]
    opt: Option<u8>,
    /// IR pipeline run before code generation: none, or LLVM's default<O1|O2|O3> [default: the
    /// --opt level, none at 0, as before --passes existed, so results for plain files and
    /// workloads do not change; for captured Numba modules: none, as MCJIT runs no IR passes].
    #[arg(long, value_enum, ignore_case = true)]
    passes: Option<Passes>,
    /// CPU to generate code for: an LLVM CPU name, or `host` (this machine's, only when the
    /// target is this machine's architecture) [default: generic; for captured Numba modules:
    /// the CPU the manifest records, when it is for this target and this LLVM knows it].
    #[arg(long)]
    cpu: Option<String>,
    #[arg(long, value_enum, default_value = "static")]
    reloc: RelocModel,
    #[arg(long = "code-model", value_enum, default_value = "jit")]
    code_model: CodeModel,
}

impl CodegenArgs {
    /// The options for plain files and workloads: what is not given keeps the harness's
    /// defaults (IR passes at the --opt level).
    ///
    /// # Errors
    /// A usage error for `--cpu host` when `target` is not this machine's architecture, and
    /// for a CPU this LLVM does not know for `target`.
    pub(crate) fn options(&self, target: Arch) -> Result<CompileOptions, String> {
        let explicit = self.explicit(target)?;
        Ok(explicit.apply(CompileOptions { reloc: self.reloc, code_model: self.code_model, ..CompileOptions::new(target) }))
    }

    /// What was given on the command line, checked for `target` (for captured modules, whose
    /// defaults come from their manifest).
    pub(crate) fn explicit(&self, target: Arch) -> Result<ExplicitCodegen, String> {
        let cpu = match self.cpu.as_deref() {
            None => None,
            Some("host") => {
                if target != Arch::host() {
                    return Err(format!(
                        "--cpu host: the host is {} but the target is {target}; give an {target} CPU name (e.g. `generic`)",
                        Arch::host()
                    ));
                }
                Some(jitharness::compile::host_cpu().map_err(|e| format!("--cpu host: {e}"))?)
            }
            Some(name) => {
                let cpu = Cpu::new(name).map_err(|e| format!("--cpu: {e}"))?;
                if !jitharness::compile::cpu_is_known(target, cpu) {
                    return Err(format!("--cpu {name}: LLVM {} does not know this CPU for {target}", jitharness::compile::llvm_version()));
                }
                Some(cpu)
            }
        };
        Ok(ExplicitCodegen { passes: self.passes, opt_level: self.opt, cpu })
    }
}

/// `NAME=ADDR` for `--define`.
pub(crate) fn parse_define(s: &str) -> Result<(String, u64), String> {
    let (name, addr) = s.split_once('=').ok_or_else(|| format!("`{s}`: expected NAME=ADDR (e.g. PyLong_FromLong=0x4a5b60)"))?;
    if name.is_empty() {
        return Err(format!("`{s}`: the symbol name is empty"));
    }
    let a = jitharness::run::exec::parse_size(addr).ok_or_else(|| format!("`{s}`: `{addr}` is not an address (e.g. 0x4a5b60)"))?;
    Ok((name.to_string(), a))
}

pub(crate) fn parse_size(s: &str) -> Result<u64, String> {
    jitharness::run::exec::parse_size(s).ok_or_else(|| format!("not a size: `{s}` (e.g. 0x1000000000 or 64G)"))
}

fn main() -> ExitCode {
    let matches = <Cli as clap::CommandFactory>::command().get_matches();
    let mut cli = match <Cli as clap::FromArgMatches>::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
    if let (Command::Link(args), Some(("link", m))) = (&mut cli.command, matches.subcommand()) {
        if let Some(occ) = m.get_occurrences::<String>("call") {
            args.calls = occ.map(|o| o.cloned().collect()).collect();
        }
    }
    match cli.command {
        Command::Workloads { json } => {
            if json {
                let list: Vec<_> = workloads::all().iter().map(|w| serde_json::json!({"name": w.name, "summary": w.summary})).collect();
                println!("{}", serde_json::to_string_pretty(&list).unwrap());
            } else {
                for w in workloads::all() {
                    println!("{:14} {}", w.name, w.summary);
                }
            }
            ExitCode::SUCCESS
        }
        Command::Link(args) => cmd::link::link(args),
        Command::Compile(args) => match cmd::compile::compile_cmd(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e @ jitharness::Error::Usage(_)) => usage_error(e),
            Err(e) => {
                eprintln!("jitharness: {e}");
                ExitCode::from(1)
            }
        },
        Command::Repro(args) => cmd::repro::repro(&args),
        Command::Demo { iterations } => cmd::demo::demo(iterations),
        Command::Diff(args) => cmd::diff::diff_cmd(&args),
        Command::Corpus(args) => cmd::diff::corpus_cmd(&args),
        Command::Capture(args) => cmd::capture::capture_cmd(&args),
        Command::Numba(args) => cmd::numba::numba_cmd(&args),
        Command::Bench(args) => cmd::bench::bench_cmd(&args),
        Command::Report(args) => cmd::report::report_cmd(args),
        Command::Matrix(args) => cmd::matrix::matrix_cmd(&args),
        Command::Merge(args) => cmd::matrix::merge_cmd(&args),
        Command::BenchWorker(args) => cmd::bench::bench_worker(&args),
        Command::Worker { stream: true } => match jitharness::run::worker::serve_stream(std::io::stdin().lock()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("jitharness: {e}");
                ExitCode::from(1)
            }
        },
        Command::Worker { stream: false } => {
            let report = jitharness::run::worker::serve(std::io::stdin().lock());
            println!("{}", serde_json::to_string(&report).expect("reports serialize"));
            ExitCode::from(report.outcome.exit_code() as u8)
        }
    }
}

pub(crate) fn usage_error(e: impl std::fmt::Display) -> ExitCode {
    eprintln!("jitharness: {e}");
    ExitCode::from(2)
}
