"""The peers themselves, run on tiny programs: needs Porffor (npm ci here) and
QuickJS (pip install -e '.[bench]') installed, so it is not part of the
default suite (pytest collects tests/ only) and CI does not run it. Run it
by hand after installing the peers:

    python -m pytest benchmarks/peers/test_peers_installed.py

A missing peer fails here with the install command; nothing is skipped.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import runners  # noqa: E402
from figures import verdict  # noqa: E402
from runners import Outcome  # noqa: E402

NODE = shutil.which("node")
TINY = "let s = 0;\nfor (let i = 1; i <= 100; i++) s += i;\nconsole.log('sum ' + s);\n"


def peer(name: str) -> runners.Runner:
    assert NODE is not None, "node is needed"
    runner = {"porffor": runners.porffor_runner(NODE), "quickjs": runners.quickjs_runner()}[name]
    hint = runner.missing()
    assert not hint, f"{name} {hint}"
    return runner


def run(runner: runners.Runner, prog: Path) -> Outcome:
    return runner.run(runner.setup(prog, prog.parent, 60.0), 60.0)


def node_run(prog: Path) -> Outcome:
    node = runners.node_runner(NODE)
    return node.run(node.setup(prog, prog.parent, 60.0), 60.0)


@pytest.mark.parametrize("name", ["porffor", "quickjs"])
def test_peer_runs_a_tiny_program_as_node_does(tmp_path, name):
    prog = tmp_path / "tiny.js"
    prog.write_text(TINY)
    out = run(peer(name), prog)
    assert out.stdout == "sum 5050\n"
    assert verdict(node_run(prog), out, 60.0) == ""


def test_porffor_compile_time_is_reported_and_taken_out(tmp_path):
    prog = tmp_path / "tiny.js"
    prog.write_text(TINY)
    out = run(peer("porffor"), prog)
    assert out.compile_s is not None and out.compile_s > 0
    assert "porffor-compile-ms" not in out.stderr


@pytest.mark.parametrize("name", ["porffor", "quickjs"])
def test_peer_refuses_a_syntax_error(tmp_path, name):
    prog = tmp_path / "bad.js"
    prog.write_text("console.log(1);\nlet x = ;\n")
    out = run(peer(name), prog)
    assert "SyntaxError" in out.refused
    assert verdict(node_run(prog), out, 60.0).startswith("fails to compile: ")


def test_quickjs_requires_relative_files(tmp_path):
    (tmp_path / "lib.js").write_text("exports.twice = (x) => 2 * x;\nexports.name = __filename.endsWith('lib.js');\n")
    prog = tmp_path / "main.js"
    prog.write_text("const lib = require('./lib');\nconsole.log(lib.twice(21), lib.name, require('./lib.js') === lib);\n")
    out = run(peer("quickjs"), prog)
    assert out.stdout == "42 true true\n"
    assert verdict(node_run(prog), out, 60.0) == ""


def test_quickjs_uncaught_exception_exits_1_like_node(tmp_path):
    prog = tmp_path / "throws.js"
    prog.write_text("console.log('before');\nthrow new RangeError('too far');\n")
    out = run(peer("quickjs"), prog)
    assert out.status == 1 and out.stdout == "before\n"
    assert "Uncaught RangeError: too far" in out.stderr
    assert verdict(node_run(prog), out, 60.0) == ""
    finished = Outcome(1.0, "before\n", "", 0)
    assert verdict(finished, out, 60.0) == "crash: exit status 1: Uncaught RangeError: too far"


def test_quickjs_recursion_reaches_node_like_depth(tmp_path):
    prog = tmp_path / "deep.js"
    prog.write_text("function f(n) { return n === 0 ? 0 : 1 + f(n - 1); }\nconsole.log(f(8000));\n")
    out = run(peer("quickjs"), prog)
    assert out.stdout == "8000\n", out.stderr[:200]
