//! The Rust slab: one reservation of address space per session, from which every object's
//! code, read-only and read-write data are carved, so that any two bytes any backend links
//! in the session are less than the slab's size apart.
//!
//! The bound: with a slab of at most [`MAX_SLAB_SIZE`] (2 GiB) every PC-relative fixup
//! between two sections of the session spans less than 2 GiB — inside x86-64's ±2 GiB
//! (`PC32`, `GOTPCREL`) and AArch64's ±4 GiB (`ADRP`), across objects too.
//!
//! Layers, from pure to stateful:
//! * [`Pages`]: a first-fit, coalescing allocator of page runs inside the slab (no system
//!   calls; property-tested);
//! * [`Reservation`]: one object's run of pages, split into a code, a read-only and a
//!   read-write part (each starting on a page, so each can get its own protection), with a
//!   bump pointer per part;
//! * [`Slab`]: the session's slab over a [`Mapper`] (so placement policies move the slab as
//!   a whole and every mmap/mprotect is counted), driven by a memory manager: `begin_object`,
//!   `reserve`, `allocate`, `finalize`, `release_object`.

use crate::memory::placement::{prot, Mapper, Purpose};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

/// Default slab size: 1 GiB of address space (nothing is committed until used).
pub const DEFAULT_SLAB_SIZE: u64 = 1 << 30;

/// Largest slab that keeps every pair of sections within x86-64's ±2 GiB.
pub const MAX_SLAB_SIZE: u64 = 2 << 30;

/// What a part of an object's memory is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Code,
    RoData,
    RwData,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Code, Kind::RoData, Kind::RwData];

    fn index(self) -> usize {
        match self {
            Kind::Code => 0,
            Kind::RoData => 1,
            Kind::RwData => 2,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Code => "code",
            Kind::RoData => "ro-data",
            Kind::RwData => "rw-data",
        }
    }
}

fn align_up(v: u64, a: u64) -> Option<u64> {
    let a = a.max(1);
    v.checked_add(a - 1).map(|x| x / a * a)
}

/// First-fit allocator of page runs over `[base, base + size)`; freed runs coalesce.
#[derive(Clone, Debug)]
pub struct Pages {
    page: u64,
    base: u64,
    size: u64,
    /// Free runs: start → length.
    free: BTreeMap<u64, u64>,
}

impl Pages {
    /// `base` and `size` must be multiples of `page` (a power of two).
    pub fn new(base: u64, size: u64, page: u64) -> Pages {
        let mut free = BTreeMap::new();
        if size > 0 {
            free.insert(base, size);
        }
        Pages { page, base, size, free }
    }

    /// A run of `len` bytes (rounded up to pages) starting at a multiple of `align`
    /// (at least a page), or `None` if no free run can hold it.
    pub fn alloc(&mut self, len: u64, align: u64) -> Option<u64> {
        let len = align_up(len.max(1), self.page)?;
        let align = align.max(self.page);
        let (start, run_len, at) = self.free.iter().find_map(|(&s, &l)| {
            let at = align_up(s, align)?;
            (at.checked_add(len)? <= s + l).then_some((s, l, at))
        })?;
        self.free.remove(&start);
        if at > start {
            self.free.insert(start, at - start);
        }
        let end = at + len;
        if end < start + run_len {
            self.free.insert(end, start + run_len - end);
        }
        Some(at)
    }

    /// Gives a run back.
    ///
    /// # Errors
    /// When the run is outside the slab, not page-aligned, or overlaps free space (a double
    /// free): nothing is changed.
    pub fn free(&mut self, start: u64, len: u64) -> Result<(), String> {
        let len = align_up(len.max(1), self.page).ok_or("length overflows")?;
        if !start.is_multiple_of(self.page) || start < self.base || start + len > self.base + self.size {
            return Err(format!("run {start:#x}+{len:#x} is not a page run of the slab"));
        }
        let before = self.free.range(..=start).next_back().map(|(&s, &l)| (s, l));
        let after = self.free.range(start..).next().map(|(&s, &l)| (s, l));
        if before.is_some_and(|(s, l)| s + l > start) || after.is_some_and(|(s, _)| s < start + len) {
            return Err(format!("run {start:#x}+{len:#x} is already free (double free)"));
        }
        let (mut s, mut l) = (start, len);
        if let Some((bs, bl)) = before.filter(|(bs, bl)| bs + bl == start) {
            self.free.remove(&bs);
            s = bs;
            l += bl;
        }
        if let Some((as_, al)) = after.filter(|(as_, _)| *as_ == start + len) {
            self.free.remove(&as_);
            l += al;
        }
        self.free.insert(s, l);
        Ok(())
    }

