//! `jitlink-default` in process: placement for a memory manager that maps each JITLink graph
//! itself (LLVM's `InProcessMemoryManager`, one `mmap` per graph, no address hint).
//!
//! Nothing can tell that memory manager where to map, so [`GraphSpacer`] works the way the
//! rest of a real process does: it occupies address space before a graph is mapped. Under
//! `scatter`, just before each graph is mapped every free gap within [`SCATTER_GAP`] of an
//! earlier graph is reserved (inaccessible, nothing committed: address space only, as a
//! big numpy array or another library's heap would hold it), so the kernel must put the
//! new graph at least that far from all of them — beyond an AArch64 ADRP's ±4 GiB and an
//! x86-64 32-bit displacement's ±2 GiB. The free gaps are read from `/proc/self/maps`
//! (under qemu-user, the guest's). Where each graph landed, and how far from the nearest
//! earlier one, is recorded for the report: the spacing is measured, not assumed.
//!
//! `natural` changes nothing; `fragment` is cut by the session's [`Mapper`] as for every
//! backend.
//!
//! [`Mapper`]: crate::memory::placement::Mapper

use crate::memory::placement::{Placement, GIB, SCATTER_GAP};
use crate::memory::sys::{self, page_size, Errno};
use std::sync::Mutex;

/// Address space `scatter` may reserve in all for one session: the guest of qemu-user has
/// 64 GiB in all here (`QEMU_RESERVED_VA`). Graphs mapped once it is spent are not spaced,
/// and the notes say from which graph on.
pub const SPACER_BUDGET: u64 = 32 * GIB;

/// Where one graph's mapping landed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GraphMapping {
    pub graph: String,
    pub lo: u64,
    pub hi: u64,
    /// Distance to the nearest earlier graph (none for the first).
    pub nearest: Option<u64>,
}

#[derive(Debug, Default)]
struct State {
    graphs: Vec<GraphMapping>,
    /// Reservations standing for the rest of the process (address, size).
    fillers: Vec<(u64, u64)>,
    reserved: u64,
    mmap_calls: u64,
    /// The first graph the budget left unspaced.
    budget_spent_at: Option<String>,
}

#[derive(Debug)]
pub struct GraphSpacer {
    placement: Placement,
    state: Mutex<State>,
}

