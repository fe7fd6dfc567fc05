//! A link session for a program that embeds the harness: Numba, through the Python package in
//! `python/jitharness` and the C ABI in [`capi`].
//!
//! The embedder hands over relocatable objects as bytes (Numba emits them with its own target
//! machine) and symbols as it defines them (`add_global_mapping`); the backend links them in
//! this process, exactly as it does for a job. What a job checks before linking is checked
//! here too, so a program gets the harness's named errors instead of an LLVM abort: a symbol
//! nothing defines, and, for the JITLink backends, a second strong definition (ORC refuses it;
//! RuntimeDyld accepts it, so the RuntimeDyld backends take it and the report notes it). With
//! `audit`, every object is audited right after it is linked, before the embedder can run it,
//! and a wrong fixup fails the finalize, naming it.
//!
//! Objects reach the backend at [`Embedded::finalize`], not when added: the embedder may still
//! define symbols in between (Numba maps its recursion stubs after `add_module`). When a
//! finalize fails, the objects it was linking are marked failed with the error and leave the
//! session (their symbols are gone), so the program can go on with new objects, as a Numba
//! test run does after one test's link error.

pub mod capi;

use crate::audit::driver::{audit_each, audit_failure_in};
use crate::audit::ObjectAuditReport;
use crate::backend::resolve::{EmbedderLookup, Resolver, SymbolSource};
use crate::backend::{self, BackendInfo, BackendKind, LinkBackend, LinkMode, MemoryFigures, SessionOptions};
use crate::error::{Error, Result};
use crate::memory::placement::Placement;
use crate::source::ObjectFile;
use crate::target::Arch;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// How the embedder wants its session.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbedOptions {
    pub backend: BackendKind,
    /// Audit each object after linking it; a wrong fixup fails the finalize.
    #[serde(default)]
    pub audit: bool,
    #[serde(default)]
    pub placement: Placement,
    #[serde(default = "default_slab_size")]
    pub slab_size: u64,
    /// JITLink backends: register with the GDB JIT interface (see `SessionOptions`).
    #[serde(default)]
    pub debugger: bool,
}

fn default_slab_size() -> u64 {
    crate::memory::slab::DEFAULT_SLAB_SIZE
}

/// One object of the session.
struct Loaded {
    object: ObjectFile,
    /// Its id in the backend's session, once handed over.
    backend_id: Option<u32>,
    removed: bool,
    /// Why its finalize failed.
    failed: Option<String>,
}

/// An embedded session: one backend, its objects by id (the order they were added), and the
/// audits made so far.
pub struct Embedded {
    options: EmbedOptions,
    session: Box<dyn LinkBackend>,
    resolver: Arc<Resolver>,
    objects: Vec<Loaded>,
    /// Ids added since the last finalize (consecutive).
    pending: Vec<u32>,
    /// Objects handed to the backend so far.
    handed: u32,
    audits: Vec<ObjectAuditReport>,
    notes: Vec<String>,
}

/// What the session did, for the embedder's report.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EmbedReport {
    pub schema: String,
    pub llvm: String,
    pub arch: Arch,
    pub options: EmbedOptions,
    pub backend: BackendInfo,
    pub objects: Vec<EmbedObject>,
    pub memory: MemoryFigures,
    /// External symbols resolved, by where they came from.
    pub imports: BTreeMap<String, u64>,
    /// Relocations audited, and of those the ones not `ok`, over every audited object.
    pub fixups_audited: u64,
    pub fixups_wrong: u64,
    pub fixups_not_checked: u64,
    /// Every finding that is not `ok`, as text (the first 50).
    pub findings: Vec<String>,
    /// What the session accepted that a reader should know (a second strong definition the
    /// RuntimeDyld backends took).
    #[serde(default)]
    pub notes: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EmbedObject {
    pub id: u32,
    pub name: String,
    pub bytes: u64,
    pub relocations: u64,
    pub removed: bool,
    /// The error of the finalize that was to link it (it never ran).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed: Option<String>,
}

