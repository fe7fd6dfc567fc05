"""Record every LLVM module a Python program hands to llvmlite's JIT.

    VENV/bin/python scripts/numba_capture.py --out DIR [--name NAME] -- script.py args...

The hook sits in llvmlite, not in Numba: it wraps ``llvmlite.binding.ExecutionEngine``'s
``__init__`` (the module an engine is created with), ``add_module`` and ``add_object_file``,
plus the object-cache "getbuffer" callback given to ``set_object_cache`` (machine code that
replaces a module's compilation). Each one is written, in order, before LLVM sees it:

    DIR/<NAME or script stem>/0000.ll, 0001.ll, ... (0003.o for objects), manifest.json

manifest.json follows the schema "jitharness/capture/v1" (docs/capture.md). It is rewritten
after every module, so a crash leaves a usable manifest, and once more at exit. Its "jit"
entry says how the JIT generated code: the arguments llvmlite's
``Target.create_target_machine`` got for the target machine the first engine was created
with (wrapped too, keeping its signature: Numba looks at it), or, when no such call was seen,
Numba's configuration (NUMBA_OPT, NUMBA_CPU_NAME or the host CPU, the host's features).

Child processes: the same file is imported by a ``sitecustomize`` placed on PYTHONPATH, so
a Python child started by spawn/exec records into ``DIR/<stem>.pid<PID>/`` (only if it JITs
anything); a forked child starts a fresh list in that directory too. Numba's on-disk cache is
pointed at an empty temporary directory, so ``cache=True`` never replaces compilation.

This file must stay importable without side effects: the child hook imports it as a module.
"""

import atexit
import functools
import importlib
import importlib.abc
import importlib.machinery
import inspect
import json
import os
import platform
import re
import shutil
import sys
import tempfile
import threading

SCHEMA = "jitharness/capture/v1"
HOOK = ("llvmlite.binding.ExecutionEngine.add_module"
        " (also __init__, add_object_file, set_object_cache getbuffer)")
# Environment handed to child processes.
ENV_OUT = "JITHARNESS_CAPTURE_OUT"
ENV_STEM = "JITHARNESS_CAPTURE_STEM"
MODULE_NAME = "jitharness_numba_capture"  # the name children import this file under


class Recorder:
    """Writes what one process hands to the JIT into one directory."""

    def __init__(self, out, stem, main):
        self.out = out
        self.stem = stem
        self.main = main          # the process numba_capture.py was started in
        self.lock = threading.RLock()
        self._reset()

    def _reset(self):
        self.pid = os.getpid()
        self.dir = os.path.join(self.out, self.stem if self.main else
                                "%s.pid%d" % (self.stem, self.pid))
        self.modules = []
        self.created = False
        self.jit = None           # how the first engine's target machine was made

    def after_fork_in_child(self):
        # The child's engine still holds the parent's modules (recorded by the parent);
        # what the child compiles from now on goes to its own directory, by the same engine.
        jit = self.jit
        self.main = False
        self.lock = threading.RLock()
        self._reset()
        self.jit = jit

    def record_engine(self, tm_options):
        """An engine is being created with a target machine made with `tm_options`."""
        with self.lock:
            if self.jit is None and tm_options is not None:
                self.jit = jit_settings(tm_options, "target-machine")

    def ensure_dir(self):
        if not self.created:
            os.makedirs(self.dir, exist_ok=True)
            self.created = True

    def record_ir(self, module):
        with self.lock:
            self.ensure_dir()
            text = str(module)
            name = "%04d.ll" % len(self.modules)
            self._write(name, text.encode("utf-8"))
            defined, declared, functions = symbols(module)
            self.modules.append({
                "file": name, "kind": "ir", "module_name": module.name,
                "bytes": len(text.encode("utf-8")),
                "defined": defined, "declared": declared, "functions": functions,
            })
            self.write_manifest()

    def record_object(self, data, module_name):
        # llvmlite cannot list an object's symbols, so the lists stay empty for objects.
        with self.lock:
            self.ensure_dir()
            name = "%04d.o" % len(self.modules)
            self._write(name, data)
            self.modules.append({
                "file": name, "kind": "object", "module_name": module_name,
                "bytes": len(data), "defined": [], "declared": [], "functions": [],
            })
            self.write_manifest()

    def _write(self, name, data):
        path = os.path.join(self.dir, name)
        with open(path + ".tmp", "wb") as f:
            f.write(data)
        os.replace(path + ".tmp", path)

    def write_manifest(self):
        with self.lock:
            if not self.created or os.getpid() != self.pid:
                return
            manifest = {
                "schema": SCHEMA,
                "program": os.path.basename(sys.argv[0]) if sys.argv else "",
                "argv": [os.path.basename(sys.argv[0])] + sys.argv[1:] if sys.argv else [],
                "pid": self.pid,
            }
            manifest.update(versions())
            manifest["hook"] = HOOK
            jit = self.jit or numba_config_settings()
            if jit is not None:
                manifest["jit"] = jit
            manifest["modules"] = self.modules
            self._write("manifest.json", (json.dumps(manifest, indent=1) + "\n").encode())


