//! External symbol resolution, shared by every backend.
//!
//! Order: the harness's own table (helpers the workloads call, the trap function), then the
//! host process (`dlsym`, for libc/libm) when the linked code will run in this process. In
//! cross mode (linking for another architecture) nothing of this process can be used; each
//! external symbol instead gets a synthetic import address in a window the session chooses,
//! so relocations are computed against definite, recorded targets.
//!
//! Symbols defined by earlier objects of the session are the backend's business (RuntimeDyld
//! and JITLink keep their own tables); the resolver only sees what they cannot find.

use crate::source::externals::{Externals, MODEL_STRIDE};
use std::collections::BTreeMap;
use std::ffi::CString;
use std::sync::Mutex;

/// Where a resolved symbol came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SymbolSource {
    Harness,
    Host,
    CrossImport,
    /// A trap stub the harness made for a symbol nothing defines (`--stub-unresolved`).
    TrapStub,
    /// Placed by the user (`--define NAME=ADDR`).
    Defined,
    /// Placed where the host-process model (`--externals`) says a real process has it (in
    /// process, a trap stub mapped at that address).
    Modeled,
    /// `__start_X` / `__stop_X`: the bounds of section X as the backend placed it.
    SectionBound,
    /// Answered by the program that embeds the session (Numba: llvmlite's symbol table).
    Embedder,
}

/// A lookup the embedding program supplies: the address of a symbol, or `None`.
pub type EmbedderLookup = Box<dyn Fn(&str) -> Option<u64> + Send + Sync>;

/// The embedder's lookup, so that `Resolver` stays `Debug`.
struct Lookup(EmbedderLookup);

impl std::fmt::Debug for Lookup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<embedder lookup>")
    }
}

#[derive(Debug)]
pub struct Resolver {
    table: BTreeMap<String, u64>,
    /// `--define`d symbols (and the embedder's `define`s): answered first, in every mode.
    defines: Mutex<BTreeMap<String, u64>>,
    /// Asked after the harness's own tables and before the host process.
    embedder: Option<Lookup>,
    use_host: bool,
    /// In cross mode: next synthetic import address, and the addresses handed out.
    cross_imports: Option<Mutex<(u64, BTreeMap<String, u64>)>>,
    /// Trap stubs made so far (their mappings live as long as the resolver), by name.
    traps: Mutex<(Vec<crate::source::trap::TrapStubs>, BTreeMap<String, u64>)>,
    seen: Mutex<BTreeMap<String, (u64, SymbolSource)>>,
    /// `__start_X` / `__stop_X` of placed sections, for backends that ask for them.
    bounds: Mutex<BTreeMap<String, u64>>,
    /// The host-process model, and what it placed so far.
    model: Externals,
    modeled: Mutex<Modeled>,
}

/// Symbols the model placed: their addresses, the next free address per window, and (in
/// process) the stub mappings at those addresses.
#[derive(Debug, Default)]
struct Modeled {
    addresses: BTreeMap<String, u64>,
    next: BTreeMap<u64, u64>,
    stubs: Vec<crate::source::trap::TrapStubs>,
}

impl Modeled {
    /// `bytes` bytes of `window`, after those handed out (None: the window is full).
    fn take(&mut self, window: &std::ops::Range<u64>, bytes: u64) -> Option<u64> {
        let next = self.next.entry(window.start).or_insert(window.start);
        let at = *next;
        (at + bytes <= window.end).then(|| {
            *next += bytes;
            at
        })
    }
}

impl Resolver {
    /// A resolver for code that runs in this process.
    pub fn in_process(table: BTreeMap<String, u64>) -> Resolver {
        Resolver {
            table,
            defines: Mutex::default(),
            embedder: None,
            use_host: true,
            cross_imports: None,
            traps: Mutex::default(),
            seen: Mutex::default(),
            bounds: Mutex::default(),
            model: Externals::Process,
            modeled: Mutex::default(),
        }
    }

    /// A resolver for cross linking: every external symbol gets a synthetic address,
    /// 16 bytes apart, starting at `import_base`.
    pub fn cross(import_base: u64) -> Resolver {
        Resolver {
            table: BTreeMap::new(),
            defines: Mutex::default(),
            embedder: None,
            use_host: false,
            cross_imports: Some(Mutex::new((import_base, BTreeMap::new()))),
            traps: Mutex::default(),
            seen: Mutex::default(),
            bounds: Mutex::default(),
            model: Externals::Process,
            modeled: Mutex::default(),
        }
    }

    /// The same resolver with `defines` answered before anything else.
    pub fn with_defines(mut self, defines: BTreeMap<String, u64>) -> Resolver {
        self.defines = Mutex::new(defines);
        self
    }

