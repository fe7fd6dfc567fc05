//! The `jitharness` command line.

use clap::{Args, Parser, Subcommand};
use jitharness::backend::BackendKind;
use jitharness::compile::{CodeModel, CompileOptions, RelocModel};
use jitharness::job::{self, CallSpec, LinkJob};
use jitharness::layout::{self, SectionKind};
use jitharness::report::{CallStatus, LinkReport, Outcome};
use jitharness::source::workloads;
use jitharness::target::Arch;
use std::path::PathBuf;
use std::process::ExitCode;

const LONG_VERSION: &str =
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
    Link(LinkArgs),
    /// List the built-in workloads.
    Workloads {
        #[arg(long)]
        json: bool,
    },
    /// Compile one IR/bitcode file (or a workload's modules) to an object or bitcode file.
    Compile(CompileArgs),
    /// Reproduce a known JIT-linking issue on demand (9001: ADRP/GOT overflow), audited.
    Repro(ReproArgs),
    /// The issue-9001 demonstration: the seed's workload through the backends and placements,
    /// on x86_64 and AArch64, as a table.
    Demo {
        /// Loads per run (each run stops at its first crash).
        #[arg(long, default_value_t = 40)]
        iterations: u32,
    },
    /// The same modules through several backends (each in a worker process), compared:
    /// needed symbols, every fixup's audit verdict, entry-point results, linked bytes.
    Diff(DiffArgs),
    /// `diff` over every module under a directory: JSON lines, a Markdown summary, and the
    /// changes against an earlier run.
    Corpus(CorpusArgs),
    /// Run a Python program with Numba and write every LLVM module it hands to its JIT, in
    /// order, one directory per process with a manifest (what `corpus` reads):
    /// `jitharness capture --out DIR -- python script.py ARGS`.
    Capture(CaptureArgs),
    /// Resources and link time per backend and session size, each session in a fresh worker
    /// process; the lower-bound model; with --peers, peer tools on the same objects. Writes
    /// a bench run (JSON) for `jitharness report`. Latency micro-benchmarks: `cargo bench`.
    Bench(BenchArgs),
    /// Write the benchmark report (Markdown + SVG plots) from criterion output and bench runs.
    Report(ReportArgs),
    /// One bench measurement in this process (used by `bench`).
    #[command(hide = true)]
    BenchWorker(BenchWorkerArgs),
}

#[derive(Args, Clone)]
struct ReportArgs {
    /// A criterion output directory (repeatable), e.g. target/llvm22/criterion.
    #[arg(long)]
    criterion: Vec<PathBuf>,
    /// A `jitharness bench --json-out` file (repeatable).
    #[arg(long)]
    run: Vec<PathBuf>,
    /// The Markdown file to write; the SVG plots go beside it.
    #[arg(long, default_value = "docs/results/benchmarks.md")]
    out: PathBuf,
    /// The commit to name in the header (default: the runs').
    #[arg(long)]
    commit: Option<String>,
    /// The date to name in the header (default: the runs').
    #[arg(long)]
    date: Option<String>,
}

#[derive(Args, Clone)]
struct BenchArgs {
    /// x86_64 or aarch64 (aarch64 on an x86_64 host runs under qemu-user: emulated).
    #[arg(long, default_value_t = Arch::host())]
    target: Arch,
    /// Session sizes, in modules.
    #[arg(long, value_delimiter = ',', default_values_t = jitharness::bench::SIZES)]
    sizes: Vec<u32>,
    /// Sessions per backend and size (the median is kept).
    #[arg(long, default_value_t = 3)]
    runs: u32,
    /// Also time peer tools (llvm-jitlink, llvm-rtdyld, llvmlite) on the same objects.
    #[arg(long)]
    peers: bool,
    /// Where to write the run (default bench-results/<target>-llvm<N>.json).
    #[arg(long)]
    json_out: Option<PathBuf>,
    /// qemu-user guest reservation for aarch64 workers.
    #[arg(long, default_value = "0x1000000000", value_parser = parse_size)]
    qemu_reserved_va: u64,
    /// Only compile the session objects for TARGET into DIR (with entry.txt) and exit: for
    /// `cargo bench` under qemu ($JITHARNESS_BENCH_OBJECTS).
    #[arg(long)]
    write_objects: Option<PathBuf>,
}

#[derive(Args, Clone)]
struct BenchWorkerArgs {
    #[arg(long)]
    target: Arch,
    /// Directory of objects written by `bench` (0000.o, 0001.o, …).
    #[arg(long)]
    objects: PathBuf,
    #[arg(long)]
    modules: u32,
    /// The backend to measure; without it, the lower-bound model.
    #[arg(long)]
    backend: Option<BackendKind>,
    #[arg(long)]
    entry: String,
    #[arg(long, default_value_t = 3)]
    runs: u32,
}

