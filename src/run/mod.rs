//! Running jobs: what a job is (`job`), running it in this process (`session`, calling linked
//! code through `call`, static constructors and destructors through `init`), where it runs (`exec`: natively, or the aarch64
//! build under qemu-user) and worker processes that contain crashes and hangs (`worker`, with its `journal`).

pub mod call;
pub mod exec;
pub(crate) mod init;
pub mod job;
pub mod journal;
pub mod session;
pub mod worker;
