"""Run from the venv's ``jitharness.pth`` at interpreter start when ``JITHARNESS_NUMBA_BACKEND``
is set: once ``numba.core.codegen`` has been imported (not before: ``import numba`` stays
as lazy as it is), Numba's JIT linking goes through a harness session
(``jitharness.numba.use_from_environment``). Child processes inherit the variable, so a test
suite's subprocesses link the same way."""

import importlib.abc
import importlib.util
import sys

_TARGET = "numba.core.codegen"


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != _TARGET:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        exec_module = spec.loader.exec_module

        def exec_then_use(module):
            exec_module(module)
            from jitharness.numba import use_from_environment

            use_from_environment()

        spec.loader.exec_module = exec_then_use
        return spec


if _TARGET in sys.modules:
    from jitharness.numba import use_from_environment

    use_from_environment()
else:
    sys.meta_path.insert(0, _Finder())
