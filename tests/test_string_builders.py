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
