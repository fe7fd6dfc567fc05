//! `audit`: ELF object reading and the relocation auditor over arbitrary objects, layouts
//! and "linked" bytes.
//!
//! Input format (so that seeds are an object with a short header in front):
//!
//! ```text
//! byte 0        flags: bit 0 = AArch64 (else x86-64), bits 1..7 feed the layout
//! bytes 1..5    N, u32 little-endian: length of the object (clamped to what is left)
//! N bytes       the relocatable object as handed to a backend
//! the rest      layout and linked-memory choices (read with `arbitrary::Unstructured`)
//! ```
//!
//! Properties: `ObjectFile::parse` and `audit_object` return Ok or Err and never panic; an
//! Ok report accounts for every relocation the object has (`check_complete` against the
//! count of the `object` crate, and against `ObjectFile::parse`'s count when it parses);
//! the report renders and round-trips through JSON.
#![no_main]

use arbitrary::Unstructured;
use jitharness::audit::{self, Memory, ObjectAudit, ObjectAuditReport, PlacedSection};
use jitharness::source::ObjectFile;
use jitharness::target::Arch;
use libfuzzer_sys::fuzz_target;
use object::{Object, ObjectSection, ObjectSymbol};
use std::collections::BTreeMap;
use std::ops::Range;

/// Linked memory made of spans, GOT regions and per-object GOTs, all chosen by the input.
struct FuzzMemory {
    spans: Vec<(u64, Vec<u8>)>,
    gots: Vec<Range<u64>>,
    object_gots: Vec<Range<u64>>,
}

impl Memory for FuzzMemory {
    fn read(&self, target_addr: u64, buf: &mut [u8]) -> bool {
        let Some(end) = target_addr.checked_add(buf.len() as u64) else { return false };
        // The last span that holds the whole read wins (later spans are written over earlier ones).
        for (start, bytes) in self.spans.iter().rev() {
            let span_end = start + bytes.len() as u64;
            if target_addr >= *start && end <= span_end {
                let off = (target_addr - start) as usize;
                buf.copy_from_slice(&bytes[off..off + buf.len()]);
                return true;
            }
        }
        false
    }

    fn got_regions(&self) -> Vec<Range<u64>> {
        self.gots.clone()
    }

    fn object_gots(&self, object_id: u32) -> Vec<Range<u64>> {
        if object_id == 0 {
            self.object_gots.clone()
        } else {
            Vec::new()
        }
    }
}

/// A gap between two placed sections: mostly small, sometimes far (to reach out-of-range
/// paths of every relocation width), sometimes an arbitrary number.
fn gap(u: &mut Unstructured<'_>) -> u64 {
    match u.int_in_range(0u8..=7).unwrap_or(0) {
        0..=3 => u.int_in_range(0u64..=0x1000).unwrap_or(0),
        4 => 1 << u.int_in_range(12u32..=40).unwrap_or(20),
        5 => (1u64 << 31) - u.int_in_range(0u64..=64).unwrap_or(0),
        6 => (1u64 << 32) + u.int_in_range(0u64..=0x1000).unwrap_or(0),
        _ => u.arbitrary::<u64>().unwrap_or(0),
    }
}

fn base(u: &mut Unstructured<'_>) -> u64 {
    match u.int_in_range(0u8..=3).unwrap_or(0) {
        0 => 0x7f00_0000_0000 + (u.int_in_range(0u64..=0xffff).unwrap_or(0) << 12),
        1 => 0x10_0000_0000,
        2 => 0x1000,
        _ => u.arbitrary::<u64>().unwrap_or(0),
    }
}

/// Relocations as the `object` crate counts them: what the auditor must account for.
fn object_relocations(file: &object::File<'_>) -> u64 {
    file.sections().map(|s| s.relocations().count() as u64).sum()
}