    pub fn free_bytes(&self) -> u64 {
        self.free.values().sum()
    }

    pub fn largest_free(&self) -> u64 {
        self.free.values().copied().max().unwrap_or(0)
    }

    pub fn page(&self) -> u64 {
        self.page
    }
}

/// One part of a reservation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Part {
    pub start: u64,
    pub len: u64,
    /// Next free byte.
    next: u64,
}

/// One object's memory: a code, a read-only and a read-write part, each a run of pages in
/// its kind's zone of the slab (so each part gets its own protection, and finalized parts of
/// many objects sit side by side with the same protection), with a bump pointer per part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reservation {
    pub parts: [Part; 3],
}

impl Reservation {
    /// Bytes the part for `size` bytes aligned to `align` takes: rounded up to pages, plus
    /// room to align when the alignment exceeds a page.
    pub fn part_len(size: u64, align: u64, page: u64) -> Option<u64> {
        if size == 0 {
            return Some(0);
        }
        let slack = align.saturating_sub(page);
        align_up(size.checked_add(slack)?, page)
    }

    /// A reservation whose parts start at `starts` with the lengths [`Reservation::part_len`]
    /// gives for `sizes`.
    pub fn new(starts: [u64; 3], sizes: [(u64, u64); 3], page: u64) -> Reservation {
        let parts = std::array::from_fn(|i| {
            let len = Self::part_len(sizes[i].0, sizes[i].1, page).unwrap_or(0);
            Part { start: starts[i], len, next: starts[i] }
        });
        Reservation { parts }
    }