    /// The same resolver asking `lookup` for what its own tables do not have, before the
    /// host process (an embedding program's symbol table: llvmlite's, for Numba).
    pub fn with_embedder(mut self, lookup: EmbedderLookup) -> Resolver {
        self.embedder = Some(Lookup(lookup));
        self
    }

    /// Puts `name` at `addr` from now on, before any other resolution (the embedder's
    /// `add_global_mapping`). Objects already finalized keep what they were linked against.
    pub fn define(&self, name: &str, addr: u64) {
        self.defines.lock().unwrap().insert(name.to_string(), addr);
    }

    /// The same resolver placing externals as `model` says a real process has them.
    pub fn with_externals(mut self, model: Externals) -> Resolver {
        self.model = model;
        self
    }

    /// Places those of `names` (symbols nothing defines) that the host-process model puts
    /// somewhere itself, in process: each becomes a trap stub mapped at its modelled address.
    /// Returns the names placed, with their addresses. (In a cross link the model's
    /// addresses are handed out as symbols resolve; nothing needs mapping.)
    ///
    /// # Errors
    /// When the model's window is full or taken in this process, naming the window.
    pub fn place_modeled(&self, names: &[String]) -> Result<Vec<(String, u64)>, String> {
        if self.cross_imports.is_some() {
            return Ok(Vec::new());
        }
        let mut by_window: BTreeMap<(u64, u64), Vec<String>> = BTreeMap::new();
        for n in names {
            if let Some(w) = self.model.window(n) {
                by_window.entry((w.start, w.end)).or_default().push(n.clone());
            }
        }
        if by_window.is_empty() {
            return Ok(Vec::new());
        }
        let trap = *self.table.get("jitharness_trap").ok_or("this resolver has no trap function")?;
        let mut g = self.modeled.lock().unwrap();
        let mut placed = Vec::new();
        for ((start, end), group) in by_window {
            let window = start..end;
            let len = crate::source::trap::TrapStubs::len_for(group.len());
            let at = g.take(&window, len).ok_or_else(|| {
                format!("the {} model's window {start:#x}..{end:#x} has no room for {} more symbols", self.model, group.len())
            })?;
            let stubs = crate::source::trap::TrapStubs::new_at(&group, trap, at)
                .map_err(|e| format!("the {} model puts {} there: {e}", self.model, group.join(", ")))?;
            for (n, a) in &stubs.addresses {
                g.addresses.insert(n.clone(), *a);
                placed.push((n.clone(), *a));
            }
            g.stubs.push(stubs);
        }
        Ok(placed)
    }

    /// Records section `section` placed at `addr` with `size` bytes: `__start_SECTION` and
    /// `__stop_SECTION` resolve to its bounds from now on (a later section of the same name
    /// takes over). Only names that are C identifiers get them, as an ELF linker does.
    pub fn define_section_bounds(&self, section: &str, addr: u64, size: u64) {
        let c_identifier = section.chars().next().is_some_and(|c| c == '_' || c.is_ascii_alphabetic())
            && section.chars().all(|c| c == '_' || c.is_ascii_alphanumeric());
        if c_identifier {
            let mut g = self.bounds.lock().unwrap();
            g.insert(format!("__start_{section}"), addr);
            g.insert(format!("__stop_{section}"), addr + size);
        }
    }

    /// Whether `name` would resolve, without recording it.
    pub fn can_resolve(&self, name: &str) -> bool {
        self.cross_imports.is_some()
            || self.modeled.lock().unwrap().addresses.contains_key(name)
            || self.defines.lock().unwrap().contains_key(name)
            || self.table.contains_key(name)
            || self.traps.lock().unwrap().1.contains_key(name)
            || self.embedder.as_ref().is_some_and(|l| (l.0)(name).is_some())
            || (self.use_host && host_symbol(name).is_some())
    }

    /// Binds each of `names` (symbols nothing defines) to a trap stub that ends the job
    /// naming it when called. In-process only: a cross link resolves every name anyway.
    pub fn add_trap_stubs(&self, names: &[String]) -> Result<(), String> {
        let trap = *self.table.get("jitharness_trap").ok_or("this resolver has no trap function")?;
        if self.cross_imports.is_some() {
            return Err("trap stubs are for code that runs in this process".into());
        }
        let stubs = crate::source::trap::TrapStubs::new(names, trap)?;
        let mut g = self.traps.lock().unwrap();
        g.1.extend(stubs.addresses.iter().cloned());
        g.0.push(stubs);
        Ok(())
    }

