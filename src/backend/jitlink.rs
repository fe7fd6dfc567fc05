//! The ORC/JITLink backends: objects go into one JITDylib through an ObjectLinkingLayer;
//! `finalize` looks up what the new objects define, which makes JITLink link them. A plugin
//! in the shim records every block of every graph after fixups, which becomes the layout.
//!
//! * `jitlink-default`: the executor's default memory manager, as LLJIT sets it up (LLVM's
//!   `InProcessMemoryManager`: one mapping per graph, where the kernel puts it; placement
//!   works around it, src/memory/graphs.rs). What llvmlite's ORC API and Numba's ORC
//!   prototype link with. In cross mode, the same policy at target addresses.
//! * `jitlink-slab`: LLVM's in-tree slab (`MapperJITLinkMemoryManager` over the in-process
//!   mapper), LLVM 16+; unsupported before (no reservation size).
//! * `jitlink-rust`: the Rust slab behind a forwarding memory manager.

use super::{BackendInfo, LinkBackend, LinkMode, LinkerClock, MemoryFigures, PhaseNs, SessionOptions, SymbolAddress, HARNESS_LAYOUT};
use crate::backend::layout::{SectionKind, SectionLayout};
use crate::error::{Error, Result};
use crate::llvm::bridge::ffi;
use crate::llvm::callbacks::GraphSpacerHandle;
use crate::llvm::callbacks::{CrossHandle, Refusals, ResolverHandle, SlabHandle};
use crate::llvm::caps::caps;
use crate::memory::cross::{CrossArena, CrossPlanner};
use crate::memory::graphs::GraphSpacer;
use crate::memory::placement::{Mapper, Placement};
use crate::memory::slab::Slab;
use crate::memory::sys::Prot;
use crate::memory::Kind;
use crate::source::ObjectFile;
use crate::target::Arch;
use cxx::UniquePtr;
use object::{Object, ObjectSection};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

struct Added {
    name: String,
    bytes: Vec<u8>,
    /// ELF section name → index, to tie blocks back to the object's sections.
    sections: BTreeMap<String, u64>,
    defined: Vec<String>,
    /// The object's resource tracker in the shim; `None` once removed (or never added).
    tracker: Option<u64>,
}

/// Which memory manager a session links into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    Default,
    Slab,
    RustSlab,
}

impl Flavor {
    fn name(self) -> &'static str {
        match self {
            Flavor::Default => "jitlink-default",
            Flavor::Slab => "jitlink-slab",
            Flavor::RustSlab => "jitlink-rust",
        }
    }
}

/// The Rust clock's name for the time in the shim's `materialize`, which `clock()` replaces
/// with the shim's JITLink phases.
const MATERIALIZE: &str = "materialize";

pub struct Jitlink {
    session: UniquePtr<ffi::JitlinkSession>,
    flavor: Flavor,
    /// `jitlink-default` in process: where each graph's mapping landed.
    spacer: Option<Arc<GraphSpacer>>,
    arch: Arch,
    slab_size: u64,
    placement: Placement,
    mapper: Arc<Mapper>,
    resolver: Arc<crate::backend::resolve::Resolver>,
    objects: Vec<Added>,
    /// Objects added since the last finalize.
    pending: Vec<usize>,
    layout: Vec<SectionLayout>,
    /// Sections JITLink split into several blocks (not audited).
    split_sections: usize,
    /// `jitlink-rust`: the Rust slab.
    slab: Option<Arc<Slab>>,
    /// The slab's refusals during LLVM calls, for error messages.
    refusals: Arc<Refusals>,
    /// Linking at target addresses for another process (cross mode).
    cross: bool,
    /// The Rust side of the session's clock (the shim keeps JITLink's phases).
    clock: LinkerClock,
}

