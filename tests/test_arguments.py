"""The `arguments` object: the analysis links a sloppy function's parameters to it
(analysis/constraints.py, link_mapped_arguments), and the build compiles the uses
that only read it (codegen/arguments_object.py) and refuses the rest at the use.
What node prints for the compiled uses is run in
tests/programs/c132_arguments_object.js."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analysis.pipeline import analyze_program


def test_a_sloppy_function_s_parameter_is_its_arguments_element(tmp_path: Path) -> None:
    # node: writing arguments[0] in a sloppy function writes `a`, so {x: 1} reaches
    # the global array; in strict mode the two are separate and {y: 1} stays local
    src = tmp_path / "p.js"
    src.write_text("const keep = [];\n"
                   "function f(a) { arguments[0] = { x: 1 }; keep.push(a); }\n"
                   "function g(a) { 'use strict'; arguments[0] = { y: 1 }; keep.push(a); }\n"
                   "f(0);\ng(0);\nconsole.log(keep.length);\n", encoding="utf-8")
    plan, _ = analyze_program([str(src)])
    locality = {s.location.line: s.locality for s in plan.sites if s.kind == "object"}
    assert locality == {2: "heap", 3: "local"}


def build(tmp_path: Path, source: str) -> subprocess.CompletedProcess:
    (tmp_path / "p.js").write_text(source, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "shapescape", "build", str(tmp_path / "p.js"), "-o",
                           str(tmp_path / "p.wasm")], capture_output=True, text=True, timeout=120)


USE = "used other than by reading `arguments.length` or `arguments[i]`"


@pytest.mark.parametrize("source, message, column", [
    ("function f() {\n  console.log(arguments);\n}\nf(1);\n", USE, 15),
    ("function f() {\n  arguments[0] = 1;\n}\nf(1);\n", USE, 3),
    ("function f() {\n  arguments.length++;\n}\nf(1);\n", USE, 3),
    ("function f() {\n  return arguments.callee;\n}\nf();\n", USE, 10),
    ("function f() {\n  return arguments[0]();\n}\nf(() => 1);\n", USE, 10),
    ("function f() {\n  return g(arguments);\n}\nfunction g(a) { return a; }\nf();\n", USE, 12),
    ("function f() {\n  [arguments[0]] = [2];\n}\nf(1);\n", USE, 4),
    ("function f() {\n  return Array.isArray(arguments);\n}\nf();\n", USE, 24),
    ("function f() {\n  return Array.prototype.concat.call(arguments, [1]);\n}\nf();\n", USE, 38),
    ("function f(a) {\n  a = 3;\n  return arguments[0];\n}\nf(1);\n", "assigns its parameter `a`", 12),
])
def test_other_uses_are_refused_at_the_use(tmp_path: Path, source: str, message: str, column: int) -> None:
    r = build(tmp_path, source)
    assert r.returncode == 2 and "error[build-unsupported]" in r.stderr and message in r.stderr, r.stderr
    line = 1 if "assigns" in message else 2
    assert f"p.js:{line}:{column}:" in r.stderr, r.stderr


def test_a_function_reading_arguments_has_no_unboxed_entry(tmp_path: Path) -> None:
    # the unboxed entry takes exactly the declared parameters; `arguments` needs every one passed
    (tmp_path / "p.js").write_text(
        "function scale(x) { return x * arguments.length; }\n"
        "let t = 0;\nfor (let i = 0; i < 10; i++) t += scale(i, 1, 2);\nconsole.log(t, scale(2));\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "shapescape", "build", str(tmp_path / "p.js"), "-o",
                        str(tmp_path / "p.wasm"), "--wat", str(tmp_path / "p.wat")], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    wat = (tmp_path / "p.wat").read_text()
    assert "_scale " in wat and "_scale.d " not in wat
    r = subprocess.run([sys.executable, "-m", "shapescape", "run", str(tmp_path / "p.wasm")], capture_output=True,
                       text=True, timeout=120)
    assert r.stdout == "135 2\n", r.stderr


def test_a_borrowed_array_method_on_something_else_stops_the_run(tmp_path: Path) -> None:
    # `Array.prototype.m.call(x)` is compiled as x's own method m (codegen/array_method_call.py):
    # a string's `slice` is another function, so a receiver that is no array is refused
    (tmp_path / "p.js").write_text("console.log(Array.prototype.slice.call([1, 2], 1));\n"
                                   "console.log(Array.prototype.slice.call('abc', 1));\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "shapescape", "run", str(tmp_path / "p.js")], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2 and r.stdout == "[ 2 ]\n", (r.stdout, r.stderr)
    assert "`Array.prototype.slice.call` with a receiver that is not an array" in r.stderr and "p.js:2:" in r.stderr


def test_a_borrowed_array_method_s_apply_stops_at_a_list_that_is_no_array(tmp_path: Path) -> None:
    # `.apply(x, list)` spreads the list; node also takes array-likes (`{length: 1, 0: "x"}`),
    # whose properties the build does not read as arguments: refused, never another result
    (tmp_path / "p.js").write_text("const a = [];\nconsole.log(Array.prototype.push.apply(a, [1, 2]), a);\n"
                                   "Array.prototype.push.apply(a, {length: 1, 0: 'x'});\n"
                                   "console.log('never');\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "shapescape", "run", str(tmp_path / "p.js")], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2 and r.stdout == "2 [ 1, 2 ]\n", (r.stdout, r.stderr)
    assert "`Array.prototype.push.apply` with an argument list that is not an array" in r.stderr
    assert "p.js:3:" in r.stderr
