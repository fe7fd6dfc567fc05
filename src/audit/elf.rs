//! Reading the relocatable object: its relocation sections, symbols and where each symbol
//! ended up; every relocation of a loaded section becomes one checked fixup.

use super::check::{GotIndex, Outcome, RelocEntry, Site};
use super::{aarch64, ifunc, x86_64, AuditError, Finding, ObjectAudit, ObjectAuditReport, PlacedSection, Verdict, VerdictCounts};
use crate::target::Arch;
use object::elf::{self, FileHeader64, SectionHeader64, Sym64};
use object::read::elf::{FileHeader, SectionHeader, SectionTable, Sym, SymbolTable};
use object::{Endianness, SectionIndex, SymbolIndex};
use std::collections::BTreeMap;

type Sections<'d> = SectionTable<'d, FileHeader64<Endianness>>;
type Symbols<'d> = SymbolTable<'d, FileHeader64<Endianness>>;

/// Name of a relocation type, or `R_<ARCH>_<n>` for one this table does not know.
pub(crate) fn type_name(arch: Arch, t: u32) -> String {
    let known = match arch {
        Arch::Aarch64 => aarch64::type_name(t),
        Arch::X86_64 => x86_64::type_name(t),
    };
    match (known, arch) {
        (Some(n), _) => n.to_string(),
        (None, Arch::Aarch64) => format!("R_AARCH64_{t}"),
        (None, Arch::X86_64) => format!("R_X86_64_{t}"),
    }
}

/// Why every relocation of a big-endian object is `not-checked`.
pub(crate) const BIG_ENDIAN: &str = "big-endian ELF is not decoded by the auditor";

pub(crate) fn audit(input: &ObjectAudit<'_>) -> Result<ObjectAuditReport, AuditError> {
    let fail = |message: String| AuditError { object: input.object.to_string(), message };
    let data = input.bytes;
    if !data.starts_with(b"\x7fELF") {
        return Err(fail("not an ELF file (no \\x7fELF magic)".into()));
    }
    let header = FileHeader64::<Endianness>::parse(data).map_err(|e| fail(format!("not a readable 64-bit ELF file: {e}")))?;
    let endian = header.endian().map_err(|e| fail(format!("ELF header: {e}")))?;
    let big = endian != Endianness::Little;
    let machine = header.e_machine(endian);
    if machine != input.arch.elf_machine() {
        return Err(fail(format!("ELF machine {machine} is not {} ({})", input.arch, input.arch.elf_machine())));
    }
    let kind = header.e_type(endian);
    if kind != elf::ET_REL {
        return Err(fail(format!("ELF type {kind} is not a relocatable object (ET_REL)")));
    }
    let sections = header.sections(endian, data).map_err(|e| fail(format!("section headers: {e}")))?;

    let got = if big { GotIndex::default() } else { GotIndex::build(input.memory) };
    let got_base = object_got_base(input);
    let mut report = ObjectAuditReport {
        object_id: input.object_id,
        object: input.object.to_string(),
        fixups: 0,
        counts: VerdictCounts::default(),
        by_type: BTreeMap::new(),
        findings: Vec::new(),
    };

    for (index, rel_sec) in sections.iter().enumerate() {
        let sh_type = rel_sec.sh_type(endian);
        if sh_type != elf::SHT_RELA && sh_type != elf::SHT_REL {
            continue;
        }
        let rel_name = section_name(&sections, endian, rel_sec);
        let target_index = rel_sec.sh_info(endian) as u64;
        let placed = input.sections.iter().find(|s| s.elf_index == target_index);
        let target_name = sections
            .section(SectionIndex(target_index as usize))
            .map(|sh| section_name(&sections, endian, sh))
            .unwrap_or_else(|_| format!("section {target_index}"));
        let target_size =
            sections.section(SectionIndex(target_index as usize)).map(|sh| sh.sh_size(endian)).unwrap_or(placed.map_or(0, |p| p.size));
        let in_sec = |m: String| fail(format!("relocation section {rel_name} (index {index}) for {target_name}: {m}"));

        let symbols = sections
            .symbol_table_by_index(endian, data, SectionIndex(rel_sec.sh_link(endian) as usize))
            .map_err(|e| in_sec(format!("its symbol table (section {}): {e}", rel_sec.sh_link(endian))))?;
        let entries = read_entries(rel_sec, endian, data, sh_type).map_err(in_sec)?;
        let ctx = Ctx { input, sections: &sections, symbols: &symbols, endian };
        for (i, r) in entries.iter().enumerate() {
            let type_name = type_name(input.arch, r.r_type);
            let site_addr = placed.map_or(0, |p| p.target_addr.wrapping_add(r.offset));
            let (symbol, outcome) = match placed {
                _ if big => (ctx.symbol_name(r.sym), Outcome::not_checked(BIG_ENDIAN)),
                None => (
                    ctx.symbol_name(r.sym),
                    Outcome::not_checked(format!("section {target_name} (index {target_index}) was not loaded by the backend")),
                ),
                Some(_) if sh_type == elf::SHT_REL => (
                    ctx.symbol_name(r.sym),
                    Outcome::not_checked(format!(
                        "relocation {i} of {rel_name} is a REL entry (implicit addend), which these targets do not use"
                    )),
                ),
                Some(p) => {
                    let at = SiteAt { section_addr: p.target_addr, section_size: target_size, rel_name: &rel_name, type_name: &type_name };
                    check_one(&ctx, &at, &entries, i, &got, &got_base)
                }
            };
            report.fixups += 1;
            report.counts.add(outcome.verdict);
            report.by_type.entry(type_name.clone()).or_default().add(outcome.verdict);
            if outcome.verdict != Verdict::Ok {
                report.findings.push(Finding {
                    verdict: outcome.verdict,
                    object: input.object.to_string(),
                    section: target_name.clone(),
                    offset: r.offset,
                    reloc_type: type_name,
                    symbol,
                    addend: r.addend,
                    site: site_addr,
                    expected: outcome.expected,
                    actual: outcome.actual,
                    delta: outcome.delta,
                    range: outcome.range,
                    compared: outcome.compared,
                    via: outcome.via,
                    detail: outcome.detail,
                });
            }
        }
    }
    let relocations = count_relocations(data).map_err(|e| fail(format!("counting its relocations with `object`: {e}")))?;
    report.check_complete(relocations).map_err(fail)?;
    Ok(report)
}

