//! Where in the address space a backend's memory goes (`--placement`).
//!
//! * `natural`: what the OS gives. In process, the stock memory manager's mappings go
//!   through [`Mapper`], which asks the kernel exactly as LLVM's own `sys::Memory` does (a
//!   hint just past the previous block of the same kind, no `MAP_FIXED`).
//! * `scatter`: deterministic worst case. Code goes to one zone and data (read-only,
//!   read-write, the GOT) to another [`SCATTER_GAP`] above it, so code and data of one
//!   object are more than 4 GiB apart (AArch64 ADRP reach) and so more than 2 GiB
//!   (x86-64 PC32 reach).
//! * `fragment`: the seed reproducer's situation, made deterministic. Before the first
//!   object the address space is cut into small holes separated by large reserved blocks
//!   (like the reproducer's gigabyte allocations); the backend then allocates naturally, and
//!   the first object whose sections do not all fit in the current hole spills into the
//!   next one, [`FRAGMENT_BALLAST`] away.
//!
//! In cross mode nothing is mapped at target addresses; [`CrossPlanner`] chooses them with
//! the same geometry.
//!
//! [`CrossPlanner`]: crate::memory::cross::CrossPlanner

use crate::memory::sys::{self, page_size, Commit, Errno, Prot};
use crate::memory::Kind;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

pub(crate) const GIB: u64 = 1 << 30;

/// Distance between the code zone and the data zone under `scatter`: above the ±4 GiB of
/// an AArch64 ADRP and the ±2 GiB of an x86-64 32-bit PC-relative fixup.
pub const SCATTER_GAP: u64 = 6 * GIB;

/// Size of each hole `fragment` leaves for the backend.
pub const FRAGMENT_HOLE: u64 = 256 * 1024;

/// Reserved (never committed) block between two holes under `fragment`.
pub const FRAGMENT_BALLAST: u64 = 5 * GIB;

/// Number of holes `fragment` makes.
pub const FRAGMENT_HOLES: u64 = 4;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Placement {
    #[default]
    Natural,
    Scatter,
    Fragment,
}

impl Placement {
    pub const ALL: [Placement; 3] = [Placement::Natural, Placement::Scatter, Placement::Fragment];

    pub fn name(self) -> &'static str {
        match self {
            Placement::Natural => "natural",
            Placement::Scatter => "scatter",
            Placement::Fragment => "fragment",
        }
    }
}

impl fmt::Display for Placement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Placement {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Placement::ALL
            .into_iter()
            .find(|p| p.name() == s)
            .ok_or_else(|| format!("unknown placement `{s}` (known: natural, scatter, fragment)"))
    }
}

/// Counts of what a [`Mapper`] asked the kernel for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapperStats {
    pub mmap_calls: u64,
    pub mprotect_calls: u64,
    pub munmap_calls: u64,
    /// Bytes currently handed out to the memory manager.
    pub bytes_mapped: u64,
    /// Address space reserved by the placement itself (scatter window, fragment ballast).
    pub bytes_reserved: u64,
}

/// The in-process placement policy behind a memory manager's mapping hook (LLVM's
/// `SectionMemoryManager::MemoryMapper`): the C++ side forwards every call here.
#[derive(Debug)]
pub struct Mapper {
    placement: Placement,
    state: std::sync::Mutex<MapperState>,
}

#[derive(Debug, Default)]
struct MapperState {
    stats: MapperStats,
    /// scatter: the reserved window and the next free address of each zone.
    window: Option<(u64, u64)>,
    next_code: u64,
    next_data: u64,
    /// fragment: the reserved ballast blocks (address, size), unmapped on drop.
    ballast: Vec<(u64, u64)>,
    /// fragment: where the holes are.
    holes: Vec<u64>,
}

impl Mapper {
    /// Prepares the address space for `placement` (reserving the scatter window, or cutting
    /// the fragment holes).
    ///
    /// # Errors
    /// The errno when the reservation cannot be made.
    pub fn new(placement: Placement) -> Result<Mapper, Errno> {
        let mut st = MapperState::default();
        match placement {
            Placement::Natural => {}
            Placement::Scatter => {
                let size = 2 * SCATTER_GAP;
                let base = sys::map(0, size, Prot::NONE, Commit::Reserve)?;
                st.stats.mmap_calls += 1;
                st.stats.bytes_reserved = size;
                st.window = Some((base, size));
                st.next_code = base;
                st.next_data = base + SCATTER_GAP;
            }
            // Cut when the first mapping is asked for: by then the compiler's own
            // temporary mappings of the first module are gone again.
            Placement::Fragment => {}
        }
        Ok(Mapper { placement, state: std::sync::Mutex::new(st) })
    }

