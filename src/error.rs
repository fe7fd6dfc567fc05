//! The harness's one error type. Every message names what the user can act on: the file,
//! section, symbol or relocation, with addresses in hex.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },

    #[error("{file}: unsupported input: {reason}")]
    UnsupportedInput { file: String, reason: String },

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

    #[error("{object}: unresolved symbol{}: {}", if .symbols.len() == 1 { "" } else { "s" }, .symbols.join(", "))]
    Unresolved { object: String, symbols: Vec<String> },

    #[error("{object}: {backend} rejected the object: {message}")]
    Link { object: String, backend: String, message: String },

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
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }
}
