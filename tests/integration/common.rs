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

/// Makes the harness's worker pool (`run::worker`) start the harness binary under test:
/// from a test process it would otherwise start the test binary itself.
pub fn use_harness_for_workers() {
    std::env::set_var("JITHARNESS_BIN", env!("CARGO_BIN_EXE_jitharness"));
}

pub fn run(args: &[&str]) -> Output {
    harness().args(args).output().expect("harness starts")
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

/// The entry `id` of the known-defect table (src/llvm/defects.rs) if it applies to `kind`
/// linking for `arch` (in cross mode or not) with the LLVM this suite was built with. Tests
/// ask the table instead of comparing LLVM versions, and assert that each applying entry still
/// fails the way it says.
pub fn known(
    id: &str,
    kind: jitharness::backend::BackendKind,
    arch: Arch,
    cross: bool,
) -> Option<&'static jitharness::llvm::defects::Defect> {
    let d = jitharness::llvm::defects::by_id(id).unwrap_or_else(|| panic!("no known defect `{id}` in src/llvm/defects.rs"));
    d.applies_to(jitharness::compile::llvm_major(), kind, arch, cross).then_some(d)
}

/// True (and says so on stderr) when this suite runs under qemu and `what` is a test whose
/// every job is a worker process the native half already runs the same way (qemu workers for
/// aarch64, cross links): `make test` runs both halves at once on 2 cores, and these
/// are the longest of the emulated half.
pub fn covered_by_native_half(what: &str) -> bool {
    let emulated = jitharness::run::exec::emulation().is_some();
    if emulated {
        eprintln!("note: {what}: not repeated under qemu: the native half runs the same workers");
    }
    emulated
}

/// True (with a note) in the emulated half for a heavy x86_64 test: there x86_64 is a cross
/// link from the AArch64 harness, which lighter tests (`workloads::every_workload_x86_64`,
/// `cli::cross_link_json_has_layout_at_chosen_addresses`, the `reloc_types` x86-64 cases)
/// already cover; the native half runs this test's x86_64 code for real.
pub fn x86_64_cross_covered_elsewhere(what: &str) -> bool {
    let emulated = jitharness::run::exec::emulation().is_some();
    if emulated {
        eprintln!(
            "note: {what}: x86_64 from the emulated AArch64 harness is a cross link, covered by lighter tests; the native half runs it"
        );
    }
    emulated
}
