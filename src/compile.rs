//! IR (text or bitcode) → relocatable object, in memory, through llvm-sys's TargetMachine.
//!
//! This is the only place the harness compiles. It mirrors what an MCJIT client such as
//! llvmlite does: parse, verify, retarget to the requested triple, run the chosen IR pipeline
//! (`--passes`: none, or LLVM's `default<On>`), and emit an ELF object from a target machine
//! created for the chosen CPU, code generation level (`--opt`), relocation and code model (by
//! default the JIT code model, which is what Numba's MCJIT gets). The IR pipeline and the
//! code generation level are separate because a JIT client optimises its IR itself: MCJIT
//! runs no IR passes on the modules Numba hands it.

use crate::error::{Error, Result};
use crate::llvm_sys;
use crate::target::Arch;
use llvm_sys::core::*;
use llvm_sys::prelude::*;
use llvm_sys::target::*;
use llvm_sys::target_machine::*;
use llvm_sys::LLVMDiagnosticSeverity;
use serde::{Deserialize, Serialize};
use std::ffi::{c_char, c_void, CStr, CString};
use std::ptr;
use std::sync::Once;

/// Relocation model (`--reloc`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum RelocModel {
    /// What MCJIT gets on ELF by default (llvmlite's `reloc='default'`).
    Static,
    Pic,
}

/// Code model (`--code-model`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum CodeModel {
    Small,
    Large,
    /// The model LLVM picks for JIT use: large on x86_64 and AArch64 Linux.
    Jit,
}

/// The IR pipeline run before code generation (`--passes`).
///
/// Separate from the code generation level: an MCJIT client such as Numba optimises its IR
/// itself and hands MCJIT modules that MCJIT only generates code for (no IR passes), while
/// the target machine still gets an opt level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
pub enum Passes {
    /// No IR passes: the module is generated as it is (what MCJIT does).
    #[serde(rename = "none")]
    #[value(name = "none")]
    None,
    /// LLVM's `default<O1>` new-pass-manager pipeline.
    #[value(name = "O1")]
    O1,
    #[value(name = "O2")]
    O2,
    #[value(name = "O3")]
    O3,
    /// Only LLVM's `lower-global-dtors`: `llvm.global_dtors` become a constructor that
    /// registers each destructor with `__cxa_atexit(fn, arg, &__dso_handle)`, the form C++
    /// front ends and newer LLVM code generation emit instead of `.fini_array` entries.
    #[serde(rename = "lower-global-dtors")]
    #[value(name = "lower-global-dtors")]
    LowerGlobalDtors,
}

impl Passes {
    /// The pipeline the harness ran for opt level `level` before the pipeline and the code
    /// generation level were separate: `default<On>`, none at 0.
    pub fn at_level(level: u8) -> Passes {
        match level {
            0 => Passes::None,
            1 => Passes::O1,
            2 => Passes::O2,
            _ => Passes::O3,
        }
    }

    /// The new-pass-manager pipeline text, or `None` when no IR passes run.
    pub fn pipeline(self) -> Option<&'static str> {
        match self {
            Passes::None => None,
            Passes::O1 => Some("default<O1>"),
            Passes::O2 => Some("default<O2>"),
            Passes::O3 => Some("default<O3>"),
            Passes::LowerGlobalDtors => Some("lower-global-dtors"),
        }
    }

    /// As written on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Passes::None => "none",
            Passes::O1 => "O1",
            Passes::O2 => "O2",
            Passes::O3 => "O3",
            Passes::LowerGlobalDtors => "lower-global-dtors",
        }
    }
}

impl std::fmt::Display for Passes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.pipeline().unwrap_or("none"))
    }
}

/// Longest CPU name a [`Cpu`] holds (LLVM's are under 20 bytes).
pub const CPU_NAME_MAX: usize = 31;

/// The CPU the target machine is created for (`--cpu`), e.g. `generic`, `skylake-avx512`,
/// `neoverse-n1`. Kept inline (not a `String`) so that [`CompileOptions`] stays `Copy`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cpu {
    len: u8,
    bytes: [u8; CPU_NAME_MAX],
}

impl Cpu {
    /// `generic`: the harness's default, the architecture's baseline.
    pub const GENERIC: Cpu = Cpu::from_static("generic");

