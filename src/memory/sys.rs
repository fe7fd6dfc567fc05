//! Every system call the JIT memory code makes: `mmap`, `munmap`, `mprotect`, `madvise`,
//! `sysconf`. Nothing here keeps state or counts calls (the [`Mapper`] above does); each
//! function is one call and its errno.
//!
//! The calls that can invalidate memory someone else uses (`MAP_FIXED`, `munmap`,
//! `mprotect`, `madvise`) are `unsafe fn`: the caller promises the range is its own.
//!
//! [`Mapper`]: crate::memory::placement::Mapper

use std::fmt;

/// A failed system call: its errno.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Errno(pub i32);

impl fmt::Display for Errno {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", std::io::Error::from_raw_os_error(self.0))
    }
}

impl std::error::Error for Errno {}

fn last_errno() -> Errno {
    Errno(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL))
}

/// Access to a range of memory. A struct of three flags rather than bits, so that no other
/// value can exist.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Prot {
    pub read: bool,
    pub write: bool,
    pub exec: bool,
}

impl Prot {
    pub const NONE: Prot = Prot { read: false, write: false, exec: false };
    pub const READ: Prot = Prot { read: true, write: false, exec: false };
    pub const READ_WRITE: Prot = Prot { read: true, write: true, exec: false };
    pub const READ_EXEC: Prot = Prot { read: true, write: false, exec: true };

    fn to_libc(self) -> libc::c_int {
        let mut r = libc::PROT_NONE;
        if self.read {
            r |= libc::PROT_READ;
        }
        if self.write {
            r |= libc::PROT_WRITE;
        }
        if self.exec {
            r |= libc::PROT_EXEC;
        }
        r
    }
}

/// The system page size.
pub fn page_size() -> u64 {
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if p > 0 {
        p as u64
    } else {
        4096
    }
}

/// Whether a mapping only reserves address space (`MAP_NORESERVE`: no swap is set aside,
/// nothing is committed until touched) or may be committed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Commit {
    Reserve,
    Normal,
}

fn flags(fixed: bool, commit: Commit) -> libc::c_int {
    let mut flags = libc::MAP_PRIVATE | libc::MAP_ANONYMOUS;
    if fixed {
        flags |= libc::MAP_FIXED;
    }
    if commit == Commit::Reserve {
        flags |= libc::MAP_NORESERVE;
    }
    flags
}

fn mmap(addr: u64, size: u64, prot: Prot, flags: libc::c_int) -> Result<u64, Errno> {
    // SAFETY: an anonymous private mapping of fresh memory. Without MAP_FIXED the kernel
    // never replaces an existing mapping (the address is a hint); with it, `map_fixed`'s
    // caller promised the range is address space it owns.
    let p = unsafe { libc::mmap(addr as usize as *mut libc::c_void, size as usize, prot.to_libc(), flags, -1, 0) };
    if p == libc::MAP_FAILED {
        Err(last_errno())
    } else {
        Ok(p as usize as u64)
    }
}

/// Fresh anonymous memory, near `hint` if the kernel agrees (0: anywhere). Returns where.
pub fn map(hint: u64, size: u64, prot: Prot, commit: Commit) -> Result<u64, Errno> {
    mmap(hint, size, prot, flags(false, commit))
}

/// Fresh anonymous memory exactly at `addr`, only if nothing is mapped there
/// (`MAP_FIXED_NOREPLACE`; where the kernel ignores that flag it was a hint, and memory
/// placed elsewhere is given back). `EEXIST` when the range is taken.
pub fn map_exactly(addr: u64, size: u64, prot: Prot) -> Result<u64, Errno> {
    let at = mmap(addr, size, prot, flags(false, Commit::Normal) | libc::MAP_FIXED_NOREPLACE)?;
    if at != addr {
        // SAFETY: `at` is the mapping just made, which nobody else has seen.
        let _ = unsafe { unmap(at, size) };
        return Err(Errno(libc::EEXIST));
    }
    Ok(at)
}

/// Address space only (inaccessible, `MAP_NORESERVE`) exactly at `addr`, only if nothing is
/// mapped there; as [`map_exactly`] otherwise.
pub fn reserve_exactly(addr: u64, size: u64) -> Result<u64, Errno> {
    let at = mmap(addr, size, Prot::NONE, flags(false, Commit::Reserve) | libc::MAP_FIXED_NOREPLACE)?;
    if at != addr {
        // SAFETY: `at` is the mapping just made, which nobody else has seen.
        let _ = unsafe { unmap(at, size) };
        return Err(Errno(libc::EEXIST));
    }
    Ok(at)
}

/// Fresh anonymous memory exactly at `addr`, replacing what is mapped there.
///
/// # Safety
/// `[addr, addr + size)` must be address space the caller reserved and owns, whose
/// contents nobody uses any more.
pub unsafe fn map_fixed(addr: u64, size: u64, prot: Prot, commit: Commit) -> Result<u64, Errno> {
    mmap(addr, size, prot, flags(true, commit))
}

/// Unmaps `[addr, addr + size)`.
///
/// # Safety
/// The range must be mapped by the caller and nothing may use it any more.
pub unsafe fn unmap(addr: u64, size: u64) -> Result<(), Errno> {
    // SAFETY: the caller's promise: the range is its own and unused.
    if unsafe { libc::munmap(addr as usize as *mut libc::c_void, size as usize) } == 0 {
        Ok(())
    } else {
        Err(last_errno())
    }
}

/// Changes the protection of the pages covering `[addr, addr + size)`.
///
/// # Safety
/// The pages must be mapped by the caller, and no one may rely on an access the new
/// protection takes away.
pub unsafe fn protect(addr: u64, size: u64, prot: Prot) -> Result<(), Errno> {
    // SAFETY: the caller's promise: the pages are its own.
    if unsafe { libc::mprotect(addr as usize as *mut libc::c_void, size as usize, prot.to_libc()) } == 0 {
        Ok(())
    } else {
        Err(last_errno())
    }
}

/// Drops the contents of `[addr, addr + size)` (`MADV_DONTNEED`: the pages read as zero
/// again and stop counting as resident) and makes it inaccessible; it stays mapped.
///
/// # Safety
/// The range must be mapped by the caller and its contents no longer used.
pub unsafe fn discard(addr: u64, size: u64) -> Result<(), Errno> {
    // SAFETY: the caller's promise: the range is its own and its contents unused.
    if unsafe { libc::madvise(addr as usize as *mut libc::c_void, size as usize, libc::MADV_DONTNEED) } != 0 {
        return Err(last_errno());
    }
    // SAFETY: as above.
    unsafe { protect(addr, size, Prot::NONE) }
}
