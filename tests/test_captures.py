"""Capture by value (codegen/resolve.py): which captured variables get no cell.

Two views of the one decision: the resolver's verdict per binding, and what a
built program allocates (`shapescape run --stats=json` counts every `$Cell`
and the function that made it), with its output checked against node.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from analysis.parse import parse, run_deep
from analysis.source import SourceText
from codegen.resolve import Resolver


def resolve(source: str) -> dict:
    """name -> [by_value verdict of each captured binding of that name], in order."""
    text = textwrap.dedent(source)
    parsed = run_deep(lambda: parse(SourceText.of("t.js", text)))
    r = Resolver()
    run_deep(lambda: r.resolve_file(parsed.tree, 0))
    seen: dict = {}
    verdicts: dict = {}
    for v in list(r.refs.values()) + list(r.this_uses.values()):
        if v.captured and id(v) not in seen:
            seen[id(v)] = v
            verdicts.setdefault(v.name, []).append(v.by_value)
    return verdicts


def test_never_written_bindings_captured_after_their_initialisation_are_by_value() -> None:
    got = resolve("""
        function f(param, { x, y: [z] }) {
          const c = 1;
          let l = 2;
          let undef;
          var v = 3;
          const self = this;
          for (const item of [1]) { (() => item)(); }
          try { throw 1; } catch (e) { (() => e)(); }
          return () => [param, x, z, c, l, undef, v, self, this];
        }
    """)
    assert got == {"param": [True], "x": [True], "z": [True], "c": [True], "l": [True], "undef": [True],
                   "v": [True], "self": [True], "item": [True], "e": [True], "this": [True]}


def test_written_or_captured_too_early_keeps_its_cell() -> None:
    got = resolve("""
        function f(p, get = () => later, later = 1) {
          let counter = 0;
          p = 2;
          const early = () => K;
          const K = 1;
          function hoisted() { return H; }
          const H = 2;
          const rec = () => rec;
          var twice = 1;
          var twice = 2;
          if (p) { var inBlock = 1; }
          for (let i = 0; i < 3; i++) (() => i)();
          switch (p) { case 1: const s = 1; (() => s)(); }
          try {} catch (e) { e = 1; (() => e)(); }
          return () => [counter++, p, twice, inBlock];
        }
    """)
    assert got == {"later": [False], "counter": [False], "p": [False], "K": [False], "H": [False],
                   "rec": [False], "twice": [False], "inBlock": [False], "i": [False], "s": [False],
                   "e": [False]}


def test_hoisted_functions_see_earlier_ones_by_value_and_later_ones_in_cells() -> None:
    got = resolve("""
        function outer(a) {
          const before = a;
          { function inBlock() { return before + a; } }
          function even(k) { return k === 0 || odd(k - 1); }
          function odd(k) { return k !== 0 && even(k - 1); }
          function rec(k) { return k && rec(k - 1); }
          return [even, inBlock, rec];
        }
    """)
    # even is declared before odd: odd captures it by value; even captures odd
    # before odd exists, and rec captures itself while it is being created
    assert got == {"a": [True], "before": [True], "odd": [False], "even": [True], "rec": [False]}


def test_a_closure_nested_deeper_follows_its_outermost_enclosing_closure() -> None:
    got = resolve("""
        function outer() {
          const a = 1;
          const early = () => () => b;
          const b = 2;
          return () => function () { return () => a; };
        }
    """)
    assert got == {"a": [True], "b": [False]}


def shapescape(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "shapescape", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=180)


N = 200
PROGRAM = f"""
function byValue(i) {{
  const k = i * 2;
  const label = "n" + i;
  return () => label + k;
}}
function hoistedReadsLater(i) {{
  function read() {{ return K; }}
  const K = i;
  return read();
}}
function counter() {{
  let c = 0;
  return () => ++c;
}}
function perIteration(xs) {{
  const fs = [];
  for (const x of xs) fs.push(() => x);
  return fs;
}}
let total = 0;
const texts = [];
for (let round = 0; round < {N}; round++) {{
  texts.push(byValue(round)());
  total += hoistedReadsLater(round);
  const c = counter();
  c();
  total += c();
  total += perIteration([round, 1, 2]).reduce((s, f) => s + f(), 0);
}}
console.log(total, texts.length, texts[{N} - 1]);
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is the oracle and is not installed")
def test_cells_are_allocated_only_where_a_binding_needs_one(tmp_path: Path) -> None:
    src = tmp_path / "cells.js"
    src.write_text(PROGRAM, encoding="utf-8")
    r = shapescape("run", str(src), "--stats=json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    node = subprocess.run(["node", str(src)], capture_output=True, text=True)
    assert r.stdout == node.stdout
    prof = json.loads(r.stderr)
    cells = next((t for t in prof["runtime"] if t["type"] == "$Cell"), {"count": 0, "in": []})
    made_in = {w["function"].split(" ")[0]: w["count"] for w in cells["in"]}
    # one cell per call where the binding is written (c) or read before it is set (K)
    assert made_in == {"hoistedReadsLater": N, "counter": N}
    assert cells["count"] == 2 * N
    # the closures themselves are still made, once each
    closures = {s["line"]: s["count"] for s in prof["sites"] if s["representation"] == "closure"}
    lines = PROGRAM.splitlines()
    assert closures[next(i for i, ln in enumerate(lines, 1) if "() => label + k" in ln)] == N
    assert closures[next(i for i, ln in enumerate(lines, 1) if "() => x" in ln)] == 3 * N
