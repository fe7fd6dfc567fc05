//! References to `STT_GNU_IFUNC` symbols. The symbol's value is its *resolver*; what a
//! reference must reach is an IFUNC entry that ends in the function the resolver picks.
//!
//! RuntimeDyld (x86-64) gives every IFUNC symbol a stub in `.text.__llvm_IFuncStubs`:
//! `lea r11, [rip + d]; jmp *[r11]` through a GOT word (GOT1) that first holds the address
//! of a lazy-binding trampoline at the start of that section; the next GOT word (GOT2)
//! holds the resolver. The trampoline saves the argument registers, calls `*[r11 + 8]`
//! (the resolver), stores its result in GOT1 and jumps to it. JITLink (LLVM 22) rejects
//! objects with IFUNC symbols. A backend that points the reference at the resolver itself
//! (as if the IFUNC were a plain function) mislinks it: the call would run the resolver
//! and return a function pointer.

use super::check::{read_u64, Outcome, Site};
use super::Verdict;
use crate::target::Arch;

/// `lea r11, [rip + disp32]` (4c 8d 1d) followed by `jmp *[r11]` (41 ff 23).
const STUB_LEA: [u8; 3] = [0x4c, 0x8d, 0x1d];
const STUB_JMP: [u8; 3] = [0x41, 0xff, 0x23];
/// The trampoline's `call *0x8(%r11)` and its final `mov %rax, (%r11); jmp *%rax`.
const TRAMPOLINE_CALL: [u8; 4] = [0x41, 0xff, 0x53, 0x08];
const TRAMPOLINE_END: [u8; 5] = [0x49, 0x89, 0x03, 0xff, 0xe0];

/// Checks a reference to an IFUNC whose resolver is at `site.s`; `decode` is the
/// relocation type's own decoder.
pub(crate) fn check(site: &Site<'_>, arch: Arch, decode: &dyn Fn(&Site<'_>) -> Outcome) -> Outcome {
    let direct = decode(site);
    if direct.verdict == Verdict::Ok && direct.compared != "nothing" {
        return Outcome { verdict: Verdict::WrongTarget, ..direct }.with_detail(
            "the symbol is an IFUNC: the reference reaches its resolver itself, as if it were a plain function, \
             instead of an IFUNC entry that calls the resolver and goes where it says",
        );
    }
    if arch != Arch::X86_64 {
        return Outcome::not_checked("the symbol is an IFUNC: IFUNC entries are not modelled on AArch64");
    }
    let Some(entry) = candidate(site, &direct) else {
        return direct.with_detail("the symbol is an IFUNC and the reference reaches no IFUNC entry the auditor can find");
    };
    match decode_stub(site, entry) {
        Ok(via) => {
            let again = decode(&Site { s: entry, ..*site });
            let mut o = again.with_via(Some(via));
            if o.verdict == Verdict::Ok {
                o.detail = String::new();
            }
            o
        }
        Err(why) => direct.with_detail(format!("the symbol is an IFUNC; at {entry:#x}: {why}")),
    }
}

/// Where the reference leads (the IFUNC entry it should be): the decoded address minus A,
/// or the contents of the GOT slot it loads.
fn candidate(site: &Site<'_>, o: &Outcome) -> Option<u64> {
    let actual = o.actual?;
    match o.compared.as_str() {
        "address" => Some(actual.wrapping_sub(site.a as u64)),
        "got-slot" => read_u64(site.memory, actual),
        _ => None,
    }
}

/// Decodes RuntimeDyld's IFUNC stub at `at`: what it was followed through, or why it is not
/// one that leads to the resolver `site.s`.
fn decode_stub(site: &Site<'_>, at: u64) -> Result<String, String> {
    let mut b = [0u8; 10];
    if !site.memory.read(at, &mut b) {
        return Err("no readable code".into());
    }
    if b[..3] != STUB_LEA || b[7..10] != STUB_JMP {
        return Err(format!("the bytes {b:02x?} are not an IFUNC stub (lea r11, [rip+d]; jmp *[r11])"));
    }
    let d = i32::from_le_bytes([b[3], b[4], b[5], b[6]]) as i64;
    let got1 = at.wrapping_add(7).wrapping_add(d as u64);
    let got2 = got1.wrapping_add(8);
    let (Some(first), Some(resolver)) = (read_u64(site.memory, got1), read_u64(site.memory, got2)) else {
        return Err(format!("its GOT words {got1:#x}/{got2:#x} are not in the linked memory"));
    };
    if resolver != site.s {
        return Err(format!("its second GOT word {got2:#x} holds {resolver:#x}, not the resolver {:#x}", site.s));
    }
    if !is_trampoline(site, first) {
        return Err(format!(
            "its GOT word {got1:#x} holds {first:#x}, which is not the lazy-binding trampoline: \
             already resolved, and what the resolver returns is not known to the auditor"
        ));
    }
    Ok(format!(
        "IFUNC stub {at:#x} (lea r11, [rip+d]; jmp *[r11]) via GOT word {got1:#x} -> lazy trampoline {first:#x}, \
         which calls *[r11+8] = GOT word {got2:#x} -> resolver {resolver:#x} and jumps where it returns"
    ))
}

