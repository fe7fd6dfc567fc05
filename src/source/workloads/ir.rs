//! Shared machinery of the generators: the pointer-dialect speller [`Ir`], the per-call context
//! [`Cx`] (names, module headers, data streams), the deterministic [`Rng`], literal helpers and
//! the `emit!` line macro.

use std::fmt::Write as _;

use super::{EntryCheck, IrDialect};
use crate::target::Arch;

/// Appends one formatted line to a `String`.
macro_rules! emit {
    ($out:expr) => {
        $out.push('\n')
    };
    // The import lives in the expansion so that generator files need not bring `fmt::Write`
    // into scope for a macro's sake.
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        writeln!($out, $($arg)*).expect("formatting into a String cannot fail")
    }};
}
pub(super) use emit;

/// Spells pointer types and casts in the requested dialect, so each template exists once.
#[derive(Clone, Copy)]
pub(super) struct Ir {
    opaque: bool,
}

impl Ir {
    /// The type of a pointer to `pointee`: `ptr`, or `pointee*` with typed pointers.
    pub(super) fn ptr(self, pointee: &str) -> String {
        if self.opaque {
            "ptr".to_string()
        } else {
            format!("{pointee}*")
        }
    }

    /// A constant pointer to element 0 of the global array `global` of type `array_ty`, of type
    /// pointer-to-element. Opaque pointers need no GEP for that: the array's address is it.
    pub(super) fn elem0(self, array_ty: &str, global: &str) -> String {
        if self.opaque {
            global.to_string()
        } else {
            format!("getelementptr inbounds ({array_ty}, {array_ty}* {global}, i64 0, i64 0)")
        }
    }

    /// The constant `global` (a `from*`) as a `to*`.
    pub(super) fn cast_const(self, global: &str, from: &str, to: &str) -> String {
        if self.opaque {
            global.to_string()
        } else {
            format!("bitcast ({from}* {global} to {to}*)")
        }
    }

    /// The value `value` (a `from*`) as a `to*`: with typed pointers emits `dst = bitcast ...`
    /// and returns `dst`, with opaque pointers returns `value` unchanged.
    pub(super) fn cast(self, out: &mut String, dst: &str, value: &str, from: &str, to: &str) -> String {
        if self.opaque {
            value.to_string()
        } else {
            emit!(out, "  {dst} = bitcast {from}* {value} to {to}*");
            dst.to_string()
        }
    }
}

/// Context of one generator call.
pub(super) struct Cx {
    workload: &'static str,
    arch: Arch,
    pub(super) ir: Ir,
    /// The iteration.
    pub(super) n: u32,
}

impl Cx {
    pub(super) fn new(workload: &'static str, arch: Arch, dialect: IrDialect, n: u32) -> Cx {
        Cx { workload, arch, ir: Ir { opaque: dialect.opaque_pointers }, n }
    }

    /// Suffix of every per-iteration name.
    pub(super) fn sfx(&self) -> String {
        format!("_i{}", self.n)
    }

    /// The deterministic data stream of this workload and iteration (`salt` separates streams
    /// within one generator).
    pub(super) fn rng(&self, salt: u64) -> Rng {
        Rng::new(self.workload, self.n, salt)
    }

    /// A module name, unique per workload, part and iteration.
    pub(super) fn module_name(&self, part: Option<&str>) -> String {
        match part {
            Some(p) => format!("{}.{p}.i{}.ll", self.workload, self.n),
            None => format!("{}.i{}.ll", self.workload, self.n),
        }
    }

    /// Starts a module: identification comments, source name and target triple. No datalayout:
    /// the compiler sets the one of its target machine.
    pub(super) fn header(&self, name: &str, what: &str) -> String {
        let mut out = String::new();
        emit!(out, "; ModuleID = '{name}'");
        emit!(out, "; jitharness built-in workload `{}`, iteration {}: {what}", self.workload, self.n);
        emit!(out, "source_filename = \"{name}\"");
        emit!(out, "target triple = \"{}\"", self.arch.triple());
        emit!(out);
        out
    }
}

/// splitmix64 over a seed derived from the workload name, iteration and a salt.
pub(super) struct Rng(u64);

impl Rng {
    fn new(workload: &str, iteration: u32, salt: u64) -> Rng {
        // FNV-1a of the name, so each workload has its own stream.
        let mut h: u64 = 0xCBF2_9CE4_8422_2325;
        for b in workload.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3);
        }
        h ^= u64::from(iteration).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        h ^= salt.wrapping_mul(0xD1B5_4A32_D192_ED03);
        Rng(h)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub(super) fn i64(&mut self) -> i64 {
        self.next_u64() as i64
    }

    /// Uniform-ish in `lo..=hi` (modulo bias is irrelevant here).
    pub(super) fn range(&mut self, lo: i64, hi: i64) -> i64 {
        let span = (hi - lo) as u64 + 1;
        lo + (self.next_u64() % span) as i64
    }

    /// `range(lo, hi) / 2^frac_bits`: a small dyadic rational, exact in binary floating point.
    pub(super) fn dyadic(&mut self, lo: i64, hi: i64, frac_bits: u32) -> f64 {
        self.range(lo, hi) as f64 / f64::from(1u32 << frac_bits)
    }
}

/// A `double` literal in LLVM's exact hexadecimal notation.
pub(super) fn f64_lit(v: f64) -> String {
    format!("0x{:016X}", v.to_bits())
}

/// A `float` literal: LLVM writes float constants as the hex of the equal double.
pub(super) fn f32_lit(v: f32) -> String {
    f64_lit(f64::from(v))
}

/// `[T v0, T v1, ...]` for an array initializer.
pub(super) fn array_init<T: std::fmt::Display>(elem_ty: &str, values: &[T]) -> String {
    let items: Vec<String> = values.iter().map(|v| format!("{elem_ty} {v}")).collect();
    format!("[{}]", items.join(", "))
}

/// `c"...\00"` for a NUL-terminated ASCII string (no characters needing escapes but `"`/`\`).
pub(super) fn c_string(s: &str) -> String {
    let mut out = String::from("c\"");
    for b in s.bytes() {
        if (b.is_ascii_graphic() && b != b'"' && b != b'\\') || b == b' ' {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "\\{b:02X}");
        }
    }
    out.push_str("\\00\"");
    out
}

/// The check that `symbol(args...)` returns `expected`.
pub(super) fn check(symbol: impl Into<String>, args: &[i64], expected: i64) -> EntryCheck {
    EntryCheck { symbol: symbol.into(), args: args.to_vec(), expected }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_literals_are_exact_hex() {
        assert_eq!(f64_lit(1.0), "0x3FF0000000000000", "double 1.0");
        assert_eq!(f32_lit(0.5), "0x3FE0000000000000", "float 0.5 written as double hex");
        assert_eq!(c_string("a\"b"), "c\"a\\22b\\00\"", "quotes are escaped");
    }
}
