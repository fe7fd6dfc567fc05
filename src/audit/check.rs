//! What the architecture decoders share: the fixup being checked, the outcome they return,
//! the range/compare rule, and the search for GOT slots.

use super::{Memory, Verdict};
use std::collections::HashMap;

/// One relocation of the section being audited, as the decoders need to see its neighbours
/// (an ADRP of a GOT pair finds its LDR through them).
#[derive(Clone, Copy, Debug)]
pub(crate) struct RelocEntry {
    pub offset: u64,
    pub r_type: u32,
    pub sym: u32,
    pub addend: i64,
}

/// The fixup being checked, in target addresses.
pub(crate) struct Site<'a> {
    pub r_type: u32,
    /// P: where the fixup is.
    pub p: u64,
    /// S: the symbol's final address.
    pub s: u64,
    /// A: the addend.
    pub a: i64,
    pub sym: u32,
    /// Z: the symbol's size (`st_size`), when this object defines it.
    pub size: Option<u64>,
    /// Target address of the section the fixup is in, and all of its relocations.
    pub section_addr: u64,
    pub relocs: &'a [RelocEntry],
    pub memory: &'a dyn Memory,
    pub got: &'a GotIndex,
    /// The object's GOT base (`_GLOBAL_OFFSET_TABLE_`), or why it is not known.
    pub got_base: &'a Result<u64, String>,
}

impl Site<'_> {
    /// S + A, as the relocation wants it (modulo 2^64).
    pub fn sa(&self) -> u64 {
        self.s.wrapping_add(self.a as u64)
    }

    /// The object's GOT base, or a `not-checked` outcome saying why it is not known.
    pub fn got_base(&self) -> Result<u64, Box<Outcome>> {
        self.got_base.clone().map_err(|reason| Box::new(Outcome::not_checked(reason)))
    }

    pub fn read_u8(&self, addr: u64) -> Result<u8, Box<Outcome>> {
        read_u8(self.memory, addr).ok_or_else(|| Box::new(Outcome::unreadable(addr, 1)))
    }

    pub fn read_u16(&self, addr: u64) -> Result<u16, Box<Outcome>> {
        let mut b = [0u8; 2];
        self.memory.read(addr, &mut b).then(|| u16::from_le_bytes(b)).ok_or_else(|| Box::new(Outcome::unreadable(addr, 2)))
    }

    pub fn read_u32(&self, addr: u64) -> Result<u32, Box<Outcome>> {
        read_u32(self.memory, addr).ok_or_else(|| Box::new(Outcome::unreadable(addr, 4)))
    }

    pub fn read_u64(&self, addr: u64) -> Result<u64, Box<Outcome>> {
        read_u64(self.memory, addr).ok_or_else(|| Box::new(Outcome::unreadable(addr, 8)))
    }

    /// Other relocations of this section with the same symbol and addend, by type, with
    /// their target addresses.
    pub fn partners(&self, r_type: u32) -> impl Iterator<Item = u64> + '_ {
        let (sym, a) = (self.sym, self.a);
        self.relocs
            .iter()
            .filter(move |r| r.r_type == r_type && r.sym == sym && r.addend == a)
            .map(move |r| self.section_addr.wrapping_add(r.offset))
    }
}

pub(crate) fn read_u32(m: &dyn Memory, addr: u64) -> Option<u32> {
    let mut b = [0u8; 4];
    m.read(addr, &mut b).then(|| u32::from_le_bytes(b))
}

pub(crate) fn read_u64(m: &dyn Memory, addr: u64) -> Option<u64> {
    let mut b = [0u8; 8];
    m.read(addr, &mut b).then(|| u64::from_le_bytes(b))
}

pub(crate) fn read_u8(m: &dyn Memory, addr: u64) -> Option<u8> {
    let mut b = [0u8; 1];
    m.read(addr, &mut b).then_some(b[0])
}

/// Sign-extends the low `bits` bits of `v`.
pub(crate) fn sext(v: u64, bits: u32) -> i64 {
    let shift = 64 - bits;
    ((v << shift) as i64) >> shift
}

/// The verdict on one fixup and what it is based on (the part of a `Finding` that the
/// decoders fill in).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Outcome {
    pub verdict: Verdict,
    pub expected: Option<u64>,
    pub actual: Option<u64>,
    pub delta: Option<i64>,
    pub range: Option<(i64, i64)>,
    pub compared: String,
    pub via: Option<String>,
    pub detail: String,
}

