//! The one cxx bridge between Rust and the C++ shim in `cpp/`: declarations only. The Rust
//! functions C++ calls are in `callbacks.rs`; the C++ ones in `cpp/include/jitharness/`.
//!
//! Everything LLVM's C++ API is reached through here. C++ never decides policy: it drives
//! LLVM, records what happened, and asks Rust when a choice is needed. Both sides speak the
//! shared types below, so no integer code (memory kind, protection bits) crosses with a
//! meaning only one side knows.

// The names the bridge's `extern "Rust"` section declares (cxx resolves them here).
use super::callbacks::{
    cross_release, cross_reserve, cross_reserve_graph, graph_mapped, graph_will_map, mapper_allocate, mapper_protect, mapper_release,
    resolve_symbol, slab_allocate, slab_finalize, slab_is_cross, slab_release, slab_reserve, slab_target_of, CrossHandle,
    GraphSpacerHandle, MapperHandle, ResolverHandle, SlabHandle,
};

#[cxx::bridge(namespace = "jitharness")]
pub mod ffi {
    // ---- Shared types ---------------------------------------------------------------

    /// What memory is for: `crate::memory::Kind` on the Rust side.
    #[derive(Debug)]
    enum MemKind {
        Code,
        RoData,
        RwData,
    }

    /// Access to memory: `crate::memory::sys::Prot` on the Rust side.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    struct Protection {
        read: bool,
        write: bool,
        exec: bool,
    }

    /// One piece of memory a memory manager will ask the slab for, listed in the order it
    /// will ask: the slab sizes the reservation from the list (src/memory/slab/sizing.rs).
    #[derive(Debug, Clone, Copy)]
    struct Segment {
        kind: MemKind,
        size: u64,
        align: u64,
    }

    /// One memory request a RuntimeDyld memory manager served.
    #[derive(Debug, Clone)]
    struct AllocationRecord {
        kind: MemKind,
        section_id: u32,
        name: String,
        size: u64,
        align: u32,
        host_addr: u64,
    }

    /// Where one section of an object file was loaded.
    #[derive(Debug, Clone)]
    struct ObjectSectionAddress {
        elf_index: u64,
        name: String,
        load_addr: u64,
        size: u64,
    }

    /// A mapping handed to a memory manager, or why there is none.
    #[derive(Debug, Clone, Copy)]
    struct MappedBlock {
        addr: u64,
        size: u64,
        /// 0 on success, else the errno.
        err: i32,
    }

    /// One block of a linked JITLink graph, after fixups.
    #[derive(Debug, Clone)]
    struct BlockRecord {
        /// The graph's name: the name the object was added under.
        object: String,
        section: String,
        prot: Protection,
        target_addr: u64,
        host_addr: u64,
        size: u64,
        align: u64,
    }

    /// Time a linker spent in one of its phases, summed over a session (see
    /// `crate::backend::LinkerClock`). `of` names the phase this one is a part of (empty: a
    /// phase of its own; the parts of a session's phases add up to its link time).
    #[derive(Debug, Clone)]
    struct PhaseTime {
        name: String,
        of: String,
        ns: u64,
    }

    /// A reservation at a target address and the host memory standing for it.
    #[derive(Debug, Clone, Copy)]
    struct CrossBlock {
        target: u64,
        host: u64,
        size: u64,
        /// 0 on success, else the errno.
        err: i32,
    }

    /// One graph's own reservation at a target address (`jitlink-default` in cross mode):
    /// where each of the graph's segments goes in it, in the order they were listed.
    #[derive(Debug, Clone)]
    struct CrossGraph {
        target: u64,
        host: u64,
        size: u64,
        offsets: Vec<u64>,
    }

    /// What this build's LLVM offers that the harness branches on: decided once in
    /// cpp/include/jitharness/llvm_compat.h, read through `crate::llvm::caps::caps()`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    struct Capabilities {
        /// SectionMemoryManager's ReserveAlloc option, one block per object (`rtdyld-reserve`).
        reserve_alloc: bool,
        /// LLVM's JITLink slab, MapperJITLinkMemoryManager with a reservation size
        /// (`jitlink-slab`; without it the backend is unsupported).
        slab_memory_manager: bool,
        /// orc::MemoryMapper, so that LLVM's slab can link at another process's addresses
        /// (`jitlink-slab` in cross mode).
        memory_mapper: bool,
        /// IR text uses opaque pointers (`ptr`) by default.
        opaque_pointers: bool,
        /// JITLink's debug-object plugin registers objects without DWARF sections too
        /// (`--debugger` on the harness's objects, which carry none).
        debug_objects_without_dwarf: bool,
        /// The new pass manager's `lower-global-dtors` (`--passes lower-global-dtors`).
        lower_global_dtors: bool,
    }

    // ---- Rust functions C++ calls (src/llvm/callbacks.rs) ---------------------------
    // None of them unwinds: a panic becomes the error status each one documents.

    extern "Rust" {
        type ResolverHandle;
        /// Address of an external symbol, or 0 when it cannot be resolved.
        fn resolve_symbol(handle: &ResolverHandle, name: &str) -> u64;

        type MapperHandle;
        /// SectionMemoryManager's mapper hook. `near_size` 0: no previous block.
        fn mapper_allocate(
            handle: &MapperHandle,
            kind: MemKind,
            size: u64,
            near_addr: u64,
            near_size: u64,
            prot: Protection,
        ) -> MappedBlock;
        /// Returns 0 or the errno.
        fn mapper_protect(handle: &MapperHandle, addr: u64, size: u64, prot: Protection) -> i32;
        /// Returns 0 or the errno.
        fn mapper_release(handle: &MapperHandle, addr: u64, size: u64) -> i32;

        // The slab's lifecycle, in LLVM's verbs, the same for RuntimeDyld and JITLink.
        type SlabHandle;
        /// Reserves memory for object `object`'s segments; returns the object's id.
        fn slab_reserve(handle: &SlabHandle, object: &str, segments: &[Segment]) -> Result<u64>;
        /// Memory for one section or segment of a reserved object; returns its host address.
        fn slab_allocate(handle: &SlabHandle, object: u64, kind: MemKind, size: u64, align: u64, section: &str) -> Result<u64>;
        /// Final protections for the object, instruction cache flushed: its code may run.
        fn slab_finalize(handle: &SlabHandle, object: u64) -> Result<()>;
        /// Gives the object's memory back.
        fn slab_release(handle: &SlabHandle, object: u64) -> Result<()>;
        /// The target address of host address `host` (equal in process).
        fn slab_target_of(handle: &SlabHandle, host: u64) -> Result<u64>;
        /// Whether the session links for another process (cross mode): nothing may run.
        fn slab_is_cross(handle: &SlabHandle) -> bool;

        type CrossHandle;
        fn cross_reserve(handle: &CrossHandle, size: u64) -> CrossBlock;
        fn cross_release(handle: &CrossHandle, target: u64);
        /// A reservation of its own for one graph's segments, laid out by Rust.
        fn cross_reserve_graph(handle: &CrossHandle, segments: &[Segment]) -> Result<CrossGraph>;

        // `jitlink-default` in process: its memory manager maps each graph itself.
        type GraphSpacerHandle;
        /// Just before graph `graph` is mapped: the placement may occupy address space.
        fn graph_will_map(handle: &GraphSpacerHandle, graph: &str) -> Result<()>;
        /// Where graph `graph`'s mapping landed: `[lo, hi)` spans its blocks.
        fn graph_mapped(handle: &GraphSpacerHandle, graph: &str, lo: u64, hi: u64);
    }

    // ---- C++ functions Rust calls (cpp/include/jitharness/) -------------------------

    unsafe extern "C++" {
        include!("jitharness/shim.h");

        /// LLVM's instruction-cache invalidation over `[addr, addr + size)`; when it runs is
        /// decided in src/llvm/callbacks.rs.
        fn flush_instruction_cache(addr: u64, size: u64);

        /// This LLVM's capabilities (llvm_compat.h).
        fn capabilities() -> Capabilities;
    }

    unsafe extern "C++" {
        include!("jitharness/jitlink.h");

        type JitlinkSession;

        fn new_jitlink_default(
            resolver: Box<ResolverHandle>,
            spacer: Box<GraphSpacerHandle>,
            debugger: bool,
        ) -> Result<UniquePtr<JitlinkSession>>;
        fn new_jitlink_default_cross(resolver: Box<ResolverHandle>, arena: Box<CrossHandle>) -> Result<UniquePtr<JitlinkSession>>;
        fn new_jitlink_slab(resolver: Box<ResolverHandle>, slab_size: u64, debugger: bool) -> Result<UniquePtr<JitlinkSession>>;
        fn new_jitlink_rust(resolver: Box<ResolverHandle>, slab: Box<SlabHandle>, debugger: bool) -> Result<UniquePtr<JitlinkSession>>;
        fn new_jitlink_slab_cross(
            resolver: Box<ResolverHandle>,
            arena: Box<CrossHandle>,
            slab_size: u64,
        ) -> Result<UniquePtr<JitlinkSession>>;
        fn memory_manager(self: &JitlinkSession) -> String;
        fn debug_plugin(self: &JitlinkSession) -> String;
        fn add_object(self: Pin<&mut JitlinkSession>, name: &str, bytes: &[u8]) -> Result<u64>;
        fn remove_object(self: Pin<&mut JitlinkSession>, tracker: u64) -> Result<()>;
        fn materialize(self: Pin<&mut JitlinkSession>, names: &[String]) -> Result<()>;
        fn lookup(self: &JitlinkSession, name: &str) -> u64;
        fn take_blocks(self: Pin<&mut JitlinkSession>) -> Vec<BlockRecord>;
        /// Time per JITLink phase since the session opened (one lookup after another).
        fn phase_times(self: &JitlinkSession) -> Vec<PhaseTime>;
    }

    unsafe extern "C++" {
        include!("jitharness/rtdyld.h");

        type RtdyldSession;

        fn new_rtdyld_stock(
            resolver: Box<ResolverHandle>,
            mapper: Box<MapperHandle>,
            reserve: bool,
            register_gdb: bool,
        ) -> UniquePtr<RtdyldSession>;
        fn new_rtdyld_rust(resolver: Box<ResolverHandle>, slab: Box<SlabHandle>, register_gdb: bool) -> UniquePtr<RtdyldSession>;
        fn load_object(self: Pin<&mut RtdyldSession>, name: &str, bytes: &[u8]) -> Result<u32>;
        fn take_allocations(self: Pin<&mut RtdyldSession>) -> Vec<AllocationRecord>;
        fn object_sections(self: &RtdyldSession, index: u32) -> Vec<ObjectSectionAddress>;
        fn map_section_address(self: Pin<&mut RtdyldSession>, host_addr: u64, target_addr: u64);
        fn resolve_relocations(self: Pin<&mut RtdyldSession>) -> Result<()>;
        fn finalize(self: Pin<&mut RtdyldSession>) -> Result<()>;
        fn lookup(self: &RtdyldSession, name: &str) -> u64;
        fn lookup_host(self: &RtdyldSession, name: &str) -> u64;
        /// Time inside the memory manager's calls (allocate, reserve, finalize) since the
        /// session opened, ns.
        fn memory_manager_ns(self: &RtdyldSession) -> u64;
    }
}

// SAFETY: a JitlinkSession is owned by one Rust value and used through &mut/& from one
// thread at a time; ORC's own threads (none: in-place task dispatch) do not outlive it.
unsafe impl Send for ffi::JitlinkSession {}

// SAFETY: RtdyldSession is only ever used from one thread at a time (the Rust owner holds it
// by value and every method takes &self/&mut self); RuntimeDyld keeps no thread-local state.
unsafe impl Send for ffi::RtdyldSession {}
