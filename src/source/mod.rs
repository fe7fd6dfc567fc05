//! Module sources: files given on the command line (`.ll`, `.bc`, `.s`, `.o`) and the
//! built-in workloads, all turned into validated ELF relocatable objects for one target.
//!
//! Assembly is assembled by the same LLVM that compiles IR, in process: the file becomes
//! one IR module of `module asm` lines, which codegen hands to LLVM's integrated assembler.
//! No `llvm-mc` is needed, and under qemu the emulated harness assembles for itself.

pub mod capture;
pub mod externals;
pub mod rename;
pub mod trap;
pub mod workloads;

use crate::compile::{self, CompileOptions, IrKind};
use crate::error::{Error, Result};
use crate::target::Arch;
use object::{Object, ObjectSymbol};
use std::path::Path;

/// What a source file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    IrText,
    Bitcode,
    /// Target assembly (`.s`), in the syntax LLVM's integrated assembler reads.
    Assembly,
    Object,
}

/// A module source before compilation.
#[derive(Clone, Debug)]
pub struct Input {
    pub name: String,
    pub kind: InputKind,
    pub bytes: Vec<u8>,
}

impl Input {
    /// Reads `path`; the kind comes from the extension, else from the file's magic bytes.
    ///
    /// # Errors
    /// [`Error::UnsupportedInput`] naming the file when it is not a regular file (a directory,
    /// a FIFO, a device: reading a FIFO would wait for a writer forever), [`Error::Io`] when it
    /// cannot be read.
    pub fn from_path(path: &Path) -> Result<Input> {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if !meta.is_file() {
            use std::os::unix::fs::FileTypeExt;
            let t = meta.file_type();
            let what = if t.is_dir() {
                "a directory"
            } else if t.is_fifo() {
                "a FIFO"
            } else if t.is_socket() {
                "a socket"
            } else if t.is_char_device() || t.is_block_device() {
                "a device"
            } else {
                "not a regular file"
            };
            return Err(Error::UnsupportedInput {
                file: path.display().to_string(),
                reason: format!("{what}, not a module file (.ll, .bc, .s or .o)"),
            });
        }
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let name = path.display().to_string();
        let kind = match path.extension().and_then(|e| e.to_str()) {
            Some("ll") => InputKind::IrText,
            Some("bc") => InputKind::Bitcode,
            Some("s") => InputKind::Assembly,
            Some("o") => InputKind::Object,
            _ => sniff(&bytes),
        };
        Ok(Input { name, kind, bytes })
    }

    pub fn ir(name: impl Into<String>, text: impl Into<String>) -> Input {
        Input { name: name.into(), kind: InputKind::IrText, bytes: text.into().into_bytes() }
    }

    pub fn assembly(name: impl Into<String>, text: impl Into<String>) -> Input {
        Input { name: name.into(), kind: InputKind::Assembly, bytes: text.into().into_bytes() }
    }
}

/// An IR module whose only content is `asm`, one `module asm` line per source line.
pub(crate) fn assembly_module(asm: &[u8]) -> Vec<u8> {
    let mut ir = Vec::with_capacity(asm.len() * 2);
    for line in asm.split(|&b| b == b'\n') {
        ir.extend_from_slice(b"module asm \"");
        for &b in line {
            match b {
                b'"' | b'\\' => ir.extend_from_slice(format!("\\{b:02X}").as_bytes()),
                b' '..=b'~' => ir.push(b),
                b'\r' => {}
                _ => ir.extend_from_slice(format!("\\{b:02X}").as_bytes()),
            }
        }
        ir.extend_from_slice(b"\"\n");
    }
    ir
}

/// Whether an ELF linker defines `name` for an object with these sections.
fn linker_defined(name: &str, sections: &[String]) -> bool {
    name == "_GLOBAL_OFFSET_TABLE_"
        || name.strip_prefix("__start_").or_else(|| name.strip_prefix("__stop_")).is_some_and(|x| sections.iter().any(|s| s == x))
}

fn sniff(bytes: &[u8]) -> InputKind {
    if bytes.starts_with(b"BC\xC0\xDE") || bytes.starts_with(&[0xDE, 0xC0, 0x17, 0x0B]) {
        InputKind::Bitcode
    } else if bytes.starts_with(b"\x7fELF") {
        InputKind::Object
    } else {
        InputKind::IrText
    }
}

/// A relocatable object ready for a backend, with what it defines and needs.
#[derive(Clone, Debug)]
pub struct ObjectFile {
    pub name: String,
    pub bytes: Vec<u8>,
    /// Global symbols the object defines (weak ones included).
    pub defined: Vec<String>,
    /// Of those, the strong definitions (not weak, not common): two objects of one
    /// session must not share one.
    pub strong: Vec<String>,
    /// Symbols the object needs from elsewhere.
    pub undefined: Vec<String>,
    pub relocations: usize,
}

/// Compiles (if needed) and validates `input` for `opts.arch`. Notes from compilation are
/// appended to `notes`.
pub fn to_object(input: &Input, opts: &CompileOptions, notes: &mut Vec<String>) -> Result<ObjectFile> {
    let bytes = match input.kind {
        InputKind::Object => input.bytes.clone(),
        InputKind::IrText | InputKind::Bitcode => {
            let kind = if input.kind == InputKind::IrText { IrKind::Text } else { IrKind::Bitcode };
            let c = compile::compile(&input.name, &input.bytes, kind, opts)?;
            notes.extend(c.notes);
            c.object
        }
        InputKind::Assembly => {
            let c = compile::compile(&input.name, &assembly_module(&input.bytes), IrKind::Text, opts)?;
            notes.extend(c.notes);
            c.object
        }
    };
    ObjectFile::parse(input.name.clone(), bytes, opts.arch)
}

