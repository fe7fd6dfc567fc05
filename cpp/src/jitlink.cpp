// ORC/JITLink driver. See include/jitharness/jitlink.h for the contract.
#include "jitharness/jitlink.h"
#include "jitharness/llvm_compat.h"
#include "jitharness/shim.h"
#include "jitharness/src/llvm/bridge.rs.h"

#include "llvm/ExecutionEngine/JITLink/JITLink.h"
#include "llvm/ExecutionEngine/Orc/Shared/AllocationActions.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace jitharness {
namespace {

using compat::to_string;

Protection protection(compat::MemProtFlags p) { return Protection{p.read, p.write, p.exec}; }

// A JITLink segment's kind by its protection, as every JITLink memory manager tells them apart.
MemKind kind_of(compat::MemProtFlags p) {
  return p.exec ? MemKind::Code : p.write ? MemKind::RwData : MemKind::RoData;
}

// Where the time of a session's lookups goes, by JITLink phase. The clock plugin (added after
// every other plugin, so it sees their passes) puts a mark at the front and the back of each
// of JITLink's pass lists, and one when ORC is told the graph was emitted; each mark books the
// time since the previous mark to its phase, so the phases add up to the time spent in
// `materialize` even when one lookup links several graphs. What JITLink does between two
// pass lists (pruning, allocating, resolving external symbols, applying fixups, finalizing)
// is the phase between their marks. The harness's own parts (its plugins' passes, its
// resolver) are timed where they run, as parts of the phases they fall in.
class PhaseClock {
public:
  enum Phase : unsigned {
    Parse,           // lookup dispatch, object → LinkGraph, pass configuration
    PrePrune,        // pre-prune passes (EH-frame splitting, marking live, keeping ctors)
    Prune,           // dead-stripping
    PostPrune,       // post-prune passes (GOT and PLT/stub building)
    Allocate,        // the memory manager's allocate, segment layout
    PostAllocation,  // post-allocation passes
    Resolve,         // external symbol lookup and ORC's notifyResolved
    PreFixup,        // pre-fixup passes (GOT/stub relaxation)
    Fixup,           // applying fixups
    PostFixup,       // post-fixup passes (layout recording, EH-frame range recording)
    Finalize,        // the memory manager's finalize, finalize actions, plugins' emitted hooks
    Orc,             // ORC's bookkeeping until the lookup returns
    PhaseCount
  };
  enum Part : unsigned { Plugins, Resolver, PartCount };

  void begin() {
    running_ = true;
    last_ = std::chrono::steady_clock::now();
  }
  void mark(Phase p) {
    if (!running_) return;  // a link outside `materialize` (a bare lookup) is not booked
    auto now = std::chrono::steady_clock::now();
    phases_[p] += static_cast<uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(now - last_).count());
    last_ = now;
  }
  void end() {
    mark(Orc);
    running_ = false;
  }
  uint64_t &part(Part p) { return parts_[p]; }

  rust::Vec<PhaseTime> times() const {
    static const char *const phase_names[PhaseCount] = {
        "parse",     "pre-prune passes", "prune",         "post-prune passes",
        "allocate",  "post-allocation passes", "resolve", "pre-fixup passes",
        "fixup",     "post-fixup passes", "finalize",     "orc"};
    static const char *const part_names[PartCount] = {"harness plugins", "harness resolver"};
    rust::Vec<PhaseTime> out;
    for (unsigned i = 0; i < PhaseCount; ++i) out.push_back(PhaseTime{phase_names[i], "", phases_[i]});
    for (unsigned i = 0; i < PartCount; ++i)
      out.push_back(PhaseTime{part_names[i], "phases", parts_[i]});
    return out;
  }

private:
  bool running_ = false;
  std::chrono::steady_clock::time_point last_;
  std::array<uint64_t, PhaseCount> phases_{};
  std::array<uint64_t, PartCount> parts_{};
};

// Puts PhaseClock's marks into every graph's pass lists.
class PhaseClockPlugin final : public compat::PluginBase {
public:
  explicit PhaseClockPlugin(PhaseClock &clock) : clock_(clock) {}

