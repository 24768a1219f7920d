"""`x.toFixed(d)` computed in the module (runtime.wat, `$num_fixed`) prints
node's text: on exact ties (binary fractions k / 2^j, where the larger n must
win), on decimals that only look like ties (1.005), on negative numbers and
-0, on products near 2^52 where the module hands over to the host, on every
digit count 0..25, and the host is asked only beyond the module's range."""
from __future__ import annotations

import math
import random
import shutil
from pathlib import Path

import pytest
from conftest import js_number as literal, same_as_node, wat_function

from codegen.build import build

NODE = shutil.which("node")


def numbers(seed: int, n: int) -> list:
    rng = random.Random(seed)
    out = [0.0, -0.0, 0.5, -0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 8.345, 1e-7, 1e20, 9.999e20, 1e21,
           4503599627370495.5, 4503599627370496.0, 2251799813685247.75, math.nan, math.inf, -math.inf]
    while len(out) < n:
        kind = rng.randrange(4)
        if kind == 0:     # exact binary fractions: ties at many digit counts
            x = rng.randrange(-10 ** 6, 10 ** 6) / 2 ** rng.randrange(1, 30)
        elif kind == 1:   # decimals as people write them
            x = round(rng.uniform(-1000, 1000), rng.randrange(0, 6))
        elif kind == 2:   # any magnitude
            x = math.copysign(10 ** rng.uniform(-25, 22), rng.random() - 0.5)
        else:             # products near the module's 2^52 bound
            x = rng.uniform(2 ** 51, 2 ** 53) / 10 ** rng.randrange(0, 8)
        out.append(x)
    return out




@pytest.mark.skipif(NODE is None, reason="node is the oracle")
def test_to_fixed_prints_node_s_text(tmp_path: Path) -> None:
    xs = numbers(20261125, 2500)
    src = tmp_path / "f.js"
    src.write_text("const xs = [" + ",".join(literal(x) for x in xs) + "];\n"
                   "const ds = [0, 1, 2, 3, 4, 6, 8, 10, 12, 15, 17, 20, 21, 22, 23, 25];\n"
                   "for (const x of xs) console.log(ds.map((d) => x.toFixed(d)).join(' '), x.toFixed());\n",
                   encoding="utf-8")
    out = same_as_node(src)
    assert out.count("\n") == len(xs)


def test_the_host_prints_only_beyond_the_module_s_range(tmp_path: Path) -> None:
    src = tmp_path / "f.js"
    src.write_text("console.log((1.25).toFixed(1), (3).toFixed(30));\n", encoding="utf-8")
    wat = build(str(src)).wat
    body = wat_function(wat, "$num_fixed")
    # the one host call sits after the block the module's cases return from
    assert body.count("$host_num_to_str") == 1
    assert body.index("(return ") < body.index("$host_num_to_str")
    assert "(call $two_product_error " in body
