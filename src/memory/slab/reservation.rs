//! One object's memory inside the slab: a code, a read-only and a read-write part, each a
//! run of whole pages (so each gets its own protection), carved by a bump pointer per part.

use super::sizing::{align_up, part_len};
use crate::memory::Kind;

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
    /// A reservation whose parts start at `starts` with the lengths [`part_len`] gives for
    /// `sizes`.
    pub fn new(starts: [u64; 3], sizes: [(u64, u64); 3], page: u64) -> Reservation {
        let parts = std::array::from_fn(|i| {
            let len = part_len(sizes[i].0, sizes[i].1, page).unwrap_or(0);
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

    /// `size` bytes aligned to `align` in the `kind` part, or `None` when the part has no
    /// room for them (see [`Reservation::left`]).
    pub fn allocate(&mut self, kind: Kind, size: u64, align: u64) -> Option<u64> {
        let p = &mut self.parts[kind.index()];
        let at = align_up(p.next, align)?;
        let end = at.checked_add(size)?;
        if end > p.start + p.len {
            return None;
        }
        p.next = end;
        Some(at)
    }

    /// Bytes of the `kind` part still free after aligning to `align`.
    pub fn left(&self, kind: Kind, align: u64) -> u64 {
        let p = &self.parts[kind.index()];
        align_up(p.next, align).map_or(0, |at| (p.start + p.len).saturating_sub(at))
    }

    /// Bytes handed out per kind.
    pub fn used(&self, kind: Kind) -> u64 {
        let p = &self.parts[kind.index()];
        p.next - p.start
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const PAGE: u64 = 4096;
    const BASE: u64 = 0x4000_0000;

    proptest! {
        /// Sections carved from a reservation keep their alignment, stay in their part,
        /// never overlap; asking for more than reserved is refused.
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
                prop_assert_eq!(part.len, part_len(size, align, PAGE).unwrap());
                prop_assert_eq!(part.start % PAGE, 0);
            }
            let mut got: Vec<(usize, u64, u64)> = Vec::new();
            for &(k, size, a) in &sections {
                let at = res.allocate(kinds[k], size, 1 << a);
                prop_assert!(at.is_some(), "{:?}", at);
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
            prop_assert!(res.allocate(Kind::Code, left + 1, 1).is_none());
            prop_assert_eq!(res.left(Kind::Code, 1), left);
        }
    }

    #[test]
    fn parts_are_whole_pages() {
        let r = Reservation::new([BASE, BASE + 16 * PAGE, BASE + 32 * PAGE], [(10, 16), (5000, 8), (1, 8192)], PAGE);
        assert_eq!(r.parts.map(|p| p.len), [PAGE, 2 * PAGE, 2 * PAGE], "a part above a page of alignment gets room to align");
        assert_eq!(part_len(0, 16, PAGE), Some(0));
    }
}
