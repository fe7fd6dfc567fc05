//! The relocation auditor against objects linked by the real backend (RuntimeDyld, cross
//! mode: nothing runs, both targets work on any host), and against synthetic memory where
//! the real linker cannot produce a case.
//!
//! Objects come from the crate's own compile path: IR with `module asm` for the exact
//! relocation types (the relocations emitted are checked with `object` before auditing).

use jitharness::audit::{self, Finding, LayoutMemory, Memory, ObjectAudit, ObjectAuditReport, PlacedSection, Verdict};
use jitharness::backend::layout::{SectionKind, SectionLayout};
use jitharness::backend::resolve::Resolver;
use jitharness::backend::{self, BackendKind, LinkBackend, LinkMode, SessionOptions};
use jitharness::compile::{self, CodeModel, CompileOptions, RelocModel};
use jitharness::memory::placement::Placement;
use jitharness::source::{self, Input, ObjectFile};
use jitharness::target::Arch;
use object::{Object, ObjectSection, ObjectSymbol, RelocationFlags, RelocationTarget};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::Arc;

// ---- helpers ---------------------------------------------------------------------------

/// IR: the assembly as `module asm` lines, plus a small IR function (its code and
/// `.eh_frame` bring the relocations the compiler itself emits).
fn module(asm: &str) -> String {
    let ptr = if compile::opaque_pointers() { "ptr" } else { "i64*" };
    let mut ir = String::new();
    for line in asm.lines().map(str::trim).filter(|l| !l.is_empty()) {
        ir.push_str(&format!("module asm \"{}\"\n", line.replace('"', "\\22")));
    }
    ir.push_str(&format!(
        "@aud_ir_global = global i64 7\ndefine i64 @aud_ir_fn() {{\n  %v = load i64, {ptr} @aud_ir_global\n  ret i64 %v\n}}\n"
    ));
    ir
}

fn compile_obj(arch: Arch, name: &str, asm: &str) -> ObjectFile {
    compile_ir(arch, name, &module(asm))
}

/// Only the assembly: no compiler-made relocations (for synthetic placement, where only
/// `.text` is placed).
fn compile_asm_only(arch: Arch, name: &str, asm: &str) -> ObjectFile {
    let ir: String =
        asm.lines().map(str::trim).filter(|l| !l.is_empty()).map(|l| format!("module asm \"{}\"\n", l.replace('"', "\\22"))).collect();
    compile_ir(arch, name, &ir)
}

fn compile_ir(arch: Arch, name: &str, ir: &str) -> ObjectFile {
    let opts = CompileOptions { reloc: RelocModel::Static, code_model: CodeModel::Small, ..CompileOptions::at_level(arch, 0) };
    let mut notes = Vec::new();
    source::to_object(&Input::ir(name, ir), &opts, &mut notes).unwrap_or_else(|e| panic!("compiling {name} for {arch}: {e}"))
}

/// Relocation type names (as the auditor names them) in the object's loaded-looking
/// sections, from `object` directly.
fn emitted_types(obj: &ObjectFile) -> BTreeSet<u32> {
    let file = object::File::parse(&*obj.bytes).expect("compiled object parses");
    let mut out = BTreeSet::new();
    for sec in file.sections() {
        for (_, r) in sec.relocations() {
            if let RelocationFlags::Elf { r_type } = r.flags() {
                out.insert(r_type);
            }
        }
    }
    out
}

struct Linked {
    session: Box<dyn LinkBackend>,
    resolver: Arc<Resolver>,
    objects: Vec<ObjectFile>,
    layout: Vec<SectionLayout>,
    arch: Arch,
}

fn link(arch: Arch, base: u64, import_base: u64, placement: Placement, objects: Vec<ObjectFile>) -> Linked {
    let resolver = Arc::new(Resolver::cross(import_base));
    let opts = SessionOptions {
        arch,
        mode: LinkMode::Cross { base },
        placement,
        resolver: resolver.clone(),
        slab_size: jitharness::memory::slab::DEFAULT_SLAB_SIZE,
        debugger: false,
    };
    let mut session = backend::open(BackendKind::RtdyldStock, opts).expect("rtdyld-stock is available");
    for o in &objects {
        session.add_object(o).unwrap_or_else(|e| panic!("adding {}: {e}", o.name));
    }
    session.finalize().expect("finalize");
    let layout = session.layout().to_vec();
    Linked { session, resolver, objects, layout, arch }
}

impl Linked {
    fn symbol(&self, name: &str) -> Option<u64> {
        self.session.lookup(name).map(|a| a.target).or_else(|| self.resolver.resolved().get(name).map(|(a, _)| *a))
    }

    fn memory(&self) -> LayoutMemory {
        // SAFETY: the rows come from `self.session`, which is alive (borrowed by `self`) and
        // keeps its finalized memory mapped and readable; nothing writes to it meanwhile.
        unsafe { LayoutMemory::new(&self.layout) }
    }

    fn audit_with(&self, i: usize, memory: &dyn Memory) -> ObjectAuditReport {
        let sections = audit::placed_sections(&self.layout, i as u32);
        let symbols = |n: &str| self.symbol(n);
        let input = ObjectAudit {
            object_id: i as u32,
            object: &self.objects[i].name,
            bytes: &self.objects[i].bytes,
            arch: self.arch,
            sections: &sections,
            memory,
            symbols: &symbols,
        };
        audit::audit_object(&input).unwrap_or_else(|e| panic!("audit of {}: {e}", self.objects[i].name))
    }

    fn audit(&self, i: usize) -> ObjectAuditReport {
        self.audit_with(i, &self.memory())
    }

    fn row(&self, object_id: u32, elf_section: u64) -> &SectionLayout {
        self.layout
            .iter()
            .find(|r| r.object_id == object_id && r.elf_section == Some(elf_section))
            .unwrap_or_else(|| panic!("no layout row for section {elf_section}: {:#?}", self.layout))
    }

    /// The slots of the session's GOTs holding `value`.
    fn got_slots(&self, value: u64) -> Vec<u64> {
        let m = self.memory();
        let mut out = Vec::new();
        for r in self.layout.iter().filter(|r| r.kind == SectionKind::Got) {
            for slot in (r.target_addr..r.target_addr + r.size).step_by(8) {
                let mut b = [0u8; 8];
                if m.read(slot, &mut b) && u64::from_le_bytes(b) == value {
                    out.push(slot);
                }
            }
        }
        out
    }
}

/// A relocation of object `i` as `object` reads it: P, S+A, its type and symbol name.
struct Reloc {
    r_type: u32,
    symbol: String,
    p: u64,
    s: u64,
    a: i64,
}

