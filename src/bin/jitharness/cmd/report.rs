//! `jitharness report`.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::usage_error;

#[derive(Args, Clone)]
pub(crate) struct ReportArgs {
    /// A criterion output directory (repeatable), e.g. target/llvm22/criterion.
    #[arg(long)]
    pub(crate) criterion: Vec<PathBuf>,
    /// A `jitharness bench --json-out` file (repeatable).
    #[arg(long)]
    pub(crate) run: Vec<PathBuf>,
    /// A `corpus --out` directory whose throughput.json goes in the throughput section
    /// (repeatable; `scripts/corpus-throughput` makes them).
    #[arg(long)]
    pub(crate) throughput: Vec<PathBuf>,
    /// The Markdown file to write; the SVG plots go beside it [default:
    /// docs/results/benchmarks.md; with --migration: docs/migration.md].
    #[arg(long)]
    pub(crate) out: Option<PathBuf>,
    /// Write the migration guide from a merged matrix result set (--matrix) instead.
    #[arg(long, requires = "matrix")]
    pub(crate) migration: bool,
    /// The matrix result set for --migration.
    #[arg(long)]
    pub(crate) matrix: Option<PathBuf>,
    /// The commit to name in the header (default: the runs').
    #[arg(long)]
    pub(crate) commit: Option<String>,
    /// The date to name in the header (default: the runs').
    #[arg(long)]
    pub(crate) date: Option<String>,
    /// Input files under DIR are named relative to it in the report; other absolute paths by
    /// their file name (default: the git repository of the current directory).
    #[arg(long)]
    pub(crate) root: Option<PathBuf>,
}

pub(crate) fn report_cmd(args: ReportArgs) -> ExitCode {
    if args.migration {
        return migration_cmd(&args);
    }
    // Absolute, because the paths it is compared with are (the Makefile gives absolute ones).
    let root = match args.root.map(std::path::absolute).transpose() {
        Ok(root) => root.or_else(jitharness::bench::repository_root),
        Err(e) => return usage_error(format!("--root: {e}")),
    };
    let opts = jitharness::bench::report::ReportOptions {
        criterion_dirs: args.criterion,
        runs: args.run,
        throughput: args.throughput,
        out: args.out.unwrap_or_else(|| PathBuf::from("docs/results/benchmarks.md")),
        commit: args.commit,
        date: args.date,
        root,
    };
    match jitharness::bench::report::write_report(&opts) {
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

fn migration_cmd(args: &ReportArgs) -> ExitCode {
    let path = args.matrix.as_deref().expect("clap requires --matrix with --migration");
    let set = match jitharness::matrix::MatrixSet::read(path) {
        Ok(s) => s,
        Err(e) => return usage_error(e),
    };
    let out = args.out.clone().unwrap_or_else(|| PathBuf::from("docs/migration.md"));
    let md = jitharness::matrix::migration::guide(&set);
    if let Err(e) = crate::cmd::matrix::write_file(&out, &md) {
        eprintln!("jitharness: {e}");
        return ExitCode::from(1);
    }
    println!("wrote {}", out.display());
    ExitCode::SUCCESS
}
