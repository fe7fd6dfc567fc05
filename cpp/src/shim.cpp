// See include/jitharness/shim.h.
#include "jitharness/shim.h"
#include "jitharness/llvm_compat.h"
#include "jitharness/src/llvm/bridge.rs.h"

#include "llvm/Support/Memory.h"

namespace jitharness {

Capabilities capabilities() {
  Capabilities c;
  c.reserve_alloc = JITHARNESS_HAS_RESERVE_ALLOC;
  c.slab_memory_manager = JITHARNESS_HAS_SLAB_MEMORY_MANAGER;
  c.memory_mapper = JITHARNESS_HAS_MEMORY_MAPPER;
  c.opaque_pointers = JITHARNESS_OPAQUE_POINTERS;
  c.debug_objects_without_dwarf = JITHARNESS_DEBUG_OBJECTS_WITHOUT_DWARF;
  c.lower_global_dtors = JITHARNESS_HAS_LOWER_GLOBAL_DTORS;
  return c;
}

void flush_instruction_cache(uint64_t addr, uint64_t size) {
  llvm::sys::Memory::InvalidateInstructionCache(reinterpret_cast<const void *>(addr),
                                                static_cast<size_t>(size));
}

} // namespace jitharness
