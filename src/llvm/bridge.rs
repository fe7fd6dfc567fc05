//! The one cxx bridge between Rust and the C++ shim in `cpp/`.
//!
//! Everything LLVM's C++ API is reached through here. C++ never decides policy: it drives
//! LLVM, records what happened, and asks Rust (e.g. `resolve_symbol`) when a choice is needed.

// The reservation calls mirror RuntimeDyld's reserveAllocationSpace: a size and an alignment
// per kind, flat, as the C++ side has them.
#![allow(clippy::too_many_arguments)]

use crate::backend::resolve::Resolver;
use crate::memory::placement::Mapper;
use crate::memory::slab::Slab;
use crate::memory::sys::Prot;
use crate::memory::Kind;
use std::sync::Arc;

/// What the C++ side holds to ask Rust for symbol addresses.
pub struct ResolverHandle(pub Arc<Resolver>);

/// What the C++ memory-mapper hook holds to ask Rust where memory goes.
pub struct MapperHandle(pub Arc<Mapper>);

/// What the cross-mode JITLink mapper holds: target addresses and the host memory standing
/// for them.
pub struct CrossHandle(pub Arc<crate::memory::cross::CrossArena>);

/// What the C++ forwarding memory managers hold: the session's Rust slab, and in cross mode
/// the target address its base maps to.
pub struct SlabHandle(pub Arc<Slab>, pub Option<u64>);

#[cxx::bridge(namespace = "jitharness")]
pub mod bridge {
    /// One memory request a RuntimeDyld memory manager served.
    #[derive(Debug, Clone)]
    struct AllocationRecord {
        /// 0 code, 1 read-only data, 2 read-write data.
        kind: u8,
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
        /// read 1 | write 2 | exec 4.
        prot: u32,
        target_addr: u64,
        host_addr: u64,
        size: u64,
        align: u64,
    }

    /// A reservation at a target address and the host memory standing for it.
    #[derive(Debug, Clone, Copy)]
    struct CrossBlock {
        target: u64,
        host: u64,
        size: u64,
        err: i32,
    }

    extern "Rust" {
        type CrossHandle;
        fn cross_reserve(handle: &CrossHandle, size: u64) -> CrossBlock;
        fn cross_release(handle: &CrossHandle, target: u64);

        type ResolverHandle;
        /// Address of an external symbol, or 0 when it cannot be resolved. Never panics.
        fn resolve_symbol(handle: &ResolverHandle, name: &str) -> u64;

        type MapperHandle;
        /// purpose: 0 code, 1 read-only data, 2 read-write data; prot: read 1, write 2,
        /// exec 4; near_size 0: no previous block. Never panics.
        fn mapper_allocate(handle: &MapperHandle, purpose: u8, size: u64, near_addr: u64, near_size: u64, prot: u32) -> MappedBlock;
        /// Returns 0 or the errno. Never panics.
        fn mapper_protect(handle: &MapperHandle, addr: u64, size: u64, prot: u32) -> i32;
        /// Returns 0 or the errno. Never panics.
        fn mapper_release(handle: &MapperHandle, addr: u64, size: u64) -> i32;

        type SlabHandle;
        /// RuntimeDyld's reserveAllocationSpace. False: refused (the slab remembers why).
        fn slab_reserve(handle: &SlabHandle, code: u64, code_align: u64, ro: u64, ro_align: u64, rw: u64, rw_align: u64) -> bool;
        /// kind: 0 code, 1 read-only, 2 read-write. 0: refused (the slab remembers why).
        fn slab_allocate(handle: &SlabHandle, kind: u8, size: u64, align: u32, name: &str) -> u64;
        /// Final protections; returns (address, size) pairs of code to flush, flattened.
        fn slab_finalize(handle: &SlabHandle) -> Result<Vec<u64>>;
        /// JITLink: reserves a graph's segments (sizes and alignments per kind) and returns
        /// the object's index in the slab.
        fn slab_reserve_object(
            handle: &SlabHandle,
            name: &str,
            code: u64,
            code_align: u64,
            ro: u64,
            ro_align: u64,
            rw: u64,
            rw_align: u64,
        ) -> Result<u64>;
        /// Final protections for one object; code ranges to flush, flattened.
        fn slab_finalize_object(handle: &SlabHandle, index: u64) -> Result<Vec<u64>>;
        /// Gives an object's memory back.
        fn slab_release_object(handle: &SlabHandle, index: u64) -> Result<()>;
        /// The target address of host address `host` (equal in process).
        fn slab_target_of(handle: &SlabHandle, host: u64) -> u64;
        /// Whether the session links for another process (cross mode): nothing may run.
        fn slab_is_cross(handle: &SlabHandle) -> bool;
        fn slab_last_error(handle: &SlabHandle) -> String;
    }

