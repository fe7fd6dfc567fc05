//! The C ABI of an embedded session, for `python/jitharness` (ctypes) and any other embedder.
//!
//! Conventions: strings are NUL-terminated UTF-8; a call that can fail returns a negative
//! status (or a null handle) and leaves the message for [`jh_last_error`] on the calling
//! thread; strings the library returns are freed with [`jh_free_string`]. A panic never
//! crosses this boundary: it becomes an error. Calls on one handle must not overlap (the
//! Python wrapper holds a lock around each).

use super::{EmbedOptions, Embedded};
use std::cell::RefCell;
use std::ffi::{c_char, c_void, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The embedder's symbol lookup: a name → its address, or null (llvmlite's
/// `LLVMPY_SearchAddressOfSymbol` has this shape).
pub type LookupFn = unsafe extern "C" fn(*const c_char) -> *mut c_void;

thread_local! {
    static LAST_ERROR: RefCell<CString> = RefCell::new(CString::default());
}

fn set_error(message: String) {
    let c = CString::new(message.replace('\0', "\\0")).unwrap_or_default();
    LAST_ERROR.with(|e| *e.borrow_mut() = c);
}

/// Runs `f`, turning an error or a panic into `fail` with the message kept for
/// `jh_last_error`.
fn guarded<T>(fail: T, f: impl FnOnce() -> Result<T, String>) -> T {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(v)) => v,
        Ok(Err(m)) => {
            set_error(m);
            fail
        }
        Err(p) => {
            let m = p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()));
            set_error(format!("jitharness panicked: {}", m.unwrap_or_default()));
            fail
        }
    }
}

/// A C string argument as `&str`.
///
/// # Safety
/// `p` is null or a NUL-terminated string that outlives the call.
unsafe fn arg<'a>(p: *const c_char, what: &str) -> Result<&'a str, String> {
    if p.is_null() {
        return Err(format!("{what} is null"));
    }
    // SAFETY: the caller's promise above.
    unsafe { CStr::from_ptr(p) }.to_str().map_err(|_| format!("{what} is not UTF-8"))
}

/// # Safety
/// `h` is null or a handle from `jh_open` not yet closed, used by one thread at a time.
unsafe fn session<'a>(h: *mut Embedded) -> Result<&'a mut Embedded, String> {
    // SAFETY: the caller's promise above.
    unsafe { h.as_mut() }.ok_or_else(|| "the session handle is null".to_string())
}

fn out_string(s: String) -> *mut c_char {
    CString::new(s).map(CString::into_raw).unwrap_or(std::ptr::null_mut())
}

/// The message of the last failed call on this thread (empty if none); valid until the next
/// call on this thread.
#[no_mangle]
pub extern "C" fn jh_last_error() -> *const c_char {
    LAST_ERROR.with(|e| e.borrow().as_ptr())
}

/// Frees a string this library returned.
///
/// # Safety
/// `s` is null or a string from this library, not freed before.
#[no_mangle]
pub unsafe extern "C" fn jh_free_string(s: *mut c_char) {
    if !s.is_null() {
        // SAFETY: the caller's promise: `s` came from `CString::into_raw` here.
        drop(unsafe { CString::from_raw(s) });
    }
}

/// What this library is, as JSON: version, LLVM, architecture, backends and whether each is
/// available here (with the reason when not).
#[no_mangle]
pub extern "C" fn jh_about() -> *mut c_char {
    guarded(std::ptr::null_mut(), || {
        let backends: Vec<serde_json::Value> = crate::backend::BackendKind::ALL
            .iter()
            .map(|k| serde_json::json!({"name": k.name(), "unavailable": k.availability().err()}))
            .collect();
        let v = serde_json::json!({
            "harness": env!("CARGO_PKG_VERSION"),
            "llvm": crate::compile::llvm_version(),
            "arch": crate::target::Arch::host(),
            "schema": super::EMBED_SCHEMA,
            "backends": backends,
        });
        Ok(out_string(v.to_string()))
    })
}