fn check_report(report: &ObjectAuditReport, relocations: u64, what: &str) {
    if let Err(e) = report.check_complete(relocations) {
        panic!("audit_object returned Ok but the report is incomplete ({what}): {e}");
    }
    let _ = audit::findings_table(std::slice::from_ref(report));
    let json = serde_json::to_string(report).expect("an audit report serializes");
    let back: ObjectAuditReport = serde_json::from_str(&json).expect("an audit report parses back");
    assert_eq!(&back, report, "an audit report round-trips through JSON");
}

fn run(data: &[u8]) {
    if data.len() < 5 {
        return;
    }
    let flags = data[0];
    let arch = if flags & 1 == 1 { Arch::Aarch64 } else { Arch::X86_64 };
    let n = u32::from_le_bytes(data[1..5].try_into().unwrap()) as usize;
    let rest = &data[5..];
    let n = n.min(rest.len());
    let (obj, choices) = rest.split_at(n);
    let mut u = Unstructured::new(choices);

    let parsed = ObjectFile::parse("fuzz.o".into(), obj.to_vec(), arch);

    // The layout: the object's sections, each placed or not, in file order at a moving
    // cursor; contents = the section's own bytes (unrelocated), overwritten below.
    let file = object::File::parse(obj).ok();
    let mut sections: Vec<PlacedSection> = Vec::new();
    let mut spans: Vec<(u64, Vec<u8>)> = Vec::new();
    let mut section_addr: BTreeMap<usize, u64> = BTreeMap::new();
    let mut cursor = base(&mut u);
    if let Some(file) = &file {
        for sec in file.sections() {
            let placed = match (flags >> 1) & 3 {
                0 => true,
                1 => u.ratio(7u8, 8u8).unwrap_or(true),
                2 => u.arbitrary::<bool>().unwrap_or(true),
                _ => u.ratio(1u8, 4u8).unwrap_or(false),
            };
            if !placed {
                continue;
            }
            let size = sec.size();
            let align = sec.align().clamp(1, 1 << 16);
            cursor = cursor.wrapping_add(gap(&mut u));
            cursor = cursor.checked_add(align - 1).map_or(cursor, |c| c / align * align);
            let mut placed_size = size;
            if u.ratio(1u8, 32u8).unwrap_or(false) {
                placed_size = u.arbitrary::<u64>().unwrap_or(0) % size.saturating_mul(2).saturating_add(16);
            }
            let mut elf_index = sec.index().0 as u64;
            if u.ratio(1u8, 64u8).unwrap_or(false) {
                elf_index = u.arbitrary::<u64>().unwrap_or(0) % 64;
            }
            sections.push(PlacedSection { elf_index, target_addr: cursor, size: placed_size });
            section_addr.insert(sec.index().0, cursor);
            let mut bytes = sec.data().map(<[u8]>::to_vec).unwrap_or_default();
            bytes.resize(placed_size.min(1 << 20) as usize, 0);
            spans.push((cursor, bytes));
            cursor = cursor.wrapping_add(size);
        }
    }
    // Arbitrary extra sections (duplicates, made-up indices, overlaps).
    for _ in 0..u.int_in_range(0u8..=2).unwrap_or(0) {
        let elf_index = u.int_in_range(0u64..=32).unwrap_or(0);
        let target_addr = base(&mut u);
        let size = u.int_in_range(0u64..=0x2000).unwrap_or(0);
        sections.push(PlacedSection { elf_index, target_addr, size });
    }

    // Symbol values: definitions where their section was placed (plus a drift now and then),
    // imports in a block of their own, now and then unresolved.
    let import_base = base(&mut u);
    let drift = if u.ratio(1u8, 8u8).unwrap_or(false) { gap(&mut u) } else { 0 };
    let mut values: BTreeMap<String, u64> = BTreeMap::new();
    if let Some(file) = &file {
        let mut next_import = import_base;
        for sym in file.symbols() {
            let Ok(name) = sym.name() else { continue };
            if name.is_empty() || values.contains_key(name) {
                continue;
            }
            let value = match sym.section_index().and_then(|i| section_addr.get(&i.0)) {
                Some(&at) => at.wrapping_add(sym.address()).wrapping_add(drift),
                None => {
                    next_import = next_import.wrapping_add(16);
                    next_import
                }
            };
            if !u.ratio(1u8, 16u8).unwrap_or(false) {
                values.insert(name.to_string(), value);
            }
        }
    }

    // GOT: a block of slots holding symbol values (some corrupted), as a backend's GOT.
    let mut gots = Vec::new();
    let mut object_gots = Vec::new();
    if u.ratio(3u8, 4u8).unwrap_or(true) {
        let got_at = cursor.wrapping_add(gap(&mut u)) & !7;
        let mut got = Vec::new();
        for &v in values.values() {
            let v = if u.ratio(1u8, 16u8).unwrap_or(false) { u.arbitrary::<u64>().unwrap_or(v) } else { v };
            got.extend_from_slice(&v.to_le_bytes());
        }
        let end = got_at.wrapping_add(got.len() as u64);
        if end >= got_at {
            gots.push(got_at..end);
            object_gots.push(got_at..end);
            spans.push((got_at, got));
        }
    }
    if u.ratio(1u8, 16u8).unwrap_or(false) {
        let a = u.arbitrary::<u64>().unwrap_or(0);
        // Bounded: the auditor walks every slot of a GOT region (see the report on a 2^64 one).
        let b = a.saturating_add(u.int_in_range(0u64..=0x1_0000).unwrap_or(0));
        object_gots.push(a..b);
        gots.push(b..a);
    }

    // Patches over the linked bytes: fixup fields rewritten with arbitrary values.
    let patches = u.int_in_range(0u16..=256).unwrap_or(0);
    for _ in 0..patches {
        if spans.is_empty() || u.is_empty() {
            break;
        }
        let s = u.choose_index(spans.len()).unwrap_or(0);
        let len = spans[s].1.len();
        if len == 0 {
            continue;
        }
        let at = u.choose_index(len).unwrap_or(0);
        let width = [1usize, 4, 8][u.choose_index(3).unwrap_or(1)];
        let v = u.arbitrary::<u64>().unwrap_or(0).to_le_bytes();
        let end = (at + width).min(len);
        spans[s].1[at..end].copy_from_slice(&v[..end - at]);
    }
    // Stubs and extra memory: arbitrary bytes somewhere (possibly near the code).
    for _ in 0..u.int_in_range(0u8..=3).unwrap_or(0) {
        let at = if u.arbitrary::<bool>().unwrap_or(false) { cursor.wrapping_add(gap(&mut u)) } else { base(&mut u) };
        let len = u.int_in_range(0usize..=256).unwrap_or(0);
        let bytes = u.bytes(len.min(u.len())).unwrap_or(&[]).to_vec();
        if at.checked_add(bytes.len() as u64).is_some() {
            spans.push((at, bytes));
        }
    }
    spans.retain(|(at, b)| at.checked_add(b.len() as u64).is_some());

    let memory = FuzzMemory { spans, gots, object_gots };
    let symbols = |name: &str| values.get(name).copied();
    let input = ObjectAudit { object_id: 0, object: "fuzz.o", bytes: obj, arch, sections: &sections, memory: &memory, symbols: &symbols };
    if let Ok(report) = audit::audit_object(&input) {
        let file = file.as_ref().expect("audit_object returned Ok for bytes the object crate cannot parse");
        check_report(&report, object_relocations(file), "object crate count");
        if let Ok(parsed) = &parsed {
            check_report(&report, parsed.relocations as u64, "ObjectFile::parse count");
        }
    }
    if let Ok(parsed) = &parsed {
        let _ = parsed.relocation_summary(arch);
    }
}

fuzz_target!(|data: &[u8]| run(data));