    unsafe extern "C++" {
        include!("jitharness/jitlink.h");

        type JitlinkSession;

        fn new_jitlink_slab(resolver: Box<ResolverHandle>, slab_size: u64) -> Result<UniquePtr<JitlinkSession>>;
        fn new_jitlink_rust(resolver: Box<ResolverHandle>, slab: Box<SlabHandle>) -> Result<UniquePtr<JitlinkSession>>;
        fn new_jitlink_slab_cross(
            resolver: Box<ResolverHandle>,
            arena: Box<CrossHandle>,
            slab_size: u64,
        ) -> Result<UniquePtr<JitlinkSession>>;
        fn memory_manager(self: &JitlinkSession) -> String;
        fn add_object(self: Pin<&mut JitlinkSession>, name: &str, bytes: &[u8]) -> Result<()>;
        fn materialize(self: Pin<&mut JitlinkSession>, names: &[String]) -> Result<()>;
        fn lookup(self: &JitlinkSession, name: &str) -> u64;
        fn take_blocks(self: Pin<&mut JitlinkSession>) -> Vec<BlockRecord>;
    }

    unsafe extern "C++" {
        include!("jitharness/rtdyld.h");

        type RtdyldSession;

        fn new_rtdyld_stock(resolver: Box<ResolverHandle>, mapper: Box<MapperHandle>, reserve: bool) -> UniquePtr<RtdyldSession>;
        fn smm_has_reserve_alloc() -> bool;
        fn new_rtdyld_rust(resolver: Box<ResolverHandle>, slab: Box<SlabHandle>) -> UniquePtr<RtdyldSession>;
        fn load_object(self: Pin<&mut RtdyldSession>, name: &str, bytes: &[u8]) -> Result<u32>;
        fn take_allocations(self: Pin<&mut RtdyldSession>) -> Vec<AllocationRecord>;
        fn object_sections(self: &RtdyldSession, index: u32) -> Vec<ObjectSectionAddress>;
        fn map_section_address(self: Pin<&mut RtdyldSession>, host_addr: u64, target_addr: u64);
        fn resolve_relocations(self: Pin<&mut RtdyldSession>) -> Result<()>;
        fn finalize(self: Pin<&mut RtdyldSession>) -> Result<()>;
        fn lookup(self: &RtdyldSession, name: &str) -> u64;
        fn lookup_host(self: &RtdyldSession, name: &str) -> u64;
    }
}

fn resolve_symbol(handle: &ResolverHandle, name: &str) -> u64 {
    // A panic must not unwind into LLVM's frames.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle.0.resolve(name))).unwrap_or(0)
}

fn mapper_allocate(handle: &MapperHandle, purpose: u8, size: u64, near_addr: u64, near_size: u64, prot: u32) -> bridge::MappedBlock {
    let purpose = match purpose {
        0 => Kind::Code,
        1 => Kind::RoData,
        _ => Kind::RwData,
    };
    let near = (near_size != 0).then_some((near_addr, near_size));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle.0.allocate(purpose, size, near, prot_of(prot))));
    match r {
        Ok(Ok((addr, size))) => bridge::MappedBlock { addr, size, err: 0 },
        Ok(Err(e)) => bridge::MappedBlock { addr: 0, size: 0, err: e.0 },
        Err(_) => bridge::MappedBlock { addr: 0, size: 0, err: libc::ENOMEM },
    }
}

fn mapper_protect(handle: &MapperHandle, addr: u64, size: u64, prot: u32) -> i32 {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle.0.protect(addr, size, prot_of(prot)))) {
        Ok(Ok(())) => 0,
        Ok(Err(e)) => e.0,
        Err(_) => libc::EINVAL,
    }
}

