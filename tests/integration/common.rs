use jitharness::report::LinkReport;
use jitharness::run::exec::{self, How};
use jitharness::target::Arch;
use std::path::Path;
use std::process::{Command, Output};

/// The harness binary under test, started the way this test process runs (natively, or
/// under qemu with the same reserved address space).
pub fn harness() -> Command {
    exec::self_command(Path::new(env!("CARGO_BIN_EXE_jitharness"))).expect("can start the harness")
}

pub fn run(args: &[&str]) -> Output {
    harness().args(args).output().expect("harness starts")
}

/// Runs several harness commands at once (processes, no threads: this also works when the
/// test process runs under qemu) and returns their outputs in order. Each child writes to a
/// pipe; a child whose pipe is full waits until its turn to be read, so nothing deadlocks.
pub fn run_all(commands: &[Vec<String>]) -> Vec<Output> {
    let children: Vec<_> = commands
        .iter()
        .map(|args| {
            harness().args(args).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().expect("harness starts")
        })
        .collect();
    children.into_iter().map(|c| c.wait_with_output().expect("harness ends")).collect()
}

/// Runs `jitharness link ARGS --json` and parses the report; panics with stderr if there
/// is no report.
pub fn link_json(args: &[&str]) -> (LinkReport, Output) {
    let mut full = vec!["link"];
    full.extend_from_slice(args);
    full.push("--json");
    let out = run(&full);
    let report: LinkReport = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "no JSON report from `jitharness {}` ({e}); status {:?}; stderr:\n{}",
            full.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (report, out)
}

/// Whether code for `arch` can run from this test process (natively or via qemu).
pub fn can_run(arch: Arch) -> bool {
    arch == Arch::host() || (Arch::host() == Arch::X86_64 && arch == Arch::Aarch64)
}

/// The execution mode a job for `arch` must report when it ran.
pub fn expected_how(arch: Arch) -> How {
    if arch == Arch::host() {
        if exec::emulation().is_some() {
            How::QemuUser
        } else {
            How::Native
        }
    } else if can_run(arch) {
        How::QemuUser
    } else {
        How::CrossLinkOnly
    }
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
