//! The `jitharness` command line.

use clap::Args;
use jitharness::backend::BackendKind;
use jitharness::run::job::LinkJob;
use jitharness::source::workloads;
use jitharness::target::Arch;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::{parse_size, usage_error, CodegenArgs};

/// What `diff` and `corpus` share.
#[derive(Args, Clone)]
pub(crate) struct DiffCommon {
    /// Comma-separated backends, each optionally with a placement of its own
    /// (`rtdyld-stock@scatter,rtdyld-rust`), or `all`.
    #[arg(long, default_value = "all")]
    pub(crate) backends: String,
    /// x86_64 or aarch64; default: the harness's own architecture.
    #[arg(long, default_value_t = Arch::host())]
    pub(crate) target: Arch,
    #[command(flatten)]
    pub(crate) codegen: CodegenArgs,
    /// Placement for backends that do not name their own.
    #[arg(long, default_value = "natural")]
    pub(crate) placement: jitharness::memory::placement::Placement,
    /// Slab size for the slab backends.
    #[arg(long, default_value = "1G", value_parser = parse_size)]
    pub(crate) slab_size: u64,
    /// qemu-user guest address-space reservation for aarch64 runs on an x86_64 host.
    #[arg(long, default_value = "0x1000000000", value_parser = parse_size)]
    pub(crate) qemu_reserved_va: u64,
    /// Resolve external symbol NAME to ADDR before anything else (repeatable).
    #[arg(long = "define", value_name = "NAME=ADDR", value_parser = crate::parse_define)]
    pub(crate) defines: Vec<(String, u64)>,
    /// Where external symbols sit relative to JIT memory (`process` or `python-nonpie`;
    /// see `jitharness link --help`).
    #[arg(long, default_value = "process")]
    pub(crate) externals: jitharness::source::externals::Externals,
    /// Worker processes at once (default: the number of CPUs).
    #[arg(long)]
    pub(crate) jobs: Option<usize>,
    /// Exit 0 even when units differ, crash or time out.
    #[arg(long)]
    pub(crate) no_fail: bool,
    /// Print each unit's verdict as it comes.
    #[arg(long, short)]
    pub(crate) verbose: bool,
}

#[derive(Args, Clone)]
pub(crate) struct DiffArgs {
    /// Modules (.ll, .bc, .o), each its own unit, and directories (grouped as `corpus` does).
    pub(crate) paths: Vec<PathBuf>,
    /// A built-in workload as a unit (repeatable).
    #[arg(long)]
    pub(crate) workload: Vec<String>,
    /// The FILES given form one session (one unit, in the order given).
    #[arg(long)]
    pub(crate) session: bool,
    /// Loads of each unit into its session.
    #[arg(long, default_value_t = 1)]
    pub(crate) iterations: u32,
    /// Link without running anything.
    #[arg(long)]
    pub(crate) link_only: bool,
    /// Bind unresolved symbols to trap stubs.
    #[arg(long)]
    pub(crate) stub_unresolved: bool,
    /// Seconds each worker may run.
    #[arg(long, default_value_t = 300)]
    pub(crate) timeout: u64,
    /// Print the results as JSON (an array of unit results).
    #[arg(long)]
    pub(crate) json: bool,
    #[command(flatten)]
    pub(crate) common: DiffCommon,
}

#[derive(Args, Clone)]
pub(crate) struct CorpusArgs {
    /// Directory of modules (or a single module).
    pub(crate) dir: PathBuf,
    /// Where to write results.jsonl and summary.md (default: corpus-results/<dir name>-<target>).
    #[arg(long)]
    pub(crate) out: Option<PathBuf>,
    /// An earlier run's results.jsonl (or its directory) to compare with.
    #[arg(long)]
    pub(crate) baseline: Option<PathBuf>,
    /// Seconds each worker (one unit through one backend) may run.
    #[arg(long, default_value_t = 300)]
    pub(crate) timeout: u64,
    /// Run only shard I of N of the units (by name); `jitharness merge` combines the shards'
    /// output directories.
    #[arg(long)]
    pub(crate) shard: Option<jitharness::shard::Shard>,
    /// Each module its own unit (a session of one module), compiled as its capture manifest
    /// says, instead of one unit per captured process.
    #[arg(long)]
    pub(crate) per_module: bool,
    /// Continue a run that was stopped: keep the units finished in --out's results.jsonl (a
    /// cut-off last line is dropped and its unit run again) and run only the rest; refused if
    /// --out holds another run (other units, shard, target or backends)
    #[arg(long)]
    pub(crate) resume: bool,
    #[command(flatten)]
    pub(crate) common: DiffCommon,
}

/// The job every unit's backends start from.
pub(crate) fn diff_template(c: &DiffCommon, iterations: u32, link_only: bool, stub_unresolved: bool) -> Result<LinkJob, String> {
    Ok(LinkJob {
        inputs: Vec::new(),
        workload: None,
        backend: BackendKind::RtdyldStock,
        compile: c.codegen.options(c.target)?,
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
        defines: c.defines.iter().cloned().collect(),
        assembly: Vec::new(),
        rename_per_iteration: false,
        externals: c.externals,
        unload_reload: false,
        debugger: false,
        compiled: Vec::new(),
    })
}

