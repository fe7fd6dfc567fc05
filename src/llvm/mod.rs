//! Everything that crosses into LLVM's C++ API: the one cxx bridge and the Rust side of its
//! callbacks. (The C API, used for compiling, is in `compile.rs` through llvm-sys.)

pub(crate) mod bridge;
pub mod defects;
