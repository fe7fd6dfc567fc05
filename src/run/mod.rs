//! Running jobs: what a job is (`job`), where it runs (`exec`: natively, or the aarch64
//! build under qemu-user) and worker processes that contain crashes and hangs (`worker`).

pub mod exec;
pub mod job;
pub mod worker;
