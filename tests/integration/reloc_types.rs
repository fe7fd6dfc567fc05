//! Relocation types one by one, through every backend that accepts them, in cross mode
//! (deterministic placement, nothing runs unless a test says so): each type in range, at
//! the edge of its range and beyond it, and what a backend that rejects a type says.
//!
//! Objects are assembled in process (`Input::assembly`). Exact relocation types come from
//! `.reloc` directives; distances are set by labels and `.space` in one section, values of
//! absolute symbols by the session's resolver table. RuntimeDyld ends the process
//! (`report_fatal_error`) on a type it does not implement, so those are run through the CLI
//! in a worker (`--isolate`), never in this process.

use crate::common;
use jitharness::audit::{self, Finding, LayoutMemory, Memory, ObjectAudit, ObjectAuditReport, PlacedSection, Verdict};
use jitharness::backend::resolve::Resolver;
use jitharness::backend::{self, BackendKind, LinkBackend, LinkMode, SessionOptions};
use jitharness::compile::{CodeModel, CompileOptions, RelocModel};
use jitharness::memory::placement::Placement;
use jitharness::source::{self, Input, ObjectFile};
use jitharness::target::Arch;
use std::collections::BTreeMap;
use std::sync::Arc;

const BASE: u64 = 0x10_0000_0000;
const BACKENDS: [BackendKind; 4] = [BackendKind::RtdyldStock, BackendKind::RtdyldRust, BackendKind::JitlinkSlab, BackendKind::JitlinkRust];

/// The per-type expectations of this file were measured with LLVM 22 (its assembler and
/// both of its linkers). Other LLVMs assemble and link these objects differently (LLVM 14's
/// JITLink rejects most AArch64 types and cannot cross-link with LLVM's slab; its
/// RuntimeDyld and assembler differ in cases here): on them a test says so on stderr and
/// checks nothing, until that LLVM's behaviour is measured and written down here.
fn measured_on_this_llvm(test: &str) -> bool {
    let llvm = jitharness::compile::llvm_major();
    if llvm != 22 {
        eprintln!("note: reloc_types::{test}: expectations measured with LLVM 22 only; not asserted with LLVM {llvm}");
    }
    llvm == 22
}

fn assemble(arch: Arch, name: &str, asm: &str) -> ObjectFile {
    let opts = CompileOptions { reloc: RelocModel::Static, code_model: CodeModel::Small, ..CompileOptions::at_level(arch, 0) };
    source::to_object(&Input::assembly(name, asm), &opts, &mut Vec::new()).unwrap_or_else(|e| panic!("assembling {name}: {e}"))
}

/// A finalized cross-mode session of one object, externals bound from `table`.
struct Session {
    session: Box<dyn LinkBackend>,
    object: ObjectFile,
    table: BTreeMap<String, u64>,
}

fn link(kind: BackendKind, obj: &ObjectFile, arch: Arch, table: &[(&str, u64)]) -> Result<Session, String> {
    let table: BTreeMap<String, u64> = table.iter().map(|(n, a)| (n.to_string(), *a)).collect();
    let opts = SessionOptions {
        arch,
        mode: LinkMode::Cross { base: BASE },
        placement: Placement::Natural,
        resolver: Arc::new(Resolver::in_process(table.clone())),
        slab_size: jitharness::memory::slab::DEFAULT_SLAB_SIZE,
        debugger: false,
    };
    let mut session = backend::open(kind, opts).map_err(|e| format!("open: {e}"))?;
    session.add_object(obj).map_err(|e| e.to_string())?;
    session.finalize().map_err(|e| e.to_string())?;
    Ok(Session { session, object: obj.clone(), table })
}

impl Session {
    fn audit(&self) -> ObjectAuditReport {
        let layout = self.session.layout();
        // SAFETY: the rows come from `self.session`, alive and finalized while `memory` is used.
        let memory = unsafe { LayoutMemory::new(layout) };
        let sections = audit::placed_sections(layout, 0);
        let symbols = |n: &str| self.session.lookup(n).map(|a| a.target).or_else(|| self.table.get(n).copied());
        let input = ObjectAudit {
            object_id: 0,
            object: &self.object.name,
            bytes: &self.object.bytes,
            arch: self.object_arch(),
            sections: &sections,
            memory: &memory,
            symbols: &symbols,
        };
        let r = audit::audit_object(&input).unwrap_or_else(|e| panic!("audit: {e}"));
        assert_eq!(r.counts.total(), self.object.relocations as u64, "every relocation has one verdict");
        r
    }

    fn object_arch(&self) -> Arch {
        if self.object.bytes.get(18) == Some(&183) {
            Arch::Aarch64
        } else {
            Arch::X86_64
        }
    }
}

/// The one finding of type `ty` (or none when it is ok), with the table for messages.
fn verdict_of(r: &ObjectAuditReport, ty: &str) -> (Verdict, Option<Finding>, String) {
    let table = audit::findings_table(std::slice::from_ref(r));
    let counts = r.by_type.get(ty).unwrap_or_else(|| panic!("no {ty} in the report:\n{table}"));
    assert_eq!(counts.total(), 1, "one {ty}:\n{table}");
    let f = r.findings.iter().find(|f| f.reloc_type == ty).cloned();
    (f.as_ref().map_or(Verdict::Ok, |f| f.verdict), f, table)
}

