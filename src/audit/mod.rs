//! The relocation auditor: an independent check of what a backend linked.
//!
//! For every relocation of a linked object it decodes what the linked instruction or data
//! word really points to (reading the linked bytes) and compares that with where the
//! relocation says it must point (symbol + addend; through the GOT slot and its contents
//! for GOT forms; through a stub and the stub's final target for calls that went through
//! one). No LLVM is involved: the object is read with the `object` crate, the addresses come
//! from the session's layout and symbol table.
//!
//! INTERFACE (fixed; the implementation fills in the bodies).

use crate::target::Arch;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Range;

mod aarch64;
mod check;
pub mod driver;
mod elf;
mod ifunc;
mod memory;
mod render;
mod x86_64;

pub use memory::{placed_sections, LayoutMemory};
pub use render::findings_table;

/// Reads linked bytes by *target* address (section contents, stubs, GOT slots).
pub trait Memory {
    /// Fills `buf` from `target_addr`; false when any byte is outside known memory.
    fn read(&self, target_addr: u64, buf: &mut [u8]) -> bool;

    /// Target address ranges of the linker's own pointer tables (GOTs), where the auditor
    /// looks for the slot that holds a symbol's address when the code's own reference to
    /// its slot is broken (a truncated ADRP or disp32 says nothing about where the slot
    /// really is). Default: none known.
    fn got_regions(&self) -> Vec<Range<u64>> {
        Vec::new()
    }

    /// Target address ranges of the GOT(s) the backend made for object `object_id` (empty
    /// ones included: a GOT-relative reference with no GOT entry still gets a GOT). Its
    /// lowest address is the object's GOT base (`_GLOBAL_OFFSET_TABLE_`): where RuntimeDyld
    /// puts the object's `.got` and where JITLink defines the symbol (the start of its GOT
    /// section). Default: none known, and GOT-relative forms are `not-checked`.
    fn object_gots(&self, object_id: u32) -> Vec<Range<u64>> {
        let _ = object_id;
        Vec::new()
    }
}

/// Where one ELF section of the audited object was placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlacedSection {
    pub elf_index: u64,
    pub target_addr: u64,
    pub size: u64,
}

/// Everything the auditor needs for one object.
pub struct ObjectAudit<'a> {
    /// Index of the object in the session (as in `SectionLayout::object_id`).
    pub object_id: u32,
    /// Name used in findings.
    pub object: &'a str,
    /// The relocatable ELF object as it was given to the backend.
    pub bytes: &'a [u8],
    pub arch: Arch,
    /// Where its loaded sections are; sections not listed were not loaded.
    pub sections: &'a [PlacedSection],
    /// The linked memory of the whole session.
    pub memory: &'a dyn Memory,
    /// Final target address of a global (or weak/common) symbol as the session resolved
    /// it: a definition in some object, or an import.
    pub symbols: &'a dyn Fn(&str) -> Option<u64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Ok,
    OutOfRange,
    WrongTarget,
    NotChecked,
}

/// One checked fixup that is not `ok` (or any fixup, when all are asked for).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub verdict: Verdict,
    pub object: String,
    /// Name of the section the fixup is in, and the offset in it.
    pub section: String,
    pub offset: u64,
    /// e.g. `R_AARCH64_ADR_PREL_PG_HI21`, `R_X86_64_GOTPCREL`.
    pub reloc_type: String,
    pub symbol: String,
    pub addend: i64,
    /// Target address of the fixup site.
    pub site: u64,
    /// What the fixed-up field must encode / point to (for page forms the page, for
    /// low-12 forms the low bits; `compared` says which).
    pub expected: Option<u64>,
    /// What it does encode / point to.
    pub actual: Option<u64>,
    /// Distance the field has to span (target − site, in the relocation's own terms).
    pub delta: Option<i64>,
    /// The range the field can span, inclusive.
    pub range: Option<(i64, i64)>,
    /// What was compared: "address", "page", "lo12", "g1", "got-slot", ...
    pub compared: String,
    /// The indirection taken, e.g. "GOT slot 0x…" or "stub 0x… → 0x…".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// Human explanation (always set for not-checked: the reason).
    pub detail: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerdictCounts {
    pub ok: u64,
    pub out_of_range: u64,
    pub wrong_target: u64,
    pub not_checked: u64,
}

/// The audit of one linked object.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectAuditReport {
    pub object_id: u32,
    pub object: String,
    /// Number of relocations examined (every relocation of every loaded section).
    pub fixups: u64,
    pub counts: VerdictCounts,
    /// Per relocation type name.
    pub by_type: BTreeMap<String, VerdictCounts>,
    /// Every fixup whose verdict is not `ok`.
    pub findings: Vec<Finding>,
}