impl Jitlink {
    /// # Errors
    /// [`Error::SessionSetup`] when ORC cannot be set up, [`Error::Placement`] or
    /// [`Error::Slab`] when the memory cannot be reserved.
    pub fn new(opts: SessionOptions, flavor: Flavor) -> Result<Self> {
        match (flavor, opts.mode) {
            (Flavor::RustSlab, _) => Self::new_rust(opts),
            (Flavor::Default, LinkMode::InProcess) => Self::new_default(opts),
            (Flavor::Default, LinkMode::Cross { base }) => Self::new_default_cross(opts.clone(), base),
            (Flavor::Slab, LinkMode::Cross { base }) => Self::new_slab_cross(opts.clone(), base),
            (Flavor::Slab, LinkMode::InProcess) => Self::new_slab(opts),
        }
    }

    /// The session's mapper for an LLVM memory manager that maps memory itself: placement
    /// cannot move what it maps; `fragment` still cuts the address space first (through a
    /// mapping of our own), as for every backend.
    fn own_mapper(placement: Placement) -> Result<Arc<Mapper>> {
        let host = if placement == Placement::Fragment { placement } else { Placement::Natural };
        let mapper = Arc::new(Mapper::new(host).map_err(|e| Error::placement(placement, e))?);
        if placement == Placement::Fragment {
            let _ = mapper.allocate(Kind::RwData, 4096, None, Prot::NONE).map(|(a, s)| mapper.release(a, s));
        }
        Ok(mapper)
    }

    fn new_slab(opts: SessionOptions) -> Result<Self> {
        let mapper = Self::own_mapper(opts.placement)?;
        let session =
            ffi::new_jitlink_slab(Box::new(ResolverHandle(opts.resolver.clone())), opts.slab_size, opts.debugger).map_err(|e| {
                Error::SessionSetup {
                    backend: "jitlink-slab".into(),
                    what: "ORC (ExecutionSession, ObjectLinkingLayer) with LLVM's JITLink memory manager".into(),
                    message: e.what().to_string(),
                }
            })?;
        Ok(Self::assemble(session, Flavor::Slab, &opts, mapper, None, Arc::default()))
    }

    fn new_default(opts: SessionOptions) -> Result<Self> {
        let mapper = Self::own_mapper(opts.placement)?;
        let spacer = Arc::new(GraphSpacer::new(opts.placement));
        let session = ffi::new_jitlink_default(
            Box::new(ResolverHandle(opts.resolver.clone())),
            Box::new(GraphSpacerHandle(spacer.clone())),
            opts.debugger,
        )
        .map_err(|e| Error::SessionSetup {
            backend: "jitlink-default".into(),
            what: "ORC (ExecutionSession, ObjectLinkingLayer) with the executor's default JITLink memory manager".into(),
            message: e.what().to_string(),
        })?;
        let mut s = Self::assemble(session, Flavor::Default, &opts, mapper, None, Arc::default());
        s.spacer = Some(spacer);
        Ok(s)
    }

    fn new_default_cross(opts: SessionOptions, base: u64) -> Result<Self> {
        let mapper = Arc::new(Mapper::new(Placement::Natural).map_err(|e| Error::placement(Placement::Natural, e))?);
        let arena = Arc::new(CrossArena::new(mapper.clone(), CrossPlanner::per_graph(base, opts.placement)));
        let session = ffi::new_jitlink_default_cross(Box::new(ResolverHandle(opts.resolver.clone())), Box::new(CrossHandle(arena)))
            .map_err(|e| Error::SessionSetup {
                backend: "jitlink-default".into(),
                what: "ORC with one reservation per graph at target addresses".into(),
                message: e.what().to_string(),
            })?;
        Ok(Self::assemble(session, Flavor::Default, &opts, mapper, None, Arc::default()))
    }

