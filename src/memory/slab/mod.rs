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
//! * `sizing.rs`: how much each part must hold (the one formula), and the zones;
//! * [`Slab`]: the session's slab over a [`Mapper`] (so placement policies move the slab as
//!   a whole and every mmap/mprotect is counted).
//!
//! The lifecycle uses LLVM's verbs, one call per step and the same for every linker:
//! [`Slab::reserve`] an object's memory from the list of segments it will ask for,
//! [`Slab::allocate`] each segment (or section) inside it, [`Slab::finalize`] it (final
//! protections; the caller then flushes the instruction cache over the code it returns) and
//! [`Slab::release`] it. RuntimeDyld's and JITLink's memory managers are adapters onto these
//! four calls.

mod pages;
mod reservation;
mod sizing;

pub use pages::Pages;
pub use reservation::{Part, Reservation};
pub use sizing::{align_up, kind_totals, object_needs, part_len, rtdyld_needs, rtdyld_unreserved, Segment};

use crate::memory::placement::Mapper;
use crate::memory::sys::{page_size, Errno, Prot};
use crate::memory::Kind;
use serde::{Deserialize, Serialize};
use sizing::ZONE_EIGHTHS;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

/// Default slab size: 1 GiB of address space (nothing is committed until used).
pub const DEFAULT_SLAB_SIZE: u64 = 1 << 30;

/// Largest slab that keeps every pair of sections within x86-64's ±2 GiB.
pub const MAX_SLAB_SIZE: u64 = 2 << 30;

/// Why the slab refused a request. Sizes and addresses are in hex.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SlabError {
    #[error("slab size {size:#x} must be between 1 byte and {max:#x} (2 GiB keeps every fixup in reach)", max = MAX_SLAB_SIZE)]
    Size { size: u64 },

    #[error("cannot reserve a slab of {size:#x} bytes: {errno}")]
    Map { size: u64, errno: Errno },

    #[error(
        "slab exhausted: object {object} needs up to {need:#x} bytes of {kind}, {free:#x} left in the {kind} zone \
         (largest free run {largest:#x}) of the {slab:#x}-byte slab"
    )]
    Exhausted { object: String, kind: Kind, need: u64, free: u64, largest: u64, slab: u64 },

    #[error(
        "reservation too small: object {object}, section {section}: needs {size:#x} bytes (align {align:#x}) \
         but {left:#x} of the {reserved:#x} reserved for {kind} are left"
    )]
    ReservationTooSmall { object: String, section: String, kind: Kind, size: u64, align: u64, left: u64, reserved: u64 },

    #[error("object {object}: the sizes of its segments overflow")]
    Overflow { object: String },

    #[error("object {object}: {action} {len:#x} bytes at {addr:#x}: {errno}")]
    Protect { object: String, action: &'static str, addr: u64, len: u64, errno: Errno },

    #[error("object {object} is already finalized: section {section} cannot be added to it")]
    Finalized { object: String, section: String },

    #[error("no live object {id} in the slab")]
    NoObject { id: u64 },

    #[error("run {start:#x}+{len:#x} is not a page run of the slab")]
    NotARun { start: u64, len: u64 },

    #[error("run {start:#x}+{len:#x} is already free (double free)")]
    DoubleFree { start: u64, len: u64 },
}

/// One object's memory in the slab, from [`Slab::reserve`] to [`Slab::release`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ObjectId(u64);

impl ObjectId {
    /// The id as a number, for the other side of the bridge.
    pub fn raw(self) -> u64 {
        self.0
    }

    pub fn from_raw(raw: u64) -> ObjectId {
        ObjectId(raw)
    }
}

