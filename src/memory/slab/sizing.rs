//! How much memory to reserve, in one place: the sizes of a reservation's parts, the upper
//! bound checked before RuntimeDyld sees an object, and how the slab is cut into zones.
//!
//! llvmlite's lesson (its memory manager computes the reservation "with the same calculation
//! as allocateSection, because we need to be able to satisfy it"; the bug it fixed was a
//! reservation a few bytes short once alignment padding was counted): a reservation is only
//! right if it is computed the way the allocations will be carved. So the one formula here,
//! [`kind_totals`], *is* the carving of [`Reservation::allocate`](super::Reservation::allocate)
//! replayed on sizes, and no memory manager computes a size of its own.

use crate::memory::Kind;

/// Share of the slab each kind's zone gets, in eighths: code 4, read-only 2, read-write 2.
pub(super) const ZONE_EIGHTHS: [u64; 3] = [4, 2, 2];

/// One piece of memory a linker will ask for: a JITLink segment, or RuntimeDyld's total for
/// one kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub kind: Kind,
    pub size: u64,
    /// A power of two (0 and 1: none).
    pub align: u64,
}

/// `v` rounded up to a multiple of `a` (0 and 1: no alignment); `None` on overflow.
pub fn align_up(v: u64, a: u64) -> Option<u64> {
    let a = a.max(1);
    v.checked_add(a - 1).map(|x| x / a * a)
}

/// Per kind, the bytes a reservation part must hold for `segments` and their largest
/// alignment, when the segments are allocated in the order given: each starts at the end
/// of the previous one of its kind, aligned up — exactly what `Reservation::allocate` does.
/// A part starts at a multiple of its largest alignment (the page allocator aligns it), and
/// alignments are powers of two, so offsets from 0 here are offsets from the part's start
/// there. `None` when the sizes overflow.
///
/// RuntimeDyld hands over one segment per kind: its own total, in which it already rounded
/// every section up to the kind's largest alignment (its promise that the sections fit).
pub fn kind_totals(segments: &[Segment]) -> Option<[(u64, u64); 3]> {
    let mut totals = [(0u64, 1u64); 3];
    for s in segments {
        let (end, align) = &mut totals[s.kind.index()];
        *end = align_up(*end, s.align)?.checked_add(s.size)?;
        *align = (*align).max(s.align.max(1));
    }
    Some(totals)
}

/// Bytes the part for `size` bytes aligned to `align` takes: whole pages (so each part gets
/// its own protection), plus room to align when the alignment exceeds a page. (The page
/// allocator already starts a part on its alignment, so that room is spare; it is kept so
/// that committed figures stay comparable with earlier results.)
pub fn part_len(size: u64, align: u64, page: u64) -> Option<u64> {
    if size == 0 {
        return Some(0);
    }
    let slack = align.saturating_sub(page);
    align_up(size.checked_add(slack)?, page)
}

/// Per kind (code, read-only, read-write): bytes and the largest alignment.
pub type KindNeeds = [(u64, u64); 3];

/// An upper bound of the memory a linker asks for to load the relocatable ELF `bytes`, per
/// kind (size, largest alignment): every allocated section rounded up to its alignment, plus
/// room for a stub (32 bytes) and a GOT slot (8 bytes) per relocation, plus common symbols.
///
/// # Errors
/// When the object cannot be read.
pub fn object_needs(bytes: &[u8]) -> Result<[(u64, u64); 3], String> {
    let file = object::File::parse(bytes).map_err(|e| e.to_string())?;
    Ok(needs_of(&file))
}

fn needs_of(file: &object::File) -> [(u64, u64); 3] {
    use object::{Object, ObjectSection, ObjectSymbol, SectionFlags};
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
    needs
}

