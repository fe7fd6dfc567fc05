//! How much memory to reserve, in one place: the sizes of a reservation's parts, the upper
//! bound checked before RuntimeDyld sees an object, and how the slab is cut into zones.

use crate::memory::Kind;

/// Share of the slab each kind's zone gets, in eighths: code 4, read-only 2, read-write 2.
pub(super) const ZONE_EIGHTHS: [u64; 3] = [4, 2, 2];

/// `v` rounded up to a multiple of `a` (0 and 1: no alignment); `None` on overflow.
pub(crate) fn align_up(v: u64, a: u64) -> Option<u64> {
    let a = a.max(1);
    v.checked_add(a - 1).map(|x| x / a * a)
}

/// Bytes the part for `size` bytes aligned to `align` takes: rounded up to pages, plus
/// room to align when the alignment exceeds a page.
pub fn part_len(size: u64, align: u64, page: u64) -> Option<u64> {
    if size == 0 {
        return Some(0);
    }
    let slack = align.saturating_sub(page);
    align_up(size.checked_add(slack)?, page)
}

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
