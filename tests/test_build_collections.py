"""Map and Set in the WasmGC build (codegen/collections.wat): what is refused,
at the construct or when reached, instead of computing something node would not.
What is compiled is checked against node by the programs c16-c18 and m15 of the
differential suite."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def shapescape(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "shapescape", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("source, where, what", [
    ("const w = new WeakMap();\nconsole.log(w);\n", "p.js:1:11", "`new WeakMap`"),
    ("const w = new WeakSet();\nconsole.log(w);\n", "p.js:1:11", "`new WeakSet`"),
    ("class Counter extends Map {}\nconsole.log(new Counter());\n", "p.js:1:23", "a class that extends `Map`"),
    ("class Tags extends Set {}\nconsole.log(new Tags());\n", "p.js:1:20", "a class that extends `Set`"),
    ("console.log(Map.groupBy([1, 2], (x) => x % 2));\n", "p.js:1:13", "`Map.groupBy`"),
    ("const pairs = [[1, 2]];\nconsole.log(new Map(...[pairs]));\n", "p.js:2:13", "spread arguments to `new Map`"),
])
def test_collection_constructs_the_build_does_not_compile_are_refused(tmp_path: Path, source: str, where: str,
                                                                     what: str) -> None:
    (tmp_path / "p.js").write_text(source, encoding="utf-8")
    r = shapescape("build", "p.js", "-o", "p.wasm", cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert f"{where}: error[build-unsupported]" in r.stderr and what in r.stderr, r.stderr
    assert not (tmp_path / "p.wasm").exists()


@pytest.mark.parametrize("source, printed, what", [
    # node prints `[Map Iterator] { 'a' }`; the build does not format iterators
    ("const m = new Map([['a', 1]]);\nconsole.log('before');\nconsole.log(m.keys());\n", "before\n",
     "printing an iterator of a Map, a Set or `matchAll`"),
    # node makes an own property; the build compiles none on collections
    ("const m = new Map();\nm.label = 'x';\nconsole.log(m.label);\n", "", "a property written to a Map"),
    # node gives the function object; the build has no built-in methods as values
    ("const m = new Map();\nconst get = m.get;\nconsole.log(typeof get);\n", "", "a built-in method used as a value"),
])
def test_collection_uses_the_runtime_does_not_implement_stop_with_a_message(tmp_path: Path, source: str,
                                                                             printed: str, what: str) -> None:
    (tmp_path / "p.js").write_text(source, encoding="utf-8")
    r = shapescape("run", "p.js", cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert r.stdout == printed
    assert "not supported by the WasmGC build" in r.stderr and what in r.stderr, r.stderr


def test_a_method_maps_and_sets_do_not_have_is_a_type_error(tmp_path: Path) -> None:
    """Not a refusal: node throws a catchable TypeError, and so does the module."""
    (tmp_path / "p.js").write_text(
        "const s = new Set([1]);\n"
        "try { s.push(2); } catch (e) { console.log(e instanceof TypeError, s.size); }\n"
        "try { new Map([1]); } catch (e) { console.log(e.constructor.name, e.message); }\n", encoding="utf-8")
    r = shapescape("run", "p.js", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "true 1\nTypeError Iterator value 1 is not an entry object\n"
