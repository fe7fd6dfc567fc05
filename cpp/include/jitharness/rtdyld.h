// RuntimeDyld sessions for the `rtdyld-*` backends.
//
// The shim only drives RuntimeDyld and records what it did: which sections it asked memory
// for and where they went. Symbol resolution policy, placement of target addresses and
// every decision about results live in Rust (src/backend/).
#pragma once

#include "rust/cxx.h"

#include <cstdint>
#include <memory>

namespace jitharness {

struct AllocationRecord;
struct ObjectSectionAddress;
struct ResolverHandle;
struct MapperHandle;
struct SlabHandle;

class RtdyldSession;

/// RuntimeDyld + LLVM's SectionMemoryManager, allocation logic untouched; the mappings it
/// asks for go through its MemoryMapper hook to Rust (placement policy).
/// With `reserve`, SectionMemoryManager's ReserveAlloc option (one block per object), where
/// this LLVM has it (the reserve_alloc capability). With `register_gdb`, every loaded object
/// is registered with the GDB JIT interface, as MCJIT registers its objects.
std::unique_ptr<RtdyldSession> new_rtdyld_stock(rust::Box<ResolverHandle> resolver,
                                                rust::Box<MapperHandle> mapper, bool reserve,
                                                bool register_gdb);

/// RuntimeDyld + the Rust slab (src/memory/slab/) behind a forwarding memory manager.
std::unique_ptr<RtdyldSession> new_rtdyld_rust(rust::Box<ResolverHandle> resolver,
                                               rust::Box<SlabHandle> slab, bool register_gdb);

class RtdyldSession {
public:
  virtual ~RtdyldSession();

  /// Loads one relocatable object. Returns the object's index in the session.
  /// Throws with RuntimeDyld's error text if the object is rejected.
  uint32_t load_object(rust::Str name, rust::Slice<const uint8_t> bytes);

  /// Allocations the memory manager made since the last call, in order.
  rust::Vec<AllocationRecord> take_allocations();

  /// Where each section of object `index` was loaded (target address, after any remapping).
  rust::Vec<ObjectSectionAddress> object_sections(uint32_t index) const;

  /// Tells RuntimeDyld that the memory at `host_addr` will run at `target_addr` (cross mode).
  void map_section_address(uint64_t host_addr, uint64_t target_addr);

  /// Resolves and applies all pending relocations. Throws with RuntimeDyld's error text.
  void resolve_relocations();

  /// Applies memory protections, flushes caches and registers EH frames.
  void finalize();

  /// Target address of a defined symbol, 0 if the session does not define it.
  uint64_t lookup(rust::Str name) const;

  /// Host address of a defined symbol, 0 if the session does not define it.
  uint64_t lookup_host(rust::Str name) const;

  /// Time spent inside the memory manager's calls (reserve, allocate, finalize) since the
  /// session opened, ns: the stock SectionMemoryManager's and the Rust slab's alike.
  uint64_t memory_manager_ns() const;

  struct Impl;

protected:
  explicit RtdyldSession(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;

  friend std::unique_ptr<RtdyldSession> new_rtdyld_stock(rust::Box<ResolverHandle>,
                                                         rust::Box<MapperHandle>, bool, bool);
  friend std::unique_ptr<RtdyldSession> new_rtdyld_rust(rust::Box<ResolverHandle>,
                                                        rust::Box<SlabHandle>, bool);
};

} // namespace jitharness