pub const EMBED_SCHEMA: &str = "jitharness/embed-report/v1";

impl Embedded {
    /// Opens a session linking for this process; `lookup` answers what the harness's tables
    /// do not, before the process's own symbols.
    ///
    /// # Errors
    /// What [`backend::open`] returns (an unavailable backend names the reason).
    pub fn open(options: EmbedOptions, lookup: Option<EmbedderLookup>) -> Result<Embedded> {
        let mut resolver = Resolver::in_process(crate::run::call::harness_table());
        if let Some(l) = lookup {
            resolver = resolver.with_embedder(l);
        }
        let resolver = Arc::new(resolver);
        if !options.backend.is_runtime_dyld() {
            crate::backend::resolve::make_llvm_global().map_err(|message| Error::SessionSetup {
                backend: options.backend.name().into(),
                what: "making LLVM's symbols visible to ORC's in-process executor".into(),
                message,
            })?;
        }
        let session = backend::open(
            options.backend,
            SessionOptions {
                arch: Arch::host(),
                mode: LinkMode::InProcess,
                placement: options.placement,
                resolver: resolver.clone(),
                slab_size: options.slab_size,
                debugger: options.debugger,
            },
        )?;
        Ok(Embedded {
            options,
            session,
            resolver,
            objects: Vec::new(),
            pending: Vec::new(),
            handed: 0,
            audits: Vec::new(),
            notes: Vec::new(),
        })
    }

    /// Puts `name` at `addr` for every object linked from now on.
    pub fn define(&self, name: &str, addr: u64) {
        self.resolver.define(name, addr);
    }

    /// Adds an object (linked at the next [`finalize`](Self::finalize)); returns its id.
    ///
    /// # Errors
    /// [`Error::InvalidObject`] / [`Error::WrongMachine`] naming `name`; for the JITLink
    /// backends, [`Error::DuplicateDefinition`] when a live object already defines one of its
    /// strong symbols (ORC's JITDylib refuses a second definition).
    pub fn add_object(&mut self, name: &str, bytes: Vec<u8>) -> Result<u32> {
        let object = ObjectFile::parse(name.to_string(), bytes, Arch::host())?;
        for sym in &object.strong {
            let first = self.live().find(|l| l.object.strong.contains(sym)).map(|l| l.object.name.clone());
            if let Some(first) = first {
                if !self.options.backend.is_runtime_dyld() {
                    return Err(Error::DuplicateDefinition { object: name.to_string(), symbol: sym.clone(), first });
                }
                self.notes.push(format!(
                    "{name}: `{sym}` is defined again (first by {first}); RuntimeDyld accepts a second strong definition, as MCJIT does, and lookups now find this one"
                ));
            }
        }
        let id = self.objects.len() as u32;
        self.objects.push(Loaded { object, backend_id: None, removed: false, failed: None });
        self.pending.push(id);
        Ok(id)
    }

    /// Objects neither removed nor failed (including those waiting for a finalize).
    fn live(&self) -> impl Iterator<Item = &Loaded> {
        self.objects.iter().filter(|l| !l.removed && l.failed.is_none())
    }

    /// Marks what is pending as failed with `e`, and returns `e`.
    fn fail_pending(&mut self, e: Error) -> Error {
        let why = e.to_string();
        for id in std::mem::take(&mut self.pending) {
            self.objects[id as usize].failed = Some(why.clone());
        }
        e
    }

