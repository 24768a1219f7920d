"""Arguments for the Math functions and node's answers for them, bit for bit.

`arguments(name, n, seed)` makes n arguments (pairs for atan2 and pow) from a
fixed seed: random bit patterns over every exponent (subnormals, NaN, the
infinities included), uniform values in the ranges where each function does
its work, values a few ulps around multiples of pi/4 (hard cases for the
reduction of sin/cos/tan), integers and the special values (+-0, +-Infinity,
NaN, +-1, the extremes). `node_values(name, args)` runs one node process that
computes `Math[name]` for all of them and hands the doubles back through a
Float64Array, so -0 and every last bit arrive exactly.

Run by hand for a large sweep: `python tests/v8math_oracle.py 1000000 [names...]`
(seed 7, or V8MATH_SEED) prints, per function, how many arguments differ from node.
"""
from __future__ import annotations

import math
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
from array import array

UNARY = ["sin", "cos", "tan", "exp", "log", "atan", "asin", "acos", "log10", "log2", "expm1",
         "log1p", "sinh", "cosh", "tanh", "cbrt"]
BINARY = ["atan2", "pow", "hypot"]

NODE_SCRIPT = r"""
const fs = require('fs');
const [name, arity, inp, out] = process.argv.slice(2);
const a = new Float64Array(new Uint8Array(fs.readFileSync(inp)).buffer);
const f = Math[name];
const n = a.length / Number(arity);
const r = new Float64Array(n);
if (arity === '1') { for (let i = 0; i < n; i++) r[i] = f(a[i]); }
else { for (let i = 0; i < n; i++) r[i] = f(a[2 * i], a[2 * i + 1]); }
fs.writeFileSync(out, new Uint8Array(r.buffer));
"""

SPECIALS = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, 10.0, 0.1,
            5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
            -1.7976931348623157e308, 1e300, -1e300, 1e-300, 1e22, 1e-20, math.pi, -math.pi, math.pi / 2,
            math.pi / 4, math.e, 709.782712893384, 709.79, -745.1332191019411, -745.2, 710.4758600739439,
            22.0, -22.0, 0.34657359027997264, 1.0397207708399179, 2.0 ** -28, 2.0 ** -54, 2.0 ** 66,
            0.4375, 0.6875, 1.1875, 2.4375, 0.975, 1 - 2 ** -53, 1 + 2 ** -52, 2 ** 20 * math.pi / 2,
            2 ** 19 * math.pi / 2, 1e16, 9007199254740993.0, 4503599627370496.5]