/// Every relocation of object 0's loaded sections, with P and S computed from the layout
/// and the session's symbols (independently of the auditor).
fn relocs(l: &Linked, i: usize) -> Vec<Reloc> {
    let file = object::File::parse(&*l.objects[i].bytes).unwrap();
    let mut out = Vec::new();
    for sec in file.sections() {
        let Some(row) = l.layout.iter().find(|r| r.object_id == i as u32 && r.elf_section == Some(sec.index().0 as u64)) else {
            continue;
        };
        for (off, r) in sec.relocations() {
            let RelocationFlags::Elf { r_type } = r.flags() else { continue };
            let RelocationTarget::Symbol(si) = r.target() else { continue };
            let sym = file.symbol_by_index(si).unwrap();
            let (symbol, s) = match sym.section_index() {
                Some(ss) if sym.is_local() || sym.kind() == object::SymbolKind::Section => {
                    let name = if sym.kind() == object::SymbolKind::Section {
                        file.section_by_index(ss).unwrap().name().unwrap().to_string()
                    } else {
                        sym.name().unwrap().to_string()
                    };
                    (name, l.row(i as u32, ss.0 as u64).target_addr + sym.address())
                }
                _ => {
                    let name = sym.name().unwrap().to_string();
                    let s = l.symbol(&name).unwrap_or_else(|| panic!("{name} resolved"));
                    (name, s)
                }
            };
            out.push(Reloc { r_type, symbol, p: row.target_addr + off, s, a: r.addend() });
        }
    }
    out
}

fn findings_of<'a>(r: &'a ObjectAuditReport, ty: &str) -> Vec<&'a Finding> {
    r.findings.iter().filter(|f| f.reloc_type == ty).collect()
}

/// Asserts every fixup of the report is ok and every `want` type was seen (and decoded).
fn assert_all_ok(r: &ObjectAuditReport, want: &[&str], ctx: &str) {
    let table = audit::findings_table(std::slice::from_ref(r));
    assert!(r.findings.is_empty(), "{ctx}: every fixup in range and right:\n{table}");
    assert_eq!(r.counts.ok, r.fixups, "{ctx}: all {} fixups ok:\n{table}", r.fixups);
    for t in want {
        let c = r.by_type.get(*t).unwrap_or_else(|| panic!("{ctx}: no {t} fixup seen; types: {:?}", r.by_type.keys()));
        assert!(c.ok > 0 && c.ok == c.total(), "{ctx}: {t} decoded ok: {c:?}");
    }
}

/// Copies of every layout row's bytes: memory the tests can corrupt.
struct CopyMemory {
    spans: Vec<(u64, Vec<u8>)>,
    got: Vec<Range<u64>>,
}

impl CopyMemory {
    fn of(l: &Linked) -> CopyMemory {
        let m = l.memory();
        let mut spans = Vec::new();
        for r in &l.layout {
            let mut b = vec![0u8; r.size as usize];
            assert!(m.read(r.target_addr, &mut b), "row {} is readable", r.section);
            spans.push((r.target_addr, b));
        }
        let got = m.got_regions();
        CopyMemory { spans, got }
    }

    fn bytes_mut(&mut self, addr: u64, len: usize) -> &mut [u8] {
        let (base, b) = self
            .spans
            .iter_mut()
            .find(|(a, b)| *a <= addr && addr + len as u64 <= *a + b.len() as u64)
            .unwrap_or_else(|| panic!("{addr:#x} is in a copied row"));
        let off = (addr - *base) as usize;
        &mut b[off..off + len]
    }

    fn xor32(&mut self, addr: u64, mask: u32) {
        let b = self.bytes_mut(addr, 4);
        let v = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) ^ mask;
        b.copy_from_slice(&v.to_le_bytes());
    }
}

impl Memory for CopyMemory {
    fn read(&self, addr: u64, buf: &mut [u8]) -> bool {
        let Some(end) = addr.checked_add(buf.len() as u64) else { return false };
        match self.spans.iter().find(|(a, b)| *a <= addr && end <= *a + b.len() as u64) {
            Some((a, b)) => {
                let off = (addr - a) as usize;
                buf.copy_from_slice(&b[off..off + buf.len()]);
                true
            }
            None => false,
        }
    }

    fn got_regions(&self) -> Vec<Range<u64>> {
        self.got.clone()
    }
}

// ---- the objects -----------------------------------------------------------------------

const A64_ASM: &str = r#"
.text
.globl aud_fn
.p2align 2
aud_fn:
  adrp x0, aud_data
  add x0, x0, :lo12:aud_data
  ldrb w1, [x0, :lo12:aud_b]
  ldrh w1, [x0, :lo12:aud_h]
  ldr w1, [x0, :lo12:aud_w]
  ldr x1, [x0, :lo12:aud_x]
  ldr q0, [x0, :lo12:aud_q]
  adr x2, aud_near
  adrp x3, :got:aud_ext
  ldr x3, [x3, :got_lo12:aud_ext]
  bl aud_ext_fn
  bl aud_near
  b.eq aud_near
  cbz x0, aud_near
  tbz x0, #0, aud_near
  movz x4, #:abs_g3:aud_data
  movk x4, #:abs_g2_nc:aud_data
  movk x4, #:abs_g1_nc:aud_data
  movk x4, #:abs_g0_nc:aud_data
  b aud_ext_tail
.globl aud_near
aud_near:
  ret
.data
.p2align 4
.globl aud_data
aud_data:
aud_q: .quad 0, 0
aud_x: .quad 0
aud_w: .word 0
aud_h: .hword 0
aud_b: .byte 0
.p2align 3
aud_abs64: .xword aud_fn
aud_prel64: .xword aud_fn - .
aud_abs32: .word aud_fn
aud_prel32: .word aud_fn - .
"#;

const A64_TYPES: &[&str] = &[
    "R_AARCH64_ADR_PREL_PG_HI21",
    "R_AARCH64_ADR_PREL_LO21",
    "R_AARCH64_ADD_ABS_LO12_NC",
    "R_AARCH64_LDST8_ABS_LO12_NC",
    "R_AARCH64_LDST16_ABS_LO12_NC",
    "R_AARCH64_LDST32_ABS_LO12_NC",
    "R_AARCH64_LDST64_ABS_LO12_NC",
    "R_AARCH64_LDST128_ABS_LO12_NC",
    "R_AARCH64_ADR_GOT_PAGE",
    "R_AARCH64_LD64_GOT_LO12_NC",
    "R_AARCH64_CALL26",
    "R_AARCH64_JUMP26",
    "R_AARCH64_CONDBR19",
    "R_AARCH64_TSTBR14",
    "R_AARCH64_MOVW_UABS_G0_NC",
    "R_AARCH64_MOVW_UABS_G1_NC",
    "R_AARCH64_MOVW_UABS_G2_NC",
    "R_AARCH64_MOVW_UABS_G3",
    "R_AARCH64_ABS64",
    "R_AARCH64_ABS32",
    "R_AARCH64_PREL32",
    "R_AARCH64_PREL64",
];