/// What RuntimeDyld allocates for the relocatable ELF `bytes` beyond the sizes it passes to
/// `reserveAllocationSpace`, as segments to add to the object's reservation. On x86-64 each
/// reference to an `STT_GNU_IFUNC` symbol may get an IFUNC stub whose two GOT words
/// RuntimeDyld's GOT-size count leaves out (its `.got` is then that much larger than
/// reserved; LLVM's own SectionMemoryManager never notices, a reserving manager fails):
/// 16 bytes of read-write data per such relocation, 8-aligned. Nothing else is known to
/// be left out; other objects get nothing added.
///
/// # Errors
/// When the object cannot be read.
pub fn rtdyld_unreserved(bytes: &[u8]) -> Result<Vec<Segment>, String> {
    let file = object::File::parse(bytes).map_err(|e| e.to_string())?;
    Ok(unreserved_of(&file))
}

/// [`object_needs`] and [`rtdyld_unreserved`] from one reading of the object: what the
/// `rtdyld-rust` backend checks before each load.
///
/// # Errors
/// When the object cannot be read.
pub fn rtdyld_needs(bytes: &[u8]) -> Result<(KindNeeds, Vec<Segment>), String> {
    let file = object::File::parse(bytes).map_err(|e| e.to_string())?;
    Ok((needs_of(&file), unreserved_of(&file)))
}

fn unreserved_of(file: &object::File) -> Vec<Segment> {
    use object::{Object, ObjectSection, ObjectSymbol, RelocationTarget, SymbolFlags};
    if file.architecture() != object::Architecture::X86_64 {
        return Vec::new();
    }
    let ifuncs: std::collections::BTreeSet<usize> = file
        .symbols()
        .filter(|s| matches!(s.flags(), SymbolFlags::Elf { st_info, .. } if st_info & 0xf == object::elf::STT_GNU_IFUNC))
        .map(|s| s.index().0)
        .collect();
    if ifuncs.is_empty() {
        // Most objects: no relocation to look at.
        return Vec::new();
    }
    let refs = file
        .sections()
        .flat_map(|s| s.relocations())
        .filter(|(_, r)| matches!(r.target(), RelocationTarget::Symbol(i) if ifuncs.contains(&i.0)))
        .count() as u64;
    if refs == 0 {
        Vec::new()
    } else {
        vec![Segment { kind: Kind::RwData, size: refs * 16, align: 8 }]
    }
}

#[cfg(test)]
mod tests {
    use super::super::Reservation;
    use super::*;
    use proptest::prelude::*;

    const PAGE: u64 = 4096;

    #[test]
    fn totals_count_the_padding_between_segments() {
        let segs = [
            Segment { kind: Kind::Code, size: 10, align: 16 },
            Segment { kind: Kind::RwData, size: 3, align: 8 },
            Segment { kind: Kind::Code, size: 1, align: 64 },
            Segment { kind: Kind::RwData, size: 8, align: 8 },
        ];
        // Code: 10 bytes, padded to 64, 1 byte; rw: 3 bytes, padded to 8, 8 bytes.
        assert_eq!(kind_totals(&segs), Some([(65, 64), (0, 1), (16, 8)]));
        assert_eq!(kind_totals(&[Segment { kind: Kind::Code, size: u64::MAX, align: 1 }; 2]), None);
    }

    proptest! {
        /// Whatever the segments, a reservation sized by `kind_totals` holds all of them
        /// when they are allocated in the order given: the llvmlite bug cannot come back.
        #[test]
        fn a_reservation_sized_by_kind_totals_holds_its_segments(
            segs in proptest::collection::vec((0usize..3, 0u64..20_000, 0u32..14), 0..40)
        ) {
            let segments: Vec<Segment> =
                segs.iter().map(|&(k, size, a)| Segment { kind: Kind::ALL[k], size, align: 1 << a }).collect();
            let sizes = kind_totals(&segments).unwrap();
            let base = 0x4000_0000u64;
            // Each part starts on its largest alignment, as the page allocator places it.
            let starts = std::array::from_fn(|i| align_up(base + (i as u64) * 0x1000_0000, sizes[i].1.max(PAGE)).unwrap());
            let mut res = Reservation::new(starts, sizes, PAGE);
            for s in &segments {
                let at = res.allocate(s.kind, s.size, s.align);
                prop_assert!(at.is_some(), "{:?} does not fit in {:?}", s, res.parts[s.kind.index()]);
                prop_assert_eq!(at.unwrap() % s.align, 0);
            }
        }
    }
}