    const fn from_static(name: &str) -> Cpu {
        let src = name.as_bytes();
        let mut bytes = [0u8; CPU_NAME_MAX];
        let mut i = 0;
        while i < src.len() {
            bytes[i] = src[i];
            i += 1;
        }
        Cpu { len: src.len() as u8, bytes }
    }

    /// A CPU name as LLVM spells them: 1 to [`CPU_NAME_MAX`] ASCII letters, digits, `.`, `_`,
    /// `+`, `-`. Whether this LLVM knows it is [`cpu_is_known`]'s question.
    ///
    /// # Errors
    /// A message naming the name and what is wrong with it.
    pub fn new(name: &str) -> std::result::Result<Cpu, String> {
        if name.is_empty() || name.len() > CPU_NAME_MAX {
            return Err(format!("CPU name `{name}`: expected 1 to {CPU_NAME_MAX} characters"));
        }
        if !name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-')) {
            return Err(format!("CPU name `{name}`: only letters, digits, `.`, `_`, `+` and `-` are allowed"));
        }
        Ok(Cpu::from_static(name))
    }

    pub fn as_str(&self) -> &str {
        // `new` and `from_static` only store ASCII.
        std::str::from_utf8(&self.bytes[..self.len as usize]).expect("CPU names are ASCII")
    }
}

impl Default for Cpu {
    fn default() -> Cpu {
        Cpu::GENERIC
    }
}

impl std::fmt::Display for Cpu {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for Cpu {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Cpu({:?})", self.as_str())
    }
}

impl std::str::FromStr for Cpu {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Cpu, String> {
        Cpu::new(s)
    }
}

impl Serialize for Cpu {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Cpu {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Cpu, D::Error> {
        let s = String::deserialize(d)?;
        Cpu::new(&s).map_err(serde::de::Error::custom)
    }
}

/// How to compile IR into an object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "CompileOptionsJson")]
pub struct CompileOptions {
    pub arch: Arch,
    /// The IR pipeline run before code generation.
    pub passes: Passes,
    /// The code generation level 0..3 (the target machine's; no longer implies `passes`).
    pub opt_level: u8,
    /// The CPU the target machine is created for (its default features).
    pub cpu: Cpu,
    pub reloc: RelocModel,
    pub code_model: CodeModel,
}

/// [`CompileOptions`] as JSON from before the pipeline and the CPU were recorded: such a job
/// ran `default<On>` at its opt level, for the `generic` CPU, and still does.
#[derive(Deserialize)]
struct CompileOptionsJson {
    arch: Arch,
    #[serde(default)]
    passes: Option<Passes>,
    opt_level: u8,
    #[serde(default = "generic_cpu")]
    cpu: Cpu,
    reloc: RelocModel,
    code_model: CodeModel,
}

fn generic_cpu() -> Cpu {
    Cpu::GENERIC
}

impl From<CompileOptionsJson> for CompileOptions {
    fn from(j: CompileOptionsJson) -> CompileOptions {
        CompileOptions {
            arch: j.arch,
            passes: j.passes.unwrap_or_else(|| Passes::at_level(j.opt_level)),
            opt_level: j.opt_level,
            cpu: j.cpu,
            reloc: j.reloc,
            code_model: j.code_model,
        }
    }
}

impl CompileOptions {
    /// The harness's defaults: `default<O2>`, code generation at 2, the generic CPU, static
    /// relocations, the JIT code model.
    pub fn new(arch: Arch) -> Self {
        CompileOptions::at_level(arch, 2)
    }

    /// The defaults with IR passes and code generation both at `level` (what `--opt N` alone
    /// does for plain files and workloads).
    pub fn at_level(arch: Arch, level: u8) -> Self {
        CompileOptions {
            arch,
            passes: Passes::at_level(level),
            opt_level: level,
            cpu: Cpu::GENERIC,
            reloc: RelocModel::Static,
            code_model: CodeModel::Jit,
        }
    }

    /// One line for people: `passes default<O2>, codegen -O2, cpu generic, static, jit code model`.
    pub fn describe(&self) -> String {
        let reloc = match self.reloc {
            RelocModel::Static => "static",
            RelocModel::Pic => "pic",
        };
        let cm = match self.code_model {
            CodeModel::Small => "small",
            CodeModel::Large => "large",
            CodeModel::Jit => "jit",
        };
        format!("passes {}, codegen -O{}, cpu {}, {reloc} relocations, {cm} code model", self.passes, self.opt_level, self.cpu)
    }
}

/// Compile settings given explicitly (on the command line), each overriding a default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExplicitCodegen {
    pub passes: Option<Passes>,
    pub opt_level: Option<u8>,
    pub cpu: Option<Cpu>,
}

