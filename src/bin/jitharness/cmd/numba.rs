//! `jitharness numba run|test`: Numba programs and Numba's own tests with a harness backend
//! as Numba's JIT linker.

use clap::{Args, Subcommand};
use jitharness::backend::BackendKind;
use jitharness::memory::placement::Placement;
use jitharness::numba::{self, suite, Era, Linker, RunOptions};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::usage_error;

#[derive(Args)]
pub(crate) struct NumbaArgs {
    #[command(subcommand)]
    command: NumbaCommand,
}

#[derive(Subcommand)]
enum NumbaCommand {
    /// Run a Python program with Numba linking through a backend:
    /// `jitharness numba run --backend jitlink-slab -- script.py ARGS`.
    Run(RunArgs),
    /// Run a committed subset of Numba's own tests with stock Numba and with each backend,
    /// and report every test whose result differs from stock.
    Test(TestArgs),
}

#[derive(Args)]
struct Common {
    /// The Numba era (and its virtual environment): 0.59 (llvmlite 0.42, LLVM 14) or 0.68
    /// (llvmlite 0.50, LLVM 22) [default: the one whose LLVM is this build's, else 0.59].
    #[arg(long)]
    era: Option<Era>,
    /// Do not audit each object before its code runs (the audit is on by default).
    #[arg(long)]
    no_audit: bool,
    /// Where each object's memory goes (natural, scatter, fragment).
    #[arg(long, default_value = "natural")]
    placement: Placement,
}

impl Common {
    fn era(&self) -> Era {
        self.era.unwrap_or_else(Era::for_this_llvm)
    }
}

#[derive(Args)]
struct RunArgs {
    /// The linker: a backend, or `stock` (Numba's MCJIT, unchanged).
    #[arg(long)]
    backend: Linker,
    #[command(flatten)]
    common: Common,
    /// Write the session's report (objects, memory, imports, audit findings) as JSON here.
    #[arg(long)]
    report: Option<PathBuf>,
    /// The program and its arguments after `--` (`script.py ARGS`, or `-m module ARGS`).
    #[arg(last = true, required = true)]
    program: Vec<String>,
}

#[derive(Args)]
struct TestArgs {
    /// Comma-separated linkers (backends; stock always runs first as the baseline), or `all`:
    /// every backend, those this LLVM lacks reported as unsupported with the reason.
    #[arg(long, default_value = "all")]
    backend: String,
    /// The subset of numba.tests (a file in python/jitharness/subsets/).
    #[arg(long, default_value = "linker")]
    subset: String,
    /// Test processes per linker.
    #[arg(long, default_value_t = 2)]
    jobs: usize,
    /// Run only shard I of N of the subset's tests; `jitharness merge` combines the shards'
    /// --json reports.
    #[arg(long)]
    shard: Option<jitharness::shard::Shard>,
    #[command(flatten)]
    common: Common,
    /// Write the report as JSON here.
    #[arg(long)]
    json: Option<PathBuf>,
    /// Write the report as Markdown here (default: print it).
    #[arg(long)]
    markdown: Option<PathBuf>,
}

pub(crate) fn numba_cmd(args: &NumbaArgs) -> ExitCode {
    match &args.command {
        NumbaCommand::Run(a) => run(a),
        NumbaCommand::Test(a) => test(a),
    }
}

fn fail(e: jitharness::Error) -> ExitCode {
    match e {
        e @ jitharness::Error::Usage(_) => usage_error(e),
        e => {
            eprintln!("jitharness: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(a: &RunArgs) -> ExitCode {
    let report_file = match (&a.report, a.backend) {
        (_, Linker::Stock) => None,
        (Some(p), _) => Some(p.clone()),
        (None, _) => Some(std::env::temp_dir().join(format!("jitharness-numba-run-{}.json", std::process::id()))),
    };
    let opts = RunOptions {
        era: a.common.era(),
        linker: a.backend,
        audit: !a.common.no_audit,
        placement: a.common.placement,
        report: report_file.clone(),
    };
    let mut cmd = match numba::command(&opts, &a.program) {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let status = match cmd.status() {
        Ok(s) => s,
        Err(e) => return fail(jitharness::Error::Execution(format!("cannot start {}: {e}", opts.era.python().display()))),
    };
    if let Some(path) = &report_file {
        match numba::read_report(path) {
            Ok(Some(reports)) if !reports.is_empty() => {
                for (i, r) in reports.iter().enumerate() {
                    let which = if reports.len() > 1 { format!("JIT codegen {} of {}: ", i + 1, reports.len()) } else { String::new() };
                    eprintln!("jitharness: {which}{}", numba::summarize(r));
                }
            }
            Ok(_) => eprintln!("jitharness: {}: the program linked nothing through the harness", a.backend),
            Err(e) => eprintln!("jitharness: {e}"),
        }
        if a.report.is_none() {
            let _ = std::fs::remove_file(path);
        }
    }
    match status.code() {
        Some(c) => ExitCode::from(c.clamp(0, 255) as u8),
        None => {
            use std::os::unix::process::ExitStatusExt;
            eprintln!("jitharness: the program was killed by signal {}", status.signal().unwrap_or(0));
            ExitCode::from(128 + status.signal().unwrap_or(0).clamp(0, 127) as u8)
        }
    }
}

fn parse_linkers(list: &str) -> Result<Vec<Linker>, String> {
    if list.trim() == "all" {
        return Ok(BackendKind::ALL.into_iter().map(Linker::Backend).collect());
    }
    list.split(',').map(|s| s.trim().parse::<Linker>().map_err(|e| format!("--backend `{list}`: {e}"))).collect()
}

fn test(a: &TestArgs) -> ExitCode {
    let linkers = match parse_linkers(&a.backend) {
        Ok(l) => l,
        Err(e) => return usage_error(e),
    };
    let opts = suite::SuiteOptions {
        era: a.common.era(),
        subset: a.subset.clone(),
        linkers,
        jobs: a.jobs,
        audit: !a.common.no_audit,
        placement: a.common.placement,
        progress: true,
        shard: a.shard,
    };
    let report = match suite::run(&opts) {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    if let Some(p) = &a.json {
        let text = serde_json::to_string_pretty(&report).expect("reports serialize");
        if let Err(e) = std::fs::write(p, text + "\n") {
            return fail(jitharness::Error::io(p, e));
        }
    }
    let md = suite::markdown(&report);
    match &a.markdown {
        Some(p) => {
            if let Err(e) = std::fs::write(p, &md) {
                return fail(jitharness::Error::io(p, e));
            }
        }
        None => print!("{md}"),
    }
    // Exit 1 when any backend's result differs from stock's (or stock itself could not run
    // a test to the end).
    if report.differences.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
