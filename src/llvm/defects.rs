//! The one table of known LLVM defects and limitations the harness has measured.
//!
//! Everything that explains a non-clean result by "this LLVM does that" reads this table:
//! the job report (`known_defects` of a link report), the demo's footnotes, the benches (which
//! leave a leaking backend out of long in-process runs), and the integration tests, which
//! assert that every entry still fails the way it says (so an LLVM that fixes it shows up as a
//! test failure and the entry is edited, not forgotten).
//!
//! An entry lists the supported LLVM majors it affects (as measured here; 17, 18, 20 and 21
//! are not packaged on the project's machines), the target, the backends, what triggers it,
//! the words that identify it in a result (a verdict, an error, a crash's stderr), why it
//! happens and where upstream tracks it, if anywhere we know of.

use crate::backend::BackendKind;
use crate::target::Arch;
use std::fmt;

/// A defect proper, or something this LLVM simply does not have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DefectKind {
    /// Wrong code, a crash or a wrong error.
    Defect,
    /// A missing feature: reported as `unsupported`, never as a pass.
    Missing,
    /// A consequence of the design of a linker or memory manager, not an LLVM version's bug.
    Design,
}

/// Which link mode the entry is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// Linking (and running) in the harness process, natively or under qemu-user.
    InProcess,
    /// Cross links at target addresses the harness chooses (another process's addresses).
    Cross,
    Any,
}

#[derive(Debug, serde::Serialize)]
pub struct Defect {
    /// Stable identifier, used in results and test names.
    pub id: &'static str,
    pub kind: DefectKind,
    /// Supported LLVM majors affected (measured).
    pub llvm: &'static [u32],
    /// `None`: both targets.
    pub target: Option<Arch>,
    pub mode: Mode,
    pub backends: &'static [BackendKind],
    /// What makes it happen.
    pub trigger: &'static str,
    /// Words that identify it in a result; a failure is explained by this entry only when
    /// its text contains one of them.
    pub words: &'static [&'static str],
    /// Loads of the `issue9001` workload that still link and run correctly before it shows
    /// (for entries that `issue9001` triggers), so tests can check the part before it.
    pub issue9001_clean_loads: Option<u32>,
    /// Why it happens.
    pub why: &'static str,
    /// Upstream report or fix, when one is known.
    pub upstream: Option<&'static str>,
}

use BackendKind::{JitlinkDefault, JitlinkRust, JitlinkSlab, RtdyldReserve, RtdyldRust, RtdyldStock};

