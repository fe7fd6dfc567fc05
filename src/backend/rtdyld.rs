//! The RuntimeDyld backends. One C++ session type (RuntimeDyld + a recording memory
//! manager), three memory managers:
//!
//! * `rtdyld-stock`: LLVM's SectionMemoryManager exactly as MCJIT (and so llvmlite/Numba)
//!   uses it; its mappings go through its MemoryMapper hook to [`Mapper`] (placement), its
//!   allocation logic is untouched.
//! * `rtdyld-reserve`: the same with SectionMemoryManager's `ReserveAlloc` (LLVM 22): one
//!   block per object.
//! * `rtdyld-rust`: the Rust slab ([`Slab`]) behind a C++ class that forwards every call.

use super::{BackendInfo, LinkBackend, LinkMode, LinkerClock, MemoryFigures, SessionOptions, SymbolAddress, HARNESS_LAYOUT, ROOM_CHECK};
use crate::backend::layout::{SectionKind, SectionLayout};
use crate::error::{Error, Result};
use crate::llvm::bridge::ffi;
use crate::llvm::callbacks::{MapperHandle, Refusals, ResolverHandle, SlabHandle};
use crate::memory::cross::CrossPlanner;
use crate::memory::placement::{Mapper, Placement};
use crate::memory::slab::Slab;
use crate::memory::Kind;
use crate::source::ObjectFile;
use cxx::UniquePtr;
use std::sync::Arc;
use std::time::Instant;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    Stock,
    Reserve,
    RustSlab,
}

pub struct Rtdyld {
    session: UniquePtr<ffi::RtdyldSession>,
    flavor: Flavor,
    mapper: Arc<Mapper>,
    slab: Option<Arc<Slab>>,
    /// The slab's refusals during LLVM calls, for error messages.
    refusals: Arc<Refusals>,
    planner: Option<CrossPlanner>,
    /// Cross mode with the slab: the target address the slab's base maps to.
    slab_target: Option<u64>,
    /// Cross mode with ReserveAlloc: target minus host address, the same for every section
    /// (set at the first allocation).
    reserve_shift: Option<u64>,
    layout: Vec<SectionLayout>,
    /// Objects added since the last finalize, named in relocation errors.
    pending: Vec<String>,
    /// The session's resolver, which answers `__start_X` / `__stop_X` for RuntimeDyld.
    resolver: Arc<crate::backend::resolve::Resolver>,
    clock: LinkerClock,
}

impl Rtdyld {
    /// # Errors
    /// [`Error::Placement`] when the placement's address-space reservation cannot be made,
    /// [`Error::Slab`] when the slab cannot.
    pub fn new(opts: SessionOptions, flavor: Flavor) -> Result<Self> {
        let mut planner = match opts.mode {
            LinkMode::InProcess => None,
            LinkMode::Cross { base } => Some(CrossPlanner::new(base, opts.placement)),
        };
        // In cross mode nothing is placed in this process: the mapper gives what the OS
        // gives and the planner chooses target addresses. Except with ReserveAlloc: it packs
        // the sections of later objects into the free space of earlier reservations, so the
        // host layout (made with the placement's geometry) is the layout, shifted as a whole.
        let host_placement = if planner.is_some() && flavor != Flavor::Reserve { Placement::Natural } else { opts.placement };
        let mapper = Arc::new(Mapper::new(host_placement).map_err(|e| Error::placement(host_placement, e))?);
        let session_resolver = opts.resolver.clone();
        let resolver = Box::new(ResolverHandle(opts.resolver.clone()));
        let refusals = Arc::new(Refusals::default());
        // As MCJIT: objects linked to run here are registered with the GDB JIT interface.
        let gdb = planner.is_none();
        let (session, slab) = match flavor {
            Flavor::Stock | Flavor::Reserve => {
                (ffi::new_rtdyld_stock(resolver, Box::new(MapperHandle(mapper.clone())), flavor == Flavor::Reserve, gdb), None)
            }
            Flavor::RustSlab => {
                let slab = Slab::new(mapper.clone(), opts.slab_size).map_err(|e| Error::slab(flavor.name(), e))?;
                let slab = Arc::new(slab);
                let handle = SlabHandle::new(slab.clone(), None, refusals.clone());
                (ffi::new_rtdyld_rust(resolver, Box::new(handle), gdb), Some(slab))
            }
        };
        // The slab moves as a whole, in target addresses too.
        let slab_target = match (&slab, &mut planner) {
            (Some(s), Some(p)) => Some(p.place(s.range().1, 4096, Kind::Code)),
            _ => None,
        };
        Ok(Rtdyld {
            session,
            flavor,
            mapper,
            slab,
            refusals,
            planner,
            slab_target,
            reserve_shift: None,
            layout: Vec::new(),
            pending: Vec::new(),
            resolver: session_resolver,
            clock: LinkerClock::default(),
        })
    }

