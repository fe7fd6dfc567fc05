//! Link backends: one trait, one file per implementation.
//!
//! A backend owns one JIT session: objects are added one after another, symbols resolve
//! against earlier objects, the harness's table and the host process (through the shared
//! [`Resolver`]), and `finalize` makes everything added so far runnable. The same calls
//! work for RuntimeDyld (eager: relocations are applied at finalize) and ORC/JITLink (lazy:
//! finalize looks up what was added, which materializes it).

mod jitlink;
pub mod layout;
pub mod resolve;
mod rtdyld;

use crate::backend::layout::SectionLayout;
use crate::backend::resolve::Resolver;
use crate::error::{Error, Result};
use crate::llvm::caps::caps;
use crate::memory::placement::{MapperStats, Placement};
use crate::memory::slab::SlabStats;
use crate::source::ObjectFile;
use crate::target::Arch;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BackendKind {
    /// RuntimeDyld + LLVM's SectionMemoryManager: the baseline that breaks.
    RtdyldStock,
    /// RuntimeDyld + the Rust slab.
    RtdyldRust,
    /// RuntimeDyld + SectionMemoryManager reserving one block per object (LLVM 22).
    RtdyldReserve,
    /// ORC/JITLink + the executor's default memory manager (InProcessMemoryManager), as
    /// LLJIT sets it up: what llvmlite's ORC API and Numba's ORC prototype use.
    JitlinkDefault,
    /// ORC/JITLink + MapperJITLinkMemoryManager (LLVM 16+).
    JitlinkSlab,
    /// ORC/JITLink + the Rust slab.
    JitlinkRust,
}

impl BackendKind {
    pub const ALL: [BackendKind; 6] = [
        BackendKind::RtdyldStock,
        BackendKind::RtdyldRust,
        BackendKind::RtdyldReserve,
        BackendKind::JitlinkDefault,
        BackendKind::JitlinkSlab,
        BackendKind::JitlinkRust,
    ];

    pub fn name(self) -> &'static str {
        match self {
            BackendKind::RtdyldStock => "rtdyld-stock",
            BackendKind::RtdyldRust => "rtdyld-rust",
            BackendKind::RtdyldReserve => "rtdyld-reserve",
            BackendKind::JitlinkDefault => "jitlink-default",
            BackendKind::JitlinkSlab => "jitlink-slab",
            BackendKind::JitlinkRust => "jitlink-rust",
        }
    }

    /// RuntimeDyld (MCJIT's linker) rather than ORC/JITLink.
    pub fn is_runtime_dyld(self) -> bool {
        matches!(self, BackendKind::RtdyldStock | BackendKind::RtdyldRust | BackendKind::RtdyldReserve)
    }

    /// `Err(reason)` when this build cannot offer the backend.
    pub fn availability(self) -> std::result::Result<(), String> {
        match self {
            BackendKind::RtdyldStock => Ok(()),
            BackendKind::RtdyldRust => Ok(()),
            BackendKind::RtdyldReserve if caps().reserve_alloc => Ok(()),
            BackendKind::RtdyldReserve => Err(format!(
                "LLVM {}'s SectionMemoryManager has no ReserveAlloc option (LLVM 22 has it; 19 and older do not)",
                crate::compile::llvm_version()
            )),
            BackendKind::JitlinkDefault => Ok(()),
            BackendKind::JitlinkSlab if caps().slab_memory_manager => Ok(()),
            BackendKind::JitlinkSlab => Err(format!(
                "LLVM {} has no JITLink slab: MapperJITLinkMemoryManager takes a reservation size from LLVM 16 \
                 (this LLVM's JITLink memory is InProcessMemoryManager, which is `jitlink-default`)",
                crate::compile::llvm_version()
            )),
            BackendKind::JitlinkRust => Ok(()),
        }
    }
}

impl fmt::Display for BackendKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for BackendKind {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        BackendKind::ALL.into_iter().find(|k| k.name() == s).ok_or_else(|| {
            let names: Vec<_> = BackendKind::ALL.iter().map(|k| k.name()).collect();
            format!("unknown backend `{s}` (known: {})", names.join(", "))
        })
    }
}

/// Where linked code will run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "mode")]
pub enum LinkMode {
    /// In this process: target addresses are host addresses.
    InProcess,
    /// For another machine: sections get target addresses from `base` up, nothing runs.
    Cross { base: u64 },
}

/// Everything a backend needs to open a session.
#[derive(Clone, Debug)]
pub struct SessionOptions {
    pub arch: Arch,
    pub mode: LinkMode,
    /// Where memory goes: in process through the memory manager's mapper, in cross mode
    /// through the target addresses chosen.
    pub placement: Placement,
    pub resolver: Arc<Resolver>,
    /// Size of the slab for backends that use one (`rtdyld-rust`, `jitlink-rust`).
    pub slab_size: u64,
    /// JITLink backends in process: register each graph with the GDB JIT interface through
    /// LLVM's debug-object plugin, as LLJIT's `enableDebuggerSupport` does (LLJIT adds none by
    /// default). RuntimeDyld sessions in process always register, as MCJIT does.
    pub debugger: bool,
}