/// The object's relocations as the `object` crate counts them (what
/// `source::ObjectFile::relocations` says): the total the report must account for.
pub(crate) fn count_relocations(data: &[u8]) -> Result<u64, String> {
    use object::{Object, ObjectSection};
    let file = object::File::parse(data).map_err(|e| e.to_string())?;
    Ok(file.sections().map(|s| s.relocations().count() as u64).sum())
}

/// The entries of one relocation section (REL entries get addend 0).
fn read_entries(rel_sec: &SectionHeader64<Endianness>, endian: Endianness, data: &[u8], sh_type: u32) -> Result<Vec<RelocEntry>, String> {
    if sh_type == elf::SHT_RELA {
        let (relas, _) = rel_sec.rela(endian, data).map_err(|e| e.to_string())?.ok_or("not a RELA section")?;
        Ok(relas
            .iter()
            .map(|r| RelocEntry {
                offset: r.r_offset.get(endian),
                r_type: object::read::elf::Rela::r_type(r, endian, false),
                sym: object::read::elf::Rela::r_sym(r, endian, false),
                addend: r.r_addend.get(endian),
            })
            .collect())
    } else {
        let (rels, _) = rel_sec.rel(endian, data).map_err(|e| e.to_string())?.ok_or("not a REL section")?;
        Ok(rels
            .iter()
            .map(|r| RelocEntry {
                offset: r.r_offset.get(endian),
                r_type: object::read::elf::Rel::r_type(r, endian),
                sym: object::read::elf::Rel::r_sym(r, endian),
                addend: 0,
            })
            .collect())
    }
}

/// The object's GOT base: the lowest address of the GOT(s) the backend made for it.
fn object_got_base(input: &ObjectAudit<'_>) -> Result<u64, String> {
    input.memory.object_gots(input.object_id).iter().map(|r| r.start).min().ok_or_else(|| {
        "the session's layout shows no GOT for this object, so its GOT base (_GLOBAL_OFFSET_TABLE_) is not known".to_string()
    })
}