impl ObjectFile {
    /// The object's relocation types with how often each occurs, as `R_X86_64_PC16 ×2,
    /// R_X86_64_64 ×1` (most frequent first), for messages about a link that died.
    pub fn relocation_summary(&self, arch: Arch) -> String {
        use object::ObjectSection;
        let Ok(file) = object::File::parse(&*self.bytes) else { return String::new() };
        let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
        for sec in file.sections() {
            for (_, r) in sec.relocations() {
                if let object::RelocationFlags::Elf { r_type } = r.flags() {
                    *counts.entry(crate::audit::relocation_name(arch, r_type)).or_default() += 1;
                }
            }
        }
        let mut v: Vec<(String, usize)> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v.iter().map(|(t, n)| format!("{t} \u{d7}{n}")).collect::<Vec<_>>().join(", ")
    }

    /// Checks that `bytes` is an ELF relocatable object for `arch` and lists its symbols.
    pub fn parse(name: String, bytes: Vec<u8>, arch: Arch) -> Result<ObjectFile> {
        let invalid = |message: String| Error::InvalidObject { file: name.clone(), message };
        if !bytes.starts_with(b"\x7fELF") {
            return Err(invalid("not an ELF file (no \\x7fELF magic)".into()));
        }
        let file = object::File::parse(&*bytes).map_err(|e| invalid(e.to_string()))?;
        let (machine, kind) = match &file {
            object::File::Elf64(f) => {
                let h = f.elf_header();
                let e = f.endian();
                (h.e_machine.get(e), h.e_type.get(e))
            }
            object::File::Elf32(f) => {
                let h = f.elf_header();
                let e = f.endian();
                (h.e_machine.get(e), h.e_type.get(e))
            }
            _ => return Err(invalid("not an ELF object".into())),
        };
        if machine != arch.elf_machine() {
            return Err(Error::WrongMachine { file: name, found: machine_name(machine), expected: arch.to_string() });
        }
        if kind != object::elf::ET_REL {
            return Err(invalid(format!("ELF type {kind} is not a relocatable object (ET_REL)")));
        }
        let mut defined = Vec::new();
        let mut strong = Vec::new();
        let mut undefined = Vec::new();
        for sym in file.symbols() {
            if !sym.is_global() && !sym.is_weak() {
                continue;
            }
            let Ok(n) = sym.name() else { continue };
            if n.is_empty() {
                continue;
            }
            if sym.is_undefined() {
                undefined.push(n.to_string());
            } else {
                defined.push(n.to_string());
                if !sym.is_weak() && !sym.is_common() {
                    strong.push(n.to_string());
                }
            }
        }
        // Every relocation inside the section it patches and naming a symbol the object has:
        // a linker given one that is not may write outside its memory (RuntimeDyld does,
        // and dies of it) before it says anything.
        let mut relocations = 0;
        for sec in object::Object::sections(&file) {
            use object::{ObjectSection, RelocationFlags, RelocationTarget};
            let sec_name = sec.name().unwrap_or("?").to_string();
            for (i, (offset, r)) in sec.relocations().enumerate() {
                relocations += 1;
                let r_type = match r.flags() {
                    RelocationFlags::Elf { r_type } => r_type,
                    _ => 0,
                };
                let what = || format!("section {sec_name}: relocation {i} ({})", crate::audit::relocation_name(arch, r_type));
                let bytes = u64::from(r.size()).div_ceil(8);
                if offset.checked_add(bytes).is_none_or(|end| end > sec.size()) {
                    return Err(invalid(format!("{} at offset {offset:#x} is outside the section's {:#x} bytes", what(), sec.size())));
                }
                if let RelocationTarget::Symbol(index) = r.target() {
                    if object::Object::symbol_by_index(&file, index).is_err() {
                        return Err(invalid(format!("{} refers to symbol {}, which the object does not have", what(), index.0)));
                    }
                }
            }
        }
        // Names the linker itself defines: the GOT's base, and the bounds of the object's
        // own sections whose names are C identifiers (`__start_X` / `__stop_X`).
        let sections: Vec<String> =
            object::Object::sections(&file).filter_map(|s| object::ObjectSection::name(&s).ok().map(str::to_string)).collect();
        undefined.retain(|n| !linker_defined(n, &sections));
        undefined.sort();
        undefined.dedup();
        defined.sort();
        strong.sort();
        Ok(ObjectFile { name, bytes, defined, strong, undefined, relocations })
    }
}

fn machine_name(m: u16) -> String {
    match m {
        3 => "i386".into(),
        40 => "arm".into(),
        62 => "x86_64".into(),
        183 => "aarch64".into(),
        243 => "riscv".into(),
        other => format!("ELF machine {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing() {
        assert_eq!(sniff(b"BC\xC0\xDEabc"), InputKind::Bitcode, "raw bitcode magic");
        assert_eq!(sniff(b"\x7fELF\x02"), InputKind::Object, "ELF magic");
        assert_eq!(sniff(b"define i64 @f()"), InputKind::IrText, "anything else is text");
    }

    #[test]
    fn rejects_non_elf_and_truncated() {
        let e = ObjectFile::parse("x.o".into(), b"hello".to_vec(), Arch::X86_64).unwrap_err();
        assert!(e.to_string().contains("x.o") && e.to_string().contains("not an ELF"), "{e}");
        let e = ObjectFile::parse("t.o".into(), b"\x7fELF\x02\x01\x01".to_vec(), Arch::X86_64).unwrap_err();
        assert!(e.to_string().contains("t.o"), "{e}");
    }
}