/// Captured units compiled as their JIT did, what the command line gives winning.
fn as_the_jit_did(c: &DiffCommon, template: &LinkJob, units: &mut [jitharness::diff::Unit]) -> Result<(), String> {
    let explicit = c.codegen.explicit(c.target)?;
    jitharness::diff::corpus::as_the_jit_did(units, template.compile, &explicit);
    Ok(())
}

pub(crate) fn diff_options(c: &DiffCommon, template: LinkJob, timeout: u64) -> Result<jitharness::diff::DiffOptions, jitharness::Error> {
    let parallel = c.jobs.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    Ok(jitharness::diff::DiffOptions {
        backends: jitharness::diff::BackendSpec::parse_list(&c.backends)?,
        template,
        timeout: std::time::Duration::from_secs(timeout),
        parallel,
    })
}

pub(crate) fn diff_cmd(args: &DiffArgs) -> ExitCode {
    use jitharness::diff::Unit;
    let template = match diff_template(&args.common, args.iterations, args.link_only, args.stub_unresolved) {
        Ok(t) => t,
        Err(e) => return usage_error(e),
    };
    let opts = match diff_options(&args.common, template, args.timeout) {
        Ok(o) => o,
        Err(e) => return usage_error(e),
    };
    let mut units = Vec::new();
    for w in &args.workload {
        if workloads::find(w).is_none() {
            return usage_error(jitharness::Error::UnknownWorkload(w.clone()));
        }
        units.push(Unit::new(w.clone(), Vec::new(), Some(w.clone())));
    }
    if args.session {
        if args.paths.iter().any(|p| p.is_dir()) {
            return usage_error("--session takes module files, not directories");
        }
        if !args.paths.is_empty() {
            let name = args.paths.iter().map(|p| p.file_name().unwrap_or_default().to_string_lossy()).collect::<Vec<_>>().join("+");
            units.push(Unit::new(name, args.paths.clone(), None));
        }
    } else {
        for p in &args.paths {
            match jitharness::diff::corpus::discover(p) {
                Ok(u) => units.extend(u),
                Err(e) => return usage_error(e),
            }
        }
    }
    if units.is_empty() {
        return usage_error("nothing to compare: give modules, directories or --workload");
    }
    if let Err(e) = as_the_jit_did(&args.common, &opts.template, &mut units) {
        return usage_error(e);
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
    let failed = jitharness::diff::corpus::failing_units(&results);
    if !failed.is_empty() && !args.common.no_fail {
        eprintln!("jitharness: {} unit{} did not agree: {}", failed.len(), if failed.len() == 1 { "" } else { "s" }, failed.join(", "));
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

pub(crate) fn corpus_cmd(args: &CorpusArgs) -> ExitCode {
    use jitharness::diff::corpus;
    // Modules from a Numba process call into CPython and Numba's runtime, which this
    // process does not have: link only, unresolved symbols bound to trap stubs.
    let template = match diff_template(&args.common, 1, true, true) {
        Ok(t) => t,
        Err(e) => return usage_error(e),
    };
    let opts = match diff_options(&args.common, template, args.timeout) {
        Ok(o) => o,
        Err(e) => return usage_error(e),
    };
    let mut units = match corpus::discover(&args.dir) {
        Ok(u) if u.is_empty() => return usage_error(format!("{}: no modules (.ll, .bc, .o) found", args.dir.display())),
        Ok(u) => u,
        Err(e) => return usage_error(e),
    };
    if let Err(e) = as_the_jit_did(&args.common, &opts.template, &mut units) {
        return usage_error(e);
    }
    if args.per_module {
        units = corpus::per_module(units);
    }
    let plan: Vec<String> = units.iter().map(|u| u.name.clone()).collect();
    let units = jitharness::shard::filter(units, args.shard, |u| u.name.clone());
    let baseline = match args.baseline.as_deref().map(corpus::read_results).transpose() {
        Ok(b) => b,
        Err(e) => return usage_error(e),
    };
    let title = args.dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| args.dir.display().to_string());
    let out = args.out.clone().unwrap_or_else(|| PathBuf::from("corpus-results").join(format!("{title}-{}", args.common.target)));
    let resumed = if args.resume {
        let names: Vec<String> = units.iter().map(|u| u.name.clone()).collect();
        match corpus::resume(&out, args.shard, &plan, &names, &opts) {
            Ok(r) => {
                eprintln!(
                    "resuming {}: {} of {} units finished{}",
                    out.display(),
                    r.results.len(),
                    units.len(),
                    if r.dropped_partial_line { "; a cut-off last line was dropped, its unit runs again" } else { "" }
                );
                Some(r)
            }
            Err(e) => {
                eprintln!("jitharness: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        None
    };
    if let Err(e) = corpus::write_shard(&out, args.shard, plan) {
        eprintln!("jitharness: {e}");
        return ExitCode::from(1);
    }
    let results = match corpus::run(&units, &opts, Some(&out), args.common.verbose, resumed) {
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
