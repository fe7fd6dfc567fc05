"""Corpus program: 30 tiny @njit functions made in a loop, each compiled and called once."""
from numba import njit


def make(k):
    def f(x):
        return x * k + k
    f.__name__ = f.__qualname__ = "f%02d" % k
    return njit(f)


total = 0
for k in range(30):
    total += make(k)(k)
print("total", total)
