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
}

#[derive(Debug)]
pub struct Resolver {
    table: BTreeMap<String, u64>,
    /// `--define`d symbols: answered first, in every mode.
    defines: BTreeMap<String, u64>,
    use_host: bool,
    /// In cross mode: next synthetic import address, and the addresses handed out.
    cross_imports: Option<Mutex<(u64, BTreeMap<String, u64>)>>,
    /// Trap stubs made so far (their mappings live as long as the resolver), by name.
    traps: Mutex<(Vec<crate::source::trap::TrapStubs>, BTreeMap<String, u64>)>,
    seen: Mutex<BTreeMap<String, (u64, SymbolSource)>>,
}

impl Resolver {
    /// A resolver for code that runs in this process.
    pub fn in_process(table: BTreeMap<String, u64>) -> Resolver {
        Resolver { table, defines: BTreeMap::new(), use_host: true, cross_imports: None, traps: Mutex::default(), seen: Mutex::default() }
    }

    /// A resolver for cross linking: every external symbol gets a synthetic address,
    /// 16 bytes apart, starting at `import_base`.
    pub fn cross(import_base: u64) -> Resolver {
        Resolver {
            table: BTreeMap::new(),
            defines: BTreeMap::new(),
            use_host: false,
            cross_imports: Some(Mutex::new((import_base, BTreeMap::new()))),
            traps: Mutex::default(),
            seen: Mutex::default(),
        }
    }

    /// The same resolver with `defines` answered before anything else.
    pub fn with_defines(mut self, defines: BTreeMap<String, u64>) -> Resolver {
        self.defines = defines;
        self
    }

    /// Whether `name` would resolve, without recording it.
    pub fn can_resolve(&self, name: &str) -> bool {
        self.cross_imports.is_some()
            || self.defines.contains_key(name)
            || self.table.contains_key(name)
            || self.traps.lock().unwrap().1.contains_key(name)
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
        let found = if let Some(&a) = self.defines.get(name) {
            Some((a, SymbolSource::Defined))
        } else if let Some(&a) = self.table.get(name) {
            Some((a, SymbolSource::Harness))
        } else if let Some(a) = trap {
            Some((a, SymbolSource::TrapStub))
        } else if let Some(imports) = &self.cross_imports {
            let mut g = imports.lock().unwrap();
            let (next, map) = &mut *g;
            let a = *map.entry(name.to_string()).or_insert_with(|| {
                let a = *next;
                *next += 16;
                a
            });
            Some((a, SymbolSource::CrossImport))
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
    fn cross_imports_are_stable_and_distinct() {
        let r = Resolver::cross(0x1000);
        let a = r.resolve("sin");
        let b = r.resolve("cos");
        assert_eq!(a, 0x1000, "first import at the base");
        assert_eq!(b, 0x1010, "second import 16 bytes on");
        assert_eq!(r.resolve("sin"), a, "same name, same address");
    }
}
