//! Cross mode: sections get addresses in another process's address space (the target's),
//! while the bytes are written into host memory standing for them. Nothing here maps memory
//! at target addresses.
//!
//! * [`CrossPlanner`] chooses target addresses with the geometry of a [`Placement`], so a
//!   cross link shows what an in-process link with that placement would;
//! * [`CrossArena`] pairs each target range with host memory from a [`Mapper`], for
//!   LLVM's JITLink slab manager, which reserves whole ranges at once.

use crate::memory::placement::{Mapper, Placement, FRAGMENT_BALLAST, FRAGMENT_HOLE, SCATTER_GAP};
use crate::memory::slab::{align_up, Segment};
use crate::memory::sys::{Errno, Prot};
use crate::memory::Kind;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// Chooses target addresses for cross linking, with the geometry of a [`Placement`]: each
/// mapping starts on its own page, as a separate mmap would.
#[derive(Debug)]
pub struct CrossPlanner {
    placement: Placement,
    /// Next free address of the code zone (natural and fragment: of the only zone).
    next_code: u64,
    /// Next free address of the data zone (scatter only).
    next_data: u64,
    /// fragment: end of the current hole.
    hole_end: u64,
    /// scatter for a memory manager with one mapping per graph: each mapping
    /// [`SCATTER_GAP`] past the previous one.
    apart: bool,
}

impl CrossPlanner {
    pub fn new(base: u64, placement: Placement) -> Self {
        CrossPlanner { placement, next_code: base, next_data: base + SCATTER_GAP, hole_end: base + FRAGMENT_HOLE, apart: false }
    }

    /// For a memory manager that maps each graph on its own (`jitlink-default`): under
    /// `scatter` every mapping lands [`SCATTER_GAP`] past the previous one, the way the
    /// in-process spacer keeps them (src/memory/graphs.rs); otherwise as [`CrossPlanner::new`].
    pub fn per_graph(base: u64, placement: Placement) -> Self {
        CrossPlanner { apart: placement == Placement::Scatter, ..CrossPlanner::new(base, placement) }
    }

    /// Target address for a mapping of `size` bytes aligned to `align`.
    pub fn place(&mut self, size: u64, align: u64, kind: Kind) -> u64 {
        let align = align.max(4096);
        let size = size.max(1).div_ceil(4096) * 4096;
        let next = match (self.placement, kind) {
            (Placement::Scatter, Kind::RoData | Kind::RwData) => &mut self.next_data,
            _ => &mut self.next_code,
        };
        let mut addr = next.div_ceil(align) * align;
        if self.placement == Placement::Fragment && addr + size > self.hole_end {
            // Spill into the next hole, past a ballast block.
            let hole = self.hole_end + FRAGMENT_BALLAST;
            addr = hole.div_ceil(align) * align;
            self.hole_end = hole + FRAGMENT_HOLE.max(size);
        }
        *next = addr + size + if self.apart { SCATTER_GAP } else { 0 };
        addr
    }
}

/// Cross mode for JITLink's own slab manager: each reservation it asks for gets a target
/// range from the planner and host memory (mapped here) that stands for it.
#[derive(Debug)]
pub struct CrossArena {
    mapper: Arc<Mapper>,
    planner: Mutex<CrossPlanner>,
    /// target → (host, size)
    blocks: Mutex<BTreeMap<u64, (u64, u64)>>,
}

/// One reservation of a [`CrossArena`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CrossBlock {
    pub target: u64,
    pub host: u64,
    pub size: u64,
}

/// One graph's reservation and where each of its segments starts in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrossGraph {
    pub block: CrossBlock,
    pub offsets: Vec<u64>,
}

impl CrossArena {
    pub fn new(mapper: Arc<Mapper>, planner: CrossPlanner) -> CrossArena {
        CrossArena { mapper, planner: Mutex::new(planner), blocks: Default::default() }
    }

    /// A new reservation of at least `size` bytes.
    ///
    /// # Errors
    /// The errno when the host memory cannot be mapped.
    pub fn reserve(&self, size: u64) -> Result<CrossBlock, Errno> {
        let (host, size) = self.mapper.allocate(Kind::Code, size, None, Prot::READ_WRITE)?;
        let target = self.planner.lock().unwrap_or_else(|e| e.into_inner()).place(size, 4096, Kind::Code);
        self.blocks.lock().unwrap_or_else(|e| e.into_inner()).insert(target, (host, size));
        Ok(CrossBlock { target, host, size })
    }

