//! Everything that crosses into LLVM's C++ API: the one cxx bridge (`bridge.rs`), the Rust
//! functions LLVM calls back (`callbacks.rs`) and what this LLVM offers (`caps.rs`). (The C
//! API, used for compiling, is in `compile.rs` through llvm-sys.)

pub(crate) mod bridge;
pub(crate) mod callbacks;
pub mod caps;
