//! Reading the relocatable object: its relocation sections, symbols and where each symbol
//! ended up; every relocation of a loaded section becomes one checked fixup.

use super::check::{GotIndex, Outcome, RelocEntry, Site};
use super::{aarch64, x86_64, AuditError, Finding, ObjectAudit, ObjectAuditReport, Verdict, VerdictCounts};
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

pub(crate) fn audit(input: &ObjectAudit<'_>) -> Result<ObjectAuditReport, AuditError> {
    let fail = |message: String| AuditError { object: input.object.to_string(), message };
    let data = input.bytes;
    if !data.starts_with(b"\x7fELF") {
        return Err(fail("not an ELF file (no \\x7fELF magic)".into()));
    }
    let header = FileHeader64::<Endianness>::parse(data).map_err(|e| fail(format!("not a readable 64-bit ELF file: {e}")))?;
    let endian = header.endian().map_err(|e| fail(format!("ELF header: {e}")))?;
    if endian != Endianness::Little {
        return Err(fail("big-endian ELF: only little-endian AArch64 and x86-64 are audited".into()));
    }
    let machine = header.e_machine(endian);
    if machine != input.arch.elf_machine() {
        return Err(fail(format!("ELF machine {machine} is not {} ({})", input.arch, input.arch.elf_machine())));
    }
    let kind = header.e_type(endian);
    if kind != elf::ET_REL {
        return Err(fail(format!("ELF type {kind} is not a relocatable object (ET_REL)")));
    }
    let sections = header.sections(endian, data).map_err(|e| fail(format!("section headers: {e}")))?;

    let got = GotIndex::build(input.memory);
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
        let Some(placed) = input.sections.iter().find(|s| s.elf_index == target_index) else {
            continue; // relocations of a section that was not loaded
        };
        let target_name = sections
            .section(SectionIndex(target_index as usize))
            .map(|sh| section_name(&sections, endian, sh))
            .unwrap_or_else(|_| format!("section {target_index}"));
        let target_size = sections.section(SectionIndex(target_index as usize)).map(|sh| sh.sh_size(endian)).unwrap_or(placed.size);
        let in_sec = |m: String| fail(format!("relocation section {rel_name} (index {index}) for {target_name}: {m}"));

        let symbols = sections
            .symbol_table_by_index(endian, data, SectionIndex(rel_sec.sh_link(endian) as usize))
            .map_err(|e| in_sec(format!("its symbol table (section {}): {e}", rel_sec.sh_link(endian))))?;

        let entries: Vec<RelocEntry> = if sh_type == elf::SHT_RELA {
            let (relas, _) =
                rel_sec.rela(endian, data).map_err(|e| in_sec(e.to_string()))?.ok_or_else(|| in_sec("not a RELA section".into()))?;
            relas
                .iter()
                .map(|r| RelocEntry {
                    offset: r.r_offset.get(endian),
                    r_type: object::read::elf::Rela::r_type(r, endian, false),
                    sym: object::read::elf::Rela::r_sym(r, endian, false),
                    addend: r.r_addend.get(endian),
                })
                .collect()
        } else {
            let (rels, _) =
                rel_sec.rel(endian, data).map_err(|e| in_sec(e.to_string()))?.ok_or_else(|| in_sec("not a REL section".into()))?;
            rels.iter()
                .map(|r| RelocEntry {
                    offset: r.r_offset.get(endian),
                    r_type: object::read::elf::Rel::r_type(r, endian),
                    sym: object::read::elf::Rel::r_sym(r, endian),
                    addend: 0,
                })
                .collect()
        };

        for (i, r) in entries.iter().enumerate() {
            let type_name = type_name(input.arch, r.r_type);
            let ctx = Ctx { input, sections: &sections, symbols: &symbols, endian };
            let (symbol, outcome, site_addr) = if sh_type == elf::SHT_REL {
                let name = ctx.symbol_name(r.sym);
                let o = Outcome::not_checked(format!(
                    "relocation {i} of {rel_name} is a REL entry (implicit addend), which these targets do not use"
                ));
                (name, o, placed.target_addr.wrapping_add(r.offset))
            } else {
                check_one(&ctx, placed.target_addr, target_size, &entries, i, &rel_name, &got, &type_name)
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
    Ok(report)
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

    /// S for symbol `index`, or why it cannot be known.
    fn resolve(&self, index: u32) -> Result<u64, String> {
        if index == 0 {
            return Ok(0); // no symbol: the addend is the value
        }
        let sym = self
            .symbols
            .symbol(SymbolIndex(index as usize))
            .map_err(|_| format!("symbol index {index} is outside the symbol table ({} entries)", self.symbols.len()))?;
        let name = self.symbol_name(index);
        let shndx = sym.st_shndx(self.endian);
        let value = sym.st_value(self.endian);
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
            return Ok(value);
        }
        if local {
            return match section {
                Some(si) => own(si),
                None => Err(format!("local symbol {name} has no section")),
            };
        }
        if let Some(a) = (self.input.symbols)(&name) {
            return Ok(a);
        }
        match section {
            // A defined global the session did not answer for: where its own section went.
            Some(si) => own(si),
            None => Err("symbol not resolved by the session".into()),
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn check_one(
    ctx: &Ctx<'_, '_>,
    section_addr: u64,
    section_size: u64,
    entries: &[RelocEntry],
    i: usize,
    rel_name: &str,
    got: &GotIndex,
    type_name: &str,
) -> (String, Outcome, u64) {
    let r = entries[i];
    let input = ctx.input;
    let p = section_addr.wrapping_add(r.offset);
    let symbol = ctx.symbol_name(r.sym);
    let width = match input.arch {
        Arch::Aarch64 => aarch64::field_width(r.r_type),
        Arch::X86_64 => x86_64::field_width(r.r_type),
    };
    let Some(width) = width else {
        let o = Outcome::not_checked(format!("relocation type {} ({type_name}) not decoded by the auditor", r.r_type));
        return (symbol, o, p);
    };
    if r.offset.checked_add(width).is_none_or(|end| end > section_size) {
        let o = Outcome::not_checked(format!(
            "relocation {i} of {rel_name}: offset {:#x} + {width} bytes is beyond the section's size {section_size:#x}",
            r.offset
        ));
        return (symbol, o, p);
    }
    let s = match ctx.resolve(r.sym) {
        Ok(s) => s,
        Err(reason) => return (symbol, Outcome::not_checked(reason), p),
    };
    let site = Site { r_type: r.r_type, p, s, a: r.addend, sym: r.sym, section_addr, relocs: entries, memory: input.memory, got };
    let checked = match input.arch {
        Arch::Aarch64 => aarch64::check(&site),
        Arch::X86_64 => x86_64::check(&site),
    };
    let o =
        checked.unwrap_or_else(|| Outcome::not_checked(format!("relocation type {} ({type_name}) not decoded by the auditor", r.r_type)));
    (symbol, o, p)
}
