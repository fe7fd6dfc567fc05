// Every difference between the LLVM versions the shim is built against lives here.
// Nothing else in cpp/ tests LLVM_VERSION_MAJOR, and nothing in Rust compares LLVM
// versions: what the harness branches on is a capability, decided once below and handed
// to Rust by capabilities() (cpp/src/shim.cpp, read in src/llvm/caps.rs). The other
// differences further down are API shapes the shim papers over.
#pragma once

#include "llvm/Config/llvm-config.h"
#include "llvm/ExecutionEngine/SectionMemoryManager.h"
#include "llvm/Support/Alignment.h"

#include <cstdint>

// ---- Capabilities (0 or 1; the shim's #if tests these, never the version) -------------

// SectionMemoryManager(MemoryMapper*, bool ReserveAlloc): one block per object
// (`rtdyld-reserve`). It appeared somewhere in LLVM 20-22; of the Debian versions we can
// check, 22 has it and 19 does not.
#if LLVM_VERSION_MAJOR >= 20
#define JITHARNESS_HAS_RESERVE_ALLOC 1
#else
#define JITHARNESS_HAS_RESERVE_ALLOC 0
#endif

// MapperJITLinkMemoryManager taking a reservation size, over the in-process mapper: LLVM's
// own JITLink slab (`jitlink-slab`). LLVM 16+ (15's takes no size; 14 has none).
#if LLVM_VERSION_MAJOR >= 16
#define JITHARNESS_HAS_SLAB_MEMORY_MANAGER 1
#else
#define JITHARNESS_HAS_SLAB_MEMORY_MANAGER 0
#endif

// orc::MemoryMapper in the shape the shim implements (reserve/prepare/initialize/...), so
// LLVM's slab can link at another process's addresses (`jitlink-slab` in cross mode).
// LLVM 16+.
#if LLVM_VERSION_MAJOR >= 16
#define JITHARNESS_HAS_MEMORY_MAPPER 1
#else
#define JITHARNESS_HAS_MEMORY_MAPPER 0
#endif

// JITLink's debug-object plugin can be told to register objects without DWARF sections
// (RequireDebugSections = false): LLVM 17+. Before, it registers only objects with DWARF
// sections (measured on 14: none of the harness's objects, which carry no debug info).
#if LLVM_VERSION_MAJOR >= 17
#define JITHARNESS_DEBUG_OBJECTS_WITHOUT_DWARF 1
#else
#define JITHARNESS_DEBUG_OBJECTS_WITHOUT_DWARF 0
#endif

// The new pass manager knows `lower-global-dtors` (LowerGlobalDtorsPass): LLVM 15+ (checked
// with the opt of 14, 15, 16, 19 and 22).
#if LLVM_VERSION_MAJOR >= 15
#define JITHARNESS_HAS_LOWER_GLOBAL_DTORS 1
#else
#define JITHARNESS_HAS_LOWER_GLOBAL_DTORS 0
#endif

// LLVM IR text parses with opaque pointers (`ptr`) by default: LLVM 15+ (14 parses typed
// pointers only, as the harness generates them for it).
#if LLVM_VERSION_MAJOR >= 15
#define JITHARNESS_OPAQUE_POINTERS 1
#else
#define JITHARNESS_OPAQUE_POINTERS 0
#endif

// ---- API shapes ------------------------------------------------------------------------

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

