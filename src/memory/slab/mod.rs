//! The Rust slab: one reservation of address space per session, from which every object's
//! code, read-only and read-write data are carved, so that any two bytes any backend links
//! in the session are less than the slab's size apart.
//!
//! The bound: with a slab of at most [`MAX_SLAB_SIZE`] (2 GiB) every PC-relative fixup
//! between two sections of the session spans less than 2 GiB — inside x86-64's ±2 GiB
//! (`PC32`, `GOTPCREL`) and AArch64's ±4 GiB (`ADRP`), across objects too.
//!
//! Layers, from pure to stateful:
//! * [`Pages`] (`pages.rs`): a first-fit, coalescing allocator of page runs inside the slab
//!   (no system calls; property-tested);
//! * [`Reservation`] (`reservation.rs`): one object's run of pages, split into a code, a
//!   read-only and a read-write part (each starting on a page, so each can get its own
//!   protection), with a bump pointer per part;
//! * `sizing.rs`: how much each part must hold, and the zones;
//! * [`Slab`]: the session's slab over a [`Mapper`] (so placement policies move the slab as
//!   a whole and every mmap/mprotect is counted), driven by a memory manager: `begin_object`,
//!   `reserve`, `allocate`, `finalize`, `release_object`.

mod pages;
mod reservation;
mod sizing;

pub use pages::Pages;
pub use reservation::{Part, Reservation};
pub use sizing::{object_needs, part_len};

use crate::memory::placement::Mapper;
use crate::memory::sys::{page_size, Prot};
use crate::memory::Kind;
use serde::{Deserialize, Serialize};
use sizing::ZONE_EIGHTHS;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

/// Default slab size: 1 GiB of address space (nothing is committed until used).
pub const DEFAULT_SLAB_SIZE: u64 = 1 << 30;

/// Largest slab that keeps every pair of sections within x86-64's ±2 GiB.
pub const MAX_SLAB_SIZE: u64 = 2 << 30;

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
        let (base, size) =
            mapper.allocate(Kind::Code, size, None, Prot::NONE).map_err(|e| format!("cannot reserve a slab of {size:#x} bytes: {}", e))?;
        let page = page_size();
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
            let len = part_len(size, align, st.page).unwrap_or(u64::MAX);
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
            let len = part_len(size, align, page).ok_or_else(|| format!("{}: reservation size overflows", st.loading))?;
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
                        let l = part_len(sizes[j].0, sizes[j].1, page).unwrap_or(0);
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
            if let Err(e) = self.mapper.protect(p.start, p.len, Prot::READ_WRITE) {
                for (j, q) in res.parts.iter().enumerate().filter(|(_, q)| q.len > 0) {
                    let _ = st.zones[j].free(q.start, q.len);
                }
                return Err(format!("making {} bytes of the slab writable for {}: {}", p.len, st.loading, e));
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
            let set = |p: Part, prot: Prot| -> Result<(), String> {
                if p.len == 0 {
                    return Ok(());
                }
                self.mapper.protect(p.start, p.len, prot).map_err(|e| format!("protecting {} of {}: {}", p.start, o.name, e))
            };
            set(c, Prot::READ_EXEC)?;
            set(ro, Prot::READ)?;
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
    use crate::memory::placement::Placement;

    const PAGE: u64 = 4096;

    #[test]
    fn slab_exhaustion_is_an_error_naming_the_object() {
        let mapper = Arc::new(Mapper::new(Placement::Natural).unwrap());
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
        assert!(Slab::new(Arc::new(Mapper::new(Placement::Natural).unwrap()), MAX_SLAB_SIZE + 1).is_err());
    }

    /// Several threads loading into one slab (and several slabs side by side) never get
    /// overlapping memory.
    #[test]
    fn threads_share_a_slab_safely() {
        let mapper = Arc::new(Mapper::new(Placement::Natural).unwrap());
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
        let mapper = Arc::new(Mapper::new(Placement::Natural).unwrap());
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