/// The GOT forms are also written with `.reloc`: LLVM 14's TargetMachine does not relax
/// (no GOTPCRELX from `mov sym@GOTPCREL`), and LLVM 14 drops a `.reloc`-only symbol unless
/// it is declared.
const X64_ASM: &str = r#"
.globl aud_ext4, aud_ext5, aud_ext6
.text
.globl aud_fn
aud_fn:
  movl aud_data(%rip), %eax
  call aud_near
  call aud_ext_fn
  movq aud_ext@GOTPCREL(%rip), %rax
  movl aud_ext2@GOTPCREL(%rip), %eax
  call *aud_ext_fn3@GOTPCREL(%rip)
  .byte 0x48, 0x8b, 0x05
aud_gotpcrel_field:
  .long 0
  .reloc aud_gotpcrel_field, R_X86_64_GOTPCREL, aud_ext4-4
  .byte 0x48, 0x8b, 0x05
aud_rex_gotpcrelx_field:
  .long 0
  .reloc aud_rex_gotpcrelx_field, R_X86_64_REX_GOTPCRELX, aud_ext5-4
  .byte 0x8b, 0x05
aud_gotpcrelx_field:
  .long 0
  .reloc aud_gotpcrelx_field, R_X86_64_GOTPCRELX, aud_ext6-4
  movq $aud_data, %rax
  movl $aud_data, %eax
  movabsq $aud_data, %rax
  ret
.globl aud_near
aud_near:
  ret
.data
.p2align 3
.globl aud_data
aud_data:
  .quad aud_fn
  .quad aud_fn - .
  .long aud_fn
"#;

const X64_TYPES: &[&str] = &[
    "R_X86_64_PC32",
    "R_X86_64_PLT32",
    "R_X86_64_GOTPCREL",
    "R_X86_64_GOTPCRELX",
    "R_X86_64_REX_GOTPCRELX",
    "R_X86_64_64",
    "R_X86_64_32",
    "R_X86_64_32S",
    "R_X86_64_PC64",
];

/// Small addresses: everything (imports included) fits every field.
const NEAR_BASE: u64 = 0x4000_0000;
const NEAR_IMPORTS: u64 = 0x3ff0_0000;
/// The brief's cross base: above 4 GiB, imports 1 MiB below.
const FAR_BASE: u64 = 0x10_0000_0000;
const FAR_IMPORTS: u64 = FAR_BASE - 0x10_0000;

fn type_name(arch: Arch, t: u32) -> String {
    // The auditor's names are the ELF names; map the numbers the tests care about.
    let names: &[(u32, &str)] = match arch {
        Arch::Aarch64 => &[
            (257, "R_AARCH64_ABS64"),
            (258, "R_AARCH64_ABS32"),
            (260, "R_AARCH64_PREL64"),
            (261, "R_AARCH64_PREL32"),
            (263, "R_AARCH64_MOVW_UABS_G0"),
            (264, "R_AARCH64_MOVW_UABS_G0_NC"),
            (265, "R_AARCH64_MOVW_UABS_G1"),
            (266, "R_AARCH64_MOVW_UABS_G1_NC"),
            (267, "R_AARCH64_MOVW_UABS_G2"),
            (268, "R_AARCH64_MOVW_UABS_G2_NC"),
            (269, "R_AARCH64_MOVW_UABS_G3"),
            (274, "R_AARCH64_ADR_PREL_LO21"),
            (275, "R_AARCH64_ADR_PREL_PG_HI21"),
            (276, "R_AARCH64_ADR_PREL_PG_HI21_NC"),
            (277, "R_AARCH64_ADD_ABS_LO12_NC"),
            (278, "R_AARCH64_LDST8_ABS_LO12_NC"),
            (279, "R_AARCH64_TSTBR14"),
            (280, "R_AARCH64_CONDBR19"),
            (282, "R_AARCH64_JUMP26"),
            (283, "R_AARCH64_CALL26"),
            (284, "R_AARCH64_LDST16_ABS_LO12_NC"),
            (285, "R_AARCH64_LDST32_ABS_LO12_NC"),
            (286, "R_AARCH64_LDST64_ABS_LO12_NC"),
            (299, "R_AARCH64_LDST128_ABS_LO12_NC"),
            (311, "R_AARCH64_ADR_GOT_PAGE"),
            (312, "R_AARCH64_LD64_GOT_LO12_NC"),
        ],
        Arch::X86_64 => &[
            (1, "R_X86_64_64"),
            (2, "R_X86_64_PC32"),
            (4, "R_X86_64_PLT32"),
            (9, "R_X86_64_GOTPCREL"),
            (10, "R_X86_64_32"),
            (11, "R_X86_64_32S"),
            (24, "R_X86_64_PC64"),
            (41, "R_X86_64_GOTPCRELX"),
            (42, "R_X86_64_REX_GOTPCRELX"),
        ],
    };
    names.iter().find(|(n, _)| *n == t).map_or_else(|| format!("type {t}"), |(_, s)| s.to_string())
}

fn assert_emitted(obj: &ObjectFile, arch: Arch, want: &[&str]) {
    let have: BTreeSet<String> = emitted_types(obj).into_iter().map(|t| type_name(arch, t)).collect();
    for t in want {
        assert!(have.contains(*t), "{arch}: the assembler emitted {t}; emitted: {have:?}");
    }
}

// ---- 1. in range, real linker ----------------------------------------------------------

integration_test!(
    fn every_type_in_range_is_ok_aarch64() {
        let arch = Arch::Aarch64;
        let obj = compile_obj(arch, "audit-a64.ll", A64_ASM);
        assert_emitted(&obj, arch, A64_TYPES);
        let l = link(arch, NEAR_BASE, NEAR_IMPORTS, Placement::Natural, vec![obj]);
        let r = l.audit(0);
        assert_all_ok(&r, A64_TYPES, "aarch64, natural placement near 1 GiB");
        // The external calls went through RuntimeDyld's stubs and were accepted as such: the
        // direct call to aud_near did not.
        assert!(r.fixups >= A64_TYPES.len() as u64, "every relocation counted: {}", r.fixups);
    }
);

integration_test!(
    fn every_type_in_range_is_ok_x86_64() {
        let arch = Arch::X86_64;
        let obj = compile_obj(arch, "audit-x64.ll", X64_ASM);
        assert_emitted(&obj, arch, X64_TYPES);
        let l = link(arch, NEAR_BASE, NEAR_IMPORTS, Placement::Natural, vec![obj]);
        let r = l.audit(0);
        assert_all_ok(&r, X64_TYPES, "x86_64, natural placement near 1 GiB");
    }
);

// ---- 2. out of range, real linker ------------------------------------------------------

/// Code far from data (scatter: 6 GiB), and branches across 2 MiB of padding: whatever
/// order RuntimeDyld allocates `.text.a` and `.text.c` in, the branch (2 MiB into one) and
/// its target (2 MiB into the other) are more than 1 MiB apart.
const A64_FAR_ASM: &str = r#"
.text
.globl aud_fn
.p2align 2
aud_fn:
  adrp x0, aud_data
  add x0, x0, :lo12:aud_data
  adrp x3, :got:aud_ext
  ldr x3, [x3, :got_lo12:aud_ext]
  ret