    /// Cuts the address space where the next natural mapping would go into
    /// [`FRAGMENT_HOLES`] holes of [`FRAGMENT_HOLE`] bytes, separated (and, on the side the
    /// allocator moves away from, followed) by [`FRAGMENT_BALLAST`] reserved bytes. The
    /// direction the kernel (or qemu) hands out addresses is probed first, so the holes are
    /// met first whichever way it goes.
    fn fragment(st: &mut MapperState) -> Result<(), Errno> {
        let page = page_size();
        let a = sys::map(0, page, Prot::NONE, Commit::Normal)?;
        let b = sys::map(0, page, Prot::NONE, Commit::Normal)?;
        // SAFETY: the two probe pages were mapped just above and are used by nobody.
        unsafe {
            sys::unmap(a, page)?;
            sys::unmap(b, page)?;
        }
        st.stats.mmap_calls += 2;
        st.stats.munmap_calls += 2;
        let downward = b < a;
        let span = FRAGMENT_HOLES * (FRAGMENT_HOLE + FRAGMENT_BALLAST);
        // The region: hole, ballast, hole, ballast, ... starting at the probed spot and
        // extending the way the allocator moves.
        let start = if downward { (a + page).saturating_sub(span) } else { a };
        let region = sys::map(start, span, Prot::NONE, Commit::Reserve)?;
        st.stats.mmap_calls += 1;
        // Wherever it landed, lay the holes out from the end the allocator meets first.
        for i in 0..FRAGMENT_HOLES {
            let step = i * (FRAGMENT_HOLE + FRAGMENT_BALLAST);
            let hole = if downward { region + span - step - FRAGMENT_HOLE } else { region + step };
            st.holes.push(hole);
        }
        let mut holes = st.holes.clone();
        holes.sort_unstable();
        let mut cursor = region;
        for h in holes {
            if h > cursor {
                st.ballast.push((cursor, h - cursor));
            }
            cursor = h + FRAGMENT_HOLE;
        }
        if region + span > cursor {
            st.ballast.push((cursor, region + span - cursor));
        }
        for &h in &st.holes {
            // SAFETY: each hole lies inside `region`, reserved just above and untouched.
            unsafe { sys::unmap(h, FRAGMENT_HOLE)? };
            st.stats.munmap_calls += 1;
        }
        st.stats.bytes_reserved = span - FRAGMENT_HOLES * FRAGMENT_HOLE;
        // Free gaps the allocator would meet before the first hole (between libraries,
        // left by freed buffers) are taken too, biggest first, as long-lived allocations
        // would have taken them.
        let first = st.holes[0];
        let before_first = |p: u64, size: u64| if downward { p >= first + FRAGMENT_HOLE } else { p + size <= first };
        let mut size = GIB;
        let mut calls = 0;
        while size >= page && calls < 100_000 {
            calls += 1;
            let p = sys::map(0, size, Prot::NONE, Commit::Reserve)?;
            st.stats.mmap_calls += 1;
            if before_first(p, size) {
                st.ballast.push((p, size));
                st.stats.bytes_reserved += size;
            } else {
                // SAFETY: `p` was mapped just above and is used by nobody.
                unsafe { sys::unmap(p, size)? };
                st.stats.munmap_calls += 1;
                size /= 2;
            }
        }
        Ok(())
    }

    pub fn placement(&self) -> Placement {
        self.placement
    }

    /// Start addresses of the fragment holes, in the order the allocator meets them.
    pub fn holes(&self) -> Vec<u64> {
        self.lock().holes.clone()
    }

    /// What the placement did to the address space, for reports.
    pub fn describe(&self) -> Vec<String> {
        let st = self.lock();
        match self.placement {
            Placement::Natural => {
                vec!["placement natural: mappings where the OS puts them (hinted next to the previous block, as LLVM does)".into()]
            }
            Placement::Scatter => st
                .window
                .map(|(b, _)| {
                    vec![format!(
                        "placement scatter: code mapped from {b:#x}, data from {:#x} ({} GiB above)",
                        b + SCATTER_GAP,
                        SCATTER_GAP >> 30
                    )]
                })
                .unwrap_or_default(),
            Placement::Fragment => vec![format!(
                "placement fragment: {} holes of {} KiB, {} GiB apart, in the order met: {}",
                st.holes.len(),
                FRAGMENT_HOLE >> 10,
                FRAGMENT_BALLAST >> 30,
                st.holes.iter().map(|h| format!("{h:#x}")).collect::<Vec<_>>().join(", ")
            )],
        }
    }

