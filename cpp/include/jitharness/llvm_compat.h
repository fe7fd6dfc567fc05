// Every difference between the LLVM versions the shim is built against lives here.
// Nothing else in cpp/ tests LLVM_VERSION_MAJOR.
#pragma once

#include "llvm/Config/llvm-config.h"
#include "llvm/ExecutionEngine/SectionMemoryManager.h"
#include "llvm/Support/Alignment.h"

#include <cstdint>

namespace jitharness::compat {

// RTDyldMemoryManager::reserveAllocationSpace took uint32_t alignments up to LLVM 15
// and llvm::Align from 16 on.
#if LLVM_VERSION_MAJOR >= 16
using ReserveAlign = llvm::Align;
inline uint64_t align_value(ReserveAlign a) { return a.value(); }
#else
using ReserveAlign = uint32_t;
inline uint64_t align_value(ReserveAlign a) { return a == 0 ? 1 : a; }
#endif

// SectionMemoryManager gained a ReserveAlloc constructor flag (one block per object)
// somewhere in LLVM 20-22; the Debian versions we can check say: present in 22 only.
#if LLVM_VERSION_MAJOR >= 20
inline constexpr bool kHasSmmReserveAlloc = true;
#else
inline constexpr bool kHasSmmReserveAlloc = false;
#endif

// A SectionMemoryManager constructed with ReserveAlloc where LLVM has it; elsewhere the
// flag is ignored (callers check kHasSmmReserveAlloc first and report the backend as not
// available).
class SectionMemoryManagerBase : public llvm::SectionMemoryManager {
public:
#if LLVM_VERSION_MAJOR >= 20
  SectionMemoryManagerBase(MemoryMapper *mapper, bool reserve)
      : SectionMemoryManager(mapper, reserve) {}
#else
  SectionMemoryManagerBase(MemoryMapper *mapper, bool /*reserve*/) : SectionMemoryManager(mapper) {}
#endif
};

} // namespace jitharness::compat
