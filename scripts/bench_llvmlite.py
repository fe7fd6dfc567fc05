"""Times llvmlite linking relocatable objects in process, for `jitharness bench --peers`.

    python bench_llvmlite.py --mode mcjit|lljit|lljit-jitlink --runs N --define SYM... -- OBJ...

Each run links every object into a fresh engine, one object at a time, finalizing each (as
Numba finalizes each module); prints one JSON line: {"ns": median, "runs": [...], "version": ...}.
Symbols named with --define are bound to a dummy address so that nothing is resolved from
the process by accident (the objects are linked, never run).
"""
import argparse
import ctypes
import json
import statistics
import sys
import time

import llvmlite
import llvmlite.binding as llvm


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--mode", required=True, choices=["mcjit", "lljit", "lljit-jitlink"])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--define", action="append", default=[])
    p.add_argument("--export", action="append", default=[], help="one defined symbol per object, in order (LLJIT links a library when one of its symbols is looked up)")
    p.add_argument("objects", nargs="+")
    a = p.parse_args()
    llvm.initialize()
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    blobs = [open(f, "rb").read() for f in a.objects]
    if a.mode != "mcjit" and len(a.export) != len(blobs):
        p.error("LLJIT modes need one --export per object")
    dummy = ctypes.create_string_buffer(64)
    dummy_addr = ctypes.addressof(dummy)
    for s in a.define:
        llvm.add_symbol(s, dummy_addr)
    target = llvm.Target.from_default_triple()
    times = []
    for r in range(a.runs):
        # An engine owns its target machine: each gets its own.
        tm = target.create_target_machine(codemodel="jitdefault")
        if a.mode == "mcjit":
            ee = llvm.create_mcjit_compiler(llvm.parse_assembly(""), tm)
            t0 = time.perf_counter_ns()
            for b in blobs:
                ee.add_object_file(llvm.ObjectFileRef.from_data(b))
                ee.finalize_object()
            times.append(time.perf_counter_ns() - t0)
        else:
            jit = llvm.create_lljit_compiler(tm, use_jit_link=(a.mode == "lljit-jitlink"))
            keep = []
            t0 = time.perf_counter_ns()
            for i, b in enumerate(blobs):
                builder = llvm.JITLibraryBuilder().add_object_img(b).export_symbol(a.export[i])
                for s in a.define:
                    builder.import_symbol(s, dummy_addr)
                # Each object is its own library, linked (and so materialized) in turn.
                keep.append(builder.link(jit, f"obj{r}_{i}"))
            times.append(time.perf_counter_ns() - t0)
    print(json.dumps({"ns": int(statistics.median(times)), "runs": times, "version": f"llvmlite {llvmlite.__version__}, LLVM {'.'.join(map(str, llvm.llvm_version_info))}"}))


if __name__ == "__main__":
    sys.exit(main())