/// Every known entry. Keep ids stable: baselines and tests name them.
pub static DEFECTS: &[Defect] = &[
    Defect {
        id: "rtdyld-aarch64-got-reuse",
        kind: DefectKind::Defect,
        llvm: &[14, 15, 16],
        target: Some(Arch::Aarch64),
        mode: Mode::Any,
        backends: &[RtdyldStock, RtdyldRust],
        trigger: "a session of several objects with GOT references (R_AARCH64_ADR_GOT_PAGE / LD64_GOT_LO12_NC); \
                  `issue9001`'s second load (it repeats Numba's `common` NumbaEnv global) is enough",
        words: &["_GOT_", "SIGSEGV"],
        issue9001_clean_loads: Some(1),
        why: "RuntimeDyldELF keeps its GOT offset map across objects (`GOTOffsetMap` is not cleared in \
              `finalizeLoad()`), so a later object's GOT fixups are computed against slots of an earlier \
              object's GOT: wrong-target fixups, and a crash when the code runs. On a held-out set of 182 \
              real Numba 0.60 sessions it mislinks 124 GOT fixups in 26 sessions with Debian's LLVM 14",
        upstream: Some("llvm/llvm-project#61402 (found through numba/numba#8738; fixed by D146938)"),
    },
    Defect {
        id: "orc-common-redefinition",
        kind: DefectKind::Defect,
        llvm: &[16, 19],
        target: None,
        mode: Mode::Any,
        backends: &[JitlinkDefault, JitlinkSlab, JitlinkRust],
        trigger: "an object that repeats a `common` global an earlier object of the session defined \
                  (`issue9001`'s second load: Numba's NumbaEnv globals)",
        words: &["Unexpected definitions"],
        issue9001_clean_loads: Some(1),
        why: "ORC's ObjectLinkingLayer reports the repeated common symbol as a definition the \
              materialization unit did not claim; LLVM 14, 15 and 22 link the same objects",
        upstream: None,
    },
    Defect {
        id: "jitlink-inprocess-no-release",
        kind: DefectKind::Defect,
        llvm: &[14, 15, 16],
        target: None,
        mode: Mode::InProcess,
        backends: &[JitlinkDefault],
        trigger: "ending a session, or removing an object, whose graphs have no deallocation actions: every \
                  graph leaves ~2 mappings behind. LLVM 14's EH-frame plugin, which the harness adds as LLJIT \
                  does, registers when a graph is emitted rather than through allocation actions, so it adds none \
                  (re-measured: 100 sessions of 100 modules, 111 -> 20,111 mappings; `--unload-reload`, 310 \
                  mappings stay after removing 100 modules)",
        words: &["leak"],
        issue9001_clean_loads: None,
        why: "LLVM 14-16's InProcessMemoryManager::deallocate unmaps a graph only from inside its loop \
              over the graph's deallocation actions; a graph without any is never unmapped. Thousands \
              of sessions in one process exhaust vm.max_map_count",
        upstream: None,
    },
    Defect {
        id: "jitlink14-aarch64-relocations",
        kind: DefectKind::Missing,
        llvm: &[14],
        target: Some(Arch::Aarch64),
        mode: Mode::Any,
        backends: &[JitlinkDefault, JitlinkRust],
        trigger: "almost any AArch64 object: JUMP26, MOVW_UABS_G*, ABS64, PREL64, the GOT forms, ...",
        words: &["unsupported relocation type"],
        issue9001_clean_loads: None,
        why: "LLVM 14's ELF/aarch64 JITLink backend handles only a handful of relocation types",
        upstream: None,
    },
    Defect {
        id: "jitlink-slab-needs-llvm16",
        kind: DefectKind::Missing,
        llvm: &[14, 15],
        target: None,
        mode: Mode::Any,
        backends: &[JitlinkSlab],
        trigger: "any use of `jitlink-slab`",
        words: &["no JITLink slab"],
        issue9001_clean_loads: None,
        why: "LLVM 14 has no MapperJITLinkMemoryManager and 15's takes no reservation size (nor has it an \
              orc::MemoryMapper to link at chosen target addresses): JITLink's memory there is \
              InProcessMemoryManager, which is `jitlink-default`",
        upstream: None,
    },
    Defect {
        id: "jitlink-x86_64-gotpcrelx-relaxation",
        kind: DefectKind::Defect,
        llvm: &[16, 19, 22],
        target: Some(Arch::X86_64),
        mode: Mode::Any,
        backends: &[JitlinkDefault, JitlinkSlab, JitlinkRust],
        trigger: "a call or jump through the GOT (R_X86_64_GOTPCRELX: `call *f@GOTPCREL(%rip)`) to an external \
                  whose absolute address fits 32 bits but lies beyond +-2 GiB of the code: any CPython API \
                  function of a non-PIE python (`repro gotpcrelx`)",
        words: &["relaxed the GOT access"],
        issue9001_clean_loads: None,
        why: "JITLink's x86-64 GOT optimization relaxes the site into a direct `addr32 call` / `jmp` when the \
              target's absolute address fits 32 bits, instead of when the displacement does: the direct \
              branch cannot reach the target, and a release build writes it anyway. Harness-measured on LLVM 16, 19 and 22; \
              LLVM's own llvm-jitlink of 14, 15, 16, 19 and 22 relaxes the far call too (tests/asm/gotpcrelx-far.s, \
              scripts/llvm-tool-check), but the harness's LLVM 14 and 15 ORC sessions audit the same call clean \
              (`inputs::python_nonpie_exposes_the_gotpcrelx_relaxation`): not yet explained, so 14 and 15 are not listed",
        upstream: Some("fixed by llvm/llvm-project#190179 (after LLVM 22)"),
    },
    Defect {
        id: "rtdyld-aarch64-adr-prel-lo21",
        kind: DefectKind::Defect,
        llvm: &[14, 15, 16, 19, 22],
        target: Some(Arch::Aarch64),
        mode: Mode::Any,
        backends: &[RtdyldStock, RtdyldRust, RtdyldReserve],
        trigger: "an ADR (R_AARCH64_ADR_PREL_LO21) to a target 4 KiB or more ahead, or any distance behind \
                  (tests/asm/adr-prel-lo21.s)",
        words: &["R_AARCH64_ADR_PREL_LO21"],
        issue9001_clean_loads: None,
        why: "RuntimeDyld's AArch64 resolver puts only part of the 21-bit offset into the ADR's immlo/immhi \
              fields: the instruction addresses somewhere else; JITLink links the same object correctly. \
              Measured on LLVM 14, 15, 16, 19 and 22, also with LLVM's own llvm-rtdyld -check \
              (scripts/llvm-tool-check); 20 and 21, bracketed by 19 and 22, are not packaged here",
        upstream: None,
    },
    Defect {
        id: "rtdyld-aarch64-ld-prel-lo19",
        kind: DefectKind::Defect,
        llvm: &[14, 15, 16, 19, 22],
        target: Some(Arch::Aarch64),
        mode: Mode::Any,
        backends: &[RtdyldStock, RtdyldRust, RtdyldReserve],
        trigger: "an LDR (literal) (R_AARCH64_LD_PREL_LO19) of a word 4 KiB or more away (tests/asm/ld-prel-lo19.s)",
        words: &["R_AARCH64_LD_PREL_LO19"],
        issue9001_clean_loads: None,
        why: "RuntimeDyld's AArch64 resolver writes only bits 11:2 of the distance (a 0xffc mask) into the \
              19-bit literal field: the load reads another word; JITLink links it correctly. Measured on \
              LLVM 14, 15, 16, 19 and 22, also with llvm-rtdyld -check (scripts/llvm-tool-check)",
        upstream: None,
    },
    Defect {
        id: "rtdyld-x86_64-gotoff64-base",
        kind: DefectKind::Defect,
        llvm: &[22],
        target: Some(Arch::X86_64),
        mode: Mode::Any,
        backends: &[RtdyldStock, RtdyldRust, RtdyldReserve],
        trigger: "R_X86_64_GOTOFF64 in the second object of a session that has a GOT of its own \
                  (tests/asm/gotoff64-1.s, gotoff64-2.s)",
        words: &["R_X86_64_GOTOFF64"],
        issue9001_clean_loads: None,
        why: "RuntimeDyld computes GOTOFF64 against the first `.got` of the whole session while GOTPC64 \
              gives the object its own GOT: GOT + GOTOFF64 is not the symbol; JITLink is consistent",
        upstream: None,
    },
    Defect {
        id: "rtdyld-sections-apart",
        kind: DefectKind::Design,
        llvm: &[14, 15, 16, 19, 22],
        target: None,
        mode: Mode::Any,
        backends: &[RtdyldStock],
        trigger: "the memory manager's mappings for one object's code, data and GOT landing more than \
                  the fixups' reach apart (`--placement scatter`; `fragment` on x86_64)",
        words: &["out-of-range"],
        issue9001_clean_loads: None,
        why: "SectionMemoryManager maps each section of an object on its own; ADRP (±4 GiB) and PC32 / \
              GOTPCREL (±2 GiB) cannot reach across the gap; release builds of LLVM write the truncated \
              value silently",
        upstream: Some("numba/numba#9001"),
    },
    Defect {
        id: "rtdyld-reserve-cross-object",
        kind: DefectKind::Design,
        llvm: &[22],
        target: Some(Arch::X86_64),
        mode: Mode::InProcess,
        backends: &[RtdyldReserve],
        trigger: "`--placement fragment`: a later object's PLT32 call to a linkonce helper of an earlier \
                  object lands over 2 GiB away",
        words: &["out-of-range"],
        issue9001_clean_loads: None,
        why: "ReserveAlloc keeps one object's sections together, not the session's objects within reach \
              of each other",
        upstream: None,
    },
    Defect {
        id: "jitlink-default-graphs-apart",
        kind: DefectKind::Design,
        llvm: &[14, 15, 16, 19, 22],
        target: None,
        mode: Mode::Any,
        backends: &[JitlinkDefault],
        trigger: "a later graph's PC-relative reference (x86-64 Delta32, AArch64 ADRP Page21) to a definition an \
                  earlier graph keeps (a repeated linkonce_odr function, common global or DW.ref personality word) \
                  when the two graphs' mappings land out of its reach (`repro cross-graph`: small code model, PIC, \
                  under scatter); LLVM's JIT default code model (large, Numba's) makes no such reference",
        words: &["is out of range of"],
        issue9001_clean_loads: None,
        why: "InProcessMemoryManager, the default of the executor LLJIT uses, maps every graph on its own where \
              the kernel puts it: nothing keeps graphs within 32-bit or ADRP reach of each other, so JITLink \
              rejects the fixup (\"relocation target ... is out of range of Delta32 fixup\"); LLVM's slab \
              (MapperJITLinkMemoryManager) keeps a session's graphs in one reservation",
        upstream: Some("llvm/llvm-project#135401, #102858, #186534; llvm/llvm-project#203133 proposes the slab as the default"),
    },
    Defect {
        id: "jitlink-aarch64-eh-frame-unterminated",
        kind: DefectKind::Defect,
        llvm: &[15],
        target: Some(Arch::Aarch64),
        mode: Mode::Any,
        backends: &[JitlinkDefault, JitlinkRust],
        trigger: "any unwinder search in the process (a C++ exception, `_Unwind_Backtrace`) after a graph with \
                  `.eh_frame` was registered, when the bytes that follow the graph's `.eh_frame` in memory are \
                  not zero: in `repro cross-graph` under scatter (in process, under qemu) the harness's own \
                  error for the rejected second graph is thrown across the shim and the unwinder crashes \
                  reading past the first graph's frames (SIGSEGV in libgcc's `_Unwind_Find_FDE`)",
        words: &["SIGSEGV"],
        issue9001_clean_loads: None,
        why: "LLVM 15's ELF/AArch64 JITLink splits and fixes `.eh_frame` but adds no null terminator block \
              (its x86-64 linker does; AArch64 does with LLVM 19 and 22, 16 not inspected); on Linux the section is registered \
              with one `__register_frame` call, which walks records until a zero length word, so it reads \
              whatever the graph placed after `.eh_frame` (here the `.common` block) as more records; \
              the layout shows it: no 4-byte `.eh_frame` block",
        upstream: None,
    },
    Defect {
        id: "jitlink-debug-objects-stay-registered",
        kind: DefectKind::Defect,
        llvm: &[19, 22],
        target: None,
        mode: Mode::InProcess,
        backends: &[JitlinkDefault, JitlinkSlab, JitlinkRust],
        trigger: "removing an object from a session that registers its graphs with the GDB JIT interface \
                  (`--debugger`: LLJIT's enableDebuggerSupport) — Numba's remove_module with a debugger attached; \
                  `--unload-reload` shows the GDB list at 3 entries after 3 loads, still 3 after removing them, 6 after \
                  the next 3 loads and their removal",
        words: &["GDB JIT interface entries stay"],
        issue9001_clean_loads: None,
        why: "the debug-object plugin registers each graph's debug object through an allocation action \
              (llvm_orc_registerJITLoaderGDBAllocAction) that has no deallocation counterpart: removing the object \
              frees its memory but leaves its jit_code_entry on the debugger's list, so a debugger reads freed \
              memory and the list grows with every load",
        upstream: None,
    },
];