/// RuntimeDyld's IFUNC trampoline at `at`: it calls `*[r11 + 8]`, stores rax at `[r11]`
/// and jumps to rax, within its 64 bytes.
fn is_trampoline(site: &Site<'_>, at: u64) -> bool {
    let mut b = [0u8; 64];
    let n = (1..=64).rev().find(|&n| site.memory.read(at, &mut b[..n])).unwrap_or(0);
    let code = &b[..n];
    let call = code.windows(4).position(|w| w == TRAMPOLINE_CALL);
    let end = code.windows(5).position(|w| w == TRAMPOLINE_END);
    matches!((call, end), (Some(c), Some(e)) if c < e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::check::{GotIndex, RelocEntry};
    use crate::audit::Memory;

    /// Code at 0x1000.., the stub at 0x2040, the trampoline at 0x2000, GOT words at 0x3000.
    struct Mem(Vec<(u64, Vec<u8>)>);

    impl Memory for Mem {
        fn read(&self, a: u64, buf: &mut [u8]) -> bool {
            self.0.iter().any(|(base, bytes)| {
                let off = a.wrapping_sub(*base) as usize;
                off.checked_add(buf.len()).and_then(|end| bytes.get(off..end)).map(|b| buf.copy_from_slice(b)).is_some()
            })
        }
    }

    fn memory(resolver: u64) -> Mem {
        let mut tramp = vec![0x57, 0x56, 0x52, 0x51, 0x41, 0x50, 0x41, 0x51, 0x41, 0x53];
        tramp.extend_from_slice(&TRAMPOLINE_CALL);
        tramp.extend_from_slice(&[0x41, 0x5b, 0x41, 0x59, 0x41, 0x58, 0x59, 0x5a, 0x5e, 0x5f]);
        tramp.extend_from_slice(&TRAMPOLINE_END);
        let mut stub = STUB_LEA.to_vec();
        // lea r11 -> 0x3000: disp from the end of the lea (0x2047).
        stub.extend_from_slice(&((0x3000i64 - 0x2047) as i32).to_le_bytes());
        stub.extend_from_slice(&STUB_JMP);
        let mut got = 0x2000u64.to_le_bytes().to_vec();
        got.extend_from_slice(&resolver.to_le_bytes());
        Mem(vec![(0x2000, tramp), (0x2040, stub), (0x3000, got)])
    }

    #[test]
    fn stub_through_its_got_words_leads_to_the_resolver() {
        let m = memory(0x5000);
        let got = GotIndex::default();
        let base = Err(String::new());
        let relocs: &[RelocEntry] = &[];
        let site = Site {
            r_type: 2,
            p: 0x1000,
            s: 0x5000,
            a: 0,
            sym: 1,
            size: None,
            section_addr: 0x1000,
            relocs,
            memory: &m,
            got: &got,
            got_base: &base,
        };
        let via = decode_stub(&site, 0x2040).expect("the stub decodes");
        assert!(via.contains("resolver 0x5000") && via.contains("0x3000"), "{via}");
        let other = Site { s: 0x6000, ..site };
        assert!(decode_stub(&other, 0x2040).unwrap_err().contains("not the resolver"), "GOT2 must hold the resolver");
        assert!(decode_stub(&site, 0x2000).is_err(), "the trampoline is not a stub");
        // A decoder that says the field points at the resolver: wrong, whatever else.
        let at_resolver = |s: &Site<'_>| crate::audit::check::judge("address", 0x5000, s.s, None, None);
        let o = check(&site, Arch::X86_64, &at_resolver);
        assert_eq!(o.verdict, Verdict::WrongTarget, "reaching the resolver itself is a mislink: {o:?}");
        // A decoder whose field points at the stub: ok once the stub is followed.
        let at_stub = |s: &Site<'_>| crate::audit::check::judge("address", s.s, 0x2040, None, None);
        let o = check(&site, Arch::X86_64, &at_stub);
        assert_eq!(o.verdict, Verdict::Ok, "through the IFUNC stub: {o:?}");
        assert!(o.via.is_some_and(|v| v.contains("IFUNC stub 0x2040")), "via names the stub");
    }
}