    pub fn stats(&self) -> MapperStats {
        self.lock().stats
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, MapperState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A new mapping of at least `size` bytes for `kind`, with protection `prot`. `near` is
    /// the memory manager's previous block of the same kind. Returns the address and the
    /// mapped size.
    pub fn allocate(&self, kind: Kind, size: u64, near: Option<(u64, u64)>, prot: Prot) -> Result<(u64, u64), Errno> {
        let page = page_size();
        let size = size.max(1).div_ceil(page) * page;
        let mut st = self.lock();
        if self.placement == Placement::Fragment && st.holes.is_empty() {
            Self::fragment(&mut st)?;
        }
        let addr = match (self.placement, st.window) {
            (Placement::Scatter, Some((base, len))) => {
                let data = kind != Kind::Code;
                let next = if data { st.next_data } else { st.next_code };
                let zone_end = if data { base + len } else { base + SCATTER_GAP };
                if next + size > zone_end {
                    return Err(Errno(libc::ENOMEM));
                }
                // SAFETY: [next, next + size) lies inside the scatter window this mapper
                // reserved, past every block it has handed out of that zone.
                let a = unsafe { sys::map_fixed(next, size, prot, Commit::Normal)? };
                if data {
                    st.next_data = a + size;
                } else {
                    st.next_code = a + size;
                }
                a
            }
            _ => {
                // As LLVM's sys::Memory does: ask next to the previous block, take what
                // the kernel gives, and without a hint if the hinted call fails.
                let hint = near.map(|(b, s)| (b + s).div_ceil(page) * page).unwrap_or(0);
                match sys::map(hint, size, prot, Commit::Normal) {
                    Ok(a) => a,
                    Err(_) if hint != 0 => {
                        st.stats.mmap_calls += 1;
                        sys::map(0, size, prot, Commit::Normal)?
                    }
                    Err(e) => return Err(e),
                }
            }
        };
        st.stats.mmap_calls += 1;
        st.stats.bytes_mapped += size;
        Ok((addr, size))
    }

    /// Changes the protection of a block this mapper handed out.
    pub fn protect(&self, addr: u64, size: u64, prot: Prot) -> Result<(), Errno> {
        let page = page_size();
        let start = addr / page * page;
        let end = (addr + size).div_ceil(page) * page;
        self.lock().stats.mprotect_calls += 1;
        // SAFETY: the range lies within blocks this mapper mapped for the memory manager,
        // which asks for the protection it needs for its own memory.
        unsafe { sys::protect(start, end - start, prot) }
    }

    /// Drops the contents of a range of a block this mapper handed out and makes it
    /// inaccessible; the range stays mapped (reserved) for reuse.
    pub fn discard(&self, addr: u64, size: u64) -> Result<(), Errno> {
        self.lock().stats.mprotect_calls += 1;
        // SAFETY: the range lies within a block this mapper handed out; its owner (the
        // slab) no longer uses it, so dropping its contents and access harms nobody.
        unsafe { sys::discard(addr, size) }
    }

    /// Gives a block back. Inside the scatter window the range goes back to being reserved.
    pub fn release(&self, addr: u64, size: u64) -> Result<(), Errno> {
        let mut st = self.lock();
        st.stats.bytes_mapped = st.stats.bytes_mapped.saturating_sub(size);
        match st.window {
            Some((base, len)) if addr >= base && addr + size <= base + len => {
                st.stats.mmap_calls += 1;
                // SAFETY: the block lies in the scatter window this mapper reserved, and
                // its owner gave it back: it becomes reserved address space again.
                unsafe { sys::map_fixed(addr, size, Prot::NONE, Commit::Reserve) }.map(|_| ())
            }
            _ => {
                st.stats.munmap_calls += 1;
                // SAFETY: a block this mapper mapped, which its owner gave back.
                unsafe { sys::unmap(addr, size) }
            }
        }
    }
}

impl Drop for Mapper {
    fn drop(&mut self) {
        let st = self.lock();
        let mut regions: Vec<(u64, u64)> = st.ballast.clone();
        regions.extend(st.window);
        drop(st);
        for (a, s) in regions {
            // SAFETY: the ballast blocks and the scatter window are this mapper's own
            // reservations; with the mapper gone nothing is placed in them any more.
            let _ = unsafe { sys::unmap(a, s) };
        }
    }
}