/// Code a finalize made executable: its instruction cache must be flushed before it runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeRange {
    pub addr: u64,
    pub size: u64,
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
    /// Sections allocated without a reservation. None since the lifecycle reserves before it
    /// allocates; the field stays so reports keep their shape.
    pub unreserved_sections: u64,
    pub free: u64,
    pub largest_free: u64,
    /// Time spent inside the slab's reserve/allocate/finalize/release (ns, summed): the
    /// memory manager's share of a link.
    #[serde(default)]
    pub busy_ns: u64,
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
    /// Indexed by [`ObjectId`].
    objects: Vec<ObjectMem>,
    committed: u64,
    /// Segments the next reservation of the named object adds to what its linker asks for
    /// (see [`Slab::add_to_next_reservation`]).
    pending: Option<(String, Vec<Segment>)>,
    /// Per zone, the end of its read+write frontier: pages from the zone's start up to here
    /// have been made writable (or were, and then got their final protection or were
    /// released); pages beyond are untouched (inaccessible). Fresh pages are made writable a
    /// [`WRITABLE_AHEAD`] at a time, so most reservations need no system call.
    frontier: [u64; 3],
    /// Per zone, ranges below the frontier that a release made inaccessible again
    /// (start → end): a reservation overlapping one makes its part writable.
    discarded: [BTreeMap<u64, u64>; 3],
}

/// How far beyond a reservation the read+write frontier of a zone moves at once: fresh
/// pages of a zone start writable and flip once, at finalize (W^X holds: never writable and
/// executable at once), so a session of small objects makes about one protection change per
/// object part at finalize instead of two.
pub const WRITABLE_AHEAD: u64 = 2 << 20;

impl State {
    /// Makes `[start, start + len)` of zone `zone` writable where it is not: beyond the
    /// frontier (moving it), or where a release made it inaccessible.
    fn make_writable(&mut self, mapper: &Mapper, zone: usize, start: u64, len: u64) -> Result<(), Errno> {
        let end = start + len;
        let zone_end = self.zones[zone].end();
        if end > self.frontier[zone] {
            let from = self.frontier[zone].max(self.zones[zone].start());
            let to = (end.max(from + WRITABLE_AHEAD)).min(zone_end).max(end);
            mapper.protect(from, to - from, Prot::READ_WRITE)?;
            self.frontier[zone] = to;
        }
        let below = start..end.min(self.frontier[zone]);
        let hit: Vec<(u64, u64)> =
            self.discarded[zone].range(..below.end).filter(|(_, &e)| e > below.start).map(|(&s, &e)| (s, e)).collect();
        if !hit.is_empty() {
            mapper.protect(below.start, below.end - below.start, Prot::READ_WRITE)?;
            for (s, e) in hit {
                self.discarded[zone].remove(&s);
                if s < below.start {
                    self.discarded[zone].insert(s, below.start);
                }
                if e > below.end {
                    self.discarded[zone].insert(below.end, e);
                }
            }
        }
        Ok(())
    }
}

impl State {
    fn live(&mut self, id: ObjectId) -> Result<&mut ObjectMem, SlabError> {
        self.objects.get_mut(id.0 as usize).filter(|o| !o.released).ok_or(SlabError::NoObject { id: id.0 })
    }
}

/// One session's slab. Thread-safe: all state is behind one mutex.
#[derive(Debug)]
pub struct Slab {
    mapper: Arc<Mapper>,
    state: Mutex<State>,
    /// See [`SlabStats::busy_ns`].
    busy_ns: std::sync::atomic::AtomicU64,
}