/// What one case must give: the verdict, or (for a backend that checks) a link error
/// naming `error_word`.
#[derive(Clone, Copy, Debug)]
enum Want {
    Verdict(Verdict),
    RejectOrVerdict(&'static str, Verdict),
}

/// Links `asm` with every backend in `kinds`, audits it and checks the verdict of `ty`.
fn case(arch: Arch, kinds: &[BackendKind], name: &str, asm: &str, table: &[(&str, u64)], ty: &str, want: &[Want]) {
    let obj = assemble(arch, name, asm);
    for (&kind, &w) in kinds.iter().zip(want) {
        let ctx = format!("{arch} {} {name} {ty}", kind.name());
        match (link(kind, &obj, arch, table), w) {
            (Ok(s), Want::Verdict(v) | Want::RejectOrVerdict(_, v)) => {
                let (got, f, table) = verdict_of(&s.audit(), ty);
                assert_eq!(got, v, "{ctx}: verdict {f:?}\n{table}");
            }
            (Err(e), Want::RejectOrVerdict(word, _)) => {
                assert!(e.contains(word), "{ctx}: the backend's error names the problem ({word}): {e}");
            }
            (Err(e), Want::Verdict(v)) => panic!("{ctx}: expected a link and {v:?}, got the error: {e}"),
        }
    }
}

fn ok() -> Want {
    Want::Verdict(Verdict::Ok)
}

// ---- x86-64 small data fields ---------------------------------------------------------

/// `.reloc` of `ty` against `target` in a data word, with `space` bytes before label `tgt`.
fn x64_data(ty: &str, target: &str, field: &str, space: u64) -> String {
    format!(
        ".text\n.globl rt_f\nrt_f:\n  ret\n.data\n.globl rt_d\nrt_d:\n  .reloc ., {ty}, {target}\n  {field} 0\n  .space {space}\ntgt:\n  .quad 0\n"
    )
}

integration_test!(
    /// R_X86_64_8 / 16: the value must fit the field, signed or unsigned. RuntimeDyld
    /// (release LLVM) writes the truncated value silently: the audit must say out-of-range;
    /// JITLink refuses the link.
    fn x86_64_abs8_abs16_ranges() {
        if !measured_on_this_llvm("x86_64_abs8_abs16_ranges") {
            return;
        }
        let arch = Arch::X86_64;
        let rt = Want::Verdict(Verdict::OutOfRange);
        let jl = Want::RejectOrVerdict("out of range", Verdict::OutOfRange);
        for (ty, field, cases) in [
            (
                "R_X86_64_8",
                ".byte",
                [(0x12u64, "in"), (0xff, "edge-unsigned"), (-128i64 as u64, "edge-signed"), (0x100, "beyond"), (0x1234, "far")],
            ),
            (
                "R_X86_64_16",
                ".short",
                [(0x3012, "in"), (0xffff, "edge-unsigned"), (-32768i64 as u64, "edge-signed"), (0x1_0000, "beyond"), (0x12_3456, "far")],
            ),
        ] {
            for (value, what) in cases {
                let beyond = what == "beyond" || what == "far";
                // JITLink takes these fields as unsigned only (Pointer8/Pointer16): a negative
                // value is refused, which is its choice, not a mislink.
                let jl_neg = Want::RejectOrVerdict("out of range", Verdict::Ok);
                let want = match what {
                    _ if beyond => [rt, rt, jl, jl],
                    "edge-signed" => [ok(), ok(), jl_neg, jl_neg],
                    _ => [ok(); 4],
                };
                case(arch, &BACKENDS, &format!("{ty}-{what}.s"), &x64_data(ty, "rt_ext", field, 0), &[("rt_ext", value)], ty, &want);
            }
        }
    }
);

integration_test!(
    /// The truncation RuntimeDyld was seen doing (0x12 / 0x3012 written for larger values,
    /// the job saying linked-only) is now out-of-range, and the finding shows the truncation.
    fn x86_64_abs8_abs16_truncation_is_out_of_range_on_rtdyld() {
        if !measured_on_this_llvm("x86_64_abs8_abs16_truncation_is_out_of_range_on_rtdyld") {
            return;
        }
        let arch = Arch::X86_64;
        for (ty, field, value, written) in [("R_X86_64_8", ".byte", 0x4012u64, 0x12u64), ("R_X86_64_16", ".short", 0x5_3012, 0x3012)] {
            let obj = assemble(arch, "trunc.s", &x64_data(ty, "rt_ext", field, 0));
            let s = link(BackendKind::RtdyldStock, &obj, arch, &[("rt_ext", value)]).expect("RuntimeDyld links it");
            let (v, f, table) = verdict_of(&s.audit(), ty);
            let f = f.unwrap_or_else(|| panic!("{ty}: a finding:\n{table}"));
            assert_eq!(v, Verdict::OutOfRange, "{ty}:\n{table}");
            assert_eq!((f.expected, f.actual), (Some(value), Some(written)), "{ty}: RuntimeDyld wrote the low bits:\n{table}");
            assert!(f.detail.contains("truncated"), "{ty}: the detail says so:\n{table}");
        }
    }
);

integration_test!(
    /// R_X86_64_PC8 / PC16: a signed displacement to a label `space` bytes on. RuntimeDyld
    /// handles PC8 but not PC16 (it ends the process: see the CLI test below).
    fn x86_64_pc8_pc16_ranges() {
        if !measured_on_this_llvm("x86_64_pc8_pc16_ranges") {
            return;
        }
        let arch = Arch::X86_64;
        let rt = Want::Verdict(Verdict::OutOfRange);
        let jl = Want::RejectOrVerdict("out of range", Verdict::OutOfRange);
        // The field is at rt_d; tgt is field bytes + space on.
        for (ty, field, width, max, kinds) in
            [("R_X86_64_PC8", ".byte", 1u64, 127u64, &BACKENDS[..]), ("R_X86_64_PC16", ".short", 2, 32767, &BACKENDS[2..])]
        {
            let rt_want: &[Want] = if kinds.len() == 4 { &[rt, rt, jl, jl] } else { &[jl, jl] };
            for (space, what) in [(10, "in"), (max - width, "edge"), (max - width + 1, "beyond")] {
                let want: Vec<Want> = if what == "beyond" { rt_want.to_vec() } else { vec![ok(); kinds.len()] };
                case(arch, kinds, &format!("{ty}-{what}.s"), &x64_data(ty, "tgt", field, space), &[], ty, &want);
            }
        }
    }
);

integration_test!(
    /// 64-bit GOT forms and SIZE32/64 on JITLink (RuntimeDyld handles GOT64, GOTOFF64,
    /// GOTPC32 and GOTPC64 too); a field that points elsewhere is wrong-target. These have
    /// no range to be at the edge of, except GOTPC32 (±2 GiB: the GOT of a cross link lies
    /// a few pages from the code, so only the in-range case can be made).
    fn x86_64_got_forms_and_sizes() {
        if !measured_on_this_llvm("x86_64_got_forms_and_sizes") {
            return;
        }
        let arch = Arch::X86_64;
        eprintln!("note: GOT64/GOTOFF64/GOTPC64/GOTPCREL64/SIZE64 fields are 64-bit: no edge or beyond case exists");
        let asm = |ty: &str, target: &str| {
            format!(
                ".text\n.globl rt_f\nrt_f:\n  ret\n.data\n.globl rt_obj\n.type rt_obj,@object\n.size rt_obj, 24\nrt_obj:\n  .zero 24\n\
                 .globl rt_d\nrt_d:\n  .reloc ., {ty}, {target}\n  .quad 0\n"
            )
        };
        let all = [ok(); 4];
        for (ty, target, kinds) in [
            ("R_X86_64_GOT64", "rt_obj", &BACKENDS[..]),
            ("R_X86_64_GOTOFF64", "rt_obj+8", &BACKENDS[..]),
            ("R_X86_64_GOTPC64", "_GLOBAL_OFFSET_TABLE_+8", &BACKENDS[..]),
            ("R_X86_64_GOTPC32", "_GLOBAL_OFFSET_TABLE_", &BACKENDS[..]),
            ("R_X86_64_GOTPCREL64", "rt_obj", &BACKENDS[2..]),
            ("R_X86_64_SIZE64", "rt_obj+3", &BACKENDS[2..]),
            ("R_X86_64_SIZE32", "rt_obj+5", &BACKENDS[2..]),
        ] {
            // GOTOFF64 and GOT64 need a GOT: give the object one through a GOTPCREL.
            let src = asm(ty, target).replace("rt_f:\n  ret", "rt_f:\n  movq rt_obj@GOTPCREL(%rip), %rax\n  ret");
            case(arch, kinds, &format!("{ty}.s"), &src, &[], ty, &all[..kinds.len()]);
        }
        // SIZE32 beyond u32: Z + A = 24 + 0xffff_ffe8 = 2^32.
        let src = asm("R_X86_64_SIZE32", "rt_obj+0xffffffe7");
        case(arch, &BACKENDS[2..], "size32-edge.s", &src, &[], "R_X86_64_SIZE32", &[ok(), ok()]);
        let src = asm("R_X86_64_SIZE32", "rt_obj+0xffffffe8");
        let jl = Want::RejectOrVerdict("out of range", Verdict::OutOfRange);
        case(arch, &BACKENDS[2..], "size32-beyond.s", &src, &[], "R_X86_64_SIZE32", &[jl, jl]);
    }
);

/// Runs `jitharness link FILE --link-only --audit --isolate` for a file holding `asm`.
fn cli_link(arch: Arch, kind: BackendKind, name: &str, asm: &str) -> jitharness::report::LinkReport {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, asm).unwrap();
    let p = path.to_str().unwrap();
    let (r, _) = common::link_json(&[
        p,
        "--target",
        arch.name(),
        "--backend",
        kind.name(),
        "--link-only",
        "--audit",
        "--isolate",
        "--stub-unresolved",
    ]);
    r
}