    /// The address of `name`, or 0 when it is unknown.
    pub fn resolve(&self, name: &str) -> u64 {
        let trap = self.traps.lock().unwrap().1.get(name).copied();
        let bound = self.bounds.lock().unwrap().get(name).copied();
        let defined = self.defines.lock().unwrap().get(name).copied();
        let found = if let Some(a) = defined {
            Some((a, SymbolSource::Defined))
        } else if let Some(a) = bound {
            Some((a, SymbolSource::SectionBound))
        } else if let Some(&a) = self.table.get(name) {
            Some((a, SymbolSource::Harness))
        } else if let Some(a) = trap {
            Some((a, SymbolSource::TrapStub))
        } else if let Some(a) = self.modeled_address(name) {
            Some((a, SymbolSource::Modeled))
        } else if let Some(imports) = &self.cross_imports {
            let mut g = imports.lock().unwrap();
            let (next, map) = &mut *g;
            let a = *map.entry(name.to_string()).or_insert_with(|| {
                let a = *next;
                *next += 16;
                a
            });
            Some((a, SymbolSource::CrossImport))
        } else if let Some(a) = self.embedder.as_ref().and_then(|l| (l.0)(name)) {
            Some((a, SymbolSource::Embedder))
        } else if self.use_host {
            host_symbol(name).map(|a| (a, SymbolSource::Host))
        } else {
            None
        };
        match found {
            Some((addr, src)) => {
                self.seen.lock().unwrap().insert(name.to_string(), (addr, src));
                addr
            }
            None => 0,
        }
    }

    /// Where the model put `name`: placed before (in process), or, in a cross link, the
    /// next address of its window.
    fn modeled_address(&self, name: &str) -> Option<u64> {
        let mut g = self.modeled.lock().unwrap();
        if let Some(&a) = g.addresses.get(name) {
            return Some(a);
        }
        let window = self.model.window(name).filter(|_| self.cross_imports.is_some())?;
        let a = g.take(&window, MODEL_STRIDE)?;
        g.addresses.insert(name.to_string(), a);
        Some(a)
    }

    /// Every external symbol resolved so far: name → (address, source).
    pub fn resolved(&self) -> BTreeMap<String, (u64, SymbolSource)> {
        self.seen.lock().unwrap().clone()
    }
}

/// Looks `name` up in the running process (this binary, libLLVM, libc, libm, ...).
fn host_symbol(name: &str) -> Option<u64> {
    let c = CString::new(name).ok()?;
    // SAFETY: dlsym with RTLD_DEFAULT and a valid C string has no other preconditions.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c.as_ptr()) };
    (!p.is_null()).then_some(p as u64)
}

/// Puts the LLVM shared library this code runs on into the process's global symbol scope.
///
/// ORC's in-process executor finds its own support functions (LLVM 14's EH-frame
/// registration wrapper, `llvm_orc_registerEHFrameSectionWrapper`, among them) by looking
/// them up in the process's global scope. In the `jitharness` executable libLLVM is there; in
/// a program that loaded the harness library with `dlopen(RTLD_LOCAL)` (Python's ctypes does)
/// it is not. Promoting the already loaded library (`RTLD_NOLOAD | RTLD_GLOBAL`) loads nothing
/// new; symbols of libraries loaded earlier, such as llvmlite's own statically linked LLVM,
/// are already bound and do not change.
///
/// # Errors
/// The loader's message when the library cannot be found or promoted.
pub fn make_llvm_global() -> std::result::Result<(), String> {
    let probe = crate::llvm_sys::core::LLVMContextCreate as *const libc::c_void;
    // SAFETY: an all-zero Dl_info is a valid value for dladdr to overwrite.
    let mut info: libc::Dl_info = unsafe { std::mem::zeroed() };
    // SAFETY: `probe` is the address of a function in a loaded object and `info` is ours;
    // dladdr only writes `info`.
    if unsafe { libc::dladdr(probe, &mut info) } == 0 || info.dli_fname.is_null() {
        return Err("dladdr cannot name the library holding LLVM".into());
    }
    // SAFETY: dli_fname is a NUL-terminated path owned by the loader, valid while the object
    // stays loaded (it is: this code runs from it or links it).
    let path = unsafe { std::ffi::CStr::from_ptr(info.dli_fname) };
    // SAFETY: RTLD_NOLOAD opens only an object already loaded, so no constructor runs; the
    // handle is kept for the process's lifetime (never dlclose'd).
    let h = unsafe { libc::dlopen(path.as_ptr(), libc::RTLD_NOW | libc::RTLD_NOLOAD | libc::RTLD_GLOBAL) };
    if h.is_null() {
        return Err(format!("{}: cannot promote to the global symbol scope", path.to_string_lossy()));
    }
    Ok(())
}

