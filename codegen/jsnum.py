"""JavaScript number <-> string conversions for the host imports
(Number::toString, toFixed, radix strings, Number(), parseInt, parseFloat)."""
from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, localcontext

from analysis.jsnumber import shortest_digits as _shortest, number_to_string as to_string


def to_int32(x: float) -> int:
    """ECMAScript ToInt32 of a number: its integer part modulo 2**32, signed."""
    if not math.isfinite(x):
        return 0
    n = int(math.trunc(x)) % 2 ** 32
    return n - 2 ** 32 if n >= 2 ** 31 else n


def _exact(f):
    """Run f with decimal arithmetic that never rounds: a double's exact decimal
    value has at most 767 significant digits, and results up to 100 more (the
    default context keeps 28, which made toFixed(20) of 123456789.5 fail)."""
    def run(*args):
        with localcontext() as ctx:
            ctx.prec = 1100
            return f(*args)
    run.__name__, run.__doc__ = f.__name__, f.__doc__
    return run


@_exact
def to_fixed(x: float, digits: int) -> str:
    if x != x:
        return "NaN"
    if abs(x) >= 1e21 or math.isinf(x):
        return to_string(x)
    neg = x < 0
    d = Decimal(abs(x)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    s = format(d, "f")
    if digits > 0 and "." not in s:
        s += "." + "0" * digits
    if neg and any(ch not in "0." for ch in s):
        return "-" + s
    return ("-" + s) if neg and x != 0 else s


@_exact
def _rounded(x: float, p: int) -> tuple[str, int]:
    """The p-digit n closest to |x| (ties: the larger) and the exponent e of its
    first digit: |x| ~ n * 10^(e - p + 1)."""
    if x == 0:
        return "0" * p, 0
    d = Decimal(abs(x))
    e = d.adjusted()
    n = int(d.scaleb(p - 1 - e).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if n >= 10 ** p:   # rounded up to one more digit
        n //= 10
        e += 1
    return str(n), e


def to_exponential(x: float, f: int) -> str:
    """Number.prototype.toExponential(f), 0 <= f <= 100, or f < 0 when the
    argument is undefined (as many digits as it takes to tell x apart)."""
    if x != x or math.isinf(x):
        return to_string(x)
    sign = "-" if x < 0 else ""
    if f < 0:
        digits, n = _shortest(x) if x != 0 else ("0", 1)
        e = n - 1
    else:
        digits, e = _rounded(x, f + 1)
    mant = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return sign + mant + "e" + ("+" if e >= 0 else "-") + str(abs(e))


@_exact
def to_locale_string(x: float) -> str:
    """Number.prototype.toLocaleString() with no arguments, as node's ICU formats it
    for en-US: the shortest digits of x rounded half away from zero to at most three
    fraction digits (trailing zeros dropped), the integer part in groups of three."""
    if x != x:
        return "NaN"
    neg = x < 0 or (x == 0 and math.copysign(1.0, x) < 0)
    if math.isinf(x):
        return "-\u221e" if neg else "\u221e"
    q = Decimal(repr(abs(x))).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    whole, _, frac = format(q, "f").partition(".")
    frac = frac.rstrip("0")
    return ("-" if neg else "") + f"{int(whole):,}" + ("." + frac if frac else "")


def to_precision(x: float, p: int) -> str:
    """Number.prototype.toPrecision(p), 1 <= p <= 100: the p-digit n closest to x
    (ties: the larger), in fixed notation unless the exponent is below -6 or at
    least p."""
    if x != x:
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    sign = "-" if x < 0 else ""
    digits, e = _rounded(x, p)
    if e < -6 or e >= p:
        mant = digits[0] + ("." + digits[1:] if p > 1 else "")
        return sign + mant + "e" + ("+" if e >= 0 else "-") + str(abs(e))
    if e == p - 1:
        return sign + digits
    if e >= 0:
        return sign + digits[:e + 1] + "." + digits[e + 1:]
    return sign + "0." + "0" * (-(e + 1)) + digits


DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_radix(x: float, radix: int) -> str:
    if x != x:
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    # V8's digits, which are not the exact ones past 2^53: it divides the double by
    # the radix (rounding) while the quotient is still 2^53 or more, writing a 0
    # for each division, then takes remainders of what is left, in doubles.
    v = abs(x)
    if v == 0:
        return "0"
    integer = math.floor(v)
    fraction = _radix_fraction(v - integer, v, radix)
    if fraction and fraction[0] == "carry":   # the fraction rounded up to the next integer
        integer += 1
        fraction = fraction[1:]
    v = integer
    out = []
    while v / radix >= 2.0 ** 53:
        v /= radix
        out.append("0")
    while True:
        r = math.fmod(v, radix)
        out.append(DIGITS[int(r)])
        v = (v - r) / radix
        if v <= 0:
            break
    digits = "".join(reversed(out)) + ("." + "".join(fraction) if fraction else "")
    return ("-" if x < 0 else "") + digits


def _radix_fraction(fraction: float, v: float, radix: int) -> list:
    """The digits of a fraction in `radix`, as V8 prints them: only as many as tell
    v from its neighbours (the digits stop once what is left is under half the gap
    to the next double, scaled along), the last rounded half to even; ["carry", ...]
    when rounding carries into the integer part."""
    delta = max(0.5 * (math.nextafter(v, math.inf) - v), math.nextafter(0.0, 1.0))
    digits: list = []
    if fraction < delta:
        return digits
    while True:
        fraction *= radix
        delta *= radix
        digit = int(fraction)
        digits.append(digit)
        fraction -= digit
        if (fraction > 0.5 or (fraction == 0.5 and digit & 1)) and fraction + delta > 1:
            while True:   # round up, carrying through the digits that were radix - 1
                if not digits:
                    return ["carry"]
                d = digits.pop() + 1
                if d < radix:
                    digits.append(d)
                    break
            break
        if fraction < delta:
            break
    return [DIGITS[d] for d in digits]


WS = " \t\n\r\v\f\u00a0\ufeff\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_DEC = re.compile(r"[+-]?(?:Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)", re.ASCII)   # JS digits are ASCII


def string_to_number(s: str) -> float:
    t = s.strip(WS)
    if t == "":
        return 0.0
    m = re.fullmatch(r"0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)", t)
    if m:
        for g, base in zip(m.groups(), (16, 8, 2)):
            if g is not None:
                return float(int(g, base))
    if _DEC.fullmatch(t):
        return _decimal(t)
    return math.nan


def _decimal(t: str) -> float:
    if t.lstrip("+-") == "Infinity":
        return -math.inf if t.startswith("-") else math.inf
    return float(t)


def parse_float(s: str) -> float:
    t = s.lstrip(WS)
    m = _DEC.match(t)
    if not m:
        return math.nan
    return _decimal(m.group(0))


def parse_int(s: str, radix: int) -> float:
    t = s.lstrip(WS)
    sign = 1
    if t[:1] in "+-" and t:
        if t[0] == "-":
            sign = -1
        t = t[1:]
    if radix == 0:
        radix = 10
        if t[:2] in ("0x", "0X"):
            radix, t = 16, t[2:]
    elif radix == 16 and t[:2] in ("0x", "0X"):
        t = t[2:]
    if radix < 2 or radix > 36:
        return math.nan
    digits = []
    for ch in t:
        v = DIGITS.find(ch.lower())
        if v < 0 or v >= radix:
            break
        digits.append(v)
    if not digits:
        return math.nan
    if radix != 10 and radix & (radix - 1):
        return sign * _chunked(digits, radix)
    n = 0
    for v in digits:
        n = n * radix + v
    return sign * float(n) if n < 2 ** 1000 else sign * math.inf   # sign * 0.0: -0 for "-0"


def _chunked(digits: list, radix: int) -> float:
    """The value of digits in a radix that is neither 10 nor a power of two, as V8
    computes it (the spec lets it approximate beyond 2**53): after any leading
    zeros, runs of digits whose
    place value stays below 2**32 / 36 are exact integers, each folded into the
    double result with one multiply and one add, both rounded."""
    limit = 0xFFFFFFFF // 36
    result = 0.0
    i = 0
    while i < len(digits) and digits[i] == 0:
        i += 1   # (V8 skips leading zeros first: they would move the runs' boundaries)
    while i < len(digits):
        part, multiplier = 0, 1
        while i < len(digits) and multiplier * radix <= limit:
            part = part * radix + digits[i]
            multiplier *= radix
            i += 1
        result = result * float(multiplier) + float(part)
    return result