/// A decoder's answer; `Err` ends the check early (bytes unreadable, not the instruction
/// the relocation applies to).
pub(crate) type Checked = Result<Outcome, Box<Outcome>>;

impl Outcome {
    pub fn new(verdict: Verdict, compared: &str) -> Outcome {
        Outcome {
            verdict,
            expected: None,
            actual: None,
            delta: None,
            range: None,
            compared: compared.to_string(),
            via: None,
            detail: String::new(),
        }
    }

    pub fn not_checked(reason: impl Into<String>) -> Outcome {
        Outcome { detail: reason.into(), ..Outcome::new(Verdict::NotChecked, "") }
    }

    pub fn unreadable(addr: u64, len: u64) -> Outcome {
        Outcome::not_checked(format!("linked bytes at {addr:#x} ({len} bytes) are not readable through the session's memory"))
    }

    /// Not the instruction the relocation applies to: whatever the field holds, it does
    /// not do what the relocation says.
    pub fn wrong_instruction(compared: &str, addr: u64, insn: u32, wanted: &str) -> Outcome {
        Outcome { detail: format!("instruction {insn:#010x} at {addr:#x} is not {wanted}"), ..Outcome::new(Verdict::WrongTarget, compared) }
    }

    pub fn with_via(mut self, via: Option<String>) -> Outcome {
        if via.is_some() {
            self.via = via;
        }
        self
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Outcome {
        let d = detail.into();
        if !d.is_empty() {
            if !self.detail.is_empty() {
                self.detail.push_str("; ");
            }
            self.detail.push_str(&d);
        }
        self
    }
}

/// A data field of `bits` bits (8, 16 or 32) that must hold `want` (an absolute value, or
/// a delta from `base` = P), decoded from its raw bits: read as signed when `want` is
/// negative, unsigned otherwise (fields whose `range` spans both may hold either), and
/// judged against `range`. Expected and actual are `base` + the value.
pub(crate) fn judge_small(want: i64, raw: u64, bits: u32, range: (i64, i64), base: u64) -> Outcome {
    let mask = (1u64 << bits) - 1;
    let value = if want < 0 { sext(raw & mask, bits) } else { (raw & mask) as i64 };
    let (expected, actual) = (base.wrapping_add(want as u64), base.wrapping_add(value as u64));
    let o = judge("address", expected, actual, Some(want), Some(range));
    if o.verdict == Verdict::OutOfRange && (want as u64) & mask == raw & mask {
        return o.with_detail(format!("the field holds the value truncated to {bits} bits"));
    }
    o
}

/// `delta` lies in the inclusive `range`.
pub(crate) fn in_range(delta: i64, range: (i64, i64)) -> bool {
    range.0 <= delta && delta <= range.1
}

/// The common rule: a required delta outside what the field can span is out of range;
/// otherwise the decoded value must equal the expected one.
pub(crate) fn judge(compared: &str, expected: u64, actual: u64, delta: Option<i64>, range: Option<(i64, i64)>) -> Outcome {
    let verdict = match (delta, range) {
        (Some(d), Some(r)) if !in_range(d, r) => Verdict::OutOfRange,
        _ if expected == actual => Verdict::Ok,
        _ => Verdict::WrongTarget,
    };
    Outcome { expected: Some(expected), actual: Some(actual), delta, range, ..Outcome::new(verdict, compared) }
}

/// Every 8-byte slot of the session's GOTs, by the value it holds.
#[derive(Debug, Default)]
pub(crate) struct GotIndex {
    by_value: HashMap<u64, Vec<u64>>,
    known: bool,
}

impl GotIndex {
    pub fn build(m: &dyn Memory) -> GotIndex {
        let mut by_value: HashMap<u64, Vec<u64>> = HashMap::new();
        let regions = m.got_regions();
        for r in &regions {
            let mut slot = r.start.div_ceil(8) * 8;
            while slot.checked_add(8).is_some_and(|end| end <= r.end) {
                // A region the memory cannot serve ends there: its slots are not indexed (and
                // a bogus range of exabytes is not walked).
                let Some(v) = read_u64(m, slot) else { break };
                by_value.entry(v).or_default().push(slot);
                slot += 8;
            }
        }
        GotIndex { by_value, known: !regions.is_empty() }
    }

