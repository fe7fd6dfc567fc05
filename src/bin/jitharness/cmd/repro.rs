//! The `jitharness` command line.

use clap::Args;
use jitharness::backend::BackendKind;
use jitharness::report::LinkReport;
use jitharness::target::Arch;
use std::process::ExitCode;

use crate::parse_size;

#[derive(Args, Clone)]
pub(crate) struct ReproArgs {
    /// The issue number (9001).
    pub(crate) issue: u32,
    /// x86_64 or aarch64; default: the harness's own architecture.
    #[arg(long, default_value_t = Arch::host())]
    pub(crate) target: Arch,
    #[arg(long, default_value = "rtdyld-stock")]
    pub(crate) backend: BackendKind,
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
    /// Also print every finding of the first object with findings.
    #[arg(long)]
    pub(crate) verbose: bool,
    #[arg(long)]
    pub(crate) json: bool,
}

pub(crate) fn repro(args: &ReproArgs) -> ExitCode {
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
    let link = jitharness::run::worker::run_isolated(&job, std::time::Duration::from_secs(args.timeout));
    let code = link.outcome.exit_code() as u8;
    let r = repro::summarize(link);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&r).expect("reports serialize"));
    } else {
        print_repro(&r, args.verbose);
    }
    ExitCode::from(code)
}

pub(crate) fn how(r: &LinkReport) -> String {
    r.execution.describe()
}

pub(crate) fn print_repro(r: &jitharness::repro::ReproReport, verbose: bool) {
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
