//! The Rust side of the bridge: the functions LLVM reaches through the shim (the bridge's
//! `extern "Rust"` section) and the handles C++ holds to reach them.
//!
//! Every callback runs its body through [`guard`]: a panic never unwinds into LLVM's frames
//! (cxx would abort the process, and LLVM's state would be left half-updated); it becomes
//! the callback's error — an errno, "not found", or a message C++ turns into an
//! `llvm::Error`. Values from C++ are converted with checks: a memory kind that is none of
//! the three is an error, never a default.

use super::bridge::ffi::{self, MemKind, Protection};
use crate::backend::resolve::Resolver;
use crate::memory::cross::CrossArena;
use crate::memory::graphs::GraphSpacer;
use crate::memory::placement::Mapper;
use crate::memory::slab::{ObjectId, Segment, Slab, SlabError};
use crate::memory::sys::{Errno, Prot};
use crate::memory::Kind;
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex};

/// What the C++ side holds to ask Rust for symbol addresses.
pub struct ResolverHandle(pub Arc<Resolver>);

/// What SectionMemoryManager's mapper hook holds to ask Rust where memory goes.
pub struct MapperHandle(pub Arc<Mapper>);

/// What the cross-mode JITLink mapper holds: target addresses and the host memory standing
/// for them.
pub struct CrossHandle(pub Arc<CrossArena>);

/// What `jitlink-default`'s placement plugin holds: the session's graph placement.
pub struct GraphSpacerHandle(pub Arc<GraphSpacer>);

/// What the C++ forwarding memory managers hold: the session's Rust slab, the target
/// address its base maps to in cross mode, and where its refusals are kept for the backend.
pub struct SlabHandle {
    slab: Arc<Slab>,
    target_base: Option<u64>,
    refusals: Arc<Refusals>,
}

impl SlabHandle {
    pub fn new(slab: Arc<Slab>, target_base: Option<u64>, refusals: Arc<Refusals>) -> SlabHandle {
        SlabHandle { slab, target_base, refusals }
    }

    /// [`guard`] for a slab callback: a refusal goes to C++ as its message and is kept,
    /// typed, in [`Refusals`].
    fn run<T>(&self, callback: &'static str, body: impl FnOnce(&Slab) -> Result<T, Refused>) -> Result<T, String> {
        match guard(callback, || body(&self.slab)) {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(Refused::Slab(e))) => {
                let message = e.to_string();
                self.refusals.note(e);
                Err(message)
            }
            Ok(Err(Refused::Shim(message))) => Err(message),
            Err(p) => Err(p.to_string()),
        }
    }
}

/// The slab's latest refusal inside an LLVM call. LLVM carries the reason on as text; the
/// backend takes it from here afterwards to report it typed.
#[derive(Debug, Default)]
pub struct Refusals(Mutex<Option<SlabError>>);

impl Refusals {
    fn note(&self, e: SlabError) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
    }

    /// The latest refusal, if any since the last call.
    pub fn take(&self) -> Option<SlabError> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

/// A callback that panicked: which one, and the panic's message.
#[derive(Debug)]
pub(crate) struct Panicked {
    callback: &'static str,
    message: String,
}

impl fmt::Display for Panicked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the Rust callback {} panicked: {}", self.callback, self.message)
    }
}

/// Runs the body of `callback`, catching a panic. The one place callbacks meet
/// `catch_unwind`: each callback maps `Err` to its own error status.
pub(crate) fn guard<T>(callback: &'static str, body: impl FnOnce() -> T) -> Result<T, Panicked> {
    // AssertUnwindSafe: after a panic the callback reports failure and the value it was
    // working on is not used again by this call; the shared state it may have touched (a
    // slab, a mapper) is behind mutexes whose poisoning every user tolerates.
    catch_unwind(AssertUnwindSafe(body)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".into());
        Panicked { callback, message }
    })
}