def symbols(module):
    """(defined, declared, defined functions) of an llvmlite ModuleRef, each sorted."""
    defined, declared, functions = set(), set(), set()
    for fn in module.functions:
        if fn.is_declaration:
            declared.add(fn.name)
        else:
            defined.add(fn.name)
            functions.add(fn.name)
    for gv in module.global_variables:
        (declared if gv.is_declaration else defined).add(gv.name)
    return sorted(defined), sorted(declared), sorted(functions)


_VERSIONS = None


def versions():
    global _VERSIONS
    if _VERSIONS is None:
        from importlib.metadata import version, PackageNotFoundError
        import llvmlite.binding as ll
        v = {}
        for pkg in ("numba", "llvmlite"):
            try:
                v[pkg] = version(pkg)
            except PackageNotFoundError:
                v[pkg] = ""   # a program that uses llvmlite without Numba
        v["llvm"] = ".".join(str(x) for x in ll.llvm_version_info)
        v["python"] = platform.python_version()
        v["host_triple"] = ll.get_process_triple()
        _VERSIONS = v
    return _VERSIONS


def numba_opt_setting():
    """NUMBA_OPT as Numba read it ("0".."3" or "max"), or "" when Numba is not loaded."""
    config = sys.modules.get("numba.core.config")
    if config is None or not hasattr(config, "OPT"):
        return ""
    # Newer Numba keeps an int subclass that remembers "max"; older a plain int.
    return str(getattr(config.OPT, "_raw_value", config.OPT))


def jit_settings(tm_options, source):
    """The manifest's "jit" entry from create_target_machine's arguments."""
    return {
        # An int subclass in newer Numba ("max" is 3 here): the level the target machine got.
        "opt_level": int(tm_options.get("opt", 2)),
        "numba_opt": numba_opt_setting(),
        "cpu": str(tm_options.get("cpu") or ""),
        "features": str(tm_options.get("features") or ""),
        "reloc": str(tm_options.get("reloc") or ""),
        "code_model": str(tm_options.get("codemodel") or ""),
        "source": source,
    }


def numba_config_settings():
    """What Numba's JIT would use, from its configuration; None unless Numba is loaded."""
    config = sys.modules.get("numba.core.config")
    if config is None or not hasattr(config, "OPT"):
        return None
    try:
        import llvmlite.binding as ll
        cpu = config.CPU_NAME or ll.get_host_cpu_name()
        features = config.CPU_FEATURES
        if features is None:
            from numba.core.codegen import get_host_cpu_features
            features = get_host_cpu_features()
    except Exception:
        return None
    return jit_settings({"opt": config.OPT, "cpu": cpu, "features": features}, "numba-config")


RECORDER = None


