"""Classes iterable through `[Symbol.iterator]()` (codegen/user_iterables.py,
$user_iter in codegen/collections.wat). What node prints for the compiled uses
is run in tests/programs/c133_user_iterables.js; here: what the build refuses,
where, and that the method is looked up under the analysis's name for it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import same_as_node

ITERABLE = "class A {\n  [Symbol.iterator]() { return { next: () => ({ done: true }) }; }\n}\n"


def build(tmp_path: Path, source: str) -> subprocess.CompletedProcess:
    (tmp_path / "p.js").write_text(source, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "shapescape", "build", str(tmp_path / "p.js"), "-o",
                           str(tmp_path / "p.wasm")], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("source, message, at", [
    ("class A {\n  static [Symbol.iterator]() {}\n}\nconsole.log(A);\n", "a static `[Symbol.iterator]` member", "2:11"),
    ("class A {\n  get [Symbol.iterator]() { return 1; }\n}\nconsole.log(A);\n", "not a method", "2:8"),
    (ITERABLE + "const o = { return() { return {}; } };\nconsole.log([...new A()], o);\n",
     "defines a `return` method (p.js:4:13): node calls an iterator's `return()`", "2:4"),
    (ITERABLE + "console.log(new A()['@@iterator']);\n", "spells the string \"@@iterator\" (p.js:4:21)", "2:4"),
])
def test_what_the_build_does_not_compile_is_refused_at_the_member(tmp_path: Path, source: str, message: str,
                                                                   at: str) -> None:
    r = build(tmp_path, source)
    assert r.returncode == 2 and "error[build-unsupported]" in r.stderr and message in r.stderr, r.stderr
    assert f"p.js:{at}:" in r.stderr, r.stderr


def test_a_program_s_own_symbol_is_not_the_well_known_one(tmp_path: Path) -> None:
    r = build(tmp_path, "const Symbol = { iterator: 'x' };\nclass A {\n  [Symbol.iterator]() { return 1; }\n}\n"
                        "console.log(new A().x());\n")
    assert r.returncode == 2 and "a computed class member name" in r.stderr, r.stderr


def test_the_protocol_is_stepped_lazily_and_in_node_s_order(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text(
        "class Noisy {\n"
        "  [Symbol.iterator]() {\n"
        "    let i = 0;\n"
        "    console.log('iterator');\n"
        "    return { next() { console.log('next', i); return { value: i, done: i++ >= 2 }; } };\n"
        "  }\n"
        "}\n"
        "for (const x of new Noisy()) console.log('body', x);\n"
        "const [a] = new Noisy();\n"
        "console.log(Array.from(new Noisy(), (x) => { console.log('map', x); return x; }), a);\n",
        encoding="utf-8")
    out = same_as_node(tmp_path / "p.js")
    assert out.startswith("iterator\nnext 0\nbody 0\nnext 1\nbody 1\nnext 2\niterator\nnext 0\niterator\nnext 0\nmap 0\n")
