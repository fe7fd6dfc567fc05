//! Results as data. One `LinkReport` per job; its JSON form (`--json`) is the contract with
//! CI, the differential runner and the reports: fields are only ever added.

use crate::audit::ObjectAuditReport;
use crate::backend::{BackendInfo, LinkMode};
use crate::placement::Placement;
use crate::compile::CompileOptions;
use crate::exec::Execution;
use crate::layout::SectionLayout;
use crate::resolve::SymbolSource;
use crate::target::Arch;
use serde::{Deserialize, Serialize};

pub const LINK_REPORT_SCHEMA: &str = "jitharness/link-report/v1";

/// What harness produced a result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HarnessInfo {
    pub version: String,
    pub llvm_version: String,
    pub llvm_major: u32,
    /// The Rust target the harness binary was built for.
    pub build_target: String,
}

impl HarnessInfo {
    pub fn current() -> HarnessInfo {
        HarnessInfo {
            version: env!("CARGO_PKG_VERSION").to_string(),
            llvm_version: crate::compile::llvm_version().to_string(),
            llvm_major: crate::compile::llvm_major(),
            build_target: env!("JITHARNESS_BUILD_TARGET").to_string(),
        }
    }
}

/// The verdict of a job. Only `Pass` means the code ran and every check matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "status")]
pub enum Outcome {
    /// Every requested entry point ran and returned what was expected.
    Pass,
    /// Linked (in cross mode, at chosen target addresses) but nothing was run.
    LinkedOnly { reason: String },
    /// Some entry point returned something other than expected.
    Fail { reason: String },
    /// The backend or a feature is not available with this LLVM/target.
    Unsupported { reason: String },
    /// Compilation, validation or linking failed.
    Error { message: String },
}

impl Outcome {
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::LinkedOnly { .. } => "linked-only",
            Outcome::Fail { .. } => "fail",
            Outcome::Unsupported { .. } => "unsupported",
            Outcome::Error { .. } => "error",
        }
    }

    /// Process exit status for this outcome.
    pub fn exit_code(&self) -> i32 {
        match self {
            Outcome::Pass | Outcome::LinkedOnly { .. } => 0,
            Outcome::Fail { .. } | Outcome::Error { .. } => 1,
            Outcome::Unsupported { .. } => 3,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectReport {
    pub name: String,
    pub iteration: u32,
    pub size: u64,
    pub relocations: u64,
    pub defined: Vec<String>,
    pub undefined: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CallStatus {
    Pass,
    Fail,
    /// Ran; there was no expected value to compare with.
    Returned,
    NotRun,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallReport {
    pub iteration: u32,
    pub symbol: String,
    pub args: Vec<i64>,
    pub address: Option<u64>,
    pub expected: Option<i64>,
    pub actual: Option<i64>,
    pub status: CallStatus,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub name: String,
    pub address: u64,
    pub source: SymbolSource,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LinkReport {
    pub schema: String,
    pub harness: HarnessInfo,
    pub execution: Execution,
    pub backend: String,
    pub backend_info: Option<BackendInfo>,
    pub target: Arch,
    pub link_mode: LinkMode,
    /// Where the backend's memory went (`--placement`).
    #[serde(default)]
    pub placement: Placement,
    pub compile: CompileOptions,
    pub workload: Option<String>,
    pub inputs: Vec<String>,
    pub iterations: u32,
    pub iterations_completed: u32,
    pub stub_unresolved: bool,
    pub notes: Vec<String>,
    pub objects: Vec<ObjectReport>,
    pub layout: Vec<SectionLayout>,
    pub imports: Vec<ImportReport>,
    pub calls: Vec<CallReport>,
    /// Relocation audit per linked object (with `--audit`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audits: Vec<ObjectAuditReport>,
    pub outcome: Outcome,
    pub elapsed_ms: u64,
}