.section .text.a,"ax"
.space 0x200000
aud_branches:
  b.eq aud_far
  tbz x0, #0, aud_far
  adr x1, aud_far
  ret
.section .text.c,"ax"
.space 0x200000
aud_far:
  ret
.data
.p2align 3
.globl aud_data
aud_data:
  .quad 0
  .word aud_fn
  .word aud_fn - .
"#;

const X64_FAR_ASM: &str = r#"
.globl aud_ext4, aud_ext5, aud_ext6
.text
.globl aud_fn
aud_fn:
  movl aud_data(%rip), %eax
  movq aud_ext@GOTPCREL(%rip), %rax
  movl aud_ext2@GOTPCREL(%rip), %eax
  .byte 0x48, 0x8b, 0x05
aud_gotpcrel_field:
  .long 0
  .reloc aud_gotpcrel_field, R_X86_64_GOTPCREL, aud_ext4-4
  .byte 0x48, 0x8b, 0x05
aud_rex_gotpcrelx_field:
  .long 0
  .reloc aud_rex_gotpcrelx_field, R_X86_64_REX_GOTPCRELX, aud_ext5-4
  .byte 0x8b, 0x05
aud_gotpcrelx_field:
  .long 0
  .reloc aud_gotpcrelx_field, R_X86_64_GOTPCRELX, aud_ext6-4
  movq $aud_data, %rax
  movl $aud_data, %eax
  call aud_ext_fn
  ret
.data
.p2align 3
.globl aud_data
aud_data:
  .long aud_fn
"#;

fn page(x: u64) -> u64 {
    x & !0xfff
}

/// The delta a fixup must span, computed here from the layout, the session's symbols and
/// the GOT contents (not by the auditor).
fn independent_delta(l: &Linked, r: &Reloc) -> i64 {
    let sa = r.s.wrapping_add(r.a as u64);
    let name = type_name(l.arch, r.r_type);
    let slot = || {
        let slots = l.got_slots(r.s);
        assert_eq!(slots.len(), 1, "one GOT slot holds {} ({:#x})", r.symbol, r.s);
        slots[0]
    };
    match name.as_str() {
        "R_AARCH64_ADR_PREL_PG_HI21" => page(sa).wrapping_sub(page(r.p)) as i64,
        "R_AARCH64_ADR_GOT_PAGE" => page(slot()).wrapping_sub(page(r.p)) as i64,
        "R_X86_64_GOTPCREL" | "R_X86_64_GOTPCRELX" | "R_X86_64_REX_GOTPCRELX" => slot().wrapping_add(r.a as u64).wrapping_sub(r.p) as i64,
        "R_AARCH64_ABS32" | "R_X86_64_32" | "R_X86_64_32S" => sa as i64,
        _ => sa.wrapping_sub(r.p) as i64,
    }
}

/// The inclusive ranges the ABIs give (written out here, not taken from the auditor).
fn spec_range(ty: &str) -> (i64, i64) {
    match ty {
        "R_AARCH64_ADR_PREL_PG_HI21" | "R_AARCH64_ADR_PREL_PG_HI21_NC" | "R_AARCH64_ADR_GOT_PAGE" => (-(1 << 32), (1 << 32) - 4096),
        "R_AARCH64_ADR_PREL_LO21" => (-(1 << 20), (1 << 20) - 1),
        "R_AARCH64_CONDBR19" => (-(1 << 20), (1 << 20) - 4),
        "R_AARCH64_TSTBR14" => (-(1 << 15), (1 << 15) - 4),
        "R_AARCH64_CALL26" | "R_AARCH64_JUMP26" => (-(1 << 27), (1 << 27) - 4),
        "R_AARCH64_ABS32" => (-(1 << 31), (1 << 32) - 1),
        "R_X86_64_32" => (0, (1 << 32) - 1),
        "R_AARCH64_MOVW_UABS_G0" => (0, 0xffff),
        "R_AARCH64_MOVW_UABS_G1" => (0, 0xffff_ffff),
        "R_AARCH64_MOVW_UABS_G2" => (0, 0xffff_ffff_ffff),
        _ => (-(1 << 31), (1 << 31) - 1),
    }
}

/// Asserts each `want` type has an out-of-range finding and every out-of-range finding
/// carries the independently computed delta and the ABI range.
fn assert_out_of_range(l: &Linked, r: &ObjectAuditReport, want: &[&str], ctx: &str) {
    let table = audit::findings_table(std::slice::from_ref(r));
    let rels = relocs(l, 0);
    for t in want {
        assert!(findings_of(r, t).iter().any(|f| f.verdict == Verdict::OutOfRange), "{ctx}: {t} is found out of range:\n{table}");
    }
    for f in r.with_verdict(Verdict::OutOfRange) {
        let rel = rels
            .iter()
            .find(|x| x.p == f.site && type_name(l.arch, x.r_type) == f.reloc_type)
            .unwrap_or_else(|| panic!("{ctx}: finding at {:#x} matches a relocation", f.site));
        let d = independent_delta(l, rel);
        assert_eq!(f.delta, Some(d), "{ctx}: delta of {} at {}+{:#x}:\n{table}", f.reloc_type, f.section, f.offset);
        assert_eq!(f.range, Some(spec_range(&f.reloc_type)), "{ctx}: range of {}", f.reloc_type);
        let (lo, hi) = spec_range(&f.reloc_type);
        assert!(d < lo || d > hi, "{ctx}: the delta {d:#x} really is outside the range");
    }
}

integration_test!(
    fn out_of_range_is_detected_aarch64() {
        let arch = Arch::Aarch64;
        let obj = compile_obj(arch, "audit-a64-far.ll", A64_FAR_ASM);
        let l = link(arch, FAR_BASE, FAR_IMPORTS, Placement::Scatter, vec![obj]);
        let r = l.audit(0);
        let want = [
            "R_AARCH64_ADR_PREL_PG_HI21",
            "R_AARCH64_ADR_GOT_PAGE",
            "R_AARCH64_ADR_PREL_LO21",
            "R_AARCH64_CONDBR19",
            "R_AARCH64_TSTBR14",
            "R_AARCH64_ABS32",
            "R_AARCH64_PREL32",
        ];
        assert_out_of_range(&l, &r, &want, "aarch64 scatter");
        let table = audit::findings_table(std::slice::from_ref(&r));
        // The low-12 halves are right even when their ADRP is not.
        for t in ["R_AARCH64_ADD_ABS_LO12_NC", "R_AARCH64_LD64_GOT_LO12_NC"] {
            let c = &r.by_type[t];
            assert!(c.ok > 0 && c.ok == c.total(), "{t} stays ok: {c:?}\n{table}");
        }
        assert!(r.with_verdict(Verdict::NotChecked).next().is_none(), "everything decoded:\n{table}");
    }
);

