//! `slab`: the Rust slab (`memory::slab::Slab` over a `placement::Mapper`) driven by an
//! arbitrary sequence of reserve / allocate / finalize / release calls, with the invariants
//! checked by this target after every step:
//!
//! * no two live allocations overlap; each is aligned and inside the slab;
//! * allocations are writable until their object is finalized (the target writes a pattern
//!   into each one), and after finalize code is r-x, read-only data r--, data rw- (from
//!   /proc/self/maps), with the pattern intact; no page of the slab is ever W+X;
//! * allocating exactly the segments an object reserved, in order, succeeds (the sizing
//!   promise of `kind_totals`), and a reservation `check_room` approved succeeds;
//! * operations on released or unknown objects, and allocations after finalize, are errors;
//! * `stats()` agrees with the model (objects, used bytes), and once everything is released
//!   nothing is committed or used, all of the slab is free, and no page of it is accessible.
#![no_main]

use arbitrary::Arbitrary;
use jitharness::memory::placement::{Mapper, Placement};
use jitharness::memory::slab::{kind_totals, Segment, Slab, SlabError};
use jitharness::memory::Kind;
use libfuzzer_sys::fuzz_target;
use std::sync::Arc;

const PAGE: u64 = 4096;
const KINDS: [Kind; 3] = [Kind::Code, Kind::RoData, Kind::RwData];

#[derive(Arbitrary, Debug, Clone, Copy)]
struct Seg {
    kind: u8,
    /// Bytes, scaled by `big` (so that a few segments can fill a zone).
    size: u16,
    big: bool,
    /// log2 of the alignment: 0..=15 (up to 32 KiB, beyond a page).
    align_log2: u8,
}

impl Seg {
    fn segment(self) -> Segment {
        let size = if self.big { u64::from(self.size) * 64 } else { u64::from(self.size) };
        Segment { kind: KINDS[self.kind as usize % 3], size, align: 1 << (self.align_log2 % 16) }
    }
}

#[derive(Arbitrary, Debug)]
enum Op {
    Reserve(Vec<Seg>),
    /// `check_room` with the totals of the segments, then `reserve` them: an approved room
    /// must hold them.
    CheckedReserve(Vec<Seg>),
    /// `add_to_next_reservation` for the object the next reserve makes.
    AddToNext(Vec<Seg>),
    /// The next segment the object reserved, as reserved (must succeed while in order).
    AllocateReserved(u8),
    /// An arbitrary allocation in an object.
    Allocate { obj: u8, seg: Seg },
    Finalize(u8),
    Release(u8),
    /// An id no reservation returned.
    Bogus { op: u8, raw: u16 },
}

#[derive(Arbitrary, Debug)]
struct Script {
    /// Slab size in bytes: 1 ..= 4 MiB (any value; the slab rounds).
    size: u32,
    ops: Vec<Op>,
}

struct Alloc {
    kind: Kind,
    addr: u64,
    size: u64,
    fill: u8,
}