#[derive(Args, Clone)]
struct CaptureArgs {
    /// Output directory (one subdirectory per process).
    #[arg(long, default_value = "captured")]
    out: PathBuf,
    /// Name of the main process's directory (default: the script's stem).
    #[arg(long)]
    name: Option<String>,
    /// The Python with Numba (default: $JITHARNESS_PYTHON, else the venv scripts/setup-python.sh made).
    #[arg(long)]
    python: Option<PathBuf>,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
    /// `python script.py ARGS...` (after `--`).
    #[arg(last = true, required = true)]
    command: Vec<String>,
}

/// What `diff` and `corpus` share.
#[derive(Args, Clone)]
struct DiffCommon {
    /// Comma-separated backends, each optionally with a placement of its own
    /// (`rtdyld-stock@scatter,rtdyld-rust`), or `all`.
    #[arg(long, default_value = "all")]
    backends: String,
    /// x86_64 or aarch64; default: the harness's own architecture.
    #[arg(long, default_value_t = Arch::host())]
    target: Arch,
    #[command(flatten)]
    codegen: CodegenArgs,
    /// Placement for backends that do not name their own.
    #[arg(long, default_value = "natural")]
    placement: jitharness::placement::Placement,
    /// Slab size for the slab backends.
    #[arg(long, default_value = "1G", value_parser = parse_size)]
    slab_size: u64,
    /// qemu-user guest address-space reservation for aarch64 runs on an x86_64 host.
    #[arg(long, default_value = "0x1000000000", value_parser = parse_size)]
    qemu_reserved_va: u64,
    /// Worker processes at once (default: the number of CPUs).
    #[arg(long)]
    jobs: Option<usize>,
    /// Exit 0 even when units differ, crash or time out.
    #[arg(long)]
    no_fail: bool,
    /// Print each unit's verdict as it comes.
    #[arg(long, short)]
    verbose: bool,
}

#[derive(Args, Clone)]
struct DiffArgs {
    /// Modules (.ll, .bc, .o), each its own unit, and directories (grouped as `corpus` does).
    paths: Vec<PathBuf>,
    /// A built-in workload as a unit (repeatable).
    #[arg(long)]
    workload: Vec<String>,
    /// The FILES given form one session (one unit, in the order given).
    #[arg(long)]
    session: bool,
    /// Loads of each unit into its session.
    #[arg(long, default_value_t = 1)]
    iterations: u32,
    /// Link without running anything.
    #[arg(long)]
    link_only: bool,
    /// Bind unresolved symbols to trap stubs.
    #[arg(long)]
    stub_unresolved: bool,
    /// Seconds each worker may run.
    #[arg(long, default_value_t = 300)]
    timeout: u64,
    /// Print the results as JSON (an array of unit results).
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    common: DiffCommon,
}

#[derive(Args, Clone)]
struct CorpusArgs {
    /// Directory of modules (or a single module).
    dir: PathBuf,
    /// Where to write results.jsonl and summary.md (default: corpus-results/<dir name>-<target>).
    #[arg(long)]
    out: Option<PathBuf>,
    /// An earlier run's results.jsonl (or its directory) to compare with.
    #[arg(long)]
    baseline: Option<PathBuf>,
    /// Seconds each worker (one unit through one backend) may run.
    #[arg(long, default_value_t = 300)]
    timeout: u64,
    #[command(flatten)]
    common: DiffCommon,
}

#[derive(Args, Clone)]
struct ReproArgs {
    /// The issue number (9001).
    issue: u32,
    /// x86_64 or aarch64; default: the harness's own architecture.
    #[arg(long, default_value_t = Arch::host())]
    target: Arch,
    #[arg(long, default_value = "rtdyld-stock")]
    backend: BackendKind,
    /// natural, scatter or fragment (see `jitharness link --help`).
    #[arg(long, default_value = "scatter")]
    placement: jitharness::placement::Placement,
    /// Loads of the workload into one session (the run stops at the first crash).
    #[arg(long, default_value_t = 50)]
    iterations: u32,
    /// Link (at target addresses) and audit, but run nothing.
    #[arg(long)]
    link_only: bool,
    /// qemu-user guest address-space reservation for aarch64 runs on an x86_64 host.
    #[arg(long, default_value = "0x1000000000", value_parser = parse_size)]
    qemu_reserved_va: u64,
    /// Seconds the worker may run.
    #[arg(long, default_value_t = 600)]
    timeout: u64,
    /// Also print every finding of the first object with findings.
    #[arg(long)]
    verbose: bool,
    #[arg(long)]
    json: bool,
}