integration_test!(
    /// Types RuntimeDyld does not implement end its process with `LLVM ERROR: Relocation
    /// type not implemented yet!` (which does not name the type); JITLink names the types it
    /// does not support. Asserted per type, so a change in either shows.
    fn unsupported_types_per_backend() {
        if !measured_on_this_llvm("unsupported_types_per_backend") {
            return;
        }
        let x64 = |ty: &str| format!(".text\n.globl rt_f\nrt_f:\n  ret\n.data\nrt_d:\n  .reloc ., {ty}, rt_ext\n  .quad 0\n");
        let a64 = |ty: &str, insn: u32| format!(".text\n.globl rt_f\nrt_f:\n  .reloc ., {ty}, rt_ext\n  .inst {insn:#x}\n  ret\n");
        let mut cases: Vec<(Arch, &str, String, bool, bool)> = Vec::new(); // (arch, type, asm, rtdyld ok, jitlink ok)
        for ty in ["R_X86_64_PC16", "R_X86_64_GOTPCREL64", "R_X86_64_SIZE32", "R_X86_64_SIZE64"] {
            cases.push((Arch::X86_64, ty, x64(ty), false, true));
        }
        cases.push((Arch::X86_64, "R_X86_64_PLTOFF64", x64("R_X86_64_PLTOFF64"), false, false));
        for (ty, insn) in [
            ("R_AARCH64_MOVW_SABS_G0", 0xd280_0000u32),
            ("R_AARCH64_MOVW_PREL_G1", 0xd2a0_0000),
            ("R_AARCH64_GOT_LD_PREL19", 0x5800_0000),
            ("R_AARCH64_ADR_PREL_PG_HI21_NC", 0x9000_0000),
            ("R_AARCH64_GOTREL64", 0),
        ] {
            cases.push((Arch::Aarch64, ty, a64(ty, insn), false, false));
        }
        cases.push((Arch::Aarch64, "R_AARCH64_LD64_GOTPAGE_LO15", a64("R_AARCH64_LD64_GOTPAGE_LO15", 0xf940_0000), false, true));
        cases.push((Arch::Aarch64, "R_AARCH64_ABS16", a64("R_AARCH64_ABS16", 0), true, false));
        for (arch, ty, asm, rt_ok, jl_ok) in cases {
            let r = cli_link(arch, BackendKind::RtdyldStock, "u.s", &asm);
            let status = r.outcome.kind().label();
            if rt_ok {
                // Linked (the CLI's cross imports lie far away: the audit may fail it), and audited.
                assert!(status == "linked-only" || status == "fail", "{arch} {ty}: RuntimeDyld links it: {:?}", r.outcome);
                let counts: u64 = r.audits.iter().map(|a| a.by_type.get(ty).map_or(0, |c| c.total())).sum();
                assert_eq!(counts, 1, "{arch} {ty}: audited once");
            } else {
                let text = format!("{:?}", r.outcome);
                assert!(status == "crash" && text.contains("not implemented"), "{arch} {ty}: RuntimeDyld aborts: {text}");
            }
            let r = cli_link(arch, BackendKind::JitlinkSlab, "u.s", &asm);
            let text = format!("{:?}", r.outcome);
            if jl_ok {
                assert_eq!(r.outcome.kind().label(), "linked-only", "{arch} {ty}: JITLink links it: {text}");
                let counts: u64 = r.audits.iter().map(|a| a.by_type.get(ty).map_or(0, |c| c.total())).sum();
                assert_eq!(counts, 1, "{arch} {ty}: audited once");
            } else {
                assert!(text.contains(ty) || text.contains("Unsupported"), "{arch} {ty}: JITLink names it: {text}");
            }
        }
    }
);