impl ExplicitCodegen {
    /// `base` with what was given, for plain files and workloads: `--opt N` without
    /// `--passes` also runs `default<ON>` (none at 0), as the harness always did.
    pub fn apply(&self, base: CompileOptions) -> CompileOptions {
        let opt_level = self.opt_level.unwrap_or(base.opt_level);
        let passes = match (self.passes, self.opt_level) {
            (Some(p), _) => p,
            (None, Some(level)) => Passes::at_level(level),
            (None, None) => base.passes,
        };
        CompileOptions { passes, opt_level, cpu: self.cpu.unwrap_or(base.cpu), ..base }
    }
}

/// The IR forms the compiler accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IrKind {
    Text,
    Bitcode,
}

/// A compiled object and what the compiler had to say about it.
#[derive(Debug)]
pub struct Compiled {
    pub object: Vec<u8>,
    /// e.g. that the module's triple was replaced by the target's.
    pub notes: Vec<String>,
}

/// The LLVM the harness was built against, as `major.minor.patch`.
pub fn llvm_version() -> &'static str {
    env!("JITHARNESS_LLVM_VERSION")
}

/// The LLVM major version the harness was built against: a fact for reports and messages.
/// What the harness does differently per LLVM follows [`caps`], never this number.
pub fn llvm_major() -> u32 {
    env!("JITHARNESS_LLVM_MAJOR").parse().expect("build.rs sets a numeric LLVM major")
}

/// What this LLVM offers that the harness branches on (decided in the shim's
/// `llvm_compat.h`).
pub use crate::llvm::caps::{caps, Capabilities};

/// True when this LLVM's IR text uses opaque pointers (`ptr`) by default.
pub fn opaque_pointers() -> bool {
    caps().opaque_pointers
}

fn init_targets() {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        // SAFETY: LLVM's target registration functions are idempotent and have no
        // preconditions; Once keeps them from racing.
        unsafe {
            LLVM_InitializeAllTargetInfos();
            LLVM_InitializeAllTargets();
            LLVM_InitializeAllTargetMCs();
            LLVM_InitializeAllAsmPrinters();
            // Module-level inline asm (`module asm`) needs the assembly parsers.
            LLVM_InitializeAllAsmParsers();
        }
    });
}

/// Owns an LLVM context and collects its diagnostics (bitcode readers report through them;
/// without a handler LLVM would print and exit the process).
struct Context {
    raw: LLVMContextRef,
    // Boxed so its address, registered with LLVM, stays put when the Context moves.
    #[allow(clippy::box_collection)]
    diagnostics: Box<Vec<String>>,
}

extern "C" fn collect_diagnostic(info: LLVMDiagnosticInfoRef, sink: *mut c_void) {
    // SAFETY: `sink` is the Box<Vec<String>> registered in Context::new, alive for as long
    // as the context; `info` is valid for the duration of the callback.
    unsafe {
        let sink = &mut *(sink as *mut Vec<String>);
        let desc = LLVMGetDiagInfoDescription(info);
        if !desc.is_null() {
            let level = match LLVMGetDiagInfoSeverity(info) {
                LLVMDiagnosticSeverity::LLVMDSError => "error",
                LLVMDiagnosticSeverity::LLVMDSWarning => "warning",
                _ => "note",
            };
            sink.push(format!("{level}: {}", CStr::from_ptr(desc).to_string_lossy()));
            LLVMDisposeMessage(desc);
        }
    }
}

impl Context {
    fn new() -> Context {
        // SAFETY: creating a context has no preconditions.
        let raw = unsafe { LLVMContextCreate() };
        let mut diagnostics = Box::new(Vec::new());
        let sink: *mut Vec<String> = &mut *diagnostics;
        // SAFETY: the handler and its sink outlive the context (both dropped together, the
        // context first in Drop).
        unsafe { LLVMContextSetDiagnosticHandler(raw, Some(collect_diagnostic), sink as *mut c_void) };
        Context { raw, diagnostics }
    }
}

impl Drop for Context {
    fn drop(&mut self) {
        // SAFETY: the context is owned by us and every module in it was disposed before.
        unsafe { LLVMContextDispose(self.raw) };
    }
}