integration_test!(
    fn out_of_range_is_detected_x86_64() {
        let arch = Arch::X86_64;
        let obj = compile_obj(arch, "audit-x64-far.ll", X64_FAR_ASM);
        let l = link(arch, FAR_BASE, FAR_IMPORTS, Placement::Scatter, vec![obj]);
        let r = l.audit(0);
        let want = ["R_X86_64_PC32", "R_X86_64_GOTPCREL", "R_X86_64_GOTPCRELX", "R_X86_64_REX_GOTPCRELX", "R_X86_64_32", "R_X86_64_32S"];
        assert_out_of_range(&l, &r, &want, "x86_64 scatter");
        // RuntimeDyld's stub for the external call reaches its GOT slot with a disp32 too:
        // under scatter that is truncated, so the call lands on a stub that jumps elsewhere.
        let table = audit::findings_table(std::slice::from_ref(&r));
        let plt = findings_of(&r, "R_X86_64_PLT32");
        assert!(
            plt.iter().any(|f| f.verdict == Verdict::WrongTarget && f.via.as_deref().is_some_and(|v| v.contains("stub"))),
            "the call through the broken stub is wrong-target, via the stub:\n{table}"
        );
    }
);

// ---- synthetic placement: what the real linker cannot produce --------------------------

/// Test-side encoders: write S+A into a field the way a linker that does not check ranges
/// would (truncating), so the auditor sees what such a linker leaves behind.
fn encode_a64(insn: u32, r_type: &str, p: u64, sa: u64) -> u32 {
    let rel = sa.wrapping_sub(p);
    match r_type {
        "R_AARCH64_CALL26" | "R_AARCH64_JUMP26" => (insn & 0xfc00_0000) | ((rel >> 2) as u32 & 0x03ff_ffff),
        "R_AARCH64_ADR_PREL_PG_HI21_NC" | "R_AARCH64_ADR_PREL_PG_HI21" => {
            let pages = page(sa).wrapping_sub(page(p)) >> 12;
            (insn & 0x9f00_001f) | ((pages as u32 & 3) << 29) | ((((pages >> 2) as u32) & 0x7ffff) << 5)
        }
        t if t.starts_with("R_AARCH64_MOVW_UABS_G") => {
            let chunk: u32 = t[21..22].parse().unwrap();
            (insn & !(0xffff << 5)) | ((((sa >> (16 * chunk)) & 0xffff) as u32) << 5)
        }
        other => panic!("no test encoder for {other}"),
    }
}

/// One object's `.text`, placed at `text_addr` with its fields written by the test-side
/// encoder against the given symbol values, plus extra memory (stubs, slots).
fn synthetic_audit(arch: Arch, asm: &str, text_addr: u64, values: &BTreeMap<&str, u64>, extra: Vec<(u64, Vec<u8>)>) -> ObjectAuditReport {
    let obj = compile_asm_only(arch, "synthetic.ll", asm);
    let file = object::File::parse(&*obj.bytes).unwrap();
    let text = file.section_by_name(".text").expect(".text");
    let mut bytes = text.data().unwrap().to_vec();
    for (off, r) in text.relocations() {
        let RelocationFlags::Elf { r_type } = r.flags() else { continue };
        let RelocationTarget::Symbol(si) = r.target() else { continue };
        let name = file.symbol_by_index(si).unwrap().name().unwrap().to_string();
        let Some(&s) = values.get(name.as_str()) else { continue };
        let sa = s.wrapping_add(r.addend() as u64);
        let p = text_addr + off;
        let o = off as usize;
        let ty = type_name(arch, r_type);
        match arch {
            Arch::Aarch64 => {
                let insn = u32::from_le_bytes(bytes[o..o + 4].try_into().unwrap());
                bytes[o..o + 4].copy_from_slice(&encode_a64(insn, &ty, p, sa).to_le_bytes());
            }
            Arch::X86_64 => {
                assert!(ty == "R_X86_64_PLT32" || ty == "R_X86_64_PC32", "no test encoder for {ty}");
                bytes[o..o + 4].copy_from_slice(&(sa.wrapping_sub(p) as u32).to_le_bytes());
            }
        }
    }
    let size = bytes.len() as u64;
    let mut spans = vec![(text_addr, bytes)];
    spans.extend(extra);
    let memory = CopyMemory { spans, got: Vec::new() };
    let sections = [PlacedSection { elf_index: text.index().0 as u64, target_addr: text_addr, size }];
    let symbols = |n: &str| values.get(n).copied();
    let input = ObjectAudit {
        object_id: 0,
        object: "synthetic.ll",
        bytes: &obj.bytes,
        arch,
        sections: &sections,
        memory: &memory,
        symbols: &symbols,
    };
    audit::audit_object(&input).expect("synthetic object audits")
}

/// RuntimeDyld never links these (it has no MOVW_UABS_G0/G1/G2 or ADR_PREL_PG_HI21_NC and
/// routes far calls through stubs), so their range logic is checked on synthetic memory.
const A64_SYNTH_ASM: &str = r#"
.text
.globl syn_fn
.p2align 2
syn_fn:
  bl syn_call
  b syn_jump
  movz x0, #:abs_g0:syn_g0
  movz x0, #:abs_g1:syn_g1
  movz x0, #:abs_g2:syn_g2
  adrp x0, :pg_hi21_nc:syn_page
  ret
"#;

const A64_SYNTH_TYPES: &[&str] = &[
    "R_AARCH64_CALL26",
    "R_AARCH64_JUMP26",
    "R_AARCH64_MOVW_UABS_G0",
    "R_AARCH64_MOVW_UABS_G1",
    "R_AARCH64_MOVW_UABS_G2",
    "R_AARCH64_ADR_PREL_PG_HI21_NC",
];

