//! The `jitharness` command line.

use clap::Args;
use jitharness::source::workloads;
use jitharness::target::Arch;
use std::path::PathBuf;

use crate::CodegenArgs;

#[derive(Args, Clone)]
pub(crate) struct CompileArgs {
    /// An .ll or .bc file.
    pub(crate) file: Option<PathBuf>,
    /// Instead of FILE: write every module of this workload's iteration 0 (as `<name>.o`/`.bc`/`.ll` in OUT).
    #[arg(long)]
    pub(crate) workload: Option<String>,
    /// x86_64 or aarch64; default: the harness's own architecture.
    #[arg(long, default_value_t = Arch::host())]
    pub(crate) target: Arch,
    #[command(flatten)]
    pub(crate) codegen: CodegenArgs,
    /// What to write: an ELF object, bitcode, or (workloads only) the IR text.
    #[arg(long, value_enum, default_value = "obj")]
    pub(crate) emit: Emit,
    /// Output file (for FILE) or directory (for --workload).
    #[arg(short = 'o', long)]
    pub(crate) output: PathBuf,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum Emit {
    Obj,
    Bc,
    Ll,
}

pub(crate) fn compile_cmd(args: &CompileArgs) -> Result<(), jitharness::Error> {
    use jitharness::source::{to_object, Input, InputKind};
    let opts = args.codegen.options(args.target).map_err(jitharness::Error::Usage)?;
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
