"""String variables appended to in a loop are kept as builders
(codegen/string_builders.py): the build uses them exactly where the variable
always holds a string and every append is a statement. Output equal to node's
is checked by c160."""
from __future__ import annotations

import re
from pathlib import Path

from codegen.build import build

PROGRAM = Path(__file__).resolve().parent / "programs" / "c160_string_builders.js"


def appends_by_function(wat: str) -> dict:
    out: dict = {}
    for m in re.finditer(r"^\(func \$f\d+_([a-z])(?:\.d)? .*?(?=^\(func |\Z)", wat, re.S | re.M):
        out[m.group(1)] = out.get(m.group(1), 0) + m.group(0).count("(call $sb_append ")
    return out


def test_builders_are_used_where_the_variable_is_always_a_string() -> None:
    counts = appends_by_function(build(str(PROGRAM), inline=False).wat)
    # a: a var set once; b: reset and self-append; c: `t += t`; d: objects converted;
    # f: a copy read between appends
    assert all(counts.get(name, 0) > 0 for name in "abcdf"), counts
    # e: a number is assigned to it; g: read (typeof) before its declaration
    assert counts.get("e", 0) == 0 and counts.get("g", 0) == 0, counts


def test_a_number_summed_in_a_loop_stays_an_f64_local(tmp_path: Path) -> None:
    # `+=` in a loop makes a variable a builder candidate only when it starts as a string:
    # a counter must stay a number local (it became a dynamic one, boxed at every add)
    src = tmp_path / "p.js"
    src.write_text("function count(n) {\n  let total = 0;\n  let k = n + n;\n"
                   "  for (let i = 0; i < n; i++) { total += i; k += 1; }\n  return total + k;\n}\n"
                   "console.log(count(10));\n", encoding="utf-8")
    wat = build(str(src), inline=False).wat
    f = re.search(r"^\(func \$f\d+_count\.d .*?(?=^\(func |\Z)", wat, re.S | re.M).group(0)
    assert re.search(r"\(local \$v_total_\d+ (f64|i32)\)", f) and re.search(r"\(local \$v_k_\d+ (f64|i32)\)", f), f
    assert "$sb_append" not in f and "(call $add " not in f
