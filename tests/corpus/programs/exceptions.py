"""Corpus program: exceptions raised inside @njit code, caught in and outside it."""
from numba import njit


@njit
def checked_sqrt(x):
    if x < 0:
        raise ValueError("negative input")
    return x ** 0.5


@njit
def safe_div(a, b):
    try:
        if b == 0:
            raise ZeroDivisionError
        return a // b
    except Exception:   # nopython mode can only match Exception (or bare except)
        return -1


@njit
def sum_checked(n):
    total = 0.0
    for i in range(-1, n):
        try:
            total += checked_sqrt(i)
        except Exception:
            total -= 1.0
    return total


print("sqrt", checked_sqrt(16.0))
try:
    checked_sqrt(-1.0)
except ValueError as e:
    print("caught", type(e).__name__, e)
print("div", safe_div(7, 2), safe_div(7, 0))
print("sum_checked", sum_checked(4))