integration_test!(
    fn synthetic_ranges_aarch64() {
        let arch = Arch::Aarch64;
        assert_emitted(&compile_asm_only(arch, "synthetic.ll", A64_SYNTH_ASM), arch, A64_SYNTH_TYPES);
        let text = 0x10_0000_0000u64;
        let near: BTreeMap<&str, u64> = [
            ("syn_call", text + (64 << 20)),
            ("syn_jump", text - (100 << 20)),
            ("syn_g0", 0xbeef),
            ("syn_g1", 0xdead_beef),
            ("syn_g2", 0x1234_dead_beef),
            ("syn_page", text + (3 << 30) + 0x123),
        ]
        .into();
        let r = synthetic_audit(arch, A64_SYNTH_ASM, text, &near, Vec::new());
        assert_all_ok(&r, A64_SYNTH_TYPES, "aarch64 synthetic, in range");

        let far: BTreeMap<&str, u64> = [
            ("syn_call", text + (256 << 20)),
            ("syn_jump", text - (129 << 20)),
            ("syn_g0", 0x1_beef),
            ("syn_g1", 0x1_dead_beef),
            ("syn_g2", 0x1_1234_dead_beef),
            ("syn_page", text + (5 << 30)),
        ]
        .into();
        let r = synthetic_audit(arch, A64_SYNTH_ASM, text, &far, Vec::new());
        let table = audit::findings_table(std::slice::from_ref(&r));
        let file_obj = compile_asm_only(arch, "synthetic.ll", A64_SYNTH_ASM);
        let file = object::File::parse(&*file_obj.bytes).unwrap();
        let text_sec = file.section_by_name(".text").unwrap();
        for (off, rel) in text_sec.relocations() {
            let RelocationFlags::Elf { r_type } = rel.flags() else { continue };
            let ty = type_name(arch, r_type);
            let RelocationTarget::Symbol(si) = rel.target() else { continue };
            let name = file.symbol_by_index(si).unwrap().name().unwrap().to_string();
            let Some(&s) = far.get(name.as_str()) else { continue };
            let p = text + off;
            if ty == "R_AARCH64_ADR_PREL_PG_HI21_NC" {
                // _NC: no overflow check by definition; the field holds the delta modulo 2^33.
                assert!(r.findings.iter().all(|f| f.site != p), "{ty}: a far _NC page is not out of range:\n{table}");
                continue;
            }
            let want_delta = match ty.as_str() {
                t if t.starts_with("R_AARCH64_MOVW") => s as i64,
                _ => s.wrapping_sub(p) as i64,
            };
            let f =
                r.findings.iter().find(|f| f.site == p).unwrap_or_else(|| panic!("{ty} at {p:#x} out of range has a finding:\n{table}"));
            assert_eq!(f.verdict, Verdict::OutOfRange, "{ty}: verdict:\n{table}");
            assert_eq!(f.delta, Some(want_delta), "{ty}: delta:\n{table}");
            assert_eq!(f.range, Some(spec_range(&ty)), "{ty}: range:\n{table}");
        }
        assert_eq!(r.counts.out_of_range, A64_SYNTH_TYPES.len() as u64 - 1, "all but the _NC page out of range:\n{table}");
    }
);

integration_test!(
    /// Calls through the stub shapes the auditor knows (RuntimeDyld's movz/movk, JITLink's
    /// adrp/ldr through a GOT slot, LLVM 15 JITLink's ldr literal) are accepted when the stub
    /// ends at S+A, rejected otherwise.
    fn synthetic_stubs_aarch64() {
        let arch = Arch::Aarch64;
        let asm = ".text\n.globl syn_fn\nsyn_fn:\n  bl syn_call\n  ret\n";
        let text = 0x10_0000_0000u64;
        let callee = 0x7f12_3456_7890u64;
        let stub_at = text + 0x1000;
        let movw_stub = |target: u64| -> Vec<u8> {
            let mut w = vec![0xd2e0_0010 | ((((target >> 48) & 0xffff) as u32) << 5)];
            for (hw, base) in [(2, 0xf2c0_0010u32), (1, 0xf2a0_0010), (0, 0xf280_0010)] {
                w.push(base | ((((target >> (16 * hw)) & 0xffff) as u32) << 5));
            }
            w.push(0xd61f_0200);
            w.into_iter().flat_map(u32::to_le_bytes).collect()
        };
        // The bl is encoded to reach the stub; `syn_call` itself is far away.
        let run = |stub: Vec<u8>, extra: Vec<(u64, Vec<u8>)>, want: u64| {
            let values: BTreeMap<&str, u64> = [("syn_call", want)].into();
            let obj = compile_asm_only(arch, "synthetic.ll", asm);
            let file = object::File::parse(&*obj.bytes).unwrap();
            let sec = file.section_by_name(".text").unwrap();
            let mut bytes = sec.data().unwrap().to_vec();
            let (off, _) = sec.relocations().next().unwrap();
            let insn = u32::from_le_bytes(bytes[off as usize..off as usize + 4].try_into().unwrap());
            bytes[off as usize..off as usize + 4].copy_from_slice(&encode_a64(insn, "R_AARCH64_CALL26", text + off, stub_at).to_le_bytes());
            let size = bytes.len() as u64;
            let mut spans = vec![(text, bytes), (stub_at, stub)];
            spans.extend(extra);
            let memory = CopyMemory { spans, got: Vec::new() };
            let sections = [PlacedSection { elf_index: sec.index().0 as u64, target_addr: text, size }];
            let symbols = |n: &str| values.get(n).copied();
            let input = ObjectAudit {
                object_id: 0,
                object: "stubs",
                bytes: &obj.bytes,
                arch,
                sections: &sections,
                memory: &memory,
                symbols: &symbols,
            };
            audit::audit_object(&input).unwrap()
        };
        let r = run(movw_stub(callee), Vec::new(), callee);
        assert_eq!(r.counts.ok, 1, "movz/movk stub to S is accepted: {}", audit::findings_table(std::slice::from_ref(&r)));
        let r = run(movw_stub(callee + 0x10), Vec::new(), callee);
        assert_eq!(r.counts.wrong_target, 1, "movz/movk stub elsewhere is wrong-target");
        assert!(r.findings[0].via.as_deref().is_some_and(|v| v.contains("stub")), "the finding names the stub: {:?}", r.findings[0]);

        // adrp x16, slot; ldr x16, [x16, #lo12]; br x16 with the slot on another page.
        let slot = text + 0x5_0008;
        let pages = (page(slot) - page(stub_at)) >> 12;
        let adrp = 0x9000_0010u32 | ((pages as u32 & 3) << 29) | (((pages >> 2) as u32 & 0x7ffff) << 5);
        let ldr = 0xf940_0210u32 | ((((slot & 0xfff) >> 3) as u32) << 10);
        let jl_stub: Vec<u8> = [adrp, ldr, 0xd61f_0200].into_iter().flat_map(u32::to_le_bytes).collect();
        let r = run(jl_stub.clone(), vec![(slot, callee.to_le_bytes().to_vec())], callee);
        assert_eq!(
            r.counts.ok,
            1,
            "JITLink-style stub through a slot holding S is accepted: {}",
            audit::findings_table(std::slice::from_ref(&r))
        );
        let r = run(jl_stub, vec![(slot, (callee ^ 0x100).to_le_bytes().to_vec())], callee);
        assert_eq!(r.counts.wrong_target, 1, "a slot holding something else is wrong-target");

        // LLVM 15 JITLink: ldr x16, <literal 0x800 bytes on>; br x16.
        let lit = stub_at + 0x800;
        let ldr_lit = 0x5800_0010u32 | ((((lit - stub_at) >> 2) as u32 & 0x7ffff) << 5);
        let lit_stub: Vec<u8> = [ldr_lit, 0xd61f_0200].into_iter().flat_map(u32::to_le_bytes).collect();
        let r = run(lit_stub.clone(), vec![(lit, callee.to_le_bytes().to_vec())], callee);
        assert_eq!(
            r.counts.ok,
            1,
            "ldr-literal stub through a slot holding S is accepted: {}",
            audit::findings_table(std::slice::from_ref(&r))
        );
        let r = run(lit_stub, vec![(lit, (callee + 8).to_le_bytes().to_vec())], callee);
        assert_eq!(r.counts.wrong_target, 1, "an ldr-literal stub whose slot holds something else is wrong-target");
        assert!(r.findings[0].via.as_deref().is_some_and(|v| v.contains("ldr x16, literal")), "{:?}", r.findings[0]);
    }
);

