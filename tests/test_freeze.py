"""`Object.freeze(x)` (analysis/freeze.py, plan.frozen_calls): compiled as `x` where
no write can follow it, refused at the call wherever one could (the build keeps no
frozen flag, so it could neither ignore the write nor throw node's TypeError).
tests/programs/c128_frozen_constants.js runs the accepted forms against node."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import same_as_node


@pytest.mark.parametrize("source", [
    "const o = Object.freeze({a: 1});\no.a = 2;\nconsole.log(o.a);\n",                 # a write after
    "const o = Object.freeze({a: 1});\no.a++;\nconsole.log(o.a);\n",                   # an update
    "const o = {a: 1};\no.b = 2;\nconsole.log(Object.freeze(o));\n",                   # a write before
    "const a = Object.freeze([1]);\nfunction f(x) { x.push(2); }\nf(a);\n",             # a mutator, in a callee
    "const a = Object.freeze([3, 1, 2]);\na?.sort();\n",                                 # through an optional call
    "const a = Object.freeze([1, 2]);\nconst m = process.argv.length > 5 ? 'push' : 'pop';\na[m](3);\n",
    "class A { constructor() { this.x = 1; Object.freeze(this); } }\nnew A();\n",       # a class instance
])
def test_a_freeze_a_write_may_follow_is_refused_at_the_call(tmp_path: Path, source: str) -> None:
    (tmp_path / "p.js").write_text(source, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "shapescape", "build", str(tmp_path / "p.js"), "-o",
                        str(tmp_path / "p.wasm")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2, r.stderr
    assert "error[build-unsupported]" in r.stderr and "`Object.freeze` of an object something writes" in r.stderr
    line = source[:source.index("Object.freeze")].count("\n") + 1
    assert f"p.js:{line}:" in r.stderr, r.stderr


def test_a_frozen_literal_nothing_writes_is_the_literal(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text("const C = Object.freeze({ A: 1, B: 2 });\nconst T = Object.freeze([C.A, C.B]);\n"
                                   "console.log(C.B + T[0], T.length, C);\n",
                                   encoding="utf-8")
    assert same_as_node(tmp_path / "p.js") == "3 2 { A: 1, B: 2 }\n"