def _from_bits(b: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def _ulps(x: float, k: int) -> float:
    b = struct.unpack("<Q", struct.pack("<d", x))[0]
    return _from_bits((b + k) & 0xFFFFFFFFFFFFFFFF) if x != 0 else k * 5e-324


# Where each function does its work: the interval uniform arguments are drawn from.
RANGES = {
    "sin": 1e6, "cos": 1e6, "tan": 1e6, "exp": 746.0, "log": 1e10, "atan": 40.0, "asin": 1.0,
    "acos": 1.0, "log10": 1e10, "log2": 1e10, "expm1": 60.0, "log1p": 3.0, "sinh": 712.0,
    "cosh": 712.0, "tanh": 25.0, "cbrt": 1e6, "atan2": 10.0, "pow": 10.0, "hypot": 1e10,
}


def _one(rng: random.Random, name: str) -> float:
    kind = rng.random()
    r = RANGES[name]
    if kind < 0.2:
        return _from_bits(rng.getrandbits(64))
    if kind < 0.45:
        return rng.uniform(-r, r)
    if kind < 0.6:
        return rng.uniform(-1, 1) * 2.0 ** rng.randint(-60, 10)
    if kind < 0.75:
        k = rng.choice([rng.randint(-64, 64), rng.randint(-10 ** 6, 10 ** 6), rng.randint(-2 ** 40, 2 ** 40)])
        return _ulps(k * math.pi / 4, rng.randint(-3, 3))
    if kind < 0.85:
        return float(rng.randint(-1000, 1000)) * rng.choice([1.0, 0.5, 0.25, 1e-3])
    if kind < 0.95:
        return _ulps(rng.choice(SPECIALS), rng.randint(-2, 2)) if rng.random() < 0.7 else rng.choice(SPECIALS)
    return rng.uniform(-1, 1) * 2.0 ** rng.randint(-1074, 1023)


def _pow_pair(rng: random.Random) -> tuple:
    kind = rng.random()
    if kind < 0.3:
        return _one(rng, "pow"), _one(rng, "pow")
    if kind < 0.5:
        return rng.uniform(0, 20), rng.uniform(-40, 40)
    if kind < 0.65:
        return rng.uniform(-10, 10), float(rng.randint(-60, 60))
    if kind < 0.75:
        return 1 + rng.uniform(-1, 1) * 2.0 ** rng.randint(-52, -10), rng.uniform(-1, 1) * 2.0 ** rng.randint(20, 70)
    if kind < 0.85:
        return rng.uniform(0, 2) * 2.0 ** rng.randint(-1074, 1023), rng.uniform(-2, 2)
    return rng.choice(SPECIALS + [rng.uniform(0, 5)]), rng.choice(SPECIALS + [0.25, -0.25, 17.0, -0.5, 1.5, 3.0])


def arguments(name: str, n: int, seed: int = 1) -> list:
    rng = random.Random(f"{name}-{seed}")
    if name == "pow":
        out = [(x, y) for x in SPECIALS[:20] for y in SPECIALS[:20]]
        return out + [_pow_pair(rng) for _ in range(max(0, n - len(out)))]
    if name in ("atan2", "hypot"):
        out = [(x, y) for x in SPECIALS[:20] for y in SPECIALS[:20]]
        return out + [(_one(rng, name), _one(rng, name)) for _ in range(max(0, n - len(out)))]
    return list(SPECIALS) + [_one(rng, name) for _ in range(max(0, n - len(SPECIALS)))]


def node_values(name: str, args: list) -> list:
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is not installed")
    arity = 2 if args and isinstance(args[0], tuple) else 1
    flat = array("d", [v for pair in args for v in pair] if arity == 2 else args)
    with tempfile.TemporaryDirectory() as tmp:
        inp, out, script = (os.path.join(tmp, f) for f in ("in.bin", "out.bin", "m.js"))
        with open(inp, "wb") as fh:
            fh.write(flat.tobytes())
        with open(script, "w") as fh:
            fh.write(NODE_SCRIPT)
        subprocess.run([node, script, name, str(arity), inp, out], check=True, timeout=600)
        res = array("d")
        with open(out, "rb") as fh:
            res.frombytes(fh.read())
    return list(res)


def same(a: float, b: float) -> bool:
    """Identical doubles; every NaN is the same NaN (a program cannot tell them apart)."""
    if a != a or b != b:
        return a != a and b != b
    return struct.pack("<d", a) == struct.pack("<d", b)


def mismatches(name: str, n: int, seed: int = 1, limit: int = 5) -> tuple:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from codegen import v8math
    from codegen.host import _math
    from codegen.lower import MATH_HOST
    args = arguments(name, n, seed)
    want = node_values(name, args)
    op = MATH_HOST[name]
    count, examples = 0, []
    for a, w in zip(args, want):
        got = _math(op, *a) if isinstance(a, tuple) else _math(op, a, 0.0)
        if not same(got, w):
            count += 1
            if len(examples) < limit:
                examples.append((a, got, w))
    del v8math
    return len(args), count, examples


if __name__ == "__main__":
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    seed = int(os.environ.get("V8MATH_SEED", "7"))
    names = sys.argv[2:] or UNARY + BINARY
    for fname in names:
        n, bad, ex = mismatches(fname, total, seed=seed)
        print(f"{fname:6} {n:9} args  {bad:7} mismatches", ex[:3], flush=True)
