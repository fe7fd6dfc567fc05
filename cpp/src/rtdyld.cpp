// RuntimeDyld driver. See include/jitharness/rtdyld.h for the contract.
#include "jitharness/rtdyld.h"
#include "llvm/ExecutionEngine/JITEventListener.h"
#include "jitharness/llvm_compat.h"
#include "jitharness/shim.h"
#include "jitharness/src/llvm/bridge.rs.h"

#include "llvm/ExecutionEngine/JITSymbol.h"
#include "llvm/ExecutionEngine/RuntimeDyld.h"
#include "llvm/ExecutionEngine/SectionMemoryManager.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace jitharness {
namespace {

using compat::to_string;

// Asks Rust for every symbol that earlier objects of this session do not define.
class RustResolver final : public llvm::LegacyJITSymbolResolver {
public:
  explicit RustResolver(rust::Box<ResolverHandle> handle) : handle_(std::move(handle)) {}

  llvm::JITSymbol findSymbol(const std::string &name) override {
    uint64_t addr = resolve_symbol(*handle_, rust::Str(name.data(), name.size()));
    if (addr == 0) return llvm::JITSymbol(nullptr);
    return llvm::JITSymbol(addr, llvm::JITSymbolFlags::Exported);
  }

  // As MCJIT does: a weak or common symbol that an earlier object of the session already
  // defines is not this object's to define (RuntimeDyld asks through
  // getResponsibilitySet). Nothing outside the session shares its logical dylib.
  llvm::JITSymbol findSymbolInLogicalDylib(const std::string &name) override {
    if (dyld_ != nullptr) {
      auto sym = dyld_->getSymbol(name);
      if (sym.getAddress() != 0) return llvm::JITSymbol(sym.getAddress(), sym.getFlags());
    }
    return llvm::JITSymbol(nullptr);
  }

  void set_dyld(const llvm::RuntimeDyld *dyld) { dyld_ = dyld; }

private:
  rust::Box<ResolverHandle> handle_;
  const llvm::RuntimeDyld *dyld_ = nullptr;
};

// SectionMemoryManager's mapping hook: every mmap/mprotect/munmap it would make is asked of
// Rust instead, which decides where memory goes (src/memory/placement.rs).
class RustMemoryMapper final : public llvm::SectionMemoryManager::MemoryMapper {
public:
  explicit RustMemoryMapper(rust::Box<MapperHandle> handle) : handle_(std::move(handle)) {}

  llvm::sys::MemoryBlock allocateMappedMemory(llvm::SectionMemoryManager::AllocationPurpose purpose,
                                              size_t bytes, const llvm::sys::MemoryBlock *near,
                                              unsigned flags, std::error_code &ec) override {
    uint64_t near_addr = near ? reinterpret_cast<uint64_t>(near->base()) : 0;
    uint64_t near_size = near && near->base() ? near->allocatedSize() : 0;
    MappedBlock b =
        mapper_allocate(*handle_, kind_of(purpose), bytes, near_addr, near_size, protection(flags));
    if (b.err != 0) {
      ec = std::error_code(b.err, std::generic_category());
      return llvm::sys::MemoryBlock();
    }
    ec = std::error_code();
    return llvm::sys::MemoryBlock(reinterpret_cast<void *>(b.addr), b.size);
  }

  // Rust flushes the instruction cache when the protection includes exec, as LLVM's own
  // sys::Memory::protectMappedMemory does.
  std::error_code protectMappedMemory(const llvm::sys::MemoryBlock &block, unsigned flags) override {
    int err = mapper_protect(*handle_, reinterpret_cast<uint64_t>(block.base()),
                             block.allocatedSize(), protection(flags));
    return err != 0 ? std::error_code(err, std::generic_category()) : std::error_code();
  }

  std::error_code releaseMappedMemory(llvm::sys::MemoryBlock &block) override {
    int err = mapper_release(*handle_, reinterpret_cast<uint64_t>(block.base()),
                             block.allocatedSize());
    block = llvm::sys::MemoryBlock();
    return err != 0 ? std::error_code(err, std::generic_category()) : std::error_code();
  }

private:
  static MemKind kind_of(llvm::SectionMemoryManager::AllocationPurpose purpose) {
    using P = llvm::SectionMemoryManager::AllocationPurpose;
    switch (purpose) {
    case P::Code:
      return MemKind::Code;
    case P::ROData:
      return MemKind::RoData;
    case P::RWData:
      return MemKind::RwData;
    }
    // Not reached: the switch names every purpose (-Wswitch says so when LLVM adds one).
    return MemKind::RwData;
  }

