"""Corpus program: a few scalar @njit functions on ints and floats."""
import math

from numba import njit


@njit
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


@njit
def poly(x):
    return 3.0 * x * x - 2.0 * x + 0.5


@njit
def hypot_sin(x, y):
    return math.sqrt(x * x + y * y) * math.sin(x)


@njit
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print("gcd", gcd(1071, 462))
print("poly", poly(1.5))
print("hypot_sin %.6f" % hypot_sin(3.0, 4.0))
print("collatz", collatz_steps(27))