/// What a session's memory manager holds, for `--stats`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemoryFigures {
    /// Address space the memory manager holds (the slab, or every mapping it made).
    pub reserved: u64,
    /// Of that, bytes made accessible for sections.
    pub committed: u64,
    /// System calls and placement reservations.
    pub mapper: MapperStats,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slab: Option<SlabStats>,
    /// Set when the memory manager maps memory itself, out of the harness's sight: then
    /// `committed` and the system-call counts are not measured (process mappings still are).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_visible: Option<String>,
}

/// The harness's own steps in a session's clock (see [`LinkerClock`]): checking that an
/// object fits the Rust slab before the linker sees it, and recording the layout rows.
pub(crate) const ROOM_CHECK: &str = "harness: slab room check";
pub(crate) const HARNESS_LAYOUT: &str = "harness: layout rows";

/// Time a backend spent in one phase of linking, summed over a session.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseNs {
    pub name: String,
    /// Empty for a phase of its own (a session's phases add up to the time spent in
    /// `add_object` and `finalize`); else what this is a part of (`phases`: it falls inside
    /// the phases above, e.g. the harness's plugins, which run inside JITLink's pass lists).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub of: String,
    pub ns: u64,
}

/// Where a session's link time went, as the backend's clocks tell it: the harness's own
/// steps timed in Rust, the linker's phases timed in the shim (RuntimeDyld's calls; JITLink's
/// pass lists, cpp/src/jitlink.cpp's PhaseClock), and the memory manager's share.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkerClock {
    pub phases: Vec<PhaseNs>,
    /// Time attributed to the memory manager, ns (it is a part of the phases).
    pub memory_manager_ns: u64,
    /// How `memory_manager_ns` is measured for this linker.
    pub memory_manager_how: String,
}

impl LinkerClock {
    /// The sum of the phases of their own: the time the clock saw.
    pub fn total_ns(&self) -> u64 {
        self.phases.iter().filter(|p| p.of.is_empty()).map(|p| p.ns).sum()
    }

    /// Books the time since `since` to phase `name` (appended the first time it is seen).
    pub(crate) fn book(&mut self, name: &str, since: std::time::Instant) {
        let ns = since.elapsed().as_nanos() as u64;
        match self.phases.iter_mut().find(|p| p.name == name) {
            Some(p) => p.ns += ns,
            None => self.phases.push(PhaseNs { name: name.into(), of: String::new(), ns }),
        }
    }
}

/// Describes a backend as instantiated, for results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackendInfo {
    pub name: String,
    pub linker: String,
    pub memory_manager: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// A defined symbol's addresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SymbolAddress {
    pub host: u64,
    pub target: u64,
}

/// One JIT link session.
pub trait LinkBackend {
    fn info(&self) -> BackendInfo;

    /// Adds one relocatable object to the session.
    ///
    /// # Errors
    /// [`Error::Link`] naming the object when the linker rejects it, [`Error::Slab`] when
    /// the session's slab has no room for it.
    fn add_object(&mut self, object: &ObjectFile) -> Result<()>;

    /// Resolves and relocates everything added since the last call and makes it runnable
    /// (or, in cross mode, final at its target addresses).
    fn finalize(&mut self) -> Result<()>;

    /// Addresses of a symbol some object of the session defines.
    fn lookup(&self, name: &str) -> Option<SymbolAddress>;

    /// Removes object `id` (its position among the objects added, from 0) and what it
    /// brought: its symbols, its memory, its EH-frame registration, its layout rows. The other
    /// objects keep running. Numba's `remove_module` is the model.
    ///
    /// # Errors
    /// [`Error::CannotRemove`] where the linker cannot unload (RuntimeDyld), or for an object
    /// that is not (or no longer) in the session; [`Error::Link`] with the linker's message.
    fn remove(&mut self, id: u32) -> Result<()>;

    /// Every section placed so far, in allocation order.
    fn layout(&self) -> &[SectionLayout];

    /// What the session's memory manager holds.
    fn memory(&self) -> MemoryFigures;

    /// Where the session's `add_object` and `finalize` time went so far, by phase.
    fn clock(&self) -> LinkerClock;
}

/// Opens a session of `kind`.
///
/// # Errors
/// [`Error::BackendUnavailable`] with the reason when this build cannot offer `kind`;
/// [`Error::SessionSetup`], [`Error::Placement`] or [`Error::Slab`] when the session cannot
/// be set up.
pub fn open(kind: BackendKind, opts: SessionOptions) -> Result<Box<dyn LinkBackend>> {
    if let Err(reason) = kind.availability() {
        return Err(Error::BackendUnavailable { backend: kind.name().into(), reason });
    }
    match kind {
        BackendKind::RtdyldStock => Ok(Box::new(rtdyld::Rtdyld::new(opts, rtdyld::Flavor::Stock)?)),
        BackendKind::RtdyldReserve => Ok(Box::new(rtdyld::Rtdyld::new(opts, rtdyld::Flavor::Reserve)?)),
        BackendKind::RtdyldRust => Ok(Box::new(rtdyld::Rtdyld::new(opts, rtdyld::Flavor::RustSlab)?)),
        BackendKind::JitlinkDefault => Ok(Box::new(jitlink::Jitlink::new(opts, jitlink::Flavor::Default)?)),
        BackendKind::JitlinkSlab => Ok(Box::new(jitlink::Jitlink::new(opts, jitlink::Flavor::Slab)?)),
        BackendKind::JitlinkRust => Ok(Box::new(jitlink::Jitlink::new(opts, jitlink::Flavor::RustSlab)?)),
    }
}
