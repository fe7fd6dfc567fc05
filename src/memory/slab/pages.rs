//! A first-fit, coalescing allocator of page runs: which pages of a slab zone are free.
//! Pure bookkeeping, no system calls (property-tested below).

use super::sizing::align_up;
use super::SlabError;
use std::collections::BTreeMap;

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

    /// The zone's first address.
    pub fn start(&self) -> u64 {
        self.base
    }

    /// The first address past the zone.
    pub fn end(&self) -> u64 {
        self.base + self.size
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
    /// [`SlabError::NotARun`] when the run is outside the slab or not page-aligned,
    /// [`SlabError::DoubleFree`] when it overlaps free space: nothing is changed.
    pub fn free(&mut self, start: u64, len: u64) -> Result<(), SlabError> {
        let not_a_run = SlabError::NotARun { start, len };
        let len = align_up(len.max(1), self.page).ok_or(not_a_run.clone())?;
        if !start.is_multiple_of(self.page) || start < self.base || start.checked_add(len).is_none_or(|end| end > self.base + self.size) {
            return Err(not_a_run);
        }
        let before = self.free.range(..=start).next_back().map(|(&s, &l)| (s, l));
        let after = self.free.range(start..).next().map(|(&s, &l)| (s, l));
        if before.is_some_and(|(s, l)| s + l > start) || after.is_some_and(|(s, _)| s < start + len) {
            return Err(SlabError::DoubleFree { start, len });
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

    }
}
