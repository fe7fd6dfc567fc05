//! The `jitharness` command line.

use clap::Args;
use jitharness::backend::BackendKind;
use jitharness::run::job::{self, CallSpec, LinkJob};
use jitharness::source::workloads;
use jitharness::target::Arch;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::{parse_size, CodegenArgs};

#[derive(Args, Clone)]
pub(crate) struct LinkArgs {
    /// LLVM IR (.ll), bitcode (.bc) or ELF relocatable objects (.o), loaded in order.
    pub(crate) files: Vec<PathBuf>,
    /// A built-in workload (see `jitharness workloads`), loaded before FILES in each iteration.
    #[arg(long)]
    pub(crate) workload: Option<String>,
    #[arg(long, default_value = "rtdyld-stock")]
    pub(crate) backend: BackendKind,
    /// x86_64 or aarch64; default: the harness's own architecture.
    #[arg(long, default_value_t = Arch::host())]
    pub(crate) target: Arch,
    /// Load the modules this many times into the same session (workloads rename per iteration).
    #[arg(long, default_value_t = 1)]
    pub(crate) iterations: u32,
    /// Call SYMBOL as i64(i64...) with ARGS after linking; repeatable.
    #[arg(long = "call", id = "call", num_args = 1.., value_names = ["SYMBOL", "ARGS"], action = clap::ArgAction::Append, allow_negative_numbers = true)]
    pub(crate) call_words: Vec<String>,
    /// `--call` occurrences, grouped (filled from the matches, not by derive).
    #[arg(skip)]
    pub(crate) calls: Vec<Vec<String>>,
    #[command(flatten)]
    pub(crate) codegen: CodegenArgs,
    /// Bind unresolved symbols to trap stubs that end the job naming the symbol when called.
    #[arg(long)]
    pub(crate) stub_unresolved: bool,
    /// Link without running anything.
    #[arg(long)]
    pub(crate) link_only: bool,
    /// Where the backend's memory goes: natural (what the OS gives), scatter (code and data
    /// of each object over 4 GiB apart), fragment (address space cut into small holes first).
    #[arg(long, default_value = "natural")]
    pub(crate) placement: jitharness::memory::placement::Placement,
    /// Audit every relocation of every linked object and print the findings.
    #[arg(long)]
    pub(crate) audit: bool,
    /// Print the memory accounting (always in --json): reserved, committed, used, wasted,
    /// mmap/mprotect/munmap calls, process mappings.
    #[arg(long)]
    pub(crate) stats: bool,
    /// Slab size for `rtdyld-rust` (at most 2 GiB, which keeps every fixup in reach).
    #[arg(long, default_value = "1G", value_parser = parse_size)]
    pub(crate) slab_size: u64,
    /// qemu-user guest address-space reservation for aarch64 runs on an x86_64 host (0: none).
    #[arg(long, default_value = "0x1000000000", value_parser = parse_size)]
    pub(crate) qemu_reserved_va: u64,
    /// Print the report as JSON.
    #[arg(long)]
    pub(crate) json: bool,
    /// Run the job in this process instead of a worker (for a debugger). By default every
    /// job runs in a worker process, so that a crash, an LLVM abort or a hang still becomes
    /// a result naming the step and object (jobs for aarch64 on an x86_64 host always run
    /// in a worker, under qemu-user).
    #[arg(long, conflicts_with = "isolate")]
    pub(crate) in_process: bool,
    /// Run the job in a worker process (the default; kept for scripts that ask for it).
    #[arg(long, hide = true)]
    pub(crate) isolate: bool,
    /// Resolve external symbol NAME to ADDR before anything else (repeatable; like
    /// llvm-jitlink's -abs): externals where a real process has them.
    #[arg(long = "define", value_name = "NAME=ADDR", value_parser = crate::parse_define)]
    pub(crate) defines: Vec<(String, u64)>,
    /// Where external symbols sit relative to JIT memory: `process` (what this process has;
    /// unresolved ones only with --stub-unresolved) or `python-nonpie` (the CPython API
    /// below 4 GiB, in the image of Debian's non-PIE python3.11, as trap stubs there;
    /// shared-library symbols where the process has them). Recorded in the result.
    #[arg(long, default_value = "process")]
    pub(crate) externals: jitharness::source::externals::Externals,
    /// Load the files again in every iteration under new names: iteration N > 0 renames
    /// their strong definitions (and references to them) to NAME.N, as a JIT that re-emits
    /// one module does; `--call` then calls the last iteration's copy.
    #[arg(long)]
    pub(crate) rename_per_iteration: bool,
    /// After the --iterations loads, remove every object, load as many iterations again and
    /// remove those (Numba's remove_module): `--stats`/`reclaim` show committed bytes,
    /// process mappings and RSS at each step. RuntimeDyld cannot unload: `unsupported`.
    #[arg(long)]
    pub(crate) unload_reload: bool,
    /// JITLink backends also register every linked graph with the GDB JIT interface through
    /// LLVM's debug-object plugin (what LLJIT's enableDebuggerSupport adds; LLJIT adds none
    /// by default). RuntimeDyld always registers in process, as MCJIT does.
    #[arg(long)]
    pub(crate) debugger: bool,
    /// Seconds a worker may run before it is killed.
    #[arg(long, default_value_t = 600)]
    pub(crate) timeout: u64,
}

pub(crate) fn to_job(args: &LinkArgs) -> Result<LinkJob, String> {
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
    let compile = args.codegen.options(args.target)?;
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
        checkpoint: None,
        precompiled: None,
        contents: false,
        defines: args.defines.iter().cloned().collect(),
        assembly: Vec::new(),
        rename_per_iteration: args.rename_per_iteration,
        unload_reload: args.unload_reload,
        debugger: args.debugger,
        compiled: Vec::new(),
        externals: args.externals,
        progress: !args.json || std::io::IsTerminal::is_terminal(&std::io::stderr()),
    })
}

pub(crate) fn link(args: LinkArgs) -> ExitCode {
    let job = match to_job(&args) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("jitharness: {e}");
            return ExitCode::from(2);
        }
    };
    let in_worker = job::needs_qemu(&job) || !args.in_process;
    let report = if in_worker {
        jitharness::run::worker::run_isolated(&job, std::time::Duration::from_secs(args.timeout))
    } else {
        jitharness::run::session::run_here(&job)
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report).expect("reports serialize"));
    } else {
        print!("{}", jitharness::report::text::link_report(&report, args.stats));
    }
    ExitCode::from(report.outcome.exit_code() as u8)
}
