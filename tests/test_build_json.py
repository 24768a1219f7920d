"""JSON.stringify and JSON.parse in the WasmGC build (codegen/json.wat): what
the differential programs (a44_json_stringify, a45_json_parse) cannot show on
stdout — both object representations, uncaught errors on stderr, refusals."""
from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PROGRAMS = Path(__file__).resolve().parent / "programs"
NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is the oracle and is not installed")


def shapescape(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "shapescape", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=180)


def node(name: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([NODE, name], cwd=cwd, capture_output=True, text=True, timeout=60)


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


@needs_node
@pytest.mark.parametrize("program", ["a44_json_stringify", "a45_json_parse"])
def test_every_object_a_map_prints_the_same(program: str) -> None:
    """With --layout=dynamic the objects JSON.stringify reads are dictionaries,
    not plan structs: the output must not change."""
    expected = node(program + ".js", PROGRAMS)
    got = shapescape("run", program + ".js", "--layout=dynamic", "--timeout", "120", cwd=PROGRAMS)
    assert got.stdout == expected.stdout, got.stderr[-2000:]
    assert got.returncode == expected.returncode == 0


@needs_node
def test_uncaught_circular_structure_prints_nodes_message(tmp_path: Path) -> None:
    write(tmp_path, "circ.js", """
        class Task { constructor(name) { this.name = name; this.next = null; } }
        const a = new Task("a");
        const b = new Task("b");
        a.next = [b];
        b.next = a;
        console.log("before");
        console.log(JSON.stringify(a));
    """)
    expected = node("circ.js", tmp_path)
    got = shapescape("run", "circ.js", cwd=tmp_path)
    assert got.returncode == expected.returncode == 1
    assert got.stdout == expected.stdout == "before\n"
    # node's report: the message (three lines here), then the stack ("    at ...")
    lines = expected.stderr.splitlines()
    first = next(i for i, l in enumerate(lines) if l.startswith("TypeError: Converting circular structure to JSON"))
    message = []
    for l in lines[first:]:
        if l.startswith("    at "):
            break
        message.append(l)
    assert message[1] == "    --> starting at object with constructor 'Task'"
    assert "Uncaught " + "\n".join(message) in got.stderr


@needs_node
def test_uncaught_syntax_error_exits_1_with_nodes_message(tmp_path: Path) -> None:
    write(tmp_path, "bad.js", """
        console.log(JSON.parse('{"ok": true}').ok);
        JSON.parse('{"a": [1, 2,]}');
    """)
    expected = node("bad.js", tmp_path)
    got = shapescape("run", "bad.js", cwd=tmp_path)
    assert got.returncode == expected.returncode == 1
    assert got.stdout == expected.stdout == "true\n"
    message = next(l for l in expected.stderr.splitlines() if l.startswith("SyntaxError: "))
    assert "Uncaught " + message in got.stderr


def test_a_reviver_is_refused_at_the_argument(tmp_path: Path) -> None:
    write(tmp_path, "rev.js", """
        console.log("never printed");
        const o = JSON.parse('{"a": 1}', (k, v) => v);
    """)
    r = shapescape("build", "rev.js", "-o", "rev.wasm", cwd=tmp_path)
    assert r.returncode == 2
    assert "rev.js:3:34" in r.stderr and "error[build-unsupported]" in r.stderr
    assert "a reviver function for `JSON.parse`" in r.stderr
    assert not (tmp_path / "rev.wasm").exists()


def test_other_json_members_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "raw.js", "console.log(JSON.rawJSON('1'));\n")
    r = shapescape("run", "raw.js", cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == ""
    assert "raw.js:1:13" in r.stderr and "`JSON.rawJSON`" in r.stderr


@needs_node
def test_stringify_arguments_are_evaluated_in_order_and_extra_ones_too(tmp_path: Path) -> None:
    write(tmp_path, "order.js", """
        const log = [];
        function t(name, v) { log.push(name); return v; }
        const s = JSON.stringify(t("value", { a: [1] }), t("replacer", null), t("space", 1), t("extra", 0));
        console.log(s, log.join(" "));
        console.log(JSON.stringify(), JSON.parse(t("text", "[2]")), log.length);
    """)
    expected = node("order.js", tmp_path)
    got = shapescape("run", "order.js", cwd=tmp_path)
    assert got.stdout == expected.stdout and got.returncode == 0, got.stderr
