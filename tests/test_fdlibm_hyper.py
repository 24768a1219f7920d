"""`Math.expm1`, `log1p`, `sinh`, `cosh`, `tanh` (codegen/fdlibm_hyper.py) and
`Math.cbrt` (codegen/fdlibm_pow.py) computed in the module give node's bits:
at the thresholds where their algorithms change path (ln2/2, 56 ln2, 22,
709.78, the overflow bound, sqrt(2) - 1 for log1p), on subnormals, every
magnitude and the special values, and the module calls the host for none."""
from __future__ import annotations

import math
import random
import shutil
from pathlib import Path

import pytest
from conftest import js_number as literal, same_as_node, wat_function

from codegen.build import build

NODE = shutil.which("node")
FUNCTIONS = ("expm1", "log1p", "sinh", "cosh", "tanh", "cbrt")
THRESHOLDS = [0.34657359027997264, 1.0397207708399179, 38.816242111356935, 709.782712893384, 22.0, 709.7822265625,
              710.4758600739439, 0.41421356237309503, -0.2928932188134524, 1e-9, 2.0 ** -54, 1.0]


def values(seed: int, n: int) -> list:
    rng = random.Random(seed)
    out = [0.0, -0.0, 5e-324, 1e-310, 1e300, math.inf, -math.inf, math.nan, -1.0]
    for t in THRESHOLDS:
        out += [t, -t, math.nextafter(t, 0), math.nextafter(t, math.inf)]
    while len(out) < n:
        kind = rng.randrange(3)
        if kind == 0:
            x = rng.uniform(-3, 3)
        elif kind == 1:
            x = math.copysign(10 ** rng.uniform(-320, 308), rng.random() - 0.5)
        else:
            x = rng.uniform(-720, 720)
        out.append(x)
    return out


@pytest.mark.skipif(NODE is None, reason="node is the oracle")
def test_expm1_log1p_hyperbolic_and_cbrt_print_node_s_numbers(tmp_path: Path) -> None:
    vs = values(20261125, 3000)
    src = tmp_path / "h.js"
    calls = ", ".join(f"Math.{f}(x)" for f in FUNCTIONS)
    src.write_text("const vs = [" + ",".join(literal(v) for v in vs) + "];\n"
                   "const fs = [" + ", ".join(f"Math.{f}" for f in FUNCTIONS) + "];\n"
                   # 1 / r tells -0 from 0
                   f"for (const x of vs) console.log({calls}, fs.map((f) => 1 / f(x / 5)).join(' '));\n",
                   encoding="utf-8")
    out = same_as_node(src)
    assert out.count("\n") == len(vs)


def test_no_host_call_for_them(tmp_path: Path) -> None:
    src = tmp_path / "h.js"
    src.write_text("let t = 0;\nfor (let i = 1; i < 10; i++) t += "
                   + " + ".join(f"Math.{f}(i / 3)" for f in FUNCTIONS) + ";\nconsole.log(t);\n", encoding="utf-8")
    wat = build(str(src)).wat
    top = wat_function(wat, "$file_0")
    assert "$host_math" not in top
    for f in FUNCTIONS:
        assert f"(call $m_{f} " in top
        assert "$host_math" not in wat_function(wat, f"$m_{f}")
