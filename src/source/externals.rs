//! Where external symbols sit relative to JIT memory (`--externals`): a model of a real
//! host process's layout, so that the reach from JIT code to the symbols it calls is tested
//! as a real process would have it, not with every external right next to the code.
//!
//! - `process` (the default): what this process has (the harness's own helpers, `dlsym`
//!   for libc/libm), trap stubs (`--stub-unresolved`) in the process's mmap area; in a cross
//!   link, synthetic addresses just below the JIT window.
//! - `python-nonpie`: as in a process of Debian's `/usr/bin/python3.11`, a non-PIE
//!   executable: the CPython API (`Py*`, `_Py*`, including data such as `PyExc_*`) is in
//!   the executable's image, about 0x400000–0x900000, below 4 GiB, while JIT memory and
//!   shared libraries (libc, libm, numpy's and Numba's extension modules, which provide the
//!   NRT and helper symbols Numba registers) are in the 0x7f… mmap area. Shared-library
//!   symbols keep their `process` placement (in process the real ones, else stubs in the
//!   mmap area; in a cross link the import window beside the JIT window); CPython symbols
//!   get addresses in [`CPYTHON_IMAGE`]. In process, each such symbol is a trap stub mapped
//!   at its address (the job ends naming it if the code calls it), so the code is linked
//!   and run against the distance a Python process really has.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

/// Where `python-nonpie` puts the CPython API: inside the text and data of Debian 12's
/// non-PIE `/usr/bin/python3.11` (its image spans about 0x400000–0x900000).
pub const CPYTHON_IMAGE: Range<u64> = 0x42_0000..0x90_0000;

/// Bytes between two modelled symbols of one window.
pub const MODEL_STRIDE: u64 = 0x20;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Externals {
    #[default]
    Process,
    PythonNonPie,
}

impl Externals {
    pub const ALL: [Externals; 2] = [Externals::Process, Externals::PythonNonPie];

    pub fn name(self) -> &'static str {
        match self {
            Externals::Process => "process",
            Externals::PythonNonPie => "python-nonpie",
        }
    }

    /// The window the model puts `name` in, when it places that symbol itself (`None`:
    /// the `process` placement applies).
    pub fn window(self, name: &str) -> Option<Range<u64>> {
        match self {
            Externals::Process => None,
            Externals::PythonNonPie => is_cpython_api(name).then_some(CPYTHON_IMAGE),
        }
    }
}

/// Whether `name` belongs to the CPython API (what the python executable itself exports).
pub fn is_cpython_api(name: &str) -> bool {
    name.starts_with("Py") || name.starts_with("_Py")
}

impl fmt::Display for Externals {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Externals {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Externals::ALL.into_iter().find(|e| e.name() == s).ok_or_else(|| {
            let known: Vec<&str> = Externals::ALL.iter().map(|e| e.name()).collect();
            format!("unknown externals model `{s}`; known: {}", known.join(", "))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_nonpie_places_the_cpython_api_below_4_gib_and_nothing_else() {
        let m = Externals::PythonNonPie;
        for name in ["PyLong_FromLong", "PyExc_TypeError", "_Py_NoneStruct", "PyArg_ParseTuple"] {
            let w = m.window(name).unwrap_or_else(|| panic!("{name} is CPython's"));
            assert!(w.end <= 1 << 32 && w.start >= 0x40_0000, "{name}: {w:x?}");
        }
        for name in ["sin", "NRT_MemInfo_alloc_safe_aligned", "numba_gil_ensure", "memcpy", "Pz"] {
            assert_eq!(m.window(name), None, "{name} keeps the process placement");
        }
        assert_eq!(Externals::Process.window("PyLong_FromLong"), None);
        assert_eq!("python-nonpie".parse::<Externals>(), Ok(Externals::PythonNonPie));
        let e = "python".parse::<Externals>().unwrap_err();
        assert!(e.contains("python-nonpie") && e.contains("`python`"), "{e}");
    }
}
