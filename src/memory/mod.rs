//! JIT memory beside the linkers. Knows nothing about LLVM.
//!
//! * `sys`: every system call (mmap, mprotect, munmap, madvise), nothing else;
//! * `placement`: where in-process mappings go (`--placement`), behind [`placement::Mapper`];
//! * `cross`: target addresses for cross mode, with the same geometry;
//! * `graphs`: placement for a memory manager that maps each JITLink graph itself;
//! * `slab`: the Rust slab `rtdyld-rust` and `jitlink-rust` allocate from.

pub mod cross;
pub mod graphs;
pub mod placement;
pub mod slab;
pub mod sys;

use serde::{Deserialize, Serialize};

/// What a piece of JIT memory is for: the three kinds every memory manager (LLVM's and
/// ours) tells apart, because each ends with its own protection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Read + execute once finalized.
    Code,
    /// Read-only once finalized.
    RoData,
    /// Read + write.
    RwData,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Code, Kind::RoData, Kind::RwData];

    /// Position in per-kind arrays (`ALL`'s order).
    pub(crate) fn index(self) -> usize {
        match self {
            Kind::Code => 0,
            Kind::RoData => 1,
            Kind::RwData => 2,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Code => "code",
            Kind::RoData => "ro-data",
            Kind::RwData => "rw-data",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
