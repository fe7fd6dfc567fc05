//! IR (text or bitcode) → relocatable object, in memory, through llvm-sys's TargetMachine.
//!
//! This is the only place the harness compiles. It mirrors what an MCJIT client such as
//! llvmlite does: parse, verify, retarget to the requested triple, run the default new-PM
//! pipeline for the opt level, and emit an ELF object with the chosen relocation and code
//! model (by default the JIT code model, which is what Numba's MCJIT gets).

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

/// How to compile IR into an object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompileOptions {
    pub arch: Arch,
    pub opt_level: u8,
    pub reloc: RelocModel,
    pub code_model: CodeModel,
}

impl CompileOptions {
    pub fn new(arch: Arch) -> Self {
        CompileOptions { arch, opt_level: 2, reloc: RelocModel::Static, code_model: CodeModel::Jit }
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

        if opts.opt_level > 0 {
            let pipeline = CString::new(format!("default<O{}>", opts.opt_level)).unwrap();
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
            let cpu = CString::new("generic").unwrap();
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