struct Obj {
    id: jitharness::memory::slab::ObjectId,
    name: String,
    /// The segments reserved (own and added), and how many were allocated in order.
    reserved: Vec<Segment>,
    next_reserved: usize,
    /// Per kind: whether only in-order reserved allocations were made in that kind.
    in_order: [bool; 3],
    allocs: Vec<Alloc>,
    finalized: bool,
    released: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Perms {
    r: bool,
    w: bool,
    x: bool,
}

/// The mappings of /proc/self/maps that intersect `[start, end)`, clipped to it.
fn mappings(start: u64, end: u64) -> Vec<(u64, u64, Perms)> {
    let maps = std::fs::read_to_string("/proc/self/maps").expect("/proc/self/maps");
    let mut out = Vec::new();
    for line in maps.lines() {
        let mut f = line.split_whitespace();
        let (Some(range), Some(p)) = (f.next(), f.next()) else { continue };
        let Some((a, b)) = range.split_once('-') else { continue };
        let (Ok(a), Ok(b)) = (u64::from_str_radix(a, 16), u64::from_str_radix(b, 16)) else { continue };
        if b <= start || a >= end {
            continue;
        }
        let p = p.as_bytes();
        out.push((a.max(start), b.min(end), Perms { r: p[0] == b'r', w: p[1] == b'w', x: p[2] == b'x' }));
    }
    out
}

/// Every byte of `[start, end)` is mapped with exactly `want`.
fn assert_perms(maps: &[(u64, u64, Perms)], start: u64, end: u64, want: Perms, what: &str) {
    let mut at = start;
    for &(a, b, p) in maps {
        if b <= at || a >= end {
            continue;
        }
        assert!(a <= at, "{what}: {at:#x}..{a:#x} is not mapped");
        assert_eq!(p, want, "{what}: {a:#x}..{b:#x} has {p:?}, expected {want:?}");
        at = b;
        if at >= end {
            return;
        }
    }
    assert!(at >= end, "{what}: {at:#x}..{end:#x} is not mapped");
}

fn expected_perms(kind: Kind, finalized: bool) -> Perms {
    match (kind, finalized) {
        (_, false) | (Kind::RwData, true) => Perms { r: true, w: true, x: false },
        (Kind::Code, true) => Perms { r: true, w: false, x: true },
        (Kind::RoData, true) => Perms { r: true, w: false, x: false },
    }
}

fn page_down(a: u64) -> u64 {
    a / PAGE * PAGE
}

fn page_up(a: u64) -> u64 {
    a.div_ceil(PAGE) * PAGE
}

struct Model {
    slab: Slab,
    base: u64,
    size: u64,
    objs: Vec<Obj>,
    names: u64,
    pending: Option<(String, Vec<Segment>)>,
}

impl Model {
    fn pick(&self, i: u8) -> Option<usize> {
        (!self.objs.is_empty()).then(|| i as usize % self.objs.len())
    }

    fn reserve(&mut self, segs: &[Seg], checked: bool) {
        let segments: Vec<Segment> = segs.iter().map(|s| s.segment()).collect();
        let name = format!("o{}.o", self.names);
        self.names += 1;
        let extra = match self.pending.take() {
            Some((n, extra)) if n == name => extra,
            _ => Vec::new(),
        };
        let all: Vec<Segment> = segments.iter().chain(&extra).copied().collect();
        let approved = checked
            && extra.is_empty()
            && kind_totals(&all).is_some_and(|totals| self.slab.check_room(&name, totals).is_ok());
        match self.slab.reserve(&name, &segments) {
            Ok(id) => self.objs.push(Obj {
                id,
                name,
                reserved: all,
                next_reserved: 0,
                in_order: [true; 3],
                allocs: Vec::new(),
                finalized: false,
                released: false,
            }),
            Err(e) => {
                assert!(!approved, "check_room approved {name} ({all:?}) but reserve failed: {e}");
                assert!(
                    matches!(e, SlabError::Exhausted { .. } | SlabError::Overflow { .. }),
                    "reserve failed with an unexpected error: {e}"
                );
            }
        }
    }

    fn record_alloc(&mut self, o: usize, kind: Kind, addr: u64, size: u64, align: u64) {
        let fill = (self.objs[o].allocs.len() as u8).wrapping_mul(37) ^ 0x5a;
        let (base, end) = (self.base, self.base + self.size);
        assert!(addr % align.max(1) == 0, "allocation {addr:#x} is not aligned to {align:#x}");
        // (A 0-byte allocation from a part with no pages may get any address; linkers never ask
        // for 0 bytes: RuntimeDyld rounds an empty section up to 1.)
        if size > 0 {
            assert!(addr >= base && addr.checked_add(size).is_some_and(|e| e <= end), "allocation {addr:#x}+{size:#x} outside the slab");
        }
        if size > 0 {
            // SAFETY: the slab just handed out `addr..addr + size` to an unfinalized object:
            // read+write memory nothing else uses (the overlap check below proves the latter).
            unsafe { std::ptr::write_bytes(addr as *mut u8, fill, size as usize) };
        }
        self.objs[o].allocs.push(Alloc { kind, addr, size, fill });
    }