  static Protection protection(unsigned flags) {
    return Protection{(flags & llvm::sys::Memory::MF_READ) != 0,
                      (flags & llvm::sys::Memory::MF_WRITE) != 0,
                      (flags & llvm::sys::Memory::MF_EXEC) != 0};
  }

  rust::Box<MapperHandle> handle_;
};

// What a session and its memory manager tell each other: the name of the object being
// loaded (RuntimeDyld does not pass it to the memory manager) and every section memory
// request served, for the layout.
class Notes {
public:
  void loading(rust::Str name) { object_.assign(name.data(), name.size()); }
  rust::Str object() const { return rust::Str(object_.data(), object_.size()); }

  void record(MemKind kind, uintptr_t size, unsigned align, unsigned id, llvm::StringRef name,
              uint8_t *p) {
    AllocationRecord r;
    r.kind = kind;
    r.section_id = id;
    r.name = rust::String(name.data(), name.size());
    r.size = size;
    r.align = align;
    r.host_addr = reinterpret_cast<uint64_t>(p);
    pending_.push_back(std::move(r));
  }

  rust::Vec<AllocationRecord> take() {
    rust::Vec<AllocationRecord> out;
    for (auto &r : pending_) out.push_back(std::move(r));
    pending_.clear();
    return out;
  }

  // Time inside the memory manager's calls, ns (its Stopwatches add to it).
  uint64_t memory_manager_ns = 0;

private:
  std::string object_;
  std::vector<AllocationRecord> pending_;
};

static MemKind data_kind(bool read_only) { return read_only ? MemKind::RoData : MemKind::RwData; }

// SectionMemoryManager with its allocation logic untouched; it only notes each request.
class RecordingSectionMemoryManager final : public compat::SectionMemoryManagerBase {
public:
  RecordingSectionMemoryManager(MemoryMapper *mapper, bool reserve, Notes &notes)
      : SectionMemoryManagerBase(mapper, reserve), notes_(notes) {}

  uint8_t *allocateCodeSection(uintptr_t size, unsigned align, unsigned id,
                               llvm::StringRef name) override {
    uint8_t *p;
    {
      Stopwatch t(notes_.memory_manager_ns);
      p = SectionMemoryManagerBase::allocateCodeSection(size, align, id, name);
    }
    notes_.record(MemKind::Code, size, align, id, name, p);
    return p;
  }

  uint8_t *allocateDataSection(uintptr_t size, unsigned align, unsigned id,
                               llvm::StringRef name, bool read_only) override {
    uint8_t *p;
    {
      Stopwatch t(notes_.memory_manager_ns);
      p = SectionMemoryManagerBase::allocateDataSection(size, align, id, name, read_only);
    }
    notes_.record(data_kind(read_only), size, align, id, name, p);
    return p;
  }

  // Forwarded only to be timed (ReserveAlloc's one block per object is made here).
  void reserveAllocationSpace(uintptr_t code, compat::ReserveAlign code_align, uintptr_t ro,
                              compat::ReserveAlign ro_align, uintptr_t rw,
                              compat::ReserveAlign rw_align) override {
    Stopwatch t(notes_.memory_manager_ns);
    SectionMemoryManagerBase::reserveAllocationSpace(code, code_align, ro, ro_align, rw, rw_align);
  }

  bool finalizeMemory(std::string *err) override {
    Stopwatch t(notes_.memory_manager_ns);
    return SectionMemoryManagerBase::finalizeMemory(err);
  }

private:
  Notes &notes_;
};

// The Rust slab behind RuntimeDyld's memory-manager interface, a forwarding adapter onto
// the slab's lifecycle (src/memory/slab/): reserveAllocationSpace → reserve,
// allocate*Section → allocate, finalizeMemory → finalize every object reserved since the
// last one. Rust decides everything, flushes the instruction cache included. A refusal
// becomes a null section, which RuntimeDyld reports; the Rust backend checks for room
// before RuntimeDyld sees an object, so that does not happen in practice.
class RustSlabMemoryManager final : public llvm::RTDyldMemoryManager {
public:
  RustSlabMemoryManager(rust::Box<SlabHandle> slab, Notes &notes)
      : slab_(std::move(slab)), notes_(notes) {}

  uint8_t *allocateCodeSection(uintptr_t size, unsigned align, unsigned id,
                               llvm::StringRef name) override {
    return allocate(MemKind::Code, size, align, id, name);
  }

  uint8_t *allocateDataSection(uintptr_t size, unsigned align, unsigned id,
                               llvm::StringRef name, bool read_only) override {
    return allocate(data_kind(read_only), size, align, id, name);
  }

  bool needsToReserveAllocationSpace() override { return true; }