fn mapper_release(handle: &MapperHandle, addr: u64, size: u64) -> i32 {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle.0.release(addr, size))) {
        Ok(Ok(())) => 0,
        Ok(Err(e)) => e.0,
        Err(_) => libc::EINVAL,
    }
}

fn prot_of(bits: u32) -> Prot {
    Prot { read: bits & 1 != 0, write: bits & 2 != 0, exec: bits & 4 != 0 }
}

fn slab_reserve(handle: &SlabHandle, code: u64, code_align: u64, ro: u64, ro_align: u64, rw: u64, rw_align: u64) -> bool {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle.0.reserve([(code, code_align), (ro, ro_align), (rw, rw_align)])))
        .unwrap_or(false)
}

fn slab_allocate(handle: &SlabHandle, kind: u8, size: u64, align: u32, name: &str) -> u64 {
    let kind = match kind {
        0 => Kind::Code,
        1 => Kind::RoData,
        _ => Kind::RwData,
    };
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle.0.allocate(kind, size, align.max(1) as u64, name))).unwrap_or(0)
}

fn slab_finalize(handle: &SlabHandle) -> Result<Vec<u64>, String> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle.0.finalize())) {
        Ok(Ok(ranges)) => Ok(ranges.into_iter().flat_map(|(a, s)| [a, s]).collect()),
        Ok(Err(e)) => Err(e),
        Err(_) => Err("the slab panicked while finalizing".into()),
    }
}

fn cross_reserve(handle: &CrossHandle, size: u64) -> bridge::CrossBlock {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle.0.reserve(size))) {
        Ok(Ok(b)) => bridge::CrossBlock { target: b.target, host: b.host, size: b.size, err: 0 },
        Ok(Err(e)) => bridge::CrossBlock { target: 0, host: 0, size: 0, err: e.0 },
        Err(_) => bridge::CrossBlock { target: 0, host: 0, size: 0, err: libc::ENOMEM },
    }
}

fn cross_release(handle: &CrossHandle, target: u64) {
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle.0.release(target)));
}

fn slab_reserve_object(
    handle: &SlabHandle,
    name: &str,
    code: u64,
    code_align: u64,
    ro: u64,
    ro_align: u64,
    rw: u64,
    rw_align: u64,
) -> Result<u64, String> {
    let sizes = [(code, code_align), (ro, ro_align), (rw, rw_align)];
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle.0.reserve_object(name, sizes))) {
        Ok(r) => r.map(|i| i as u64),
        Err(_) => Err("the slab panicked while reserving".into()),
    }
}

fn slab_finalize_object(handle: &SlabHandle, index: u64) -> Result<Vec<u64>, String> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle.0.finalize_object(index as usize))) {
        Ok(Ok(ranges)) => Ok(ranges.into_iter().flat_map(|(a, s)| [a, s]).collect()),
        Ok(Err(e)) => Err(e),
        Err(_) => Err("the slab panicked while finalizing".into()),
    }
}

fn slab_release_object(handle: &SlabHandle, index: u64) -> Result<(), String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle.0.release_object(index as usize)))
        .unwrap_or_else(|_| Err("the slab panicked while releasing".into()))
}

fn slab_target_of(handle: &SlabHandle, host: u64) -> u64 {
    match handle.1 {
        Some(t) => t + (host - handle.0.range().0),
        None => host,
    }
}

fn slab_is_cross(handle: &SlabHandle) -> bool {
    handle.1.is_some()
}

fn slab_last_error(handle: &SlabHandle) -> String {
    handle.0.last_error()
}

// SAFETY: a JitlinkSession is owned by one Rust value and used through &mut/& from one
// thread at a time; ORC's own threads (none: in-place task dispatch) do not outlive it.
unsafe impl Send for bridge::JitlinkSession {}

// SAFETY: RtdyldSession is only ever used from one thread at a time (the Rust owner holds it
// by value and every method takes &self/&mut self); RuntimeDyld keeps no thread-local state.
unsafe impl Send for bridge::RtdyldSession {}