    /// Total bytes of the parts.
    pub fn len(&self) -> u64 {
        self.parts.iter().map(|p| p.len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `size` bytes aligned to `align` in the `kind` part.
    ///
    /// # Errors
    /// A sentence saying how much was asked and how much is left.
    pub fn allocate(&mut self, kind: Kind, size: u64, align: u64) -> Result<u64, String> {
        let p = &mut self.parts[kind.index()];
        let at = align_up(p.next, align).ok_or("address overflow")?;
        let end = at.checked_add(size).ok_or("address overflow")?;
        if end > p.start + p.len {
            return Err(format!(
                "needs {size} bytes (align {align}) but {} of the {} reserved for {} are left",
                (p.start + p.len).saturating_sub(at),
                p.len,
                kind.name()
            ));
        }
        p.next = end;
        Ok(at)
    }

    /// Bytes handed out per kind.
    pub fn used(&self, kind: Kind) -> u64 {
        let p = &self.parts[kind.index()];
        p.next - p.start
    }
}

/// Share of the slab each kind's zone gets, in eighths: code 4, read-only 2, read-write 2.
const ZONE_EIGHTHS: [u64; 3] = [4, 2, 2];

/// An upper bound of the memory a linker asks for to load the relocatable ELF `bytes`, per
/// kind (size, largest alignment): every allocated section rounded up to its alignment, plus
/// room for a stub (32 bytes) and a GOT slot (8 bytes) per relocation, plus common symbols.
///
/// # Errors
/// When the object cannot be read.
pub fn object_needs(bytes: &[u8]) -> Result<[(u64, u64); 3], String> {
    use object::{Object, ObjectSection, ObjectSymbol, SectionFlags};
    let file = object::File::parse(bytes).map_err(|e| e.to_string())?;
    let mut needs = [(0u64, 1u64); 3];
    let mut relocs = 0u64;
    let mut add = |k: Kind, size: u64, align: u64| {
        let n = &mut needs[k.index()];
        n.1 = n.1.max(align.max(1));
        n.0 += align_up(size, align.max(1)).unwrap_or(u64::MAX / 4) + align.max(1);
    };
    for sec in file.sections() {
        relocs += sec.relocations().count() as u64;
        let SectionFlags::Elf { sh_flags } = sec.flags() else { continue };
        if sh_flags & u64::from(object::elf::SHF_ALLOC) == 0 {
            continue;
        }
        let kind = if sh_flags & u64::from(object::elf::SHF_EXECINSTR) != 0 {
            Kind::Code
        } else if sh_flags & u64::from(object::elf::SHF_WRITE) != 0 {
            Kind::RwData
        } else {
            Kind::RoData
        };
        add(kind, sec.size(), sec.align());
    }
    add(Kind::Code, relocs * 32, 16);
    add(Kind::RwData, relocs * 8, 8);
    for sym in file.symbols().filter(|s| s.is_common()) {
        add(Kind::RwData, sym.size(), 16);
    }
    Ok(needs)
}

/// What a slab holds, for `--stats`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlabStats {
    pub base: u64,
    pub size: u64,
    /// Bytes of the slab made accessible for objects (their reservations).
    pub committed: u64,
    /// Bytes handed out to sections, per kind.
    pub used: BTreeMap<String, u64>,
    pub objects: u64,
    /// Sections allocated without a reservation from RuntimeDyld (each got its own run).
    pub unreserved_sections: u64,
    pub free: u64,
    pub largest_free: u64,
}

#[derive(Debug)]
struct ObjectMem {
    name: String,
    res: Reservation,
    finalized: bool,
    released: bool,
}

#[derive(Debug)]
struct State {
    base: u64,
    size: u64,
    /// One page allocator per kind's zone.
    zones: [Pages; 3],
    page: u64,
    objects: Vec<ObjectMem>,
    /// Object being loaded (index into `objects`), once reserved.
    current: Option<usize>,
    /// Name of the object being loaded.
    loading: String,
    /// Why the last request failed.
    last_error: String,
    /// Set when the current object's reservation failed: its sections must fail too.
    failed: bool,
    committed: u64,
    unreserved_sections: u64,
}

/// One session's slab. Thread-safe: all state is behind one mutex.
#[derive(Debug)]
pub struct Slab {
    mapper: Arc<Mapper>,
    state: Mutex<State>,
}

impl Slab {
    /// Reserves `size` bytes of address space (inaccessible, not committed) through
    /// `mapper`, which decides where (placement).
    ///
    /// # Errors
    /// When `size` exceeds [`MAX_SLAB_SIZE`] or the reservation fails.
    pub fn new(mapper: Arc<Mapper>, size: u64) -> Result<Slab, String> {
        if size == 0 || size > MAX_SLAB_SIZE {
            return Err(format!("slab size {size:#x} must be between 1 byte and {MAX_SLAB_SIZE:#x} (2 GiB keeps every fixup in reach)"));
        }
        let (base, size) = mapper
            .allocate(Purpose::Code, size, None, 0)
            .map_err(|e| format!("cannot reserve a slab of {size:#x} bytes: {}", std::io::Error::from_raw_os_error(e.0)))?;
        let page = crate::memory::placement::page_size();
        let mut zones = Vec::new();
        let mut at = base;
        for (i, eighths) in ZONE_EIGHTHS.iter().enumerate() {
            let len = if i == 2 { base + size - at } else { size / 8 * eighths / page * page };
            zones.push(Pages::new(at, len, page));
            at += len;
        }
        let zones: [Pages; 3] = zones.try_into().expect("three zones");
        let state = State {
            base,
            size,
            zones,
            page,
            objects: Vec::new(),
            current: None,
            loading: String::new(),
            last_error: String::new(),
            failed: false,
            committed: 0,
            unreserved_sections: 0,
        };
        Ok(Slab { mapper, state: Mutex::new(state) })
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// `[base, base + size)` of the slab.
    pub fn range(&self) -> (u64, u64) {
        let st = self.lock();
        (st.base, st.size)
    }

    /// The next requests are for object `name`.
    pub fn begin_object(&self, name: &str) {
        let mut st = self.lock();
        st.loading = name.to_string();
        st.current = None;
        st.failed = false;
    }

    /// Why the last request failed.
    pub fn last_error(&self) -> String {
        self.lock().last_error.clone()
    }

    /// Checks, before the linker sees object `name`, that the slab has room for `needs`
    /// (an upper bound of what the linker will ask, per kind: see [`object_needs`]).
    /// RuntimeDyld aborts the process when a memory manager cannot give a section memory,
    /// so running out must be found here.
    ///
    /// # Errors
    /// `slab exhausted: …` naming the object, the kind, what it needs and what is left.
    pub fn check_room(&self, name: &str, needs: [(u64, u64); 3]) -> Result<(), String> {
        let st = self.lock();
        for k in Kind::ALL {
            let (size, align) = needs[k.index()];
            let len = Reservation::part_len(size, align, st.page).unwrap_or(u64::MAX);
            let zone = &st.zones[k.index()];
            if len > 0 && zone.largest_free() < len + align.saturating_sub(st.page) {
                return Err(format!(
                    "slab exhausted: object {name} needs up to {len} bytes of {}, {} left in the {} zone (largest free run {}) of the {:#x}-byte slab",
                    k.name(),
                    zone.free_bytes(),
                    k.name(),
                    zone.largest_free(),
                    st.size
                ));
            }
        }
        Ok(())
    }

    /// Starts object `name` and reserves `sizes` for it in one step (a JITLink graph knows
    /// all its segments up front). Returns the object's index.
    ///
    /// # Errors
    /// The reason, also kept as `last_error`.
    pub fn reserve_object(&self, name: &str, sizes: [(u64, u64); 3]) -> Result<usize, String> {
        self.check_room(name, sizes)?;
        self.begin_object(name);
        if self.reserve(sizes) {
            Ok(self.lock().current.expect("reserve sets the current object"))
        } else {
            Err(self.last_error())
        }
    }

    /// Reserves memory for the object being loaded (RuntimeDyld's `reserveAllocationSpace`).
    /// False (with `last_error`) when the slab cannot hold it; the object's sections then
    /// fail too, and nothing else changes.
    pub fn reserve(&self, sizes: [(u64, u64); 3]) -> bool {
        let mut st = self.lock();
        match self.new_reservation(&mut st, sizes) {
            Ok(i) => {
                st.current = Some(i);
                true
            }
            Err(e) => {
                st.last_error = e;
                st.failed = true;
                false
            }
        }
    }

    fn new_reservation(&self, st: &mut State, sizes: [(u64, u64); 3]) -> Result<usize, String> {
        let page = st.page;
        let mut starts = [0u64; 3];
        for k in Kind::ALL {
            let i = k.index();
            let (size, align) = sizes[i];
            let len = Reservation::part_len(size, align, page).ok_or_else(|| format!("{}: reservation size overflows", st.loading))?;
            if len == 0 {
                continue;
            }
            match st.zones[i].alloc(len, align.max(page)) {
                Some(at) => starts[i] = at,
                None => {
                    let msg = format!(
                        "slab exhausted: need {len} bytes of {} for object {}, {} left in the {} zone (largest free run {})",
                        k.name(),
                        st.loading,
                        st.zones[i].free_bytes(),
                        k.name(),
                        st.zones[i].largest_free()
                    );
                    for j in 0..i {
                        let l = Reservation::part_len(sizes[j].0, sizes[j].1, page).unwrap_or(0);
                        if l > 0 {
                            let _ = st.zones[j].free(starts[j], l);
                        }
                    }
                    return Err(msg);
                }
            }
        }
        let res = Reservation::new(starts, sizes, page);
        for p in res.parts.iter().filter(|p| p.len > 0) {
            if let Err(e) = self.mapper.protect(p.start, p.len, prot::READ | prot::WRITE) {
                for (j, q) in res.parts.iter().enumerate().filter(|(_, q)| q.len > 0) {
                    let _ = st.zones[j].free(q.start, q.len);
                }
                return Err(format!(
                    "making {} bytes of the slab writable for {}: {}",
                    p.len,
                    st.loading,
                    std::io::Error::from_raw_os_error(e.0)
                ));
            }
        }
        st.committed += res.len();
        st.objects.push(ObjectMem { name: st.loading.clone(), res, finalized: false, released: false });
        Ok(st.objects.len() - 1)
    }

    /// Memory for one section of the object being loaded, or 0 (with `last_error`).
    pub fn allocate(&self, kind: Kind, size: u64, align: u64, section: &str) -> u64 {
        let mut st = self.lock();
        if st.failed {
            return 0;
        }
        let current = match st.current {
            Some(i) => i,
            None => {
                // Not reserved first (RuntimeDyld always reserves when asked to; other
                // callers may not): the section gets a run of its own.
                let mut sizes = [(0, 1); 3];
                sizes[kind.index()] = (size.max(1), align);
                match self.new_reservation(&mut st, sizes) {
                    Ok(i) => {
                        st.unreserved_sections += 1;
                        let r = st.objects[i].res.allocate(kind, size, align);
                        return match r {
                            Ok(a) => a,
                            Err(e) => {
                                st.last_error = format!("{}: section {section}: {e}", st.loading);
                                0
                            }
                        };
                    }
                    Err(e) => {
                        st.last_error = e;
                        return 0;
                    }
                }
            }
        };
        let loading = st.loading.clone();
        match st.objects[current].res.allocate(kind, size, align) {
            Ok(a) => a,
            Err(e) => {
                st.last_error = format!("reservation too small: object {loading}, section {section}: {e}");
                0
            }
        }
    }

    /// Applies final protections to every object not yet finalized: code read+execute,
    /// read-only data read-only, data read+write. Returns the code ranges, whose
    /// instruction cache the caller must flush.
    ///
    /// # Errors
    /// When a protection change fails.
    pub fn finalize(&self) -> Result<Vec<(u64, u64)>, String> {
        self.finalize_where(|_| true)
    }

    /// [`Slab::finalize`] for object `index` only (JITLink finalizes graph by graph, and
    /// may finalize one while another is still being fixed up).
    ///
    /// # Errors
    /// When a protection change fails.
    pub fn finalize_object(&self, index: usize) -> Result<Vec<(u64, u64)>, String> {
        self.finalize_where(|i| i == index)
    }

    fn finalize_where(&self, pick: impl Fn(usize) -> bool) -> Result<Vec<(u64, u64)>, String> {
        let mut st = self.lock();
        let mut code = Vec::new();
        for (_, o) in st.objects.iter_mut().enumerate().filter(|(i, o)| pick(*i) && !o.finalized && !o.released) {
            let [c, ro, _rw] = o.res.parts;
            let set = |p: Part, bits: u32| -> Result<(), String> {
                if p.len == 0 {
                    return Ok(());
                }
                self.mapper
                    .protect(p.start, p.len, bits)
                    .map_err(|e| format!("protecting {} of {}: {}", p.start, o.name, std::io::Error::from_raw_os_error(e.0)))
            };
            set(c, prot::READ | prot::EXEC)?;
            set(ro, prot::READ)?;
            if c.len > 0 {
                code.push((c.start, c.len));
            }
            o.finalized = true;
        }
        st.current = None;
        Ok(code)
    }

    /// Gives object `index`'s memory back to the slab (discarded, inaccessible, reusable).
    ///
    /// # Errors
    /// When there is no such live object.
    pub fn release_object(&self, index: usize) -> Result<(), String> {
        let mut st = self.lock();
        let Some(o) = st.objects.get_mut(index).filter(|o| !o.released) else {
            return Err(format!("no live object {index} in the slab"));
        };
        o.released = true;
        let parts = o.res.parts;
        for (i, p) in parts.iter().enumerate().filter(|(_, p)| p.len > 0) {
            self.mapper.discard(p.start, p.len).map_err(|e| format!("releasing object {index}: errno {}", e.0))?;
            st.zones[i].free(p.start, p.len)?;
            st.committed -= p.len;
        }
        Ok(())
    }

    pub fn stats(&self) -> SlabStats {
        let st = self.lock();
        let mut used: BTreeMap<String, u64> = Kind::ALL.iter().map(|k| (k.name().to_string(), 0)).collect();
        for o in st.objects.iter().filter(|o| !o.released) {
            for k in Kind::ALL {
                *used.get_mut(k.name()).expect("all kinds present") += o.res.used(k);
            }
        }
        SlabStats {
            base: st.base,
            size: st.size,
            committed: st.committed,
            used,
            objects: st.objects.iter().filter(|o| !o.released).count() as u64,
            unreserved_sections: st.unreserved_sections,
            free: st.zones.iter().map(|z| z.free_bytes()).sum(),
            largest_free: st.zones.iter().map(|z| z.largest_free()).max().unwrap_or(0),
        }
    }
}

impl Drop for Slab {
    fn drop(&mut self) {
        let (base, size) = self.range();
        let _ = self.mapper.release(base, size);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const PAGE: u64 = 4096;
    const BASE: u64 = 0x4000_0000;

    #[derive(Clone, Debug)]
    enum Op {
        Alloc { len: u64, align_pages: u32 },
        Free { pick: usize },
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (1u64..200_000, 0u32..4).prop_map(|(len, a)| Op::Alloc { len, align_pages: a }),
            (0usize..64).prop_map(|pick| Op::Free { pick }),
        ]
    }