  // RuntimeDyld has summed each kind's sections itself (every one rounded up to the kind's
  // largest alignment, so they fit however it carves them): one segment per kind.
  void reserveAllocationSpace(uintptr_t code, compat::ReserveAlign code_align, uintptr_t ro,
                              compat::ReserveAlign ro_align, uintptr_t rw,
                              compat::ReserveAlign rw_align) override {
    Stopwatch t(notes_.memory_manager_ns);
    const Segment segments[] = {{MemKind::Code, code, compat::align_value(code_align)},
                                {MemKind::RoData, ro, compat::align_value(ro_align)},
                                {MemKind::RwData, rw, compat::align_value(rw_align)}};
    reserved_ = false;
    try {
      object_ = slab_reserve(*slab_, notes_.object(), rust::Slice<const Segment>(segments, 3));
      reserved_ = true;
      unfinalized_.push_back(object_);
    } catch (const std::exception &) {
      // Rust keeps the reason; the object's sections now fail.
    }
  }

  bool finalizeMemory(std::string *err) override {
    Stopwatch t(notes_.memory_manager_ns);
    reserved_ = false;
    try {
      for (uint64_t object : unfinalized_) slab_finalize(*slab_, object);
    } catch (const std::exception &e) {
      if (err) *err = e.what();
      return true;
    }
    unfinalized_.clear();
    return false;
  }

private:
  uint8_t *allocate(MemKind kind, uintptr_t size, unsigned align, unsigned id,
                    llvm::StringRef name) {
    if (!reserved_) return nullptr;
    uint8_t *p;
    try {
      Stopwatch t(notes_.memory_manager_ns);
      p = reinterpret_cast<uint8_t *>(slab_allocate(*slab_, object_, kind, size, align,
                                                    rust::Str(name.data(), name.size())));
    } catch (const std::exception &) {
      return nullptr;  // Rust keeps the reason
    }
    notes_.record(kind, size, align, id, name, p);
    return p;
  }

  rust::Box<SlabHandle> slab_;
  Notes &notes_;
  bool reserved_ = false;
  uint64_t object_ = 0;                // the object being loaded, while reserved_
  std::vector<uint64_t> unfinalized_;  // reserved since the last finalizeMemory
};

struct LoadedObject {
  std::unique_ptr<llvm::MemoryBuffer> buffer;
  std::unique_ptr<llvm::object::ObjectFile> object;
  std::unique_ptr<llvm::RuntimeDyld::LoadedObjectInfo> info;
};

} // namespace

struct RtdyldSession::Impl {
  template <class MakeMemory>
  Impl(rust::Box<ResolverHandle> handle, std::unique_ptr<RustMemoryMapper> m, MakeMemory make)
      : mapper(std::move(m)), memory(make(mapper.get(), notes)), resolver(std::move(handle)),
        dyld(*memory, resolver) {
    // Keep sections RuntimeDyld would otherwise drop (e.g. non-alloc notes) out; we only
    // want what a JIT client really gets.
    dyld.setProcessAllSections(false);
    resolver.set_dyld(&dyld);
  }

  // Declared before `memory`: a SectionMemoryManager gives its blocks back through the
  // mapper when it is destroyed, so the mapper must outlive it. Null for the Rust slab.
  std::unique_ptr<RustMemoryMapper> mapper;
  Notes notes;
  std::unique_ptr<llvm::RTDyldMemoryManager> memory;
  RustResolver resolver;

  // As MCJIT does: unwinders must not see frames of memory that is about to go away, and
  // debuggers must not see objects that are.
  ~Impl() {
    if (gdb)
      for (size_t i = 0; i < objects.size(); ++i) gdb->notifyFreeingObject(i);
    memory->deregisterEHFrames();
  }

  // As MCJIT registers every object it loads: LLVM's GDB JIT interface listener (null in
  // cross mode: the addresses are another process's).
  llvm::JITEventListener *gdb = nullptr;

  llvm::RuntimeDyld dyld;
  std::vector<LoadedObject> objects;

  // RuntimeDyld's error text only grows and cannot be cleared; report the part that is new
  // since the last check so that one bad object does not poison later reports.
  size_t error_seen = 0;

  std::string new_error() {
    if (!dyld.hasError()) return {};
    llvm::StringRef all = dyld.getErrorString();
    if (all.size() <= error_seen) return {};
    std::string msg = all.substr(error_seen).str();
    error_seen = all.size();
    return msg;
  }

  void check(const char *what) {
    std::string msg = new_error();
    if (!msg.empty()) throw std::runtime_error(std::string(what) + ": " + msg);
  }
};

