"""`Math.log2` and `Math.log10` computed in the module (codegen/fdlibm_logs.py)
give node's bits: on subnormals, powers of two and ten (where log2 and log10
must be exact), both sides of sqrt(2) where the mantissa split turns, every
magnitude, the special values, and the module calls the host for neither."""
from __future__ import annotations

import math
import random
import shutil
from pathlib import Path

import pytest
from conftest import js_number as literal, same_as_node, wat_function

from codegen.build import build

NODE = shutil.which("node")


def values(seed: int, n: int) -> list:
    rng = random.Random(seed)
    out = [0.0, -0.0, 5e-324, 1e-310, 2.2250738585072014e-308, 1.0, -1.0, 0.5, 1e300, 1.7976931348623157e308,
           math.inf, -math.inf, math.nan, math.sqrt(2), math.sqrt(0.5)]
    out += [2.0 ** k for k in range(-1074, 1024, 7)] + [10.0 ** k for k in range(-323, 309, 3)]
    out += [math.nextafter(v, 0) for v in (math.sqrt(2), 2.0, 10.0, 1000.0)]
    while len(out) < n:
        kind = rng.randrange(3)
        if kind == 0:
            x = rng.uniform(0, 4)
        elif kind == 1:
            x = 10 ** rng.uniform(-320, 308)
        else:
            x = rng.uniform(-10, 1e6)
        out.append(x)
    return out




@pytest.mark.skipif(NODE is None, reason="node is the oracle")
def test_log2_and_log10_print_node_s_numbers(tmp_path: Path) -> None:
    vs = values(20261125, 3000)
    src = tmp_path / "l.js"
    src.write_text("const vs = [" + ",".join(literal(v) for v in vs) + "];\n"
                   "const lg = Math.log10;\n"
                   "for (const x of vs) console.log(Math.log2(x), Math.log10(x), lg(x * 3), 1 / Math.log2(x));\n",
                   encoding="utf-8")
    out = same_as_node(src)
    assert out.count("\n") == len(vs)


def test_no_host_call_for_log2_or_log10(tmp_path: Path) -> None:
    src = tmp_path / "l.js"
    src.write_text("let t = 0;\nfor (let i = 1; i < 10; i++) t += Math.log2(i) + Math.log10(i * 3);\nconsole.log(t);\n",
                   encoding="utf-8")
    wat = build(str(src)).wat
    top = wat_function(wat, "$file_0")
    assert "$host_math" not in top and "(call $m_log2 " in top and "(call $m_log10 " in top
    for name in ("$m_log2", "$m_log10", "$m_k_log1p"):
        assert "$host_math" not in wat_function(wat, name)
