//! The auditor's view of a live session: linked bytes by target address, read from the
//! host copies the layout rows describe.

use super::{Memory, PlacedSection};
use crate::backend::layout::{SectionKind, SectionLayout};
use std::ops::Range;

/// [`Memory`] over a session's layout rows: a read at a target address is served from the
/// host address of the row that holds it. In process the two are equal; in cross mode the
/// host copy is the one the linker wrote for the target.
#[derive(Clone, Debug)]
pub struct LayoutMemory {
    /// Sorted by target address, so a read finds its row by binary search (a session of
    /// thousands of objects is audited once per object added).
    spans: Vec<Span>,
    /// `reach[i]`: the highest end address of `spans[..=i]`, which bounds the backward scan
    /// for rows that nest or overlap (a GOT row inside a data row).
    reach: Vec<u64>,
    /// Every GOT row (empty ones too), by object: (object id, target range).
    gots: Vec<(u32, Range<u64>)>,
}

#[derive(Clone, Copy, Debug)]
struct Span {
    target: u64,
    host: u64,
    size: u64,
    got: bool,
}

impl LayoutMemory {
    /// Builds the view over `rows` (rows with no host memory or no size are skipped).
    ///
    /// # Safety
    /// For as long as the returned value is used, every row's `host_addr..host_addr + size`
    /// must be memory that the live session keeps mapped and readable (RuntimeDyld's
    /// finalize leaves code r-x and data r or rw: readable), and nothing may write to it
    /// concurrently with a read.
    pub unsafe fn new(rows: &[SectionLayout]) -> LayoutMemory {
        let mut spans: Vec<Span> = rows
            .iter()
            .filter(|r| r.size > 0 && r.host_addr != 0 && r.host_addr.checked_add(r.size).is_some())
            .map(|r| Span { target: r.target_addr, host: r.host_addr, size: r.size, got: r.kind == SectionKind::Got })
            .collect();
        spans.sort_by_key(|s| s.target);
        let reach = spans
            .iter()
            .scan(0u64, |high, s| {
                *high = (*high).max(s.target.saturating_add(s.size));
                Some(*high)
            })
            .collect();
        let gots = rows
            .iter()
            .filter(|r| r.kind == SectionKind::Got && r.target_addr != 0)
            .map(|r| (r.object_id, r.target_addr..r.target_addr.saturating_add(r.size)))
            .collect();
        LayoutMemory { spans, reach, gots }
    }

    /// A row holding all of `start..end`: among the rows starting at or below `start`, from
    /// the nearest down, while any of them can still reach `end`.
    fn span_holding(&self, start: u64, end: u64) -> Option<&Span> {
        let below = self.spans.partition_point(|s| s.target <= start);
        (0..below).rev().take_while(|&i| self.reach[i] >= end).map(|i| &self.spans[i]).find(|s| end <= s.target.saturating_add(s.size))
    }
}

impl Memory for LayoutMemory {
    fn read(&self, target_addr: u64, buf: &mut [u8]) -> bool {
        let len = buf.len() as u64;
        let Some(end) = target_addr.checked_add(len) else { return false };
        let Some(span) = self.span_holding(target_addr, end) else { return false };
        let host = span.host + (target_addr - span.target);
        // SAFETY: `host..host + len` lies inside one row's host range (checked just above),
        // which the caller of `new` promised stays mapped and readable with no concurrent
        // writer; `buf` is a distinct Rust buffer, so the ranges do not overlap.
        unsafe { std::ptr::copy_nonoverlapping(host as *const u8, buf.as_mut_ptr(), buf.len()) };
        true
    }

    fn got_regions(&self) -> Vec<Range<u64>> {
        self.spans.iter().filter(|s| s.got).map(|s| s.target..s.target + s.size).collect()
    }

    fn object_gots(&self, object_id: u32) -> Vec<Range<u64>> {
        self.gots.iter().filter(|(id, _)| *id == object_id).map(|(_, r)| r.clone()).collect()
    }
}

