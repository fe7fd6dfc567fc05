//! What this build's LLVM offers that the harness branches on. The shim's
//! `cpp/include/jitharness/llvm_compat.h` decides each capability once, from the LLVM
//! headers it is compiled against; Rust asks [`caps`] and never compares version numbers
//! (`compile::llvm_major()` stays a recorded fact for reports and messages).

pub use super::bridge::ffi::Capabilities;
use std::fmt;
use std::sync::OnceLock;

/// This build's capabilities.
pub fn caps() -> &'static Capabilities {
    static CAPS: OnceLock<Capabilities> = OnceLock::new();
    CAPS.get_or_init(super::bridge::ffi::capabilities)
}

impl Capabilities {
    /// Every capability: its name, whether this LLVM has it, and what depends on it.
    pub fn list(&self) -> [(&'static str, bool, &'static str); 6] {
        [
            ("reserve-alloc", self.reserve_alloc, "SectionMemoryManager's ReserveAlloc: rtdyld-reserve"),
            (
                "slab-memory-manager",
                self.slab_memory_manager,
                "MapperJITLinkMemoryManager with a reservation size: jitlink-slab is LLVM's slab",
            ),
            ("memory-mapper", self.memory_mapper, "orc::MemoryMapper: jitlink-slab in cross mode"),
            ("opaque-pointers", self.opaque_pointers, "IR text with `ptr`"),
            (
                "debug-objects-without-dwarf",
                self.debug_objects_without_dwarf,
                "JITLink's debug-object plugin registers objects without DWARF: --debugger on JITLink backends",
            ),
            ("lower-global-dtors", self.lower_global_dtors, "the new pass manager's lower-global-dtors: --passes lower-global-dtors"),
        ]
    }
}

/// `reserve-alloc no, slab-memory-manager yes, ...`, for `--version`-style reports.
impl fmt::Display for Capabilities {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (name, has, _)) in self.list().iter().enumerate() {
            write!(f, "{}{name} {}", if i == 0 { "" } else { ", " }, if *has { "yes" } else { "no" })?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_capability_is_listed_and_shown() {
        let c = caps();
        let shown = c.to_string();
        for (name, has, why) in c.list() {
            assert!(shown.contains(&format!("{name} {}", if has { "yes" } else { "no" })), "{shown}");
            assert!(!why.is_empty(), "{name}");
        }
        assert!(std::ptr::eq(c, caps()), "asked of the shim once");
    }
}
