//! The human rendering of audit reports.

use super::ObjectAuditReport;
use std::fmt::Write;

fn hex(v: Option<u64>) -> String {
    v.map_or_else(|| "-".into(), |v| format!("{v:#x}"))
}

fn signed_hex(v: i64) -> String {
    if v < 0 {
        format!("-{:#x}", v.unsigned_abs())
    } else {
        format!("{v:#x}")
    }
}

/// One line naming a finding: where, what, expected vs actual, the distance and the range.
impl std::fmt::Display for super::Finding {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let f = self;
        let hex = |v: Option<u64>| v.map(|v| format!("{v:#x}")).unwrap_or_else(|| "?".into());
        let mut s = format!(
            "{} {}+{:#x} {} `{}`{}: site {:#x}, {} expected {}, actual {}",
            f.object,
            f.section,
            f.offset,
            f.reloc_type,
            f.symbol,
            if f.addend != 0 { format!("{:+}", f.addend) } else { String::new() },
            f.site,
            f.compared,
            hex(f.expected),
            hex(f.actual)
        );
        if let Some(d) = f.delta {
            s += &format!(", delta {}{:#x}", if d < 0 { "-" } else { "+" }, d.unsigned_abs());
        }
        if let Some((lo, hi)) = f.range {
            s += &format!(" (range {}{:#x}..={:#x})", if lo < 0 { "-" } else { "" }, lo.unsigned_abs(), hi);
        }
        if let Some(v) = &f.via {
            s += &format!(", via {v}");
        }
        s += &format!(": {}", f.verdict.name());
        if !f.detail.is_empty() {
            s += &format!(" ({})", f.detail);
        }
        out.write_str(&s)
    }
}

/// Lists every non-ok finding (one line each) and a summary line per object.
pub fn findings_table(reports: &[ObjectAuditReport]) -> String {
    let header = ["object", "section+offset", "type", "symbol", "site", "expected", "actual", "delta", "range", "verdict", "via / detail"];
    let mut rows: Vec<[String; 11]> = Vec::new();
    for r in reports {
        for f in &r.findings {
            let mut note = f.via.clone().unwrap_or_default();
            if !f.detail.is_empty() {
                if !note.is_empty() {
                    note.push_str("; ");
                }
                note.push_str(&f.detail);
            }
            let compared = if f.compared.is_empty() || f.compared == "address" { String::new() } else { format!(" ({})", f.compared) };
            rows.push([
                f.object.clone(),
                format!("{}+{:#x}", f.section, f.offset),
                f.reloc_type.clone(),
                if f.addend == 0 { f.symbol.clone() } else { format!("{}{}", f.symbol, signed_offset(f.addend)) },
                format!("{:#x}", f.site),
                format!("{}{compared}", hex(f.expected)),
                hex(f.actual),
                f.delta.map_or_else(|| "-".into(), signed_hex),
                f.range.map_or_else(|| "-".into(), |(lo, hi)| format!("[{}, {}]", signed_hex(lo), signed_hex(hi))),
                f.verdict.name().to_string(),
                note,
            ]);
        }
    }
    let mut width = header.map(str::len);
    for row in &rows {
        for (w, c) in width.iter_mut().zip(row.iter()) {
            *w = (*w).max(c.len());
        }
    }
    let mut out = String::new();
    if !rows.is_empty() {
        let line = |out: &mut String, cells: &[String]| {
            let n = cells.len();
            for (i, c) in cells.iter().enumerate() {
                if i + 1 == n {
                    let _ = write!(out, "{c}");
                } else {
                    let _ = write!(out, "{c:<w$}  ", w = width[i]);
                }
            }
            out.push('\n');
        };
        line(&mut out, &header.map(String::from));
        for row in &rows {
            line(&mut out, row);
        }
        out.push('\n');
    }
    for r in reports {
        let c = &r.counts;
        let _ = writeln!(
            out,
            "{}: {} fixups checked: {} ok, {} out-of-range, {} wrong-target, {} not-checked",
            r.object, r.fixups, c.ok, c.out_of_range, c.wrong_target, c.not_checked
        );
    }
    out
}

fn signed_offset(a: i64) -> String {
    if a < 0 {
        format!("-{:#x}", a.unsigned_abs())
    } else {
        format!("+{a:#x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{Finding, Verdict, VerdictCounts};
    use std::collections::BTreeMap;

    #[test]
    fn table_lists_findings_and_summaries() {
        let f = Finding {
            verdict: Verdict::OutOfRange,
            object: "m.o".into(),
            section: ".text".into(),
            offset: 0x10,
            reloc_type: "R_AARCH64_ADR_GOT_PAGE".into(),
            symbol: "g".into(),
            addend: 0,
            site: 0x10_0000_0010,
            expected: Some(0x11_8000_0000),
            actual: Some(0x10_8000_0000),
            delta: Some(0x1_8000_0000),
            range: Some((-(1 << 32), (1 << 32) - 4096)),
            compared: "page".into(),
            via: Some("GOT slot 0x1180000000".into()),
            detail: String::new(),
        };
        let r = ObjectAuditReport {
            object_id: 0,
            object: "m.o".into(),
            fixups: 3,
            counts: VerdictCounts { ok: 2, out_of_range: 1, wrong_target: 0, not_checked: 0 },
            by_type: BTreeMap::new(),
            findings: vec![f],
        };
        let t = findings_table(&[r]);
        assert!(t.contains(".text+0x10"), "section+offset: {t}");
        assert!(t.contains("out-of-range") && t.contains("0x180000000"), "verdict and delta: {t}");
        assert!(t.contains("[-0x100000000, 0xfffff000]"), "inclusive range: {t}");
        assert!(t.contains("GOT slot 0x1180000000"), "via: {t}");
        assert!(t.contains("m.o: 3 fixups checked: 2 ok, 1 out-of-range, 0 wrong-target, 0 not-checked"), "summary: {t}");
    }
}