    /// GOT slots holding `value`.
    pub fn slots_holding(&self, value: u64) -> &[u64] {
        self.by_value.get(&value).map_or(&[], |v| v.as_slice())
    }
}

/// How a GOT-form field relates to a slot: what it encodes for a slot, the delta it must
/// span to reach it, and whether the field is what a truncating linker would have written
/// for that slot.
pub(crate) struct GotForm<'a> {
    pub compared: &'a str,
    /// The value the slot must hold (S, or S+A).
    pub want: u64,
    /// What the field decodes to (a page, a low-12 value, a slot address).
    pub actual: u64,
    /// The slot the decoded field (with its partner instruction) points at, if known.
    pub direct_slot: Option<u64>,
    pub encode: &'a dyn Fn(u64) -> u64,
    pub delta: Option<&'a dyn Fn(u64) -> i64>,
    pub range: Option<(i64, i64)>,
    /// The field's raw bits equal the truncated encoding of this delta.
    pub truncates_to: Option<&'a dyn Fn(i64) -> bool>,
}

impl GotForm<'static> {
    /// A field that decodes to the slot's own address and spans no checked distance (the
    /// 64-bit GOT forms): fine when that slot holds `want`.
    pub fn at_slot(want: u64, slot: u64) -> GotForm<'static> {
        GotForm {
            compared: "got-slot",
            want,
            actual: slot,
            direct_slot: Some(slot),
            encode: &|slot| slot,
            delta: None,
            range: None,
            truncates_to: None,
        }
    }
}

/// Judges a GOT-form fixup: fine when the field leads to a slot holding `want`; out of range
/// when every slot holding it is beyond the field's reach; wrong otherwise.
pub(crate) fn judge_got(site: &Site<'_>, g: &GotForm<'_>) -> Outcome {
    let base = |verdict, slot: Option<u64>| Outcome {
        expected: slot.map(g.encode),
        actual: Some(g.actual),
        delta: slot.and_then(|s| g.delta.map(|d| d(s))),
        range: g.range,
        via: slot.map(|s| format!("GOT slot {s:#x}")),
        ..Outcome::new(verdict, g.compared)
    };
    let mut note = String::new();
    if let Some(slot) = g.direct_slot {
        match read_u64(site.memory, slot) {
            Some(v) if v == g.want => return base(Verdict::Ok, Some(slot)),
            Some(v) => note = format!("the field leads to {slot:#x}, which holds {v:#x}, not {:#x}", g.want),
            None => note = format!("the field leads to {slot:#x}, which is not in the linked memory"),
        }
    }
    let slots = site.got.slots_holding(g.want);
    if let Some(&s) = slots.iter().find(|&&s| (g.encode)(s) == g.actual) {
        // The field is right for a slot holding the value (its partner may not be).
        return base(Verdict::Ok, Some(s));
    }
    if slots.is_empty() {
        if !site.got.known && g.direct_slot.is_none_or(|s| read_u64(site.memory, s).is_none()) {
            return Outcome::not_checked(format!(
                "no GOT memory is known and the field's slot cannot be read, so the slot holding {:#x} cannot be found{}",
                g.want,
                if note.is_empty() { String::new() } else { format!(" ({note})") }
            ));
        }
        let mut o = base(Verdict::WrongTarget, None);
        o.expected = None;
        return o.with_detail(note).with_detail(format!("no GOT slot holds {:#x}", g.want));
    }
    // The slot the linker meant: the one the truncated field matches, else the nearest.
    let chosen = g
        .delta
        .zip(g.truncates_to)
        .and_then(|(d, t)| slots.iter().copied().find(|&s| t(d(s))))
        .or_else(|| g.delta.and_then(|d| slots.iter().copied().min_by_key(|&s| d(s).unsigned_abs())))
        .unwrap_or(slots[0]);
    let out = match (g.delta, g.range) {
        (Some(d), Some(r)) if !in_range(d(chosen), r) => Verdict::OutOfRange,
        _ => Verdict::WrongTarget,
    };
    let truncated = g.delta.zip(g.truncates_to).is_some_and(|(d, t)| t(d(chosen)));
    let mut o = base(out, Some(chosen)).with_detail(note);
    if out == Verdict::OutOfRange && truncated {
        o = o.with_detail("the field holds the truncated delta");
    }
    o
}
