//! The worker's journal: before each step that may crash, a worker appends what it is about
//! to do and what its report gained since; after a crash the parent replays it.

use crate::audit;
use crate::backend::LinkBackend;
use crate::report::*;
use crate::run::job::LinkJob;
use serde::{Deserialize, Serialize};

/// What a worker appends to its journal (one JSON object per line) before each step that
/// may crash: what it is about to do, and what its report gained since the last entry.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct JournalEntry {
    pub during: String,
    pub iterations_completed: u32,
    #[serde(default)]
    pub objects: Vec<ObjectReport>,
    #[serde(default)]
    pub layout: Vec<crate::backend::layout::SectionLayout>,
    #[serde(default)]
    pub audits: Vec<audit::ObjectAuditReport>,
    #[serde(default)]
    pub calls: Vec<CallReport>,
    #[serde(default)]
    pub notes: Vec<String>,
    pub backend_info: Option<crate::backend::BackendInfo>,
    pub memory: Option<MemoryReport>,
}

/// The worker side of the journal (`--checkpoint FILE`).
pub(crate) struct Journal {
    file: std::fs::File,
    /// How many elements of each list were written already.
    sent: [usize; 5],
}

impl Journal {
    pub(crate) fn open(job: &LinkJob) -> Option<Journal> {
        let path = job.checkpoint.as_ref()?;
        // Best effort: a journal that cannot be written only costs detail after a crash.
        let file = std::fs::OpenOptions::new().create(true).append(true).open(path).ok()?;
        Some(Journal { file, sent: [0; 5] })
    }

    /// Records only what the worker is about to do (cheap: nothing of the report), so that
    /// a crash in this step is reported as happening in it.
    pub(crate) fn step(&mut self, during: &str, report: &LinkReport) {
        use std::io::Write;
        let entry = JournalEntry { during: during.to_string(), iterations_completed: report.iterations_completed, ..Default::default() };
        if let Ok(mut line) = serde_json::to_vec(&entry) {
            line.push(b'\n');
            let _ = self.file.write_all(&line);
        }
    }

    pub(crate) fn write(&mut self, session: &dyn LinkBackend, report: &LinkReport, during: &str) {
        use std::io::Write;
        let layout = session.layout();
        let [o, l, a, c, n] = self.sent;
        let entry = JournalEntry {
            during: during.to_string(),
            iterations_completed: report.iterations_completed,
            objects: report.objects.get(o..).unwrap_or_default().to_vec(),
            layout: layout.get(l..).unwrap_or_default().to_vec(),
            audits: report.audits.get(a..).unwrap_or_default().to_vec(),
            calls: report.calls.get(c..).unwrap_or_default().to_vec(),
            notes: report.notes.get(n..).unwrap_or_default().to_vec(),
            backend_info: Some(session.info()),
            memory: Some(MemoryReport::new(session.memory(), layout)),
        };
        self.sent = [report.objects.len(), layout.len(), report.audits.len(), report.calls.len(), report.notes.len()];
        if let Ok(mut line) = serde_json::to_vec(&entry) {
            line.push(b'\n');
            let _ = self.file.write_all(&line);
        }
    }
}

/// Rebuilds what a worker reported from its journal, on top of `base`. Returns the report
/// and what the worker was doing last.
pub fn replay_journal(mut base: LinkReport, journal: &str) -> (LinkReport, String) {
    let mut during = "before its first checkpoint".to_string();
    for line in journal.lines() {
        // A line cut short by the crash is ignored.
        let Ok(e) = serde_json::from_str::<JournalEntry>(line) else { continue };
        during = e.during;
        base.iterations_completed = e.iterations_completed;
        base.objects.extend(e.objects);
        base.layout.extend(e.layout);
        base.audits.extend(e.audits);
        base.calls.extend(e.calls);
        base.notes.extend(e.notes);
        base.backend_info = e.backend_info.or(base.backend_info);
        base.memory = e.memory.or(base.memory);
    }
    (base, during)
}