impl Defect {
    /// Whether this entry applies to `backend` linking for `target` with LLVM `llvm` in `mode`.
    pub fn applies_to(&self, llvm: u32, backend: BackendKind, target: Arch, cross: bool) -> bool {
        let mode_ok = match self.mode {
            Mode::Any => true,
            Mode::InProcess => !cross,
            Mode::Cross => cross,
        };
        self.llvm.contains(&llvm) && self.target.is_none_or(|t| t == target) && self.backends.contains(&backend) && mode_ok
    }

    /// Whether `text` (a verdict, an error, a crash's stderr) is this entry speaking.
    pub fn explains(&self, text: &str) -> bool {
        self.words.iter().any(|w| text.contains(w))
    }

    /// The affected LLVM majors as text: `14-16`, `16, 19`, `22`.
    pub fn llvm_text(&self) -> String {
        let v = self.llvm;
        let consecutive = v.windows(2).all(|w| w[1] == w[0] + 1);
        match v {
            [] => String::new(),
            [one] => one.to_string(),
            [first, .., last] if consecutive => format!("{first}-{last}"),
            _ => v.iter().map(u32::to_string).collect::<Vec<_>>().join(", "),
        }
    }
}

impl fmt::Display for Defect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let backends: Vec<&str> = self.backends.iter().map(|b| b.name()).collect();
        let target = self.target.map_or("both targets".to_string(), |t| t.to_string());
        write!(f, "{} (LLVM {}, {}, {}): {}", self.id, self.llvm_text(), target, backends.join("/"), self.why)?;
        if let Some(u) = self.upstream {
            write!(f, " [{u}]")?;
        }
        Ok(())
    }
}