/// Why a slab callback failed.
enum Refused {
    Slab(SlabError),
    /// A value from C++ that is none of the ones the bridge declares.
    Shim(String),
}

impl From<SlabError> for Refused {
    fn from(e: SlabError) -> Self {
        Refused::Slab(e)
    }
}

impl TryFrom<MemKind> for Kind {
    type Error = String;
    fn try_from(k: MemKind) -> Result<Kind, String> {
        match k {
            MemKind::Code => Ok(Kind::Code),
            MemKind::RoData => Ok(Kind::RoData),
            MemKind::RwData => Ok(Kind::RwData),
            // A shared enum is a C++ `enum class`: C++ can put any u8 in it.
            MemKind { repr } => Err(format!("the shim passed memory kind {repr}, which is none of code, ro-data, rw-data")),
        }
    }
}

impl From<Protection> for Prot {
    fn from(p: Protection) -> Prot {
        Prot { read: p.read, write: p.write, exec: p.exec }
    }
}

/// Makes code just written at `[addr, addr + size)` safe to execute: the one place the
/// instruction cache is flushed (through LLVM's `sys::Memory::InvalidateInstructionCache`).
///
/// Why here: it runs once the code's bytes are final (RuntimeDyld applies relocations
/// before it finalizes memory; JITLink applies fixups before it finalizes an allocation)
/// and its pages are read+execute, and before the memory manager reports success, so
/// before anything can call into the code. AArch64's instruction cache is not coherent
/// with data writes: without the flush a core may run stale bytes. x86-64 keeps them
/// coherent, and LLVM's helper does nothing there.
pub(crate) fn flush_code(addr: u64, size: u64) {
    ffi::flush_instruction_cache(addr, size);
}

pub(crate) fn resolve_symbol(handle: &ResolverHandle, name: &str) -> u64 {
    guard("resolve_symbol", || handle.0.resolve(name)).unwrap_or(0)
}

/// An errno for C++: 0 on success.
fn status(r: Result<Result<(), Errno>, Panicked>) -> i32 {
    match r {
        Ok(Ok(())) => 0,
        Ok(Err(e)) => e.0,
        Err(_) => libc::EINVAL,
    }
}

pub(crate) fn mapper_allocate(
    handle: &MapperHandle,
    kind: MemKind,
    size: u64,
    near_addr: u64,
    near_size: u64,
    prot: Protection,
) -> ffi::MappedBlock {
    let near = (near_size != 0).then_some((near_addr, near_size));
    let r = guard("mapper_allocate", || {
        let kind = Kind::try_from(kind).map_err(|_| Errno(libc::EINVAL))?;
        handle.0.allocate(kind, size, near, prot.into())
    });
    match r {
        Ok(Ok((addr, size))) => ffi::MappedBlock { addr, size, err: 0 },
        Ok(Err(e)) => ffi::MappedBlock { addr: 0, size: 0, err: e.0 },
        Err(_) => ffi::MappedBlock { addr: 0, size: 0, err: libc::ENOMEM },
    }
}

pub(crate) fn mapper_protect(handle: &MapperHandle, addr: u64, size: u64, prot: Protection) -> i32 {
    status(guard("mapper_protect", || {
        handle.0.protect(addr, size, prot.into())?;
        // As LLVM's own sys::Memory::protectMappedMemory: memory made executable is about to
        // be handed out as code.
        if prot.exec {
            flush_code(addr, size);
        }
        Ok(())
    }))
}

pub(crate) fn mapper_release(handle: &MapperHandle, addr: u64, size: u64) -> i32 {
    status(guard("mapper_release", || handle.0.release(addr, size)))
}

pub(crate) fn slab_reserve(handle: &SlabHandle, object: &str, segments: &[ffi::Segment]) -> Result<u64, String> {
    handle.run("slab_reserve", |slab| {
        let segments = segments
            .iter()
            .map(|s| Ok(Segment { kind: Kind::try_from(s.kind).map_err(Refused::Shim)?, size: s.size, align: s.align }))
            .collect::<Result<Vec<_>, Refused>>()?;
        Ok(slab.reserve(object, &segments)?.raw())
    })
}

