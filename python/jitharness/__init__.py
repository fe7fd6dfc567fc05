"""jitharness from Python: a link session over any harness backend, in this process.

The native part is the harness itself, built as a shared library by cargo
(``target/llvmNN/debug/libjitharness.so``) and loaded with ctypes; its C ABI is
``src/embed/capi.rs``. Why ctypes and not a compiled extension: see ``docs/python.md``.

    from jitharness import Session
    s = Session("jitlink-slab", audit=True)
    s.define("helper", address)
    i = s.add_object("m.o", elf_bytes)
    s.finalize()
    f = s.lookup("f")

``jitharness.numba.use(backend=...)`` makes Numba link its JIT code through a session.
"""

import ctypes
import json
import os
import threading

__all__ = ["Session", "JitharnessError", "library_path", "about"]

_HERE = os.path.dirname(os.path.abspath(__file__))
_CHECKOUT = os.path.dirname(os.path.dirname(_HERE))
_LIB = None
_LIB_LOCK = threading.Lock()


class JitharnessError(RuntimeError):
    """An error the harness reported: the message names the object, symbol or relocation."""


def _llvmlite_major():
    try:
        import llvmlite.binding as ll
    except ImportError:
        return None
    return ll.llvm_version_info[0]


def library_path():
    """The harness library to load: ``$JITHARNESS_LIB``, else this checkout's build for the
    LLVM major of the llvmlite installed here, else any LLVM's build of this checkout."""
    explicit = os.environ.get("JITHARNESS_LIB")
    if explicit:
        return explicit
    majors = [22, 14, 19, 16, 15]
    mine = _llvmlite_major()
    if mine in majors:
        majors.remove(mine)
        majors.insert(0, mine)
    tried = []
    for m in majors:
        p = os.path.join(_CHECKOUT, "target", "llvm%d" % m, "debug", "libjitharness.so")
        if os.path.exists(p):
            return p
        tried.append(p)
    raise JitharnessError(
        "no harness library: set JITHARNESS_LIB, or build one (make build-native LLVM=N); tried "
        + ", ".join(tried)
    )


def _lib():
    global _LIB
    with _LIB_LOCK:
        if _LIB is not None:
            return _LIB
        lib = ctypes.CDLL(library_path())
        c = ctypes
        lib.jh_last_error.restype = c.c_char_p
        lib.jh_last_error.argtypes = []
        lib.jh_free_string.restype = None
        lib.jh_free_string.argtypes = [c.c_void_p]
        lib.jh_about.restype = c.c_void_p
        lib.jh_about.argtypes = []
        lib.jh_open.restype = c.c_void_p
        lib.jh_open.argtypes = [c.c_char_p, c.c_void_p]
        lib.jh_close.restype = None
        lib.jh_close.argtypes = [c.c_void_p]
        lib.jh_define.restype = c.c_int32
        lib.jh_define.argtypes = [c.c_void_p, c.c_char_p, c.c_uint64]
        lib.jh_add_object.restype = c.c_int64
        lib.jh_add_object.argtypes = [c.c_void_p, c.c_char_p, c.c_char_p, c.c_size_t]
        lib.jh_finalize.restype = c.c_int32
        lib.jh_finalize.argtypes = [c.c_void_p]
        lib.jh_lookup.restype = c.c_uint64
        lib.jh_lookup.argtypes = [c.c_void_p, c.c_char_p]
        lib.jh_remove.restype = c.c_int32
        lib.jh_remove.argtypes = [c.c_void_p, c.c_uint32]
        lib.jh_report.restype = c.c_void_p
        lib.jh_report.argtypes = [c.c_void_p]
        _LIB = lib
        return lib


def _error(lib):
    return JitharnessError(lib.jh_last_error().decode("utf-8", "replace"))


def _take_json(lib, ptr):
    if not ptr:
        raise _error(lib)
    try:
        return json.loads(ctypes.string_at(ptr).decode("utf-8"))
    finally:
        lib.jh_free_string(ptr)


def about():
    """The loaded harness: version, LLVM, architecture, and each backend's availability."""
    lib = _lib()
    return _take_json(lib, lib.jh_about())


class Session:
    """One harness link session in this process.

    backend: a harness backend name (``rtdyld-stock``, ``rtdyld-rust``, ``rtdyld-reserve``,
    ``jitlink-default``, ``jitlink-slab``, ``jitlink-rust``). audit: audit every object after
    linking; a wrong fixup makes ``finalize`` raise, naming it. lookup: the address of a C
    function ``void *(const char *)`` asked for symbols nothing else defines (Numba's is
    llvmlite's ``LLVMPY_SearchAddressOfSymbol``).
    """

    def __init__(self, backend, audit=False, placement="natural", lookup=None, debugger=False, slab_size=None):
        self._lib = _lib()
        self._lock = threading.Lock()
        options = {"backend": backend, "audit": bool(audit), "placement": placement, "debugger": bool(debugger)}
        if slab_size is not None:
            options["slab_size"] = int(slab_size)
        self.backend = backend
        h = self._lib.jh_open(json.dumps(options).encode(), lookup)
        if not h:
            raise _error(self._lib)
        self._h = h

    def _check(self, status):
        if status < 0:
            raise _error(self._lib)
        return status

    def define(self, name, address):
        """Puts symbol ``name`` at ``address`` for objects linked from now on."""
        with self._lock:
            self._check(self._lib.jh_define(self._h, name.encode(), address))

    def add_object(self, name, data):
        """Adds a relocatable ELF object (bytes); returns its id. Linked at ``finalize``."""
        data = bytes(data)
        with self._lock:
            return self._check(self._lib.jh_add_object(self._h, name.encode(), data, len(data)))

    def finalize(self):
        """Links (and, with audit, audits) everything added since the last finalize."""
        with self._lock:
            self._check(self._lib.jh_finalize(self._h))

    def lookup(self, name):
        """The address of a symbol a live object defines, or None."""
        with self._lock:
            return self._lib.jh_lookup(self._h, name.encode()) or None

    def remove(self, object_id):
        """Removes an object (its code, data, symbols); RuntimeDyld backends cannot."""
        with self._lock:
            self._check(self._lib.jh_remove(self._h, object_id))

    def report(self):
        """What the session holds: backend, objects, memory figures, imports, audit counts."""
        with self._lock:
            return _take_json(self._lib, self._lib.jh_report(self._h))

    def close(self):
        """Unmaps the session's code: nothing it linked may run afterwards."""
        with self._lock:
            if self._h:
                self._lib.jh_close(self._h)
                self._h = None
