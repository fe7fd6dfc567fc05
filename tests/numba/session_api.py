"""Drives jitharness.Session (the C ABI through ctypes) for the `numba` integration tests.

    python session_api.py BACKEND

Objects come from llvmlite with its own target machine (as Numba makes them). Prints one
JSON object with what it observed; the Rust test decides what is right for the backend.
"""
import ctypes
import json
import sys

import llvmlite.binding as ll

import jitharness

backend = sys.argv[1]
ll.initialize_native_target()
ll.initialize_native_asmprinter()
tm = ll.Target.from_default_triple().create_target_machine(codemodel="jitdefault", jit=True)


# LLVM 14's IR has typed pointers; 15 and later write `ptr`.
PTR = "ptr" if ll.llvm_version_info[0] >= 15 else "i64*"


def obj(ir):
    m = ll.parse_assembly(ir.replace("PTR", PTR))
    m.triple = ll.get_process_triple()
    return tm.emit_object(m)


# `twice` calls `host_scale`, a symbol the program defines at an address of its own;
# `counter` is data the code reads through the GOT or an absolute address.
A = obj("""
declare i64 @host_scale(i64)
@counter = global i64 41
define i64 @twice(i64 %x) {
  %s = call i64 @host_scale(i64 %x)
  %c = load i64, PTR @counter
  %r = add i64 %s, %c
  ret i64 %r
}
""")
# A second object calling into the first (a cross-object reference).
B = obj("""
declare i64 @twice(i64)
define i64 @thrice(i64 %x) {
  %t = call i64 @twice(i64 %x)
  %r = add i64 %t, %x
  ret i64 %r
}
""")
# A second strong definition of `twice`.
DUP = obj("""
define i64 @twice(i64 %x) {
  ret i64 0
}
""")

out = {"backend": backend}
SCALE = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64)(lambda x: 10 * x)
s = jitharness.Session(backend, audit=True)
s.define("host_scale", ctypes.cast(SCALE, ctypes.c_void_p).value)
a = s.add_object("a.o", A)
b = s.add_object("b.o", B)
s.finalize()
F = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64)
out["twice(2)"] = F(s.lookup("twice"))(2)
out["thrice(2)"] = F(s.lookup("thrice"))(2)
out["missing"] = s.lookup("no_such_symbol")
try:
    s.add_object("garbage.o", b"\x7fELF not really")
    out["garbage"] = None
except jitharness.JitharnessError as e:
    out["garbage"] = str(e)
try:
    s.add_object("dup.o", DUP)
    s.finalize()
    out["duplicate"] = "accepted"
except jitharness.JitharnessError as e:
    out["duplicate"] = str(e)
# An object needing a symbol nothing defines fails its finalize, naming it; the session
# goes on with the next object.
s.add_object("needs.o", obj("declare i64 @nowhere()\ndefine i64 @n() {\n %v = call i64 @nowhere()\n ret i64 %v\n}"))
try:
    s.finalize()
    out["unresolved"] = None
except jitharness.JitharnessError as e:
    out["unresolved"] = str(e)
s.add_object("after.o", obj("define i64 @after() {\n ret i64 7\n}"))
s.finalize()
out["after()"] = F(s.lookup("after"))(0) if s.lookup("after") else None
before = s.report()
try:
    s.remove(b)
    out["remove"] = "removed"
    out["thrice after remove"] = s.lookup("thrice")
except jitharness.JitharnessError as e:
    out["remove"] = str(e)
out["twice(3) after remove"] = F(s.lookup("twice"))(3)
rep = s.report()
out["report"] = {
    "schema": rep["schema"],
    "objects": [(o["name"], o["removed"], o.get("failed")) for o in rep["objects"]],
    "fixups_audited": rep["fixups_audited"],
    "fixups_wrong": rep["fixups_wrong"],
    "imports": rep["imports"],
    "notes": rep["notes"],
    "committed_before_remove": before["memory"]["committed"],
    "committed_after_remove": rep["memory"]["committed"],
    "memory_not_visible": rep["memory"].get("not_visible"),
}
print(json.dumps(out))
