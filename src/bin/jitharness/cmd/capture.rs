//! The `jitharness` command line.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::usage_error;

#[derive(Args, Clone)]
pub(crate) struct CaptureArgs {
    /// Output directory (one subdirectory per process).
    #[arg(long, default_value = "captured")]
    pub(crate) out: PathBuf,
    /// Name of the main process's directory (default: the script's stem).
    #[arg(long)]
    pub(crate) name: Option<String>,
    /// The Python with Numba (default: $JITHARNESS_PYTHON, else the venv scripts/setup-python.sh made).
    #[arg(long)]
    pub(crate) python: Option<PathBuf>,
    /// Print the summary as JSON.
    #[arg(long)]
    pub(crate) json: bool,
    /// `python script.py ARGS...` (after `--`).
    #[arg(last = true, required = true)]
    pub(crate) command: Vec<String>,
}

pub(crate) fn capture_cmd(args: &CaptureArgs) -> ExitCode {
    use jitharness::source::capture;
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