/// Entries on the GDB JIT interface's list (`__jit_debug_descriptor`, the one LLVM's
/// registration listener and GDB agree on), or `None` when the process has no descriptor.
pub fn gdb_jit_entries() -> Option<u64> {
    #[repr(C)]
    struct Entry {
        next: *const Entry,
        prev: *const Entry,
        symfile: *const u8,
        size: u64,
    }
    #[repr(C)]
    struct Descriptor {
        version: u32,
        action: u32,
        relevant: *const Entry,
        first: *const Entry,
    }
    let d = host_symbol("__jit_debug_descriptor")? as *const Descriptor;
    // SAFETY: `__jit_debug_descriptor` is the GDB JIT interface's descriptor, laid out as
    // above by its specification; its list is only changed by registrations, which this
    // (single-threaded) job does not make while it reads. The walk is bounded.
    let mut e = unsafe { (*d).first };
    let mut n = 0;
    while !e.is_null() && n < 10_000_000 {
        n += 1;
        // SAFETY: as above: each entry's `next` is another entry or null.
        e = unsafe { (*e).next };
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_then_host() {
        let mut t = BTreeMap::new();
        t.insert("jh_thing".to_string(), 0x1234);
        let r = Resolver::in_process(t);
        assert_eq!(r.resolve("jh_thing"), 0x1234, "harness table entry");
        assert_ne!(r.resolve("memcpy"), 0, "libc symbol from the host process");
        assert_eq!(r.resolve("jh_definitely_not_a_symbol"), 0, "unknown symbol");
        let seen = r.resolved();
        assert_eq!(seen["jh_thing"].1, SymbolSource::Harness, "source of a table symbol");
        assert_eq!(seen["memcpy"].1, SymbolSource::Host, "source of a libc symbol");
    }

    #[test]
    fn section_bounds_answer_start_and_stop_of_c_identifier_sections() {
        let r = Resolver::cross(0x1000);
        r.define_section_bounds("rt_set", 0x5000, 0x30);
        r.define_section_bounds(".text", 0x6000, 0x10);
        assert_eq!((r.resolve("__start_rt_set"), r.resolve("__stop_rt_set")), (0x5000, 0x5030));
        assert_eq!(r.resolved()["__start_rt_set"].1, SymbolSource::SectionBound);
        assert_eq!(r.resolve("__start_.text"), 0x1000, "`.text` is no C identifier: an ordinary import");
        r.define_section_bounds("rt_set", 0x9000, 8);
        assert_eq!(r.resolve("__stop_rt_set"), 0x9008, "the latest section of the name");
    }

    #[test]
    fn cross_imports_are_stable_and_distinct() {
        let r = Resolver::cross(0x1000);
        let a = r.resolve("sin");
        let b = r.resolve("cos");
        assert_eq!(a, 0x1000, "first import at the base");
        assert_eq!(b, 0x1010, "second import 16 bytes on");
        assert_eq!(r.resolve("sin"), a, "same name, same address");
    }

    #[test]
    fn python_nonpie_puts_the_cpython_api_in_the_executable_image() {
        let w = crate::source::externals::CPYTHON_IMAGE;
        let r = Resolver::cross(0x10_0000_0000).with_externals(Externals::PythonNonPie);
        let a = r.resolve("PyLong_FromLong");
        let b = r.resolve("PyExc_TypeError");
        assert!(w.contains(&a) && w.contains(&b) && a != b, "{a:#x} {b:#x} inside {w:x?}");
        assert_eq!(r.resolve("PyLong_FromLong"), a, "stable");
        assert_eq!(r.resolve("sin"), 0x10_0000_0000, "a shared-library symbol keeps the import window");
        let seen = r.resolved();
        assert_eq!((seen["PyLong_FromLong"].1, seen["sin"].1), (SymbolSource::Modeled, SymbolSource::CrossImport));
        assert!(r.place_modeled(&["PyFoo".into()]).unwrap().is_empty(), "a cross link maps nothing");
    }

    #[test]
    fn python_nonpie_in_process_maps_trap_stubs_at_the_modelled_addresses() {
        let mut t = BTreeMap::new();
        t.insert("jitharness_trap".to_string(), 0x1234);
        let r = Resolver::in_process(t).with_externals(Externals::PythonNonPie);
        let names = vec!["PyUnicode_FromString".to_string(), "NRT_decref".to_string()];
        match r.place_modeled(&names) {
            Ok(placed) => {
                assert_eq!(placed.len(), 1, "only the CPython symbol is the model's: {placed:x?}");
                let (n, a) = &placed[0];
                assert_eq!(n, "PyUnicode_FromString");
                assert!(crate::source::externals::CPYTHON_IMAGE.contains(a), "{a:#x}");
                assert!(r.can_resolve(n) && !r.can_resolve("NRT_decref"));
                assert_eq!(r.resolve(n), *a);
                assert_eq!(r.resolved()[n.as_str()].1, SymbolSource::Modeled);
            }
            // This process already holds that range (a non-PIE executable would): said so.
            Err(e) => assert!(e.contains("python-nonpie") && e.contains("0x"), "{e}"),
        }
    }
}
