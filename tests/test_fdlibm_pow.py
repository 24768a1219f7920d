"""`x ** y` and `Math.pow` computed in the module (codegen/fdlibm_pow.py) give
node's bits: on the special values, on every kind of exponent (integers odd and
even, halves, fractions, beyond 2^31, beyond 2^64), on negative, subnormal and
huge bases, near overflow and underflow, and the module calls the host for none."""
from __future__ import annotations

import math
import random
import shutil
from pathlib import Path

import pytest
from conftest import js_number as literal, same_as_node, wat_function

from codegen.build import build

NODE = shutil.which("node")

SPECIAL = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-310, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3.0,
           10.0, 0.999999999, 1.000000001, 1e300, -1e300, 1.7976931348623157e308, math.inf, -math.inf, math.nan]
EXPONENTS = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 0.1, 1.5, 2.5, 1074.0, -1074.0, 1023.9,
             -1075.5, 3e9, -3e9, 4294967297.0, 1e20, -1e20, 1e300, math.inf, -math.inf, math.nan]


def pairs(seed: int, n: int) -> list:
    rng = random.Random(seed)
    out = [(x, y) for x in SPECIAL for y in EXPONENTS]
    while len(out) < n:
        kind = rng.randrange(5)
        if kind == 0:     # everyday: a fraction to a small power
            x, y = rng.uniform(-100, 100), rng.choice([2, 3, 0.5, 1.5, -1, rng.uniform(-5, 5)])
        elif kind == 1:   # any magnitude
            x = math.copysign(10 ** rng.uniform(-320, 308), rng.random() - 0.5)
            y = rng.uniform(-3, 3)
        elif kind == 2:   # near 1, large exponents
            x, y = 1 + rng.uniform(-1e-6, 1e-6), rng.uniform(-1e9, 1e9)
        elif kind == 3:   # negative bases to integer powers, odd and even
            x, y = rng.uniform(-50, 0), float(rng.randrange(-300, 300))
        else:             # near overflow and underflow of the result
            x, y = rng.uniform(1.5, 10), rng.choice([1, -1]) * rng.uniform(300, 1100)
        out.append((x, y))
    return out




@pytest.mark.skipif(NODE is None, reason="node is the oracle")
def test_pow_prints_node_s_numbers(tmp_path: Path) -> None:
    ps = pairs(20261125, 3000)
    src = tmp_path / "p.js"
    # 1 / r tells -0 from 0 in the printed text
    src.write_text("const ps = [" + ",".join(f"[{literal(x)},{literal(y)}]" for x, y in ps) + "];\n"
                   "const pow = Math.pow;\n"
                   "for (const [x, y] of ps) { const r = x ** y; "
                   "console.log(r, 1 / r, Math.pow(x, y) === r, pow(x / 3, y), x ** 2, 1 / (y ** 2)); }\n",
                   encoding="utf-8")
    out = same_as_node(src)
    assert out.count("\n") == len(ps)


def test_no_host_call_for_pow(tmp_path: Path) -> None:
    src = tmp_path / "p.js"
    src.write_text("let t = 0;\nfor (let i = 1; i < 10; i++) t += (i * 0.3) ** 2.5 + Math.pow(0.5, i);\n"
                   "console.log(t);\n", encoding="utf-8")
    wat = build(str(src)).wat
    body = wat_function(wat, "$pow")
    assert "(call $m_pow " in body and "$host_math" not in body
    assert "$host_math" not in wat_function(wat, "$m_pow")


def test_a_square_is_one_multiplication(tmp_path: Path) -> None:
    # fdlibm's pow(x, 2) is x * x (its y = 2 case), so `e ** 2` evaluates e once and multiplies
    src = tmp_path / "p.js"
    src.write_text("let t = 0;\nfor (let i = 1; i < 10; i++) t += (i * 0.3) ** 2;\nconsole.log(t);\n", encoding="utf-8")
    top = wat_function(build(str(src)).wat, "$file_0")
    assert "(call $pow " not in top and "(f64.mul (local.tee " in top