  void modifyPassConfig(llvm::orc::MaterializationResponsibility &, llvm::jitlink::LinkGraph &,
                        llvm::jitlink::PassConfiguration &config) override {
    bracket(config.PrePrunePasses, PhaseClock::Parse, PhaseClock::PrePrune);
    bracket(config.PostPrunePasses, PhaseClock::Prune, PhaseClock::PostPrune);
    bracket(config.PostAllocationPasses, PhaseClock::Allocate, PhaseClock::PostAllocation);
    bracket(config.PreFixupPasses, PhaseClock::Resolve, PhaseClock::PreFixup);
    bracket(config.PostFixupPasses, PhaseClock::Fixup, PhaseClock::PostFixup);
  }

  llvm::Error notifyEmitted(llvm::orc::MaterializationResponsibility &) override {
    clock_.mark(PhaseClock::Finalize);
    return llvm::Error::success();
  }

private:
  template <class Passes> void bracket(Passes &passes, PhaseClock::Phase before, PhaseClock::Phase in) {
    PhaseClock &clock = clock_;
    passes.insert(passes.begin(), [&clock, before](llvm::jitlink::LinkGraph &) -> llvm::Error {
      clock.mark(before);
      return llvm::Error::success();
    });
    passes.push_back([&clock, in](llvm::jitlink::LinkGraph &) -> llvm::Error {
      clock.mark(in);
      return llvm::Error::success();
    });
  }

  PhaseClock &clock_;
};

// Answers lookups the JITDylib cannot: asks Rust (harness table, then the host process).
class RustGenerator final : public llvm::orc::DefinitionGenerator {
public:
  RustGenerator(rust::Box<ResolverHandle> handle, PhaseClock &clock)
      : handle_(std::move(handle)), clock_(clock) {}

  llvm::Error tryToGenerate(llvm::orc::LookupState &, llvm::orc::LookupKind,
                            llvm::orc::JITDylib &jd, llvm::orc::JITDylibLookupFlags,
                            const llvm::orc::SymbolLookupSet &names) override {
    Stopwatch t(clock_.part(PhaseClock::Resolver));
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
  PhaseClock &clock_;
};

// Records every block of every graph after fixups: where it landed and what it is.
class LayoutRecorder final : public compat::PluginBase {
public:
  explicit LayoutRecorder(PhaseClock &clock) : clock_(clock) {}

