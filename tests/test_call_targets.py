"""Calls of values whose possible callees are a few function literals
(analysis/call_targets.py, plan.closure_targets): the plan lists them, the build
calls the matching literal directly, and the program prints what node prints."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import build_facts

PROGRAM = """\
class Task {
  constructor(name, fn) {
    this.name = name;
    this.fn = fn;
  }
  run(x, y) {
    return this.fn(x, y);
  }
}
function apply(f, a) {
  return f(a);
}
const scale = 3;
const tasks = [
  new Task("add", (a, b) => a + b),
  new Task("mul", (a, b) => a * b * scale),
  new Task("self", function (a) { return this.name + ":" + a + ":" + typeof this.fn; }),
];
const counter = { n: 0, bump() { this.n++; return this.n; } };
let out = [];
for (const t of tasks) out.push(t.run(2, 5));
out.push(apply((v) => v + 1, 41), apply((v) => [v], "x"), apply(counter.bump.bind(counter), 0));
console.log(out, counter.n);
"""


def test_the_plan_lists_calls_whose_callees_are_a_few_literals(tmp_path: Path) -> None:
    plan, _key = build_facts(tmp_path, PROGRAM)
    listed = {(k[1], k[2]): v for k, v in plan.closure_targets.items()}
    # this.fn(x, y): the three literals stored by the constructor
    assert [(line, col) for _f, line, col in listed[(7, 12)]] == [(15, 19), (16, 19), (17, 20)]
    # f(a) in apply: the two arrows, and the method a bound function calls (the
    # build's code test finds the bound function's own code, and calls it generically)
    assert [(line, col) for _f, line, col in listed[(11, 10)]] == [(19, 29), (22, 16), (22, 41)]


def test_the_build_calls_the_listed_literals_directly_and_prints_what_node_prints(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text(PROGRAM, encoding="utf-8")
    # (the lowering's own code, without the copies of small functions: codegen/inline.py)
    r = subprocess.run([sys.executable, "-m", "shapescape", "build", str(tmp_path / "p.js"), "-o",
                        str(tmp_path / "p.wasm"), "--wat", str(tmp_path / "p.wat")], capture_output=True, text=True,
                       timeout=120, env={**os.environ, "SHAPESCAPE_INLINE": "0"})
    assert r.returncode == 0, r.stderr
    wat = (tmp_path / "p.wat").read_text()
    run = re.search(r"\(func \$f\d+_Task_run\.d .*?\n\(func ", wat, re.S).group(0)   # (its number entry)
    # three code comparisons, each a direct call, and the ordinary call for anything else
    assert len(re.findall(r"\(i32\.eq \(local\.get \$t\d+\) \(i32\.const \d+\)\) \(then \(br \$done\d+ \(call \$f\d+_anon", run)) == 3
    assert "$call_value" in run and "$call.fn" not in run
    got = subprocess.run([sys.executable, "-m", "shapescape", "run", str(tmp_path / "p.wasm")], capture_output=True,
                         text=True, timeout=120)
    want = subprocess.run(["node", str(tmp_path / "p.js")], capture_output=True, text=True, timeout=60)
    assert got.returncode == want.returncode == 0, got.stderr
    assert got.stdout == want.stdout == "[ 7, 30, 'self:2:function', 42, [ 'x' ], 1 ] 1\n"
