//! Integration tests: the `jitharness` binary end to end, on both targets.
//!
//! On an x86_64 host, `--target aarch64` jobs run in the harness's aarch64 build under
//! qemu-user (built by `make build`). When this suite itself runs under qemu (the aarch64
//! half of `make test`), `--target x86_64` can only be cross-linked: those tests then
//! assert the link-only result and say so on stderr.

mod common;
mod cli;
mod inputs;
mod workloads;
