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
    /// The Markdown file to write; the SVG plots go beside it.
    #[arg(long, default_value = "docs/results/benchmarks.md")]
    pub(crate) out: PathBuf,
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
    // Absolute, because the paths it is compared with are (the Makefile gives absolute ones).
    let root = match args.root.map(std::path::absolute).transpose() {
        Ok(root) => root.or_else(jitharness::bench::repository_root),
        Err(e) => return usage_error(format!("--root: {e}")),
    };
    let opts = jitharness::bench::report::ReportOptions {
        criterion_dirs: args.criterion,
        runs: args.run,
        out: args.out,
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