    proptest! {
        /// Runs never overlap, stay inside the slab, keep their alignment; running out is
        /// `None`; freed space is reused; free + live always adds up to the slab.
        #[test]
        fn page_runs_never_overlap_and_free_space_is_reused(ops in proptest::collection::vec(op(), 1..300)) {
            let size = 64 * PAGE * 4;
            let mut pages = Pages::new(BASE, size, PAGE);
            let mut live: Vec<(u64, u64)> = Vec::new();
            for op in ops {
                match op {
                    Op::Alloc { len, align_pages } => {
                        let align = PAGE << align_pages;
                        let rounded = len.div_ceil(PAGE) * PAGE;
                        match pages.alloc(len, align) {
                            Some(at) => {
                                prop_assert_eq!(at % align, 0);
                                prop_assert!(at >= BASE && at + rounded <= BASE + size);
                                for &(s, l) in &live {
                                    prop_assert!(at + rounded <= s || s + l <= at, "overlap");
                                }
                                live.push((at, rounded));
                            }
                            None => prop_assert!(pages.largest_free() < rounded + align - PAGE || pages.free_bytes() < rounded),
                        }
                    }
                    Op::Free { pick } => {
                        if !live.is_empty() {
                            let (s, l) = live.swap_remove(pick % live.len());
                            prop_assert!(pages.free(s, l).is_ok());
                            prop_assert!(pages.free(s, l).is_err(), "double free is refused");
                        }
                    }
                }
                let live_bytes: u64 = live.iter().map(|(_, l)| l).sum();
                prop_assert_eq!(pages.free_bytes() + live_bytes, size);
            }
            for (s, l) in live {
                prop_assert!(pages.free(s, l).is_ok());
            }
            prop_assert_eq!(pages.largest_free(), size, "everything coalesces back");
        }

        /// Sections carved from a reservation keep their alignment, stay in their part,
        /// never overlap; asking for more than reserved is an error.
        #[test]
        fn reservations_hold_what_was_reserved(sections in proptest::collection::vec((0usize..3, 0u64..5000, 0u32..7), 1..40)) {
            let kinds = [Kind::Code, Kind::RoData, Kind::RwData];
            // Reserve as RuntimeDyld does: every section rounded up to the largest alignment.
            let mut sizes = [(0u64, 1u64); 3];
            for &(k, _, a) in &sections {
                sizes[k].1 = sizes[k].1.max(1 << a);
            }
            for &(k, size, _) in &sections {
                sizes[k].0 += size.max(1).div_ceil(sizes[k].1) * sizes[k].1;
            }
            let starts = [BASE, BASE + 0x1000_0000, BASE + 0x2000_0000];
            let mut res = Reservation::new(starts, sizes, PAGE);
            for (part, &(size, align)) in res.parts.iter().zip(&sizes) {
                prop_assert_eq!(part.len, Reservation::part_len(size, align, PAGE).unwrap());
                prop_assert_eq!(part.start % PAGE, 0);
            }
            let mut got: Vec<(usize, u64, u64)> = Vec::new();
            for &(k, size, a) in &sections {
                let at = res.allocate(kinds[k], size, 1 << a);
                prop_assert!(at.is_ok(), "{:?}", at);
                let at = at.unwrap();
                prop_assert_eq!(at % (1 << a), 0);
                let part = res.parts[k];
                prop_assert!(at >= part.start && at + size <= part.start + part.len);
                for &(_, s, l) in &got {
                    prop_assert!(at + size <= s || s + l <= at || size == 0 || l == 0, "overlap");
                }
                got.push((k, at, size));
            }
            let left = res.parts[0].start + res.parts[0].len - res.parts[0].next;
            prop_assert!(res.allocate(Kind::Code, left + 1, 1).is_err());
        }
    }

