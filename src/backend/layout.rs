//! Where every section of every object landed: host address (where the harness wrote it)
//! and target address (where the code will run; equal to the host address unless cross
//! linking).

use serde::{Deserialize, Serialize};
use std::fmt::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    Code,
    RoData,
    RwData,
    Got,
    Stubs,
}

impl SectionKind {
    pub fn name(self) -> &'static str {
        match self {
            SectionKind::Code => "code",
            SectionKind::RoData => "ro-data",
            SectionKind::RwData => "rw-data",
            SectionKind::Got => "got",
            SectionKind::Stubs => "stubs",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionLayout {
    /// Index of the object in the session, in the order objects were added (the same as
    /// its index in the report's `objects`).
    pub object_id: u32,
    pub object: String,
    /// The ELF section index in the object this row holds, when it holds one (stubs, the
    /// GOT and common symbols are the linker's own and have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elf_section: Option<u64>,
    pub section: String,
    pub kind: SectionKind,
    pub size: u64,
    pub align: u64,
    pub host_addr: u64,
    pub target_addr: u64,
}

/// The human table for a layout.
pub fn table(sections: &[SectionLayout]) -> String {
    let ow = sections.iter().map(|s| s.object.len()).max().unwrap_or(6).max(6);
    let sw = sections.iter().map(|s| s.section.len()).max().unwrap_or(7).max(7);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:ow$}  {:sw$}  {:7}  {:>10}  {:>6}  {:>18}  {:>18}",
        "object", "section", "kind", "size", "align", "host", "target"
    );
    for s in sections {
        let _ = writeln!(
            out,
            "{:ow$}  {:sw$}  {:7}  {:>10}  {:>6}  {:>#18x}  {:>#18x}",
            s.object,
            s.section,
            s.kind.name(),
            s.size,
            s.align,
            s.host_addr,
            s.target_addr
        );
    }
    out
}

/// Largest distance between the lowest and the highest byte of the given sections.
pub fn span(sections: &[SectionLayout]) -> u64 {
    let lo = sections.iter().map(|s| s.target_addr).min().unwrap_or(0);
    let hi = sections.iter().map(|s| s.target_addr + s.size).max().unwrap_or(0);
    hi.saturating_sub(lo)
}
