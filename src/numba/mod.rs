//! Numba in the loop: real Numba programs, and Numba's own tests, run in a real Python process
//! with a harness backend as Numba's JIT linker.
//!
//! The Python side is `python/jitharness` (the session over the C ABI in `src/embed/`, and
//! `jitharness.numba`, which routes Numba's JIT engine through it); set-up installs it into
//! each era's virtual environment with a `.pth` hook that acts when `JITHARNESS_NUMBA_BACKEND`
//! is set. This module picks the environment, sets those variables and reads what the
//! session reports. `stock` runs Numba unchanged (MCJIT), the baseline every backend is
//! compared with.

pub mod suite;

use crate::backend::BackendKind;
use crate::embed::EmbedReport;
use crate::error::{Error, Result};
use crate::memory::placement::Placement;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::str::FromStr;

/// A Numba release line with its llvmlite, in its own virtual environment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Era {
    /// numba 0.59.1 / llvmlite 0.42 (LLVM 14): the seed's era.
    #[serde(rename = "0.59")]
    V059,
    /// numba 0.68.1 / llvmlite 0.50 (LLVM 22): the era of Numba's ORC prototype.
    #[serde(rename = "0.68")]
    V068,
}

impl Era {
    pub const ALL: [Era; 2] = [Era::V059, Era::V068];

    pub fn name(self) -> &'static str {
        match self {
            Era::V059 => "0.59",
            Era::V068 => "0.68",
        }
    }

    /// The LLVM major its llvmlite is built on.
    pub fn llvm_major(self) -> u32 {
        match self {
            Era::V059 => 14,
            Era::V068 => 22,
        }
    }

    /// The era whose llvmlite has this harness's LLVM, if one does.
    pub fn matching_this_llvm() -> Option<Era> {
        Era::ALL.into_iter().find(|e| e.llvm_major() == crate::compile::llvm_major())
    }

    /// The era a test of this build uses: the matching one, else 0.59 (whose objects any
    /// LLVM links: ELF is ELF).
    pub fn for_this_llvm() -> Era {
        Era::matching_this_llvm().unwrap_or(Era::V059)
    }

    /// The environment's python (`$JITHARNESS_VENV` / `$JITHARNESS_VENV_068`, else where
    /// `scripts/setup-python.sh` puts them).
    pub fn python(self) -> PathBuf {
        let (var, default) = match self {
            Era::V059 => ("JITHARNESS_VENV", "/opt/jitharness/venv"),
            Era::V068 => ("JITHARNESS_VENV_068", "/opt/jitharness/venv-0.68"),
        };
        let venv = std::env::var_os(var).filter(|v| !v.is_empty()).map(PathBuf::from);
        venv.unwrap_or_else(|| PathBuf::from(default)).join("bin/python")
    }
}

impl fmt::Display for Era {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Era {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        Era::ALL.into_iter().find(|e| e.name() == s).ok_or_else(|| format!("unknown Numba era `{s}` (known: 0.59, 0.68)"))
    }
}

/// Who links Numba's JIT code: Numba's own MCJIT, or a harness backend. Serialized as its
/// name (`stock`, `jitlink-default`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Linker {
    Stock,
    Backend(BackendKind),
}

impl Linker {
    pub fn name(self) -> &'static str {
        match self {
            Linker::Stock => "stock",
            Linker::Backend(b) => b.name(),
        }
    }

    /// Stock, then every backend this build offers.
    pub fn all_available() -> Vec<Linker> {
        std::iter::once(Linker::Stock)
            .chain(BackendKind::ALL.into_iter().filter(|b| b.availability().is_ok()).map(Linker::Backend))
            .collect()
    }
}

impl fmt::Display for Linker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl From<Linker> for String {
    fn from(l: Linker) -> String {
        l.name().to_string()
    }
}

impl TryFrom<String> for Linker {
    type Error = String;
    fn try_from(s: String) -> std::result::Result<Self, String> {
        s.parse()
    }
}

impl FromStr for Linker {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        if s == "stock" {
            return Ok(Linker::Stock);
        }
        s.parse::<BackendKind>().map(Linker::Backend).map_err(|e| format!("{e}, or `stock` (Numba's MCJIT)"))
    }
}

/// How to run a Python program with Numba.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub era: Era,
    pub linker: Linker,
    pub audit: bool,
    pub placement: Placement,
    /// Where the session writes its report when the process exits.
    pub report: Option<PathBuf>,
}

/// The checkout's `python/` directory.
pub fn python_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("python")
}