/// Why an object could not be audited at all.
#[derive(Debug, thiserror::Error)]
#[error("auditing {object}: {message}")]
pub struct AuditError {
    pub object: String,
    pub message: String,
}

/// Audits one linked object.
///
/// The ELF name of relocation type `t` for `arch` (`R_AARCH64_ADR_GOT_PAGE`), or a
/// description naming the number when it has none here.
pub fn relocation_name(arch: Arch, t: u32) -> String {
    elf::type_name(arch, t)
}

/// Every relocation of the object gets exactly one verdict: relocations of sections the
/// backend did not load, of a big-endian object, or of a type not decoded here are
/// `not-checked` with the reason, never left out.
///
/// # Errors
/// [`AuditError`] when the object as a whole cannot be read: not a 64-bit ELF relocatable
/// object for `input.arch`, or unreadable section/symbol tables; and when the report would
/// not account for every relocation of the object (the verdicts, and the per-type counts,
/// must add up to the number of relocations `object` counts in it). A problem with a single
/// relocation (offset beyond its section, symbol index out of range, type not decoded,
/// bytes unreadable) is a `not-checked` finding instead.
pub fn audit_object(input: &ObjectAudit<'_>) -> Result<ObjectAuditReport, AuditError> {
    elf::audit(input)
}

impl VerdictCounts {
    fn add(&mut self, v: Verdict) {
        match v {
            Verdict::Ok => self.ok += 1,
            Verdict::OutOfRange => self.out_of_range += 1,
            Verdict::WrongTarget => self.wrong_target += 1,
            Verdict::NotChecked => self.not_checked += 1,
        }
    }

    /// Number of fixups counted.
    pub fn total(&self) -> u64 {
        self.ok + self.out_of_range + self.wrong_target + self.not_checked
    }
}

impl Verdict {
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::OutOfRange => "out-of-range",
            Verdict::WrongTarget => "wrong-target",
            Verdict::NotChecked => "not-checked",
        }
    }
}

impl ObjectAuditReport {
    /// Checks that the report accounts for `relocations` relocations: the verdict counts,
    /// `fixups` and the per-type counts all add up to it. The message says what differs.
    pub fn check_complete(&self, relocations: u64) -> Result<(), String> {
        let by_type: u64 = self.by_type.values().map(VerdictCounts::total).sum();
        let findings = self.findings.iter().filter(|f| f.verdict != Verdict::Ok).count() as u64;
        let not_ok = self.counts.out_of_range + self.counts.wrong_target + self.counts.not_checked;
        if self.counts.total() == relocations && self.fixups == relocations && by_type == relocations && findings == not_ok {
            return Ok(());
        }
        Err(format!(
            "the audit does not account for every relocation: the object has {relocations}, the report counts {} fixups, \
             {} verdicts ({} ok, {} out-of-range, {} wrong-target, {} not-checked), {by_type} by type and {findings} non-ok findings",
            self.fixups,
            self.counts.total(),
            self.counts.ok,
            self.counts.out_of_range,
            self.counts.wrong_target,
            self.counts.not_checked
        ))
    }

    /// Findings of one verdict.
    pub fn with_verdict(&self, v: Verdict) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.verdict == v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(ok: u64, nc: u64, by_type: &[(&str, u64)], findings: usize) -> ObjectAuditReport {
        let finding = Finding {
            verdict: Verdict::NotChecked,
            object: "o".into(),
            section: ".text".into(),
            offset: 0,
            reloc_type: "R_X86_64_PC32".into(),
            symbol: "s".into(),
            addend: 0,
            site: 0,
            expected: None,
            actual: None,
            delta: None,
            range: None,
            compared: String::new(),
            via: None,
            detail: "why".into(),
        };
        ObjectAuditReport {
            object_id: 0,
            object: "o".into(),
            fixups: ok + nc,
            counts: VerdictCounts { ok, not_checked: nc, ..VerdictCounts::default() },
            by_type: by_type.iter().map(|(n, c)| (n.to_string(), VerdictCounts { ok: *c, ..VerdictCounts::default() })).collect(),
            findings: vec![finding; findings],
        }
    }

    #[test]
    fn completeness_invariant() {
        assert!(report(3, 1, &[("A", 2), ("B", 2)], 1).check_complete(4).is_ok(), "everything adds up");
        let e = report(3, 1, &[("A", 2), ("B", 2)], 1).check_complete(6).unwrap_err();
        assert!(e.contains("the object has 6") && e.contains("4 fixups"), "fewer verdicts than relocations: {e}");
        assert!(report(3, 1, &[("A", 3)], 1).check_complete(4).is_err(), "by_type short of the total");
        assert!(report(3, 1, &[("A", 4)], 0).check_complete(4).is_err(), "a non-ok verdict without its finding");
    }
}