    /// A session around `session`, with nothing added yet.
    fn assemble(
        session: UniquePtr<ffi::JitlinkSession>,
        flavor: Flavor,
        opts: &SessionOptions,
        mapper: Arc<Mapper>,
        slab: Option<Arc<Slab>>,
        refusals: Arc<Refusals>,
    ) -> Jitlink {
        Jitlink {
            session,
            flavor,
            spacer: None,
            arch: opts.arch,
            slab_size: opts.slab_size,
            placement: opts.placement,
            mapper,
            resolver: opts.resolver.clone(),
            objects: Vec::new(),
            pending: Vec::new(),
            layout: Vec::new(),
            split_sections: 0,
            slab,
            refusals,
            cross: matches!(opts.mode, LinkMode::Cross { .. }),
            clock: LinkerClock::default(),
        }
    }

    fn new_slab_cross(opts: SessionOptions, base: u64) -> Result<Self> {
        if !caps().memory_mapper {
            return Err(Error::BackendUnavailable {
                backend: "jitlink-slab".into(),
                reason: format!(
                    "LLVM {} has no orc::MemoryMapper (from LLVM 16): LLVM's JITLink slab cannot link at another process's addresses here",
                    crate::compile::llvm_major()
                ),
            });
        }
        let mapper = Arc::new(Mapper::new(Placement::Natural).map_err(|e| Error::placement(Placement::Natural, e))?);
        let arena = Arc::new(CrossArena::new(mapper.clone(), CrossPlanner::new(base, opts.placement)));
        let session =
            ffi::new_jitlink_slab_cross(Box::new(ResolverHandle(opts.resolver.clone())), Box::new(CrossHandle(arena)), opts.slab_size)
                .map_err(|e| Error::SessionSetup {
                    backend: "jitlink-slab".into(),
                    what: "ORC with LLVM's JITLink slab over a cross-mode memory mapper".into(),
                    message: e.what().to_string(),
                })?;
        Ok(Self::assemble(session, Flavor::Slab, &opts, mapper, None, Arc::default()))
    }

    fn new_rust(opts: SessionOptions) -> Result<Self> {
        let mut planner = match opts.mode {
            LinkMode::InProcess => None,
            LinkMode::Cross { base } => Some(CrossPlanner::new(base, opts.placement)),
        };
        let host_placement = if planner.is_some() { Placement::Natural } else { opts.placement };
        let mapper = Arc::new(Mapper::new(host_placement).map_err(|e| Error::placement(host_placement, e))?);
        let slab = Slab::new(mapper.clone(), opts.slab_size).map_err(|e| Error::slab("jitlink-rust", e))?;
        let slab = Arc::new(slab);
        let target = planner.as_mut().map(|p| p.place(slab.range().1, 4096, Kind::Code));
        let refusals = Arc::new(Refusals::default());
        let handle = SlabHandle::new(slab.clone(), target, refusals.clone());
        let session =
            ffi::new_jitlink_rust(Box::new(ResolverHandle(opts.resolver.clone())), Box::new(handle), opts.debugger).map_err(|e| {
                Error::SessionSetup {
                    backend: "jitlink-rust".into(),
                    what: "ORC (ExecutionSession, ObjectLinkingLayer) over the Rust slab".into(),
                    message: e.what().to_string(),
                }
            })?;
        Ok(Self::assemble(session, Flavor::RustSlab, &opts, mapper, Some(slab), refusals))
    }