/// Takes an LLVM-allocated message and turns it into a String.
///
/// # Safety
/// `msg` must be null or a message allocated by LLVM that nothing else frees.
unsafe fn take_message(msg: *mut c_char) -> String {
    if msg.is_null() {
        return String::new();
    }
    let s = CStr::from_ptr(msg).to_string_lossy().into_owned();
    LLVMDisposeMessage(msg);
    s
}

/// Compiles `bytes` (named `name` in messages) to an object for `opts.arch`.
///
/// # Errors
/// A parse error names the file and line (`name:LINE:COL: error: ...`); verifier failures,
/// unknown targets and code generation failures are reported with LLVM's text.
pub fn compile(name: &str, bytes: &[u8], kind: IrKind, opts: &CompileOptions) -> Result<Compiled> {
    init_targets();
    let ctx = Context::new();
    let cname = CString::new(name).unwrap_or_else(|_| CString::new("<module>").unwrap());
    let mut notes = Vec::new();

    // SAFETY: every LLVM object below is created, used and disposed in this function, in the
    // context `ctx` that outlives them; pointers passed to LLVM point into live Rust buffers.
    unsafe {
        let buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(bytes.as_ptr() as *const c_char, bytes.len(), cname.as_ptr());
        let mut module: LLVMModuleRef = ptr::null_mut();
        let mut msg: *mut c_char = ptr::null_mut();
        match kind {
            IrKind::Text => {
                // Consumes `buf`.
                #[allow(deprecated)]
                let failed = llvm_sys::ir_reader::LLVMParseIRInContext(ctx.raw, buf, &mut module, &mut msg);
                if failed != 0 {
                    return Err(Error::InvalidIr { file: name.to_string(), message: take_message(msg) });
                }
            }
            IrKind::Bitcode => {
                let failed = llvm_sys::bit_reader::LLVMParseBitcodeInContext2(ctx.raw, buf, &mut module);
                LLVMDisposeMemoryBuffer(buf);
                if failed != 0 {
                    let message =
                        if ctx.diagnostics.is_empty() { "not valid LLVM bitcode".to_string() } else { ctx.diagnostics.join("; ") };
                    return Err(Error::InvalidBitcode { file: name.to_string(), message });
                }
            }
        }
        let module = ModuleGuard(module);

        let mut vmsg: *mut c_char = ptr::null_mut();
        if llvm_sys::analysis::LLVMVerifyModule(module.0, llvm_sys::analysis::LLVMVerifierFailureAction::LLVMReturnStatusAction, &mut vmsg)
            != 0
        {
            return Err(Error::InvalidIr { file: name.to_string(), message: format!("verifier: {}", take_message(vmsg).trim()) });
        }
        take_message(vmsg);

        let want = opts.arch.triple();
        let have = CStr::from_ptr(LLVMGetTarget(module.0)).to_string_lossy().into_owned();
        if have != want {
            if !have.is_empty() {
                notes.push(format!("{name}: module triple `{have}` retargeted to `{want}`"));
            }
            let t = CString::new(want).unwrap();
            LLVMSetTarget(module.0, t.as_ptr());
        }

        let tm = TargetMachineGuard::new(opts)?;
        let layout = LLVMCreateTargetDataLayout(tm.0);
        LLVMSetModuleDataLayout(module.0, layout);
        llvm_sys::target::LLVMDisposeTargetData(layout);

        if let Some(pipeline) = opts.passes.pipeline() {
            let pipeline = CString::new(pipeline).unwrap();
            let pbo = llvm_sys::transforms::pass_builder::LLVMCreatePassBuilderOptions();
            let err = llvm_sys::transforms::pass_builder::LLVMRunPasses(module.0, pipeline.as_ptr(), tm.0, pbo);
            llvm_sys::transforms::pass_builder::LLVMDisposePassBuilderOptions(pbo);
            if !err.is_null() {
                let m = llvm_sys::error::LLVMGetErrorMessage(err);
                return Err(Error::Compile { file: name.to_string(), message: take_message_err(m) });
            }
        }

        let mut out: LLVMMemoryBufferRef = ptr::null_mut();
        let mut emsg: *mut c_char = ptr::null_mut();
        if LLVMTargetMachineEmitToMemoryBuffer(tm.0, module.0, LLVMCodeGenFileType::LLVMObjectFile, &mut emsg, &mut out) != 0 {
            return Err(Error::Compile { file: name.to_string(), message: take_message(emsg) });
        }
        // Codegen reports some errors (module-level assembly the assembler rejects) only
        // as diagnostics and still emits an object: that object is not what was asked for.
        let errors: Vec<&String> = ctx.diagnostics.iter().filter(|d| d.starts_with("error: ")).collect();
        if !errors.is_empty() {
            LLVMDisposeMemoryBuffer(out);
            let message = errors.iter().map(|e| e.as_str()).collect::<Vec<_>>().join("; ");
            return Err(Error::Compile { file: name.to_string(), message });
        }
        let start = LLVMGetBufferStart(out) as *const u8;
        let len = LLVMGetBufferSize(out);
        let object = std::slice::from_raw_parts(start, len).to_vec();
        LLVMDisposeMemoryBuffer(out);
        drop(module);
        Ok(Compiled { object, notes })
    }
}

