//! jitharness: links the same LLVM JIT modules through RuntimeDyld and ORC/JITLink backends,
//! records where every section landed, audits every relocation, runs the result and checks it.
//!
//! The tree reads as the pipeline, with memory and running beside it:
//!
//! ```text
//!  source/            compile.rs         backend/                 audit/              diff/       report/
//!  inputs (.ll .bc    IR → object   ──▶  one trait LinkBackend ─▶ every fixup of  ──▶ backends ─▶ JSON, text
//!  .o), workloads/ ─▶ (llvm-sys          rtdyld.rs, jitlink.rs    every object vs     compared,   repro/ (9001,
//!  capture, trap,     TargetMachine)     layout.rs, resolve.rs    the linked bytes    corpus      the demo)
//!  externals, rename                       │                                                      bench/ (+ report/)
//!                                          ├── llvm/   the cxx bridge ⇄ cpp/ (thin C++ shim), callbacks,
//!                                          │           capabilities, the known-defect table
//!                                          └── memory/ OS calls (sys), placement, cross-mode addresses, per-graph
//!                                                      placement (graphs), the Rust slab
//!  embed/: a session for a program that embeds the harness (Numba, through python/jitharness),
//!          and its C ABI
//!  numba/: Numba programs and Numba's own tests run with a backend as Numba's JIT linker
//!  run/: a job as data (job), run here (session, call) or in a worker process (worker, journal),
//!        natively or as the aarch64 build under qemu-user (exec)
//!  bin/jitharness/: the CLI — clap definitions and one short file per command
//! ```
//!
//! Unsafe code and FFI live in `llvm/` (the bridge and its callbacks), `compile.rs` (llvm-sys
//! calls), `memory/` (system calls; the slab's memory), `run/call.rs` (calling linked entry
//! points), `backend/resolve.rs` (`dlsym`), `embed/capi.rs` (the C ABI) and `audit/memory.rs` (reading linked memory); each
//! block says why it is sound. `docs/architecture.md` draws the same picture.

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
pub mod embed;
pub mod error;
pub mod llvm;
pub mod matrix;
pub mod memory;
pub mod numba;
pub mod report;
pub mod repro;
pub mod run;
pub mod shard;
pub mod source;
pub mod target;

pub use error::{Error, Result};
