//! Integration tests: the `jitharness` binary end to end, on both targets.
//!
//! On an x86_64 host, `--target aarch64` jobs run in the harness's aarch64 build under
//! qemu-user (built by `make build`). When this suite itself runs under qemu (the aarch64
//! half of `make test`), `--target x86_64` can only be cross-linked: those tests then
//! assert the link-only result and say so on stderr.
//!
//! The suite has its own small runner (`harness = false`) that runs every test on the main
//! thread, one after another: on the machines this project runs on, qemu-user hangs as soon
//! as a guest creates a thread (even a C `pthread_create`, with qemu 7.2 and 10.0), so
//! libtest's thread-per-test runner cannot run under qemu there. Output ends with the plain
//! line `N passed, N failed`.
//!
//! A test is a function defined inside [`integration_test!`], which registers it as it
//! defines it: there is no list to forget a test in. Registration uses static constructors
//! (`inventory`), which run before `main` on the main thread, natively and under qemu.

/// A registered test: `file::function` and where it is defined.
pub struct Test {
    module: &'static str,
    function: &'static str,
    line: u32,
    run: fn(),
}

impl Test {
    /// `file::function`: the module path without the crate's own name.
    fn name(&self) -> String {
        let file = self.module.split_once("::").map_or(self.module, |(_, rest)| rest);
        format!("{file}::{}", self.function)
    }
}

inventory::collect!(Test);

/// Defines a test function and registers it under `file::function`:
///
/// ```ignore
/// integration_test!(
///     /// What the test proves.
///     fn name_of_the_test() {
///         ...
///     }
/// );
/// ```
macro_rules! integration_test {
    ($(#[$attr:meta])* fn $name:ident() $body:block) => {
        $(#[$attr])*
        fn $name() $body

        inventory::submit! {
            crate::Test { module: module_path!(), function: stringify!($name), line: line!(), run: $name }
        }
    };
}

mod audit;
mod backends;
mod bad_input;
mod cli;
mod common;
mod compile_opts;
mod diff;
mod inputs;
mod jitlink;
mod known;
mod matrix;
mod numba;
mod placement;
mod reclaim;
mod registration;
mod reloc_types;
mod report;
mod slab;
mod static_init;
mod workloads;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

/// A test's `file::function` name and its function.
type NamedTest = (String, fn());

/// Every registered test, by file and then in definition order.
/// Fails when nothing registered (registration itself broke) or when two tests share a
/// name (a filter or a failure line would be ambiguous).
fn registered() -> Result<Vec<NamedTest>, String> {
    let mut tests: Vec<&Test> = inventory::iter::<Test>.into_iter().collect();
    tests.sort_by_key(|t| (t.module, t.line, t.function));
    if tests.is_empty() {
        return Err("no test registered: static registration did not run in this build".into());
    }
    let named: Vec<NamedTest> = tests.iter().map(|t| (t.name(), t.run)).collect();
    let mut names: Vec<&str> = named.iter().map(|(n, _)| n.as_str()).collect();
    names.sort_unstable();
    let duplicates: Vec<&str> = names.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0]).collect();
    if !duplicates.is_empty() {
        return Err(format!("tests registered twice under one name: {}", duplicates.join(", ")));
    }
    Ok(named)
}

fn main() {
    let tests = registered().unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(101);
    });
    // Positional arguments filter by substring, as libtest does; flags are ignored.
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let chosen: Vec<&NamedTest> =
        tests.iter().filter(|(n, _)| filters.is_empty() || filters.iter().any(|f| n.contains(f.as_str()))).collect();
    println!("\nrunning {} of {} tests (harness: {}, {})", chosen.len(), tests.len(), jitharness::target::Arch::host(), run_mode());
    let (mut passed, mut failed) = (0, Vec::new());
    let mut times = Vec::new();
    for (name, test) in chosen {
        let (t, cpu) = (Instant::now(), cpu_seconds());
        let r = catch_unwind(AssertUnwindSafe(test));
        let wall = t.elapsed().as_secs_f64();
        match r {
            Ok(()) => {
                passed += 1;
                println!("test {name} ... ok ({wall:.1}s)");
            }
            Err(_) => {
                failed.push(name.as_str());
                println!("test {name} ... FAILED ({wall:.1}s)");
            }
        }
        times.push((wall, cpu_seconds() - cpu, name.as_str()));
    }
    // Wall time depends on what else the machine runs; CPU time (this process and every
    // process it waited for: harness, workers, qemu) much less so.
    times.sort_by(|a, b| b.0.total_cmp(&a.0));
    if times.len() > 1 {
        println!("\nslowest tests (wall, CPU):");
        for (wall, cpu, name) in times.iter().take(10) {
            println!("    {wall:7.1}s {cpu:7.1}s  {name}");
        }
    }
    if !failed.is_empty() {
        println!("\nfailures:");
        for f in &failed {
            println!("    {f}");
        }
    }
    println!("\n{passed} passed, {} failed", failed.len());
    std::process::exit(if failed.is_empty() { 0 } else { 101 });
}

/// User + system CPU seconds of this process and of all children it has waited for.
fn cpu_seconds() -> f64 {
    let of = |who| {
        // SAFETY: getrusage only writes the struct it is given, which is zeroed and ours.
        let mut u: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: `u` is a valid, writable rusage for the duration of the call.
        if unsafe { libc::getrusage(who, &mut u) } != 0 {
            return 0.0;
        }
        let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
        secs(u.ru_utime) + secs(u.ru_stime)
    };
    of(libc::RUSAGE_SELF) + of(libc::RUSAGE_CHILDREN)
}

fn run_mode() -> String {
    match jitharness::run::exec::emulation() {
        None => "native".into(),
        Some(Some(va)) => format!("qemu-user, reserved VA {va:#x}"),
        Some(None) => "qemu-user, no reserved VA".into(),
    }
}
