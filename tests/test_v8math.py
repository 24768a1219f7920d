"""Math functions of compiled programs give the very bits node gives.

For every Math function the host computes (codegen/host.py `_math`), 20,000
arguments from a fixed seed (every exponent, subnormals, NaN, +-0, the
infinities, near multiples of pi/4, integers, huge values; pairs for atan2
and pow) are sent to one node process and to `_math`; each result must be
the same double (NaN equals NaN: a program cannot tell NaNs apart). The test
needs node and fails, not skips, without it.
"""
from __future__ import annotations

import math
import struct

import pytest

from codegen import v8math
from codegen.host import _math
from codegen.lower import MATH_HOST
from v8math_oracle import BINARY, UNARY, arguments, node_values, same

N = 20000

@pytest.mark.parametrize("name", UNARY + BINARY)
def test_bits_match_node(name):
    args = arguments(name, N, seed=1)
    want = node_values(name, args)
    assert len(want) == len(args)
    op = MATH_HOST[name]
    bad = []
    for a, w in zip(args, want):
        got = _math(op, *a) if isinstance(a, tuple) else _math(op, a, 0.0)
        if not same(got, w):
            bad.append((a, got, w))
    assert not bad, f"{len(bad)} of {len(args)} differ from node, e.g. {bad[:3]}"


def test_arguments_cover_the_hard_cases():
    args = arguments("sin", N, seed=1)
    bits = {struct.pack("<d", a) for a in args}
    assert struct.pack("<d", -0.0) in bits and struct.pack("<d", 0.0) in bits
    assert any(a != a for a in args) and math.inf in args and -math.inf in args
    assert any(0 < abs(a) < 2.2250738585072014e-308 for a in args)      # subnormals
    assert any(abs(a) > 2.0 ** 20 * math.pi / 2 for a in args if a == a)  # Payne-Hanek range
    assert sum(1 for a in args if a == a and abs(a) > 1e300) > 10


def test_same_compares_bits():
    assert not same(0.0, -0.0)
    assert same(math.nan, -math.nan)
    assert not same(1.0, 1.0000000000000002)
    assert not same(math.nan, 1.0)


def test_known_last_bit_cases():
    # Arguments where the C library (Python's math) and node disagree in the last bit.
    assert v8math.pow(2.0, -0.25) == 0.8408964152537146 != math.pow(2.0, -0.25)
    assert v8math.pow(3.7, -0.25) == 0.7210237478128139
    assert v8math.pow(0.1, 17.0) == 1.0000000000000008e-17
    assert v8math.exp(1.0) == math.e


def test_reduction_tables_are_the_bits_of_pi():
    # 2/pi = 0.A2F9836E4E44152... in hexadecimal; pi/2 has the high word 0x3FF921FB.
    assert v8math.TWO_OVER_PI[:3] == [0xA2F983, 0x6E4E44, 0x1529FC]
    assert len(v8math.TWO_OVER_PI) == 66
    assert v8math.NPIO2_HW[0] == 0x3FF921FB and v8math.NPIO2_HW[1] == 0x400921FB


def test_js_special_cases_of_pow_are_kept():
    p = MATH_HOST["pow"]
    assert math.isnan(_math(p, 1.0, math.nan))
    assert math.isnan(_math(p, 1.0, math.inf)) and math.isnan(_math(p, -1.0, -math.inf))
    assert _math(p, math.nan, 0.0) == 1.0
    assert _math(p, -0.0, -3.0) == -math.inf and _math(p, 0.0, -2.0) == math.inf
    assert math.isnan(_math(p, -8.0, 1 / 3))


def test_pow_of_exact_integer_cases_is_the_exact_product():
    """codegen/runtime.wat `$pow` computes an integer to an integer power 0..64 by
    repeated multiplication while the product stays below 2^53 (exact), instead of
    asking the host: V8's pow must give the same, exact, result there."""
    checked = 0
    for x in range(-2000, 2001):
        r = 1
        for y in range(0, 65):
            if abs(r) >= 2 ** 53:
                break
            assert v8math.pow(float(x), float(y)) == float(r), (x, y)
            checked += 1
            r *= x
    assert checked > 20000
    assert math.copysign(1.0, v8math.pow(-0.0, 3.0)) == -1.0 and math.copysign(1.0, v8math.pow(-0.0, 2.0)) == 1.0
