"""`Math.atan`, `Math.atan2`, `Math.asin`, `Math.acos` (codegen/fdlibm_arc.py)
and two-argument `Math.hypot` (runtime.wat) computed in the module give
node's bits: at the boundaries of atan's reduction intervals and of asin's
and acos's (1/2, 0.975), on every quadrant and the signed zeros and
infinities of atan2, on quotients beyond 2^60 and below 2^-60, on NaN with
Infinity for hypot, and the module calls the host for none."""
from __future__ import annotations

import math
import random
import shutil
from pathlib import Path

import pytest
from conftest import js_number as literal, same_as_node, wat_function

from codegen.build import build

NODE = shutil.which("node")

# 7/16, 11/16, 19/16 and 39/16 bound atan's intervals
SPECIAL = [0.0, -0.0, 5e-324, 1e-300, 1e-9, 0.4375, 0.6875, 1.0, 1.1875, 2.4375, 0.5, 1.5, 3.0, 1e17, 1e19,
           1e300, 1.7976931348623157e308, math.inf, -math.inf, math.nan]


def values(seed: int, n: int) -> list:
    rng = random.Random(seed)
    out = list(SPECIAL) + [-v for v in SPECIAL[2:-3]]
    for b in (0.4375, 0.6875, 1.1875, 2.4375, 0.5, 0.975, 1.0):
        out += [math.nextafter(b, 0), math.nextafter(b, 9)]
    while len(out) < n:
        kind = rng.randrange(3)
        if kind == 0:
            x = rng.uniform(-5, 5)
        elif kind == 1:
            x = math.copysign(10 ** rng.uniform(-320, 308), rng.random() - 0.5)
        else:
            x = rng.uniform(-1e4, 1e4)
        out.append(x)
    return out




@pytest.mark.skipif(NODE is None, reason="node is the oracle")
def test_atan_atan2_and_hypot_print_node_s_numbers(tmp_path: Path) -> None:
    vs = values(20261125, 1500)
    rng = random.Random(7)
    src = tmp_path / "a.js"
    src.write_text(
        "const vs = [" + ",".join(literal(v) for v in vs) + "];\n"
        "const ws = [" + ",".join(literal(rng.choice(vs)) for _ in vs) + "];\n"
        "const atan2 = Math.atan2;\n"
        # 1 / r tells -0 from 0
        "for (let i = 0; i < vs.length; i++) { const y = vs[i], x = ws[i], a = Math.atan2(y, x); "
        "console.log(Math.atan(y), 1 / Math.atan(y), a, 1 / a, Math.atan2(x, y), Math.hypot(y, x), atan2(y, 1)); "
        "const u = y - Math.trunc(y); console.log(Math.asin(y), Math.acos(y), Math.asin(u), 1 / Math.asin(u), "
        "Math.acos(u), Math.asin(1 / y), Math.acos(-1 / y)); }\n"
        "const q = [0, -0, Infinity, -Infinity, 1, -1];\n"
        "for (const y of q) console.log(q.map((x) => 1 / Math.atan2(y, x)).join(' '), "
        "q.map((x) => Math.hypot(y, x)).join(' '), Math.hypot(NaN, y), Math.hypot(y, NaN));\n",
        encoding="utf-8")
    out = same_as_node(src)
    assert out.count("\n") == 2 * len(vs) + 6


def test_no_host_call_for_the_arc_functions_or_hypot(tmp_path: Path) -> None:
    src = tmp_path / "a.js"
    src.write_text("let t = 0;\nfor (let i = 1; i < 10; i++) t += Math.atan(i) + Math.atan2(i, 3) + Math.hypot(i, 2)"
                   " + Math.asin(1 / i) + Math.acos(-1 / i);\nconsole.log(t);\n", encoding="utf-8")
    wat = build(str(src)).wat
    top = wat_function(wat, "$file_0")
    assert "$host_math" not in top
    for name in ("$m_atan", "$m_atan2", "$m_hypot", "$m_asin", "$m_acos"):
        assert f"(call {name} " in top
        assert "$host_math" not in wat_function(wat, name)
