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

// ---- ORC / JITLink -------------------------------------------------------------------

#include "llvm/ExecutionEngine/JITLink/JITLinkMemoryManager.h"
#include "llvm/ExecutionEngine/Orc/Core.h"
#include "llvm/ExecutionEngine/Orc/ObjectLinkingLayer.h"
#if LLVM_VERSION_MAJOR >= 20
#include "llvm/ExecutionEngine/Orc/SelfExecutorProcessControl.h"
#else
#include "llvm/ExecutionEngine/Orc/ExecutorProcessControl.h"
#endif
#if __has_include("llvm/ExecutionEngine/Orc/AbsoluteSymbols.h")
#include "llvm/ExecutionEngine/Orc/AbsoluteSymbols.h"
#endif
#if LLVM_VERSION_MAJOR >= 16
#include "llvm/ExecutionEngine/Orc/MapperJITLinkMemoryManager.h"
#include "llvm/ExecutionEngine/Orc/MemoryMapper.h"
#endif

#include <string>

namespace jitharness::compat {

// Every message of an llvm::Error, joined with "; " (consumes the error). Not version
// specific; it lives here because both shims include this header.
inline std::string to_string(llvm::Error err) {
  std::string msg;
  llvm::handleAllErrors(std::move(err), [&](const llvm::ErrorInfoBase &e) {
    if (!msg.empty()) msg += "; ";
    msg += e.message();
  });
  return msg;
}

// The value type of orc::SymbolMap: JITEvaluatedSymbol up to LLVM 16, ExecutorSymbolDef from 17.
#if LLVM_VERSION_MAJOR >= 17
inline llvm::orc::ExecutorSymbolDef absolute_symbol(uint64_t addr) {
  return {llvm::orc::ExecutorAddr(addr), llvm::JITSymbolFlags::Exported};
}
inline uint64_t address_of(const llvm::orc::ExecutorSymbolDef &s) { return s.getAddress().getValue(); }
#else
inline llvm::JITEvaluatedSymbol absolute_symbol(uint64_t addr) {
  return llvm::JITEvaluatedSymbol(addr, llvm::JITSymbolFlags::Exported);
}
inline uint64_t address_of(const llvm::JITEvaluatedSymbol &s) { return s.getAddress(); }
#endif

// ObjectLinkingLayer::Plugin's resource callbacks gained a JITDylib parameter in LLVM 16.
class PluginBase : public llvm::orc::ObjectLinkingLayer::Plugin {
public:
  llvm::Error notifyFailed(llvm::orc::MaterializationResponsibility &) override {
    return llvm::Error::success();
  }
#if LLVM_VERSION_MAJOR >= 16
  llvm::Error notifyRemovingResources(llvm::orc::JITDylib &, llvm::orc::ResourceKey) override {
    return llvm::Error::success();
  }
  void notifyTransferringResources(llvm::orc::JITDylib &, llvm::orc::ResourceKey,
                                   llvm::orc::ResourceKey) override {}
#else
  llvm::Error notifyRemovingResources(llvm::orc::ResourceKey) override {
    return llvm::Error::success();
  }
  void notifyTransferringResources(llvm::orc::ResourceKey, llvm::orc::ResourceKey) override {}
#endif
};

// LLVM's in-tree slab for JITLink (MapperJITLinkMemoryManager over the in-process mapper,
// reserving `slab_size` at a time) from LLVM 16; before that (no size parameter, or no
// mapper at all) the in-process memory manager. `description` says which.
inline llvm::Expected<std::unique_ptr<llvm::jitlink::JITLinkMemoryManager>>
make_slab_memory_manager(uint64_t slab_size, std::string &description) {
#if LLVM_VERSION_MAJOR >= 16
  auto mm = llvm::orc::MapperJITLinkMemoryManager::CreateWithMapper<llvm::orc::InProcessMemoryMapper>(
      static_cast<size_t>(slab_size));
  if (!mm) return mm.takeError();
  description = "MapperJITLinkMemoryManager over InProcessMemoryMapper (LLVM's slab, " +
                std::to_string(slab_size) + "-byte reservations)";
  return std::unique_ptr<llvm::jitlink::JITLinkMemoryManager>(std::move(*mm));
#else
  auto mm = llvm::jitlink::InProcessMemoryManager::Create();
  if (!mm) return mm.takeError();
  description = "InProcessMemoryManager (no slab on LLVM " + std::to_string(LLVM_VERSION_MAJOR) +
                ": MapperJITLinkMemoryManager takes a reservation size from LLVM 16)";
  return std::unique_ptr<llvm::jitlink::JITLinkMemoryManager>(std::move(*mm));
#endif
}

#if LLVM_VERSION_MAJOR >= 16
inline constexpr bool kHasMemoryMapper = true;
// orc::MemoryMapper with `prepare` in one shape: it gained a LinkGraph parameter after 19.
class MemoryMapperBase : public llvm::orc::MemoryMapper {
public:
  virtual char *prepare_at(llvm::orc::ExecutorAddr addr, size_t content_size) = 0;
#if LLVM_VERSION_MAJOR >= 22
  char *prepare(llvm::jitlink::LinkGraph &, llvm::orc::ExecutorAddr addr,
                size_t content_size) override {
    return prepare_at(addr, content_size);
  }
#else
  char *prepare(llvm::orc::ExecutorAddr addr, size_t content_size) override {
    return prepare_at(addr, content_size);
  }
#endif
};

// LLVM's slab manager over a given mapper.
inline std::unique_ptr<llvm::jitlink::JITLinkMemoryManager>
make_mapper_memory_manager(uint64_t slab_size, std::unique_ptr<llvm::orc::MemoryMapper> mapper) {
  return std::make_unique<llvm::orc::MapperJITLinkMemoryManager>(static_cast<size_t>(slab_size),
                                                                std::move(mapper));
}
#else
inline constexpr bool kHasMemoryMapper = false;
#endif

// A JITLink section's or segment's protection, whatever the MemProt type is called.
struct MemProtFlags {
  bool read, write, exec;
};
template <class P> MemProtFlags mem_prot(P p) {
  auto has = [&](P f) { return (static_cast<unsigned>(p) & static_cast<unsigned>(f)) != 0; };
  return MemProtFlags{has(P::Read), has(P::Write), has(P::Exec)};
}

} // namespace jitharness::compat