def patch_llvmlite():
    """Wrap the llvmlite entry points through which code reaches the JIT (once)."""
    from llvmlite.binding import executionengine, object_file
    EE = executionengine.ExecutionEngine
    if getattr(EE, "_jitharness_patched", False):
        return
    EE._jitharness_patched = True

    init, add_module, add_object_file = EE.__init__, EE.add_module, EE.add_object_file
    set_object_cache = EE.set_object_cache

    # Every wrapper records *before* calling llvmlite, so a crash in LLVM leaves the input.
    def __init__(self, ptr, module):
        RECORDER.record_ir(module)
        init(self, ptr, module)

    def add_module_hook(self, module):
        RECORDER.record_ir(module)
        return add_module(self, module)

    def add_object_file_hook(self, obj_file):
        if isinstance(obj_file, str):
            with open(obj_file, "rb") as f:
                data = f.read()
            name = os.path.basename(obj_file)
        else:
            data = getattr(obj_file, "_jitharness_bytes", b"")
            name = "<object>"
        RECORDER.record_object(data, name)
        return add_object_file(self, obj_file)

    def set_object_cache_hook(self, notify_func=None, getbuffer_func=None):
        if getbuffer_func is not None:
            inner = getbuffer_func

            def getbuffer_func(module):
                buf = inner(module)
                if buf is not None:   # cached machine code stands in for `module`
                    RECORDER.record_object(bytes(buf), module.name)
                return buf
        return set_object_cache(self, notify_func, getbuffer_func)

    # How the engine generates code: the target machine's arguments, kept on the object
    # and recorded when an engine is created with it.
    from llvmlite.binding import targets
    import llvmlite.binding as llb
    create_tm = targets.Target.create_target_machine
    tm_signature = inspect.signature(create_tm)

    @functools.wraps(create_tm)   # keeps the signature Numba inspects for `jit`
    def create_target_machine_hook(self, *args, **kwargs):
        tm = create_tm(self, *args, **kwargs)
        try:
            bound = tm_signature.bind(self, *args, **kwargs)
            bound.apply_defaults()
            tm._jitharness_options = dict(bound.arguments)
        except (TypeError, AttributeError):
            pass
        return tm
    targets.Target.create_target_machine = create_target_machine_hook

    create_mcjit = executionengine.create_mcjit_compiler

    @functools.wraps(create_mcjit)
    def create_mcjit_compiler_hook(module, target_machine, *args, **kwargs):
        RECORDER.record_engine(getattr(target_machine, "_jitharness_options", None))
        return create_mcjit(module, target_machine, *args, **kwargs)
    executionengine.create_mcjit_compiler = create_mcjit_compiler_hook
    llb.create_mcjit_compiler = create_mcjit_compiler_hook

    EE.__init__ = __init__
    EE.add_module = add_module_hook
    EE.add_object_file = add_object_file_hook
    EE.set_object_cache = set_object_cache_hook

    # ObjectFileRef does not keep its bytes; remember them for add_object_file.
    OF = object_file.ObjectFileRef
    from_data = OF.from_data.__func__

    def from_data_hook(cls, data):
        ref = from_data(cls, data)
        ref._jitharness_bytes = bytes(data)
        return ref
    OF.from_data = classmethod(from_data_hook)


def install(out, stem, main):
    global RECORDER
    RECORDER = Recorder(out, stem, main)
    os.register_at_fork(after_in_child=lambda: RECORDER.after_fork_in_child())
    atexit.register(lambda: RECORDER.write_manifest())


class _PatchAfterImport(importlib.abc.MetaPathFinder):
    """In a child process: patch llvmlite once (and only if) llvmlite.binding is imported.

    Waiting for the package, not a submodule, means its __init__ has run and every
    submodule the patch touches (executionengine, object_file) exists.
    """

    TARGET = "llvmlite.binding"

    def find_spec(self, fullname, path, target=None):
        if fullname != self.TARGET:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return None
        exec_module = spec.loader.exec_module

        def exec_then_patch(module):
            exec_module(module)
            if self in sys.meta_path:
                sys.meta_path.remove(self)
            patch_llvmlite()
        spec.loader.exec_module = exec_then_patch
        return spec


