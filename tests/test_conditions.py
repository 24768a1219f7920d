"""Where only a value's truthiness is used (an `if`, a loop test, `!`), `a && b`
and `a || b` test each side where it is (codegen/lower.py `cond`): a typed call's
boolean stays an i32, not a $Bool made and then read back. And the runtime's
operations on dynamic values answer numbers before any test against $Obj, which
wasmtime answers with a call (the test is against a type that is not final).
Output equal to node's is checked by the differential programs c37 and c38."""
from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

from codegen.build import build   # (inline=False: the lowering's own code, codegen/inline.py)

PROGRAM = textwrap.dedent("""
    class Box {
      constructor(lo, hi) { this.lo = lo; this.hi = hi; }
      contains(x) { return this.lo <= x && x <= this.hi; }
    }
    class Odd { contains(x) { return x % 2 === 1 ? "odd" : 0; } }
    class Big { contains(x) { return x > 5 ? [x] : null; } }
    function count(box, tests) {
      let hits = 0;
      for (let x = 0; x < 10; x++) {
        for (let k = 0; k < tests.length; k++) {
          if (box.contains(x) && tests[k].contains(x)) hits++;
          if (!(box.contains(x) || tests[k].contains(x))) hits--;
        }
      }
      return hits;
    }
    console.log(count(new Box(2, 8), [new Odd(), new Big()]));
""").lstrip()


def function(wat: str, name_re: str) -> str:
    return re.search(r"\(func " + name_re + r" .*?\n\(func ", wat, re.S).group(0)


def test_a_condition_tests_each_side_without_boxing(tmp_path: Path) -> None:
    p = tmp_path / "cond.js"
    p.write_text(PROGRAM, encoding="utf-8")
    wat = build(str(p), inline=False).wat
    body = function(wat, r"\$f\d+_count\.d")
    assert re.search(r"\(call \$f\d+_Box_contains\.d ", body)   # the typed call, whose i32 ...
    assert "(call $bool " not in body          # ... is not boxed to be tested
    assert "(call $truthy " in body            # the dispatched call's value is tested as it is
    node = subprocess.run(["node", str(p)], capture_output=True, text=True)
    run = subprocess.run([sys.executable, "-m", "shapescape", "run", str(p)], capture_output=True, text=True)
    assert run.stdout == node.stdout and run.returncode == 0, run.stderr


def test_numbers_are_answered_before_any_test_against_a_type_that_is_not_final(tmp_path: Path) -> None:
    p = tmp_path / "n.js"
    p.write_text("console.log(1 < 2);\n", encoding="utf-8")
    wat = build(str(p), inline=False).wat
    final = {m.group(1) for m in re.finditer(r"\(type (\$\S+) (?:\(sub final |\((?:struct|array|func)\b)", wat)}
    assert "$Num" in final and "$Str" in final and "$Obj" not in final
    for fn in ("$compare", "$add"):
        body = function(wat, re.escape(fn))
        tested = re.findall(r"\((?:ref\.test|ref\.cast|br_on_cast(?:_fail)?) (?:\$\w+ anyref )?\(ref (\$?\w+)\)", body)
        first_nonfinal = next(i for i, t in enumerate(tested) if t != "i31" and t not in final)
        assert first_nonfinal > 0 and "$Num" in tested[:first_nonfinal], (fn, tested)
        # and a number pair returns before that test
        num_path = body[:body.index(f"(ref {tested[first_nonfinal]})")]
        assert "(return" in num_path
