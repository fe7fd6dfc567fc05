//! Everything that crosses into LLVM's C++ API: the one cxx bridge (`bridge.rs`), the Rust
//! functions LLVM calls back (`callbacks.rs`), what this LLVM offers (`caps.rs`) and what it is
//! known to get wrong (`defects.rs`). (The C API, used for compiling, is in `compile.rs`
//! through llvm-sys.)

pub(crate) mod bridge;
pub(crate) mod callbacks;
pub mod caps;
pub mod defects;
