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

mod audit;
mod cli;
mod common;
mod diff;
mod inputs;
mod jitlink;
mod placement;
mod report;
mod slab;
mod workloads;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

type Test = (&'static str, fn());

const TESTS: &[Test] = &[
    ("audit::every_type_in_range_is_ok_aarch64", audit::every_type_in_range_is_ok_aarch64),
    ("audit::every_type_in_range_is_ok_x86_64", audit::every_type_in_range_is_ok_x86_64),
    ("audit::out_of_range_is_detected_aarch64", audit::out_of_range_is_detected_aarch64),
    ("audit::out_of_range_is_detected_x86_64", audit::out_of_range_is_detected_x86_64),
    ("audit::synthetic_ranges_aarch64", audit::synthetic_ranges_aarch64),
    ("audit::synthetic_stubs_aarch64", audit::synthetic_stubs_aarch64),
    ("audit::synthetic_ranges_x86_64", audit::synthetic_ranges_x86_64),
    ("audit::corrupted_bytes_are_wrong_target_aarch64", audit::corrupted_bytes_are_wrong_target_aarch64),
    ("audit::corrupted_bytes_are_wrong_target_x86_64", audit::corrupted_bytes_are_wrong_target_x86_64),
    ("audit::corrupted_got_slot_is_wrong_target_aarch64", audit::corrupted_got_slot_is_wrong_target_aarch64),
    ("audit::relaxed_gotpcrelx_is_decoded_x86_64", audit::relaxed_gotpcrelx_is_decoded_x86_64),
    ("audit::malformed_objects_are_errors_or_not_checked", audit::malformed_objects_are_errors_or_not_checked),
    ("cli::version_names_crate_llvm_and_host", cli::version_names_crate_llvm_and_host),
    ("cli::unknown_workload_backend_and_target_are_usage_errors", cli::unknown_workload_backend_and_target_are_usage_errors),
    ("cli::unimplemented_backends_report_unsupported_not_pass", cli::unimplemented_backends_report_unsupported_not_pass),
    ("cli::cross_link_json_has_layout_at_chosen_addresses", cli::cross_link_json_has_layout_at_chosen_addresses),
    ("inputs::ir_bitcode_and_object_inputs_link_and_run", inputs::ir_bitcode_and_object_inputs_link_and_run),
    ("inputs::module_for_another_triple_is_retargeted_with_a_note", inputs::module_for_another_triple_is_retargeted_with_a_note),
    ("inputs::ir_syntax_error_names_file_and_line", inputs::ir_syntax_error_names_file_and_line),
    ("inputs::truncated_bitcode_is_an_error", inputs::truncated_bitcode_is_an_error),
    ("inputs::bad_objects_are_errors", inputs::bad_objects_are_errors),
    ("inputs::unresolved_symbols_are_listed_or_stubbed", inputs::unresolved_symbols_are_listed_or_stubbed),
    ("inputs::missing_input_file_is_an_error", inputs::missing_input_file_is_an_error),
    ("workloads::workload_list_has_the_required_workloads", workloads::workload_list_has_the_required_workloads),
    ("workloads::layout_names_every_kind_and_address", workloads::layout_names_every_kind_and_address),
    ("workloads::big_data_really_is_big", workloads::big_data_really_is_big),
    ("workloads::every_workload_x86_64", workloads::every_workload_x86_64),
    ("workloads::every_workload_aarch64", workloads::every_workload_aarch64),
    ("workloads::issue9001_fifty_loads_x86_64", workloads::issue9001_fifty_loads_x86_64),
    ("workloads::issue9001_fifty_loads_aarch64", workloads::issue9001_fifty_loads_aarch64),
    ("placement::scatter_reproduces_9001_x86_64", placement::scatter_reproduces_9001_x86_64),
    ("placement::scatter_reproduces_9001_aarch64", placement::scatter_reproduces_9001_aarch64),
    ("placement::natural_single_object_audits_clean_x86_64", placement::natural_single_object_audits_clean_x86_64),
    ("placement::natural_single_object_audits_clean_aarch64", placement::natural_single_object_audits_clean_aarch64),
    ("placement::link_audit_flag_reports_findings", placement::link_audit_flag_reports_findings),
    ("placement::crashing_aborting_and_hanging_jobs_become_results", placement::crashing_aborting_and_hanging_jobs_become_results),
    (
        "placement::rtdyld_reserve_keeps_one_object_together_or_is_unsupported",
        placement::rtdyld_reserve_keeps_one_object_together_or_is_unsupported,
    ),
    ("slab::every_workload_same_results_as_stock_x86_64", slab::every_workload_same_results_as_stock_x86_64),
    ("slab::every_workload_same_results_as_stock_aarch64", slab::every_workload_same_results_as_stock_aarch64),
    ("slab::issue9001_thousand_loads_scatter_and_fragment_x86_64", slab::issue9001_thousand_loads_scatter_and_fragment_x86_64),
    ("slab::issue9001_thousand_loads_scatter_and_fragment_aarch64", slab::issue9001_thousand_loads_scatter_and_fragment_aarch64),
    ("slab::slab_is_never_writable_and_executable", slab::slab_is_never_writable_and_executable),
    ("slab::ten_thousand_modules_loaded_and_released_stay_bounded", slab::ten_thousand_modules_loaded_and_released_stay_bounded),
    ("slab::slab_exhaustion_is_a_clear_error", slab::slab_exhaustion_is_a_clear_error),
    ("slab::memory_stats_for_every_backend", slab::memory_stats_for_every_backend),
    ("jitlink::every_workload_jitlink_x86_64", jitlink::every_workload_jitlink_x86_64),
    ("jitlink::every_workload_jitlink_aarch64", jitlink::every_workload_jitlink_aarch64),
    ("jitlink::jitlink_cross_links_at_chosen_addresses", jitlink::jitlink_cross_links_at_chosen_addresses),
    ("jitlink::issue9001_thousand_loads_jitlink_x86_64", jitlink::issue9001_thousand_loads_jitlink_x86_64),
    ("jitlink::issue9001_thousand_loads_jitlink_aarch64", jitlink::issue9001_thousand_loads_jitlink_aarch64),
    ("jitlink::llvm14_aarch64_unsupported_relocations_are_named", jitlink::llvm14_aarch64_unsupported_relocations_are_named),
    (
        "jitlink::duplicate_and_unresolved_symbols_are_named_on_every_backend",
        jitlink::duplicate_and_unresolved_symbols_are_named_on_every_backend,
    ),
    ("diff::diff_workloads_agree_x86_64", diff::diff_workloads_agree_x86_64),
    ("diff::diff_workloads_agree_aarch64", diff::diff_workloads_agree_aarch64),
    ("diff::diff_scatter_names_the_out_of_range_fixup", diff::diff_scatter_names_the_out_of_range_fixup),
    ("diff::diff_crash_is_contained_to_its_backend", diff::diff_crash_is_contained_to_its_backend),
    ("diff::corpus_numba_x86_64", diff::corpus_numba_x86_64),
    ("diff::corpus_numba_aarch64", diff::corpus_numba_aarch64),
    ("diff::capture_tiny_numba_script", diff::capture_tiny_numba_script),
    ("diff::repeated_definitions_in_one_session", diff::repeated_definitions_in_one_session),
    ("report::report_from_synthetic_criterion_and_run", report::report_from_synthetic_criterion_and_run),
];

fn main() {
    // Positional arguments filter by substring, as libtest does; flags are ignored.
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let chosen: Vec<&Test> = TESTS.iter().filter(|(n, _)| filters.is_empty() || filters.iter().any(|f| n.contains(f.as_str()))).collect();
    println!("\nrunning {} tests (harness: {}, {})", chosen.len(), jitharness::target::Arch::host(), run_mode());
    let (mut passed, mut failed) = (0, Vec::new());
    for (name, test) in chosen {
        let t = Instant::now();
        let r = catch_unwind(AssertUnwindSafe(test));
        match r {
            Ok(()) => {
                passed += 1;
                println!("test {name} ... ok ({:.1}s)", t.elapsed().as_secs_f64());
            }
            Err(_) => {
                failed.push(*name);
                println!("test {name} ... FAILED ({:.1}s)", t.elapsed().as_secs_f64());
            }
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

fn run_mode() -> String {
    match jitharness::run::exec::emulation() {
        None => "native".into(),
        Some(Some(va)) => format!("qemu-user, reserved VA {va:#x}"),
        Some(None) => "qemu-user, no reserved VA".into(),
    }
}