/// How IR is compiled: shared by `link` and `compile`.
#[derive(Args, Clone)]
struct CodegenArgs {
    /// Optimisation level 0..3.
    #[arg(long = "opt", default_value_t = 2, value_parser = clap::value_parser!(u8).range(0..=3))]
    opt: u8,
    #[arg(long, value_enum, default_value = "static")]
    reloc: RelocModel,
    #[arg(long = "code-model", value_enum, default_value = "jit")]
    code_model: CodeModel,
}

impl CodegenArgs {
    fn options(&self, target: Arch) -> CompileOptions {
        CompileOptions { arch: target, opt_level: self.opt, reloc: self.reloc, code_model: self.code_model }
    }
}

#[derive(Args, Clone)]
struct CompileArgs {
    /// An .ll or .bc file.
    file: Option<PathBuf>,
    /// Instead of FILE: write every module of this workload's iteration 0 (as `<name>.o`/`.bc`/`.ll` in OUT).
    #[arg(long)]
    workload: Option<String>,
    /// x86_64 or aarch64; default: the harness's own architecture.
    #[arg(long, default_value_t = Arch::host())]
    target: Arch,
    #[command(flatten)]
    codegen: CodegenArgs,
    /// What to write: an ELF object, bitcode, or (workloads only) the IR text.
    #[arg(long, value_enum, default_value = "obj")]
    emit: Emit,
    /// Output file (for FILE) or directory (for --workload).
    #[arg(short = 'o', long)]
    output: PathBuf,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Emit {
    Obj,
    Bc,
    Ll,
}

#[derive(Args, Clone)]
struct LinkArgs {
    /// LLVM IR (.ll), bitcode (.bc) or ELF relocatable objects (.o), loaded in order.
    files: Vec<PathBuf>,
    /// A built-in workload (see `jitharness workloads`), loaded before FILES in each iteration.
    #[arg(long)]
    workload: Option<String>,
    #[arg(long, default_value = "rtdyld-stock")]
    backend: BackendKind,
    /// x86_64 or aarch64; default: the harness's own architecture.
    #[arg(long, default_value_t = Arch::host())]
    target: Arch,
    /// Load the modules this many times into the same session (workloads rename per iteration).
    #[arg(long, default_value_t = 1)]
    iterations: u32,
    /// Call SYMBOL as i64(i64...) with ARGS after linking; repeatable.
    #[arg(long = "call", id = "call", num_args = 1.., value_names = ["SYMBOL", "ARGS"], action = clap::ArgAction::Append, allow_negative_numbers = true)]
    call_words: Vec<String>,
    /// `--call` occurrences, grouped (filled from the matches, not by derive).
    #[arg(skip)]
    calls: Vec<Vec<String>>,
    #[command(flatten)]
    codegen: CodegenArgs,
    /// Bind unresolved symbols to trap stubs that end the job naming the symbol when called.
    #[arg(long)]
    stub_unresolved: bool,
    /// Link without running anything.
    #[arg(long)]
    link_only: bool,
    /// Where the backend's memory goes: natural (what the OS gives), scatter (code and data
    /// of each object over 4 GiB apart), fragment (address space cut into small holes first).
    #[arg(long, default_value = "natural")]
    placement: jitharness::placement::Placement,
    /// Audit every relocation of every linked object and print the findings.
    #[arg(long)]
    audit: bool,
    /// Print the memory accounting (always in --json): reserved, committed, used, wasted,
    /// mmap/mprotect/munmap calls, process mappings.
    #[arg(long)]
    stats: bool,
    /// Slab size for `rtdyld-rust` (at most 2 GiB, which keeps every fixup in reach).
    #[arg(long, default_value = "1G", value_parser = parse_size)]
    slab_size: u64,
    /// qemu-user guest address-space reservation for aarch64 runs on an x86_64 host (0: none).
    #[arg(long, default_value = "0x1000000000", value_parser = parse_size)]
    qemu_reserved_va: u64,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// Run the job in a worker process: a crash, an LLVM abort or a hang becomes the result.
    /// (Jobs for aarch64 on an x86_64 host always run in a worker, under qemu-user.)
    #[arg(long)]
    isolate: bool,
    /// Seconds a worker may run before it is killed.
    #[arg(long, default_value_t = 600)]
    timeout: u64,
    /// Do not hand aarch64 runs to the aarch64 build under qemu (used by that build itself).
    #[arg(long, hide = true)]
    no_delegate: bool,
    /// Where to write the report so far before each step that may crash (set by the
    /// parent of an isolated job).
    #[arg(long, hide = true)]
    checkpoint: Option<PathBuf>,
    /// Workload objects compiled beforehand by the parent (`<iteration>-<module>.o`).
    #[arg(long, hide = true)]
    precompiled: Option<PathBuf>,
    /// Record the relocated bytes of every placed section (with --audit; used by `diff`).
    #[arg(long, hide = true)]
    contents: bool,
}

fn parse_size(s: &str) -> Result<u64, String> {
    jitharness::exec::parse_size(s).ok_or_else(|| format!("not a size: `{s}` (e.g. 0x1000000000 or 64G)"))
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
        Command::Link(args) => link(args),
        Command::Compile(args) => match compile_cmd(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("jitharness: {e}");
                ExitCode::from(1)
            }
        },
        Command::Repro(args) => repro(&args),
        Command::Demo { iterations } => demo(iterations),
        Command::Diff(args) => diff_cmd(&args),
        Command::Corpus(args) => corpus_cmd(&args),
        Command::Capture(args) => capture_cmd(&args),
        Command::Bench(args) => bench_cmd(&args),
        Command::Report(args) => report_cmd(args),
        Command::BenchWorker(args) => bench_worker(&args),
    }
}