    fn name(&self) -> &'static str {
        self.flavor.name()
    }

    /// The error for a failed LLVM call: typed when the slab refused memory inside it.
    fn llvm_error(&self, objects: &str, e: cxx::Exception) -> Error {
        match self.refusals.take() {
            Some(refusal) => Error::slab_in_llvm(self.name(), refusal, e.what()),
            None => Error::Link { object: objects.into(), backend: self.name().into(), message: e.what().to_string() },
        }
    }
}

/// The target address of a ReserveAlloc section at `host`: the session's host layout moved
/// as a whole, so that its first allocation lands a margin above the planner's next address
/// (mappings made later may lie below the first one).
fn reserve_target(planner: &mut CrossPlanner, shift: &mut Option<u64>, host: u64) -> u64 {
    const MARGIN: u64 = 1 << 40;
    let s = *shift.get_or_insert_with(|| planner.place(4096, 4096, Kind::Code).wrapping_add(MARGIN).wrapping_sub(host));
    host.wrapping_add(s)
}

impl Flavor {
    fn name(self) -> &'static str {
        match self {
            Flavor::Stock => "rtdyld-stock",
            Flavor::Reserve => "rtdyld-reserve",
            Flavor::RustSlab => "rtdyld-rust",
        }
    }
}

impl LinkBackend for Rtdyld {
    fn info(&self) -> BackendInfo {
        BackendInfo {
            name: self.name().into(),
            linker: "RuntimeDyld".into(),
            memory_manager: match self.flavor {
                Flavor::Stock => "SectionMemoryManager (LLVM, one mapping per section group)".into(),
                Flavor::Reserve => "SectionMemoryManager with ReserveAlloc (LLVM, one block per object)".into(),
                Flavor::RustSlab => "Rust slab (one reservation per session, forwarded from C++)".into(),
            },
            notes: {
                let mut n = self.mapper.describe();
                if let Some(s) = &self.slab {
                    let (base, size) = s.range();
                    n.push(format!("slab: {size:#x} bytes at {base:#x}; every section of the session lies inside it"));
                }
                n
            },
        }
    }

    fn remove(&mut self, _id: u32) -> Result<()> {
        Err(Error::CannotRemove {
            backend: self.name().into(),
            reason: "RuntimeDyld cannot unload an object: its memory manager keeps every section until the session ends \
                     (MCJIT's removeModule forgets the module, not its code, so Numba's remove_module frees nothing: numba/numba#6707)"
                .into(),
        })
    }