    /// A reservation of its own for one graph: its segments one after another, each on its
    /// own page (as LLVM's InProcessMemoryManager lays a graph out), in the order given.
    ///
    /// # Errors
    /// The errno when the host memory cannot be mapped (or the sizes overflow).
    pub fn reserve_graph(&self, segments: &[Segment]) -> Result<CrossGraph, Errno> {
        let page = 4096;
        let mut offsets = Vec::with_capacity(segments.len());
        let mut end: u64 = 0;
        for s in segments {
            let at = align_up(end, s.align.max(page)).ok_or(Errno(libc::EOVERFLOW))?;
            offsets.push(at);
            end = at.checked_add(align_up(s.size, page).ok_or(Errno(libc::EOVERFLOW))?).ok_or(Errno(libc::EOVERFLOW))?;
        }
        let block = self.reserve(end.max(page))?;
        Ok(CrossGraph { block, offsets })
    }

    /// Gives back the reservation at `target` (nothing if there is none).
    pub fn release(&self, target: u64) {
        if let Some((host, size)) = self.blocks.lock().unwrap_or_else(|e| e.into_inner()).remove(&target) {
            let _ = self.mapper.release(host, size);
        }
    }
}

/// Whatever is still reserved when the arena goes (LLVM's MapperJITLinkMemoryManager does
/// not give its slab back to the mapper when it is destroyed) is released with it: without
/// this each cross-linked `jitlink-slab` session left its 1 GiB of host memory mapped, and
/// under qemu the guest's reserved address space ran out after a few dozen sessions.
impl Drop for CrossArena {
    fn drop(&mut self) {
        let blocks = std::mem::take(&mut *self.blocks.lock().unwrap_or_else(|e| e.into_inner()));
        for (host, size) in blocks.into_values() {
            let _ = self.mapper.release(host, size);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::memory::placement::GIB;

    #[test]
    fn scatter_puts_code_and_data_more_than_4_gib_apart() {
        let mut p = CrossPlanner::new(0x10_0000_0000, Placement::Scatter);
        let code = p.place(100, 16, Kind::Code);
        let ro = p.place(100, 16, Kind::RoData);
        let rw = p.place(5000, 16, Kind::RwData);
        let code2 = p.place(100, 16, Kind::Code);
        assert!(ro - code > 4 * GIB && rw - code > 4 * GIB);
        assert_eq!(code2, code + 4096, "code stays packed in its zone");
        assert_eq!(rw, ro + 4096);
    }

    #[test]
    fn fragment_spills_into_the_next_hole_when_the_current_is_full() {
        let mut p = CrossPlanner::new(0x10_0000_0000, Placement::Fragment);
        let first = p.place(4096, 16, Kind::Code);
        let mut last = first;
        for _ in 1..(FRAGMENT_HOLE / 4096) {
            last = p.place(4096, 16, Kind::RwData);
        }
        assert_eq!(last, first + FRAGMENT_HOLE - 4096, "the hole is used up page by page");
        let spilled = p.place(4096, 16, Kind::Code);
        assert!(spilled - last > 4 * GIB);
    }

    #[test]
    fn per_graph_scatter_puts_each_graph_past_the_gap() {
        let mut p = CrossPlanner::per_graph(0x10_0000_0000, Placement::Scatter);
        let a = p.place(8192, 16, Kind::Code);
        let b = p.place(4096, 16, Kind::Code);
        assert_eq!(b - a, 8192 + SCATTER_GAP);
        let mut n = CrossPlanner::per_graph(0x1000, Placement::Natural);
        assert_eq!(n.place(1, 1, Kind::Code), 0x1000);
        assert_eq!(n.place(1, 1, Kind::Code), 0x2000);
    }

    #[test]
    fn natural_is_sequential_and_page_aligned() {
        let mut p = CrossPlanner::new(0x1000, Placement::Natural);
        assert_eq!(p.place(1, 1, Kind::Code), 0x1000);
        assert_eq!(p.place(5000, 8192, Kind::RwData), 0x2000);
        assert_eq!(p.place(1, 1, Kind::RoData), 0x4000);
    }
}
