//! Static constructors and destructors: the harness runs the tables the linkers placed, as an
//! engine's platform does (MCJIT's `runStaticConstructorsDestructors`, ORC's initializers).
//!
//! The compiler puts `llvm.global_ctors` / `llvm.global_dtors` into `.init_array[.P]` /
//! `.fini_array[.P]` or, as LLVM's default target machine does, `.ctors[.Q]` / `.dtors[.Q]`
//! (Q = 65535 − priority): sections of function pointers. After an iteration is linked, its
//! constructors run lowest priority first (`.init_array` tables in order, `.ctors` tables from
//! their end, as a C runtime runs them); when the session ends, every live object's
//! destructors run the other way round, newest object first. RuntimeDyld loads these sections
//! like any other; JITLink would dead-strip them (no symbol refers to them), so the shim keeps
//! them live, as ORC's ELF platform does. Nothing runs in cross mode.

use crate::backend::layout::SectionLayout;
use std::cmp::Reverse;

/// A table of one object: where it is, and in what order it runs relative to the others.
#[derive(Debug, PartialEq, Eq)]
struct Table {
    /// Sort key: priority (lower runs first for constructors).
    priority: u32,
    /// `.ctors`/`.dtors`: entries run from the end.
    backwards: bool,
    host_addr: u64,
    size: u64,
}

/// Whether `section` is a constructor table, or a destructor table, and its priority.
fn classify(section: &str) -> Option<(bool, u32, bool)> {
    let (ctor, rest, legacy) = if let Some(r) = section.strip_prefix(".init_array") {
        (true, r, false)
    } else if let Some(r) = section.strip_prefix(".fini_array") {
        (false, r, false)
    } else if let Some(r) = section.strip_prefix(".ctors") {
        (true, r, true)
    } else if let Some(r) = section.strip_prefix(".dtors") {
        (false, r, true)
    } else {
        return None;
    };
    let priority = match rest.strip_prefix('.') {
        None if rest.is_empty() => 65535,
        Some(n) => {
            let n: u32 = n.parse().ok()?;
            if legacy {
                65535u32.checked_sub(n)?
            } else {
                n
            }
        }
        None => return None,
    };
    Some((ctor, priority, legacy))
}

/// The constructor (`ctors`) or destructor tables of object `object`, in the order they run.
fn tables(layout: &[SectionLayout], object: u32, ctors: bool) -> Vec<Table> {
    let mut v: Vec<Table> = layout
        .iter()
        .filter(|r| r.object_id == object)
        .filter_map(|r| {
            let (is_ctor, priority, legacy) = classify(&r.section)?;
            (is_ctor == ctors).then_some(Table { priority, backwards: legacy, host_addr: r.host_addr, size: r.size })
        })
        .collect();
    if ctors {
        v.sort_by_key(|t| t.priority);
    } else {
        v.sort_by_key(|t| Reverse(t.priority));
    }
    v
}

/// The function pointers of object `object`'s constructors or destructors, in the order
/// they run. Reads the linked tables: `layout` must be the session's live layout, in this
/// process.
pub(crate) fn entries(layout: &[SectionLayout], object: u32, ctors: bool) -> Vec<u64> {
    let mut out = Vec::new();
    for t in tables(layout, object, ctors) {
        let n = (t.size / 8) as usize;
        // SAFETY: the table is a section of a live object of this session, linked and
        // finalized in this process (the layout holds only live objects' rows): `size` bytes
        // at `host_addr` are mapped and readable. Its entries are 8-byte words, possibly
        // unaligned in a packed table, hence read_unaligned.
        let words: Vec<u64> = (0..n).map(|i| unsafe { std::ptr::read_unaligned((t.host_addr as usize as *const u64).add(i)) }).collect();
        let (forward, backward): (Vec<u64>, Vec<u64>) = (words.clone(), words.into_iter().rev().collect());
        let run = if t.backwards == ctors { backward } else { forward };
        out.extend(run.into_iter().filter(|&p| p != 0 && p != u64::MAX));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_names_give_kind_and_priority() {
        assert_eq!(classify(".init_array.100"), Some((true, 100, false)));
        assert_eq!(classify(".init_array"), Some((true, 65535, false)));
        assert_eq!(classify(".ctors.65435"), Some((true, 100, true)));
        assert_eq!(classify(".dtors"), Some((false, 65535, true)));
        assert_eq!(classify(".fini_array.7"), Some((false, 7, false)));
        assert_eq!(classify(".ctorsx"), None);
        assert_eq!(classify(".text"), None);
    }
}