    fn name(&self) -> &'static str {
        self.flavor.name()
    }

    fn link_error(&self, objects: &[usize], message: String) -> Error {
        let names: Vec<&str> = objects.iter().map(|&i| self.objects[i].name.as_str()).collect();
        let object = names.join(", ");
        match unsupported_relocations(self.arch, &message) {
            Some(first) => {
                // JITLink stops at the first type it does not know; find the others too.
                let mut types: Vec<String> = Vec::new();
                for &i in objects {
                    for t in self.all_unsupported(i, &first) {
                        if !types.contains(&t.1) {
                            types.push(t.1);
                        }
                    }
                }
                if types.is_empty() {
                    types = first.into_iter().map(|t| t.1).collect();
                }
                Error::UnsupportedRelocations { object, types, message }
            }
            None => match self.refusals.take() {
                Some(refusal) => Error::slab_in_llvm(self.name(), refusal, &message),
                None => Error::Link { object, backend: self.name().into(), message },
            },
        }
    }

    /// Every relocation type of object `i` this JITLink rejects: the object is linked again
    /// in scratch sessions, each time with the types found so far turned into `R_*_NONE`,
    /// until JITLink names no new one.
    fn all_unsupported(&self, i: usize, first: &[(u32, String)]) -> Vec<(u32, String)> {
        let added = &self.objects[i];
        let mut found: Vec<(u32, String)> = first.to_vec();
        for _ in 0..32 {
            let types: Vec<u32> = found.iter().map(|t| t.0).collect();
            let Some(patched) = without_relocation_types(&added.bytes, &types) else { break };
            let spacer = Box::new(GraphSpacerHandle(Arc::new(GraphSpacer::new(Placement::Natural))));
            let Ok(mut scratch) = ffi::new_jitlink_default(Box::new(ResolverHandle(self.resolver.clone())), spacer, false) else { break };
            let err = match scratch.pin_mut().add_object("probe", &patched) {
                Err(e) => e.what().to_string(),
                Ok(_) => match scratch.pin_mut().materialize(&added.defined) {
                    Err(e) => e.what().to_string(),
                    Ok(()) => break,
                },
            };
            let Some(more) = unsupported_relocations(self.arch, &err) else { break };
            let new: Vec<_> = more.into_iter().filter(|t| !found.iter().any(|f| f.0 == t.0)).collect();
            if new.is_empty() {
                break;
            }
            found.extend(new);
        }
        found
    }
}

/// A copy of ELF object `bytes` without its relocations of the given types (each RELA
/// section keeps its other entries and is shortened); `None` if the object cannot be read.
fn without_relocation_types(bytes: &[u8], types: &[u32]) -> Option<Vec<u8>> {
    use object::read::elf::{FileHeader, SectionHeader};
    use object::Endian;
    let header = object::elf::FileHeader64::<object::Endianness>::parse(bytes).ok()?;
    let endian = header.endian().ok()?;
    let shoff = header.e_shoff(endian) as usize;
    let shentsize = header.e_shentsize(endian) as usize;
    let mut out = bytes.to_vec();
    let u64_at = |b: &[u8], at: usize| -> Option<u64> {
        let raw: [u8; 8] = b.get(at..at + 8)?.try_into().ok()?;
        Some(if endian.is_little_endian() { u64::from_le_bytes(raw) } else { u64::from_be_bytes(raw) })
    };
    let put = |v: u64| if endian.is_little_endian() { v.to_le_bytes() } else { v.to_be_bytes() };
    for (index, sh) in header.section_headers(endian, bytes).ok()?.iter().enumerate() {
        if sh.sh_type(endian) != object::elf::SHT_RELA {
            continue;
        }
        let (off, size) = (sh.sh_offset(endian) as usize, sh.sh_size(endian) as usize);
        let mut kept = Vec::with_capacity(size);
        for e in (off..off.checked_add(size)?).step_by(24) {
            let info = u64_at(bytes, e + 8)?;
            if !types.contains(&((info & 0xffff_ffff) as u32)) {
                kept.extend_from_slice(bytes.get(e..e + 24)?);
            }
        }
        out.get_mut(off..off + kept.len())?.copy_from_slice(&kept);
        // sh_size is at byte 32 of an Elf64_Shdr.
        let size_at = shoff + index * shentsize + 32;
        out.get_mut(size_at..size_at + 8)?.copy_from_slice(&put(kept.len() as u64));
    }
    Some(out)
}

