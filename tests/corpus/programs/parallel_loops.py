"""Corpus program: @njit(parallel=True) with prange, on the workqueue threading layer."""
import numba

numba.config.THREADING_LAYER = "workqueue"   # no TBB or OpenMP needed

import numpy as np
from numba import njit, prange


@njit(parallel=True)
def parallel_sum(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i]
    return s


@njit(parallel=True)
def scale(a, k):
    out = np.empty_like(a)
    for i in prange(a.shape[0]):
        out[i] = a[i] * k
    return out


a = np.arange(1000, dtype=np.float64)
print("sum", parallel_sum(a))
print("scale", scale(a, 2.0)[:4].tolist())
print("layer", numba.threading_layer())
