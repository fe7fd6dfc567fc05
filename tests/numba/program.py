"""A Numba program that touches what a JIT linker sees, for the `numba` integration tests.

Its output must not depend on the linker: the tests run it with stock Numba (MCJIT) and with
each harness backend and compare what it prints. `cached` is compiled with cache=True: run
twice with the same NUMBA_CACHE_DIR, the second process loads its object from the cache.
At the end a second JIT codegen (a fresh target context, as a new process would have) compiles
`add` again: each codegen has its own engine, so a harness session each.
"""
import sys

import numpy as np
from numba import cfunc, njit, types
from numba.experimental import jitclass
from numba.typed import Dict, List


@njit
def add(a, b):
    return a + b


@njit
def checked(x):
    if x < 0:
        raise ValueError("negative", x)
    return x * 2


@njit
def containers(n):
    lst = List()
    d = Dict.empty(types.int64, types.float64)
    for i in range(n):
        lst.append(i)
        d[i] = i * 0.5
    return sum(lst), d[n - 1]


@cfunc("int64(int64, int64)")
def cmul(a, b):
    return a * b


@njit
def gen(n):
    for i in range(n):
        yield i * i


@njit
def use_gen(n):
    total = 0
    for v in gen(n):
        total += v
    return total


@jitclass([("count", types.int64)])
class Counter:
    def __init__(self, start):
        self.count = start

    def bump(self, k):
        self.count += k
        return self.count


@njit
def even(n):
    return True if n == 0 else odd(n - 1)


@njit
def odd(n):
    return False if n == 0 else even(n - 1)


@njit(cache=True)
def cached(a):
    return np.sqrt(a).sum() + np.dot(a, a)


print("add", add(2, 3))
print("checked", checked(4))
try:
    checked(-1)
except ValueError as e:
    print("raised", e.args)
print("containers", containers(10))
print("cfunc", cmul.ctypes(6, 7))
print("generator", use_gen(10))
c = Counter(5)
print("jitclass", c.bump(3), c.bump(4))
print("recursion", even(10), odd(7))
print("arange", np.arange(100).sum())
print("cached", cached(np.arange(16.0)))
print("cache hits", sum(cached.stats.cache_hits.values()), file=sys.stderr)

# A second JIT codegen: Numba's own tests do this to simulate a new process (test_dictimpl).
add._reset_overloads()
add.targetctx.init()
print("second codegen", add(20, 22))