/// Runs a bench worker (this harness, or the aarch64 one under qemu) and parses its JSON.
fn run_bench_worker<T: serde::de::DeserializeOwned>(target: Arch, va: u64, args: &[String]) -> Result<T, String> {
    let mut cmd = if target == Arch::Aarch64 && Arch::host() == Arch::X86_64 {
        let bin = jitharness::exec::aarch64_harness().map_err(|e| e.to_string())?;
        jitharness::exec::qemu_command(&bin, va).map_err(|e| e.to_string())?
    } else {
        let bin = jitharness::worker::harness_binary().map_err(|e| e.to_string())?;
        jitharness::exec::self_command(&bin).map_err(|e| e.to_string())?
    };
    cmd.arg("bench-worker").args(args).stdin(std::process::Stdio::null());
    let out = cmd.output().map_err(|e| format!("cannot start a bench worker: {e}"))?;
    serde_json::from_slice(&out.stdout).map_err(|_| {
        let err = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = err.lines().rev().take(3).collect();
        format!("crash: worker ended with {} without a result: {}", out.status, tail.into_iter().rev().collect::<Vec<_>>().join(" / "))
    })
}

fn bench_cmd(a: &BenchArgs) -> ExitCode {
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
        jitharness::exec::Execution {
            how: jitharness::exec::How::QemuUser,
            harness_arch: Arch::Aarch64,
            qemu_reserved_va: Some(a.qemu_reserved_va),
        }
    } else {
        jitharness::exec::current(a.target)
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

fn report_cmd(args: ReportArgs) -> ExitCode {
    let opts = jitharness::bench_report::ReportOptions {
        criterion_dirs: args.criterion,
        runs: args.run,
        out: args.out,
        commit: args.commit,
        date: args.date,
    };
    match jitharness::bench_report::write_report(&opts) {
        Ok(s) => {
            println!(
                "wrote {} ({} benchmarks, {} ids ignored) and {} plots",
                s.markdown.display(),
                s.benchmarks,
                s.ignored_ids,
                s.svgs.len()
            );
            ExitCode::SUCCESS
        }
        Err(e @ jitharness::Error::Usage(_)) => usage_error(e),
        Err(e) => {
            eprintln!("jitharness: {e}");
            ExitCode::from(1)
        }
    }
}

fn bench_worker(a: &BenchWorkerArgs) -> ExitCode {
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

fn capture_cmd(args: &CaptureArgs) -> ExitCode {
    use jitharness::capture;
    let opts = capture::CaptureOptions {
        out: args.out.clone(),
        name: args.name.clone(),
        python: args.python.clone(),
        command: args.command.clone(),
    };
    match capture::capture(&opts) {
        Ok(summary) => {
            if args.json {
                println!("{}", serde_json::to_string_pretty(&summary).expect("summaries serialize"));
            } else {
                for p in &summary.processes {
                    let m = &p.manifest;
                    println!(
                        "{}: {} modules from {} (pid {}; numba {}, llvmlite {}, LLVM {}, python {})",
                        p.dir.display(),
                        m.modules.len(),
                        m.program,
                        m.pid,
                        m.numba,
                        m.llvmlite,
                        m.llvm,
                        m.python
                    );
                }
            }
            ExitCode::SUCCESS
        }
        Err(e @ jitharness::Error::Usage(_)) => usage_error(e),
        Err(e) => {
            eprintln!("jitharness: {e}");
            ExitCode::from(1)
        }
    }
}

/// The job every unit's backends start from.
fn diff_template(c: &DiffCommon, iterations: u32, link_only: bool, stub_unresolved: bool) -> LinkJob {
    LinkJob {
        inputs: Vec::new(),
        workload: None,
        backend: BackendKind::RtdyldStock,
        compile: c.codegen.options(c.target),
        iterations,
        calls: Vec::new(),
        stub_unresolved,
        link_only,
        qemu_reserved_va: c.qemu_reserved_va,
        placement: c.placement,
        audit: true,
        slab_size: c.slab_size,
        progress: false,
        precompiled: None,
        checkpoint: None,
        contents: false,
    }
}

fn diff_options(c: &DiffCommon, template: LinkJob, timeout: u64) -> Result<jitharness::diff::DiffOptions, jitharness::Error> {
    let parallel = c.jobs.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    Ok(jitharness::diff::DiffOptions {
        backends: jitharness::diff::BackendSpec::parse_list(&c.backends)?,
        template,
        timeout: std::time::Duration::from_secs(timeout),
        parallel,
    })
}

fn usage_error(e: impl std::fmt::Display) -> ExitCode {
    eprintln!("jitharness: {e}");
    ExitCode::from(2)
}

fn diff_cmd(args: &DiffArgs) -> ExitCode {
    use jitharness::diff::Unit;
    let template = diff_template(&args.common, args.iterations, args.link_only, args.stub_unresolved);
    let opts = match diff_options(&args.common, template, args.timeout) {
        Ok(o) => o,
        Err(e) => return usage_error(e),
    };
    let mut units = Vec::new();
    for w in &args.workload {
        if workloads::find(w).is_none() {
            return usage_error(jitharness::Error::UnknownWorkload(w.clone()));
        }
        units.push(Unit { name: w.clone(), inputs: Vec::new(), workload: Some(w.clone()) });
    }
    if args.session {
        if args.paths.iter().any(|p| p.is_dir()) {
            return usage_error("--session takes module files, not directories");
        }
        if !args.paths.is_empty() {
            let name = args.paths.iter().map(|p| p.file_name().unwrap_or_default().to_string_lossy()).collect::<Vec<_>>().join("+");
            units.push(Unit { name, inputs: args.paths.clone(), workload: None });
        }
    } else {
        for p in &args.paths {
            match jitharness::corpus::discover(p) {
                Ok(u) => units.extend(u),
                Err(e) => return usage_error(e),
            }
        }
    }
    if units.is_empty() {
        return usage_error("nothing to compare: give modules, directories or --workload");
    }
    let verbose = args.common.verbose && !args.json;
    let results = jitharness::diff::run(&units, &opts, |r| {
        if verbose {
            eprintln!("{}: {}", r.unit.name, r.verdict.label());
        }
    });
    if args.json {
        println!("{}", serde_json::to_string_pretty(&results).expect("results serialize"));
    } else {
        for r in &results {
            print!("{}", jitharness::diff::unit_text(r));
        }
    }
    let failed = jitharness::corpus::failing_units(&results);
    if !failed.is_empty() && !args.common.no_fail {
        eprintln!("jitharness: {} unit{} did not agree: {}", failed.len(), if failed.len() == 1 { "" } else { "s" }, failed.join(", "));
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn corpus_cmd(args: &CorpusArgs) -> ExitCode {
    use jitharness::corpus;
    // Modules from a Numba process call into CPython and Numba's runtime, which this
    // process does not have: link only, unresolved symbols bound to trap stubs.
    let template = diff_template(&args.common, 1, true, true);
    let opts = match diff_options(&args.common, template, args.timeout) {
        Ok(o) => o,
        Err(e) => return usage_error(e),
    };
    let units = match corpus::discover(&args.dir) {
        Ok(u) if u.is_empty() => return usage_error(format!("{}: no modules (.ll, .bc, .o) found", args.dir.display())),
        Ok(u) => u,
        Err(e) => return usage_error(e),
    };
    let baseline = match args.baseline.as_deref().map(corpus::read_results).transpose() {
        Ok(b) => b,
        Err(e) => return usage_error(e),
    };
    let title = args.dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| args.dir.display().to_string());
    let out = args.out.clone().unwrap_or_else(|| PathBuf::from("corpus-results").join(format!("{title}-{}", args.common.target)));
    let results = match corpus::run(&units, &opts, Some(&out), args.common.verbose) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("jitharness: {e}");
            return ExitCode::from(1);
        }
    };
    let changes = baseline.as_ref().map(|b| corpus::compare_with_baseline(b, &results));
    let md = corpus::summary_markdown(&title, &results, &opts, changes.as_ref());
    let summary = out.join(corpus::SUMMARY_FILE);
    if let Err(e) = std::fs::write(&summary, &md) {
        eprintln!("jitharness: {}: {e}", summary.display());
        return ExitCode::from(1);
    }
    print!("{md}");
    eprintln!("results: {} and {}", out.join(corpus::RESULTS_FILE).display(), summary.display());
    let regressed = changes.as_ref().is_some_and(|c| !c.regressed.is_empty());
    if (corpus::any_failure(&results) || regressed) && !args.common.no_fail {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn compile_cmd(args: &CompileArgs) -> Result<(), jitharness::Error> {
    use jitharness::source::{to_object, Input, InputKind};
    let opts = args.codegen.options(args.target);
    let mut inputs = Vec::new();
    match (&args.file, &args.workload) {
        (Some(f), None) => inputs.push((Input::from_path(f)?, args.output.clone())),
        (None, Some(w)) => {
            let dialect = workloads::IrDialect { opaque_pointers: jitharness::compile::opaque_pointers() };
            let inst = workloads::instance(w, args.target, dialect, 0).ok_or_else(|| jitharness::Error::UnknownWorkload(w.clone()))?;
            std::fs::create_dir_all(&args.output).map_err(|e| jitharness::Error::io(&args.output, e))?;
            for m in inst.modules {
                let stem = m.name.trim_end_matches(".ll").to_string();
                let ext = match args.emit {
                    Emit::Obj => "o",
                    Emit::Bc => "bc",
                    Emit::Ll => "ll",
                };
                inputs.push((Input::ir(m.name, m.ir), args.output.join(format!("{stem}.{ext}"))));
            }
        }
        _ => return Err(jitharness::Error::Usage("give exactly one of FILE or --workload".into())),
    }
    for (input, out) in inputs {
        let bytes = match args.emit {
            Emit::Obj => {
                let mut notes = Vec::new();
                let o = to_object(&input, &opts, &mut notes)?;
                for n in notes {
                    eprintln!("note: {n}");
                }
                o.bytes
            }
            Emit::Bc if input.kind == InputKind::Bitcode => input.bytes.clone(),
            Emit::Bc => jitharness::compile::ir_to_bitcode(&input.name, &input.bytes)?,
            Emit::Ll if input.kind == InputKind::IrText => input.bytes.clone(),
            Emit::Ll => return Err(jitharness::Error::Usage("--emit ll needs IR text input".into())),
        };
        std::fs::write(&out, bytes).map_err(|e| jitharness::Error::io(&out, e))?;
    }
    Ok(())
}

fn to_job(args: &LinkArgs) -> Result<LinkJob, String> {
    if args.files.is_empty() && args.workload.is_none() {
        return Err("nothing to link: give files and/or --workload".into());
    }
    if let Some(w) = &args.workload {
        if workloads::find(w).is_none() {
            return Err(jitharness::Error::UnknownWorkload(w.clone()).to_string());
        }
    }
    if args.iterations == 0 {
        return Err("--iterations must be at least 1".into());
    }
    let mut calls = Vec::new();
    for c in &args.calls {
        let (sym, rest) = c.split_first().ok_or("--call needs a symbol")?;
        let args = rest
            .iter()
            .map(|a| a.parse::<i64>().map_err(|_| format!("--call {sym}: argument `{a}` is not an integer")))
            .collect::<Result<Vec<_>, _>>()?;
        calls.push(CallSpec { symbol: sym.clone(), args, expected: None });
    }
    let compile = args.codegen.options(args.target);
    Ok(LinkJob {
        inputs: args.files.clone(),
        workload: args.workload.clone(),
        backend: args.backend,
        compile,
        iterations: args.iterations,
        calls,
        stub_unresolved: args.stub_unresolved,
        link_only: args.link_only,
        qemu_reserved_va: args.qemu_reserved_va,
        placement: args.placement,
        audit: args.audit,
        slab_size: args.slab_size,
        checkpoint: args.checkpoint.clone(),
        precompiled: args.precompiled.clone(),
        contents: args.contents,
        progress: !args.json || std::io::IsTerminal::is_terminal(&std::io::stderr()),
    })
}

fn link(args: LinkArgs) -> ExitCode {
    let job = match to_job(&args) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("jitharness: {e}");
            return ExitCode::from(2);
        }
    };
    let in_worker = (job::needs_qemu(&job) && !args.no_delegate) || (args.isolate && args.checkpoint.is_none());
    let report =
        if in_worker { jitharness::worker::run_isolated(&job, std::time::Duration::from_secs(args.timeout)) } else { job::run_here(&job) };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report).expect("reports serialize"));
    } else {
        print_report(&report, args.stats);
    }
    ExitCode::from(report.outcome.exit_code() as u8)
}

