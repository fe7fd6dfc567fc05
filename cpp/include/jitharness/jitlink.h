// ORC/JITLink sessions for the `jitlink-*` backends.
//
// The shim drives ORC (an ExecutionSession, one JITDylib, an ObjectLinkingLayer) and
// records what JITLink did: every block of every linked graph, after fixups. Symbols it
// cannot find in the session are asked of Rust; every decision about results is Rust's.
#pragma once

#include "rust/cxx.h"

#include <cstdint>
#include <memory>

namespace jitharness {

struct BlockRecord;
struct PhaseTime;
struct ResolverHandle;
struct SlabHandle;
struct CrossHandle;
struct GraphSpacerHandle;

class JitlinkSession;

/// ORC + JITLink with the executor's default memory manager, as LLJIT sets it up
/// (InProcessMemoryManager: one mapping per graph); Rust hears of each graph's mapping.
/// `debugger` (in all three in-process factories): each graph is also registered with the GDB
/// JIT interface through LLVM's debug-object plugin.
std::unique_ptr<JitlinkSession> new_jitlink_default(rust::Box<ResolverHandle> resolver,
                                                    rust::Box<GraphSpacerHandle> spacer,
                                                    bool debugger);

/// `jitlink-default` in cross mode: one reservation per graph at target addresses Rust
/// chooses.
std::unique_ptr<JitlinkSession> new_jitlink_default_cross(rust::Box<ResolverHandle> resolver,
                                                          rust::Box<CrossHandle> arena);

/// ORC + JITLink with LLVM's own slab (MapperJITLinkMemoryManager; the slab_memory_manager
/// capability: Rust reports the backend unsupported without it).
std::unique_ptr<JitlinkSession> new_jitlink_slab(rust::Box<ResolverHandle> resolver,
                                                 uint64_t slab_size, bool debugger);

/// `jitlink-slab` in cross mode: LLVM's slab manager over a mapper whose reservations are
/// at target addresses Rust chooses (the memory_mapper capability; throws without it).
std::unique_ptr<JitlinkSession> new_jitlink_slab_cross(rust::Box<ResolverHandle> resolver,
                                                       rust::Box<CrossHandle> arena,
                                                       uint64_t slab_size);

/// ORC + JITLink with memory from the Rust slab (src/memory/slab/).
std::unique_ptr<JitlinkSession> new_jitlink_rust(rust::Box<ResolverHandle> resolver,
                                                 rust::Box<SlabHandle> slab, bool debugger);

class JitlinkSession {
public:
  ~JitlinkSession();

  /// What memory manager the session uses.
  rust::String memory_manager() const;

  /// The debug-object plugin registering graphs with the GDB JIT interface, empty if none.
  rust::String debug_plugin() const;

  /// Adds one relocatable object under `name`, under a resource tracker of its own; returns
  /// the tracker's index. Throws with ORC's error text (e.g. a duplicate definition).
  uint64_t add_object(rust::Str name, rust::Slice<const uint8_t> bytes);

  /// Removes the object added under tracker `tracker`: its symbols, its memory (through the
  /// memory manager's deallocate), its EH-frame registration. Throws with ORC's errors.
  void remove_object(uint64_t tracker);

  /// Looks the symbols up, which links (materializes) the objects defining them. Throws
  /// with every error JITLink and ORC reported.
  void materialize(rust::Slice<const rust::String> names);

  /// Address of a symbol the session defines (linking it if needed), 0 if none.
  uint64_t lookup(rust::Str name) const;

  /// Blocks of the graphs linked since the last call.
  rust::Vec<BlockRecord> take_blocks();

  /// Where the time of every `materialize` since the session opened went, by JITLink phase
  /// (marks at the edges of JITLink's pass lists; the phases add up to the time spent in
  /// `materialize`), and the harness's own parts of it (its plugins' passes, its resolver).
  rust::Vec<PhaseTime> phase_times() const;

  struct Impl;
  // Impl is defined only in jitlink.cpp: only the factories there can make one.
  explicit JitlinkSession(std::unique_ptr<Impl> impl);

private:
  std::unique_ptr<Impl> impl_;
};

} // namespace jitharness