// ---- AArch64 ---------------------------------------------------------------------------

/// `.reloc` of `ty` against label `tgt`, `space` bytes after the end of the 4-byte field
/// (instruction `insn`, or data of `field`).
fn a64_fwd(ty: &str, field: &str, space: u64) -> String {
    format!(".text\n.globl rt_f\n.p2align 2\nrt_f:\n  .reloc ., {ty}, tgt\n  {field}\n  .space {space}\ntgt:\n  ret\n")
}

integration_test!(
    /// LD_PREL_LO19 (LDR literal, ±1 MiB) on both backends. RuntimeDyld writes only bits
    /// 11:2 of the displacement (mask 0xffc): in range but 4 KiB or more away, its LDR loads
    /// from the wrong place, which the audit must call wrong-target; JITLink gets it right
    /// and refuses the link beyond the range.
    fn aarch64_ld_prel_lo19() {
        if !measured_on_this_llvm("aarch64_ld_prel_lo19") {
            return;
        }
        let arch = Arch::Aarch64;
        let ldr = ".inst 0x58000000";
        let jl = Want::RejectOrVerdict("out of range", Verdict::OutOfRange);
        let rt_far = Want::Verdict(Verdict::WrongTarget);
        let max = (1u64 << 20) - 4;
        for (space, what, rt) in
            [(0x40, "near", ok()), (0x2000, "in", rt_far), (max - 4, "edge", rt_far), (max, "beyond", Want::Verdict(Verdict::OutOfRange))]
        {
            let want = [rt, rt, if what == "beyond" { jl } else { ok() }, if what == "beyond" { jl } else { ok() }];
            case(
                arch,
                &BACKENDS,
                &format!("ldlit-{what}.s"),
                &a64_fwd("R_AARCH64_LD_PREL_LO19", ldr, space),
                &[],
                "R_AARCH64_LD_PREL_LO19",
                &want,
            );
        }
    }
);

integration_test!(
    /// ABS16, PREL16 and PLT32 data words: RuntimeDyld links them (and truncates beyond the
    /// range); JITLink (LLVM 22) does not support them and says so.
    fn aarch64_data16_and_plt32() {
        if !measured_on_this_llvm("aarch64_data16_and_plt32") {
            return;
        }
        let arch = Arch::Aarch64;
        let rt_out = Want::Verdict(Verdict::OutOfRange);
        let jl = Want::RejectOrVerdict("nsupported", Verdict::Ok);
        let abs16 = |what: &str, value: u64, beyond: bool| {
            let src =
                ".text\n.globl rt_f\n.p2align 2\nrt_f:\n  ret\n.data\nrt_d:\n  .reloc ., R_AARCH64_ABS16, rt_ext\n  .short 0\n".to_string();
            let rt = if beyond { rt_out } else { ok() };
            case(arch, &BACKENDS, &format!("abs16-{what}.s"), &src, &[("rt_ext", value)], "R_AARCH64_ABS16", &[rt, rt, jl, jl]);
        };
        abs16("in", 0x1234, false);
        abs16("edge", 0xffff, false);
        abs16("edge-signed", -32768i64 as u64, false);
        abs16("beyond", 0x1_0000, true);
        for (space, what) in [(0x100u64, "in"), (0xffff - 2, "edge"), (0xffff - 1, "beyond")] {
            let rt = if what == "beyond" { rt_out } else { ok() };
            case(
                arch,
                &BACKENDS,
                &format!("prel16-{what}.s"),
                &a64_fwd("R_AARCH64_PREL16", ".short 0", space),
                &[],
                "R_AARCH64_PREL16",
                &[rt, rt, jl, jl],
            );
        }
        eprintln!("note: PLT32 (±2 GiB) is checked in range only: a section of 2 GiB is not assembled here");
        case(arch, &BACKENDS, "plt32-in.s", &a64_fwd("R_AARCH64_PLT32", ".word 0", 0x100), &[], "R_AARCH64_PLT32", &[ok(), ok(), jl, jl]);
    }
);

integration_test!(
    /// LD64_GOTPAGE_LO15 on JITLink: the LDR's offset is the slot's distance from the page
    /// of the GOT base, which the auditor takes from the layout.
    fn aarch64_gotpage_lo15_on_jitlink() {
        if !measured_on_this_llvm("aarch64_gotpage_lo15_on_jitlink") {
            return;
        }
        let arch = Arch::Aarch64;
        let src = ".text\n.globl rt_f\n.p2align 2\nrt_f:\n  adrp x0, :got:rt_ext\n  .reloc ., R_AARCH64_LD64_GOTPAGE_LO15, rt_ext\n  .inst 0xf9400000\n  ret\n";
        case(arch, &BACKENDS[2..], "gotpage15.s", src, &[("rt_ext", 0x7000_1230)], "R_AARCH64_LD64_GOTPAGE_LO15", &[ok(), ok()]);
    }
);

// ---- regressions ------------------------------------------------------------------------

