// ORC/JITLink driver. See include/jitharness/jitlink.h for the contract.
#include "jitharness/jitlink.h"
#include "jitharness/llvm_compat.h"
#include "jitharness/src/ffi.rs.h"

#include "llvm/ExecutionEngine/JITLink/JITLink.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

namespace jitharness {
namespace {

std::string to_string(llvm::Error err) {
  std::string msg;
  llvm::handleAllErrors(std::move(err), [&](const llvm::ErrorInfoBase &e) {
    if (!msg.empty()) msg += "; ";
    msg += e.message();
  });
  return msg;
}

// Answers lookups the JITDylib cannot: asks Rust (harness table, then the host process).
class RustGenerator final : public llvm::orc::DefinitionGenerator {
public:
  explicit RustGenerator(rust::Box<ResolverHandle> handle) : handle_(std::move(handle)) {}

  llvm::Error tryToGenerate(llvm::orc::LookupState &, llvm::orc::LookupKind,
                            llvm::orc::JITDylib &jd, llvm::orc::JITDylibLookupFlags,
                            const llvm::orc::SymbolLookupSet &names) override {
    llvm::orc::SymbolMap found;
    for (const auto &kv : names) {
      llvm::StringRef name = *kv.first;
      uint64_t addr = resolve_symbol(*handle_, rust::Str(name.data(), name.size()));
      if (addr != 0) found[kv.first] = compat::absolute_symbol(addr);
    }
    if (found.empty()) return llvm::Error::success();
    return jd.define(llvm::orc::absoluteSymbols(std::move(found)));
  }

private:
  rust::Box<ResolverHandle> handle_;
};

// Records every block of every graph after fixups: where it landed and what it is.
class LayoutRecorder final : public compat::PluginBase {
public:
  void modifyPassConfig(llvm::orc::MaterializationResponsibility &, llvm::jitlink::LinkGraph &,
                        llvm::jitlink::PassConfiguration &config) override {
    config.PostFixupPasses.push_back([this](llvm::jitlink::LinkGraph &g) -> llvm::Error {
      std::lock_guard<std::mutex> lock(mu_);
      for (auto &sec : g.sections()) {
        for (auto *b : sec.blocks()) {
          BlockRecord r;
          r.object = rust::String(g.getName().data(), g.getName().size());
          r.section = rust::String(sec.getName().data(), sec.getName().size());
          r.prot = compat::prot_bits(sec.getMemProt());
          r.target_addr = b->getAddress().getValue();
          r.host_addr = b->isZeroFill() ? r.target_addr
                                        : reinterpret_cast<uint64_t>(b->getContent().data());
          r.size = b->getSize();
          r.align = b->getAlignment();
          pending_.push_back(std::move(r));
        }
      }
      return llvm::Error::success();
    });
  }

  rust::Vec<BlockRecord> take() {
    std::lock_guard<std::mutex> lock(mu_);
    rust::Vec<BlockRecord> out;
    for (auto &r : pending_) out.push_back(std::move(r));
    pending_.clear();
    return out;
  }

private:
  std::mutex mu_;
  std::vector<BlockRecord> pending_;
};

} // namespace

struct JitlinkSession::Impl {
  std::unique_ptr<llvm::orc::ExecutionSession> es;
  std::unique_ptr<llvm::orc::ObjectLinkingLayer> layer;
  llvm::orc::JITDylib *jd = nullptr;
  LayoutRecorder *recorder = nullptr;
  std::string memory_manager;

  // Errors ORC reports outside a lookup (e.g. a failed materialization of a dependency).
  std::mutex errors_mu;
  std::vector<std::string> errors;

  std::string take_errors() {
    std::lock_guard<std::mutex> lock(errors_mu);
    std::string all;
    for (auto &e : errors) all += (all.empty() ? "" : "; ") + e;
    errors.clear();
    return all;
  }

  ~Impl() {
    if (es) {
      if (auto err = es->endSession()) llvm::consumeError(std::move(err));
    }
  }
};

JitlinkSession::JitlinkSession(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
JitlinkSession::~JitlinkSession() = default;

std::unique_ptr<JitlinkSession> new_jitlink_slab(rust::Box<ResolverHandle> resolver,
                                                 uint64_t slab_size) {
  auto impl = std::make_unique<JitlinkSession::Impl>();
  auto epc = llvm::orc::SelfExecutorProcessControl::Create();
  if (!epc) throw std::runtime_error("creating the executor: " + to_string(epc.takeError()));
  impl->es = std::make_unique<llvm::orc::ExecutionSession>(std::move(*epc));
  auto *raw = impl.get();
  impl->es->setErrorReporter([raw](llvm::Error err) {
    std::lock_guard<std::mutex> lock(raw->errors_mu);
    raw->errors.push_back(to_string(std::move(err)));
  });
  auto mm = compat::make_slab_memory_manager(slab_size, impl->memory_manager);
  if (!mm) throw std::runtime_error("creating the memory manager: " + to_string(mm.takeError()));
  impl->layer = std::make_unique<llvm::orc::ObjectLinkingLayer>(*impl->es, std::move(*mm));
  auto recorder = std::make_unique<LayoutRecorder>();
  impl->recorder = recorder.get();
  impl->layer->addPlugin(std::move(recorder));
  impl->jd = &impl->es->createBareJITDylib("main");
  impl->jd->addGenerator(std::make_unique<RustGenerator>(std::move(resolver)));
  return std::unique_ptr<JitlinkSession>(new JitlinkSession(std::move(impl)));
}

rust::String JitlinkSession::memory_manager() const { return rust::String(impl_->memory_manager); }

void JitlinkSession::add_object(rust::Str name, rust::Slice<const uint8_t> bytes) {
  auto buffer = llvm::MemoryBuffer::getMemBufferCopy(
      llvm::StringRef(reinterpret_cast<const char *>(bytes.data()), bytes.size()),
      llvm::StringRef(name.data(), name.size()));
  if (auto err = impl_->layer->add(*impl_->jd, std::move(buffer)))
    throw std::runtime_error(to_string(std::move(err)));
}

void JitlinkSession::materialize(rust::Slice<const rust::String> names) {
  llvm::orc::SymbolLookupSet set;
  for (const auto &n : names) set.add(impl_->es->intern(llvm::StringRef(n.data(), n.size())));
  auto r = impl_->es->lookup(llvm::orc::makeJITDylibSearchOrder(impl_->jd), std::move(set));
  std::string msg;
  if (!r) msg = to_string(r.takeError());
  std::string reported = impl_->take_errors();
  if (!reported.empty()) msg = msg.empty() ? reported : reported + "; " + msg;
  if (!msg.empty()) throw std::runtime_error(msg);
}

uint64_t JitlinkSession::lookup(rust::Str name) const {
  auto r = impl_->es->lookup(llvm::orc::makeJITDylibSearchOrder(impl_->jd),
                             impl_->es->intern(llvm::StringRef(name.data(), name.size())));
  if (!r) {
    llvm::consumeError(r.takeError());
    impl_->take_errors();
    return 0;
  }
  return compat::address_of(*r);
}

rust::Vec<BlockRecord> JitlinkSession::take_blocks() { return impl_->recorder->take(); }

} // namespace jitharness
