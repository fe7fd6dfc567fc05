//! How and where code runs: natively, or as the harness's own aarch64 build under qemu-user.
//!
//! qemu-user without a reserved guest address space scatters mappings ~128 TiB apart, which
//! breaks RuntimeDyld on the first GOT reference for reasons no kernel would produce. So the
//! harness always starts qemu with `QEMU_RESERVED_VA` (default 64 GiB) and every result
//! records how it ran and with which reservation.

use crate::error::{Error, Result};
use crate::target::Arch;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Default guest address-space reservation for qemu-user: room for the binary, its heap,
/// a slab and several GiB of deliberate fragmentation.
pub const DEFAULT_QEMU_RESERVED_VA: u64 = 0x10_0000_0000; // 64 GiB

/// Set in the environment of every process the harness starts under qemu.
const UNDER_QEMU_ENV: &str = "JITHARNESS_UNDER_QEMU";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum How {
    /// On the machine's own CPU.
    Native,
    /// The harness's aarch64 build under qemu-user.
    QemuUser,
    /// Linked for another architecture at chosen addresses; not run.
    CrossLinkOnly,
}

/// Where a job ran; part of every result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Execution {
    pub how: How,
    /// The architecture of the machine (or emulator) that ran the harness process.
    pub harness_arch: Arch,
    /// qemu's guest address-space reservation in bytes (`QEMU_RESERVED_VA`), if any.
    pub qemu_reserved_va: Option<u64>,
}

impl Execution {
    /// How the job ran, for people: `native`, `qemu-user, reserved VA 0x…`, `cross link only`.
    pub fn describe(&self) -> String {
        match (self.how, self.qemu_reserved_va) {
            (How::Native, _) => "native".into(),
            (How::QemuUser, Some(va)) => format!("qemu-user, reserved VA {va:#x}"),
            (How::QemuUser, None) => "qemu-user, no reserved VA".into(),
            (How::CrossLinkOnly, _) => "cross link only".into(),
        }
    }
}

/// Whether this process is an emulated aarch64 harness, and with which reservation.
pub fn emulation() -> Option<Option<u64>> {
    if Arch::host() != Arch::Aarch64 {
        return None;
    }
    let marked = std::env::var_os(UNDER_QEMU_ENV).is_some();
    // qemu-user (7.x) does not emulate /proc/cpuinfo for aarch64 guests: an x86 host's
    // cpuinfo showing through means we are emulated even if started by hand.
    let x86_cpuinfo = std::fs::read_to_string("/proc/cpuinfo").map(|s| s.contains("vendor_id")).unwrap_or(false);
    if !marked && !x86_cpuinfo {
        return None;
    }
    Some(std::env::var("QEMU_RESERVED_VA").ok().and_then(|v| parse_size(&v)))
}

/// The execution record for a job run in this process for `target`.
pub fn current(target: Arch) -> Execution {
    let harness_arch = Arch::host();
    if target != harness_arch {
        return Execution { how: How::CrossLinkOnly, harness_arch, qemu_reserved_va: None };
    }
    match emulation() {
        Some(va) => Execution { how: How::QemuUser, harness_arch, qemu_reserved_va: va },
        None => Execution { how: How::Native, harness_arch, qemu_reserved_va: None },
    }
}

/// Parses `0x1000000000`, `68719476736`, `64G`, `4096M`.
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    if let Some(hex) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        return u64::from_str_radix(hex, 16).ok();
    }
    let (num, mul) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 1u64 << 10),
        'm' | 'M' => (&s[..s.len() - 1], 1 << 20),
        'g' | 'G' => (&s[..s.len() - 1], 1 << 30),
        't' | 'T' => (&s[..s.len() - 1], 1 << 40),
        _ => (s, 1),
    };
    num.parse::<u64>().ok()?.checked_mul(mul)
}

/// The qemu-user binary for aarch64 guests.
pub fn qemu_binary() -> Option<PathBuf> {
    ["qemu-aarch64-static", "qemu-aarch64"]
        .iter()
        .flat_map(|name| {
            std::env::var_os("PATH").map(|p| std::env::split_paths(&p).map(|d| d.join(name)).collect::<Vec<_>>()).unwrap_or_default()
        })
        .find(|p| p.is_file())
}

