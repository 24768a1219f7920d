"""`x % c` by an integer constant (codegen/lower.py, `remainder`): a dividend
that is an integer of i32's range takes i32.rem_s, anything else $fmod. Both
must print what node prints: the sign of a zero result (-4 % 2 is -0, shown by
printing 1 / r), i32's edges (-2^31 % -1), fractions, NaN, the infinities, and
integers beyond i32 and beyond 2^53."""
from __future__ import annotations

import math
import random
import shutil
from pathlib import Path

import pytest
from conftest import js_number as literal, same_as_node

from codegen.build import build

NODE = shutil.which("node")

DIVISORS = ["1", "-1", "2", "-2", "3", "7", "-7", "10", "1000003", "2147483647", "-2147483647",
            "0.5", "2147483648", "0", "-0"]


def dividends(seed: int, n: int) -> list:
    rng = random.Random(seed)
    out = [0.0, -0.0, 1.0, -1.0, 4.0, -4.0, 6.0, -6.0, 2147483647.0, -2147483648.0, 2147483648.0, -2147483649.0,
           2 ** 53, -(2 ** 53) - 2, 1e21, 0.5, -0.5, 7.25, -7.25, math.nan, math.inf, -math.inf, 5e-324]
    while len(out) < n:
        kind = rng.randrange(3)
        if kind == 0:
            x = float(rng.randrange(-2 ** 31, 2 ** 31))
        elif kind == 1:
            x = float(rng.randrange(-3000, 3000))
        else:
            x = rng.uniform(-1e12, 1e12) * rng.choice([1, 1e-9])
        out.append(x)
    return out


@pytest.mark.skipif(NODE is None, reason="node is the oracle")
def test_remainders_by_constants_print_node_s_numbers(tmp_path: Path) -> None:
    xs = dividends(20261125, 400)
    lines = ["const xs = [" + ",".join(literal(x) for x in xs) + "];", "for (const x of xs) {", "  const out = [];"]
    for c in DIVISORS:
        lines.append(f"  {{ const r = x % {c}; out.push(r, 1 / r); }}")
    lines += ["  console.log(out.join(' '));", "}"]
    src = tmp_path / "r.js"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = same_as_node(src)
    assert out.count("\n") == len(xs)


def test_a_constant_divisor_takes_i32_rem_and_others_fmod(tmp_path: Path) -> None:
    src = tmp_path / "r.js"
    src.write_text("let n = 10;\nfunction f(x) { return x % 7; }\nfunction g(x) { return x % n; }\n"
                   "function h(x) { return x % 0.5; }\nconsole.log(f(n), g(3), h(1.25));\n", encoding="utf-8")
    r = build(str(src))
    assert r.ok, r.diagnostics
    from conftest import wat_function
    def body(name):
        fn = next(line for line in r.wat.splitlines() if line.startswith("(func $") and f"_{name}" in line
                  and ".d " in line)
        return wat_function(r.wat, fn.split()[1])
    assert "(i32.rem_s" in body("f") and "$fmod" in body("f")
    assert "(i32.rem_s" not in body("g") and "$fmod" in body("g")
    assert "(i32.rem_s" not in body("h") and "$fmod" in body("h")