/// # Safety
/// `m` must be a message from `LLVMGetErrorMessage`.
unsafe fn take_message_err(m: *mut c_char) -> String {
    if m.is_null() {
        return String::new();
    }
    let s = CStr::from_ptr(m).to_string_lossy().into_owned();
    llvm_sys::error::LLVMDisposeErrorMessage(m);
    s
}

struct ModuleGuard(LLVMModuleRef);
impl Drop for ModuleGuard {
    fn drop(&mut self) {
        // SAFETY: the module is owned by this guard and disposed once.
        unsafe { LLVMDisposeModule(self.0) }
    }
}

struct TargetMachineGuard(LLVMTargetMachineRef);

impl TargetMachineGuard {
    fn new(opts: &CompileOptions) -> Result<Self> {
        let triple = CString::new(opts.arch.triple()).unwrap();
        let mut target: LLVMTargetRef = ptr::null_mut();
        let mut msg: *mut c_char = ptr::null_mut();
        // SAFETY: `triple` is a live C string; out-pointers are valid.
        unsafe {
            if LLVMGetTargetFromTriple(triple.as_ptr(), &mut target, &mut msg) != 0 {
                return Err(Error::Compile {
                    file: opts.arch.triple().to_string(),
                    message: format!("this LLVM has no target for the triple: {}", take_message(msg)),
                });
            }
            let level = match opts.opt_level {
                0 => LLVMCodeGenOptLevel::LLVMCodeGenLevelNone,
                1 => LLVMCodeGenOptLevel::LLVMCodeGenLevelLess,
                2 => LLVMCodeGenOptLevel::LLVMCodeGenLevelDefault,
                _ => LLVMCodeGenOptLevel::LLVMCodeGenLevelAggressive,
            };
            let reloc = match opts.reloc {
                RelocModel::Static => LLVMRelocMode::LLVMRelocStatic,
                RelocModel::Pic => LLVMRelocMode::LLVMRelocPIC,
            };
            let cm = match opts.code_model {
                CodeModel::Small => LLVMCodeModel::LLVMCodeModelSmall,
                CodeModel::Large => LLVMCodeModel::LLVMCodeModelLarge,
                CodeModel::Jit => LLVMCodeModel::LLVMCodeModelJITDefault,
            };
            let empty = CString::new("").unwrap();
            let cpu = CString::new(opts.cpu.as_str()).expect("CPU names hold no NUL");
            let tm = LLVMCreateTargetMachine(target, triple.as_ptr(), cpu.as_ptr(), empty.as_ptr(), level, reloc, cm);
            if tm.is_null() {
                return Err(Error::Compile {
                    file: opts.arch.triple().to_string(),
                    message: "LLVM could not create a target machine".into(),
                });
            }
            Ok(TargetMachineGuard(tm))
        }
    }
}

impl Drop for TargetMachineGuard {
    fn drop(&mut self) {
        // SAFETY: owned by this guard, disposed once.
        unsafe { LLVMDisposeTargetMachine(self.0) }
    }
}

/// The host's CPU as this LLVM names it (`LLVMGetHostCPUName`): what `--cpu host` means.
///
/// # Errors
/// When the name does not fit a [`Cpu`] (not seen with any LLVM).
pub fn host_cpu() -> std::result::Result<Cpu, String> {
    // SAFETY: no preconditions; the message is LLVM's to be freed by `take_message`.
    let name = unsafe { take_message(LLVMGetHostCPUName()) };
    Cpu::new(&name)
}

