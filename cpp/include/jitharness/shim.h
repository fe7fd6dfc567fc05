// Shim-wide functions Rust calls directly (not tied to one session).
#pragma once

#include <chrono>
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

/// Adds the time from its construction to its destruction to `total` (ns): how the shims
/// account for the time inside a call they forward.
class Stopwatch {
public:
  explicit Stopwatch(uint64_t &total) : total_(total), start_(std::chrono::steady_clock::now()) {}
  Stopwatch(const Stopwatch &) = delete;
  Stopwatch &operator=(const Stopwatch &) = delete;
  ~Stopwatch() { total_ += elapsed_ns(start_); }

  static uint64_t elapsed_ns(std::chrono::steady_clock::time_point since) {
    return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                     std::chrono::steady_clock::now() - since)
                                     .count());
  }

private:
  uint64_t &total_;
  std::chrono::steady_clock::time_point start_;
};

} // namespace jitharness