integration_test!(
    /// JITLink dead-strips an unreferenced section: its relocations are not-checked, named,
    /// with the reason, and the totals still equal the object's relocation count.
    fn dead_stripped_section_is_not_checked_not_missing() {
        if !measured_on_this_llvm("dead_stripped_section_is_not_checked_not_missing") {
            return;
        }
        let asm = ".text\n.globl rt_keep\nrt_keep:\n  mov $1, %eax\n  ret\n.section .text.unused,\"ax\",@progbits\nrt_dead:\n  call rt_keep\n  lea rt_keep(%rip), %rax\n  ret\n\
                   .section .data.unused,\"aw\",@progbits\n  .quad rt_keep\n  .quad rt_dead\n";
        let obj = assemble(Arch::X86_64, "deadstrip.s", asm);
        assert_eq!(obj.relocations, 4, "the object has 4 relocations");
        for kind in [BackendKind::JitlinkSlab, BackendKind::JitlinkRust] {
            let s = link(kind, &obj, Arch::X86_64, &[]).expect("links");
            let r = s.audit();
            let table = audit::findings_table(std::slice::from_ref(&r));
            assert_eq!(r.fixups, 4, "{}: all 4 counted:\n{table}", kind.name());
            let not_loaded: Vec<&Finding> = r.findings.iter().filter(|f| f.detail.contains("was not loaded by the backend")).collect();
            assert_eq!(not_loaded.len(), 4, "{}: all 4 in dead-stripped sections:\n{table}", kind.name());
            assert!(not_loaded.iter().all(|f| f.verdict == Verdict::NotChecked && f.detail.contains(&f.section)), "{table}");
            let by_type: u64 = r.by_type.values().map(|c| c.total()).sum();
            assert_eq!(by_type, 4, "{}: by_type sums to the relocation count", kind.name());
        }
    }
);

/// A minimal big-endian AArch64 relocatable object: `.text` with one BL to an external
/// and `.data` with one ABS64 to it, written with `object::write`.
fn big_endian_object() -> Vec<u8> {
    use object::write::{Object, Relocation, StandardSection, Symbol, SymbolSection};
    use object::{Architecture, BinaryFormat, Endianness, RelocationFlags, SymbolFlags, SymbolKind, SymbolScope};
    let mut o = Object::new(BinaryFormat::Elf, Architecture::Aarch64, Endianness::Big);
    let text = o.section_id(StandardSection::Text);
    o.append_section_data(text, &[0x94, 0, 0, 0, 0xd6, 0x5f, 0x03, 0xc0], 4);
    let data = o.section_id(StandardSection::Data);
    o.append_section_data(data, &[0; 8], 8);
    let sym = |name: &str, section| Symbol {
        name: name.as_bytes().to_vec(),
        value: 0,
        size: 0,
        kind: SymbolKind::Text,
        scope: SymbolScope::Dynamic,
        weak: false,
        section,
        flags: SymbolFlags::None,
    };
    o.add_symbol(sym("be_f", SymbolSection::Section(text)));
    let ext = o.add_symbol(sym("be_ext", SymbolSection::Undefined));
    for (section, r_type) in [(text, object::elf::R_AARCH64_CALL26), (data, object::elf::R_AARCH64_ABS64)] {
        let r = Relocation { offset: 0, symbol: ext, addend: 0, flags: RelocationFlags::Elf { r_type } };
        o.add_relocation(section, r).expect("relocation");
    }
    o.write().expect("big-endian object")
}

integration_test!(
    /// A big-endian object (aarch64_be) is audited, not an error: every relocation is
    /// not-checked with the reason.
    fn big_endian_object_is_not_checked() {
        let bytes = big_endian_object();
        let file = object::File::parse(&*bytes).expect("parses");
        assert!(!object::Object::is_little_endian(&file), "big-endian");
        let sections: Vec<PlacedSection> = object::Object::sections(&file)
            .filter(|s| matches!(object::ObjectSection::name(s), Ok(".text" | ".data")))
            .enumerate()
            .map(|(i, s)| PlacedSection {
                elf_index: object::ObjectSection::index(&s).0 as u64,
                target_addr: 0x1000 * (i as u64 + 1),
                size: 8,
            })
            .collect();
        assert_eq!(sections.len(), 2, "both sections placed");
        let memory = Spans(Vec::new());
        let symbols = |_: &str| Some(0x9000u64);
        let r = audit::audit_object(&ObjectAudit {
            object_id: 0,
            object: "be.o",
            bytes: &bytes,
            arch: Arch::Aarch64,
            sections: &sections,
            memory: &memory,
            symbols: &symbols,
        })
        .expect("a report, not an error");
        let table = audit::findings_table(std::slice::from_ref(&r));
        assert_eq!((r.fixups, r.counts.not_checked), (2, 2), "both relocations not-checked:\n{table}");
        assert!(r.findings.iter().all(|f| f.detail.contains("big-endian ELF is not decoded")), "{table}");
    }
);

integration_test!(
    /// `__start_X` / `__stop_X` are the bounds of this object's section X as placed, on every
    /// backend: JITLink defines them so itself; RuntimeDyld asks the resolver, which answers
    /// with the section RuntimeDyld placed (not with the table's addresses given here, which
    /// point at no section): ok everywhere.
    fn start_stop_symbols_are_section_bounds() {
        if !measured_on_this_llvm("start_stop_symbols_are_section_bounds") {
            return;
        }
        let asm = ".text\n.globl rt_f\nrt_f:\n  lea __start_rt_set(%rip), %rax\n  lea __stop_rt_set(%rip), %rdx\n  ret\n\
                   .section rt_set,\"aw\",@progbits\n.globl rt_item\nrt_item:\n  .quad 1\n  .quad 2\n";
        let obj = assemble(Arch::X86_64, "startstop.s", asm);
        let table = [("__start_rt_set", 0x5000_0000u64), ("__stop_rt_set", 0x5000_0100)];
        for kind in BACKENDS {
            let s = link(kind, &obj, Arch::X86_64, &table).unwrap_or_else(|e| panic!("{}: {e}", kind.name()));
            let r = s.audit();
            let t = audit::findings_table(std::slice::from_ref(&r));
            assert_eq!((r.counts.ok, r.counts.wrong_target), (2, 0), "{}: __start_/__stop_ are the section's bounds:\n{t}", kind.name());
            let layout = s.session.layout();
            let set = layout.iter().find(|l| l.section == "rt_set").expect("rt_set placed");
            for f in &r.findings {
                let want = if f.symbol == "__start_rt_set" { set.target_addr } else { set.target_addr + 16 };
                assert_eq!(
                    f.expected.map(|e| e.wrapping_sub(f.addend as u64)),
                    Some(want),
                    "{}: expected S is the bound:\n{t}",
                    kind.name()
                );
            }
        }
        // Not placed (a section the object lacks a reference into is kept by RuntimeDyld):
        // audited against memory that lacks it, the reason is given.
        let s = link(BackendKind::RtdyldStock, &obj, Arch::X86_64, &table).unwrap();
        let layout = s.session.layout();
        let sections: Vec<PlacedSection> = audit::placed_sections(layout, 0)
            .into_iter()
            .filter(|p| layout.iter().any(|l| l.elf_section == Some(p.elf_index) && l.section != "rt_set"))
            .collect();
        // SAFETY: rows of the live, finalized session `s`.
        let memory = unsafe { LayoutMemory::new(layout) };
        let symbols = |n: &str| s.session.lookup(n).map(|a| a.target);
        let r = audit::audit_object(&ObjectAudit {
            object_id: 0,
            object: "startstop.s",
            bytes: &obj.bytes,
            arch: Arch::X86_64,
            sections: &sections,
            memory: &memory,
            symbols: &symbols,
        })
        .unwrap();
        let t = audit::findings_table(std::slice::from_ref(&r));
        let nc: Vec<&Finding> = r.with_verdict(Verdict::NotChecked).filter(|f| f.symbol.starts_with("__st")).collect();
        assert_eq!(nc.len(), 2, "both bounds not-checked when rt_set is not placed:\n{t}");
        assert!(nc.iter().all(|f| f.detail.contains("rt_set, which was not loaded")), "{t}");
    }
);