    fn allocate_reserved(&mut self, i: u8) {
        let Some(o) = self.pick(i) else { return };
        let ob = &self.objs[o];
        let Some(&seg) = ob.reserved.get(ob.next_reserved) else { return };
        let must = !ob.finalized && !ob.released && ob.in_order[seg.kind as usize % 3] && ob.in_order.iter().all(|&b| b);
        let r = self.slab.allocate(ob.id, seg.kind, seg.size, seg.align, ".reserved");
        match r {
            Ok(addr) => {
                assert!(!ob.finalized && !ob.released, "allocation in a finalized or released object succeeded");
                self.objs[o].next_reserved += 1;
                self.record_alloc(o, seg.kind, addr, seg.size, seg.align);
            }
            Err(e) => {
                assert!(!must, "allocating reserved segment {} of {} ({seg:?}) in order failed: {e}", ob.next_reserved, ob.name);
            }
        }
    }

    fn allocate(&mut self, i: u8, seg: Seg) {
        let Some(o) = self.pick(i) else { return };
        let seg = seg.segment();
        let ob = &mut self.objs[o];
        ob.in_order = [false; 3];
        let r = self.slab.allocate(ob.id, seg.kind, seg.size, seg.align, ".any");
        match r {
            Ok(addr) => {
                assert!(!ob.finalized && !ob.released, "allocation in a finalized or released object succeeded");
                self.record_alloc(o, seg.kind, addr, seg.size, seg.align);
            }
            Err(e) => match e {
                SlabError::Finalized { .. } => assert!(ob.finalized, "Finalized error for an open object"),
                SlabError::NoObject { .. } => assert!(ob.released, "NoObject for a live object"),
                SlabError::ReservationTooSmall { .. } => assert!(!ob.finalized && !ob.released),
                other => panic!("allocate failed with an unexpected error: {other}"),
            },
        }
    }

    fn finalize(&mut self, i: u8) {
        let Some(o) = self.pick(i) else { return };
        let ob = &mut self.objs[o];
        match self.slab.finalize(ob.id) {
            Ok(code) => {
                assert!(!ob.released, "finalize of a released object succeeded");
                if ob.finalized {
                    assert!(code.is_none(), "a second finalize returned code to flush");
                }
                if let Some(c) = code {
                    for a in ob.allocs.iter().filter(|a| a.kind == Kind::Code && a.size > 0) {
                        assert!(a.addr >= c.addr && a.addr + a.size <= c.addr + c.size, "code {:#x} outside the returned range", a.addr);
                    }
                } else if !ob.finalized {
                    assert!(
                        ob.allocs.iter().all(|a| a.kind != Kind::Code || a.size == 0)
                            && ob.reserved.iter().all(|s| s.kind != Kind::Code || s.size == 0),
                        "finalize returned no code range for an object with code"
                    );
                }
                ob.finalized = true;
            }
            Err(e) => {
                assert!(ob.released, "finalize of a live object failed: {e}");
                assert!(matches!(e, SlabError::NoObject { .. }), "{e}");
            }
        }
    }

    fn release(&mut self, i: u8) {
        let Some(o) = self.pick(i) else { return };
        let ob = &mut self.objs[o];
        match self.slab.release(ob.id) {
            Ok(()) => {
                assert!(!ob.released, "a second release succeeded");
                ob.released = true;
            }
            Err(e) => {
                assert!(ob.released, "release of a live object failed: {e}");
                assert!(matches!(e, SlabError::NoObject { .. }), "{e}");
            }
        }
    }

    fn bogus(&mut self, op: u8, raw: u16) {
        let raw = self.objs.len() as u64 + u64::from(raw);
        let id = jitharness::memory::slab::ObjectId::from_raw(raw);
        let r = match op % 3 {
            0 => self.slab.allocate(id, Kind::Code, 16, 16, ".bogus").map(|_| ()),
            1 => self.slab.finalize(id).map(|_| ()),
            _ => self.slab.release(id),
        };
        assert_eq!(r, Err(SlabError::NoObject { id: raw }), "an id no reservation returned");
    }