integration_test!(
    fn synthetic_ranges_x86_64() {
        let arch = Arch::X86_64;
        // PLT32 with a far target: RuntimeDyld always goes through a stub for externals, so
        // the direct out-of-range form is synthetic.
        let asm = ".text\n.globl syn_fn\nsyn_fn:\n  call syn_call\n  ret\n";
        let text = 0x10_0000_0000u64;
        let near: BTreeMap<&str, u64> = [("syn_call", text + (1 << 30))].into();
        let r = synthetic_audit(arch, asm, text, &near, Vec::new());
        assert_all_ok(&r, &["R_X86_64_PLT32"], "x86_64 synthetic PLT32 1 GiB away");
        let far: BTreeMap<&str, u64> = [("syn_call", text + (3 << 30))].into();
        let r = synthetic_audit(arch, asm, text, &far, Vec::new());
        let f = &r.findings[0];
        assert_eq!(f.verdict, Verdict::OutOfRange, "3 GiB is beyond a disp32: {f:?}");
        // The call is at offset 0 (e8 at 0, field at 1); A = -4.
        assert_eq!(f.delta, Some((3i64 << 30) - 4 - 1), "delta S+A-P: {f:?}");
        assert_eq!(f.range, Some(spec_range("R_X86_64_PLT32")), "disp32 range");

        // A movabs r11; jmp r11 stub placed where the call lands.
        let callee = 0x7f00_1234_5678u64;
        let stub_at = text + 0x800;
        let mut stub = vec![0x49, 0xbb];
        stub.extend_from_slice(&callee.to_le_bytes());
        stub.extend_from_slice(&[0x41, 0xff, 0xe3]);
        // Encode the call to the stub: the value written is stub + A - P, i.e. as if S were the stub.
        let to_stub: BTreeMap<&str, u64> = [("syn_call", stub_at)].into();
        let obj = compile_asm_only(arch, "synthetic.ll", asm);
        let file = object::File::parse(&*obj.bytes).unwrap();
        let sec = file.section_by_name(".text").unwrap();
        let mut bytes = sec.data().unwrap().to_vec();
        for (off, rel) in sec.relocations() {
            let sa = to_stub["syn_call"].wrapping_add(rel.addend() as u64);
            bytes[off as usize..off as usize + 4].copy_from_slice(&(sa.wrapping_sub(text + off) as u32).to_le_bytes());
        }
        let size = bytes.len() as u64;
        let memory = CopyMemory { spans: vec![(text, bytes), (stub_at, stub)], got: Vec::new() };
        let sections = [PlacedSection { elf_index: sec.index().0 as u64, target_addr: text, size }];
        let symbols = |n: &str| (n == "syn_call").then_some(callee);
        let input =
            ObjectAudit { object_id: 0, object: "stub", bytes: &obj.bytes, arch, sections: &sections, memory: &memory, symbols: &symbols };
        let r = audit::audit_object(&input).unwrap();
        assert_eq!(r.counts.ok, 1, "movabs/jmp r11 stub to S accepted: {}", audit::findings_table(std::slice::from_ref(&r)));
    }
);

// ---- 3. corrupted bytes ----------------------------------------------------------------

/// Flips bits in linked fixups (in a copy of the session's memory: code is r-x after
/// finalize) and expects exactly those to become wrong-target.
fn corrupt_and_audit(l: &Linked, flips: &[(&str, Option<&str>, u32)]) {
    let clean = l.audit(0);
    assert!(clean.findings.is_empty(), "the clean link audits clean:\n{}", audit::findings_table(std::slice::from_ref(&clean)));
    let rels = relocs(l, 0);
    let mut mem = CopyMemory::of(l);
    let mut flipped = Vec::new();
    for (ty, symbol, mask) in flips {
        let r = rels
            .iter()
            .find(|r| type_name(l.arch, r.r_type) == *ty && symbol.is_none_or(|s| r.symbol == s))
            .unwrap_or_else(|| panic!("a {ty} fixup to flip"));
        mem.xor32(r.p, *mask);
        flipped.push((ty.to_string(), r.p));
    }
    let r = l.audit_with(0, &mem);
    let table = audit::findings_table(std::slice::from_ref(&r));
    for (ty, p) in &flipped {
        let f = r.findings.iter().find(|f| f.site == *p).unwrap_or_else(|| panic!("corrupted {ty} at {p:#x} is found:\n{table}"));
        assert_eq!(f.verdict, Verdict::WrongTarget, "corrupted {ty}:\n{table}");
        assert_ne!(f.expected, f.actual, "{ty}: expected and actual differ:\n{table}");
    }
    assert_eq!(r.findings.len(), flipped.len(), "only the corrupted fixups are reported:\n{table}");
}

integration_test!(
    fn corrupted_bytes_are_wrong_target_aarch64() {
        let arch = Arch::Aarch64;
        let l = link(arch, NEAR_BASE, NEAR_IMPORTS, Placement::Natural, vec![compile_obj(arch, "audit-a64.ll", A64_ASM)]);
        corrupt_and_audit(
            &l,
            &[
                ("R_AARCH64_ADR_PREL_PG_HI21", Some("aud_data"), 1 << 5), // immhi bit 0: +4 pages
                ("R_AARCH64_ADD_ABS_LO12_NC", Some("aud_data"), 1 << 11), // imm12 bit 1
                ("R_AARCH64_CALL26", Some("aud_near"), 1 << 3),           // +32 bytes
                ("R_AARCH64_TSTBR14", Some("aud_near"), 1 << 6),          // imm14 bit 1
                ("R_AARCH64_MOVW_UABS_G0_NC", Some("aud_data"), 1 << 5),  // imm16 bit 0
                ("R_AARCH64_LDST64_ABS_LO12_NC", None, 1 << 10),          // one more 8-byte unit
                ("R_AARCH64_ABS64", Some("aud_fn"), 1 << 2),              // data word
                ("R_AARCH64_LD64_GOT_LO12_NC", Some("aud_ext"), 1 << 10), // the next slot
            ],
        );
    }
);

integration_test!(
    fn corrupted_bytes_are_wrong_target_x86_64() {
        let arch = Arch::X86_64;
        let l = link(arch, NEAR_BASE, NEAR_IMPORTS, Placement::Natural, vec![compile_obj(arch, "audit-x64.ll", X64_ASM)]);
        corrupt_and_audit(
            &l,
            &[
                ("R_X86_64_PC32", Some("aud_data"), 1 << 4),
                ("R_X86_64_PLT32", Some("aud_ext_fn"), 1 << 4), // no longer lands on the stub
                ("R_X86_64_REX_GOTPCRELX", Some("aud_ext5"), 1 << 3),
                ("R_X86_64_32S", Some("aud_data"), 1 << 8),
                ("R_X86_64_64", Some("aud_fn"), 1),
            ],
        );
    }
);