pub(crate) fn slab_allocate(handle: &SlabHandle, object: u64, kind: MemKind, size: u64, align: u64, section: &str) -> Result<u64, String> {
    handle.run("slab_allocate", |slab| {
        let kind = Kind::try_from(kind).map_err(Refused::Shim)?;
        Ok(slab.allocate(ObjectId::from_raw(object), kind, size, align, section)?)
    })
}

pub(crate) fn slab_finalize(handle: &SlabHandle, object: u64) -> Result<(), String> {
    handle.run("slab_finalize", |slab| {
        if let Some(code) = slab.finalize(ObjectId::from_raw(object))? {
            flush_code(code.addr, code.size);
        }
        Ok(())
    })
}

pub(crate) fn slab_release(handle: &SlabHandle, object: u64) -> Result<(), String> {
    handle.run("slab_release", |slab| Ok(slab.release(ObjectId::from_raw(object))?))
}

pub(crate) fn slab_target_of(handle: &SlabHandle, host: u64) -> Result<u64, String> {
    handle.run("slab_target_of", |slab| {
        let Some(target_base) = handle.target_base else { return Ok(host) };
        let (base, size) = slab.range();
        match host.checked_sub(base).filter(|&off| off < size) {
            Some(off) => Ok(target_base + off),
            None => Err(Refused::Shim(format!("host address {host:#x} is outside the slab ({size:#x} bytes at {base:#x})"))),
        }
    })
}

pub(crate) fn slab_is_cross(handle: &SlabHandle) -> bool {
    // On a panic, say "cross": then nothing of the graph runs.
    guard("slab_is_cross", || handle.target_base.is_some()).unwrap_or(true)
}

pub(crate) fn cross_reserve(handle: &CrossHandle, size: u64) -> ffi::CrossBlock {
    match guard("cross_reserve", || handle.0.reserve(size)) {
        Ok(Ok(b)) => ffi::CrossBlock { target: b.target, host: b.host, size: b.size, err: 0 },
        Ok(Err(e)) => ffi::CrossBlock { target: 0, host: 0, size: 0, err: e.0 },
        Err(_) => ffi::CrossBlock { target: 0, host: 0, size: 0, err: libc::ENOMEM },
    }
}

pub(crate) fn cross_release(handle: &CrossHandle, target: u64) {
    let _ = guard("cross_release", || handle.0.release(target));
}

pub(crate) fn cross_reserve_graph(handle: &CrossHandle, segments: &[ffi::Segment]) -> Result<ffi::CrossGraph, String> {
    let r = guard("cross_reserve_graph", || {
        let segments = segments
            .iter()
            .map(|s| Ok(Segment { kind: Kind::try_from(s.kind)?, size: s.size, align: s.align }))
            .collect::<Result<Vec<_>, String>>()?;
        handle.0.reserve_graph(&segments).map_err(|e| format!("reserving a graph's memory at a target address: {e}"))
    });
    match r {
        Ok(Ok(g)) => Ok(ffi::CrossGraph { target: g.block.target, host: g.block.host, size: g.block.size, offsets: g.offsets }),
        Ok(Err(e)) => Err(e),
        Err(p) => Err(p.to_string()),
    }
}

pub(crate) fn graph_will_map(handle: &GraphSpacerHandle, graph: &str) -> Result<(), String> {
    match guard("graph_will_map", || handle.0.before_graph(graph)) {
        Ok(r) => r.map_err(|e| format!("placing graph {graph}: {e}")),
        Err(p) => Err(p.to_string()),
    }
}

pub(crate) fn graph_mapped(handle: &GraphSpacerHandle, graph: &str, lo: u64, hi: u64) {
    let _ = guard("graph_mapped", || handle.0.mapped(graph, lo, hi));
}