    fn check(&self) {
        let (base, end) = (self.base, self.base + self.size);
        let maps = mappings(base, end);
        for &(a, b, p) in &maps {
            assert!(!(p.w && p.x), "{a:#x}..{b:#x} of the slab is writable and executable");
        }
        let mut live: Vec<(u64, u64)> = Vec::new();
        for ob in self.objs.iter().filter(|o| !o.released) {
            for a in ob.allocs.iter().filter(|a| a.size > 0) {
                live.push((a.addr, a.addr + a.size));
                let what = format!("{} {} allocation {:#x}+{:#x}", ob.name, a.kind, a.addr, a.size);
                assert_perms(&maps, page_down(a.addr), page_up(a.addr + a.size), expected_perms(a.kind, ob.finalized), &what);
                // SAFETY: the allocation belongs to a live object and is readable (checked
                // just above from /proc/self/maps); nothing writes it concurrently.
                let (first, last) = unsafe { (*(a.addr as *const u8), *((a.addr + a.size - 1) as *const u8)) };
                assert!(first == a.fill && last == a.fill, "{what}: contents changed");
            }
        }
        live.sort_unstable();
        for w in live.windows(2) {
            assert!(w[0].1 <= w[1].0, "allocations {:#x?} and {:#x?} overlap", w[0], w[1]);
        }
        let st = self.slab.stats();
        assert_eq!((st.base, st.size), (base, self.size));
        let live_objs = self.objs.iter().filter(|o| !o.released).count() as u64;
        assert_eq!(st.objects, live_objs, "stats count the live objects");
        for k in KINDS {
            let sum: u64 = self.objs.iter().filter(|o| !o.released).flat_map(|o| &o.allocs).filter(|a| a.kind == k).map(|a| a.size).sum();
            let used = st.used.get(k.name()).copied().unwrap_or(0);
            assert!(used >= sum, "stats say {used:#x} bytes of {k} used, the live allocations hold {sum:#x}");
        }
        let used: u64 = st.used.values().sum();
        assert!(used <= st.committed, "more used ({used:#x}) than committed ({:#x})", st.committed);
        assert!(st.committed + st.free <= self.size, "committed {:#x} + free {:#x} exceed the slab {:#x}", st.committed, st.free, self.size);
    }

    fn release_all_and_check(&mut self) {
        for o in 0..self.objs.len() {
            if !self.objs[o].released {
                self.slab.release(self.objs[o].id).unwrap_or_else(|e| panic!("releasing {}: {e}", self.objs[o].name));
                self.objs[o].released = true;
            }
        }
        let st = self.slab.stats();
        assert_eq!(st.committed, 0, "committed after releasing everything: {st:?}");
        assert!(st.used.values().all(|&u| u == 0), "used after releasing everything: {st:?}");
        assert_eq!(st.objects, 0, "{st:?}");
        assert_eq!(st.free, self.size, "not all of the slab is free after releasing everything: {st:?}");
        for (a, b, p) in mappings(self.base, self.base + self.size) {
            assert!(!p.r && !p.w && !p.x, "{a:#x}..{b:#x} still accessible ({p:?}) after releasing everything");
        }
    }
}

fn run(script: Script) {
    let size = u64::from(script.size) % (4 << 20) + 1;
    let mapper = Arc::new(Mapper::new(Placement::Natural).expect("a natural mapper"));
    let slab = match Slab::new(mapper, size) {
        Ok(s) => s,
        Err(e) => panic!("a slab of {size:#x} bytes: {e}"),
    };
    let (base, real) = slab.range();
    assert!(real >= size, "the slab is smaller ({real:#x}) than asked ({size:#x})");
    let mut m = Model { slab, base, size: real, objs: Vec::new(), names: 0, pending: None };
    for op in script.ops.into_iter().take(64) {
        match op {
            Op::Reserve(segs) => m.reserve(&segs[..segs.len().min(8)], false),
            Op::CheckedReserve(segs) => m.reserve(&segs[..segs.len().min(8)], true),
            Op::AddToNext(segs) => {
                let extra: Vec<Segment> = segs.iter().take(4).map(|s| s.segment()).collect();
                let name = format!("o{}.o", m.names);
                m.slab.add_to_next_reservation(&name, extra.clone());
                m.pending = (!extra.is_empty()).then_some((name, extra));
            }
            Op::AllocateReserved(i) => m.allocate_reserved(i),
            Op::Allocate { obj, seg } => m.allocate(obj, seg),
            Op::Finalize(i) => m.finalize(i),
            Op::Release(i) => m.release(i),
            Op::Bogus { op, raw } => m.bogus(op, raw),
        }
        m.check();
    }
    m.release_all_and_check();
}

fuzz_target!(|script: Script| run(script));