// A SectionMemoryManager constructed with ReserveAlloc where LLVM has it; elsewhere the
// flag is ignored (Rust checks the reserve_alloc capability first and reports the backend
// as not available).
class SectionMemoryManagerBase : public llvm::SectionMemoryManager {
public:
#if JITHARNESS_HAS_RESERVE_ALLOC
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
// EH-frame registration: its own plugin header with a Create(ES) that registers through
// allocation actions (LLVM 20+), else the plugin in ObjectLinkingLayer.h over a registrar.
#if __has_include("llvm/ExecutionEngine/Orc/EHFrameRegistrationPlugin.h")
#include "llvm/ExecutionEngine/Orc/EHFrameRegistrationPlugin.h"
#define JITHARNESS_EH_PLUGIN_CREATE 1
#else
#include "llvm/ExecutionEngine/Orc/EPCEHFrameRegistrar.h"
#define JITHARNESS_EH_PLUGIN_CREATE 0
#endif
// GDB JIT interface registration of linked graphs (what LLJIT's enableDebuggerSupport adds
// on ELF): ELFDebugObjectPlugin over the executor's bootstrap symbol (LLVM 22), else
// DebugObjectManagerPlugin over an EPC registrar (14+; its options arrived in 17).
#if __has_include("llvm/ExecutionEngine/Orc/Debugging/ELFDebugObjectPlugin.h")
#include "llvm/ExecutionEngine/Orc/Debugging/ELFDebugObjectPlugin.h"
#define JITHARNESS_DEBUG_PLUGIN_ELF 1
#else
#include "llvm/ExecutionEngine/Orc/DebugObjectManagerPlugin.h"
#include "llvm/ExecutionEngine/Orc/EPCDebugObjectRegistrar.h"
#define JITHARNESS_DEBUG_PLUGIN_ELF 0
#endif
#if JITHARNESS_HAS_SLAB_MEMORY_MANAGER || JITHARNESS_HAS_MEMORY_MAPPER
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
// reserving `slab_size` at a time) from LLVM 16. Before that there is none (15's takes no
// reservation size, 14 has none): an error, which Rust never sees, as it reports
// `jitlink-slab` unsupported there first (the default memory manager is `jitlink-default`).
inline llvm::Expected<std::unique_ptr<llvm::jitlink::JITLinkMemoryManager>>
make_slab_memory_manager(uint64_t slab_size, std::string &description) {
#if JITHARNESS_HAS_SLAB_MEMORY_MANAGER
  auto mm = llvm::orc::MapperJITLinkMemoryManager::CreateWithMapper<llvm::orc::InProcessMemoryMapper>(
      static_cast<size_t>(slab_size));
  if (!mm) return mm.takeError();
  description = "MapperJITLinkMemoryManager over InProcessMemoryMapper (LLVM's slab, " +
                std::to_string(slab_size) + "-byte reservations)";
  return std::unique_ptr<llvm::jitlink::JITLinkMemoryManager>(std::move(*mm));
#else
  (void)slab_size;
  (void)description;
  return llvm::make_error<llvm::StringError>(
      "LLVM " + std::to_string(LLVM_VERSION_MAJOR) +
          " has no JITLink slab (MapperJITLinkMemoryManager with a reservation size, LLVM 16+)",
      llvm::inconvertibleErrorCode());
#endif
}

// The plugin that registers every linked graph's .eh_frame with this process's unwinder (and
// deregisters it on removal), made the way LLJIT makes it.
inline llvm::Expected<std::unique_ptr<llvm::orc::ObjectLinkingLayer::Plugin>>
make_eh_frame_plugin(llvm::orc::ExecutionSession &es) {
#if JITHARNESS_EH_PLUGIN_CREATE
  auto p = llvm::orc::EHFrameRegistrationPlugin::Create(es);
  if (!p) return p.takeError();
  return std::unique_ptr<llvm::orc::ObjectLinkingLayer::Plugin>(std::move(*p));
#else
  auto r = llvm::orc::EPCEHFrameRegistrar::Create(es);
  if (!r) return r.takeError();
  return std::unique_ptr<llvm::orc::ObjectLinkingLayer::Plugin>(
      std::make_unique<llvm::orc::EHFrameRegistrationPlugin>(es, std::move(*r)));
#endif
}

// The plugin that registers a debug object for every linked graph with the GDB JIT
// interface in this process (and unregisters it on removal). Objects without debug sections
// are registered too (symbol names only), where the LLVM version lets that be chosen; up to
// 16 the plugin registers every object anyway. `description` says which plugin it is.
inline llvm::Expected<std::unique_ptr<llvm::orc::ObjectLinkingLayer::Plugin>>
make_debug_object_plugin(llvm::orc::ExecutionSession &es, std::string &description) {
#if JITHARNESS_DEBUG_PLUGIN_ELF
  llvm::Error err = llvm::Error::success();
  auto p = std::make_unique<llvm::orc::ELFDebugObjectPlugin>(es, /*RequireDebugSections=*/false,
                                                             /*AutoRegisterCode=*/true, err);
  if (err) return err;
  description = "ELFDebugObjectPlugin (the executor's llvm_orc_registerJITLoaderGDBAllocAction)";
  return std::unique_ptr<llvm::orc::ObjectLinkingLayer::Plugin>(std::move(p));
#else
  auto registrar = llvm::orc::createJITLoaderGDBRegistrar(es);
  if (!registrar) return registrar.takeError();
  description = "DebugObjectManagerPlugin over createJITLoaderGDBRegistrar "
                "(llvm_orc_registerJITLoaderGDBWrapper in this process)";
#if LLVM_VERSION_MAJOR >= 17
  return std::unique_ptr<llvm::orc::ObjectLinkingLayer::Plugin>(
      std::make_unique<llvm::orc::DebugObjectManagerPlugin>(es, std::move(*registrar),
                                                            /*RequireDebugSections=*/false,
                                                            /*AutoRegisterCode=*/true));
#else
  return std::unique_ptr<llvm::orc::ObjectLinkingLayer::Plugin>(
      std::make_unique<llvm::orc::DebugObjectManagerPlugin>(es, std::move(*registrar)));
#endif
#endif
}

#if JITHARNESS_HAS_MEMORY_MAPPER
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
