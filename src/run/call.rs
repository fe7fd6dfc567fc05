//! Calling linked code: entry points as `i64(i64...)`, and the trap that unresolved symbols
//! are bound to.

use crate::backend::LinkBackend;
use crate::error::{Error, Result};
use crate::report::*;
use crate::run::job::CallSpec;
use crate::source::workloads;
use std::collections::BTreeMap;
use std::ffi::{c_char, CStr};

pub(crate) fn call(session: &dyn LinkBackend, iteration: u32, spec: &CallSpec, will_run: bool) -> Result<CallReport> {
    let addr = session.lookup(&spec.symbol).ok_or_else(|| Error::MissingSymbol(spec.symbol.clone()))?;
    if spec.args.len() > 6 {
        return Err(Error::Usage(format!("{}: at most 6 arguments can be passed", spec.symbol)));
    }
    let mut r = CallReport {
        iteration,
        symbol: spec.symbol.clone(),
        args: spec.args.clone(),
        address: Some(addr.target),
        expected: spec.expected,
        actual: None,
        status: CallStatus::NotRun,
    };
    if will_run {
        // SAFETY: the symbol was linked and finalized by the session for this process's
        // architecture; the workload generator (or the user, with --call) promises the
        // signature `i64(i64, ...)` with this many arguments. If the promise is wrong the
        // process may crash, which is why jobs can run in isolated workers.
        let v = unsafe { call_i64(addr.host, &spec.args) };
        r.actual = Some(v);
        r.status = match spec.expected {
            Some(e) if e == v => CallStatus::Pass,
            Some(_) => CallStatus::Fail,
            None => CallStatus::Returned,
        };
    }
    Ok(r)
}

/// Runs the static constructors or destructors at `fns` (from `init::entries`), in order.
pub(crate) fn run_init_functions(fns: &[u64]) {
    for &f in fns {
        // SAFETY: each address is an entry of a constructor or destructor table the compiler
        // emitted (`void (*)(void)` by LLVM's definition of llvm.global_ctors/dtors), linked
        // and finalized for this process. A wrong entry may crash the process, which is why
        // jobs run in isolated workers.
        unsafe {
            let f: extern "C" fn() = std::mem::transmute::<*const (), extern "C" fn()>(f as usize as *const ());
            f();
        }
    }
}

/// Calls the function at `addr` as `extern "C" fn(i64, ...) -> i64`.
///
/// # Safety
/// `addr` must be executable code of this process with that signature and `args.len()`
/// parameters (0..=6).
unsafe fn call_i64(addr: u64, args: &[i64]) -> i64 {
    type F0 = extern "C" fn() -> i64;
    type F1 = extern "C" fn(i64) -> i64;
    type F2 = extern "C" fn(i64, i64) -> i64;
    type F3 = extern "C" fn(i64, i64, i64) -> i64;
    type F4 = extern "C" fn(i64, i64, i64, i64) -> i64;
    type F5 = extern "C" fn(i64, i64, i64, i64, i64) -> i64;
    type F6 = extern "C" fn(i64, i64, i64, i64, i64, i64) -> i64;
    let p = addr as usize as *const ();
    let a = args;
    match a.len() {
        0 => std::mem::transmute::<*const (), F0>(p)(),
        1 => std::mem::transmute::<*const (), F1>(p)(a[0]),
        2 => std::mem::transmute::<*const (), F2>(p)(a[0], a[1]),
        3 => std::mem::transmute::<*const (), F3>(p)(a[0], a[1], a[2]),
        4 => std::mem::transmute::<*const (), F4>(p)(a[0], a[1], a[2], a[3]),
        5 => std::mem::transmute::<*const (), F5>(p)(a[0], a[1], a[2], a[3], a[4]),
        _ => std::mem::transmute::<*const (), F6>(p)(a[0], a[1], a[2], a[3], a[4], a[5]),
    }
}

/// Exit status of a process that called a trap stub.
pub const TRAP_EXIT_CODE: i32 = 86;

/// What a trap stub prints before the symbol's name (in backquotes) on stderr.
pub const TRAP_MESSAGE: &str = "jitharness: called unresolved symbol ";

/// What a trap stub calls: reports the unresolved symbol and ends the job.
extern "C" fn jitharness_trap(name: *const c_char) -> ! {
    // SAFETY: trap stubs pass a pointer to their own NUL-terminated name constant.
    let name = unsafe { CStr::from_ptr(name) }.to_string_lossy();
    eprintln!("{TRAP_MESSAGE}`{name}` (bound to a trap stub: by --stub-unresolved, or where --externals models it)");
    std::process::exit(TRAP_EXIT_CODE)
}

/// The harness's own symbol table: the trap function and the workloads' helpers.
pub fn harness_table() -> BTreeMap<String, u64> {
    let mut t: BTreeMap<String, u64> = workloads::harness_symbols().into_iter().map(|(n, a)| (n.to_string(), a as u64)).collect();
    t.insert("jitharness_trap".into(), jitharness_trap as *const () as usize as u64);
    t
}

// The unwinder's C interface (libgcc_s, which every Rust program on linux-gnu links).
#[repr(C)]
struct UnwindContext {
    _opaque: [u8; 0],
}
type UnwindTraceFn = extern "C" fn(*mut UnwindContext, *mut std::ffi::c_void) -> std::ffi::c_int;
extern "C" {
    fn _Unwind_Backtrace(trace: UnwindTraceFn, arg: *mut std::ffi::c_void) -> std::ffi::c_int;
    fn _Unwind_GetIP(ctx: *mut UnwindContext) -> usize;
}

/// Frames of the current stack the unwinder walks through whose code belongs to no loaded
/// ELF object (`dladdr` knows nothing of it): JIT code. The walk stops where the unwinder
/// finds no unwind information for a frame, so JIT frames whose `.eh_frame` was not
/// registered end it: a caller of this through N registered JIT frames sees N, through
/// unregistered ones 1 (the first, found from the return address, but not its caller).
pub(crate) fn count_jit_frames() -> i64 {
    struct Walk {
        jit: i64,
        frames: u32,
    }
    extern "C" fn each(ctx: *mut UnwindContext, arg: *mut std::ffi::c_void) -> std::ffi::c_int {
        // SAFETY: `arg` is the `Walk` passed to _Unwind_Backtrace below, alive for the whole
        // walk and used by nobody else meanwhile; `ctx` is the unwinder's frame context.
        let walk = unsafe { &mut *(arg as *mut Walk) };
        // SAFETY: `ctx` is the context the unwinder passes to this callback.
        let ip = unsafe { _Unwind_GetIP(ctx) };
        let mut info = std::mem::MaybeUninit::<libc::Dl_info>::zeroed();
        // SAFETY: dladdr only reads the address and writes `info`.
        let known = unsafe { libc::dladdr(ip.saturating_sub(1) as *const std::ffi::c_void, info.as_mut_ptr()) } != 0;
        if !known && ip != 0 {
            walk.jit += 1;
        }
        walk.frames += 1;
        // _URC_NO_REASON (0) continues; anything else stops after 256 frames.
        if walk.frames < 256 {
            0
        } else {
            9
        }
    }
    let mut walk = Walk { jit: 0, frames: 0 };
    // SAFETY: the callback only touches `walk`, which outlives the call.
    unsafe { _Unwind_Backtrace(each, &mut walk as *mut Walk as *mut std::ffi::c_void) };
    walk.jit
}