const IFUNC_ASM: &str = ".text\n.type rt_impl,@function\nrt_impl:\n  lea 42(%rdi), %rax\n  ret\n\
.type rt_resolver,@gnu_indirect_function\nrt_resolver:\n  lea rt_impl(%rip), %rax\n  ret\n\
.globl rt_entry\n.type rt_entry,@function\nrt_entry:\n  push %rbx\n  call rt_resolver\n  pop %rbx\n  ret\n\
.globl rt_getp\nrt_getp:\n  lea rt_resolver(%rip), %rax\n  ret\n";

integration_test!(
    /// A local IFUNC: RuntimeDyld points the call and the lea at its IFUNC stub, which the
    /// auditor follows (stub → GOT word → lazy trampoline → resolver): ok; natively, the call
    /// returns what the resolved function does; the same with the reserving managers.
    /// JITLink (LLVM 22) rejects the object, as LLVM 22's own llvm-jitlink does.
    fn ifunc_on_rtdyld_stock() {
        if !measured_on_this_llvm("ifunc_on_rtdyld_stock") {
            return;
        }
        let obj = assemble(Arch::X86_64, "ifunc.s", IFUNC_ASM);
        // The reserving managers too: RuntimeDyld's reservation hint leaves the IFUNC stub's
        // GOT words out, and a reservation sized by the hint alone is too small.
        for kind in [BackendKind::RtdyldStock, BackendKind::RtdyldRust, BackendKind::RtdyldReserve] {
            if let Err(why) = kind.availability() {
                eprintln!("note: {}: {why}", kind.name());
                continue;
            }
            let s = link(kind, &obj, Arch::X86_64, &[]).unwrap_or_else(|e| panic!("{}: RuntimeDyld links it: {e}", kind.name()));
            let r = s.audit();
            let t = audit::findings_table(std::slice::from_ref(&r));
            assert_eq!((r.fixups, r.counts.ok), (2, 2), "{}: both references reach the IFUNC entry:\n{t}", kind.name());
        }
        for kind in [BackendKind::JitlinkSlab, BackendKind::JitlinkRust] {
            let e = link(kind, &obj, Arch::X86_64, &[]).err().unwrap_or_else(|| panic!("{}: JITLink links an IFUNC now", kind.name()));
            assert!(e.contains("symbol"), "{}: the error: {e}", kind.name());
        }
        if !common::can_run(Arch::X86_64) || Arch::host() != Arch::X86_64 {
            eprintln!("note: x86_64 code cannot run here: the IFUNC call is checked by the audit only");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ifunc.s");
        std::fs::write(&path, IFUNC_ASM).unwrap();
        let (rep, _) =
            common::link_json(&[path.to_str().unwrap(), "--target", "x86_64", "--audit", "--call", "rt_entry", "5", "--isolate"]);
        let ret = rep.calls.first().and_then(|c| c.actual).unwrap_or_else(|| panic!("rt_entry ran: {:?}", rep.outcome));
        assert_eq!(ret, 47, "rt_entry(5) runs rt_impl through the IFUNC: 5 + 42");
        assert_eq!(rep.outcome.kind().label(), "pass", "the audit is clean and the call ran: {:?}", rep.outcome);
    }
);

integration_test!(
    /// The IFUNC stub mislinked: if the lea went to the resolver itself (what a backend
    /// treating the IFUNC as a plain function would do), that is wrong-target, said so.
    fn ifunc_reference_to_the_resolver_is_wrong_target() {
        if !measured_on_this_llvm("ifunc_reference_to_the_resolver_is_wrong_target") {
            return;
        }
        let obj = assemble(Arch::X86_64, "ifunc.s", IFUNC_ASM);
        let s = link(BackendKind::RtdyldStock, &obj, Arch::X86_64, &[]).unwrap();
        let layout = s.session.layout();
        let text = layout.iter().find(|l| l.section == ".text" && l.elf_section.is_some()).unwrap();
        // rt_getp's lea (the last PC32 of .text) and where rt_resolver is, from the object.
        let file = object::File::parse(&*obj.bytes).unwrap();
        let sec = object::Object::section_by_name(&file, ".text").unwrap();
        let lea = object::ObjectSection::relocations(&sec)
            .filter(|(_, r)| r.flags() == object::RelocationFlags::Elf { r_type: object::elf::R_X86_64_PC32 })
            .map(|(off, _)| off)
            .max()
            .expect("the lea's PC32");
        let resolver = object::Object::symbols(&file)
            .find(|y| object::ObjectSymbol::name(y) == Ok("rt_resolver"))
            .map(|y| object::ObjectSymbol::address(&y))
            .expect("rt_resolver");
        let mut mem = Spans::of(layout);
        let p = text.target_addr + lea;
        assert_eq!(mem.bytes_mut(p - 3, 3), [0x48, 0x8d, 0x05], "lea rax, [rip+d] where expected");
        let disp = (text.target_addr + resolver).wrapping_sub(p + 4) as u32;
        mem.bytes_mut(p, 4).copy_from_slice(&disp.to_le_bytes());
        let sections = audit::placed_sections(layout, 0);
        let symbols = |n: &str| s.session.lookup(n).map(|a| a.target);
        let r = audit::audit_object(&ObjectAudit {
            object_id: 0,
            object: "ifunc.s",
            bytes: &obj.bytes,
            arch: Arch::X86_64,
            sections: &sections,
            memory: &mem,
            symbols: &symbols,
        })
        .unwrap();
        let t = audit::findings_table(std::slice::from_ref(&r));
        let f = r.findings.iter().find(|f| f.offset == lea).unwrap_or_else(|| panic!("the lea is a finding:\n{t}"));
        assert_eq!(f.verdict, Verdict::WrongTarget, "{t}");
        assert!(f.detail.contains("resolver itself"), "{t}");
    }
);

/// Copies of linked (or synthetic) memory by target address.
struct Spans(Vec<(u64, Vec<u8>, bool)>);

impl Spans {
    fn of(layout: &[jitharness::backend::layout::SectionLayout]) -> Spans {
        // SAFETY: the rows come from a live, finalized session of the caller.
        let live = unsafe { LayoutMemory::new(layout) };
        Spans(
            layout
                .iter()
                .filter(|r| r.size > 0)
                .map(|r| {
                    let mut b = vec![0u8; r.size as usize];
                    assert!(live.read(r.target_addr, &mut b), "row readable");
                    (r.target_addr, b, r.kind == jitharness::backend::layout::SectionKind::Got)
                })
                .collect(),
        )
    }

    fn bytes_mut(&mut self, addr: u64, len: usize) -> &mut [u8] {
        let (base, bytes, _) =
            self.0.iter_mut().find(|(b, v, _)| *b <= addr && addr + len as u64 <= b + v.len() as u64).expect("in a span");
        let off = (addr - *base) as usize;
        &mut bytes[off..off + len]
    }
}

impl Memory for Spans {
    fn read(&self, addr: u64, buf: &mut [u8]) -> bool {
        self.0.iter().any(|(base, bytes, _)| {
            let off = addr.wrapping_sub(*base) as usize;
            off.checked_add(buf.len()).and_then(|end| bytes.get(off..end)).map(|b| buf.copy_from_slice(b)).is_some()
        })
    }

    fn got_regions(&self) -> Vec<std::ops::Range<u64>> {
        self.0.iter().filter(|s| s.2).map(|(b, v, _)| *b..*b + v.len() as u64).collect()
    }

    fn object_gots(&self, _: u32) -> Vec<std::ops::Range<u64>> {
        self.got_regions()
    }
}

// ---- types no backend links: synthetic memory -------------------------------------------

/// Audits `asm`'s `.text` placed at `text`, its instruction words replaced by `words`
/// (offset → word), with `extra` memory (GOT slots: address, value) and symbol values.
fn synthetic(asm: &str, text: u64, words: &[(u64, u32)], got: &[(u64, u64)], values: &[(&str, u64)]) -> ObjectAuditReport {
    let obj = assemble(Arch::Aarch64, "synthetic.s", asm);
    let file = object::File::parse(&*obj.bytes).unwrap();
    let sec = object::Object::section_by_name(&file, ".text").unwrap();
    let mut bytes = object::ObjectSection::data(&sec).unwrap().to_vec();
    for &(off, w) in words {
        bytes[off as usize..off as usize + 4].copy_from_slice(&w.to_le_bytes());
    }
    let size = bytes.len() as u64;
    let mut spans = vec![(text, bytes, false)];
    for &(a, v) in got {
        spans.push((a, v.to_le_bytes().to_vec(), true));
    }
    let memory = Spans(spans);
    let sections = [PlacedSection { elf_index: object::ObjectSection::index(&sec).0 as u64, target_addr: text, size }];
    let symbols = |n: &str| values.iter().find(|(k, _)| *k == n).map(|(_, v)| *v);
    audit::audit_object(&ObjectAudit {
        object_id: 0,
        object: "synthetic.s",
        bytes: &obj.bytes,
        arch: Arch::Aarch64,
        sections: &sections,
        memory: &memory,
        symbols: &symbols,
    })
    .expect("audits")
}

fn movz(imm: u64, hw: u32) -> u32 {
    0xd280_0000 | (hw << 21) | (((imm & 0xffff) as u32) << 5)
}

fn movn(imm: u64, hw: u32) -> u32 {
    0x9280_0000 | (hw << 21) | (((imm & 0xffff) as u32) << 5)
}

integration_test!(
    /// MOVW_SABS (MOVZ for S+A >= 0, MOVN of !X below), MOVW_PREL (of S+A-P), GOT_LD_PREL19
    /// and ADR_PREL_PG_HI21_NC: no backend links them (see unsupported_types_per_backend),
    /// so each is checked on synthetic memory: in range, at the edge, beyond.
    fn synthetic_signed_movw_literal_got_and_nc_page() {
        if !measured_on_this_llvm("synthetic_signed_movw_literal_got_and_nc_page") {
            return;
        }
        let asm = ".text\n.globl rt_f\n.p2align 2\nrt_f:\n  .reloc ., R_AARCH64_MOVW_SABS_G0, rt_a\n  .inst 0xd2800000\n\
                   .reloc ., R_AARCH64_MOVW_PREL_G1, rt_b\n  .inst 0xd2a00000\n  .reloc ., R_AARCH64_GOT_LD_PREL19, rt_c\n  .inst 0x58000000\n\
                   .reloc ., R_AARCH64_ADR_PREL_PG_HI21_NC, rt_d\n  .inst 0x90000000\n  ret\n";
        let text = 0x10_0000_0000u64;
        let verdicts = |a: u64, w0: u32, b: u64, w1: u32, slot: u64, w2: u32, d: u64, w3: u32| {
            let r = synthetic(
                asm,
                text,
                &[(0, w0), (4, w1), (8, w2), (12, w3)],
                &[(slot, 0x7777)],
                &[("rt_a", a), ("rt_b", b), ("rt_c", 0x7777), ("rt_d", d)],
            );
            let t = audit::findings_table(std::slice::from_ref(&r));
            let v = |ty: &str| r.findings.iter().find(|f| f.reloc_type == ty).map_or(Verdict::Ok, |f| f.verdict);
            (
                [
                    v("R_AARCH64_MOVW_SABS_G0"),
                    v("R_AARCH64_MOVW_PREL_G1"),
                    v("R_AARCH64_GOT_LD_PREL19"),
                    v("R_AARCH64_ADR_PREL_PG_HI21_NC"),
                ],
                t,
            )
        };
        let lit = |to: u64, at: u64| 0x5800_0000 | ((((to.wrapping_sub(at) as i64) >> 2) as u32 & 0x7ffff) << 5);
        let page = |to: u64, at: u64| {
            let d = (to & !0xfff).wrapping_sub(at & !0xfff) >> 12;
            0x9000_0000 | (((d & 3) as u32) << 29) | ((((d >> 2) & 0x7ffff) as u32) << 5)
        };
        use Verdict::*;
        // In range: SABS of +5 (MOVZ), PREL G1 of +0x3_0000 (MOVZ #3, lsl 16), a slot 0x100 on, a page 8 GiB on (_NC: fine).
        let b = text + 4 + 0x3_0000;
        let (v, t) = verdicts(
            5,
            movz(5, 0),
            b,
            movz(3, 1),
            text + 0x108,
            lit(text + 0x108, text + 8),
            text + (8 << 30),
            page(text + (8 << 30), text + 12),
        );
        assert_eq!(v, [Ok, Ok, Ok, Ok], "in range:\n{t}");
        // Edges: SABS_G0 of -0x10000 (MOVN #0xffff), PREL_G1 of 2^32 - 1 (MOVZ #0xffff), a slot 1 MiB - 4 on.
        let slot = text + 8 + (1 << 20) - 4;
        let (v, t) = verdicts(
            -0x1_0000i64 as u64,
            movn(0xffff, 0),
            text + 4 + 0xffff_ffff,
            movz(0xffff, 1),
            slot,
            lit(slot, text + 8),
            text,
            page(text, text + 12),
        );
        assert_eq!(v, [Ok, Ok, Ok, Ok], "edges:\n{t}");
        // The sign picks the instruction: -5 with a MOVZ is wrong even if the bits match.
        let (v, t) =
            verdicts(-5i64 as u64, movz(4, 0), b, movz(3, 1), text + 0x108, lit(text + 0x108, text + 8), text, page(text, text + 12));
        assert_eq!(v[0], WrongTarget, "MOVZ for a negative value:\n{t}");
        // Beyond: SABS_G0 of 0x10000, PREL_G1 of 2^32, a slot 1 MiB on (fields truncated).
        let slot = text + 8 + (1 << 20);
        let (v, t) =
            verdicts(0x1_0000, movz(0, 0), text + 4 + (1 << 32), movz(0, 1), slot, lit(slot, text + 8), text, page(text, text + 12));
        assert_eq!(&v[..3], &[OutOfRange, OutOfRange, OutOfRange], "beyond:\n{t}");
    }
);

integration_test!(
    /// RuntimeDyld resolves GOTOFF64 against the first `.got` of the whole session, GOTPC64
    /// against the object's own: in the second object with a GOT, GOT (from GOTPC64) plus
    /// GOTOFF64 lands elsewhere. The audit (GOT base = the object's own GOT, as for GOTPC64
    /// and on JITLink) must call that wrong-target and name the other GOT.
    fn gotoff64_against_another_objects_got_on_rtdyld() {
        if !measured_on_this_llvm("gotoff64_against_another_objects_got_on_rtdyld") {
            return;
        }
        let asm = |i: u32| {
            format!(
                ".text\n.globl rt_gf{i}\nrt_gf{i}:\n  movq rt_gv{i}@GOTPCREL(%rip), %rax\n  ret\n.data\n.globl rt_gv{i}\nrt_gv{i}:\n  .quad {i}\n\
                 .reloc ., R_X86_64_GOTOFF64, rt_gv{i}\n  .quad 0\n  .reloc ., R_X86_64_GOTPC64, _GLOBAL_OFFSET_TABLE_\n  .quad 0\n"
            )
        };
        let objects = [assemble(Arch::X86_64, "g1.s", &asm(1)), assemble(Arch::X86_64, "g2.s", &asm(2))];
        for kind in BACKENDS {
            let opts = SessionOptions {
                arch: Arch::X86_64,
                mode: LinkMode::Cross { base: BASE },
                placement: Placement::Natural,
                resolver: Arc::new(Resolver::in_process(BTreeMap::new())),
                slab_size: jitharness::memory::slab::DEFAULT_SLAB_SIZE,
                debugger: false,
            };
            let mut session = backend::open(kind, opts).unwrap();
            for o in &objects {
                session.add_object(o).unwrap();
            }
            session.finalize().unwrap();
            let layout = session.layout();
            // SAFETY: rows of the live, finalized `session`.
            let memory = unsafe { LayoutMemory::new(layout) };
            let symbols = |n: &str| session.lookup(n).map(|a| a.target);
            let rtdyld = matches!(kind, BackendKind::RtdyldStock | BackendKind::RtdyldRust);
            for (i, o) in objects.iter().enumerate() {
                let sections = audit::placed_sections(layout, i as u32);
                let input = ObjectAudit {
                    object_id: i as u32,
                    object: &o.name,
                    bytes: &o.bytes,
                    arch: Arch::X86_64,
                    sections: &sections,
                    memory: &memory,
                    symbols: &symbols,
                };
                let r = audit::audit_object(&input).unwrap();
                let (v, f, t) = verdict_of(&r, "R_X86_64_GOTOFF64");
                assert_eq!(verdict_of(&r, "R_X86_64_GOTPC64").0, Verdict::Ok, "{} {}: GOTPC64:\n{t}", kind.name(), o.name);
                let want = if rtdyld && i == 1 { Verdict::WrongTarget } else { Verdict::Ok };
                assert_eq!(v, want, "{} {}: GOTOFF64:\n{t}", kind.name(), o.name);
                if want == Verdict::WrongTarget {
                    assert!(f.unwrap().detail.contains("another GOT of the session"), "{t}");
                }
            }
        }
    }
);