fn print_report(r: &LinkReport, stats: bool) {
    let how = r.execution.describe();
    println!("jitharness {} (LLVM {}), backend {}, target {}, {}", r.harness.version, r.harness.llvm_version, r.backend, r.target, how);
    if let Some(info) = &r.backend_info {
        println!("linker: {}; memory manager: {}", info.linker, info.memory_manager);
        for n in &info.notes {
            println!("note: {n}");
        }
    }
    for n in &r.notes {
        println!("note: {n}");
    }
    println!("objects: {}, iterations: {}/{}", r.objects.len(), r.iterations_completed, r.iterations);
    if !r.layout.is_empty() {
        println!();
        print!("{}", layout::table(&r.layout));
        let code: Vec<_> = r.layout.iter().filter(|s| s.kind == SectionKind::Code).cloned().collect();
        println!("\nspan of all sections: {:#x} bytes; of code: {:#x}", layout::span(&r.layout), layout::span(&code));
    }
    if !r.calls.is_empty() {
        println!();
        let passed = r.calls.iter().filter(|c| c.status == CallStatus::Pass).count();
        for c in r.calls.iter().filter(|c| c.status != CallStatus::Pass).take(20) {
            println!("call  it{} {}({:?}) -> {:?} expected {:?}: {:?}", c.iteration, c.symbol, c.args, c.actual, c.expected, c.status);
        }
        println!("calls: {} of {} passed", passed, r.calls.len());
    }
    if !r.audits.is_empty() {
        println!();
        print!("{}", jitharness::audit::findings_table(&r.audits));
    }
    if stats {
        if let Some(m) = &r.memory {
            println!();
            print!("{}", m.text());
        }
    }
    println!("outcome: {}", r.outcome.summary());
    if let Outcome::Crash { stderr, .. } | Outcome::Timeout { stderr, .. } = &r.outcome {
        if !stderr.trim().is_empty() {
            println!("worker stderr (end):\n{}", stderr.trim_end());
        }
    }
}