/// The aarch64 build of this harness: `$JITHARNESS_AARCH64_BIN`, else the build beside this
/// one in the same cargo target dir (`target/X/debug/jitharness` →
/// `target/X/aarch64-unknown-linux-gnu/debug/jitharness`), pinned (see [`pinned`]).
pub fn aarch64_harness() -> Result<PathBuf> {
    static PINNED: OnceLock<std::result::Result<PathBuf, String>> = OnceLock::new();
    PINNED.get_or_init(|| find_aarch64_harness().and_then(|p| pinned(&p)).map_err(|e| e.to_string())).clone().map_err(Error::Execution)
}

fn find_aarch64_harness() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("JITHARNESS_AARCH64_BIN") {
        return Ok(PathBuf::from(p));
    }
    let exe = std::env::current_exe().map_err(|e| Error::Execution(format!("cannot find this executable: {e}")))?;
    let profile_dir = exe.parent().ok_or_else(|| Error::Execution("executable has no directory".into()))?;
    // Integration tests run from target/X/debug/deps.
    let profile_dir = if profile_dir.ends_with("deps") { profile_dir.parent().unwrap() } else { profile_dir };
    let profile = profile_dir.file_name().unwrap_or_default();
    let target_dir = profile_dir.parent().unwrap_or(Path::new("."));
    let candidate = target_dir.join(Arch::Aarch64.rust_triple()).join(profile).join("jitharness");
    if candidate.is_file() {
        Ok(candidate)
    } else {
        Err(Error::Execution(format!(
            "running aarch64 code on this {} host needs the harness's aarch64 build at {} \
             (build it with `make build`, or set JITHARNESS_AARCH64_BIN)",
            Arch::host(),
            candidate.display()
        )))
    }
}

/// The harness binary that workers run for jobs this process can run itself: `$JITHARNESS_BIN`,
/// else this executable, pinned (see [`pinned`]).
pub fn harness_binary() -> Result<PathBuf> {
    static PINNED: OnceLock<std::result::Result<PathBuf, String>> = OnceLock::new();
    PINNED
        .get_or_init(|| {
            let path = match std::env::var_os("JITHARNESS_BIN") {
                Some(p) => PathBuf::from(p),
                // Natively this names the running image even after a rebuild replaced the
                // file; under qemu-user the emulator answers it with the guest binary.
                None => PathBuf::from("/proc/self/exe"),
            };
            pinned(&path).map_err(|e| e.to_string())
        })
        .clone()
        .map_err(Error::Execution)
}

/// A path naming the file `path` names now, for the rest of this process's life: the file is
/// opened once and the result is `/proc/<this pid>/fd/<fd>`, which a child can exec (or qemu
/// can load) even after a rebuild deleted or replaced `path`. Without this, a rebuild during a
/// long `corpus` run made every later worker fail to start (`…/jitharness (deleted)`).
/// Under qemu-user guest descriptors are the host's, so the path works for a host qemu child.
pub fn pinned(path: &Path) -> Result<PathBuf> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    // The descriptor is kept open on purpose (never closed): the path must stay valid.
    let fd = std::os::fd::IntoRawFd::into_raw_fd(file);
    Ok(PathBuf::from(format!("/proc/{}/fd/{fd}", std::process::id())))
}

/// A command that runs the aarch64 harness `bin` under qemu-user with a reserved guest
/// address space of `reserved_va` bytes.
pub fn qemu_command(bin: &Path, reserved_va: u64) -> Result<Command> {
    let qemu = qemu_binary().ok_or_else(|| Error::Execution("qemu-aarch64-static not found on PATH (run scripts/setup.sh)".into()))?;
    let mut cmd = Command::new(qemu);
    cmd.arg("-L").arg("/usr/aarch64-linux-gnu").arg(bin);
    cmd.env(UNDER_QEMU_ENV, "1");
    if reserved_va > 0 {
        cmd.env("QEMU_RESERVED_VA", format!("{reserved_va:#x}"));
    } else {
        cmd.env_remove("QEMU_RESERVED_VA");
    }
    Ok(cmd)
}

/// A command that runs the harness binary `bin` built for this process's architecture, the
/// way this process itself runs (natively, or under qemu with the same reservation).
pub fn self_command(bin: &Path) -> Result<Command> {
    match emulation() {
        None => Ok(Command::new(bin)),
        Some(va) => qemu_command(bin, va.unwrap_or(DEFAULT_QEMU_RESERVED_VA)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("0x1000000000"), Some(64 << 30), "hex");
        assert_eq!(parse_size("64G"), Some(64 << 30), "suffix G");
        assert_eq!(parse_size("4096"), Some(4096), "plain");
        assert_eq!(parse_size("lots"), None, "garbage");
    }
}
