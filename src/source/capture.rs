//! `jitharness capture -- python script.py args...`: run a real Numba program and keep every
//! LLVM module it hands to its JIT.
//!
//! The work is done in Python by `scripts/numba_capture.py` (embedded below), which wraps
//! llvmlite's `ExecutionEngine` and writes, per process, `OUT/<name>/0000.ll, 0001.ll, ...`
//! and a `manifest.json` (schema `jitharness/capture/v1`, see docs/capture.md). Python child
//! processes that JIT write `OUT/<name>.pid<PID>/`. This module finds the Python, runs the
//! program under the hook and reads back what each process wrote.

use crate::compile::{self, CompileOptions, Cpu, ExplicitCodegen, Passes};
use crate::target::Arch;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub const CAPTURE_SCHEMA: &str = "jitharness/capture/v1";

/// The hook script, carried inside the binary so that `jitharness capture` works from anywhere.
const HOOK_SCRIPT: &str = include_str!("../../scripts/numba_capture.py");

/// The virtual environment `scripts/setup-python.sh` makes (unless `$JITHARNESS_VENV` moves it).
const DEFAULT_VENV: &str = "/opt/jitharness/venv";

/// How many trailing lines of the program's stderr a failure quotes.
const STDERR_TAIL: usize = 20;

/// Options of `jitharness capture`.
pub struct CaptureOptions {
    /// Directory receiving one sub-directory per process.
    pub out: PathBuf,
    /// Name of the main process's directory; default: the script's file stem.
    pub name: Option<String>,
    /// The Python to use instead of `python`/`python3`; default: [`find_python`].
    pub python: Option<PathBuf>,
    /// What followed `--`: `python script.py args...`, `script.py args...`, or
    /// `/some/python script.py args...` (an explicit interpreter is used as given).
    pub command: Vec<String>,
}

/// What one capture produced.
#[derive(Debug, Serialize)]
pub struct CaptureSummary {
    /// The main process first, then child processes by pid.
    pub processes: Vec<CapturedProcess>,
}

#[derive(Debug, Serialize, Deserialize, Clone)]
pub struct CapturedProcess {
    pub dir: PathBuf,
    pub manifest: Manifest,
}

/// `manifest.json` of one captured process (schema `jitharness/capture/v1`).
#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
pub struct Manifest {
    pub schema: String,
    /// The script's file name (no directory).
    pub program: String,
    /// `sys.argv` of the process, its first element reduced to a file name.
    pub argv: Vec<String>,
    pub pid: u32,
    /// Package versions; empty when the package is not installed.
    pub numba: String,
    pub llvmlite: String,
    /// The LLVM llvmlite is built on, e.g. "14.0.6".
    pub llvm: String,
    pub python: String,
    pub host_triple: String,
    /// Where the hook sat.
    pub hook: String,
    /// How the JIT generated code for these modules; absent in manifests written before the
    /// hook recorded it (compiling them then assumes Numba's defaults, and says so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jit: Option<JitCodegen>,
    /// In the order the JIT received them.
    pub modules: Vec<ManifestModule>,
}

/// How the JIT's target machine was created: what compiling "as the JIT would" follows.
/// MCJIT runs no IR passes on the modules it is given (Numba optimised them already).
#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
pub struct JitCodegen {
    /// The code generation level the target machine got, 0..3 (`NUMBA_OPT` as an integer:
    /// `max` is 3).
    pub opt_level: u8,
    /// `NUMBA_OPT` as Numba read it: "0".."3" or "max"; empty when Numba was not loaded.
    #[serde(default)]
    pub numba_opt: String,
    /// The CPU name the target machine was created for (Numba's `NUMBA_CPU_NAME`, else
    /// llvmlite's host CPU name, as llvmlite's LLVM spells it); empty means LLVM's generic.
    #[serde(default)]
    pub cpu: String,
    /// The target machine's feature string (`+avx2,-avx512f,...`).
    #[serde(default)]
    pub features: String,
    /// llvmlite's relocation and code model names (`static`, `default`; `jitdefault`).
    #[serde(default)]
    pub reloc: String,
    #[serde(default)]
    pub code_model: String,
    /// Where this came from: `target-machine` (the arguments of llvmlite's
    /// `create_target_machine` for the first engine created) or `numba-config` (Numba's
    /// configuration, when no engine's target machine was seen being made).
    #[serde(default)]
    pub source: String,
}