fn repro(args: &ReproArgs) -> ExitCode {
    use jitharness::repro;
    if args.issue != 9001 {
        let known: Vec<String> = repro::ISSUES.iter().map(|(n, what)| format!("{n} ({what})")).collect();
        eprintln!("jitharness: no reproduction for issue {}; known: {}", args.issue, known.join(", "));
        return ExitCode::from(2);
    }
    if args.iterations == 0 {
        eprintln!("jitharness: --iterations must be at least 1");
        return ExitCode::from(2);
    }
    let job = repro::job_9001(args.target, args.backend, args.placement, args.iterations, args.link_only, args.qemu_reserved_va);
    let link = jitharness::worker::run_isolated(&job, std::time::Duration::from_secs(args.timeout));
    let code = link.outcome.exit_code() as u8;
    let r = repro::summarize(link);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&r).expect("reports serialize"));
    } else {
        print_repro(&r, args.verbose);
    }
    ExitCode::from(code)
}

fn how(r: &LinkReport) -> String {
    r.execution.describe()
}

fn print_repro(r: &jitharness::repro::ReproReport, verbose: bool) {
    let l = &r.link;
    let c = &l.compile;
    println!(
        "jitharness repro {}: workload issue9001, backend {}, target {} ({}), placement {}, LLVM {}",
        r.issue,
        l.backend,
        l.target,
        how(l),
        l.placement,
        l.harness.llvm_version
    );
    println!("code generation: {:?} code model, {:?} relocation model, -O{}", c.code_model, c.reloc, c.opt_level);
    if let Some(info) = &l.backend_info {
        for n in &info.notes {
            println!("note: {n}");
        }
    }
    println!(
        "loads linked and audited: {} of {}; fixups checked: {} (out of range: {}, wrong target: {}, not checked: {})",
        r.loads, l.iterations, r.fixups_checked, r.fixups_out_of_range, r.fixups_wrong_target, r.fixups_not_checked
    );
    match &r.first_bad {
        Some(b) => {
            println!("first bad fixup, at load {}:", b.iteration);
            println!("  {}", jitharness::report::describe_finding(&b.finding));
        }
        None => println!("no fixup went wrong in {} loads", r.loads),
    }
    println!("when the code ran: {}", r.ran_detail);
    if verbose {
        if let Some(a) = l.audits.iter().find(|a| !a.findings.is_empty()) {
            println!();
            print!("{}", jitharness::audit::findings_table(std::slice::from_ref(a)));
        }
    }
}