fn section_name(sections: &Sections<'_>, endian: Endianness, sh: &SectionHeader64<Endianness>) -> String {
    sections.section_name(endian, sh).map(|n| String::from_utf8_lossy(n).into_owned()).unwrap_or_else(|_| "<unnamed>".to_string())
}

struct Ctx<'a, 'd> {
    input: &'a ObjectAudit<'a>,
    sections: &'a Sections<'d>,
    symbols: &'a Symbols<'d>,
    endian: Endianness,
}

impl Ctx<'_, '_> {
    fn sym(&self, index: u32) -> Option<&Sym64<Endianness>> {
        self.symbols.symbol(SymbolIndex(index as usize)).ok()
    }

    /// A printable name: the symbol's own, its section's for a section symbol.
    fn symbol_name(&self, index: u32) -> String {
        if index == 0 {
            return "(none)".into();
        }
        let Some(sym) = self.sym(index) else {
            return format!("(symbol {index})");
        };
        if sym.st_type() == elf::STT_SECTION {
            if let Ok(Some(si)) = self.symbols.symbol_section(self.endian, sym, SymbolIndex(index as usize)) {
                if let Ok(sh) = self.sections.section(si) {
                    return section_name(self.sections, self.endian, sh);
                }
            }
        }
        match self.symbols.symbol_name(self.endian, sym) {
            Ok(n) if !n.is_empty() => String::from_utf8_lossy(n).into_owned(),
            _ => format!("(symbol {index})"),
        }
    }

    fn placed(&self, section: SectionIndex) -> Option<u64> {
        self.input.sections.iter().find(|s| s.elf_index == section.0 as u64).map(|s| s.target_addr)
    }

    /// What the relocation's symbol `index` is: S (or why it cannot be known), its size
    /// and whether it is an IFUNC.
    fn resolve(&self, index: u32) -> Result<Target, String> {
        if index == 0 {
            return Ok(Target { s: 0, size: None, ifunc: false }); // no symbol: the addend is the value
        }
        let sym = self
            .symbols
            .symbol(SymbolIndex(index as usize))
            .map_err(|_| format!("symbol index {index} is outside the symbol table ({} entries)", self.symbols.len()))?;
        let name = self.symbol_name(index);
        let shndx = sym.st_shndx(self.endian);
        let value = sym.st_value(self.endian);
        let defined = shndx != elf::SHN_UNDEF;
        let size = defined.then(|| sym.st_size(self.endian));
        let ifunc = sym.st_type() == elf::STT_GNU_IFUNC;
        let target = |s: u64| Ok(Target { s, size, ifunc });
        let section =
            self.symbols.symbol_section(self.endian, sym, SymbolIndex(index as usize)).map_err(|e| format!("symbol {name}: {e}"))?;
        let own = |si: SectionIndex| {
            self.placed(si).map(|a| a.wrapping_add(value)).ok_or_else(|| {
                let sname = self.sections.section(si).map(|sh| section_name(self.sections, self.endian, sh)).unwrap_or_default();
                format!("symbol {name} is in section {} ({sname}), which was not loaded", si.0)
            })
        };
        let local = sym.st_bind() == elf::STB_LOCAL || sym.st_type() == elf::STT_SECTION;
        if shndx == elf::SHN_ABS {
            return target(value);
        }
        if local {
            return match section {
                Some(si) => own(si).and_then(target),
                None => Err(format!("local symbol {name} has no section")),
            };
        }
        if !defined {
            if let Some(bound) = self.section_bound(&name) {
                return bound.and_then(target);
            }
        }
        if let Some(a) = (self.input.symbols)(&name) {
            return target(a);
        }
        match section {
            // A defined global the session did not answer for: where its own section went.
            Some(si) => own(si).and_then(target),
            None => Err("symbol not resolved by the session".into()),
        }
    }

