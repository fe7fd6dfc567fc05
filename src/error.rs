//! The harness's one error type. Every message names what the user can act on: the file,
//! section, symbol or relocation, with addresses in hex.

use crate::memory::placement::Placement;
use crate::memory::slab::SlabError;
use crate::memory::sys::Errno;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },

    #[error("{file}: unsupported input: {reason}")]
    UnsupportedInput { file: String, reason: String },

    /// `--resume` found output it cannot continue: another run's, or damaged before its end.
    #[error("{file}: cannot resume: {reason}")]
    Resume { file: String, reason: String },

    #[error("{file}: invalid LLVM IR: {message}")]
    InvalidIr { file: String, message: String },

    #[error("{file}: invalid LLVM bitcode: {message}")]
    InvalidBitcode { file: String, message: String },

    #[error("{file}: invalid object file: {message}")]
    InvalidObject { file: String, message: String },

    #[error("{file}: object is for {found}, but the target is {expected}")]
    WrongMachine { file: String, found: String, expected: String },

    #[error("{file}: compilation failed: {message}")]
    Compile { file: String, message: String },

    #[error("unknown workload `{0}` (see `jitharness workloads`)")]
    UnknownWorkload(String),

    #[error("backend `{backend}` is not available: {reason}")]
    BackendUnavailable { backend: String, reason: String },

    /// The backend's linker cannot unload an object.
    #[error("{backend} cannot remove an object: {reason}")]
    CannotRemove { backend: String, reason: String },

    #[error("{object}: unresolved symbol{}: {}", if .symbols.len() == 1 { "" } else { "s" }, .symbols.join(", "))]
    Unresolved { object: String, symbols: Vec<String> },

    #[error("{object}: {backend} rejected the object: {message}")]
    Link { object: String, backend: String, message: String },

    /// A backend's session could not be set up: the backend, what it was setting up, and
    /// the shim's message (which names the LLVM component and carries LLVM's own message).
    #[error("{backend}: cannot set up {what}: {message}")]
    SessionSetup { backend: String, what: String, message: String },

    /// The session's Rust slab refused memory (the refusal names the object, the kind and
    /// the sizes). When the refusal happened inside LLVM, `llvm` is what LLVM then said,
    /// without the refusal's own text.
    #[error("{backend}: {source}{}", .llvm.as_deref().map(|m| format!(" (LLVM: {m})")).unwrap_or_default())]
    Slab { backend: String, source: Box<SlabError>, llvm: Option<String> },

    #[error("{object}: unsupported relocation type{}: {} ({message})", if .types.len() == 1 { "" } else { "s" }, .types.join(", "))]
    UnsupportedRelocations { object: String, types: Vec<String>, message: String },

    #[error("{object}: duplicate definition of `{symbol}` (already defined by {first})")]
    DuplicateDefinition { object: String, symbol: String, first: String },

    #[error("symbol `{0}` is not defined in the session")]
    MissingSymbol(String),

    #[error("placement `{placement}`: cannot prepare the address space: {message}")]
    Placement { placement: String, message: String },

    #[error("{0}")]
    Audit(String),

    #[error("capture of `{program}`: {message}")]
    Capture { program: String, message: String },

    #[error("{0}")]
    Execution(String),

    #[error("{0}")]
    Usage(String),

    /// Result sets that do not combine: shards that overlap, a shard missing, two builds of
    /// one LLVM.
    #[error("merge: {0}")]
    Merge(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }

    /// [`Error::Placement`] for a failed system call while preparing `placement`.
    pub fn placement(placement: Placement, errno: Errno) -> Self {
        Error::Placement { placement: placement.name().into(), message: errno.to_string() }
    }

    /// [`Error::Slab`] for a refusal that reached LLVM: `llvm` is LLVM's whole message, the
    /// refusal's text (which LLVM carried along) is taken out of it.
    pub fn slab_in_llvm(backend: &str, source: SlabError, llvm: &str) -> Self {
        let own = source.to_string();
        let rest: Vec<&str> = llvm.split("; ").filter(|part| !part.contains(own.as_str())).collect();
        let llvm = (!rest.is_empty()).then(|| rest.join("; "));
        Error::Slab { backend: backend.into(), source: Box::new(source), llvm }
    }

    /// [`Error::Slab`] for a refusal outside LLVM.
    pub fn slab(backend: &str, source: SlabError) -> Self {
        Error::Slab { backend: backend.into(), source: Box::new(source), llvm: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::memory::Kind;

    #[test]
    fn a_refusal_inside_llvm_is_reported_once_with_what_else_llvm_said() {
        let refusal = SlabError::Exhausted { object: "0:a.o".into(), kind: Kind::RoData, need: 0x1000, free: 0, largest: 0, slab: 0x40000 };
        let llvm = format!("{refusal}; Failed to materialize symbols: {{ (main, {{ f }}) }}");
        let e = Error::slab_in_llvm("jitlink-rust", refusal.clone(), &llvm);
        let text = e.to_string();
        assert_eq!(text.matches("slab exhausted").count(), 1, "{text}");
        assert!(text.starts_with("jitlink-rust: slab exhausted: object 0:a.o needs up to 0x1000 bytes of ro-data"), "{text}");
        assert!(text.ends_with("(LLVM: Failed to materialize symbols: { (main, { f }) })"), "{text}");
        let alone = Error::slab_in_llvm("rtdyld-rust", refusal.clone(), &refusal.to_string());
        assert!(matches!(alone, Error::Slab { llvm: None, .. }), "{alone:?}");
    }
}