fn demo(iterations: u32) -> ExitCode {
    use jitharness::placement::Placement;
    use jitharness::repro;
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
    let offered: Vec<BackendKind> = BackendKind::ALL.into_iter().filter(|b| b.availability().is_ok()).collect();
    let mut runs: Vec<(Arch, bool, BackendKind, Placement)> = Vec::new();
    for target in [Arch::X86_64, Arch::Aarch64] {
        for &backend in &offered {
            for placement in Placement::ALL {
                runs.push((target, false, backend, placement));
            }
        }
    }
    // Cross mode places the stock manager's section allocations one by one, the slabs as a
    // whole; it does not model one block per object (rtdyld-reserve), which has no row.
    for b in [BackendKind::RtdyldStock, BackendKind::RtdyldRust, BackendKind::JitlinkSlab, BackendKind::JitlinkRust] {
        if offered.contains(&b) {
            runs.push((Arch::Aarch64, true, b, Placement::Scatter));
        }
    }
    let mut worst = 0;
    println!("{:8}  {:24}  {:14}  {:9}  {:>7}  {:44}  verdict", "target", "ran", "backend", "placement", "loads", "first bad relocation");
    for (target, link_only, backend, placement) in runs {
        let job = repro::job_9001(target, backend, placement, iterations, link_only, jitharness::exec::DEFAULT_QEMU_RESERVED_VA);
        let r = repro::summarize(jitharness::worker::run_isolated(&job, std::time::Duration::from_secs(300)));
        let l = &r.link;
        let first = match &r.first_bad {
            Some(b) => format!(
                "load {}: {} {}",
                b.iteration,
                b.finding.reloc_type.trim_start_matches("R_AARCH64_").trim_start_matches("R_X86_64_"),
                match b.finding.delta {
                    Some(d) => format!("Δ {}{:#x}", if d < 0 { "-" } else { "+" }, d.unsigned_abs()),
                    None => format!("{:?}", b.finding.verdict),
                }
            ),
            None => "none".into(),
        };
        let verdict = match (&r.first_bad, r.ran.as_str()) {
            (_, "error" | "unsupported") => r.ran.clone(),
            (None, "pass") => "ok: audited clean, ran correctly".into(),
            (None, "not-run") => "ok: audited clean (not run)".into(),
            (Some(_), "not-run") => "BROKEN: mislinked (not run)".into(),
            (Some(_), "crash") => format!("BROKEN: mislinked, {}", crash_word(l)),
            (Some(_), "pass") => "BROKEN: mislinked, yet ran correctly".into(),
            (Some(_), other) => format!("BROKEN: mislinked, {other}"),
            (None, other) => format!("BROKEN: audited clean but {other}"),
        };
        // Mislinks are what the demonstration shows; only a harness error fails it.
        if matches!(l.outcome, Outcome::Error { .. }) {
            worst = 1;
        }
        println!(
            "{:8}  {:24}  {:14}  {:9}  {:>7}  {:44}  {}",
            target.name(),
            short_how(l),
            backend.name(),
            placement.name(),
            format!("{}/{}", r.loads, iterations),
            first,
            verdict
        );
        if let Outcome::Error { message } = &l.outcome {
            println!("          └ {message}");
        }
    }
    println!("\nloads: objects linked and audited before the run stopped (a crash stops it).");
    println!("first bad relocation: the first fixup the independent auditor found out of range or pointing elsewhere,");
    println!("with the distance it had to span (AArch64 ADRP: ±4 GiB; x86-64 PC32/GOTPCREL: ±2 GiB).");
    println!("Details of any row: jitharness repro 9001 --target T --placement P --verbose");
    ExitCode::from(worst)
}

fn short_how(r: &LinkReport) -> String {
    match (r.execution.how, r.execution.qemu_reserved_va) {
        (jitharness::exec::How::QemuUser, Some(va)) => format!("qemu, VA {va:#x}"),
        _ => how(r),
    }
}

fn crash_word(l: &LinkReport) -> String {
    match &l.outcome {
        Outcome::Crash { signal: Some(s), assertion, .. } => match assertion {
            Some(_) => format!("LLVM assertion ({})", jitharness::report::signal_name(*s)),
            None => format!("crashed ({})", jitharness::report::signal_name(*s)),
        },
        other => other.label().to_string(),
    }
}
