// Shim-wide functions Rust calls directly (not tied to one session).
#pragma once

#include <cstdint>

namespace jitharness {

struct Capabilities;

/// What this LLVM offers that the harness branches on: the JITHARNESS_* capabilities of
/// llvm_compat.h, the one place they are decided.
Capabilities capabilities();

/// LLVM's instruction-cache invalidation over [addr, addr + size). Rust decides when it runs
/// (src/llvm/callbacks.rs: after the code is written and made executable, before it is
/// handed out); nothing in the shim calls it.
void flush_instruction_cache(uint64_t addr, uint64_t size);

} // namespace jitharness