    /// For an undefined `__start_X` / `__stop_X`: the start / end of this object's section
    /// X as the backend placed it (what ELF linkers and JITLink define them as), whatever
    /// the session's symbol table says. `None` when the name is not of that form or the
    /// object has no section X (then the symbol is an ordinary external).
    fn section_bound(&self, name: &str) -> Option<Result<u64, String>> {
        let (x, start) = if let Some(x) = name.strip_prefix("__start_") { (x, true) } else { (name.strip_prefix("__stop_")?, false) };
        let named: Vec<(usize, u64)> = self
            .sections
            .iter()
            .enumerate()
            .filter(|(_, sh)| section_name(self.sections, self.endian, sh) == x)
            .map(|(i, sh)| (i, sh.sh_size(self.endian)))
            .collect();
        if named.is_empty() {
            return None;
        }
        let placed: Vec<&PlacedSection> =
            named.iter().filter_map(|&(i, _)| self.input.sections.iter().find(|p| p.elf_index == i as u64)).collect();
        if placed.is_empty() {
            return Some(Err(format!("{name} refers to section {x}, which was not loaded by the backend")));
        }
        Some(Ok(if start {
            placed.iter().map(|p| p.target_addr).min().unwrap_or(0)
        } else {
            placed.iter().map(|p| p.target_addr.wrapping_add(p.size)).max().unwrap_or(0)
        }))
    }
}

/// What a relocation's symbol resolved to.
struct Target {
    /// S: its final address.
    s: u64,
    /// Z: its `st_size`, when this object defines it.
    size: Option<u64>,
    /// `STT_GNU_IFUNC`: S is the resolver, and references must reach an IFUNC entry.
    ifunc: bool,
}

/// Where the relocations being checked apply: their section's address and size, and names
/// for messages.
struct SiteAt<'a> {
    section_addr: u64,
    section_size: u64,
    rel_name: &'a str,
    type_name: &'a str,
}

fn check_one(
    ctx: &Ctx<'_, '_>,
    at: &SiteAt<'_>,
    entries: &[RelocEntry],
    i: usize,
    got: &GotIndex,
    got_base: &Result<u64, String>,
) -> (String, Outcome) {
    let r = entries[i];
    let input = ctx.input;
    let p = at.section_addr.wrapping_add(r.offset);
    let symbol = ctx.symbol_name(r.sym);
    let type_name = at.type_name;
    let width = match input.arch {
        Arch::Aarch64 => aarch64::field_width(r.r_type),
        Arch::X86_64 => x86_64::field_width(r.r_type),
    };
    let Some(width) = width else {
        let o = match input.arch {
            Arch::Aarch64 => aarch64::not_decoded(r.r_type, type_name),
            Arch::X86_64 => x86_64::not_decoded(r.r_type, type_name),
        };
        return (symbol, o);
    };
    if r.offset.checked_add(width).is_none_or(|end| end > at.section_size) {
        let o = Outcome::not_checked(format!(
            "relocation {i} of {}: offset {:#x} + {width} bytes is beyond the section's size {:#x}",
            at.rel_name, r.offset, at.section_size
        ));
        return (symbol, o);
    }
    let ignores_symbol = match input.arch {
        Arch::Aarch64 => aarch64::ignores_symbol(r.r_type),
        Arch::X86_64 => x86_64::ignores_symbol(r.r_type),
    };
    let target = match ctx.resolve(r.sym) {
        Ok(t) => t,
        Err(_) if ignores_symbol => Target { s: 0, size: None, ifunc: false },
        Err(reason) => return (symbol, Outcome::not_checked(reason)),
    };
    let site = Site {
        r_type: r.r_type,
        p,
        s: target.s,
        a: r.addend,
        sym: r.sym,
        size: target.size,
        section_addr: at.section_addr,
        relocs: entries,
        memory: input.memory,
        got,
        got_base,
    };
    let decode = |site: &Site<'_>| {
        let checked = match input.arch {
            Arch::Aarch64 => aarch64::check(site),
            Arch::X86_64 => x86_64::check(site),
        };
        checked.unwrap_or_else(|| Outcome::not_checked(format!("relocation type {} ({type_name}) not decoded by the auditor", r.r_type)))
    };
    let o = if target.ifunc { ifunc::check(&site, input.arch, &decode) } else { decode(&site) };
    (symbol, o)
}