RtdyldSession::RtdyldSession(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RtdyldSession::~RtdyldSession() = default;

std::unique_ptr<RtdyldSession> new_rtdyld_stock(rust::Box<ResolverHandle> resolver,
                                                rust::Box<MapperHandle> mapper, bool reserve,
                                                bool register_gdb) {
  auto make = [reserve](RustMemoryMapper *m, Notes &notes) {
    return std::unique_ptr<llvm::RTDyldMemoryManager>(
        new RecordingSectionMemoryManager(m, reserve, notes));
  };
  auto session = std::unique_ptr<RtdyldSession>(new RtdyldSession(std::make_unique<RtdyldSession::Impl>(
      std::move(resolver), std::make_unique<RustMemoryMapper>(std::move(mapper)), make)));
  if (register_gdb) session->impl_->gdb = llvm::JITEventListener::createGDBRegistrationListener();
  return session;
}

std::unique_ptr<RtdyldSession> new_rtdyld_rust(rust::Box<ResolverHandle> resolver,
                                               rust::Box<SlabHandle> slab, bool register_gdb) {
  // The lambda is called once, in Impl's constructor: the slab handle moves into it then.
  auto holder = std::make_shared<rust::Box<SlabHandle>>(std::move(slab));
  auto make = [holder](RustMemoryMapper *, Notes &notes) {
    return std::unique_ptr<llvm::RTDyldMemoryManager>(
        new RustSlabMemoryManager(std::move(*holder), notes));
  };
  auto session = std::unique_ptr<RtdyldSession>(new RtdyldSession(
      std::make_unique<RtdyldSession::Impl>(std::move(resolver), nullptr, make)));
  if (register_gdb) session->impl_->gdb = llvm::JITEventListener::createGDBRegistrationListener();
  return session;
}

uint32_t RtdyldSession::load_object(rust::Str name, rust::Slice<const uint8_t> bytes) {
  LoadedObject lo;
  lo.buffer = llvm::MemoryBuffer::getMemBufferCopy(
      llvm::StringRef(reinterpret_cast<const char *>(bytes.data()), bytes.size()),
      llvm::StringRef(name.data(), name.size()));
  auto obj = llvm::object::ObjectFile::createObjectFile(lo.buffer->getMemBufferRef());
  if (!obj) throw std::runtime_error("not a valid object: " + to_string(obj.takeError()));
  lo.object = std::move(*obj);
  impl_->notes.loading(name);
  lo.info = impl_->dyld.loadObject(*lo.object);
  std::string msg = impl_->new_error();
  if (!lo.info || !msg.empty())
    throw std::runtime_error(msg.empty() ? std::string("RuntimeDyld rejected the object") : msg);
  uint32_t key = static_cast<uint32_t>(impl_->objects.size());
  if (impl_->gdb) impl_->gdb->notifyObjectLoaded(key, *lo.object, *lo.info);
  impl_->objects.push_back(std::move(lo));
  return key;
}

rust::Vec<AllocationRecord> RtdyldSession::take_allocations() { return impl_->notes.take(); }

rust::Vec<ObjectSectionAddress> RtdyldSession::object_sections(uint32_t index) const {
  rust::Vec<ObjectSectionAddress> out;
  if (index >= impl_->objects.size()) return out;
  const LoadedObject &lo = impl_->objects[index];
  for (const llvm::object::SectionRef &sec : lo.object->sections()) {
    uint64_t addr = lo.info->getSectionLoadAddress(sec);
    if (addr == 0) continue;  // not loaded (not allocatable, or dropped)
    ObjectSectionAddress s;
    s.elf_index = sec.getIndex();
    auto name = sec.getName();
    s.name = name ? rust::String(name->data(), name->size()) : rust::String();
    if (!name) llvm::consumeError(name.takeError());
    s.load_addr = addr;
    s.size = sec.getSize();
    out.push_back(std::move(s));
  }
  return out;
}

void RtdyldSession::map_section_address(uint64_t host_addr, uint64_t target_addr) {
  impl_->dyld.mapSectionAddress(reinterpret_cast<const void *>(host_addr), target_addr);
}

void RtdyldSession::resolve_relocations() {
  impl_->dyld.resolveRelocations();
  impl_->check("resolving relocations");
}

void RtdyldSession::finalize() {
  std::string err;
  if (impl_->memory->finalizeMemory(&err)) throw std::runtime_error("finalizing memory: " + err);
  impl_->dyld.registerEHFrames();
  impl_->check("registering EH frames");
}

uint64_t RtdyldSession::lookup(rust::Str name) const {
  return impl_->dyld.getSymbol(llvm::StringRef(name.data(), name.size())).getAddress();
}

uint64_t RtdyldSession::memory_manager_ns() const { return impl_->notes.memory_manager_ns; }

uint64_t RtdyldSession::lookup_host(rust::Str name) const {
  return reinterpret_cast<uint64_t>(
      impl_->dyld.getSymbolLocalAddress(llvm::StringRef(name.data(), name.size())));
}

} // namespace jitharness