impl GraphSpacer {
    pub fn new(placement: Placement) -> GraphSpacer {
        GraphSpacer { placement, state: Mutex::default() }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Just before `graph` is mapped.
    ///
    /// # Errors
    /// `/proc/self/maps` cannot be read.
    pub fn before_graph(&self, graph: &str) -> Result<(), String> {
        if self.placement != Placement::Scatter {
            return Ok(());
        }
        let mut st = self.lock();
        if st.graphs.is_empty() || st.budget_spent_at.is_some() {
            return Ok(());
        }
        let maps = std::fs::read_to_string("/proc/self/maps").map_err(|e| format!("reading /proc/self/maps: {e}"))?;
        let mapped = parse_maps(&maps);
        let zones = merge(st.graphs.iter().map(|g| (g.lo.saturating_sub(SCATTER_GAP), g.hi.saturating_add(SCATTER_GAP))).collect());
        let page = page_size();
        for (lo, hi) in free_parts(&zones, &mapped) {
            let (lo, hi) = (lo.div_ceil(page) * page, hi / page * page);
            if hi <= lo.max(page) {
                continue;
            }
            if st.reserved + (hi - lo) > SPACER_BUDGET {
                st.budget_spent_at = Some(graph.to_string());
                return Ok(());
            }
            reserve_prefix(&mut st, lo, hi);
        }
        Ok(())
    }

    /// `graph`'s mapping spans `[lo, hi)`.
    pub fn mapped(&self, graph: &str, lo: u64, hi: u64) {
        let mut st = self.lock();
        let nearest = st.graphs.iter().map(|g| if lo >= g.hi { lo - g.hi } else { g.lo.saturating_sub(hi) }).min();
        st.graphs.push(GraphMapping { graph: graph.to_string(), lo, hi, nearest });
    }

    pub fn graphs(&self) -> Vec<GraphMapping> {
        self.lock().graphs.clone()
    }

    /// Address space reserved in place of the rest of the process, and the mmap calls for it.
    pub fn reserved(&self) -> (u64, u64) {
        let st = self.lock();
        (st.reserved, st.mmap_calls)
    }

    /// What the placement did, for reports.
    pub fn describe(&self) -> Vec<String> {
        let st = self.lock();
        let mut notes = Vec::new();
        match self.placement {
            Placement::Natural => notes.push("placement natural: each graph mapped where the kernel puts it".into()),
            Placement::Fragment => {}
            Placement::Scatter => {
                notes.push(format!(
                    "placement scatter: before each graph was mapped, the free address space within {} GiB of every earlier graph \
                     was reserved ({:#x} bytes in {} reservations, inaccessible, nothing committed), as other allocations of a \
                     process would hold it",
                    SCATTER_GAP >> 30,
                    st.reserved,
                    st.fillers.len()
                ));
                if let Some(g) = &st.budget_spent_at {
                    notes.push(format!(
                        "placement scatter: graphs from {g} on were mapped without spacing: the {} GiB reservation budget was spent",
                        SPACER_BUDGET >> 30
                    ));
                }
            }
        }
        if st.graphs.len() > 1 {
            let min = st.graphs.iter().filter_map(|g| g.nearest).min().unwrap_or(0);
            notes.push(format!(
                "graph mappings: {} graphs; the closest two are {min:#x} bytes ({:.1} GiB) apart",
                st.graphs.len(),
                min as f64 / GIB as f64
            ));
        }
        notes
    }
}

/// Reserves as much of `[lo, hi)` from `lo` up as the address space has (the top of a
/// qemu-user guest's space ends a gap without being a mapping).
fn reserve_prefix(st: &mut State, lo: u64, hi: u64) {
    let page = page_size();
    let mut size = hi - lo;
    while size >= page {
        st.mmap_calls += 1;
        match sys::reserve_exactly(lo, size) {
            Ok(a) => {
                st.fillers.push((a, size));
                st.reserved += size;
                return;
            }
            Err(Errno(_)) => size = (size / 2) / page * page,
        }
    }
}

impl Drop for GraphSpacer {
    fn drop(&mut self) {
        for (a, s) in std::mem::take(&mut self.lock().fillers) {
            // SAFETY: each filler is a reservation this spacer made; nothing was ever placed in it.
            let _ = unsafe { sys::unmap(a, s) };
        }
    }
}

/// The mapped ranges of a `/proc/<pid>/maps` text, sorted.
fn parse_maps(text: &str) -> Vec<(u64, u64)> {
    let mut v: Vec<(u64, u64)> = text
        .lines()
        .filter_map(|l| {
            let range = l.split_whitespace().next()?;
            let (a, b) = range.split_once('-')?;
            Some((u64::from_str_radix(a, 16).ok()?, u64::from_str_radix(b, 16).ok()?))
        })
        .collect();
    v.sort_unstable();
    v
}

/// Overlapping or touching ranges joined, sorted.
fn merge(mut v: Vec<(u64, u64)>) -> Vec<(u64, u64)> {
    v.sort_unstable();
    let mut out: Vec<(u64, u64)> = Vec::new();
    for (lo, hi) in v {
        match out.last_mut() {
            Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
            _ => out.push((lo, hi)),
        }
    }
    out
}

/// The parts of `zones` that no range of `mapped` (sorted) covers.
fn free_parts(zones: &[(u64, u64)], mapped: &[(u64, u64)]) -> Vec<(u64, u64)> {
    let mut out = Vec::new();
    for &(zlo, zhi) in zones {
        let mut cursor = zlo;
        for &(mlo, mhi) in mapped {
            if mhi <= cursor || mlo >= zhi {
                continue;
            }
            if mlo > cursor {
                out.push((cursor, mlo));
            }
            cursor = cursor.max(mhi);
        }
        if cursor < zhi {
            out.push((cursor, zhi));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_parts_are_the_zones_minus_the_mappings() {
        let zones = merge(vec![(100, 200), (150, 300), (500, 600)]);
        assert_eq!(zones, vec![(100, 300), (500, 600)]);
        let mapped = vec![(50, 120), (180, 190), (290, 510)];
        assert_eq!(free_parts(&zones, &mapped), vec![(120, 180), (190, 290), (510, 600)]);
    }

    #[test]
    fn maps_lines_parse() {
        let text =
            "00400000-00452000 r-xp 00000000 08:02 173521      /usr/bin/dbus-daemon\n7f0000000000-7f0000001000 ---p 00000000 00:00 0\n";
        assert_eq!(parse_maps(text), vec![(0x400000, 0x452000), (0x7f00_0000_0000, 0x7f00_0000_1000)]);
    }
}
