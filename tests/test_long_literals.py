"""Long array literals (data tables) build and run as node runs them: numbers
go in a data segment that a loop boxes at run time, other elements are stored
one by one (codegen/lower.py, e_ArrayExpression), and a number constant where
any value may be is boxed at build time. As operands of one array.new_fixed,
20,000 numbers took Cranelift over a minute and 12 GB, and past 10,000 the
module was invalid."""
from __future__ import annotations

import math
import random
import re
import shutil
from pathlib import Path

import pytest
from conftest import js_number, same_as_node, wat_function

from codegen.build import build
from codegen.lower import f64const

NODE = shutil.which("node")


def program(n: int) -> str:
    rng = random.Random(n)
    numbers = [0.0, -0.0, math.nan, math.inf, -math.inf, 1073741823.0, -1073741824.0, 1073741824.0, 2.0 ** 53, 5e-324]
    numbers += [rng.choice([rng.uniform(-1e6, 1e6), float(rng.randrange(-1000, 1000)), 10 ** rng.uniform(-300, 300)])
                for _ in range(n - len(numbers))]
    mixed = ", ".join(["'a'", "null", "undefined", "true", "{ k: 1 }", "[2]", "() => 3", "-4.5", "-0"]
                      + [str(i) for i in range(200)])
    return ("const table = [" + ", ".join(js_number(x) for x in numbers) + "];\n"
            f"const mixed = [{mixed}];\n"
            "let sum = 0, negZero = 0;\n"
            "for (const x of table) { if (Number.isFinite(x)) sum += x; if (Object.is(x, -0)) negZero++; }\n"
            "console.log(table.length, table.slice(0, 10), sum, negZero, table.at(-1));\n"
            "console.log(mixed.length, mixed.slice(0, 9), mixed[6](), Object.is(mixed[8], -0));\n"
            "table.push(1); mixed[0] = 'changed';\n"
            "console.log(table.length, mixed[0]);\n")


@pytest.mark.skipif(NODE is None, reason="node is the oracle")
def test_a_table_of_twenty_thousand_numbers_runs_as_in_node(tmp_path: Path) -> None:
    src = tmp_path / "t.js"
    src.write_text(program(20_000), encoding="utf-8")
    out = same_as_node(src)
    assert out.startswith("20000 [")


def test_long_literals_are_not_one_array_new_fixed(tmp_path: Path) -> None:
    src = tmp_path / "t.js"
    src.write_text(program(1_000), encoding="utf-8")
    top = wat_function(build(str(src)).wat, "$file_0")
    assert re.search(r"\(call (\(;@site \d+;\) )?\$arr_of_f64s \(array\.new_data \$F64s \$numbers0 ", top)
    sizes = [int(n) for n in re.findall(r"array\.new_fixed \$Vals (\d+)", top)]
    assert all(n <= 64 for n in sizes), sizes
    # a constant is boxed here, not by a call of $box inlined at each element
    assert f"(struct.new $Num {f64const(-4.5)})" in top and "(call $box (f64.const" not in top