    fn add_object(&mut self, object: &ObjectFile) -> Result<()> {
        let t = Instant::now();
        // A refusal from before belongs to an error already reported.
        self.refusals.take();
        if let Some(s) = &self.slab {
            let link_err = |message: String| Error::Link { object: object.name.clone(), backend: self.name().into(), message };
            // `extra`: what RuntimeDyld will ask for beyond its own reservation hint (IFUNC GOT
            // words).
            let (mut needs, extra) = crate::memory::slab::rtdyld_needs(&object.bytes).map_err(link_err)?;
            for e in &extra {
                let n = &mut needs[e.kind.index()];
                *n = (n.0.saturating_add(e.size).saturating_add(e.align), n.1.max(e.align));
            }
            s.check_room(&object.name, needs).map_err(|e| Error::slab(self.name(), e))?;
            s.add_to_next_reservation(&object.name, extra);
            self.clock.book(ROOM_CHECK, t);
        }
        let t = Instant::now();
        let loaded = self.session.pin_mut().load_object(&object.name, &object.bytes);
        self.clock.book("RuntimeDyld: load (parse, allocate, copy, note relocations)", t);
        let t = Instant::now();
        let index = loaded.map_err(|e| self.llvm_error(&object.name, e))?;
        let allocations = self.session.pin_mut().take_allocations();
        let sections = self.session.object_sections(index);
        let object_id = index;
        for a in allocations {
            let purpose = Kind::try_from(a.kind).map_err(|message| Error::Link {
                object: object.name.clone(),
                backend: self.name().into(),
                message,
            })?;
            let target = match (&mut self.planner, self.slab_target, &self.slab) {
                (Some(p), _, _) if self.flavor == Flavor::Reserve => {
                    let t = reserve_target(p, &mut self.reserve_shift, a.host_addr);
                    self.session.pin_mut().map_section_address(a.host_addr, t);
                    t
                }
                (Some(_), Some(t), Some(s)) => {
                    let t = t + (a.host_addr - s.range().0);
                    self.session.pin_mut().map_section_address(a.host_addr, t);
                    t
                }
                (Some(p), _, _) => {
                    let t = p.place(a.size, a.align as u64, purpose);
                    self.session.pin_mut().map_section_address(a.host_addr, t);
                    t
                }
                (None, _, _) => a.host_addr,
            };
            let kind = match purpose {
                Kind::Code => SectionKind::Code,
                Kind::RoData => SectionKind::RoData,
                Kind::RwData if a.name == ".got" => SectionKind::Got,
                Kind::RwData => SectionKind::RwData,
            };
            // RuntimeDyld appends its stubs to the code section that needs them: the part of
            // the allocation past the object's own section bytes.
            let own = sections.iter().find(|s| s.load_addr == a.host_addr);
            let elf_section = own.map(|s| s.elf_index);
            let (size, stubs) = match own.map(|s| s.size) {
                Some(n) if kind == SectionKind::Code && a.size > n => (n, a.size - n),
                _ => (a.size, 0),
            };
            self.layout.push(SectionLayout {
                object_id,
                object: object.name.clone(),
                elf_section,
                section: a.name.clone(),
                kind,
                size,
                align: a.align as u64,
                host_addr: a.host_addr,
                target_addr: target,
            });
            if stubs > 0 {
                self.layout.push(SectionLayout {
                    object_id,
                    object: object.name.clone(),
                    elf_section: None,
                    section: format!("{} (stubs)", a.name),
                    kind: SectionKind::Stubs,
                    size: stubs,
                    align: 1,
                    host_addr: a.host_addr + size,
                    target_addr: target + size,
                });
            }
        }
        // An ELF linker defines `__start_X` / `__stop_X` as the bounds of section X; JITLink
        // does so itself, RuntimeDyld asks the resolver, which answers with this object's
        // placed section (the latest object wins: each finalize resolves only what was
        // added since the last one, so objects of one batch sharing a section name cannot
        // all be right, and the audit says so).
        for row in self.layout.iter().filter(|l| l.object_id == object_id && l.elf_section.is_some()) {
            self.resolver.define_section_bounds(&row.section, row.target_addr, row.size);
        }
        self.pending.push(object.name.clone());
        self.clock.book(HARNESS_LAYOUT, t);
        Ok(())
    }

    fn finalize(&mut self) -> Result<()> {
        let objects = std::mem::take(&mut self.pending).join(", ");
        self.refusals.take();
        let t = Instant::now();
        let resolved = self.session.pin_mut().resolve_relocations();
        self.clock.book("RuntimeDyld: resolve symbols, apply relocations", t);
        resolved.map_err(|e| self.llvm_error(&objects, e))?;
        let t = Instant::now();
        let finalized = self.session.pin_mut().finalize();
        self.clock.book("RuntimeDyld: finalize (protect, flush, EH frames)", t);
        finalized.map_err(|e| self.llvm_error(&objects, e))?;
        Ok(())
    }

    fn lookup(&self, name: &str) -> Option<SymbolAddress> {
        let target = self.session.lookup(name);
        (target != 0).then(|| SymbolAddress { host: self.session.lookup_host(name), target })
    }

    fn memory(&self) -> MemoryFigures {
        let mapper = self.mapper.stats();
        match &self.slab {
            Some(s) => {
                let st = s.stats();
                MemoryFigures { reserved: st.size, committed: st.committed, mapper, slab: Some(st), not_visible: None }
            }
            None => MemoryFigures { reserved: mapper.bytes_mapped, committed: mapper.bytes_mapped, mapper, slab: None, not_visible: None },
        }
    }

    fn layout(&self) -> &[SectionLayout] {
        &self.layout
    }

    fn clock(&self) -> LinkerClock {
        LinkerClock {
            phases: self.clock.phases.clone(),
            memory_manager_ns: self.session.memory_manager_ns(),
            memory_manager_how: "inside the memory manager's calls (reserve, allocate, finalize), timed in the shim: \
                                 a part of load and finalize"
                .into(),
        }
    }
}
