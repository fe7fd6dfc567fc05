"""Corpus program: numba.typed.List and numba.typed.Dict built and used in @njit code."""
from numba import njit, types
from numba.typed import Dict, List


@njit
def squares(n):
    out = List()
    for i in range(n):
        out.append(i * i)
    return out


@njit
def histogram(values):
    d = Dict.empty(key_type=types.int64, value_type=types.int64)
    for v in values:
        d[v % 3] = d.get(v % 3, 0) + 1
    return d


lst = squares(6)
print("squares", list(lst))
h = histogram(lst)
print("histogram", sorted(h.items()))
