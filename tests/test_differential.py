"""The differential suite: every program in tests/programs/ runs under node and
under `shapescape run`; stdout and exit status must be identical.

A program is a file `tests/programs/NAME.js` or a folder `tests/programs/NAME/`
with a `main.js` entry. Programs the build does not support yet are listed in
REFUSED with the construct; for them the test checks the refusal itself: exit
status 2 and a message naming the construct, at build time or (for a built-in
the build does not implement) when the program reaches it; what was printed
before must be what node printed, never a different output.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAMS = Path(__file__).resolve().parent / "programs"

REFUSED = {
    "c03_class_accessors": "assignment to a `super` property",
    "c11_sloppy_this": "sloppy-mode function called without a receiver",
    "c155_sloppy_primitive_this": "a primitive `this` of a sloppy-mode function",
    "c158_proto_computed_key": "`__proto__` as a computed key",
    "c13_getter_only_write": "a getter and no setter",
    "c14_locale_compare": "localeCompare of text other than",
    "c20_function_constructor": "`new` of a function that is not a class",
    "d04_overflow_shadow_refused": "shadows a method of the object's class",
    "h05_method_value_refused": "the built-in method `normalize`",
    "c38_function_source_refused": "a function's source text",
    "c80_delete_array_length": "`delete` of an array's `length`",
}


def programs() -> list[Path]:
    found = sorted(PROGRAMS.glob("*.js")) + sorted(p / "main.js" for p in PROGRAMS.iterdir()
                                                     if p.is_dir() and (p / "main.js").exists())
    return found


def name_of(p: Path) -> str:
    return p.parent.name if p.name == "main.js" and p.parent != PROGRAMS else p.stem


NODE = shutil.which("node")


def run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=180)


@pytest.mark.skipif(NODE is None, reason="node is the oracle and is not installed")
@pytest.mark.parametrize("prog", programs(), ids=name_of)
def test_same_output_as_node(prog: Path) -> None:
    # a program node cannot even parse would pass as "both failed alike"
    parsed = run([NODE, "--check", prog.name], prog.parent)
    assert parsed.returncode == 0, parsed.stderr[-2000:]
    expected = run([NODE, prog.name], prog.parent)
    got = run([sys.executable, "-m", "shapescape", "run", prog.name, "--timeout", "120"], prog.parent)
    name = name_of(prog)
    if name in REFUSED:
        assert got.returncode == 2, got.stderr
        assert "not supported by the WasmGC build" in got.stderr and REFUSED[name] in got.stderr, got.stderr
        assert expected.stdout.startswith(got.stdout), "a refused program printed something node did not"
        return
    assert got.stdout == expected.stdout, got.stderr[-2000:]
    assert got.returncode == expected.returncode, got.stderr[-2000:]


def test_suite_is_large_enough() -> None:
    assert len(programs()) >= 80