/// Relocation types JITLink said it does not support, by number and name, from its error
/// text (`Unsupported aarch64 relocation:311`, `Unsupported x86-64 relocation type 42`, …).
fn unsupported_relocations(arch: Arch, message: &str) -> Option<Vec<(u32, String)>> {
    let lower = message.to_ascii_lowercase();
    let mut types = Vec::new();
    let mut rest = lower.as_str();
    while let Some(i) = rest.find("unsupported") {
        rest = &rest[i + "unsupported".len()..];
        let Some(r) = rest.find("relocation") else { break };
        if r > 40 {
            continue;
        }
        let after = &rest[r + "relocation".len()..];
        let digits: String = after
            .trim_start_matches([':', ' '])
            .trim_start_matches("type")
            .trim_start_matches([':', ' '])
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        if let Ok(t) = digits.parse::<u32>() {
            let name = format!("{} ({t})", crate::audit::relocation_name(arch, t));
            if !types.iter().any(|(n, _)| *n == t) {
                types.push((t, name));
            }
        }
    }
    (!types.is_empty()).then_some(types)
}

fn section_indices(bytes: &[u8]) -> BTreeMap<String, u64> {
    match object::File::parse(bytes) {
        Ok(f) => f.sections().filter_map(|s| Some((s.name().ok()?.to_string(), s.index().0 as u64))).collect(),
        Err(_) => BTreeMap::new(),
    }
}

impl LinkBackend for Jitlink {
    fn info(&self) -> BackendInfo {
        // jitlink-default's own mapper only cuts `fragment`'s holes; the spacer says the rest.
        let mut notes = if self.spacer.is_some() && self.placement != Placement::Fragment {
            Vec::new()
        } else if self.flavor == Flavor::Default && self.cross {
            vec![format!(
                "placement {}: cross mode, each graph in a target reservation of its own{}",
                self.placement,
                match self.placement {
                    Placement::Scatter => format!(", {} GiB past the previous one", crate::memory::placement::SCATTER_GAP >> 30),
                    Placement::Fragment => " (fragment holes, as the planner cuts them)".into(),
                    Placement::Natural => ", one after another".into(),
                }
            )]
        } else {
            self.mapper.describe()
        };
        if let Some(s) = &self.slab {
            let (base, size) = s.range();
            notes.push(format!("slab: {size:#x} bytes at {base:#x}; every block of the session lies inside it"));
        } else if let Some(spacer) = &self.spacer {
            notes.extend(spacer.describe());
        } else if self.placement == Placement::Scatter && !self.cross {
            notes.push("placement scatter: JITLink's memory manager reserves its own memory; placement cannot move it".into());
        }
        notes.push(format!("slab size asked for: {:#x}", self.slab_size));
        let plugin = self.session.debug_plugin();
        if !plugin.is_empty() {
            notes.push(format!("debugger: graphs registered with the GDB JIT interface by {plugin}"));
            if !caps().debug_objects_without_dwarf {
                notes.push(format!(
                    "debugger: LLVM {}'s plugin registers only objects with DWARF sections (the option not to require them is LLVM 17+)",
                    crate::compile::llvm_major()
                ));
            }
        }
        if self.slab.is_none() && !self.cross {
            notes.push(match self.flavor {
                Flavor::Default => "memory figures: InProcessMemoryManager does not report what it maps; `reserved` and `committed` \
                                    are the page-rounded sizes of the graphs' mappings as laid out (process mappings are measured separately)"
                    .into(),
                _ => "memory figures: LLVM's JITLink memory manager does not report what it maps; `reserved` is the slab size asked for, \
                      `committed` is not observable and reported as 0"
                    .into(),
            });
        }
        if self.split_sections > 0 {
            notes.push(format!(
                "{} section(s) were split by JITLink into several blocks (e.g. .eh_frame into CIEs and FDEs); their own fixups are not audited",
                self.split_sections
            ));
        }
        BackendInfo {
            name: self.name().into(),
            linker: "ORC ObjectLinkingLayer + JITLink".into(),
            memory_manager: self.session.memory_manager(),
            notes,
        }
    }

