"""JavaScript's Number::toString (ECMA-262 6.1.6.1.20) for finite and special
values: the shortest digits that read back as the same double, laid out as
plain, fraction or exponent form by where the decimal point falls. The analysis
needs it to name numeric property keys (`{0.5: x}` has key "0.5", `{1e21: x}`
"1e+21"; canonical_key); the build's host uses it for number-to-string."""
from __future__ import annotations

import math
from typing import Any, Optional


def shortest_digits(x: float) -> tuple[str, int]:
    """The shortest digits that read back as |x| (finite, not 0), without trailing
    zeros, and n such that |x| = 0.digits * 10^n."""
    r = repr(abs(x))
    if "e" in r:
        mant, e = r.split("e")
        exp = int(e)
    else:
        mant, exp = r, 0
    if "." in mant:
        ip, fp = mant.split(".")
    else:
        ip, fp = mant, ""
    if fp == "0":
        fp = ""
    digits = (ip + fp).lstrip("0")
    # value = 0.digits * 10^n
    n = len(ip.lstrip("0")) + exp if ip.lstrip("0") else exp - (len(fp) - len(fp.lstrip("0")))
    return digits.rstrip("0") or "0", n


def number_to_string(x: float) -> str:
    if x != x:
        return "NaN"
    if x == 0:
        return "0"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    sign = "-" if x < 0 else ""
    digits, n = shortest_digits(x)
    k = len(digits)
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + digits
    e = n - 1
    es = ("+" if e >= 0 else "-") + str(abs(e))
    if k == 1:
        return sign + digits + "e" + es
    return sign + digits[0] + "." + digits[1:] + "e" + es


def canonical_key(value: Any) -> Optional[str]:
    """The property key a constant computed key denotes (JS ToPropertyKey)."""
    if isinstance(value, bool) or value is None:
        return None if value is None else ("true" if value else "false")
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return number_to_string(float(value)) if isinstance(value, float) or abs(value) >= 2 ** 53 else str(value)
    return None
