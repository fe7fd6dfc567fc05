//! The `jitharness` command line.

use clap::Args;
use jitharness::backend::BackendKind;
use jitharness::target::Arch;
use std::process::ExitCode;

use crate::parse_size;

#[derive(Args, Clone)]
pub(crate) struct ReproArgs {
    /// The reproduction: `9001` (RuntimeDyld's sections apart), `gotpcrelx` (JITLink's
    /// x86-64 GOT relaxation) or `cross-graph` (JITLink's default memory manager: a graph's
    /// references to an earlier graph out of reach).
    pub(crate) issue: String,
    /// x86_64 or aarch64; default: the harness's own architecture.
    #[arg(long, default_value_t = Arch::host())]
    pub(crate) target: Arch,
    /// The backend (9001: default rtdyld-stock; gotpcrelx, cross-graph: default every backend).
    #[arg(long)]
    pub(crate) backend: Option<BackendKind>,
    /// natural, scatter or fragment (see `jitharness link --help`).
    #[arg(long, default_value = "scatter")]
    pub(crate) placement: jitharness::memory::placement::Placement,
    /// Loads of the workload into one session (the run stops at the first crash).
    #[arg(long, default_value_t = 50)]
    pub(crate) iterations: u32,
    /// Link (at target addresses) and audit, but run nothing.
    #[arg(long)]
    pub(crate) link_only: bool,
    /// qemu-user guest address-space reservation for aarch64 runs on an x86_64 host.
    #[arg(long, default_value = "0x1000000000", value_parser = parse_size)]
    pub(crate) qemu_reserved_va: u64,
    /// Seconds the worker may run.
    #[arg(long, default_value_t = 600)]
    pub(crate) timeout: u64,
    /// 9001 with your module instead of the built-in workload (`.ll`, `.bc`, `.s` or `.o`):
    /// loaded --iterations times, its strong definitions renamed per load
    /// (`link --rename-per-iteration`).
    #[arg(long, value_name = "FILE")]
    pub(crate) module: Option<std::path::PathBuf>,
    /// Bind the module's unresolved symbols to trap stubs (with --module).
    #[arg(long, requires = "module")]
    pub(crate) stub_unresolved: bool,
    /// Resolve external symbol NAME to ADDR before anything else (repeatable; see `link`).
    #[arg(long = "define", value_name = "NAME=ADDR", value_parser = crate::parse_define)]
    pub(crate) defines: Vec<(String, u64)>,
    /// Where external symbols sit relative to JIT memory (`process` or `python-nonpie`;
    /// see `jitharness link --help`).
    #[arg(long, default_value = "process")]
    pub(crate) externals: jitharness::source::externals::Externals,
    /// Also print every finding of the first object with findings.
    #[arg(long)]
    pub(crate) verbose: bool,
    #[arg(long)]
    pub(crate) json: bool,
}

pub(crate) fn repro(args: &ReproArgs) -> ExitCode {
    use jitharness::repro;
    let timeout = std::time::Duration::from_secs(args.timeout);
    if args.issue == repro::gotpcrelx::NAME {
        let backends = args.backend.map(|b| vec![b]).unwrap_or_else(repro::gotpcrelx::backends);
        let rows: Vec<repro::ReproReport> = backends
            .into_iter()
            .map(|b| {
                let mut job = repro::gotpcrelx::job(b);
                job.defines.extend(args.defines.iter().cloned());
                job.externals = args.externals;
                repro::summarize_as(repro::gotpcrelx::NAME, jitharness::run::worker::run_isolated(&job, timeout))
            })
            .collect();
        if args.json {
            println!("{}", serde_json::to_string_pretty(&rows).expect("reports serialize"));
        } else {
            print!("{}", repro::gotpcrelx::table(&rows));
        }
        // Mislinks are what it shows; only a harness error fails it.
        return ExitCode::from(u8::from(rows.iter().any(|r| matches!(r.link.outcome, jitharness::report::Outcome::Error { .. }))));
    }
    if args.issue == repro::cross_graph::NAME {
        return cross_graph(args, timeout);
    }
    if args.issue != "9001" {
        let known: Vec<String> = repro::ISSUES.iter().map(|(n, what)| format!("{n} ({what})")).collect();
        eprintln!("jitharness: no reproduction named `{}`; known: {}", args.issue, known.join(", "));
        return ExitCode::from(2);
    }
    let backend = args.backend.unwrap_or(BackendKind::RtdyldStock);
    if args.iterations == 0 {
        eprintln!("jitharness: --iterations must be at least 1");
        return ExitCode::from(2);
    }
    let mut job = repro::job_9001(args.target, backend, args.placement, args.iterations, args.link_only, args.qemu_reserved_va);
    job.defines.extend(args.defines.iter().cloned());
    job.externals = args.externals;
    if let Some(m) = &args.module {
        if !m.is_file() {
            eprintln!("jitharness: --module {}: no such file", m.display());
            return ExitCode::from(2);
        }
        job.workload = None;
        job.inputs = vec![m.clone()];
        job.rename_per_iteration = true;
        job.stub_unresolved = args.stub_unresolved;
    }
    let link = jitharness::run::worker::run_isolated(&job, timeout);
    let code = link.outcome.exit_code() as u8;
    let r = repro::summarize(link);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&r).expect("reports serialize"));
    } else {
        print!("{}", repro::text(&r, args.verbose));
    }
    ExitCode::from(code)
}

fn cross_graph(args: &ReproArgs, timeout: std::time::Duration) -> ExitCode {
    use jitharness::repro::{self, cross_graph};
    let rows: Vec<(cross_graph::Codegen, repro::ReproReport)> = cross_graph::rows()
        .into_iter()
        .filter(|(b, _)| args.backend.is_none_or(|want| want == *b))
        .map(|(b, codegen)| {
            let mut job = cross_graph::job(b, args.target, codegen, args.link_only, args.qemu_reserved_va);
            job.defines.extend(args.defines.iter().cloned());
            job.externals = args.externals;
            (codegen, repro::summarize_as(cross_graph::NAME, jitharness::run::worker::run_isolated(&job, timeout)))
        })
        .collect();
    if args.json {
        let reports: Vec<&repro::ReproReport> = rows.iter().map(|(_, r)| r).collect();
        println!("{}", serde_json::to_string_pretty(&reports).expect("reports serialize"));
    } else {
        print!("{}", cross_graph::table(&rows));
    }
    // Out-of-range errors, mislinks and known defects are what it shows; any other error is
    // the harness's.
    let harness_error = rows.iter().any(|(_, r)| cross_graph::verdict(r).0 == "error" && r.link.explained_by().is_none());
    ExitCode::from(u8::from(harness_error))
}