/// The entry called `id`.
pub fn by_id(id: &str) -> Option<&'static Defect> {
    DEFECTS.iter().find(|d| d.id == id)
}

/// Entries that apply to `backend` on `target` with the LLVM this harness was built with.
pub fn affecting(backend: BackendKind, target: Arch, cross: bool) -> impl Iterator<Item = &'static Defect> {
    let llvm = crate::compile::llvm_major();
    DEFECTS.iter().filter(move |d| d.applies_to(llvm, backend, target, cross))
}

/// The entry (if any) that applies here and whose words `text` contains.
pub fn explaining(backend: BackendKind, target: Arch, cross: bool, text: &str) -> Option<&'static Defect> {
    affecting(backend, target, cross).find(|d| d.explains(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_entries_complete() {
        for (i, d) in DEFECTS.iter().enumerate() {
            assert!(DEFECTS[..i].iter().all(|e| e.id != d.id), "duplicate id {}", d.id);
            assert!(!d.llvm.is_empty() && !d.backends.is_empty() && !d.words.is_empty(), "{}: empty field", d.id);
            assert!(d.llvm.iter().all(|v| [14, 15, 16, 19, 22].contains(v)), "{}: names an LLVM the project does not build", d.id);
            assert!(d.llvm.windows(2).all(|w| w[0] < w[1]), "{}: versions not ascending", d.id);
        }
    }

    #[test]
    fn applies_by_version_target_backend_and_mode() {
        let got = by_id("rtdyld-aarch64-got-reuse").unwrap();
        assert!(got.applies_to(15, RtdyldRust, Arch::Aarch64, false), "15, aarch64, rtdyld-rust");
        assert!(!got.applies_to(19, RtdyldRust, Arch::Aarch64, false), "fixed by 19");
        assert!(!got.applies_to(15, RtdyldRust, Arch::X86_64, false), "AArch64 only");
        assert!(!got.applies_to(15, JitlinkRust, Arch::Aarch64, false), "RuntimeDyld only");
        let leak = by_id("jitlink-inprocess-no-release").unwrap();
        assert!(
            leak.applies_to(14, JitlinkDefault, Arch::Aarch64, false) && !leak.applies_to(14, JitlinkDefault, Arch::Aarch64, true),
            "in process only"
        );
        assert!(got.explains("fixup a.ll .text+0x70 R_AARCH64_LD64_GOT_LO12_NC x: ok vs wrong-target"), "GOT words");
        assert!(!got.explains("R_AARCH64_CALL26 out of range"), "not every failure");
    }

    #[test]
    fn versions_print_as_ranges_or_lists() {
        assert_eq!(by_id("rtdyld-aarch64-got-reuse").unwrap().llvm_text(), "14-16");
        assert_eq!(by_id("orc-common-redefinition").unwrap().llvm_text(), "16, 19");
        assert_eq!(by_id("rtdyld-reserve-cross-object").unwrap().llvm_text(), "22");
    }
}
