//! Driving the auditor over a live session: every object added in an iteration is audited
//! against the session's layout and memory, fixups the backend did not place as one block
//! are counted as `not-checked` with the reason, and (for `diff`) the linked bytes are kept.

use crate::audit;
use crate::backend::resolve::Resolver;
use crate::backend::LinkBackend;
use crate::error::{Error, Result};
use crate::report::*;
use crate::source::ObjectFile;
use crate::target::Arch;
use std::collections::BTreeSet;

/// Why the audits in `report` fail the job: any fixup out of range or pointing elsewhere.
pub fn audit_failure(report: &LinkReport) -> Option<String> {
    audit_failure_in(&report.audits)
}

/// The same, over `audits`.
pub fn audit_failure_in(audits: &[audit::ObjectAuditReport]) -> Option<String> {
    let bad: u64 = audits.iter().map(|a| a.counts.out_of_range + a.counts.wrong_target).sum();
    let first =
        audits.iter().flat_map(|a| &a.findings).find(|f| matches!(f.verdict, audit::Verdict::OutOfRange | audit::Verdict::WrongTarget))?;
    Some(format!("relocation audit: {bad} fixup{} wrong; first: {}", if bad == 1 { "" } else { "s" }, first))
}

/// Audits `objects`, which the session holds with ids `first_id..` (in the order they were
/// added), and records the results in `report`.
pub(crate) fn audit_objects(
    session: &dyn LinkBackend,
    resolver: &Resolver,
    arch: Arch,
    first_id: usize,
    objects: &[&ObjectFile],
    contents: bool,
    report: &mut LinkReport,
) -> Result<()> {
    let layout = session.layout();
    audit_each(session, resolver, arch, first_id, objects, |id, obj, sections, memory, r| {
        report.audits.push(r);
        if contents {
            record_contents(obj, id, arch, sections, layout, memory, report);
        }
    })
}

/// Audits `objects` (session ids `first_id..`) and hands each complete audit to `each`, with
/// the object's placed sections and the session's memory: every relocation of every object
/// has exactly one verdict, or this fails naming the object.
pub(crate) fn audit_each(
    session: &dyn LinkBackend,
    resolver: &Resolver,
    arch: Arch,
    first_id: usize,
    objects: &[&ObjectFile],
    mut each: impl FnMut(u32, &ObjectFile, &[audit::PlacedSection], &dyn audit::Memory, audit::ObjectAuditReport),
) -> Result<()> {
    let layout = session.layout();
    let imports = resolver.resolved();
    let symbols = |name: &str| session.lookup(name).map(|a| a.target).or_else(|| imports.get(name).map(|(a, _)| *a));
    // SAFETY: every row of `layout` describes memory of `session`, which is alive and
    // finalized (readable) for the whole audit; nothing writes to it meanwhile.
    let memory = unsafe { audit::LayoutMemory::new(layout) };
    for (i, obj) in objects.iter().enumerate() {
        let id = (first_id + i) as u32;
        let sections = audit::placed_sections(layout, id);
        let input = audit::ObjectAudit {
            object_id: id,
            object: &obj.name,
            bytes: &obj.bytes,
            arch,
            sections: &sections,
            memory: &memory,
            symbols: &symbols,
        };
        let mut r = audit::audit_object(&input).map_err(|e| Error::Audit(e.to_string()))?;
        explain_split_sections(id, layout, &mut r);
        check_complete(obj, &r)?;
        each(id, obj, &sections, &memory, r);
    }
    Ok(())
}

/// Relocations of sections the backend loaded but not as one block (JITLink splits
/// `.eh_frame` into CIE/FDE blocks and may reorder them): the auditor found no single
/// placement for them and counted them `not-checked` as "not loaded"; this says why
/// instead. Nothing is added: every relocation already has its one verdict.
fn explain_split_sections(id: u32, layout: &[crate::backend::layout::SectionLayout], r: &mut audit::ObjectAuditReport) {
    let split: BTreeSet<&str> =
        layout.iter().filter(|l| l.object_id == id && l.elf_section.is_none()).map(|l| l.section.as_str()).collect();
    for f in r.findings.iter_mut().filter(|f| f.verdict == audit::Verdict::NotChecked && split.contains(f.section.as_str())) {
        if f.detail.ends_with("was not loaded by the backend") {
            f.compared = "nothing".into();
            f.detail = format!(
                "the backend split {} into several blocks (JITLink does for .eh_frame): no single address for this offset",
                f.section
            );
        }
    }
}

/// Fails when the report of `obj` does not account for each of its relocations once.
fn check_complete(obj: &ObjectFile, r: &audit::ObjectAuditReport) -> Result<()> {
    r.check_complete(obj.relocations as u64).map_err(|m| Error::Audit(format!("auditing {}: {m}", obj.name)))
}

/// Adds the linked bytes of `obj`'s placed sections to `report.contents`.
fn record_contents(
    obj: &ObjectFile,
    id: u32,
    arch: Arch,
    sections: &[audit::PlacedSection],
    layout: &[crate::backend::layout::SectionLayout],
    memory: &dyn audit::Memory,
    report: &mut LinkReport,
) {
    use object::{Object, ObjectSection};
    let Ok(file) = object::File::parse(&*obj.bytes) else { return };
    for placed in sections {
        let Ok(section) = file.section_by_index(object::SectionIndex(placed.elf_index as usize)) else { continue };
        // Only sections with bytes in the object (not .bss), as large as the object says.
        if section.kind() == object::SectionKind::UninitializedData || placed.size != section.size() {
            continue;
        }
        let mut bytes = vec![0u8; placed.size as usize];
        if !memory.read(placed.target_addr, &mut bytes) {
            continue;
        }
        let fields = section.relocations().map(|(offset, r)| relocation_field(arch, offset, &r)).collect();
        let name = layout
            .iter()
            .find(|l| l.object_id == id && l.elf_section == Some(placed.elf_index))
            .map(|l| l.section.clone())
            .unwrap_or_default();
        report.contents.push(SectionContents {
            object_id: id,
            object: obj.name.clone(),
            elf_section: placed.elf_index,
            section: name,
            target_addr: placed.target_addr,
            hex: bytes.iter().map(|b| format!("{b:02x}")).collect(),
            fields,
        });
    }
}

/// The bytes a relocation at `offset` may rewrite: its field (at least a whole instruction
/// on AArch64), and on x86-64 the opcode bytes before a relaxable GOT load.
fn relocation_field(arch: Arch, offset: u64, r: &object::Relocation) -> (u64, u64) {
    let bytes = (r.size() as u64).div_ceil(8);
    match (arch, r.flags()) {
        // R_X86_64_GOTPCRELX, R_X86_64_REX_GOTPCRELX: `mov` may become `lea`, `call *` a `call`.
        (Arch::X86_64, object::RelocationFlags::Elf { r_type: 41 | 42 }) => (offset.saturating_sub(3), 4 + offset.min(3)),
        (Arch::X86_64, _) => (offset, if bytes == 0 { 4 } else { bytes }),
        (Arch::Aarch64, _) => (offset, bytes.max(4)),
    }
}