/// Whether this LLVM knows `cpu` for `arch`.
///
/// The C API has no query for it: LLVM takes any name and, when it does not know it, writes
/// "'NAME' is not a recognized processor for this target (ignoring processor)" to stderr and
/// generates code for the baseline. So this creates a target machine for `cpu` with stderr
/// (file descriptor 2) sent to a memory file for that moment, and looks for the complaint.
/// `generic` is always known. Anything else this process writes to stderr from another
/// thread at that moment is lost: callers are the CLI and tests.
pub fn cpu_is_known(arch: Arch, cpu: Cpu) -> bool {
    if cpu == Cpu::GENERIC {
        return true;
    }
    init_targets();
    let opts = CompileOptions { cpu, ..CompileOptions::at_level(arch, 0) };
    let (made, said) = with_stderr_captured(|| TargetMachineGuard::new(&opts).map(drop));
    made.is_ok() && !said.contains("not a recognized processor")
}

/// Runs `f` with file descriptor 2 pointed at a memory file; returns what was written there.
/// When the redirection cannot be set up, `f` runs with stderr as it is (and "" comes back).
fn with_stderr_captured<T>(f: impl FnOnce() -> T) -> (T, String) {
    use std::io::{Read, Seek};
    use std::os::fd::FromRawFd;
    // One redirection at a time in this process.
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _held = LOCK.lock().unwrap_or_else(|p| p.into_inner());
    // SAFETY: memfd_create takes a NUL-terminated name and flags; it returns a new fd or -1.
    let mem = unsafe { libc::memfd_create(c"jitharness-stderr".as_ptr(), libc::MFD_CLOEXEC) };
    if mem < 0 {
        return (f(), String::new());
    }
    // SAFETY: `mem` is a file descriptor just created and owned by nothing else.
    let mut file = unsafe { std::fs::File::from_raw_fd(mem) };
    // SAFETY: dup of fd 2 returns a new descriptor (or -1), which we close below.
    let saved = unsafe { libc::dup(2) };
    // SAFETY: both descriptors are open; dup2 atomically makes fd 2 refer to the memory file.
    if saved < 0 || unsafe { libc::dup2(mem, 2) } < 0 {
        if saved >= 0 {
            // SAFETY: `saved` is ours.
            unsafe { libc::close(saved) };
        }
        return (f(), String::new());
    }
    let out = f();
    // SAFETY: `saved` is the original stderr, still open; restoring it and closing our copy.
    unsafe {
        libc::dup2(saved, 2);
        libc::close(saved);
    }
    let mut said = String::new();
    let _ = file.rewind().and_then(|_| file.read_to_string(&mut said));
    (out, said)
}

