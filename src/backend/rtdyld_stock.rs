//! `rtdyld-stock`: RuntimeDyld with LLVM's own SectionMemoryManager, exactly as MCJIT (and so
//! llvmlite/Numba) uses it. The C++ side only records the allocations; nothing is changed in
//! how SectionMemoryManager places them.

use super::{BackendInfo, LinkBackend, LinkMode, SessionOptions, SymbolAddress};
use crate::placement::{CrossPlanner, Mapper, Placement, Purpose};
use crate::error::{Error, Result};
use crate::ffi::{bridge, MapperHandle, ResolverHandle};
use std::sync::Arc;
use crate::layout::{SectionKind, SectionLayout};
use crate::source::ObjectFile;
use cxx::UniquePtr;

pub struct RtdyldStock {
    session: UniquePtr<bridge::RtdyldSession>,
    /// `rtdyld-reserve`: SectionMemoryManager's ReserveAlloc (one block per object).
    reserve: bool,
    mapper: Arc<Mapper>,
    planner: Option<CrossPlanner>,
    layout: Vec<SectionLayout>,
    /// Objects added since the last finalize, named in relocation errors.
    pending: Vec<String>,
}

impl RtdyldStock {
    /// # Errors
    /// [`Error::Placement`] when the placement's address-space reservation fails.
    pub fn new(opts: SessionOptions, reserve: bool) -> Result<Self> {
        let planner = match opts.mode {
            LinkMode::InProcess => None,
            LinkMode::Cross { base } => Some(CrossPlanner::new(base, opts.placement)),
        };
        // In cross mode nothing is placed in this process: the mapper gives what the OS
        // gives and the planner chooses target addresses.
        let host_placement = if planner.is_some() { Placement::Natural } else { opts.placement };
        let mapper = Arc::new(Mapper::new(host_placement).map_err(|e| Error::Placement {
            placement: host_placement.name().into(),
            message: std::io::Error::from_raw_os_error(e.0).to_string(),
        })?);
        let session = bridge::new_rtdyld_stock(Box::new(ResolverHandle(opts.resolver.clone())), Box::new(MapperHandle(mapper.clone())), reserve);
        Ok(RtdyldStock { session, reserve, mapper, planner, layout: Vec::new(), pending: Vec::new() })
    }
}

impl RtdyldStock {
    fn name(&self) -> &'static str {
        if self.reserve {
            "rtdyld-reserve"
        } else {
            "rtdyld-stock"
        }
    }
}

/// Whether this build's LLVM offers SectionMemoryManager's ReserveAlloc.
pub(crate) fn has_reserve_alloc() -> bool {
    bridge::smm_has_reserve_alloc()
}

impl LinkBackend for RtdyldStock {
    fn info(&self) -> BackendInfo {
        BackendInfo {
            name: self.name().into(),
            linker: "RuntimeDyld".into(),
            memory_manager: if self.reserve {
                "SectionMemoryManager with ReserveAlloc (LLVM, one block per object)".into()
            } else {
                "SectionMemoryManager (LLVM, one mapping per section group)".into()
            },
            notes: self.mapper.describe(),
        }
    }

    fn add_object(&mut self, object: &ObjectFile) -> Result<()> {
        let index = self
            .session
            .pin_mut()
            .load_object(&object.name, &object.bytes)
            .map_err(|e| Error::Link { object: object.name.clone(), backend: self.name().into(), message: e.what().to_string() })?;
        let allocations = self.session.pin_mut().take_allocations();
        let sections = self.session.object_sections(index);
        let object_id = index;
        for a in allocations {
            let purpose = match a.kind {
                0 => Purpose::Code,
                1 => Purpose::RoData,
                _ => Purpose::RwData,
            };
            let target = match &mut self.planner {
                Some(p) => {
                    let t = p.place(a.size, a.align as u64, purpose);
                    self.session.pin_mut().map_section_address(a.host_addr, t);
                    t
                }
                None => a.host_addr,
            };
            let kind = match a.kind {
                0 => SectionKind::Code,
                1 => SectionKind::RoData,
                _ if a.name == ".got" => SectionKind::Got,
                _ => SectionKind::RwData,
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
        self.pending.push(object.name.clone());
        Ok(())
    }

    fn finalize(&mut self) -> Result<()> {
        let objects = std::mem::take(&mut self.pending).join(", ");
        let backend = self.name();
        let link_err = |e: cxx::Exception| Error::Link { object: objects.clone(), backend: backend.into(), message: e.what().to_string() };
        self.session.pin_mut().resolve_relocations().map_err(link_err)?;
        self.session.pin_mut().finalize().map_err(link_err)?;
        Ok(())
    }

    fn lookup(&self, name: &str) -> Option<SymbolAddress> {
        let target = self.session.lookup(name);
        (target != 0).then(|| SymbolAddress { host: self.session.lookup_host(name), target })
    }

    fn layout(&self) -> Vec<SectionLayout> {
        self.layout.clone()
    }
}
