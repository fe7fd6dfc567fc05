// See include/jitharness/shim.h.
#include "jitharness/shim.h"

#include "llvm/Support/Memory.h"

namespace jitharness {

void flush_instruction_cache(uint64_t addr, uint64_t size) {
  llvm::sys::Memory::InvalidateInstructionCache(reinterpret_cast<const void *>(addr),
                                                static_cast<size_t>(size));
}

} // namespace jitharness