integration_test!(
    /// A GOT slot's contents changed: both halves of the AArch64 GOT pair lead to a slot that
    /// no longer holds the symbol, and no other slot does.
    fn corrupted_got_slot_is_wrong_target_aarch64() {
        let arch = Arch::Aarch64;
        let l = link(arch, NEAR_BASE, NEAR_IMPORTS, Placement::Natural, vec![compile_obj(arch, "audit-a64.ll", A64_ASM)]);
        let s = l.symbol("aud_ext").expect("aud_ext resolved");
        let slots = l.got_slots(s);
        assert_eq!(slots.len(), 1, "one slot holds aud_ext");
        let mut mem = CopyMemory::of(&l);
        mem.xor32(slots[0], 0x40);
        let r = l.audit_with(0, &mem);
        let table = audit::findings_table(std::slice::from_ref(&r));
        for t in ["R_AARCH64_ADR_GOT_PAGE", "R_AARCH64_LD64_GOT_LO12_NC"] {
            let f = findings_of(&r, t);
            assert!(
                f.iter().any(|f| f.symbol == "aud_ext" && f.verdict == Verdict::WrongTarget && f.detail.contains("no GOT slot holds")),
                "{t} to aud_ext is wrong-target:\n{table}"
            );
        }
    }
);

// ---- 4. malformed objects --------------------------------------------------------------

fn audit_bytes(bytes: &[u8], arch: Arch, sections: &[PlacedSection], memory: &dyn Memory) -> Result<ObjectAuditReport, audit::AuditError> {
    let symbols = |_: &str| Some(0x4000_0000u64);
    audit::audit_object(&ObjectAudit { object_id: 0, object: "bad.o", bytes, arch, sections, memory, symbols: &symbols })
}

/// File offset of the first RELA entry of `.rela.text` (64-bit ELF: r_offset at +0,
/// r_info at +8).
fn rela_text_offset(bytes: &[u8]) -> usize {
    let file = object::File::parse(bytes).unwrap();
    let sec = file.section_by_name(".rela.text").expect(".rela.text");
    sec.file_range().expect("in the file").0 as usize
}

integration_test!(
    fn malformed_objects_are_errors_or_not_checked() {
        for arch in Arch::ALL {
            let obj = compile_obj(arch, "audit-malformed.ll", if arch == Arch::Aarch64 { A64_ASM } else { X64_ASM });
            let l = link(arch, NEAR_BASE, NEAR_IMPORTS, Placement::Natural, vec![obj.clone()]);
            let mem = l.memory();
            let sections = audit::placed_sections(&l.layout, 0);

            let e = audit_bytes(b"garbage, not an object", arch, &sections, &mem).unwrap_err();
            assert!(e.to_string().contains("bad.o") && e.to_string().contains("not an ELF"), "{arch}: garbage: {e}");
            for cut in [8, 63, 200, obj.bytes.len() / 2] {
                let e = audit_bytes(&obj.bytes[..cut], arch, &sections, &mem).unwrap_err();
                assert!(e.to_string().contains("bad.o"), "{arch}: truncated to {cut}: {e}");
            }
            let other = if arch == Arch::Aarch64 { Arch::X86_64 } else { Arch::Aarch64 };
            let e = audit_bytes(&obj.bytes, other, &sections, &mem).unwrap_err();
            assert!(e.to_string().contains("machine"), "{arch} object audited as {other}: {e}");

            // A relocation offset beyond its section, and a symbol index beyond the table.
            let at = rela_text_offset(&obj.bytes);
            let mut bad = obj.bytes.clone();
            bad[at..at + 8].copy_from_slice(&0xff_fff0u64.to_le_bytes());
            let info = u64::from_le_bytes(bad[at + 24 + 8..at + 24 + 16].try_into().unwrap());
            bad[at + 24 + 8..at + 24 + 16].copy_from_slice(&((9999u64 << 32) | (info & 0xffff_ffff)).to_le_bytes());
            let r = audit_bytes(&bad, arch, &sections, &mem).expect("one bad relocation does not sink the object");
            let table = audit::findings_table(std::slice::from_ref(&r));
            let nc: Vec<&Finding> = r.with_verdict(Verdict::NotChecked).collect();
            assert!(
                nc.iter().any(|f| f.offset == 0xff_fff0 && f.detail.contains("beyond the section")),
                "{arch}: offset beyond .text:\n{table}"
            );
            assert!(nc.iter().any(|f| f.detail.contains("symbol index 9999")), "{arch}: symbol index out of range:\n{table}");

            // Deterministic byte mutations anywhere in the file: an error or a report, never a panic.
            let mut x = 0x9e37_79b9_7f4a_7c15u64;
            for _ in 0..3000 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let mut m = obj.bytes.clone();
                for k in 0..4 {
                    let i = ((x >> (k * 16)) as usize) % m.len();
                    m[i] ^= (x >> (k * 8 + 3)) as u8 | 1;
                }
                let _ = audit_bytes(&m, arch, &sections, &mem);
            }
        }
    }
);

integration_test!(
    /// A linker that relaxes GOTPCRELX (JITLink does) rewrites `mov sym@GOTPCREL(%rip)` into
    /// `lea sym(%rip)`: made here by hand on a copy of RuntimeDyld's output (it never relaxes).
    fn relaxed_gotpcrelx_is_decoded_x86_64() {
        let arch = Arch::X86_64;
        let l = link(arch, NEAR_BASE, NEAR_IMPORTS, Placement::Natural, vec![compile_obj(arch, "audit-x64.ll", X64_ASM)]);
        let rels = relocs(&l, 0);
        let r = rels
            .iter()
            .find(|r| type_name(arch, r.r_type) == "R_X86_64_REX_GOTPCRELX" && r.symbol == "aud_ext5")
            .expect("the REX_GOTPCRELX to aud_ext5");
        let lea = |s: u64| {
            let mut mem = CopyMemory::of(&l);
            let op = mem.bytes_mut(r.p - 2, 1);
            assert_eq!(op[0], 0x8b, "a mov before relaxation");
            op[0] = 0x8d;
            let disp = s.wrapping_add(r.a as u64).wrapping_sub(r.p) as u32;
            mem.bytes_mut(r.p, 4).copy_from_slice(&disp.to_le_bytes());
            l.audit_with(0, &mem)
        };
        let ok = lea(r.s);
        assert!(ok.findings.is_empty(), "lea straight to S is ok:\n{}", audit::findings_table(std::slice::from_ref(&ok)));
        let bad = lea(r.s + 0x40);
        let table = audit::findings_table(std::slice::from_ref(&bad));
        let f = bad.findings.iter().find(|f| f.site == r.p).unwrap_or_else(|| panic!("lea elsewhere is found:\n{table}"));
        assert_eq!(f.verdict, Verdict::WrongTarget, "lea elsewhere:\n{table}");
        assert!(f.via.as_deref().is_some_and(|v| v.contains("relaxed")), "the finding says the instruction was relaxed:\n{table}");
    }
);
