"""Corpus program: numpy arrays, explicit loops and reductions in @njit code."""
import numpy as np
from numba import njit


@njit
def dot(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


@njit
def prefix_sum(a):
    out = np.empty_like(a)
    acc = 0
    for i in range(a.shape[0]):
        acc += a[i]
        out[i] = acc
    return out


@njit
def row_max(m):
    out = np.empty(m.shape[0])
    for i in range(m.shape[0]):
        best = m[i, 0]
        for j in range(1, m.shape[1]):
            if m[i, j] > best:
                best = m[i, j]
        out[i] = best
    return out


a = np.arange(10, dtype=np.float64)
print("dot", dot(a, a))
print("prefix", prefix_sum(np.arange(6, dtype=np.int64)).tolist())
print("row_max", row_max(np.arange(12, dtype=np.float64).reshape(3, 4) % 5).tolist())