    fn add_object(&mut self, object: &ObjectFile) -> Result<()> {
        let t = Instant::now();
        let id = self.objects.len();
        // Graph names carry the session id, so blocks map back to their object even when two
        // objects share a file name.
        let graph = format!("{id}:{}", object.name);
        self.objects.push(Added {
            name: object.name.clone(),
            bytes: object.bytes.clone(),
            sections: section_indices(&object.bytes),
            defined: object.defined.clone(),
            tracker: None,
        });
        self.clock.book("harness: add (copy, index sections)", t);
        let t = Instant::now();
        let added = self.session.pin_mut().add_object(&graph, &object.bytes);
        self.clock.book("ORC: add (buffer copy, resource tracker)", t);
        match added {
            Ok(tracker) => self.objects[id].tracker = Some(tracker),
            Err(e) => return Err(self.link_error(&[id], e.what().to_string())),
        }
        self.pending.push(id);
        Ok(())
    }

    fn remove(&mut self, id: u32) -> Result<()> {
        let name = self.name();
        let added = self
            .objects
            .get_mut(id as usize)
            .ok_or_else(|| Error::CannotRemove { backend: name.into(), reason: format!("the session has no object {id}") })?;
        let tracker = added.tracker.take().ok_or_else(|| Error::CannotRemove {
            backend: name.into(),
            reason: format!("object {id} ({}) is not in the session", added.name),
        })?;
        let object = added.name.clone();
        self.pending.retain(|&p| p != id as usize);
        // Its rows go first: the memory behind them is about to be given back.
        self.layout.retain(|row| row.object_id != id);
        self.session.pin_mut().remove_object(tracker).map_err(|e| Error::Link {
            object,
            backend: name.into(),
            message: format!("removing it: {}", e.what()),
        })
    }

    fn finalize(&mut self) -> Result<()> {
        let pending = std::mem::take(&mut self.pending);
        let pending: Vec<usize> = pending.into_iter().filter(|&i| self.objects[i].tracker.is_some()).collect();
        // A refusal from before belongs to an error already reported.
        self.refusals.take();
        // One lookup per object, in load order (ORC still links an object's dependencies
        // with it). Besides naming the object that failed, this avoids an LLVM 14 ORC crash:
        // when two objects of one lookup fail, failing the query a second time segfaults
        // (AsynchronousSymbolQuery::handleFailed from OL_notifyFailed).
        let mut failed = None;
        let t = Instant::now();
        for &i in &pending {
            let names = self.objects[i].defined.clone();
            if names.is_empty() {
                continue;
            }
            if let Err(e) = self.session.pin_mut().materialize(&names) {
                failed = Some((i, e.what().to_string()));
                break;
            }
        }
        // The shim's clock splits this by JITLink phase; the rest is the harness's loop.
        self.clock.book(MATERIALIZE, t);
        let t = Instant::now();
        self.collect_blocks();
        self.clock.book(HARNESS_LAYOUT, t);
        match failed {
            Some((i, message)) => Err(self.link_error(&[i], message)),
            None => Ok(()),
        }
    }

    fn lookup(&self, name: &str) -> Option<SymbolAddress> {
        let addr = self.session.lookup(name);
        (addr != 0).then_some(SymbolAddress { host: addr, target: addr })
    }

    fn layout(&self) -> &[SectionLayout] {
        &self.layout
    }

    fn clock(&self) -> LinkerClock {
        let jitlink = self.session.phase_times();
        let mut phases = Vec::new();
        for p in &self.clock.phases {
            if p.name != MATERIALIZE {
                phases.push(p.clone());
                continue;
            }
            // Materializing, split by the shim's marks; what they did not see (the loop,
            // the FFI crossing) stays the harness's.
            let seen: u64 = jitlink.iter().filter(|j| j.of.is_empty()).map(|j| j.ns).sum();
            phases.extend(jitlink.iter().map(|j| PhaseNs {
                name: if j.of.is_empty() { format!("JITLink: {}", j.name) } else { j.name.clone() },
                of: j.of.clone(),
                ns: j.ns,
            }));
            phases.push(PhaseNs { name: "harness: materialize loop".into(), of: String::new(), ns: p.ns.saturating_sub(seen) });
        }
        let phase = |name: &str| jitlink.iter().find(|j| j.name == name).map_or(0, |j| j.ns);
        LinkerClock {
            phases,
            memory_manager_ns: phase("allocate") + phase("finalize"),
            memory_manager_how: "JITLink's allocate and finalize phases (the memory manager's calls with the segment layout, \
                                 finalize actions and EH-frame registration: an upper bound)"
                .into(),
        }
    }