    #[test]
    fn parts_are_whole_pages() {
        let r = Reservation::new([BASE, BASE + 16 * PAGE, BASE + 32 * PAGE], [(10, 16), (5000, 8), (1, 8192)], PAGE);
        assert_eq!(r.parts.map(|p| p.len), [PAGE, 2 * PAGE, 2 * PAGE], "a part above a page of alignment gets room to align");
        assert_eq!(Reservation::part_len(0, 16, PAGE), Some(0));
    }

    #[test]
    fn slab_exhaustion_is_an_error_naming_the_object() {
        let mapper = Arc::new(Mapper::new(crate::memory::placement::Placement::Natural).unwrap());
        let slab = Slab::new(mapper, 64 * PAGE).unwrap();
        slab.begin_object("first.o");
        assert!(slab.reserve([(4 * PAGE, 16), (PAGE, 8), (PAGE, 8)]));
        assert_ne!(slab.allocate(Kind::Code, 100, 16, ".text"), 0);
        slab.begin_object("big.o");
        assert!(!slab.reserve([(64 * PAGE, 16), (0, 1), (0, 1)]));
        let e = slab.last_error();
        assert!(e.contains("slab exhausted") && e.contains("big.o") && e.contains("code"), "{e}");
        assert_eq!(slab.allocate(Kind::Code, 10, 16, ".text"), 0, "the failed object's sections fail too");
        slab.begin_object("small.o");
        assert!(slab.reserve([(PAGE, 16), (0, 1), (0, 1)]), "the session goes on");
        assert!(Slab::new(Arc::new(Mapper::new(crate::memory::placement::Placement::Natural).unwrap()), MAX_SLAB_SIZE + 1).is_err());
    }