/// Parses IR text and writes it back as bitcode (for tools and tests that need `.bc` input).
///
/// # Errors
/// As [`compile`] for parse and verifier errors.
pub fn ir_to_bitcode(name: &str, text: &[u8]) -> Result<Vec<u8>> {
    let ctx = Context::new();
    let cname = CString::new(name).unwrap_or_else(|_| CString::new("<module>").unwrap());
    // SAFETY: as in `compile`: all objects are local, owned and disposed here.
    unsafe {
        let buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(text.as_ptr() as *const c_char, text.len(), cname.as_ptr());
        let mut module: LLVMModuleRef = ptr::null_mut();
        let mut msg: *mut c_char = ptr::null_mut();
        #[allow(deprecated)]
        let failed = llvm_sys::ir_reader::LLVMParseIRInContext(ctx.raw, buf, &mut module, &mut msg);
        if failed != 0 {
            return Err(Error::InvalidIr { file: name.to_string(), message: take_message(msg) });
        }
        let module = ModuleGuard(module);
        let out = llvm_sys::bit_writer::LLVMWriteBitcodeToMemoryBuffer(module.0);
        let bytes = std::slice::from_raw_parts(LLVMGetBufferStart(out) as *const u8, LLVMGetBufferSize(out)).to_vec();
        LLVMDisposeMemoryBuffer(out);
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_json_from_before_the_pipeline_was_recorded_keeps_its_meaning() {
        for level in 0..=3u8 {
            let old = format!(r#"{{"arch":"x86_64","opt_level":{level},"reloc":"static","code_model":"jit"}}"#);
            let o: CompileOptions = serde_json::from_str(&old).unwrap_or_else(|e| panic!("{old}: {e}"));
            assert_eq!(o.passes, Passes::at_level(level), "old JSON at {level} ran default<O{level}> (none at 0)");
            assert_eq!((o.opt_level, o.cpu), (level, Cpu::GENERIC), "{old}");
        }
        assert_eq!(Passes::at_level(0), Passes::None);
    }

    #[test]
    fn options_round_trip_with_pipeline_level_and_cpu() {
        let o =
            CompileOptions { passes: Passes::None, opt_level: 3, cpu: Cpu::new("skylake").unwrap(), ..CompileOptions::new(Arch::X86_64) };
        let text = serde_json::to_string(&o).unwrap();
        assert!(text.contains(r#""passes":"none""#) && text.contains(r#""opt_level":3"#) && text.contains(r#""cpu":"skylake""#), "{text}");
        assert_eq!(serde_json::from_str::<CompileOptions>(&text).unwrap(), o, "{text}");
        let o2 = CompileOptions { passes: Passes::O2, ..o };
        assert!(serde_json::to_string(&o2).unwrap().contains(r#""passes":"O2""#));
        assert_eq!(o.describe(), "passes none, codegen -O3, cpu skylake, static relocations, jit code model");
    }

    #[test]
    fn explicit_settings_override_and_opt_alone_keeps_the_old_pipeline() {
        let base = CompileOptions::new(Arch::X86_64);
        assert_eq!(ExplicitCodegen::default().apply(base), base, "nothing given: the defaults");
        let o1 = ExplicitCodegen { opt_level: Some(1), ..Default::default() }.apply(base);
        assert_eq!((o1.passes, o1.opt_level), (Passes::O1, 1), "--opt 1 alone: default<O1> and -O1, as before");
        let o0 = ExplicitCodegen { opt_level: Some(0), ..Default::default() }.apply(base);
        assert_eq!((o0.passes, o0.opt_level), (Passes::None, 0), "--opt 0 alone: no passes");
        let split = ExplicitCodegen { passes: Some(Passes::O3), opt_level: Some(0), cpu: None }.apply(base);
        assert_eq!((split.passes, split.opt_level), (Passes::O3, 0), "--passes O3 --opt 0: the two knobs apart");
        let none = ExplicitCodegen { passes: Some(Passes::None), ..Default::default() }.apply(base);
        assert_eq!((none.passes, none.opt_level), (Passes::None, 2), "--passes none keeps codegen at the default 2");
        let cpu = Cpu::new("znver3").unwrap();
        assert_eq!(ExplicitCodegen { cpu: Some(cpu), ..Default::default() }.apply(base).cpu, cpu);
    }

    #[test]
    fn cpu_names_are_checked_and_kept_inline() {
        assert_eq!(Cpu::new("neoverse-n1").unwrap().as_str(), "neoverse-n1");
        assert_eq!(Cpu::default(), Cpu::GENERIC);
        assert_eq!(Cpu::GENERIC.as_str(), "generic");
        assert!(Cpu::new("").is_err());
        assert!(Cpu::new("a b").unwrap_err().contains("`a b`"));
        assert!(Cpu::new(&"x".repeat(CPU_NAME_MAX + 1)).is_err());
        assert!(Cpu::new(&"x".repeat(CPU_NAME_MAX)).is_ok());
        assert!(serde_json::from_str::<Cpu>(r#""bad name""#).is_err());
    }

    #[test]
    fn this_llvm_knows_real_cpus_and_not_made_up_ones() {
        let known = |arch, name: &str| cpu_is_known(arch, Cpu::new(name).unwrap());
        assert!(known(Arch::X86_64, "generic"), "generic");
        assert!(known(Arch::X86_64, "skylake"), "x86_64 skylake");
        assert!(known(Arch::Aarch64, "cortex-a72"), "aarch64 cortex-a72");
        assert!(!known(Arch::X86_64, "no-such-cpu-9"), "made-up name on x86_64");
        assert!(!known(Arch::X86_64, "cortex-a72"), "an aarch64 CPU is not an x86_64 one");
        assert!(!known(Arch::Aarch64, "skylake"), "an x86_64 CPU is not an aarch64 one");
        let host = host_cpu().expect("the host CPU has a name");
        assert!(cpu_is_known(Arch::host(), host), "this LLVM knows its own host CPU `{host}`");
    }
}
