"""sin, cos, tan, exp and log computed in the module (codegen/fdlibm.py) give
node's bits: checked on arguments of every magnitude, near the multiples of
pi/2 where the argument reduction takes its extra steps, and on the special
values, and the module calls the host for none of them below 2^20 * pi/2."""
from __future__ import annotations

import math
import random
import re
import shutil
from pathlib import Path

import pytest
from conftest import js_number as literal, same_as_node, wat_function

from codegen.build import build

NODE = shutil.which("node")


def arguments(seed: int, n: int) -> list:
    rng = random.Random(seed)
    out = [0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1e-300, 1e-9, 0.5, 1.0, 2.0, 3.0, 10.0, 100.0,
           709.78, 709.79, 710.0, -745.1, -745.2, 1e5, 1e6, 1686629.7, 1686630.0, 1e7, 1e15, 1e300,
           math.inf, -math.inf, math.nan]
    for k in range(1, 40):   # n*pi/2 and its neighbours, where the reduction cancels most
        x = k * math.pi / 2
        out += [x, math.nextafter(x, 0), math.nextafter(x, math.inf), -x]
    while len(out) < n:
        kind = rng.randrange(4)
        if kind == 0:
            x = rng.uniform(-20, 20)
        elif kind == 1:
            x = rng.uniform(-2e6, 2e6)
        elif kind == 2:
            x = math.copysign(10 ** rng.uniform(-40, 40), rng.random() - 0.5)
        else:
            x = rng.uniform(-750, 750)
        out.append(x)
    return out




@pytest.mark.skipif(NODE is None, reason="node is the oracle")
def test_the_module_s_functions_print_node_s_numbers(tmp_path: Path) -> None:
    xs = arguments(20261125, 4000)
    src = tmp_path / "m.js"
    src.write_text("const xs = [" + ",".join(literal(x) for x in xs) + "];\n"
                   "const fs = [Math.sin, Math.cos, Math.tan, Math.exp, Math.log];\n"
                   "for (const x of xs) console.log([Math.sin(x), Math.cos(x), Math.tan(x), Math.exp(x), "
                   "Math.log(Math.abs(x)), Math.log(x)].join(' '), fs.map((f) => f(x / 3)).join(' '));\n",
                   encoding="utf-8")
    out = same_as_node(src)
    assert out.count("\n") == len(xs)


def test_no_host_call_below_two_to_the_twenty_times_pi_over_two(tmp_path: Path) -> None:
    src = tmp_path / "m.js"
    src.write_text("let t = 0;\nfor (let i = 0; i < 10; i++) t += Math.sin(i) + Math.cos(i) + Math.tan(i) "
                   "+ Math.exp(i) + Math.log(i + 1);\nconsole.log(t);\n", encoding="utf-8")
    wat = build(str(src)).wat
    top = wat_function(wat, "$file_0")
    assert "$host_math" not in top and re.search(r"\(call \$m_sin ", top)
    # the host computes what the reduction in the module does not: |x| > 2^20 * pi/2
    assert "(call $host_math (i32.const 1) (local.get $x) (f64.const 0))" in wat