impl Slab {
    /// Reserves `size` bytes of address space (inaccessible, not committed) through
    /// `mapper`, which decides where (placement).
    ///
    /// # Errors
    /// When `size` exceeds [`MAX_SLAB_SIZE`] or the reservation fails.
    pub fn new(mapper: Arc<Mapper>, size: u64) -> Result<Slab, SlabError> {
        if size == 0 || size > MAX_SLAB_SIZE {
            return Err(SlabError::Size { size });
        }
        let (base, size) = mapper.allocate(Kind::Code, size, None, Prot::NONE).map_err(|errno| SlabError::Map { size, errno })?;
        let page = page_size();
        let mut zones = Vec::new();
        let mut at = base;
        for (i, eighths) in ZONE_EIGHTHS.iter().enumerate() {
            let len = if i == 2 { base + size - at } else { size / 8 * eighths / page * page };
            zones.push(Pages::new(at, len, page));
            at += len;
        }
        let zones: [Pages; 3] = zones.try_into().expect("three zones");
        let frontier = [zones[0].start(), zones[1].start(), zones[2].start()];
        let state =
            State { base, size, zones, page, objects: Vec::new(), committed: 0, pending: None, frontier, discarded: Default::default() };
        Ok(Slab { mapper, state: Mutex::new(state), busy_ns: Default::default() })
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// `[base, base + size)` of the slab.
    pub fn range(&self) -> (u64, u64) {
        let st = self.lock();
        (st.base, st.size)
    }

    /// Checks, before the linker sees object `object`, that the slab has room for `needs`
    /// (an upper bound of what the linker will ask, per kind: see [`object_needs`]).
    /// RuntimeDyld aborts the process when a memory manager cannot give a section memory,
    /// so running out must be found here.
    ///
    /// # Errors
    /// [`SlabError::Exhausted`] naming the object, the kind, what it needs and what is left.
    pub fn check_room(&self, object: &str, needs: [(u64, u64); 3]) -> Result<(), SlabError> {
        let st = self.lock();
        for k in Kind::ALL {
            let (size, align) = needs[k.index()];
            let len = part_len(size, align, st.page).unwrap_or(u64::MAX);
            let zone = &st.zones[k.index()];
            // A free run must also hold the padding that aligns the part's start.
            if len > 0 && zone.largest_free() < len.saturating_add(align.saturating_sub(st.page)) {
                return Err(SlabError::Exhausted {
                    object: object.into(),
                    kind: k,
                    need: len,
                    free: zone.free_bytes(),
                    largest: zone.largest_free(),
                    slab: st.size,
                });
            }
        }
        Ok(())
    }

    /// Makes the next [`Slab::reserve`] for object `object` also hold `extra`: memory its
    /// linker will ask for beyond what it says when it reserves (see
    /// [`sizing::rtdyld_unreserved`]). A reservation for another object drops it.
    pub fn add_to_next_reservation(&self, object: &str, extra: Vec<Segment>) {
        self.lock().pending = (!extra.is_empty()).then(|| (object.to_string(), extra));
    }

    /// Reserves the memory of object `object`: room for every one of `segments` (and what
    /// [`Slab::add_to_next_reservation`] added), carved in the order given (see
    /// [`kind_totals`]), each kind's part made read+write.
    ///
    /// # Errors
    /// [`SlabError::Exhausted`] when a zone cannot hold its part, or the protection change
    /// failing; nothing is kept then.
    pub fn reserve(&self, object: &str, segments: &[Segment]) -> Result<ObjectId, SlabError> {
        let t = std::time::Instant::now();
        let r = self.reserve_untimed(object, segments);
        self.busy_ns.fetch_add(t.elapsed().as_nanos() as u64, std::sync::atomic::Ordering::Relaxed);
        r
    }

    fn reserve_untimed(&self, object: &str, segments: &[Segment]) -> Result<ObjectId, SlabError> {
        let mut st = self.lock();
        let extra = match st.pending.take() {
            Some((name, extra)) if name == object => extra,
            _ => Vec::new(),
        };
        let all: Vec<Segment> = segments.iter().chain(&extra).copied().collect();
        let sizes = kind_totals(&all).ok_or_else(|| SlabError::Overflow { object: object.into() })?;
        let page = st.page;
        let mut starts = [0u64; 3];
        let give_back = |st: &mut State, starts: &[u64; 3], upto: usize| {
            for j in 0..upto {
                let l = part_len(sizes[j].0, sizes[j].1, page).unwrap_or(0);
                if l > 0 {
                    let _ = st.zones[j].free(starts[j], l);
                }
            }
        };
        for k in Kind::ALL {
            let i = k.index();
            let (size, align) = sizes[i];
            let len = part_len(size, align, page).ok_or_else(|| SlabError::Overflow { object: object.into() })?;
            if len == 0 {
                continue;
            }
            match st.zones[i].alloc(len, align.max(page)) {
                Some(at) => starts[i] = at,
                None => {
                    let zone = &st.zones[i];
                    let err = SlabError::Exhausted {
                        object: object.into(),
                        kind: k,
                        need: len,
                        free: zone.free_bytes(),
                        largest: zone.largest_free(),
                        slab: st.size,
                    };
                    give_back(&mut st, &starts, i);
                    return Err(err);
                }
            }
        }
        let res = Reservation::new(starts, sizes, page);
        for (i, p) in res.parts.iter().enumerate().filter(|(_, p)| p.len > 0) {
            if let Err(errno) = st.make_writable(&self.mapper, i, p.start, p.len) {
                give_back(&mut st, &starts, 3);
                return Err(SlabError::Protect { object: object.into(), action: "making writable", addr: p.start, len: p.len, errno });
            }
        }
        st.committed += res.len();
        st.objects.push(ObjectMem { name: object.into(), res, finalized: false, released: false });
        Ok(ObjectId(st.objects.len() as u64 - 1))
    }

    /// `size` bytes aligned to `align` for section (or segment) `section` of object `id`,
    /// in its `kind` part. Returns the address.
    ///
    /// # Errors
    /// [`SlabError::ReservationTooSmall`] when the part has no room left,
    /// [`SlabError::Finalized`] once the object is finalized.
    pub fn allocate(&self, id: ObjectId, kind: Kind, size: u64, align: u64, section: &str) -> Result<u64, SlabError> {
        let t = std::time::Instant::now();
        let r = self.allocate_untimed(id, kind, size, align, section);
        self.busy_ns.fetch_add(t.elapsed().as_nanos() as u64, std::sync::atomic::Ordering::Relaxed);
        r
    }

    fn allocate_untimed(&self, id: ObjectId, kind: Kind, size: u64, align: u64, section: &str) -> Result<u64, SlabError> {
        let mut st = self.lock();
        let o = st.live(id)?;
        if o.finalized {
            return Err(SlabError::Finalized { object: o.name.clone(), section: section.into() });
        }
        let left = o.res.left(kind, align);
        o.res.allocate(kind, size, align).ok_or_else(|| SlabError::ReservationTooSmall {
            object: o.name.clone(),
            section: section.into(),
            kind,
            size,
            align,
            left,
            reserved: o.res.parts[kind.index()].len,
        })
    }

    /// Applies object `id`'s final protections: code read+execute, read-only data read-only,
    /// data read+write. Returns its code, whose instruction cache the caller must flush
    /// before the code runs. An object already finalized is left as it is (`None`).
    ///
    /// # Errors
    /// When the object is not live or a protection change fails.
    pub fn finalize(&self, id: ObjectId) -> Result<Option<CodeRange>, SlabError> {
        let t = std::time::Instant::now();
        let r = self.finalize_untimed(id);
        self.busy_ns.fetch_add(t.elapsed().as_nanos() as u64, std::sync::atomic::Ordering::Relaxed);
        r
    }

    fn finalize_untimed(&self, id: ObjectId) -> Result<Option<CodeRange>, SlabError> {
        let mut st = self.lock();
        let o = st.live(id)?;
        if o.finalized {
            return Ok(None);
        }
        let [code, ro, _rw] = o.res.parts;
        for (p, prot) in [(code, Prot::READ_EXEC), (ro, Prot::READ)] {
            if p.len > 0 {
                self.mapper.protect(p.start, p.len, prot).map_err(|errno| SlabError::Protect {
                    object: o.name.clone(),
                    action: "protecting",
                    addr: p.start,
                    len: p.len,
                    errno,
                })?;
            }
        }
        o.finalized = true;
        Ok((code.len > 0).then_some(CodeRange { addr: code.start, size: code.len }))
    }

    /// Gives object `id`'s memory back to the slab (discarded, inaccessible, reusable).
    ///
    /// # Errors
    /// When there is no such live object.
    pub fn release(&self, id: ObjectId) -> Result<(), SlabError> {
        let t = std::time::Instant::now();
        let r = self.release_untimed(id);
        self.busy_ns.fetch_add(t.elapsed().as_nanos() as u64, std::sync::atomic::Ordering::Relaxed);
        r
    }

    fn release_untimed(&self, id: ObjectId) -> Result<(), SlabError> {
        let mut st = self.lock();
        let o = st.live(id)?;
        o.released = true;
        let (name, parts) = (o.name.clone(), o.res.parts);
        for (i, p) in parts.iter().enumerate().filter(|(_, p)| p.len > 0) {
            self.mapper.discard(p.start, p.len).map_err(|errno| SlabError::Protect {
                object: name.clone(),
                action: "releasing",
                addr: p.start,
                len: p.len,
                errno,
            })?;
            st.zones[i].free(p.start, p.len)?;
            st.discarded[i].insert(p.start, p.start + p.len);
            st.committed -= p.len;
            // A zone left empty goes back to untouched: one inaccessible range again (its
            // writable pages ahead and the holes releases left would otherwise each stay a
            // mapping of their own).
            let zone_start = st.zones[i].start();
            if st.zones[i].free_bytes() == st.zones[i].end() - zone_start && st.frontier[i] > zone_start {
                let len = st.frontier[i] - zone_start;
                self.mapper.protect(zone_start, len, Prot::NONE).map_err(|errno| SlabError::Protect {
                    object: name.clone(),
                    action: "resetting its empty zone",
                    addr: zone_start,
                    len,
                    errno,
                })?;
                st.frontier[i] = zone_start;
                st.discarded[i].clear();
            }
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
            unreserved_sections: 0,
            free: st.zones.iter().map(|z| z.free_bytes()).sum(),
            largest_free: st.zones.iter().map(|z| z.largest_free()).max().unwrap_or(0),
            busy_ns: self.busy_ns.load(std::sync::atomic::Ordering::Relaxed),
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

    fn slab(pages: u64) -> Slab {
        Slab::new(Arc::new(Mapper::new(Placement::Natural).unwrap()), pages * PAGE).unwrap()
    }

    fn seg(kind: Kind, size: u64, align: u64) -> Segment {
        Segment { kind, size, align }
    }

    #[test]
    fn slab_exhaustion_is_an_error_naming_the_object() {
        let slab = slab(64);
        let first = slab.reserve("first.o", &[seg(Kind::Code, 4 * PAGE, 16), seg(Kind::RoData, PAGE, 8), seg(Kind::RwData, PAGE, 8)]);
        let first = first.unwrap();
        assert!(slab.allocate(first, Kind::Code, 100, 16, ".text").is_ok());
        let e = slab.reserve("big.o", &[seg(Kind::Code, 64 * PAGE, 16)]).unwrap_err();
        assert!(matches!(&e, SlabError::Exhausted { object, kind: Kind::Code, .. } if object == "big.o"), "{e:?}");
        let text = e.to_string();
        assert!(text.contains("slab exhausted") && text.contains("big.o") && text.contains("0x40000"), "{text}");
        assert!(slab.reserve("small.o", &[seg(Kind::Code, PAGE, 16)]).is_ok(), "the session goes on");
        let mapper = Arc::new(Mapper::new(Placement::Natural).unwrap());
        assert_eq!(Slab::new(mapper, MAX_SLAB_SIZE + 1).unwrap_err(), SlabError::Size { size: MAX_SLAB_SIZE + 1 });
    }

    #[test]
    fn asking_for_more_than_reserved_is_a_typed_error() {
        let slab = slab(64);
        let id = slab.reserve("a.o", &[seg(Kind::Code, 100, 16)]).unwrap();
        let e = slab.allocate(id, Kind::Code, 2 * PAGE, 16, ".text").unwrap_err();
        assert_eq!(
            e,
            SlabError::ReservationTooSmall {
                object: "a.o".into(),
                section: ".text".into(),
                kind: Kind::Code,
                size: 2 * PAGE,
                align: 16,
                left: PAGE,
                reserved: PAGE
            }
        );
        assert!(e.to_string().contains("needs 0x2000 bytes (align 0x10) but 0x1000 of the 0x1000"), "{e}");
        slab.finalize(id).unwrap();
        assert!(matches!(slab.allocate(id, Kind::Code, 1, 1, ".late"), Err(SlabError::Finalized { .. })));
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
                        let name = format!("t{t}.{i}");
                        let id = s.reserve(&name, &[seg(Kind::RwData, 64, 8)]).unwrap_or_else(|e| panic!("{e}"));
                        let a = s.allocate(id, Kind::RwData, 64, 8, ".data").unwrap_or_else(|e| panic!("{e}"));
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
        let slab = slab(64);
        let segments = [seg(Kind::Code, 100, 16), seg(Kind::RoData, 100, 8), seg(Kind::RwData, 100, 8)];
        let id = slab.reserve("a.o", &segments).unwrap();
        let code = slab.allocate(id, Kind::Code, 100, 16, ".text").unwrap();
        let data = slab.allocate(id, Kind::RwData, 100, 8, ".data").unwrap();
        // SAFETY: both point into the reservation just made read+write.
        unsafe {
            *(code as *mut u8) = 0xc3;
            *(data as *mut u8) = 1;
        }
        assert_eq!(slab.finalize(id).unwrap(), Some(CodeRange { addr: code, size: PAGE }));
        assert_eq!(slab.finalize(id).unwrap(), None, "finalized once");
        // SAFETY: data stays read+write after finalize.
        unsafe { *(data as *mut u8) = 2 };
        let before = slab.stats();
        assert_eq!(before.objects, 1);
        assert_eq!(before.used["code"], 100);
        slab.release(id).unwrap();
        assert_eq!(slab.release(id).unwrap_err(), SlabError::NoObject { id: 0 }, "released once");
        assert_eq!(slab.stats().committed, 0);
        let again = slab.reserve("b.o", &segments).unwrap();
        assert_eq!(slab.allocate(again, Kind::Code, 100, 16, ".text").unwrap(), code, "freed space is reused");
        // SAFETY: the reused pages were made read+write again by the reservation.
        unsafe { *(code as *mut u8) = 0x90 };
    }

    #[test]
    fn fresh_pages_start_writable_so_most_objects_change_protections_only_at_finalize() {
        let mapper = Arc::new(Mapper::new(Placement::Natural).unwrap());
        let slab = Slab::new(mapper.clone(), 64 << 20).unwrap();
        let segments = [seg(Kind::Code, 100, 16), seg(Kind::RoData, 100, 8), seg(Kind::RwData, 100, 8)];
        let calls = || mapper.stats().mprotect_calls;
        let start = calls();
        let first = slab.reserve("0.o", &segments).unwrap();
        assert_eq!(calls() - start, 3, "the first reservation moves each zone's frontier once");
        let mut ids = vec![first];
        let before = calls();
        for i in 1..100 {
            ids.push(slab.reserve(&format!("{i}.o"), &segments).unwrap());
        }
        assert_eq!(calls() - before, 0, "99 more small objects fit in the pages already made writable");
        let before = calls();
        for &id in &ids {
            let code = slab.allocate(id, Kind::Code, 100, 16, ".text").unwrap();
            // SAFETY: a fresh page of the reservation, writable before finalize.
            unsafe { *(code as *mut u8) = 0xc3 };
            slab.finalize(id).unwrap();
        }
        assert_eq!(calls() - before, 200, "finalize: code and read-only data, one change each");
        // Released pages are inaccessible again: reusing them costs a change per part.
        let before = calls();
        slab.release(ids[0]).unwrap();
        assert_eq!(calls() - before, 3, "a discard per part");
        let frontier = slab.lock().frontier;
        let before = calls();
        let again = slab.reserve("again.o", &segments).unwrap();
        assert_eq!(calls() - before, 3, "the reused parts made writable again");
        let code = slab.allocate(again, Kind::Code, 100, 16, ".text").unwrap();
        // SAFETY: writable again.
        unsafe { *(code as *mut u8) = 0xc3 };
        assert_eq!(slab.lock().frontier, frontier, "reuse below the frontier does not move it");
        // Emptied, each zone is one inaccessible range again, and starts over.
        for id in ids.into_iter().skip(1).chain([again]) {
            slab.release(id).unwrap();
        }
        let st = slab.lock();
        assert!((0..3).all(|i| st.frontier[i] == st.zones[i].start() && st.discarded[i].is_empty()), "{:?}", st.frontier);
    }
}
