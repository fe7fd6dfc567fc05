//! Renaming an object's strong definitions, so that one file can be loaded into a session
//! many times (`link --rename-per-iteration`, `repro 9001 --module`), as a driver that
//! re-emits the same module under fresh names does.
//!
//! The rename works on the ELF object itself, whatever it was made from (IR, bitcode,
//! assembly, an object file): each renamed symbol's name is appended to the symbol string
//! table, which moves to the end of the file, and the symbol entry points at it. Nothing
//! else moves: sections, relocations (which name symbols by index) and every other byte stay
//! as the compiler wrote them, so the object linked is the object given, under new names.

use object::elf;
use std::collections::BTreeSet;

/// The name `name` has in iteration `iteration` (iteration 0 keeps the original names).
pub fn renamed(name: &str, iteration: u32) -> String {
    if iteration == 0 {
        name.to_string()
    } else {
        format!("{name}.{iteration}")
    }
}

/// `bytes` (an ELF64 little-endian relocatable object) with every symbol named in `names`
/// renamed for `iteration` (see [`renamed`]): global definitions, and references to them
/// (undefined symbols of that name), so that objects of one batch still find each other.
///
/// # Errors
/// A message naming what is malformed when the object is not a well-formed ELF64
/// little-endian file (section headers, symbol table or string table out of bounds).
pub fn rename_symbols(bytes: &[u8], names: &BTreeSet<String>, iteration: u32) -> Result<Vec<u8>, String> {
    if iteration == 0 || names.is_empty() {
        return Ok(bytes.to_vec());
    }
    if bytes.len() < 64 || &bytes[..4] != b"\x7fELF" || bytes[4] != elf::ELFCLASS64 || bytes[5] != elf::ELFDATA2LSB {
        return Err("renaming needs an ELF64 little-endian object".into());
    }
    let u16_at = |b: &[u8], at: usize| b.get(at..at + 2).map(|s| u16::from_le_bytes([s[0], s[1]]));
    let u32_at = |b: &[u8], at: usize| b.get(at..at + 4).map(|s| u32::from_le_bytes(s.try_into().unwrap()));
    let u64_at = |b: &[u8], at: usize| b.get(at..at + 8).map(|s| u64::from_le_bytes(s.try_into().unwrap()));
    let bad = |what: &str| format!("malformed ELF: {what}");
    let shoff = u64_at(bytes, 0x28).ok_or_else(|| bad("header"))? as usize;
    let shentsize = u16_at(bytes, 0x3a).ok_or_else(|| bad("header"))? as usize;
    let shnum = u16_at(bytes, 0x3c).ok_or_else(|| bad("header"))? as usize;
    if shentsize != 64 {
        return Err(bad(&format!("section header entry size {shentsize}, not 64")));
    }
    let header = |i: usize| shoff.checked_add(i.checked_mul(64)?).filter(|h| h.checked_add(64).is_some_and(|e| e <= bytes.len()));
    let symtab =
        (0..shnum).filter_map(header).find(|&h| u32_at(bytes, h + 4) == Some(elf::SHT_SYMTAB)).ok_or_else(|| bad("no symbol table"))?;
    let (sym_off, sym_size) = (u64_at(bytes, symtab + 24).unwrap() as usize, u64_at(bytes, symtab + 32).unwrap() as usize);
    let strtab_index = u32_at(bytes, symtab + 40).unwrap() as usize;
    let strtab = header(strtab_index).ok_or_else(|| bad(&format!("string table section {strtab_index} out of bounds")))?;
    let (str_off, str_size) = (u64_at(bytes, strtab + 24).unwrap() as usize, u64_at(bytes, strtab + 32).unwrap() as usize);
    let strings = bytes
        .get(str_off..str_off.checked_add(str_size).ok_or_else(|| bad("string table size"))?)
        .ok_or_else(|| bad("string table out of bounds"))?;
    if sym_off.checked_add(sym_size).is_none_or(|e| e > bytes.len()) {
        return Err(bad("symbol table out of bounds"));
    }

    let mut out = bytes.to_vec();
    let mut added: Vec<u8> = Vec::new();
    for entry in (sym_off..sym_off + sym_size).step_by(24).filter(|e| e + 24 <= sym_off + sym_size) {
        let name_at = u32_at(bytes, entry).unwrap() as usize;
        let info = bytes[entry + 4];
        let shndx = u16_at(bytes, entry + 6).unwrap();
        let global = info >> 4 == elf::STB_GLOBAL;
        let defined = shndx != elf::SHN_UNDEF && shndx != elf::SHN_COMMON;
        let referenced = shndx == elf::SHN_UNDEF;
        if !(global && defined || referenced) {
            continue;
        }
        let Some(tail) = strings.get(name_at..) else { return Err(bad(&format!("symbol name offset {name_at:#x}"))) };
        let name = &tail[..tail.iter().position(|&c| c == 0).ok_or_else(|| bad("unterminated symbol name"))?];
        let Ok(name) = std::str::from_utf8(name) else { continue };
        if !names.contains(name) {
            continue;
        }
        let new_at = u32::try_from(str_size + added.len()).map_err(|_| bad("string table over 4 GiB"))?;
        out[entry..entry + 4].copy_from_slice(&new_at.to_le_bytes());
        added.extend_from_slice(renamed(name, iteration).as_bytes());
        added.push(0);
    }
    if added.is_empty() {
        return Ok(out);
    }
    // The string table, grown, at the end of the file; its header points there.
    let new_off = out.len().next_multiple_of(8);
    out.resize(new_off, 0);
    out.extend_from_slice(strings);
    out.extend_from_slice(&added);
    out[strtab + 24..strtab + 32].copy_from_slice(&(new_off as u64).to_le_bytes());
    out[strtab + 32..strtab + 40].copy_from_slice(&((str_size + added.len()) as u64).to_le_bytes());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use object::{Object, ObjectSection, ObjectSymbol};

    /// A relocatable object with a global `f` calling an undefined `g`, a local `l`, and a
    /// global `keep` that is not renamed, written by the `object` crate's writer.
    fn object_file() -> Vec<u8> {
        use object::write::{Object as W, Relocation, Symbol, SymbolSection};
        let mut o = W::new(object::BinaryFormat::Elf, object::Architecture::X86_64, object::Endianness::Little);
        let text = o.add_section(Vec::new(), b".text".to_vec(), object::SectionKind::Text);
        o.append_section_data(text, &[0xe8, 0, 0, 0, 0, 0xc3, 0xc3, 0xc3], 16);
        let sym = |name: &str, value, section, scope| Symbol {
            name: name.as_bytes().to_vec(),
            value,
            size: 1,
            kind: object::SymbolKind::Text,
            scope,
            weak: false,
            section,
            flags: object::SymbolFlags::None,
        };
        o.add_symbol(sym("f", 0, SymbolSection::Section(text), object::SymbolScope::Dynamic));
        o.add_symbol(sym("l", 6, SymbolSection::Section(text), object::SymbolScope::Compilation));
        o.add_symbol(sym("keep", 7, SymbolSection::Section(text), object::SymbolScope::Dynamic));
        let g = o.add_symbol(sym("g", 0, SymbolSection::Undefined, object::SymbolScope::Dynamic));
        o.add_relocation(
            text,
            Relocation { offset: 1, symbol: g, addend: -4, flags: object::RelocationFlags::Elf { r_type: object::elf::R_X86_64_PLT32 } },
        )
        .unwrap();
        o.write().unwrap()
    }

    fn names(bytes: &[u8]) -> Vec<String> {
        let f = object::File::parse(bytes).unwrap();
        f.symbols()
            .filter(|s| !matches!(s.kind(), object::SymbolKind::Section | object::SymbolKind::File))
            .filter_map(|s| s.name().ok().filter(|n| !n.is_empty()).map(String::from))
            .collect()
    }

    #[test]
    fn renames_definitions_and_references_and_nothing_else() {
        let before = object_file();
        let set: BTreeSet<String> = ["f", "g", "l"].iter().map(|s| s.to_string()).collect();
        let after = rename_symbols(&before, &set, 3).unwrap();
        let mut n = names(&after);
        n.sort();
        assert_eq!(n, ["f.3", "g.3", "keep", "l"], "global f and its reference g renamed; the local and `keep` not");
        let (a, b) = (object::File::parse(&*before).unwrap(), object::File::parse(&*after).unwrap());
        let text = |f: &object::File| f.section_by_name(".text").unwrap().data().unwrap().to_vec();
        assert_eq!(text(&a), text(&b), "code bytes unchanged");
        let relocs = |f: &object::File| {
            f.section_by_name(".text").unwrap().relocations().map(|(o, r)| (o, r.target(), r.addend())).collect::<Vec<_>>()
        };
        assert_eq!(relocs(&a), relocs(&b), "relocations unchanged (they name symbols by index)");
        assert_eq!(rename_symbols(&before, &set, 0).unwrap(), before, "iteration 0 keeps the names");
    }

    #[test]
    fn malformed_objects_are_errors() {
        let set: BTreeSet<String> = ["f".to_string()].into();
        assert!(rename_symbols(b"not an elf file at all, just text padding it out to 64 bytes....", &set, 1).is_err());
        let mut o = object_file();
        o[0x28..0x30].copy_from_slice(&u64::MAX.to_le_bytes());
        let e = rename_symbols(&o, &set, 1).unwrap_err();
        assert!(e.contains("malformed ELF"), "{e}");
    }

    proptest::proptest! {
        /// Whatever bytes of a valid object are changed, renaming returns (an object or an
        /// error); it never panics or reads out of bounds.
        #[test]
        fn corrupted_objects_never_panic(edits in proptest::collection::vec((0usize..4096, proptest::num::u8::ANY), 1..12)) {
            let mut o = object_file();
            for (at, b) in edits {
                let n = o.len();
                o[at % n] = b;
            }
            let set: BTreeSet<String> = ["f".to_string(), "g".to_string()].into();
            let _ = rename_symbols(&o, &set, 2);
        }
    }
}
