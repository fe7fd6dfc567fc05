//! Builds the C++ shim in `cpp/` through cxx against the headers of the LLVM that the chosen
//! `llvmNN` feature selects (llvm-sys tells us where its llvm-config is).

use std::env;
use std::process::Command;

const VERSIONS: [&str; 5] = ["14", "15", "16", "19", "22"];
const CPP_SOURCES: [&str; 3] = ["cpp/src/rtdyld.cpp", "cpp/src/jitlink.cpp", "cpp/src/shim.cpp"];
const CPP_HEADERS: [&str; 4] = [
    "cpp/include/jitharness/rtdyld.h",
    "cpp/include/jitharness/jitlink.h",
    "cpp/include/jitharness/shim.h",
    "cpp/include/jitharness/llvm_compat.h",
];

fn main() {
    let chosen: Vec<&str> = VERSIONS.into_iter().filter(|v| env::var_os(format!("CARGO_FEATURE_LLVM{v}")).is_some()).collect();
    if chosen.len() != 1 {
        panic!(
            "enable exactly one of the features llvm14, llvm15, llvm16, llvm19, llvm22 (got {chosen:?}); \
             e.g. `cargo build --no-default-features --features llvm16`"
        );
    }
    let major = chosen[0];
    let config = env::var(format!("DEP_LLVM_{major}_CONFIG_PATH")).unwrap_or_else(|_| {
        panic!("llvm-sys did not report llvm-config for LLVM {major}; is llvm-{major}-dev installed (scripts/setup.sh)?")
    });
    let includedir = llvm_config(&config, "--includedir");

    let mut build = cxx_build::bridge("src/llvm/bridge.rs");
    build
        .files(CPP_SOURCES)
        .std("c++17")
        .include("cpp/include")
        // -isystem keeps LLVM's own headers out of our warnings.
        .flag("-isystem")
        .flag(&includedir)
        .define("__STDC_CONSTANT_MACROS", None)
        .define("__STDC_LIMIT_MACROS", None)
        .flag_if_supported("-Wno-unused-parameter")
        .compile("jitharness-shim");

    println!("cargo:rustc-env=JITHARNESS_LLVM_MAJOR={major}");
    println!("cargo:rustc-env=JITHARNESS_LLVM_VERSION={}", llvm_config(&config, "--version"));
    println!("cargo:rustc-env=JITHARNESS_BUILD_TARGET={}", env::var("TARGET").unwrap());
    println!("cargo:rerun-if-changed=src/llvm/bridge.rs");
    for f in CPP_SOURCES.iter().chain(CPP_HEADERS.iter()) {
        println!("cargo:rerun-if-changed={f}");
    }
}

fn llvm_config(config: &str, arg: &str) -> String {
    let out = Command::new(config).arg(arg).output().unwrap_or_else(|e| panic!("running `{config} {arg}`: {e}"));
    assert!(out.status.success(), "`{config} {arg}` failed");
    String::from_utf8(out.stdout).expect("llvm-config output is UTF-8").trim().to_string()
}
