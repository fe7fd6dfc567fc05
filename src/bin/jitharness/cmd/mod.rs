//! One file per command: parse, call the library, render.

pub(crate) mod bench;
pub(crate) mod capture;
pub(crate) mod compile;
pub(crate) mod demo;
pub(crate) mod diff;
pub(crate) mod link;
pub(crate) mod matrix;
pub(crate) mod numba;
pub(crate) mod report;
pub(crate) mod repro;
