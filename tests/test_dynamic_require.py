"""Program arguments and computed `require`s: `shapescape run FILE ARG...` gives
the program process.argv as node does, and `require('./' + name)` loads any of
the files its constant ends can name (analysis/world.py), each compared with
node, and the refusals for the paths it cannot."""
from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from analysis import analyze

HARNESS = Path(__file__).resolve().parent / "programs" / "m16_suite_harness"
NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is the oracle and is not installed")


def shapescape(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "shapescape", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=180)


def node(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([NODE, *args], cwd=cwd, capture_output=True, text=True, timeout=60)


def write(folder: Path, name: str, text: str) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


@needs_node
@pytest.mark.parametrize("args", [("Towers", "3"), ("Queens",), ("Sums", "2")])
def test_harness_with_arguments_prints_what_node_prints(args) -> None:
    want = node("main.js", *args, cwd=HARNESS)
    got = shapescape("run", "main.js", *args, cwd=HARNESS)
    assert got.stdout == want.stdout and got.returncode == want.returncode == 0, got.stderr
    assert f"argv beyond the script: {list(args)}".replace("'", '"').replace(", ", ",") in got.stdout


@needs_node
def test_arguments_reach_process_argv_unchanged(tmp_path: Path) -> None:
    write(tmp_path, "argv.js", """
        const a = process.argv;
        console.log(a.length, a.slice(2), a[1].endsWith("argv.js"));
        a.push("pushed");
        console.log(process.argv === a, process.argv.slice(2).join("|"));
    """)
    odd = ["héllo wörld", "-v", "", "--", "a b", "😀"]
    want = node("argv.js", *odd, cwd=tmp_path)
    # options of `run` go before `--`; everything after it is the program's, dashes and all
    got = shapescape("run", "argv.js", "--timeout", "30", "--", *odd, cwd=tmp_path)
    assert got.returncode == 0, got.stderr
    assert got.stdout == want.stdout
    plain = shapescape("run", "argv.js", "x", "y", "--timeout", "30", cwd=tmp_path)
    assert plain.stdout.splitlines()[0] == "4 [ 'x', 'y' ] true"


def test_a_built_module_takes_arguments_at_run_time(tmp_path: Path) -> None:
    write(tmp_path, "p.js", "console.log(process.argv.slice(2).map(s => s.length));\n")
    assert shapescape("build", "p.js", "-o", "p.wasm", cwd=tmp_path).returncode == 0
    one = shapescape("run", "p.wasm", "abc", cwd=tmp_path)
    two = shapescape("run", "p.wasm", "x" * 100_000, "", cwd=tmp_path)   # longer than a memory page
    assert one.stdout == "[ 3 ]\n" and two.stdout == "[ 100000, 0 ]\n", (one.stderr, two.stderr)


def test_the_plan_names_every_file_a_computed_require_can_load(tmp_path: Path) -> None:
    write(tmp_path, "main.js", """
        const which = process.argv[2] || "alpha";
        const m = require(`./parts/${which}`);
        console.log(m.value);
    """)
    write(tmp_path, "parts/alpha.js", "exports.value = 1;\n")
    write(tmp_path, "parts/beta.js", "exports.value = 'two';\n")
    write(tmp_path, "parts/notes.txt", "not a script\n")
    write(tmp_path, "parts/esm.mjs", "export const value = 3;\n")
    write(tmp_path, "other.js", "exports.value = 4;\n")   # outside the prefix's folder
    plan = analyze([str(tmp_path / "main.js")])
    files = {Path(f.path).name for f in plan.files}
    assert files == {"main.js", "alpha.js", "beta.js"}
    [d] = [d for d in plan.diagnostics if d.code == "dynamic-require"]
    assert d.severity == "information" and d.location.line == 3
    assert "2 files" in d.message and "alpha.js, beta.js" in d.message


@needs_node
def test_prefix_and_suffix_narrow_the_candidates(tmp_path: Path) -> None:
    write(tmp_path, "main.js", """
        for (const n of ["one", "two"]) console.log(require("./suite_" + n + ".js").name);
    """)
    write(tmp_path, "suite_one.js", "exports.name = 'first';\n")
    write(tmp_path, "suite_two.js", "exports.name = 'second';\n")
    write(tmp_path, "helper.js", "syntax error here (\n")   # not a suite_*.js: never a candidate
    plan = analyze([str(tmp_path / "main.js")])
    assert {Path(f.path).name for f in plan.files} == {"main.js", "suite_one.js", "suite_two.js"}
    assert not [d for d in plan.diagnostics if d.severity != "information"]
    got = shapescape("run", "main.js", cwd=tmp_path)
    assert got.stdout == node("main.js", cwd=tmp_path).stdout == "first\nsecond\n", got.stderr


@needs_node
def test_each_candidate_runs_only_when_required_and_once(tmp_path: Path) -> None:
    write(tmp_path, "main.js", """
        console.log("start");
        const names = ["b", "a", "b"];
        for (const n of names) console.log(require("./m/" + n).id);
    """)
    write(tmp_path, "m/a.js", "console.log('loading a'); exports.id = 'A';\n")
    write(tmp_path, "m/b.js", "console.log('loading b'); exports.id = 'B';\n")
    write(tmp_path, "m/c.js", "console.log('loading c'); exports.id = 'C';\n")
    got = shapescape("run", "main.js", cwd=tmp_path)
    want = node("main.js", cwd=tmp_path)
    assert got.stdout == want.stdout and "loading c" not in got.stdout, got.stderr


def test_a_path_outside_the_candidates_stops_the_program(tmp_path: Path) -> None:
    write(tmp_path, "main.js", """
        console.log("before");
        require("./m/" + process.argv[2]);
        console.log("after");
    """)
    write(tmp_path, "m/a.js", "exports.x = 1;\n")
    write(tmp_path, "m/sub/b.js", "exports.x = 2;\n")   # a path with a slash is not a candidate
    for name in ("zzz", "sub/b", "../main"):
        got = shapescape("run", "main.js", name, cwd=tmp_path)
        assert got.returncode == 2 and got.stdout == "before\n", got.stderr
        assert f"`require('./m/{name}')`" in got.stderr and "not supported by the WasmGC build" in got.stderr


def test_candidates_that_cannot_be_built_are_left_out_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "main.js", """
        const name = process.argv[2];
        console.log(require("./" + name).hello);
    """)
    write(tmp_path, "good.js", "exports.hello = 'hi';\n")
    write(tmp_path, "broken.js", "this is not javascript (\n")
    write(tmp_path, "gen.js", "function* g() { yield 1; }\nexports.hello = g().next().value;\n")
    write(tmp_path, "uses_gen.js", "exports.hello = require('./lib/gen2').v;\n")
    write(tmp_path, "lib/gen2.js", "exports.v = (function* () { yield 2; })().next().value;\n")
    good = shapescape("run", "main.js", "good", cwd=tmp_path)
    assert good.returncode == 0 and good.stdout == "hi\n", good.stderr
    warnings = [line for line in good.stderr.splitlines() if "dynamic-require-skipped" in line]
    assert len(warnings) == 3, good.stderr
    assert any("broken.js" in w and "left out" in w for w in warnings)
    assert any(w.startswith("gen.js:1:1") and "generators" in w for w in warnings)
    # a file only a left-out candidate requires: the candidate goes, with the reason where it is
    assert any(w.startswith("lib/gen2.js") and "uses_gen.js" in w for w in warnings)
    for name in ("gen", "broken", "uses_gen"):
        got = shapescape("run", "main.js", name, cwd=tmp_path)
        assert got.returncode == 2 and f"require('./{name}')" in got.stderr, got.stderr