/// One module (or object) handed to the JIT.
#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
pub struct ManifestModule {
    /// File name inside the process's directory: `NNNN.ll` or `NNNN.o`.
    pub file: String,
    pub kind: ModuleKind,
    pub module_name: String,
    pub bytes: u64,
    /// Functions and globals with a definition, sorted (empty for objects).
    pub defined: Vec<String>,
    /// External declarations the module needs, sorted (empty for objects).
    pub declared: Vec<String>,
    /// Defined functions, sorted (empty for objects).
    pub functions: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ModuleKind {
    /// Textual LLVM IR (`str(module)`).
    Ir,
    /// An ELF object (`add_object_file`, or machine code from an object cache).
    Object,
}

/// Numba's `NUMBA_OPT` when the environment does not set it: the level assumed for captures
/// whose manifest does not record one.
pub const NUMBA_DEFAULT_OPT: u8 = 3;

impl Manifest {
    /// The architecture the modules were captured on, from `host_triple`.
    pub fn captured_arch(&self) -> Option<Arch> {
        self.host_triple.split('-').next()?.parse().ok()
    }
}

/// Compile options that do what the JIT did with a captured process's modules, for
/// `base.arch` (whose relocation and code model are kept): no IR passes (MCJIT runs none);
/// code generation at the level the manifest records, else [`NUMBA_DEFAULT_OPT`]; the CPU the
/// manifest records when compiling for the architecture it was captured on and this LLVM
/// knows that CPU, else `generic`. What `explicit` gives wins. `manifest` is `None` when the
/// capture's manifest could not be read as one. The notes say what was assumed or replaced,
/// and why.
pub fn jit_compile_options(manifest: Option<&Manifest>, base: CompileOptions, explicit: &ExplicitCodegen) -> (CompileOptions, Vec<String>) {
    let mut notes = Vec::new();
    let jit = manifest.and_then(|m| m.jit.as_ref());
    let opt_level = match (explicit.opt_level, jit) {
        (Some(level), _) => level,
        (None, Some(j)) => j.opt_level.min(3),
        (None, None) => {
            notes.push(format!(
                "the capture does not record the JIT's code generation level: Numba's default NUMBA_OPT={NUMBA_DEFAULT_OPT} assumed"
            ));
            NUMBA_DEFAULT_OPT
        }
    };
    let cpu = match (explicit.cpu, jit) {
        (Some(cpu), _) => cpu,
        (None, None) => {
            notes.push("the capture does not record the JIT's CPU: generic".into());
            Cpu::GENERIC
        }
        (None, Some(j)) => captured_cpu(j, manifest.and_then(Manifest::captured_arch), base.arch, &mut notes),
    };
    let passes = explicit.passes.unwrap_or(Passes::None);
    (CompileOptions { passes, opt_level, cpu, ..base }, notes)
}

fn captured_cpu(jit: &JitCodegen, captured: Option<Arch>, target: Arch, notes: &mut Vec<String>) -> Cpu {
    let name = jit.cpu.as_str();
    if name.is_empty() || name == "generic" {
        return Cpu::GENERIC;
    }
    if captured != Some(target) {
        let on = captured.map(|a| a.to_string()).unwrap_or_else(|| "an unknown architecture".into());
        notes.push(format!("the JIT's CPU `{name}` is of {on}, not of the target {target}: generic"));
        return Cpu::GENERIC;
    }
    match Cpu::new(name) {
        Ok(cpu) if compile::cpu_is_known(target, cpu) => cpu,
        _ => {
            notes.push(format!("the JIT's CPU `{name}` is not known to LLVM {}: generic", compile::llvm_version()));
            Cpu::GENERIC
        }
    }
}

/// Run `opts.command` under the capture hook and read back every process's manifest.
pub fn capture(opts: &CaptureOptions) -> Result<CaptureSummary> {
    let (python, script_and_args) = resolve_command(opts)?;
    let script = &script_and_args[0];
    let stem = match &opts.name {
        Some(n) => n.clone(),
        None => Path::new(script)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .ok_or_else(|| Error::Usage(format!("capture: `{script}` is not a script path")))?,
    };
    std::fs::create_dir_all(&opts.out).map_err(|e| Error::io(&opts.out, e))?;

    let hook = HookFile::write()?;
    let mut cmd = Command::new(&python);
    cmd.arg(&hook.script).arg("--out").arg(&opts.out);
    if let Some(n) = &opts.name {
        cmd.arg("--name").arg(n);
    }
    cmd.arg("--").args(&script_and_args);
    cmd.stdin(Stdio::inherit()).stdout(Stdio::inherit()).stderr(Stdio::piped());

    let mut child = cmd.spawn().map_err(|e| Error::io(&python, e))?;
    // Pass the program's stderr through as it comes, keeping its last lines for an error.
    let stderr = child.stderr.take().expect("stderr is piped");
    let tail = std::thread::spawn(move || {
        let mut tail = VecDeque::with_capacity(STDERR_TAIL);
        let mut reader = BufReader::new(stderr);
        let mut line = Vec::new();
        while matches!(reader.read_until(b'\n', &mut line), Ok(n) if n > 0) {
            let _ = std::io::stderr().write_all(&line);
            if tail.len() == STDERR_TAIL {
                tail.pop_front();
            }
            tail.push_back(String::from_utf8_lossy(&line).trim_end().to_string());
            line.clear();
        }
        tail
    });
    let status = child.wait().map_err(|e| Error::io(&python, e))?;
    let tail = tail.join().unwrap_or_default();
    if !status.success() {
        let lines: Vec<String> = tail.into_iter().collect();
        return Err(Error::Capture {
            program: script_and_args.join(" "),
            message: format!("{} failed with {status}; last lines of its stderr:\n{}", python.display(), lines.join("\n")),
        });
    }
    let processes = collect(&opts.out, &stem)?;
    if processes.first().map(|p| p.dir.file_name() != Some(std::ffi::OsStr::new(&stem))).unwrap_or(true) {
        return Err(Error::Capture {
            program: stem.clone(),
            message: format!("the program exited 0 but {} has no manifest", opts.out.join(&stem).display()),
        });
    }
    Ok(CaptureSummary { processes })
}

/// Read and check `dir/manifest.json`.
pub fn read_manifest(dir: &Path) -> Result<Manifest> {
    let path = dir.join("manifest.json");
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    parse_manifest(&text, &path)
}

fn parse_manifest(text: &str, path: &Path) -> Result<Manifest> {
    let bad = |reason: String| Error::UnsupportedInput { file: path.display().to_string(), reason };
    let m: Manifest = serde_json::from_str(text).map_err(|e| bad(format!("not a capture manifest: {e}")))?;
    if m.schema != CAPTURE_SCHEMA {
        return Err(bad(format!("manifest schema is `{}`, expected `{CAPTURE_SCHEMA}`", m.schema)));
    }
    Ok(m)
}

/// The Python to capture with: `$JITHARNESS_PYTHON` if set, else the set-up virtual
/// environment's python (`$JITHARNESS_VENV`, default /opt/jitharness/venv) if it imports numba.
pub fn find_python() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("JITHARNESS_PYTHON").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let venv = std::env::var_os("JITHARNESS_VENV").filter(|p| !p.is_empty()).map(PathBuf::from);
    let python = venv.unwrap_or_else(|| PathBuf::from(DEFAULT_VENV)).join("bin/python");
    let imports_numba = Command::new(&python)
        .args(["-c", "import numba"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    imports_numba.then_some(python)
}

/// Split the command into the interpreter to run and `[script, args...]`.
fn resolve_command(opts: &CaptureOptions) -> Result<(PathBuf, Vec<String>)> {
    let usage = |m: &str| Error::Usage(format!("capture: {m} (expected `-- python script.py [args...]`)"));
    let first = opts.command.first().ok_or_else(|| usage("nothing to run after `--`"))?;
    let wanted_python = || {
        opts.python
            .clone()
            .or_else(find_python)
            .ok_or_else(|| Error::Usage("capture: no Python with Numba found: run scripts/setup-python.sh or set JITHARNESS_PYTHON".into()))
    };
    let (python, rest) = if first == "python" || first == "python3" {
        (wanted_python()?, &opts.command[1..])
    } else if first.ends_with(".py") {
        (wanted_python()?, &opts.command[..])
    } else {
        (PathBuf::from(first), &opts.command[1..])
    };
    match rest.first() {
        None => Err(usage("no script given")),
        // numba_capture.py runs a script file; `-c`, `-m` and interpreter flags are not supported.
        Some(s) if s.starts_with('-') => Err(usage(&format!("Python option `{s}` is not supported"))),
        Some(_) => Ok((python, rest.to_vec())),
    }
}

/// Every process directory the hook wrote for `stem`: the main one, then `stem.pidN` by pid.
fn collect(out: &Path, stem: &str) -> Result<Vec<CapturedProcess>> {
    let mut found: Vec<(Option<u32>, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(out).map_err(|e| Error::io(out, e))? {
        let entry = entry.map_err(|e| Error::io(out, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let order = if name == stem {
            None
        } else {
            match name.strip_prefix(stem).and_then(|r| r.strip_prefix(".pid")).map(str::parse::<u32>) {
                Some(Ok(pid)) => Some(pid),
                _ => continue,
            }
        };
        if entry.path().join("manifest.json").is_file() {
            found.push((order, entry.path()));
        }
    }
    found.sort(); // None (the main process) sorts first
    found.into_iter().map(|(_, dir)| Ok(CapturedProcess { manifest: read_manifest(&dir)?, dir })).collect()
}

/// The embedded hook script, written to a private temporary directory for one run.
struct HookFile {
    dir: PathBuf,
    script: PathBuf,
}

impl HookFile {
    fn write() -> Result<HookFile> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let dir = std::env::temp_dir().join(format!("jitharness-capture-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed)));
        // A stale directory of the same name can only be from a dead process with our pid.
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir(&dir).map_err(|e| Error::io(&dir, e))?;
        let file = HookFile { script: dir.join("numba_capture.py"), dir };
        std::fs::write(&file.script, HOOK_SCRIPT).map_err(|e| Error::io(&file.script, e))?;
        Ok(file)
    }
}

impl Drop for HookFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"{
 "schema": "jitharness/capture/v1",
 "program": "scalar_math.py",
 "argv": ["scalar_math.py", "--n", "3"],
 "pid": 1234,
 "numba": "0.59.1", "llvmlite": "0.42.0", "llvm": "14.0.6", "python": "3.11.2",
 "host_triple": "x86_64-unknown-linux-gnu",
 "hook": "llvmlite.binding.ExecutionEngine.add_module",
 "modules": [
  {"file": "0000.ll", "kind": "ir", "module_name": "gcd", "bytes": 12345,
   "defined": ["_ZN8__main__3gcd", "_ZN08NumbaEnv8__main__3gcd"],
   "declared": ["PyArg_UnpackTuple"],
   "functions": ["_ZN8__main__3gcd"]},
  {"file": "0001.o", "kind": "object", "module_name": "cached", "bytes": 800,
   "defined": [], "declared": [], "functions": []}
 ]
}"#;

    #[test]
    fn sample_manifest_parses() {
        let m = parse_manifest(SAMPLE, Path::new("manifest.json")).unwrap();
        assert_eq!(m.program, "scalar_math.py");
        assert_eq!(m.argv, ["scalar_math.py", "--n", "3"]);
        assert_eq!(m.pid, 1234);
        assert_eq!((m.numba.as_str(), m.llvm.as_str()), ("0.59.1", "14.0.6"));
        assert_eq!(m.modules.len(), 2);
        assert_eq!(m.modules[0].kind, ModuleKind::Ir);
        assert_eq!(m.modules[0].bytes, 12345);
        assert_eq!(m.modules[0].declared, ["PyArg_UnpackTuple"]);
        assert_eq!(m.modules[1].kind, ModuleKind::Object);
        assert_eq!(m.modules[1].file, "0001.o");
    }

    #[test]
    fn manifest_round_trips() {
        let m = parse_manifest(SAMPLE, Path::new("manifest.json")).unwrap();
        let text = serde_json::to_string_pretty(&m).unwrap();
        assert!(text.contains(r#""kind": "object""#), "kind is written as the schema's string: {text}");
        let again = parse_manifest(&text, Path::new("manifest.json")).unwrap();
        assert_eq!(m, again);
    }

    /// SAMPLE with a "jit" entry as the hook writes it.
    fn with_jit(opt: u8, cpu: &str, triple: &str) -> Manifest {
        let text = SAMPLE.replace("x86_64-unknown-linux-gnu", triple).replace(
            r#""hook": "#,
            &format!(
                r#""jit": {{"opt_level": {opt}, "numba_opt": "{opt}", "cpu": "{cpu}", "features": "+avx2,-avx512f",
                   "reloc": "static", "code_model": "jitdefault", "source": "target-machine"}},
                 "hook": "#
            ),
        );
        parse_manifest(&text, Path::new("manifest.json")).unwrap_or_else(|e| panic!("{e}\n{text}"))
    }

    #[test]
    fn old_manifests_load_and_compile_with_numba_defaults() {
        let m = parse_manifest(SAMPLE, Path::new("manifest.json")).unwrap();
        assert_eq!(m.jit, None, "a manifest from before the hook recorded the JIT");
        assert!(!serde_json::to_string(&m).unwrap().contains("\"jit\""), "and it is written back without one");
        let (o, notes) = jit_compile_options(Some(&m), CompileOptions::new(Arch::X86_64), &ExplicitCodegen::default());
        assert_eq!((o.passes, o.opt_level, o.cpu), (Passes::None, NUMBA_DEFAULT_OPT, Cpu::GENERIC), "{notes:?}");
        assert!(notes.iter().any(|n| n.contains("NUMBA_OPT=3")), "the assumed level is said: {notes:?}");
        let (o, notes) = jit_compile_options(None, CompileOptions::new(Arch::Aarch64), &ExplicitCodegen::default());
        assert_eq!((o.arch, o.passes, o.opt_level), (Arch::Aarch64, Passes::None, 3), "{notes:?}");
    }

    #[test]
    fn jit_settings_round_trip_and_are_followed() {
        let m = with_jit(0, "skylake", "x86_64-unknown-linux-gnu");
        let jit = m.jit.clone().expect("jit recorded");
        assert_eq!((jit.opt_level, jit.cpu.as_str(), jit.features.as_str()), (0, "skylake", "+avx2,-avx512f"));
        let again = parse_manifest(&serde_json::to_string(&m).unwrap(), Path::new("m.json")).unwrap();
        assert_eq!(again, m, "round trip");
        assert_eq!(m.captured_arch(), Some(Arch::X86_64));

        let none = ExplicitCodegen::default();
        let (o, notes) = jit_compile_options(Some(&m), CompileOptions::new(Arch::X86_64), &none);
        assert_eq!((o.passes, o.opt_level, o.cpu.as_str()), (Passes::None, 0, "skylake"), "{notes:?}");
        assert!(notes.is_empty(), "nothing assumed: {notes:?}");

        let (o, notes) = jit_compile_options(Some(&m), CompileOptions::new(Arch::Aarch64), &none);
        assert_eq!((o.opt_level, o.cpu), (0, Cpu::GENERIC), "another architecture: generic");
        assert!(notes.iter().any(|n| n.contains("`skylake`") && n.contains("not of the target aarch64")), "{notes:?}");

        let made_up = with_jit(2, "no-such-cpu-9", "x86_64-unknown-linux-gnu");
        let (o, notes) = jit_compile_options(Some(&made_up), CompileOptions::new(Arch::X86_64), &none);
        assert_eq!((o.opt_level, o.cpu), (2, Cpu::GENERIC));
        assert!(notes.iter().any(|n| n.contains("`no-such-cpu-9`") && n.contains("not known to LLVM")), "{notes:?}");

        let arm = with_jit(3, "neoverse-n1", "aarch64-unknown-linux-gnu");
        let (o, _) = jit_compile_options(Some(&arm), CompileOptions::new(Arch::Aarch64), &none);
        assert_eq!(o.cpu.as_str(), "neoverse-n1", "an aarch64 capture compiled for aarch64");

        let given = ExplicitCodegen { passes: Some(Passes::O2), opt_level: Some(1), cpu: Some(Cpu::new("znver3").unwrap()) };
        let (o, _) = jit_compile_options(Some(&m), CompileOptions::new(Arch::X86_64), &given);
        assert_eq!((o.passes, o.opt_level, o.cpu.as_str()), (Passes::O2, 1, "znver3"), "the command line wins");
        let only_opt = ExplicitCodegen { opt_level: Some(2), ..Default::default() };
        let (o, _) = jit_compile_options(Some(&m), CompileOptions::new(Arch::X86_64), &only_opt);
        assert_eq!((o.passes, o.opt_level), (Passes::None, 2), "--opt alone does not bring IR passes back for captures");
    }

    #[test]
    fn wrong_schema_and_garbage_are_rejected() {
        let other = SAMPLE.replace("jitharness/capture/v1", "jitharness/capture/v2");
        let err = parse_manifest(&other, Path::new("m.json")).unwrap_err().to_string();
        assert!(err.contains("capture/v2"), "{err}");
        let err = parse_manifest("{\"schema\": 1}", Path::new("m.json")).unwrap_err().to_string();
        assert!(err.starts_with("m.json: unsupported input: not a capture manifest"), "{err}");
    }

    #[test]
    fn read_manifest_reads_the_directory() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("manifest.json"), SAMPLE).unwrap();
        assert_eq!(read_manifest(dir.path()).unwrap().modules.len(), 2);
        let err = read_manifest(&dir.path().join("missing")).unwrap_err();
        assert!(matches!(err, Error::Io { .. }), "{err}");
    }

    #[test]
    fn processes_are_collected_main_first_then_by_pid() {
        let out = tempfile::tempdir().unwrap();
        for (dir, pid) in [("prog.pid900", 900), ("prog", 1), ("prog.pid31", 31), ("prog.pidx", 2), ("other", 3)] {
            let d = out.path().join(dir);
            std::fs::create_dir(&d).unwrap();
            let text = SAMPLE.replace("1234", &pid.to_string());
            std::fs::write(d.join("manifest.json"), text).unwrap();
        }
        std::fs::create_dir(out.path().join("prog.pid5")).unwrap(); // no manifest: skipped
        let got: Vec<u32> = collect(out.path(), "prog").unwrap().iter().map(|p| p.manifest.pid).collect();
        assert_eq!(got, [1, 31, 900]);
    }

    #[test]
    fn the_command_is_split_into_python_and_script() {
        let opts = |cmd: &[&str]| CaptureOptions {
            out: PathBuf::from("out"),
            name: None,
            python: Some(PathBuf::from("/venv/bin/python")),
            command: cmd.iter().map(|s| s.to_string()).collect(),
        };
        let (py, rest) = resolve_command(&opts(&["python3", "s.py", "a"])).unwrap();
        assert_eq!((py, rest), (PathBuf::from("/venv/bin/python"), vec!["s.py".to_string(), "a".to_string()]));
        let (py, rest) = resolve_command(&opts(&["s.py"])).unwrap();
        assert_eq!((py, rest), (PathBuf::from("/venv/bin/python"), vec!["s.py".to_string()]));
        let (py, _) = resolve_command(&opts(&["/usr/bin/python3", "s.py"])).unwrap();
        assert_eq!(py, PathBuf::from("/usr/bin/python3"));
        assert!(matches!(resolve_command(&opts(&[])), Err(Error::Usage(_))));
        assert!(matches!(resolve_command(&opts(&["python"])), Err(Error::Usage(_))));
        assert!(matches!(resolve_command(&opts(&["python", "-c", "1"])), Err(Error::Usage(_))));
    }

    #[test]
    fn the_checked_in_corpus_manifests_parse() {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/numba");
        let mut seen = 0;
        for entry in std::fs::read_dir(&corpus).unwrap() {
            let dir = entry.unwrap().path();
            let m = read_manifest(&dir).unwrap();
            assert!(!m.modules.is_empty(), "{}", dir.display());
            for module in &m.modules {
                let len = std::fs::metadata(dir.join(&module.file)).unwrap().len();
                assert_eq!(len, module.bytes, "{}/{}", dir.display(), module.file);
            }
            seen += 1;
        }
        assert!(seen >= 6, "expected the six corpus programs in {}", corpus.display());
    }

    /// Runs only where scripts/setup-python.sh has been run (or JITHARNESS_PYTHON is set).
    #[test]
    fn capture_runs_a_numba_program_when_python_is_set_up() {
        let Some(python) = find_python() else {
            eprintln!("skipped: no Python with Numba (scripts/setup-python.sh)");
            return;
        };
        let tmp = tempfile::tempdir().unwrap();
        let script = tmp.path().join("tiny.py");
        std::fs::write(&script, "from numba import njit\nprint(njit(lambda x: x + 1)(41))\n").unwrap();
        let opts = CaptureOptions {
            out: tmp.path().join("out"),
            name: None,
            python: Some(python.clone()),
            command: vec!["python".into(), script.display().to_string()],
        };
        let summary = capture(&opts).unwrap();
        assert_eq!(summary.processes.len(), 1);
        let main = &summary.processes[0];
        assert_eq!(main.dir, tmp.path().join("out/tiny"));
        assert_eq!(main.manifest.program, "tiny.py");
        assert!(main.manifest.modules.iter().any(|m| m.functions.iter().any(|f| f.contains("lambda"))));

        std::fs::write(&script, "import sys\nsys.stderr.write('boom\\n')\nsys.exit(4)\n").unwrap();
        let err = capture(&opts).unwrap_err().to_string();
        assert!(err.contains("boom") && err.contains('4'), "{err}");
    }

    #[test]
    fn the_embedded_hook_is_the_capture_script() {
        assert!(HOOK_SCRIPT.contains(CAPTURE_SCHEMA));
    }
}