    /// Links everything added since the last call; with `audit`, audits it.
    ///
    /// # Errors
    /// [`Error::Unresolved`] naming the object and every symbol nothing defines (checked
    /// before the linker runs); what the backend says; [`Error::Audit`] naming the first wrong
    /// fixup (the objects stay linked, and in the report).
    pub fn finalize(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let defined: BTreeSet<&str> = self.live().flat_map(|l| l.object.defined.iter().map(String::as_str)).collect();
        let mut unresolved = None;
        for &id in &self.pending {
            let obj = &self.objects[id as usize].object;
            let missing: Vec<String> =
                obj.undefined.iter().filter(|n| !defined.contains(n.as_str()) && !self.resolver.can_resolve(n)).cloned().collect();
            if !missing.is_empty() {
                unresolved = Some(Error::Unresolved { object: obj.name.clone(), symbols: missing });
                break;
            }
        }
        if let Some(e) = unresolved {
            return Err(self.fail_pending(e));
        }
        let first = self.handed;
        for i in 0..self.pending.len() {
            let id = self.pending[i] as usize;
            if let Err(e) = self.session.add_object(&self.objects[id].object) {
                return Err(self.fail_pending(e));
            }
            self.objects[id].backend_id = Some(self.handed);
            self.handed += 1;
        }
        if let Err(e) = self.session.finalize() {
            return Err(self.fail_pending(e));
        }
        let ids = std::mem::take(&mut self.pending);
        if !self.options.audit {
            return Ok(());
        }
        let objects: Vec<&ObjectFile> = ids.iter().map(|&i| &self.objects[i as usize].object).collect();
        let mut new = Vec::new();
        audit_each(self.session.as_ref(), &self.resolver, Arch::host(), first as usize, &objects, |_, _, _, _, r| new.push(r))?;
        let failure = audit_failure_in(&new);
        self.audits.extend(new);
        match failure {
            Some(message) => Err(Error::Audit(message)),
            None => Ok(()),
        }
    }

    /// The address of `name` as some live object defines it.
    pub fn lookup(&self, name: &str) -> Option<u64> {
        self.session.lookup(name).map(|a| a.host)
    }

    /// Removes object `id` (see [`LinkBackend::remove`]).
    ///
    /// # Errors
    /// [`Error::CannotRemove`] where the linker cannot unload, or for an id not in the session.
    pub fn remove(&mut self, id: u32) -> Result<()> {
        if self.pending.contains(&id) {
            return Err(Error::CannotRemove {
                backend: self.options.backend.name().into(),
                reason: format!("object {id} is not finalized yet"),
            });
        }
        let Some(backend_id) = self.objects.get(id as usize).filter(|l| !l.removed).and_then(|l| l.backend_id) else {
            return Err(Error::CannotRemove {
                backend: self.options.backend.name().into(),
                reason: format!("object {id} is not in the session (never added, removed, or its finalize failed)"),
            });
        };
        self.session.remove(backend_id)?;
        self.objects[id as usize].removed = true;
        Ok(())
    }

    pub fn report(&self) -> EmbedReport {
        let mut imports: BTreeMap<String, u64> = BTreeMap::new();
        for (_, src) in self.resolver.resolved().values() {
            *imports.entry(source_name(*src)).or_default() += 1;
        }
        let findings = self.audits.iter().flat_map(|a| &a.findings).filter(|f| f.verdict != crate::audit::Verdict::Ok);
        EmbedReport {
            schema: EMBED_SCHEMA.into(),
            llvm: crate::compile::llvm_version().into(),
            arch: Arch::host(),
            options: self.options.clone(),
            backend: self.session.info(),
            objects: self
                .objects
                .iter()
                .enumerate()
                .map(|(i, l)| EmbedObject {
                    id: i as u32,
                    name: l.object.name.clone(),
                    bytes: l.object.bytes.len() as u64,
                    relocations: l.object.relocations as u64,
                    removed: l.removed,
                    failed: l.failed.clone(),
                })
                .collect(),
            memory: self.session.memory(),
            imports,
            fixups_audited: self.audits.iter().map(|a| a.fixups).sum(),
            fixups_wrong: self.audits.iter().map(|a| a.counts.out_of_range + a.counts.wrong_target).sum(),
            fixups_not_checked: self.audits.iter().map(|a| a.counts.not_checked).sum(),
            findings: findings.take(50).map(|f| f.to_string()).collect(),
            notes: self.notes.clone(),
        }
    }
}

fn source_name(s: SymbolSource) -> String {
    serde_json::to_value(s).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_else(|| format!("{s:?}"))
}