/// The harness library a Python process loads: the cdylib built beside this executable (or
/// `$JITHARNESS_LIB`).
pub fn harness_library() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("JITHARNESS_LIB").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let exe = std::env::current_exe().map_err(|e| Error::Execution(format!("cannot find this executable: {e}")))?;
    // The executable (profile directory) or a test binary (deps/). `cargo build` puts the
    // library in the profile directory; `cargo test` builds it in deps/ only, so both are
    // looked at and the newer one wins (a stale `cargo build` copy must not shadow it).
    let dir = exe.parent().map(Path::to_path_buf).unwrap_or_default();
    let profile = if dir.ends_with("deps") { dir.parent().map(Path::to_path_buf).unwrap_or_default() } else { dir };
    let candidates = [profile.join("libjitharness.so"), profile.join("deps").join("libjitharness.so")];
    let modified = |p: &PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    candidates.iter().filter(|p| modified(p).is_some()).max_by_key(|p| modified(p)).cloned().ok_or_else(|| {
        Error::Execution(format!(
            "no harness library beside {} (looked for {} and {}): build it with cargo build (the crate's cdylib), or set JITHARNESS_LIB",
            exe.display(),
            candidates[0].display(),
            candidates[1].display()
        ))
    })
}

/// The command that runs `args` (a script and its arguments, or `-m module ...`) with the
/// era's python, linked as `opts` says. Unavailable backends are refused with the reason.
///
/// # Errors
/// [`Error::BackendUnavailable`]; [`Error::Execution`] when the environment or the harness
/// library is missing.
pub fn command(opts: &RunOptions, args: &[String]) -> Result<Command> {
    let python = opts.era.python();
    if !python.exists() {
        return Err(Error::Execution(format!(
            "{}: no Python for the Numba {} era (scripts/setup-python.sh installs it)",
            python.display(),
            opts.era
        )));
    }
    let mut cmd = Command::new(&python);
    cmd.args(args);
    cmd.env("JITHARNESS_PYTHON_DIR", python_dir());
    for v in ["JITHARNESS_NUMBA_BACKEND", "JITHARNESS_NUMBA_AUDIT", "JITHARNESS_NUMBA_PLACEMENT", "JITHARNESS_NUMBA_REPORT"] {
        cmd.env_remove(v);
    }
    if let Linker::Backend(b) = opts.linker {
        if let Err(reason) = b.availability() {
            return Err(Error::BackendUnavailable { backend: b.name().into(), reason });
        }
        cmd.env("JITHARNESS_LIB", harness_library()?);
        cmd.env("JITHARNESS_NUMBA_BACKEND", b.name());
        cmd.env("JITHARNESS_NUMBA_AUDIT", if opts.audit { "1" } else { "0" });
        cmd.env("JITHARNESS_NUMBA_PLACEMENT", opts.placement.name());
        if let Some(r) = &opts.report {
            cmd.env("JITHARNESS_NUMBA_REPORT", r);
        }
    }
    Ok(cmd)
}

/// Reads the reports the sessions wrote at exit: one per Numba JIT codegen, in the order Numba
/// created them (empty when the program never compiled anything; None when it ran stock, or
/// died before writing).
pub fn read_report(path: &Path) -> Result<Option<Vec<EmbedReport>>> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| Error::Execution(format!("{}: not a list of session reports: {e}", path.display()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// One line about what a session did.
pub fn summarize(r: &EmbedReport) -> String {
    let live = r.objects.iter().filter(|o| !o.removed && o.failed.is_none()).count();
    let failed = r.objects.iter().filter(|o| o.failed.is_some()).count();
    let failed = if failed > 0 { format!(", {failed} failed to link") } else { String::new() };
    let notes = if r.notes.is_empty() { String::new() } else { format!("; {} notes (second strong definitions)", r.notes.len()) };
    let audit = if r.options.audit {
        format!("; audited {} fixups: {} wrong, {} not checked", r.fixups_audited, r.fixups_wrong, r.fixups_not_checked)
    } else {
        String::new()
    };
    let imports: Vec<String> = r.imports.iter().map(|(k, v)| format!("{v} {k}")).collect();
    let memory = match &r.memory.not_visible {
        Some(why) if r.memory.committed == 0 => format!("not observable ({why})"),
        _ => format!("{} bytes committed of {} reserved", r.memory.committed, r.memory.reserved),
    };
    format!(
        "{} (LLVM {}, {}): {} objects ({live} live{failed}){audit}; imports: {}; memory: {memory}{notes}",
        r.backend.name,
        r.llvm,
        r.options.placement,
        r.objects.len(),
        if imports.is_empty() { "none".to_string() } else { imports.join(", ") },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linker_names_round_trip() {
        for l in [Linker::Stock, Linker::Backend(BackendKind::JitlinkDefault)] {
            assert_eq!(l.name().parse::<Linker>().unwrap(), l);
        }
        let e = "mcjit".parse::<Linker>().unwrap_err();
        assert!(e.contains("stock") && e.contains("jitlink-default"), "{e}");
        assert_eq!("0.68".parse::<Era>().unwrap().llvm_major(), 22);
        assert!("0.60".parse::<Era>().unwrap_err().contains("0.59"));
    }
}