    /// Several threads loading into one slab (and several slabs side by side) never get
    /// overlapping memory.
    #[test]
    fn threads_share_a_slab_safely() {
        let mapper = Arc::new(Mapper::new(crate::memory::placement::Placement::Natural).unwrap());
        let slab = Arc::new(Slab::new(mapper.clone(), 4096 * PAGE).unwrap());
        let other = Arc::new(Slab::new(mapper, 4096 * PAGE).unwrap());
        let handles: Vec<_> = (0..4)
            .map(|t| {
                let (slab, other) = (slab.clone(), other.clone());
                std::thread::spawn(move || {
                    let mut got = Vec::new();
                    for i in 0..100 {
                        let s = if i % 2 == 0 { &slab } else { &other };
                        // One object at a time per slab: begin/reserve/allocate under one lock
                        // each, as a memory manager (one per session) would call them.
                        let a = s.allocate(Kind::RwData, 64, 8, &format!("t{t}.{i}"));
                        assert_ne!(a, 0, "{}", s.last_error());
                        got.push((a, i % 2));
                    }
                    got
                })
            })
            .collect();
        let mut all: Vec<(u64, usize)> = handles.into_iter().flat_map(|h| h.join().unwrap()).collect();
        all.sort_unstable();
        for w in all.windows(2) {
            assert!(w[0].0 + 64 <= w[1].0, "overlap at {:#x}", w[1].0);
        }
    }

