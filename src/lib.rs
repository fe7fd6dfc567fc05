//! jitharness: links the same LLVM JIT modules through RuntimeDyld and ORC/JITLink backends,
//! records where every section landed, runs the result and checks it.
//!
//! The crate reads as its pipeline:
//!
//! ```text
//!  module sources        compile              link backends             results
//!  ───────────────       ─────────────        ─────────────────         ──────────────────
//!  .ll / .bc / .o   ──▶  compile.rs      ──▶  backend/ (one trait:  ──▶  layout.rs (sections)
//!  source/workloads      (llvm-sys           LinkBackend)               job.rs (calls, checks)
//!  (generated IR)         TargetMachine)      rtdyld-stock, ...          report.rs (JSON / text)
//!                                              │
//!                                              └── ffi.rs ⇄ cpp/ (cxx bridge, thin C++ shim)
//!                                                  resolve.rs answers symbol lookups
//!  exec.rs: where a job runs (natively, or the aarch64 build under qemu-user)
//! ```
//!
//! Unsafe code lives in `ffi.rs` (the bridge), `compile.rs` (llvm-sys calls), `job.rs`
//! (calling linked entry points) and `resolve.rs` (`dlsym`); each block says why it is sound.

#[cfg(feature = "llvm14")]
pub(crate) use llvm_sys_14 as llvm_sys;
#[cfg(feature = "llvm15")]
pub(crate) use llvm_sys_15 as llvm_sys;
#[cfg(feature = "llvm16")]
pub(crate) use llvm_sys_16 as llvm_sys;
#[cfg(feature = "llvm19")]
pub(crate) use llvm_sys_19 as llvm_sys;
#[cfg(feature = "llvm22")]
pub(crate) use llvm_sys_22 as llvm_sys;

/// `writeln!` into a `String` (which cannot fail), for the text renderers.
macro_rules! wl {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        writeln!($out, $($arg)*).expect("writing to a String")
    }};
}

/// `write!` into a `String` (which cannot fail).
macro_rules! w {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        write!($out, $($arg)*).expect("writing to a String")
    }};
}

pub mod audit;
pub mod backend;
pub mod bench;
pub mod compile;
pub mod diff;
pub mod error;
pub mod llvm;
pub mod memory;
pub mod report;
pub mod repro;
pub mod run;
pub mod source;
pub mod target;

pub use error::{Error, Result};