def child_start():
    """Called by the generated sitecustomize in every Python child process."""
    out, stem = os.environ.get(ENV_OUT), os.environ.get(ENV_STEM)
    if not out or not stem or RECORDER is not None:
        return
    install(out, stem, main=False)
    if "llvmlite.binding" in sys.modules:
        patch_llvmlite()
    else:
        sys.meta_path.insert(0, _PatchAfterImport())


SITECUSTOMIZE = '''\
# Generated by numba_capture.py: start the capture hook in this child process, then run
# the sitecustomize this one hides (Debian ships one), if any.
import sys, os, importlib
_here = os.path.dirname(os.path.abspath(__file__))
try:
    import %(module)s
    %(module)s.child_start()
except Exception as e:
    sys.stderr.write("numba_capture: child hook not installed: %%r\\n" %% (e,))
_saved = sys.path[:]
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _here]
del sys.modules["sitecustomize"]
try:
    importlib.import_module("sitecustomize")
except ImportError:
    pass
finally:
    sys.path[:] = _saved
''' % {"module": MODULE_NAME}


def clear_previous(out, stem):
    """Remove what an earlier capture of the same name left (only files this tool writes)."""
    ours = re.compile(r"^(\d{4}\.(ll|o)|manifest\.json)(\.tmp)?$")
    for entry in os.listdir(out):
        if entry != stem and not re.fullmatch(re.escape(stem) + r"\.pid\d+", entry):
            continue
        d = os.path.join(out, entry)
        if not os.path.isdir(d):
            continue
        for f in os.listdir(d):
            if ours.match(f):
                os.remove(os.path.join(d, f))
        if not os.listdir(d):
            os.rmdir(d)


def main(argv):
    usage = "usage: numba_capture.py --out DIR [--name NAME] -- script.py [args...]"
    if "--" not in argv:
        sys.exit(usage)
    split = argv.index("--")
    opts, command = argv[:split], argv[split + 1:]
    out = name = None
    i = 0
    while i < len(opts):
        if opts[i] in ("--out", "--name") and i + 1 < len(opts):
            if opts[i] == "--out":
                out = opts[i + 1]
            else:
                name = opts[i + 1]
            i += 2
        else:
            sys.exit(usage)
    if out is None or not command:
        sys.exit(usage)
    script = command[0]
    stem = name or os.path.splitext(os.path.basename(script))[0]
    if not re.fullmatch(r"[A-Za-z0-9_.+-]+", stem):
        sys.exit("numba_capture.py: name %r must be letters, digits, _ . + -" % stem)
    out = os.path.abspath(out)
    os.makedirs(out, exist_ok=True)
    clear_previous(out, stem)

    # Children: a private directory on PYTHONPATH holding a sitecustomize and this file.
    tmp = tempfile.mkdtemp(prefix="jitharness-capture-")
    atexit.register(shutil.rmtree, tmp, True)
    site_dir = os.path.join(tmp, "site")
    os.mkdir(site_dir)
    shutil.copyfile(os.path.abspath(__file__), os.path.join(site_dir, MODULE_NAME + ".py"))
    with open(os.path.join(site_dir, "sitecustomize.py"), "w") as f:
        f.write(SITECUSTOMIZE)
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [site_dir] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])
    os.environ[ENV_OUT], os.environ[ENV_STEM] = out, stem
    # Numba's on-disk cache (cache=True) would replace compilation by cached objects:
    # point it at an empty directory so every function is compiled and added as IR.
    os.environ["NUMBA_CACHE_DIR"] = os.path.join(tmp, "numba-cache")

    install(out, stem, main=True)
    patch_llvmlite()
    RECORDER.ensure_dir()

    sys.argv = list(command)
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    RECORDER.write_manifest()   # a manifest exists even if the program JITs nothing
    import runpy
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1:])