    fn memory(&self) -> MemoryFigures {
        let mapper = self.mapper.stats();
        if let Some(s) = &self.slab {
            let st = s.stats();
            return MemoryFigures { reserved: st.size, committed: st.committed, mapper, slab: Some(st), not_visible: None };
        }
        if self.cross {
            // The cross mapper reserves through the harness's mapper: everything is seen.
            return MemoryFigures { reserved: mapper.bytes_mapped, committed: mapper.bytes_mapped, mapper, slab: None, not_visible: None };
        }
        let not_visible =
            |who: &str| format!("{who} maps and protects memory itself: system calls are not seen by the harness (process mappings are)");
        if let Some(spacer) = &self.spacer {
            // Each live graph's mapping as laid out: its blocks' span, page-rounded.
            let page = crate::memory::sys::page_size();
            let mut spans: BTreeMap<u32, (u64, u64)> = BTreeMap::new();
            for row in &self.layout {
                let e = spans.entry(row.object_id).or_insert((u64::MAX, 0));
                e.0 = e.0.min(row.host_addr);
                e.1 = e.1.max(row.host_addr + row.size);
            }
            let mapped: u64 = spans.values().map(|(lo, hi)| (hi.saturating_sub(*lo)).div_ceil(page) * page).sum();
            let mut mapper = mapper;
            let (reserved, calls) = spacer.reserved();
            mapper.bytes_reserved += reserved;
            mapper.mmap_calls += calls;
            return MemoryFigures {
                reserved: mapped,
                committed: mapped,
                mapper,
                slab: None,
                not_visible: Some(not_visible("LLVM's InProcessMemoryManager")),
            };
        }
        MemoryFigures {
            reserved: self.slab_size,
            committed: 0,
            mapper,
            slab: None,
            not_visible: Some(not_visible("LLVM's InProcessMemoryMapper")),
        }
    }
}

impl Jitlink {
    fn collect_blocks(&mut self) {
        let blocks = self.session.pin_mut().take_blocks();
        // A section JITLink split into several blocks (it splits .eh_frame into CIEs and
        // FDEs and may lay them out in another order) has no single address for its ELF
        // offsets: its rows name no ELF section, so the auditor skips it, and a note says so.
        let mut count: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        for b in &blocks {
            *count.entry((b.object.as_str(), b.section.as_str())).or_default() += 1;
        }
        let split: std::collections::BTreeSet<(String, String)> =
            count.into_iter().filter(|(_, n)| *n > 1).map(|((o, s), _)| (o.to_string(), s.to_string())).collect();
        self.split_sections += split.len();
        for b in blocks {
            let is_split = split.contains(&(b.object.clone(), b.section.clone()));
            let (id, _) = b.object.split_once(':').unwrap_or(("", &b.object));
            let Some(id) = id.parse::<usize>().ok().filter(|&i| i < self.objects.len()) else { continue };
            let kind = if b.section.contains("GOT") && b.section.starts_with('$') {
                SectionKind::Got
            } else if b.section.contains("STUBS") && b.section.starts_with('$') {
                SectionKind::Stubs
            } else if b.prot.exec {
                SectionKind::Code
            } else if b.prot.write {
                SectionKind::RwData
            } else {
                SectionKind::RoData
            };
            let added = &self.objects[id];
            self.layout.push(SectionLayout {
                object_id: id as u32,
                object: added.name.clone(),
                elf_section: if is_split { None } else { added.sections.get(&b.section).copied() },
                section: b.section.clone(),
                kind,
                size: b.size,
                align: b.align,
                host_addr: b.host_addr,
                target_addr: b.target_addr,
            });
        }
    }
}
