//! `input`: the input loader. The fuzz bytes become a file under one of the extensions the
//! loader knows (`.o`, `.ll`, `.bc`, `.s`, none); `Input::from_path` must pick the kind by
//! extension, else by magic, and keep the bytes. Objects (by extension or by magic) are then
//! validated with `ObjectFile::parse` for the chosen architecture, and a valid one is
//! renamed per iteration (`source::rename::rename_symbols`) and must still validate, with
//! the same relocations and its strong definitions renamed.
//!
//! LLVM is never called: `.ll`, `.bc` and `.s` stop at kind detection (the compile step
//! would run LLVM's IR parser in this process, where an LLVM crash reads as ours).
//!
//! Input format: byte 0 chooses the extension (low 3 bits mod 5) and the architecture
//! (bit 3: AArch64); the rest is the file's content.
#![no_main]

use jitharness::source::rename::{rename_symbols, renamed};
use jitharness::source::{Input, InputKind, ObjectFile};
use jitharness::target::Arch;
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;

const EXTENSIONS: [Option<&str>; 5] = [Some("o"), Some("ll"), Some("bc"), Some("s"), None];

/// One scratch directory per fuzzing process (tmpfs when there is one).
fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let root = if std::path::Path::new("/dev/shm").is_dir() { PathBuf::from("/dev/shm") } else { std::env::temp_dir() };
        let dir = root.join(format!("jitharness-fuzz-input-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch directory");
        dir
    })
}

/// The kind the magic bytes say (the loader's rule, restated independently).
fn by_magic(bytes: &[u8]) -> InputKind {
    if bytes.starts_with(&[0x42, 0x43, 0xC0, 0xDE]) || bytes.starts_with(&[0xDE, 0xC0, 0x17, 0x0B]) {
        InputKind::Bitcode
    } else if bytes.starts_with(&[0x7f, b'E', b'L', b'F']) {
        InputKind::Object
    } else {
        InputKind::IrText
    }
}

fn check_object(bytes: &[u8], arch: Arch) {
    let Ok(obj) = ObjectFile::parse("fuzz.o".into(), bytes.to_vec(), arch) else { return };
    assert!(obj.strong.iter().all(|s| obj.defined.contains(s)), "every strong definition is a definition: {obj:?}");
    let _ = obj.relocation_summary(arch);
    let names: BTreeSet<String> = obj.strong.iter().cloned().collect();
    for iteration in [1u32, 7] {
        let out = match rename_symbols(&obj.bytes, &names, iteration) {
            Ok(out) => out,
            // A valid object the renamer refuses (e.g. big-endian or ELF32) is fine: it says why.
            Err(_) => continue,
        };
        let again = ObjectFile::parse("fuzz.o".into(), out, arch)
            .unwrap_or_else(|e| panic!("an object renamed for iteration {iteration} no longer validates: {e}"));
        assert_eq!(again.relocations, obj.relocations, "renaming keeps every relocation");
        assert_eq!(again.undefined.len(), obj.undefined.len(), "renaming keeps the undefined symbols");
        let want: BTreeSet<String> = names.iter().map(|n| renamed(n, iteration)).collect();
        let got: BTreeSet<String> = again.strong.iter().cloned().collect();
        assert_eq!(got, want, "renaming for iteration {iteration} renames every strong definition");
    }
}

fn run(data: &[u8]) {
    let Some((&sel, content)) = data.split_first() else { return };
    let ext = EXTENSIONS[(sel & 7) as usize % EXTENSIONS.len()];
    let arch = if sel & 8 != 0 { Arch::Aarch64 } else { Arch::X86_64 };
    let path = match ext {
        Some(e) => scratch().join(format!("input.{e}")),
        None => scratch().join("input"),
    };
    std::fs::write(&path, content).expect("writing the input file");
    let input = Input::from_path(&path).unwrap_or_else(|e| panic!("reading a file that exists failed: {e}"));
    let want = match ext {
        Some("o") => InputKind::Object,
        Some("ll") => InputKind::IrText,
        Some("bc") => InputKind::Bitcode,
        Some("s") => InputKind::Assembly,
        _ => by_magic(content),
    };
    assert_eq!(input.kind, want, "kind of {}", path.display());
    assert_eq!(input.bytes, content, "the loader keeps the bytes");
    assert_eq!(input.name, path.display().to_string());
    if input.kind == InputKind::Object {
        check_object(&input.bytes, arch);
    }
    let _ = std::fs::remove_file(&path);
}

fuzz_target!(|data: &[u8]| run(data));
