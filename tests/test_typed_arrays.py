"""Typed arrays (codegen/typed_arrays.wat, codegen/typed_arrays.py): array sites of
the plan whose elements the runtime converts on every store. What node does
with them is run in tests/programs/c130_typed_arrays.js; here: the plan's view,
the inline store's kind test, and what the build refuses and where."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import same_as_node


def build(tmp_path: Path, source: str, *extra: str) -> subprocess.CompletedProcess:
    (tmp_path / "p.js").write_text(source, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "shapescape", "build", str(tmp_path / "p.js"), "-o",
                           str(tmp_path / "p.wasm"), *extra], capture_output=True, text=True, timeout=120)


def test_a_typed_array_is_an_array_site_of_numbers(js) -> None:
    p = js("const a = new Float64Array(4);\na[1] = 'x';\na[-1] = 2;\nconsole.log(a[0] + 1);\n")
    (site,) = [s for s in p.plan.sites if s.location.line == 1]
    assert site.representation == "array" and not site.deopt   # no key makes it a map
    assert p.plan.typed_arrays


def test_a_program_without_typed_arrays_stores_without_the_kind_test(tmp_path: Path) -> None:
    source = "function f(a) { for (let i = 0; i < a.length; i++) a[i] = i / 2; return a; }\nconsole.log(f({}));\n"
    r = build(tmp_path, "const xs = [1, 2, 3];\n" + source.replace("{}", "xs"), "--wat", str(tmp_path / "p.wat"))
    assert r.returncode == 0, r.stderr
    plain = (tmp_path / "p.wat").read_text()
    r = build(tmp_path, "const xs = new Float64Array(3);\n" + source.replace("{}", "xs"), "--wat", str(tmp_path / "p.wat"))
    assert r.returncode == 0, r.stderr
    typed = (tmp_path / "p.wat").read_text()
    test = "(struct.get $Arr $kind"
    assert test not in user_function(plain, "f") and test in user_function(typed, "f")


def user_function(wat: str, name: str) -> str:
    """The text of the module's function for the program's function `name`."""
    start = re.search(r"\(func \$f\d+_" + name + r" ", wat).start()
    end = wat.find("\n(func ", start + 1)
    return wat[start:end]


def test_one_function_stores_into_arrays_and_typed_arrays(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text(
        "function fill(a, n) { for (let i = 0; i < n; i++) a[i] = i * 100.5; return a; }\n"
        "for (let r = 0; r < 3; r++) console.log(fill([], 4), fill(new Int8Array(3), 4), fill(new Float32Array(2), 3));\n",
        encoding="utf-8")
    out = same_as_node(tmp_path / "p.js")
    assert "Int8Array(3) [ 0, 100, -55 ]" in out and "[ 0, 100.5, 201, 301.5 ]" in out


@pytest.mark.parametrize("source, message", [
    ("const b = new ArrayBuffer(8);\nconsole.log(new Float64Array(b, 0, 1));\n", "`new ArrayBuffer`"),
    ("const a = new Int8Array(3);\nconsole.log(new Int8Array(a, 0, 1));\n", "typed arrays over an ArrayBuffer"),
    ("const a = new Int8Array(3);\ndelete a[0];\n", "a typed array the plan makes a map: `delete` removes"),
    ("const K = Float64Array;\nconsole.log(new K(2));\n", "the global `Float64Array`"),
])
def test_what_the_build_refuses_is_refused_at_the_construct(tmp_path: Path, source: str, message: str) -> None:
    r = build(tmp_path, source)
    assert r.returncode == 2 and "error[build-unsupported]" in r.stderr and message in r.stderr, r.stderr
    assert "p.js:1:" in r.stderr or "p.js:2:" in r.stderr


@pytest.mark.parametrize("source, message", [
    ("const a = new Float64Array(4);\nconsole.log(a.subarray(1));\n", "`subarray` of a typed array"),
    ("const a = new Float64Array(4);\nconsole.log(a.buffer);\n", "`buffer` of a typed array"),
    ("const a = new Float64Array(4);\na.length = 1;\n", "assigning the `length` of a typed array"),
    ("const a = new Float64Array(4);\na.copyWithin(0, 1);\n", "`copyWithin` of a typed array"),
    ("const a = new Float64Array(4);\na.name = 'v';\n", "a non-index property on an array"),
    # node's result is an Array ([ 200, 4 ]); the typed method made an Int8Array(2) [ -56, 4 ]
    ("const t = new Int8Array([100, 2]);\nconsole.log(Array.prototype.map.call(t, x => x * 2));\n",
     "`Array.prototype.map.call` with a receiver that is not an array, or is a typed array"),
])
def test_what_the_runtime_does_not_implement_stops_the_run(tmp_path: Path, source: str, message: str) -> None:
    (tmp_path / "p.js").write_text(source, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "shapescape", "run", str(tmp_path / "p.js")], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2 and "not supported by the WasmGC build" in r.stderr and message in r.stderr, r.stderr
    assert r.stdout == ""
    # where: the last operation the program started (codegen/host.py)
    assert "\n    at " in r.stderr and "p.js:2:" in r.stderr, r.stderr


def test_array_methods_a_typed_array_lacks_throw_node_s_type_error(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text(
        "const t = new Uint8Array(2);\n"
        "for (const m of ['push', 'pop', 'shift', 'splice', 'concat', 'flat']) {\n"
        "  try { t[m](1); } catch (e) { console.log(e.name, e.message); }\n"
        "}\n"
        "try { t.unshift(0); } catch (e) { console.log(e.message); }\n", encoding="utf-8")
    assert "TypeError t[m] is not a function" in same_as_node(tmp_path / "p.js")


def test_freeze_of_a_typed_array_is_refused(tmp_path: Path) -> None:
    r = build(tmp_path, "const a = new Float64Array(2);\nconsole.log(Object.freeze(a));\n")
    assert r.returncode == 2 and "`Object.freeze`" in r.stderr and "p.js:2:" in r.stderr, r.stderr
