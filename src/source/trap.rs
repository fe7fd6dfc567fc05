//! Trap stubs (`--stub-unresolved`): for each unresolved symbol, a few instructions in the
//! harness's own memory that call `jitharness_trap("name")`, which ends the job naming the
//! symbol.
//!
//! They are not objects: a backend sees each one as an external symbol at an address, like
//! any function of the process, so no verdict is ever about a harness-made object and no
//! backend can reject one (LLVM 14's JITLink rejected the MOVW relocations of a compiled
//! stub on AArch64). Only in-process links need them: a cross link gives every external
//! symbol a synthetic address anyway.

use crate::memory::sys::{self, Commit, Prot};
use crate::target::Arch;
use std::ffi::CString;

/// Bytes per stub: the code, then (AArch64) its two literals.
const STUB: usize = 32;

/// One mapping of stubs, unmapped when dropped.
#[derive(Debug)]
pub(crate) struct TrapStubs {
    base: u64,
    len: u64,
    /// The names the stubs pass, kept alive as long as the stubs can run.
    _names: Vec<CString>,
    /// Symbol → stub address.
    pub(crate) addresses: Vec<(String, u64)>,
}

impl TrapStubs {
    /// Stubs for `names` on this process's architecture, each calling `trap(name)`.
    pub(crate) fn new(names: &[String], trap: u64) -> Result<TrapStubs, String> {
        let len = Self::len_for(names.len());
        let base = sys::map(0, len, Prot::READ_WRITE, Commit::Normal).map_err(|e| format!("mapping trap stubs: {e}"))?;
        Self::fill(base, len, names, trap)
    }

    /// Bytes of the mapping for `n` stubs: whole pages.
    pub(crate) fn len_for(n: usize) -> u64 {
        let page = sys::page_size();
        ((n * STUB) as u64).div_ceil(page).max(1) * page
    }

    /// The same, mapped exactly at `base` (page-aligned; see [`TrapStubs::len_for`]), where a
    /// model of the host process puts these symbols: the error says when the range is taken.
    pub(crate) fn new_at(names: &[String], trap: u64, base: u64) -> Result<TrapStubs, String> {
        let len = Self::len_for(names.len());
        sys::map_exactly(base, len, Prot::READ_WRITE).map_err(|e| format!("mapping trap stubs at {base:#x}: {e}"))?;
        Self::fill(base, len, names, trap)
    }

    /// Writes the stubs into the fresh read-write mapping `[base, base + len)` and makes
    /// it executable.
    fn fill(base: u64, len: u64, names: &[String], trap: u64) -> Result<TrapStubs, String> {
        // Owned from here: an error below unmaps it (Drop).
        let mut stubs = TrapStubs { base, len, _names: Vec::new(), addresses: Vec::new() };
        let mut code = vec![0u8; len as usize];
        for (i, name) in names.iter().enumerate() {
            let c = CString::new(name.as_str()).map_err(|_| format!("symbol name {name:?} has a NUL byte"))?;
            let at = i * STUB;
            write_stub(Arch::host(), &mut code[at..at + STUB], c.as_ptr() as u64, trap);
            stubs.addresses.push((name.clone(), base + at as u64));
            stubs._names.push(c);
        }
        // SAFETY: `[base, base + len)` was mapped read-write by the caller (`new`, `new_at`)
        // and is ours alone; `code` is exactly `len` bytes.
        unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), base as usize as *mut u8, code.len()) };
        // SAFETY: the pages are ours; nothing has their address yet, so nothing relies on
        // writing them.
        unsafe { sys::protect(base, len, Prot::READ_EXEC) }.map_err(|e| format!("making trap stubs executable: {e}"))?;
        crate::llvm::callbacks::flush_code(base, len);
        Ok(stubs)
    }
}

impl Drop for TrapStubs {
    fn drop(&mut self) {
        // SAFETY: the mapping is this value's own; it is dropped with the resolver that
        // handed out its addresses, after every session that could call them.
        let _ = unsafe { sys::unmap(self.base, self.len) };
    }
}

/// Writes one stub that calls `trap(name)` into `out` (`STUB` bytes; padding traps).
fn write_stub(arch: Arch, out: &mut [u8], name: u64, trap: u64) {
    match arch {
        Arch::X86_64 => {
            // movabs rdi, name; movabs rax, trap; jmp rax; int3 padding.
            out.fill(0xcc);
            out[0..2].copy_from_slice(&[0x48, 0xbf]);
            out[2..10].copy_from_slice(&name.to_le_bytes());
            out[10..12].copy_from_slice(&[0x48, 0xb8]);
            out[12..20].copy_from_slice(&trap.to_le_bytes());
            out[20..22].copy_from_slice(&[0xff, 0xe0]);
        }
        Arch::Aarch64 => {
            // ldr x0, [pc+16]; ldr x16, [pc+20]; br x16; brk #0; .xword name; .xword trap.
            let words: [u32; 4] = [0x5800_0080, 0x5800_00b0, 0xd61f_0200, 0xd420_0000];
            for (i, w) in words.iter().enumerate() {
                out[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
            }
            out[16..24].copy_from_slice(&name.to_le_bytes());
            out[24..32].copy_from_slice(&trap.to_le_bytes());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aarch64_literals_are_where_the_loads_look() {
        let mut s = [0u8; STUB];
        write_stub(Arch::Aarch64, &mut s, 0x1122_3344_5566_7788, 0x99aa);
        let word = |i: usize| u32::from_le_bytes(s[4 * i..4 * i + 4].try_into().unwrap());
        // LDR (literal): imm19 at bits 23:5, in words from the instruction itself.
        let literal = |at: usize| at + 4 * ((word(at / 4) >> 5) & 0x7_ffff) as usize;
        assert_eq!((literal(0), word(0) & 0x1f), (16, 0), "ldr x0 reads the name");
        assert_eq!((literal(4), word(1) & 0x1f), (24, 16), "ldr x16 reads the trap");
        assert_eq!(u64::from_le_bytes(s[16..24].try_into().unwrap()), 0x1122_3344_5566_7788);
        assert_eq!(u64::from_le_bytes(s[24..32].try_into().unwrap()), 0x99aa);
    }

    #[test]
    fn x86_64_loads_both_immediates_and_jumps() {
        let mut s = [0u8; STUB];
        write_stub(Arch::X86_64, &mut s, 0x1234, 0x5678);
        assert_eq!(&s[0..2], &[0x48, 0xbf], "movabs rdi");
        assert_eq!(u64::from_le_bytes(s[2..10].try_into().unwrap()), 0x1234);
        assert_eq!(u64::from_le_bytes(s[12..20].try_into().unwrap()), 0x5678);
        assert_eq!(&s[20..23], &[0xff, 0xe0, 0xcc], "jmp rax, then int3");
    }
}
