//! Where in the address space a backend's memory goes (`--placement`).
//!
//! * `natural`: what the OS gives. In process, the stock memory manager's mappings go
//!   through [`Mapper`], which asks the kernel exactly as LLVM's own `sys::Memory` does (a
//!   hint just past the previous block of the same kind, no `MAP_FIXED`).
//! * `scatter`: deterministic worst case. Code goes to one zone and data (read-only,
//!   read-write, the GOT) to another [`SCATTER_GAP`] above it, so code and data of one
//!   object are more than 4 GiB apart (AArch64 ADRP reach) and so more than 2 GiB
//!   (x86-64 PC32 reach).
//! * `fragment`: the seed reproducer's situation, made deterministic. Before the first
//!   object the address space is cut into small holes separated by large reserved blocks
//!   (like the reproducer's gigabyte allocations); the backend then allocates naturally, and
//!   the first object whose sections do not all fit in the current hole spills into the
//!   next one, [`FRAGMENT_BALLAST`] away.
//!
//! In cross mode nothing is mapped at target addresses; [`CrossPlanner`] chooses them with
//! the same geometry.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

const GIB: u64 = 1 << 30;

/// Distance between the code zone and the data zone under `scatter`: above the ±4 GiB of
/// an AArch64 ADRP and the ±2 GiB of an x86-64 32-bit PC-relative fixup.
pub const SCATTER_GAP: u64 = 6 * GIB;

/// Size of each hole `fragment` leaves for the backend.
pub const FRAGMENT_HOLE: u64 = 64 * 1024;

/// Reserved (never committed) block between two holes under `fragment`.
pub const FRAGMENT_BALLAST: u64 = 5 * GIB;

/// Number of holes `fragment` makes.
pub const FRAGMENT_HOLES: u64 = 4;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Placement {
    #[default]
    Natural,
    Scatter,
    Fragment,
}

impl Placement {
    pub const ALL: [Placement; 3] = [Placement::Natural, Placement::Scatter, Placement::Fragment];

    pub fn name(self) -> &'static str {
        match self {
            Placement::Natural => "natural",
            Placement::Scatter => "scatter",
            Placement::Fragment => "fragment",
        }
    }
}

impl fmt::Display for Placement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Placement {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Placement::ALL
            .into_iter()
            .find(|p| p.name() == s)
            .ok_or_else(|| format!("unknown placement `{s}` (known: natural, scatter, fragment)"))
    }
}

/// What a mapping is for, as a memory manager says when it asks for one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Code,
    RoData,
    RwData,
}

/// Chooses target addresses for cross linking, with the geometry of a [`Placement`]: each
/// mapping starts on its own page, as a separate mmap would.
#[derive(Debug)]
pub struct CrossPlanner {
    placement: Placement,
    /// Next free address of the code zone (natural and fragment: of the only zone).
    next_code: u64,
    /// Next free address of the data zone (scatter only).
    next_data: u64,
    /// fragment: end of the current hole.
    hole_end: u64,
}

impl CrossPlanner {
    pub fn new(base: u64, placement: Placement) -> Self {
        CrossPlanner { placement, next_code: base, next_data: base + SCATTER_GAP, hole_end: base + FRAGMENT_HOLE }
    }

    /// Target address for a mapping of `size` bytes aligned to `align`.
    pub fn place(&mut self, size: u64, align: u64, purpose: Purpose) -> u64 {
        let align = align.max(4096);
        let size = size.max(1).div_ceil(4096) * 4096;
        let next = match (self.placement, purpose) {
            (Placement::Scatter, Purpose::RoData | Purpose::RwData) => &mut self.next_data,
            _ => &mut self.next_code,
        };
        let mut addr = next.div_ceil(align) * align;
        if self.placement == Placement::Fragment && addr + size > self.hole_end {
            // Spill into the next hole, past a ballast block.
            let hole = self.hole_end + FRAGMENT_BALLAST;
            addr = hole.div_ceil(align) * align;
            self.hole_end = hole + FRAGMENT_HOLE.max(size);
        }
        *next = addr + size;
        addr
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scatter_puts_code_and_data_more_than_4_gib_apart() {
        let mut p = CrossPlanner::new(0x10_0000_0000, Placement::Scatter);
        let code = p.place(100, 16, Purpose::Code);
        let ro = p.place(100, 16, Purpose::RoData);
        let rw = p.place(5000, 16, Purpose::RwData);
        let code2 = p.place(100, 16, Purpose::Code);
        assert!(ro - code > 4 * GIB && rw - code > 4 * GIB);
        assert_eq!(code2, code + 4096, "code stays packed in its zone");
        assert_eq!(rw, ro + 4096);
    }

    #[test]
    fn fragment_spills_into_the_next_hole_when_the_current_is_full() {
        let mut p = CrossPlanner::new(0x10_0000_0000, Placement::Fragment);
        let first = p.place(4096, 16, Purpose::Code);
        let mut last = first;
        for _ in 1..(FRAGMENT_HOLE / 4096) {
            last = p.place(4096, 16, Purpose::RwData);
        }
        assert_eq!(last, first + FRAGMENT_HOLE - 4096, "the hole is used up page by page");
        let spilled = p.place(4096, 16, Purpose::Code);
        assert!(spilled - last > 4 * GIB);
    }

    #[test]
    fn natural_is_sequential_and_page_aligned() {
        let mut p = CrossPlanner::new(0x1000, Placement::Natural);
        assert_eq!(p.place(1, 1, Purpose::Code), 0x1000);
        assert_eq!(p.place(5000, 8192, Purpose::RwData), 0x2000);
        assert_eq!(p.place(1, 1, Purpose::RoData), 0x4000);
    }
}
