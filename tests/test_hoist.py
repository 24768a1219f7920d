"""codegen/hoist.py: constants a loop reads come from locals loaded at entry."""
from pathlib import Path
import subprocess
import sys

from codegen.hoist import hoist_constants

ROOT = Path(__file__).resolve().parent.parent


def test_only_the_reads_inside_loops_are_replaced() -> None:
    body = ("(drop (global.get $null))\n"
            "(block $b (loop $t (local.set $x (global.get $false)) (if (global.get $c) (then "
            "(drop (ref.eq (local.get $y) (global.get $hole))))) (br $t)))\n"
            "(drop (global.get $false))")
    decls, loads, out = hoist_constants(body)
    assert decls == ["(local $k.false (ref $Bool))", "(local $k.hole (ref $Absent))"]
    assert loads == "(local.set $k.false (global.get $false)) (local.set $k.hole (global.get $hole))"
    assert out.startswith("(drop (global.get $null))")            # outside any loop: untouched
    assert out.endswith("(drop (global.get $false))")
    assert "(local.set $x (local.get $k.false))" in out and "(local.get $k.hole)" in out
    assert "(global.get $c)" in out                                  # not one of the constants


def test_a_function_without_loops_is_left_alone() -> None:
    body = "(if (ref.test (ref $Null) (local.get $v)) (then (return (global.get $true))))"
    assert hoist_constants(body) == ([], "", body)


def test_a_built_loop_reads_the_local(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text("function f(a) {\n  let n = 0;\n  for (let i = 0; i < a.length; i++) {\n"
                                   "    if (a[i] === null) n++;\n    a[i] = false;\n  }\n  return n;\n}\n"
                                   "const a = [null, 1, null];\nconsole.log(f(a), a);\n")
    r = subprocess.run([sys.executable, "-m", "shapescape", "build", "p.js", "-o", "p.wasm", "--wat", "p.wat"],
                       cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    wat = (tmp_path / "p.wat").read_text()
    f = wat[wat.index("(func $f1_f"):]
    f = f[:f.index("\n(func ")]
    loop = f[f.index("(loop"):]
    assert "(local.get $k.false)" in loop and "(global.get $false)" not in loop
    run = subprocess.run([sys.executable, "-m", "shapescape", "run", "p.js"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    node = subprocess.run(["node", "p.js"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert run.stdout == node.stdout == "2 [ false, false, false ]\n"
