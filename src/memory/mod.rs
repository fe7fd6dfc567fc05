//! JIT memory beside the linkers: where mappings go (`placement`) and the Rust slab that
//! `rtdyld-rust` and `jitlink-rust` allocate from (`slab`). Knows nothing about LLVM.

pub mod placement;
pub mod slab;