/// Opens a session. `options` is JSON (`EmbedOptions`: `backend`, `audit`, `placement`,
/// `slab_size`, `debugger`); `lookup` may be null.
///
/// # Safety
/// `options` is a NUL-terminated string; `lookup`, if not null, may be called with any
/// NUL-terminated name for as long as the session lives.
#[no_mangle]
pub unsafe extern "C" fn jh_open(options: *const c_char, lookup: Option<LookupFn>) -> *mut Embedded {
    guarded(std::ptr::null_mut(), || {
        // SAFETY: the caller's promise above.
        let text = unsafe { arg(options, "options") }?;
        let opts: EmbedOptions = serde_json::from_str(text).map_err(|e| format!("session options {text}: {e}"))?;
        let lookup = lookup.map(|f| -> crate::backend::resolve::EmbedderLookup {
            Box::new(move |name: &str| {
                let c = CString::new(name).ok()?;
                // SAFETY: the embedder promised `f` takes any NUL-terminated name while the
                // session lives; the resolver (and so this closure) lives no longer.
                let p = unsafe { f(c.as_ptr()) };
                (!p.is_null()).then_some(p as u64)
            })
        });
        let s = Embedded::open(opts, lookup).map_err(|e| e.to_string())?;
        Ok(Box::into_raw(Box::new(s)))
    })
}

/// Closes a session: its code and data are unmapped (where the backend can) and must not run
/// again.
///
/// # Safety
/// `h` is null or a handle from `jh_open` not closed before.
#[no_mangle]
pub unsafe extern "C" fn jh_close(h: *mut Embedded) {
    if !h.is_null() {
        guarded((), || {
            // SAFETY: the caller's promise: the handle came from `Box::into_raw` in `jh_open`.
            drop(unsafe { Box::from_raw(h) });
            Ok(())
        })
    }
}

/// Puts symbol `name` at `addr` for objects linked from now on. Returns 0, or -1.
///
/// # Safety
/// See `session` and `arg`.
#[no_mangle]
pub unsafe extern "C" fn jh_define(h: *mut Embedded, name: *const c_char, addr: u64) -> i32 {
    guarded(-1, || {
        // SAFETY: the caller's promises.
        let (s, name) = unsafe { (session(h)?, arg(name, "symbol name")?) };
        s.define(name, addr);
        Ok(0)
    })
}

/// Adds an object (`len` bytes at `bytes`, named `name` in errors and reports). Returns its
/// id, or -1.
///
/// # Safety
/// See `session` and `arg`; `bytes` points at `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn jh_add_object(h: *mut Embedded, name: *const c_char, bytes: *const u8, len: usize) -> i64 {
    guarded(-1, || {
        // SAFETY: the caller's promises.
        let (s, name) = unsafe { (session(h)?, arg(name, "object name")?) };
        if bytes.is_null() {
            return Err(format!("{name}: the object's bytes are null"));
        }
        // SAFETY: the caller's promise: `len` readable bytes at `bytes`; they are copied.
        let data = unsafe { std::slice::from_raw_parts(bytes, len) }.to_vec();
        s.add_object(name, data).map(i64::from).map_err(|e| e.to_string())
    })
}

/// Links everything added since the last finalize. Returns 0, or -1.
///
/// # Safety
/// See `session`.
#[no_mangle]
pub unsafe extern "C" fn jh_finalize(h: *mut Embedded) -> i32 {
    guarded(-1, || {
        // SAFETY: the caller's promise.
        let s = unsafe { session(h) }?;
        s.finalize().map(|()| 0).map_err(|e| e.to_string())
    })
}

/// The address of a symbol a live object defines, or 0.
///
/// # Safety
/// See `session` and `arg`.
#[no_mangle]
pub unsafe extern "C" fn jh_lookup(h: *mut Embedded, name: *const c_char) -> u64 {
    guarded(0, || {
        // SAFETY: the caller's promises.
        let (s, name) = unsafe { (session(h)?, arg(name, "symbol name")?) };
        Ok(s.lookup(name).unwrap_or(0))
    })
}

/// Removes object `id`. Returns 0, or -1 (RuntimeDyld cannot unload: the message says so).
///
/// # Safety
/// See `session`.
#[no_mangle]
pub unsafe extern "C" fn jh_remove(h: *mut Embedded, id: u32) -> i32 {
    guarded(-1, || {
        // SAFETY: the caller's promise.
        let s = unsafe { session(h) }?;
        s.remove(id).map(|()| 0).map_err(|e| e.to_string())
    })
}

/// The session's report as JSON (`EmbedReport`), or null.
///
/// # Safety
/// See `session`.
#[no_mangle]
pub unsafe extern "C" fn jh_report(h: *mut Embedded) -> *mut c_char {
    guarded(std::ptr::null_mut(), || {
        // SAFETY: the caller's promise.
        let s = unsafe { session(h) }?;
        serde_json::to_string(&s.report()).map(out_string).map_err(|e| e.to_string())
    })
}
