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

const LONG_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (LLVM ",
    env!("JITHARNESS_LLVM_VERSION"),
    ", host ",
    env!("JITHARNESS_BUILD_TARGET"),
    ")"
);

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
    /// The issue-9001 demonstration: the seed's workload through the backends, on x86_64 and AArch64.
    Demo {
        #[arg(long, default_value_t = 20)]
        iterations: u32,
    },
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
        Command::Demo { iterations } => demo(iterations),
    }
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
                let ext = match args.emit { Emit::Obj => "o", Emit::Bc => "bc", Emit::Ll => "ll" };
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
        checkpoint: args.checkpoint.clone(),
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
    let report = if in_worker {
        jitharness::worker::run_isolated(&job, std::time::Duration::from_secs(args.timeout))
    } else {
        job::run_here(&job)
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report).expect("reports serialize"));
    } else {
        print_report(&report);
    }
    ExitCode::from(report.outcome.exit_code() as u8)
}

fn print_report(r: &LinkReport) {
    let how = match r.execution.how {
        jitharness::exec::How::Native => "native".to_string(),
        jitharness::exec::How::QemuUser => match r.execution.qemu_reserved_va {
            Some(va) => format!("qemu-user, reserved VA {va:#x}"),
            None => "qemu-user, no reserved VA".to_string(),
        },
        jitharness::exec::How::CrossLinkOnly => "cross link only".to_string(),
    };
    println!(
        "jitharness {} (LLVM {}), backend {}, target {}, {}",
        r.harness.version, r.harness.llvm_version, r.backend, r.target, how
    );
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
            println!(
                "call  it{} {}({:?}) -> {:?} expected {:?}: {:?}",
                c.iteration, c.symbol, c.args, c.actual, c.expected, c.status
            );
        }
        println!("calls: {} of {} passed", passed, r.calls.len());
    }
    println!("outcome: {}", r.outcome.summary());
    if let Outcome::Crash { stderr, .. } | Outcome::Timeout { stderr, .. } = &r.outcome {
        if !stderr.trim().is_empty() {
            println!("worker stderr (end):\n{}", stderr.trim_end());
        }
    }
}

fn demo(iterations: u32) -> ExitCode {
    println!("jitharness {LONG_VERSION}: issue-9001 demonstration ({iterations} iterations of the `issue9001` workload per run)\n");
    let mut rows = Vec::new();
    let mut worst = 0;
    for b in BackendKind::ALL {
        if let Err(reason) = b.availability() {
            println!("{:15} unsupported in this build: {reason}", b.name());
        }
    }
    println!();
    let offered: Vec<BackendKind> = BackendKind::ALL.into_iter().filter(|b| b.availability().is_ok()).collect();
    for (target, link_only) in [(Arch::X86_64, false), (Arch::Aarch64, false), (Arch::Aarch64, true)] {
        for backend in offered.iter().copied() {
            let args = LinkArgs {
                files: vec![],
                workload: Some("issue9001".into()),
                backend,
                target,
                iterations,
                call_words: vec![],
                calls: vec![],
                codegen: CodegenArgs { opt: 2, reloc: RelocModel::Static, code_model: CodeModel::Jit },
                stub_unresolved: false,
                link_only,
                placement: jitharness::placement::Placement::Natural,
                audit: false,
                qemu_reserved_va: jitharness::exec::DEFAULT_QEMU_RESERVED_VA,
                json: true,
                isolate: true,
                timeout: 600,
                no_delegate: false,
                checkpoint: None,
            };
            let job = to_job(&args).expect("demo jobs are well-formed");
            let report = jitharness::worker::run_isolated(&job, std::time::Duration::from_secs(600));
            if matches!(report.outcome, Outcome::Fail { .. } | Outcome::Error { .. }) && backend != BackendKind::RtdyldStock {
                worst = 1;
            }
            rows.push(report);
        }
    }
    println!("{:8}  {:15}  {:32}  {:12}  {:>7}  {:>12}  {:>18}", "target", "backend", "ran", "outcome", "calls", "iterations", "max code↔data");
    for r in &rows {
        let ran = match r.execution.how {
            jitharness::exec::How::Native => "native".to_string(),
            jitharness::exec::How::QemuUser => format!("qemu, reserved VA {:#x}", r.execution.qemu_reserved_va.unwrap_or(0)),
            jitharness::exec::How::CrossLinkOnly => "cross link only".into(),
        };
        let passed = r.calls.iter().filter(|c| c.status == CallStatus::Pass).count();
        println!(
            "{:8}  {:15}  {:32}  {:12}  {:>7}  {:>12}  {:>#18x}",
            r.target.name(),
            r.backend,
            ran,
            r.outcome.label(),
            format!("{passed}/{}", r.calls.len()),
            format!("{}/{}", r.iterations_completed, r.iterations),
            max_code_data_distance(r)
        );
        if let Outcome::Unsupported { reason } | Outcome::Error { message: reason } | Outcome::Fail { reason } = &r.outcome {
            println!("          └ {reason}");
        }
    }
    println!("\n`max code↔data`: the largest distance between a code section and a data/GOT section of the same object.");
    println!("AArch64 ADRP reaches ±4 GiB (0x100000000); x86-64 PC32 ±2 GiB.");
    ExitCode::from(worst)
}

fn max_code_data_distance(r: &LinkReport) -> u64 {
    let mut worst = 0u64;
    for code in r.layout.iter().filter(|s| s.kind == SectionKind::Code) {
        for data in r.layout.iter().filter(|s| s.object == code.object && matches!(s.kind, SectionKind::Got | SectionKind::RoData | SectionKind::RwData)) {
            worst = worst.max(code.target_addr.abs_diff(data.target_addr));
        }
    }
    worst
}