def test_a_file_the_entry_requires_by_a_constant_path_is_never_left_out(tmp_path: Path) -> None:
    write(tmp_path, "main.js", """
        require("./gen");
        console.log(require("./" + process.argv[2]).x);
    """)
    write(tmp_path, "gen.js", "function* g() { yield 1; }\nexports.x = 1;\n")
    got = shapescape("build", "main.js", cwd=tmp_path)
    assert got.returncode == 2
    assert "gen.js:1:1: error[build-unsupported]: not supported by the WasmGC build: generators" in got.stderr


def test_a_require_without_constant_ends_is_refused_at_the_call(tmp_path: Path) -> None:
    write(tmp_path, "main.js", """
        const p = "./a";
        console.log(require(p).x);
    """)
    write(tmp_path, "a.js", "exports.x = 1;\n")
    got = shapescape("build", "main.js", cwd=tmp_path)
    assert got.returncode == 2
    assert "main.js:3:13: error[build-unsupported]" in got.stderr and "constant ends" in got.stderr


@needs_node
def test_a_path_held_in_a_variable_declared_once_is_a_computed_require(tmp_path: Path) -> None:
    # the form benchmark harnesses use: the path is built in a variable, then required
    write(tmp_path, "harness.js", """
        function load(name) {
          var filename = "./" + name.toLowerCase() + ".js";
          return require(filename);
        }
        for (const n of ["Alpha", "Beta"]) console.log(load(n).run());
    """)
    write(tmp_path, "alpha.js", "exports.run = () => 'a' + 1;\n")
    write(tmp_path, "beta.js", "exports.run = () => 'b' + 2;\n")
    write(tmp_path, "gamma.txt", "not a candidate\n")
    plan = analyze([str(tmp_path / "harness.js")])
    assert {Path(f.path).name for f in plan.files} == {"harness.js", "alpha.js", "beta.js"}
    got = shapescape("run", "harness.js", cwd=tmp_path)
    assert got.stdout == node("harness.js", cwd=tmp_path).stdout == "a1\nb2\n", got.stderr
    # two declarations of the name: which one reaches the call is not read off the text
    write(tmp_path, "twice.js", """
        function load(name, v) {
          if (v) { var filename = "./" + name + ".js"; } else { var filename = "./" + name; }
          return require(filename);
        }
        console.log(load("alpha", true).run());
    """)
    got = shapescape("build", "twice.js", cwd=tmp_path)
    assert got.returncode == 2 and "twice.js:4:10: error[build-unsupported]" in got.stderr, got.stderr