  void modifyPassConfig(llvm::orc::MaterializationResponsibility &, llvm::jitlink::LinkGraph &,
                        llvm::jitlink::PassConfiguration &config) override {
    // Static constructor and destructor tables have no symbol that refers to them, so JITLink
    // would dead-strip them; they are kept, as ORC's ELF platform keeps them, for the harness
    // to run (src/run/init.rs).
    config.PrePrunePasses.push_back([this](llvm::jitlink::LinkGraph &g) -> llvm::Error {
      Stopwatch t(clock_.part(PhaseClock::Plugins));
      for (auto &sec : g.sections()) {
        llvm::StringRef n = sec.getName();
        auto has_prefix = [&](const char *p) { return n.substr(0, std::strlen(p)) == p; };
        if (!(has_prefix(".init_array") || has_prefix(".fini_array") || has_prefix(".ctors") ||
              has_prefix(".dtors")))
          continue;
        for (auto *b : sec.blocks()) g.addAnonymousSymbol(*b, 0, b->getSize(), false, true);
      }
      return llvm::Error::success();
    });
    config.PostFixupPasses.push_back([this](llvm::jitlink::LinkGraph &g) -> llvm::Error {
      Stopwatch t(clock_.part(PhaseClock::Plugins));
      std::lock_guard<std::mutex> lock(mu_);
      for (auto &sec : g.sections()) {
        for (auto *b : sec.blocks()) {
          BlockRecord r;
          r.object = rust::String(g.getName().data(), g.getName().size());
          r.section = rust::String(sec.getName().data(), sec.getName().size());
          r.prot = protection(compat::mem_prot(sec.getMemProt()));
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
  PhaseClock &clock_;
  std::mutex mu_;
  std::vector<BlockRecord> pending_;
};

// JITLink memory from the Rust slab, a forwarding adapter onto the slab's lifecycle
// (src/memory/slab/): allocate → reserve the graph's segments and allocate each, finalize →
// finalize (Rust protects and flushes the instruction cache), deallocate/abandon → release.
// Besides forwarding it lays the graph out (BasicLayout) and runs the graph's finalize and
// deallocate actions (EH-frame registration) in process.
class RustJITLinkMemoryManager final : public llvm::jitlink::JITLinkMemoryManager {
public:
  explicit RustJITLinkMemoryManager(rust::Box<SlabHandle> slab) : slab_(std::move(slab)) {}

  void allocate(const llvm::jitlink::JITLinkDylib *, llvm::jitlink::LinkGraph &g,
                OnAllocatedFunction on_allocated) override {
    llvm::jitlink::BasicLayout layout(g);
    // The segments in the order they are allocated below: Rust sizes the reservation from
    // them, the way it will carve them.
    std::vector<Segment> segments;
    for (auto &kv : layout.segments())
      segments.push_back({kind_of(compat::mem_prot(kv.first.getMemProt())),
                          kv.second.ContentSize + kv.second.ZeroFillSize,
                          kv.second.Alignment.value()});
    uint64_t object;
    try {
      object = slab_reserve(*slab_, rust::Str(g.getName().data(), g.getName().size()),
                            rust::Slice<const Segment>(segments.data(), segments.size()));
    } catch (const std::exception &e) {
      on_allocated(error(e.what()));
      return;
    }
    try {
      size_t i = 0;
      for (auto &kv : layout.segments()) {
        auto &seg = kv.second;
        const Segment &s = segments[i++];
        uint64_t host = slab_allocate(*slab_, object, s.kind, s.size, s.align, "segment");
        seg.WorkingMem = reinterpret_cast<char *>(host);
        std::memset(seg.WorkingMem + seg.ContentSize, 0, seg.ZeroFillSize);
        seg.Addr = llvm::orc::ExecutorAddr(slab_target_of(*slab_, host));
      }
    } catch (const std::exception &e) {
      std::string why = e.what();
      try {
        slab_release(*slab_, object);
      } catch (const std::exception &) {
      }
      on_allocated(error(why));
      return;
    }
    if (auto err = layout.apply()) {
      on_allocated(std::move(err));
      return;
    }
    on_allocated(std::make_unique<InFlight>(*this, object, g));
  }

  void deallocate(std::vector<FinalizedAlloc> allocs, OnDeallocatedFunction done) override {
    llvm::Error all = llvm::Error::success();
    for (auto &a : allocs) {
      uint64_t object = a.getAddress().getValue() - 1;
      a.release();
      std::vector<llvm::orc::shared::WrapperFunctionCall> actions;
      {
        std::lock_guard<std::mutex> lock(mu_);
        actions = std::move(dealloc_actions_[object]);
        dealloc_actions_.erase(object);
      }
      if (auto err = llvm::orc::shared::runDeallocActions(actions))
        all = llvm::joinErrors(std::move(all), std::move(err));
      try {
        slab_release(*slab_, object);
      } catch (const std::exception &e) {
        all = llvm::joinErrors(std::move(all), error(e.what()));
      }
    }
    done(std::move(all));
  }

private:
  static llvm::Error error(const std::string &msg) {
    return llvm::make_error<llvm::StringError>(msg, llvm::inconvertibleErrorCode());
  }

  class InFlight final : public InFlightAlloc {
  public:
    // The graph outlives its in-flight allocation; its actions are read at finalization, as
    // passes after allocation (EH-frame registration) add theirs.
    InFlight(RustJITLinkMemoryManager &mm, uint64_t object, llvm::jitlink::LinkGraph &g)
        : mm_(mm), object_(object), graph_(g) {}

    void finalize(OnFinalizedFunction done) override {
      try {
        slab_finalize(*mm_.slab_, object_);
      } catch (const std::exception &e) {
        done(error(e.what()));
        return;
      }
      std::vector<llvm::orc::shared::WrapperFunctionCall> dealloc;
      // In cross mode the graph's actions (EH-frame registration) would run here on
      // memory at other addresses: they do not run, nothing of the graph does.
      if (!slab_is_cross(*mm_.slab_)) {
        auto r = llvm::orc::shared::runFinalizeActions(graph_.allocActions());
        if (!r) {
          done(r.takeError());
          return;
        }
        dealloc = std::move(*r);
      }
      {
        std::lock_guard<std::mutex> lock(mm_.mu_);
        mm_.dealloc_actions_[object_] = std::move(dealloc);
      }
      // FinalizedAlloc's address must not be 0: the object id + 1.
      done(FinalizedAlloc(llvm::orc::ExecutorAddr(object_ + 1)));
    }

    void abandon(OnAbandonedFunction done) override {
      try {
        slab_release(*mm_.slab_, object_);
      } catch (const std::exception &e) {
        done(error(e.what()));
        return;
      }
      done(llvm::Error::success());
    }

  private:
    RustJITLinkMemoryManager &mm_;
    uint64_t object_;
    llvm::jitlink::LinkGraph &graph_;
  };

  rust::Box<SlabHandle> slab_;
  std::mutex mu_;
  std::map<uint64_t, std::vector<llvm::orc::shared::WrapperFunctionCall>> dealloc_actions_;
};

// `jitlink-default` in process: JITLink's default memory manager maps each graph itself,
// where the kernel chooses, so placement cannot hand it an address. Rust is told before
// each graph is mapped (it may occupy address space first, as the process's other
// allocations would: src/memory/graphs.rs) and where the graph landed.
class GraphPlacementPlugin final : public compat::PluginBase {
public:
  GraphPlacementPlugin(rust::Box<GraphSpacerHandle> spacer, PhaseClock &clock)
      : spacer_(std::move(spacer)), clock_(clock) {}

  void modifyPassConfig(llvm::orc::MaterializationResponsibility &, llvm::jitlink::LinkGraph &,
                        llvm::jitlink::PassConfiguration &config) override {
    // Post-prune passes run just before JITLink asks the memory manager for memory.
    config.PostPrunePasses.push_back([this](llvm::jitlink::LinkGraph &g) -> llvm::Error {
      Stopwatch t(clock_.part(PhaseClock::Plugins));
      try {
        graph_will_map(*spacer_, rust::Str(g.getName().data(), g.getName().size()));
      } catch (const std::exception &e) {
        return llvm::make_error<llvm::StringError>(e.what(), llvm::inconvertibleErrorCode());
      }
      return llvm::Error::success();
    });
    config.PostAllocationPasses.push_back([this](llvm::jitlink::LinkGraph &g) -> llvm::Error {
      Stopwatch t(clock_.part(PhaseClock::Plugins));
      uint64_t lo = UINT64_MAX, hi = 0;
      for (auto &sec : g.sections())
        for (auto *b : sec.blocks()) {
          uint64_t a = b->getAddress().getValue();
          lo = std::min(lo, a);
          hi = std::max(hi, a + b->getSize());
        }
      if (lo < hi) graph_mapped(*spacer_, rust::Str(g.getName().data(), g.getName().size()), lo, hi);
      return llvm::Error::success();
    });
  }

private:
  rust::Box<GraphSpacerHandle> spacer_;
  PhaseClock &clock_;
};

// `jitlink-default` in cross mode: the default memory manager's policy (each graph one
// mapping of its own, its segments one after another in BasicLayout's order) at target
// addresses Rust chooses per graph; the bytes are written into host memory standing for
// them. Rust sizes the mapping and places each segment in it; nothing is run.
class PerGraphCrossMemoryManager final : public llvm::jitlink::JITLinkMemoryManager {
public:
  explicit PerGraphCrossMemoryManager(rust::Box<CrossHandle> arena) : arena_(std::move(arena)) {}

  void allocate(const llvm::jitlink::JITLinkDylib *, llvm::jitlink::LinkGraph &g,
                OnAllocatedFunction on_allocated) override {
    llvm::jitlink::BasicLayout layout(g);
    std::vector<Segment> segments;
    for (auto &kv : layout.segments())
      segments.push_back({kind_of(compat::mem_prot(kv.first.getMemProt())),
                          kv.second.ContentSize + kv.second.ZeroFillSize,
                          kv.second.Alignment.value()});
    CrossGraph m;
    try {
      m = cross_reserve_graph(*arena_, rust::Slice<const Segment>(segments.data(), segments.size()));
    } catch (const std::exception &e) {
      on_allocated(llvm::make_error<llvm::StringError>(e.what(), llvm::inconvertibleErrorCode()));
      return;
    }
    size_t i = 0;
    for (auto &kv : layout.segments()) {
      auto &seg = kv.second;
      uint64_t off = m.offsets[i++];
      seg.WorkingMem = reinterpret_cast<char *>(m.host + off);
      std::memset(seg.WorkingMem + seg.ContentSize, 0, seg.ZeroFillSize);
      seg.Addr = llvm::orc::ExecutorAddr(m.target + off);
    }
    if (auto err = layout.apply()) {
      cross_release(*arena_, m.target);
      on_allocated(std::move(err));
      return;
    }
    on_allocated(std::make_unique<InFlight>(*this, m.target));
  }

  void deallocate(std::vector<FinalizedAlloc> allocs, OnDeallocatedFunction done) override {
    for (auto &a : allocs) {
      cross_release(*arena_, a.getAddress().getValue());
      a.release();
    }
    done(llvm::Error::success());
  }

private:
  class InFlight final : public InFlightAlloc {
  public:
    InFlight(PerGraphCrossMemoryManager &mm, uint64_t target) : mm_(mm), target_(target) {}
    // Cross mode: the graph's finalize actions would run on memory at other addresses;
    // none runs. The mapping's target address identifies it (never 0).
    void finalize(OnFinalizedFunction done) override {
      done(FinalizedAlloc(llvm::orc::ExecutorAddr(target_)));
    }
    void abandon(OnAbandonedFunction done) override {
      cross_release(*mm_.arena_, target_);
      done(llvm::Error::success());
    }

  private:
    PerGraphCrossMemoryManager &mm_;
    uint64_t target_;
  };

  rust::Box<CrossHandle> arena_;
};

#if JITHARNESS_HAS_MEMORY_MAPPER
// LLVM's slab manager for another process's address space (cross mode): Rust hands out the
// target range of each reservation and the host memory standing for it; JITLink lays out
// and fixes up there. Nothing is transferred or run: finalization only reports the base.
class CrossMemoryMapper final : public compat::MemoryMapperBase {
public:
  explicit CrossMemoryMapper(rust::Box<CrossHandle> arena) : arena_(std::move(arena)) {}

  unsigned int getPageSize() override { return 4096; }

  void reserve(size_t bytes, OnReservedFunction on_reserved) override {
    CrossBlock b = cross_reserve(*arena_, bytes);
    if (b.err != 0) {
      on_reserved(llvm::errorCodeToError(std::error_code(b.err, std::generic_category())));
      return;
    }
    {
      std::lock_guard<std::mutex> lock(mu_);
      blocks_[b.target] = {b.host, b.size};
    }
    on_reserved(llvm::orc::ExecutorAddrRange(llvm::orc::ExecutorAddr(b.target),
                                             llvm::orc::ExecutorAddrDiff(b.size)));
  }

  char *prepare_at(llvm::orc::ExecutorAddr addr, size_t) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = blocks_.upper_bound(addr.getValue());
    if (it == blocks_.begin()) return nullptr;
    --it;
    return reinterpret_cast<char *>(it->second.first + (addr.getValue() - it->first));
  }

  void initialize(AllocInfo &ai, OnInitializedFunction done) override { done(ai.MappingBase); }

  void deinitialize(llvm::ArrayRef<llvm::orc::ExecutorAddr>, OnDeinitializedFunction done) override {
    done(llvm::Error::success());
  }

  void release(llvm::ArrayRef<llvm::orc::ExecutorAddr> bases, OnReleasedFunction done) override {
    for (auto a : bases) {
      std::lock_guard<std::mutex> lock(mu_);
      auto it = blocks_.find(a.getValue());
      if (it == blocks_.end()) continue;
      cross_release(*arena_, it->first);
      blocks_.erase(it);
    }
    done(llvm::Error::success());
  }

private:
  rust::Box<CrossHandle> arena_;
  std::mutex mu_;
  std::map<uint64_t, std::pair<uint64_t, uint64_t>> blocks_;  // target -> (host, size)
};
#endif

} // namespace

struct JitlinkSession::Impl {
  // First, so that it outlives the plugins and the generator that book time on it. ORC runs
  // a session's links on the thread that looks up (in-place dispatch): no lock.
  PhaseClock clock;
  std::unique_ptr<llvm::orc::ExecutionSession> es;
  std::unique_ptr<llvm::orc::ObjectLinkingLayer> layer;
  llvm::orc::JITDylib *jd = nullptr;
  LayoutRecorder *recorder = nullptr;
  std::string memory_manager;
  // The debug-object plugin added (empty: none).
  std::string debug_plugin;
  // One tracker per added object, so each can be removed on its own.
  std::vector<llvm::orc::ResourceTrackerSP> trackers;

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

// `mm` null: the executor's own memory manager, as LLJIT's ObjectLinkingLayer takes it.
// `in_process`: the graphs' code will run here, so their .eh_frame is registered with this
// process's unwinder, as LLJIT does (in cross mode it would describe other addresses).
// `debugger`: each graph is also registered with the GDB JIT interface, as LLJIT's
// enableDebuggerSupport does (in process only; LLJIT does not by default).
static std::unique_ptr<JitlinkSession>
make_session(rust::Box<ResolverHandle> resolver,
             std::unique_ptr<llvm::jitlink::JITLinkMemoryManager> mm, std::string description,
             bool in_process, bool debugger,
             std::optional<rust::Box<GraphSpacerHandle>> spacer = std::nullopt) {
  auto impl = std::make_unique<JitlinkSession::Impl>();
  impl->memory_manager = std::move(description);
  auto epc = llvm::orc::SelfExecutorProcessControl::Create();
  if (!epc) throw std::runtime_error("creating the executor (SelfExecutorProcessControl): " +
                                    to_string(epc.takeError()));
  impl->es = std::make_unique<llvm::orc::ExecutionSession>(std::move(*epc));
  auto *raw = impl.get();
  impl->es->setErrorReporter([raw](llvm::Error err) {
    std::lock_guard<std::mutex> lock(raw->errors_mu);
    raw->errors.push_back(to_string(std::move(err)));
  });
  impl->layer = mm ? std::make_unique<llvm::orc::ObjectLinkingLayer>(*impl->es, std::move(mm))
                   : std::make_unique<llvm::orc::ObjectLinkingLayer>(*impl->es);
  if (spacer)
    impl->layer->addPlugin(std::make_unique<GraphPlacementPlugin>(std::move(*spacer), impl->clock));
  if (in_process) {
    auto eh = compat::make_eh_frame_plugin(*impl->es);
    if (!eh) throw std::runtime_error("creating the EH-frame registration plugin: " + to_string(eh.takeError()));
    impl->layer->addPlugin(std::move(*eh));
  }
  if (in_process && debugger) {
    auto dbg = compat::make_debug_object_plugin(*impl->es, impl->debug_plugin);
    if (!dbg) throw std::runtime_error("creating the debug-object plugin (GDB JIT interface): " +
                                      to_string(dbg.takeError()));
    impl->layer->addPlugin(std::move(*dbg));
  }
  auto recorder = std::make_unique<LayoutRecorder>(impl->clock);
  impl->recorder = recorder.get();
  impl->layer->addPlugin(std::move(recorder));
  // Last: its marks go around every other plugin's passes.
  impl->layer->addPlugin(std::make_unique<PhaseClockPlugin>(impl->clock));
  impl->jd = &impl->es->createBareJITDylib("main");
  impl->jd->addGenerator(std::make_unique<RustGenerator>(std::move(resolver), impl->clock));
  return std::unique_ptr<JitlinkSession>(new JitlinkSession(std::move(impl)));
}

std::unique_ptr<JitlinkSession> new_jitlink_default(rust::Box<ResolverHandle> resolver,
                                                    rust::Box<GraphSpacerHandle> spacer,
                                                    bool debugger) {
  return make_session(std::move(resolver), nullptr,
                      "InProcessMemoryManager: the executor's default (SelfExecutorProcessControl), "
                      "as LLJIT's ObjectLinkingLayer uses it; one mapping per graph",
                      true, debugger, std::move(spacer));
}

std::unique_ptr<JitlinkSession> new_jitlink_default_cross(rust::Box<ResolverHandle> resolver,
                                                          rust::Box<CrossHandle> arena) {
  return make_session(std::move(resolver),
                      std::make_unique<PerGraphCrossMemoryManager>(std::move(arena)),
                      "InProcessMemoryManager's policy at target addresses (cross mode): one "
                      "mapping per graph, segments page-aligned one after another",
                      false, false);
}

std::unique_ptr<JitlinkSession> new_jitlink_slab(rust::Box<ResolverHandle> resolver,
                                                 uint64_t slab_size, bool debugger) {
  std::string description;
  auto mm = compat::make_slab_memory_manager(slab_size, description);
  if (!mm) throw std::runtime_error("creating LLVM's JITLink memory manager: " +
                                   to_string(mm.takeError()));
  return make_session(std::move(resolver), std::move(*mm), std::move(description), true, debugger);
}

std::unique_ptr<JitlinkSession> new_jitlink_slab_cross(rust::Box<ResolverHandle> resolver,
                                                       rust::Box<CrossHandle> arena,
                                                       uint64_t slab_size) {
#if JITHARNESS_HAS_MEMORY_MAPPER
  auto mm = compat::make_mapper_memory_manager(
      slab_size, std::make_unique<CrossMemoryMapper>(std::move(arena)));
  return make_session(std::move(resolver), std::move(mm),
                      "MapperJITLinkMemoryManager over a cross-mode mapper (LLVM's slab, " +
                          std::to_string(slab_size) + "-byte reservations at target addresses)",
                      false, false);
#else
  (void)resolver;
  (void)arena;
  (void)slab_size;
  // Rust checks the memory_mapper capability before it asks for this session.
  throw std::runtime_error("this LLVM has no orc::MemoryMapper (from LLVM 16): LLVM's JITLink "
                           "slab cannot link at another process's addresses here");
#endif
}

std::unique_ptr<JitlinkSession> new_jitlink_rust(rust::Box<ResolverHandle> resolver,
                                                 rust::Box<SlabHandle> slab, bool debugger) {
  bool in_process = !slab_is_cross(*slab);
  return make_session(std::move(resolver),
                      std::make_unique<RustJITLinkMemoryManager>(std::move(slab)),
                      "Rust slab (one reservation per session) behind a forwarding JITLinkMemoryManager",
                      in_process, debugger);
}

rust::String JitlinkSession::memory_manager() const { return rust::String(impl_->memory_manager); }

rust::String JitlinkSession::debug_plugin() const { return rust::String(impl_->debug_plugin); }

uint64_t JitlinkSession::add_object(rust::Str name, rust::Slice<const uint8_t> bytes) {
  auto buffer = llvm::MemoryBuffer::getMemBufferCopy(
      llvm::StringRef(reinterpret_cast<const char *>(bytes.data()), bytes.size()),
      llvm::StringRef(name.data(), name.size()));
  auto tracker = impl_->jd->createResourceTracker();
  if (auto err = static_cast<llvm::orc::ObjectLayer &>(*impl_->layer).add(tracker, std::move(buffer)))
    throw std::runtime_error(to_string(std::move(err)));
  impl_->trackers.push_back(std::move(tracker));
  return impl_->trackers.size() - 1;
}

void JitlinkSession::remove_object(uint64_t tracker) {
  if (tracker >= impl_->trackers.size() || !impl_->trackers[tracker])
    throw std::runtime_error("no object with tracker " + std::to_string(tracker) + " in the session");
  auto rt = std::move(impl_->trackers[tracker]);
  std::string msg;
  if (auto err = rt->remove()) msg = to_string(std::move(err));
  std::string reported = impl_->take_errors();
  if (!reported.empty()) msg = msg.empty() ? reported : reported + "; " + msg;
  if (!msg.empty()) throw std::runtime_error(msg);
}

void JitlinkSession::materialize(rust::Slice<const rust::String> names) {
  llvm::orc::SymbolLookupSet set;
  for (const auto &n : names) set.add(impl_->es->intern(llvm::StringRef(n.data(), n.size())));
  // Hidden definitions (C++'s DW.ref.* personality words) are the object's own, not
  // exported: the harness asks for every definition, so the search matches all of them.
  impl_->clock.begin();
  auto r = impl_->es->lookup(
      llvm::orc::makeJITDylibSearchOrder(impl_->jd, llvm::orc::JITDylibLookupFlags::MatchAllSymbols),
      std::move(set));
  impl_->clock.end();
  std::string msg;
  if (!r) msg = to_string(r.takeError());
  std::string reported = impl_->take_errors();
  if (!reported.empty()) msg = msg.empty() ? reported : reported + "; " + msg;
  if (!msg.empty()) throw std::runtime_error(msg);
}

uint64_t JitlinkSession::lookup(rust::Str name) const {
  auto r = impl_->es->lookup(
      llvm::orc::makeJITDylibSearchOrder(impl_->jd, llvm::orc::JITDylibLookupFlags::MatchAllSymbols),
      impl_->es->intern(llvm::StringRef(name.data(), name.size())));
  if (!r) {
    llvm::consumeError(r.takeError());
    impl_->take_errors();
    return 0;
  }
  return compat::address_of(*r);
}

rust::Vec<BlockRecord> JitlinkSession::take_blocks() { return impl_->recorder->take(); }

rust::Vec<PhaseTime> JitlinkSession::phase_times() const { return impl_->clock.times(); }

} // namespace jitharness
