"""Numba with its JIT linking done by a harness backend.

    import jitharness.numba
    jitharness.numba.use(backend="jitlink-slab", audit=True)   # before the first compilation

From then on Numba still optimises each module and emits it as an object with its own target
machine (exactly the bytes MCJIT would link: docs/research/numba-routing.md), and a harness
session links the object in this process. Symbols resolve the way MCJIT resolves them: the
session's earlier objects (first definition of a weak or common symbol wins), what Numba put
in llvmlite's symbol table (``add_symbol``: NRT, helpers, ``PyExc_*`` objects), then the
process. MCJIT keeps its (empty) engine for the target data Numba reads; it never sees a module.

Set ``JITHARNESS_NUMBA_BACKEND`` (and optionally ``JITHARNESS_NUMBA_AUDIT=1``,
``JITHARNESS_NUMBA_PLACEMENT``) to have every Python process of the venv do this at start
(``jitharness numba run`` does; child processes inherit it). ``JITHARNESS_NUMBA_REPORT=FILE``
writes the session's report there when the process exits.
"""

import atexit
import json
import os

from . import JitharnessError, Session

__all__ = ["use", "session", "sessions", "JitharnessError"]

_STATE = {"options": None, "sessions": [], "patched": False}


def session():
    """The harness session of the process's first Numba JIT codegen, once Numba created it
    (else None)."""
    return _STATE["sessions"][0] if _STATE["sessions"] else None


def sessions():
    """Every harness session, one per Numba JIT codegen, in the order Numba created them."""
    return list(_STATE["sessions"])


def _search_fn():
    """llvmlite's symbol search (its AddSymbol table, then the process) as a C pointer."""
    import ctypes

    import llvmlite.binding as ll

    fn = ll.ffi.lib.LLVMPY_SearchAddressOfSymbol
    fn = getattr(fn, "_cfn", fn)
    return ctypes.cast(fn, ctypes.c_void_p).value


class _HarnessEngine:
    """Numba's JitEngine contract, linked by a harness session instead of MCJIT."""

    def __init__(self, engine, tm, sess):
        # Numba's own JitEngine keeps the symbol bookkeeping Numba reads (is_symbol_defined,
        # _load_defined_symbols); the MCJIT engine inside it stays empty.
        self._numba = engine
        self._ee = engine._ee
        self._tm = tm
        self._session = sess
        self._pending = False
        self._notify = None
        self._getbuffer = None
        self._count = 0
        self._ids = {}
        self._runtime_dyld = _STATE["options"]["backend"].startswith("rtdyld")

    # Bookkeeping Numba reads, kept by Numba's own class.
    def is_symbol_defined(self, name):
        return self._numba.is_symbol_defined(name)

    def _load_defined_symbols(self, mod):
        return self._numba._load_defined_symbols(mod)

    @property
    def _defined_symbols(self):
        return self._numba._defined_symbols

    def set_object_cache(self, notify, getbuffer):
        self._notify, self._getbuffer = notify, getbuffer

    def add_module(self, module):
        self._load_defined_symbols(module)
        # Numba's tests look for modules here (test_parfors); MCJIT never gets them.
        self._ee._modules.add(module)
        buf = self._getbuffer(module) if self._getbuffer else None
        if buf is None:
            buf = self._tm.emit_object(module)
            if self._notify:
                self._notify(module, buf)
        self._count += 1
        self._ids[id(module)] = self._session.add_object("%s#%d" % (module.name, self._count), buf)
        self._pending = True

    def remove_module(self, module):
        # MCJIT's removeModule forgets the module and leaves its code mapped; a backend that
        # can unload (ORC resource trackers, the Rust slab) gives the memory back.
        self._ee._modules.discard(module)
        oid = self._ids.pop(id(module), None)
        if oid is None:
            return
        self.finalize_object()
        try:
            self._session.remove(oid)
        except JitharnessError:
            # RuntimeDyld cannot unload: as with MCJIT, the code stays mapped.
            if not self._runtime_dyld:
                raise

    def add_global_mapping(self, gv, addr):
        self._numba._defined_symbols.add(gv.name)
        self._session.define(gv.name, addr)

    def finalize_object(self):
        if self._pending:
            self._pending = False
            self._session.finalize()

    def _address(self, name):
        # As MCJIT's getSymbolAddress: a symbol already linked is returned without linking
        # what is pending (Numba asks for NRT's helpers while a module that still needs its
        # recursion stubs mapped waits for them); otherwise the pending objects are linked.
        addr = self._session.lookup(name)
        if addr is None and self._pending:
            self.finalize_object()
            addr = self._session.lookup(name)
        return addr or 0

    def get_function_address(self, name):
        return self._address(name)

    def get_global_value_address(self, name):
        return self._address(name)


def _write_report(path):
    # One report per session (per JIT codegen), in creation order; none if Numba never
    # created a JIT codegen.
    reports = [s.report() for s in _STATE["sessions"]]
    with open(path, "w") as f:
        json.dump(reports, f, indent=1)


def use(backend, audit=False, placement="natural", debugger=False):
    """Route Numba's JIT linking through a harness session of ``backend``. Call before the
    first compilation; later calls may only repeat the same options."""
    import numba.core.codegen as cg

    options = dict(backend=backend, audit=bool(audit), placement=placement, debugger=bool(debugger))
    if _STATE["patched"]:
        if options != _STATE["options"]:
            raise JitharnessError(
                "jitharness.numba.use was already called with %s; a process has one JIT engine" % _STATE["options"]
            )
        return
    # Fail here, not at the first compilation, for a backend this build lacks.
    Session(backend, audit=audit, placement=placement).close()
    _STATE["options"] = options
    original = cg.CPUCodegen._init

    def _init(self, llvm_module):
        original(self, llvm_module)
        if not isinstance(self, cg.JITCPUCodegen):
            return
        # Each JIT codegen has its own MCJIT engine, whose symbols the others do not see
        # (only llvmlite's add_symbol table is shared): one harness session each, likewise.
        # Sessions live until the process ends, as MCJIT's code does while functions from a
        # collected codegen may still be called.
        sess = Session(lookup=_search_fn(), **_STATE["options"])
        _STATE["sessions"].append(sess)
        engine = _HarnessEngine(self._engine, self._tm, sess)
        engine.set_object_cache(self._library_class._object_compiled_hook, self._library_class._object_getbuffer_hook)
        self._engine = engine

    cg.CPUCodegen._init = _init
    _STATE["patched"] = True
    report = os.environ.get("JITHARNESS_NUMBA_REPORT")
    if report:
        atexit.register(_write_report, report)


def use_from_environment():
    """``use`` with the options ``JITHARNESS_NUMBA_*`` give, if a backend is set."""
    backend = os.environ.get("JITHARNESS_NUMBA_BACKEND")
    if not backend:
        return False
    use(
        backend,
        audit=os.environ.get("JITHARNESS_NUMBA_AUDIT", "") not in ("", "0"),
        placement=os.environ.get("JITHARNESS_NUMBA_PLACEMENT", "natural"),
    )
    return True
