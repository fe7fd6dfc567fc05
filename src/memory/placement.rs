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

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

const GIB: u64 = 1 << 30;

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

/// What a mapping is for, as a memory manager says when it asks for one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Code,
    RoData,
    RwData,
}

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
}

impl CrossPlanner {
    pub fn new(base: u64, placement: Placement) -> Self {
        CrossPlanner { placement, next_code: base, next_data: base + SCATTER_GAP, hole_end: base + FRAGMENT_HOLE }
    }

    /// Target address for a mapping of `size` bytes aligned to `align`.
    pub fn place(&mut self, size: u64, align: u64, purpose: Purpose) -> u64 {
        let align = align.max(4096);
        let size = size.max(1).div_ceil(4096) * 4096;
        let next = match (self.placement, purpose) {
            (Placement::Scatter, Purpose::RoData | Purpose::RwData) => &mut self.next_data,
            _ => &mut self.next_code,
        };
        let mut addr = next.div_ceil(align) * align;
        if self.placement == Placement::Fragment && addr + size > self.hole_end {
            // Spill into the next hole, past a ballast block.
            let hole = self.hole_end + FRAGMENT_BALLAST;
            addr = hole.div_ceil(align) * align;
            self.hole_end = hole + FRAGMENT_HOLE.max(size);
        }
        *next = addr + size;
        addr
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scatter_puts_code_and_data_more_than_4_gib_apart() {
        let mut p = CrossPlanner::new(0x10_0000_0000, Placement::Scatter);
        let code = p.place(100, 16, Purpose::Code);
        let ro = p.place(100, 16, Purpose::RoData);
        let rw = p.place(5000, 16, Purpose::RwData);
        let code2 = p.place(100, 16, Purpose::Code);
        assert!(ro - code > 4 * GIB && rw - code > 4 * GIB);
        assert_eq!(code2, code + 4096, "code stays packed in its zone");
        assert_eq!(rw, ro + 4096);
    }

    #[test]
    fn fragment_spills_into_the_next_hole_when_the_current_is_full() {
        let mut p = CrossPlanner::new(0x10_0000_0000, Placement::Fragment);
        let first = p.place(4096, 16, Purpose::Code);
        let mut last = first;
        for _ in 1..(FRAGMENT_HOLE / 4096) {
            last = p.place(4096, 16, Purpose::RwData);
        }
        assert_eq!(last, first + FRAGMENT_HOLE - 4096, "the hole is used up page by page");
        let spilled = p.place(4096, 16, Purpose::Code);
        assert!(spilled - last > 4 * GIB);
    }

    #[test]
    fn natural_is_sequential_and_page_aligned() {
        let mut p = CrossPlanner::new(0x1000, Placement::Natural);
        assert_eq!(p.place(1, 1, Purpose::Code), 0x1000);
        assert_eq!(p.place(5000, 8192, Purpose::RwData), 0x2000);
        assert_eq!(p.place(1, 1, Purpose::RoData), 0x4000);
    }
}

/// Protection bits as the memory managers pass them: read 1, write 2, execute 4.
pub mod prot {
    pub const READ: u32 = 1;
    pub const WRITE: u32 = 2;
    pub const EXEC: u32 = 4;
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

/// A failed kernel call: the errno.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Errno(pub i32);

/// The system page size.
pub fn page_size() -> u64 {
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if p > 0 {
        p as u64
    } else {
        4096
    }
}

fn last_errno() -> Errno {
    Errno(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL))
}

fn to_prot(p: u32) -> libc::c_int {
    let mut r = libc::PROT_NONE;
    if p & prot::READ != 0 {
        r |= libc::PROT_READ;
    }
    if p & prot::WRITE != 0 {
        r |= libc::PROT_WRITE;
    }
    if p & prot::EXEC != 0 {
        r |= libc::PROT_EXEC;
    }
    r
}

/// `mmap` of fresh anonymous private memory. `fixed`: exactly at `hint`, replacing what is
/// there (only ever used inside address space this module reserved).
fn map(hint: u64, size: u64, prot: libc::c_int, fixed: bool, noreserve: bool) -> Result<u64, Errno> {
    let mut flags = libc::MAP_PRIVATE | libc::MAP_ANONYMOUS;
    if fixed {
        flags |= libc::MAP_FIXED;
    }
    if noreserve {
        flags |= libc::MAP_NORESERVE;
    }
    // SAFETY: anonymous private mapping; without MAP_FIXED the kernel never replaces
    // existing mappings; with MAP_FIXED callers only pass ranges inside a reservation this
    // module made and owns, so no memory anyone else uses is replaced.
    let p = unsafe { libc::mmap(hint as usize as *mut libc::c_void, size as usize, prot, flags, -1, 0) };
    if p == libc::MAP_FAILED {
        Err(last_errno())
    } else {
        Ok(p as usize as u64)
    }
}

fn unmap(addr: u64, size: u64) -> Result<(), Errno> {
    // SAFETY: only called for ranges this module mapped (blocks it handed out and that the
    // memory manager gave back, or its own reservations), which nothing uses any more.
    if unsafe { libc::munmap(addr as usize as *mut libc::c_void, size as usize) } == 0 {
        Ok(())
    } else {
        Err(last_errno())
    }
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
                let base = map(0, size, libc::PROT_NONE, false, true)?;
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
        let a = map(0, page, libc::PROT_NONE, false, false)?;
        let b = map(0, page, libc::PROT_NONE, false, false)?;
        unmap(a, page)?;
        unmap(b, page)?;
        st.stats.mmap_calls += 2;
        st.stats.munmap_calls += 2;
        let downward = b < a;
        let span = FRAGMENT_HOLES * (FRAGMENT_HOLE + FRAGMENT_BALLAST);
        // The region: hole, ballast, hole, ballast, ... starting at the probed spot and
        // extending the way the allocator moves.
        let start = if downward { (a + page).saturating_sub(span) } else { a };
        let region = map(start, span, libc::PROT_NONE, false, true)?;
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
            unmap(h, FRAGMENT_HOLE)?;
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
            let p = map(0, size, libc::PROT_NONE, false, true)?;
            st.stats.mmap_calls += 1;
            if before_first(p, size) {
                st.ballast.push((p, size));
                st.stats.bytes_reserved += size;
            } else {
                unmap(p, size)?;
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

    /// A new mapping of at least `size` bytes for `purpose`, with protection `p` (see
    /// [`prot`]). `near` is the memory manager's previous block of the same kind.
    /// Returns the address and the mapped size.
    pub fn allocate(&self, purpose: Purpose, size: u64, near: Option<(u64, u64)>, p: u32) -> Result<(u64, u64), Errno> {
        let page = page_size();
        let size = size.max(1).div_ceil(page) * page;
        let mut st = self.lock();
        if self.placement == Placement::Fragment && st.holes.is_empty() {
            Self::fragment(&mut st)?;
        }
        let addr = match (self.placement, st.window) {
            (Placement::Scatter, Some((base, len))) => {
                let data = purpose != Purpose::Code;
                let next = if data { st.next_data } else { st.next_code };
                let zone_end = if data { base + len } else { base + SCATTER_GAP };
                if next + size > zone_end {
                    return Err(Errno(libc::ENOMEM));
                }
                let a = map(next, size, to_prot(p), true, false)?;
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
                match map(hint, size, to_prot(p), false, false) {
                    Ok(a) => a,
                    Err(_) if hint != 0 => {
                        st.stats.mmap_calls += 1;
                        map(0, size, to_prot(p), false, false)?
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
    pub fn protect(&self, addr: u64, size: u64, p: u32) -> Result<(), Errno> {
        let page = page_size();
        let start = addr / page * page;
        let end = (addr + size).div_ceil(page) * page;
        self.lock().stats.mprotect_calls += 1;
        // SAFETY: the range lies within blocks this mapper mapped for the memory manager,
        // which asks for the protection it needs for its own memory.
        if unsafe { libc::mprotect(start as usize as *mut libc::c_void, (end - start) as usize, to_prot(p)) } == 0 {
            Ok(())
        } else {
            Err(last_errno())
        }
    }

    /// Drops the contents of a range of a block this mapper handed out and makes it
    /// inaccessible; the range stays mapped (reserved) for reuse.
    pub fn discard(&self, addr: u64, size: u64) -> Result<(), Errno> {
        let mut st = self.lock();
        st.stats.mprotect_calls += 1;
        // SAFETY: the range lies within a block this mapper handed out; its owner (the
        // slab) no longer uses it, so dropping its contents and access harms nobody.
        unsafe {
            if libc::madvise(addr as usize as *mut libc::c_void, size as usize, libc::MADV_DONTNEED) != 0 {
                return Err(last_errno());
            }
            if libc::mprotect(addr as usize as *mut libc::c_void, size as usize, libc::PROT_NONE) != 0 {
                return Err(last_errno());
            }
        }
        Ok(())
    }

    /// Gives a block back. Inside the scatter window the range goes back to being reserved.
    pub fn release(&self, addr: u64, size: u64) -> Result<(), Errno> {
        let mut st = self.lock();
        st.stats.bytes_mapped = st.stats.bytes_mapped.saturating_sub(size);
        match st.window {
            Some((base, len)) if addr >= base && addr + size <= base + len => {
                st.stats.mmap_calls += 1;
                map(addr, size, libc::PROT_NONE, true, true).map(|_| ())
            }
            _ => {
                st.stats.munmap_calls += 1;
                unmap(addr, size)
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
            let _ = unmap(a, s);
        }
    }
}