/// Where the ELF sections of object `object_id` were placed: its layout rows that hold an
/// ELF section.
pub fn placed_sections(layout: &[SectionLayout], object_id: u32) -> Vec<PlacedSection> {
    layout
        .iter()
        .filter(|r| r.object_id == object_id)
        .filter_map(|r| r.elf_section.map(|i| PlacedSection { elf_index: i, target_addr: r.target_addr, size: r.size }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(object_id: u32, elf_section: Option<u64>, kind: SectionKind, host: u64, target: u64, size: u64) -> SectionLayout {
        SectionLayout {
            object_id,
            object: format!("o{object_id}"),
            elf_section,
            section: ".x".into(),
            kind,
            size,
            align: 8,
            host_addr: host,
            target_addr: target,
        }
    }

    #[test]
    fn reads_translate_target_to_host_and_stay_inside_rows() {
        let code = [1u8, 2, 3, 4, 5, 6, 7, 8];
        let got = 0x1122_3344_5566_7788u64.to_le_bytes();
        let rows = [
            row(0, Some(1), SectionKind::Code, code.as_ptr() as u64, 0x10_0000, 8),
            row(0, None, SectionKind::Got, got.as_ptr() as u64, 0x90_0000, 8),
        ];
        // SAFETY: both rows point at the local arrays above, alive and unmodified while `m` is used.
        let m = unsafe { LayoutMemory::new(&rows) };
        let mut b = [0u8; 4];
        assert!(m.read(0x10_0002, &mut b), "read inside the code row");
        assert_eq!(b, [3, 4, 5, 6], "bytes come from the host copy");
        assert!(!m.read(0x10_0006, &mut b), "a read running past the row's end is refused");
        assert!(!m.read(u64::MAX - 1, &mut b), "address wrap is refused");
        let mut s = [0u8; 8];
        assert!(m.read(0x90_0000, &mut s), "the GOT row is readable");
        assert_eq!(u64::from_le_bytes(s), 0x1122_3344_5566_7788, "slot contents");
        assert_eq!(m.got_regions(), vec![0x90_0000..0x90_0008], "only the got row is a GOT region");
        assert_eq!(m.object_gots(0), vec![0x90_0000..0x90_0008], "object 0's GOT");
        assert!(m.object_gots(1).is_empty(), "object 1 has none");
    }

    #[test]
    fn reads_find_nested_rows_and_rows_given_out_of_order() {
        let data: Vec<u8> = (0u8..64).collect();
        let base = data.as_ptr() as u64;
        let rows = [
            // A row of another object first, a data row holding a GOT row, a row right after it.
            row(1, Some(2), SectionKind::Code, base + 48, 0x9000, 16),
            row(0, Some(3), SectionKind::RwData, base, 0x1000, 40),
            row(0, None, SectionKind::Got, base + 16, 0x1010, 8),
            row(0, Some(4), SectionKind::RoData, base + 40, 0x1028, 4),
        ];
        // SAFETY: every row points into `data`, alive and unmodified while `m` is used.
        let m = unsafe { LayoutMemory::new(&rows) };
        let mut b = [0u8; 4];
        assert!(m.read(0x1014, &mut b), "inside the GOT row nested in the data row");
        assert_eq!(b, [20, 21, 22, 23], "either row maps the same host bytes");
        assert!(m.read(0x1018, &mut b), "past the GOT row, still inside the data row");
        assert_eq!(b, [24, 25, 26, 27]);
        assert!(m.read(0x1028, &mut b), "the row right after the data row");
        assert_eq!(b, [40, 41, 42, 43]);
        let mut w = [0u8; 8];
        assert!(!m.read(0x1024, &mut w), "no single row holds 0x1024..0x102c");
        assert!(m.read(0x9008, &mut w), "the row listed first");
        assert_eq!(w, [56, 57, 58, 59, 60, 61, 62, 63]);
        assert!(!m.read(0x0ff0, &mut b), "below every row");
    }

    #[test]
    fn placed_sections_keep_only_this_objects_elf_sections() {
        let rows = [
            row(0, Some(1), SectionKind::Code, 1, 0x1000, 16),
            row(0, None, SectionKind::Stubs, 17, 0x1010, 32),
            row(1, Some(1), SectionKind::Code, 100, 0x2000, 16),
            row(0, Some(4), SectionKind::RoData, 200, 0x3000, 8),
        ];
        let p = placed_sections(&rows, 0);
        assert_eq!(
            p,
            vec![
                PlacedSection { elf_index: 1, target_addr: 0x1000, size: 16 },
                PlacedSection { elf_index: 4, target_addr: 0x3000, size: 8 }
            ],
            "stubs and other objects are left out"
        );
    }
}