    #[test]
    fn finalize_protects_and_release_reuses() {
        let mapper = Arc::new(Mapper::new(crate::memory::placement::Placement::Natural).unwrap());
        let slab = Slab::new(mapper, 64 * PAGE).unwrap();
        slab.begin_object("a.o");
        assert!(slab.reserve([(100, 16), (100, 8), (100, 8)]));
        let code = slab.allocate(Kind::Code, 100, 16, ".text");
        let data = slab.allocate(Kind::RwData, 100, 8, ".data");
        // SAFETY: both point into the reservation just made read+write.
        unsafe {
            *(code as *mut u8) = 0xc3;
            *(data as *mut u8) = 1;
        }
        let flush = slab.finalize().unwrap();
        assert_eq!(flush, vec![(code, PAGE)]);
        // SAFETY: data stays read+write after finalize.
        unsafe { *(data as *mut u8) = 2 };
        let before = slab.stats();
        assert_eq!(before.objects, 1);
        assert_eq!(before.used["code"], 100);
        slab.release_object(0).unwrap();
        assert!(slab.release_object(0).is_err(), "released once");
        assert_eq!(slab.stats().committed, 0);
        slab.begin_object("b.o");
        assert!(slab.reserve([(100, 16), (100, 8), (100, 8)]));
        assert_eq!(slab.allocate(Kind::Code, 100, 16, ".text"), code, "freed space is reused");
    }
}
