"""codegen/early.py: which file-level number bindings the build keeps in f64
globals (only those no function can read before their declaration runs)."""
from pathlib import Path
import os
import re
import subprocess
import sys

from conftest import run_both

PROGRAMS = Path(__file__).resolve().parent / "programs"


def f64_globals(tmp_path: Path, entry: Path) -> set:
    out = tmp_path / "out.wasm"
    r = subprocess.run([sys.executable, "-m", "shapescape", "build", str(entry), "-o", str(out),
                        "--wat", str(tmp_path / "out.wat")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    wat = (tmp_path / "out.wat").read_text()
    return {m.group(1) for m in re.finditer(r"\(global \$g\d+_(\w+?)_\d+ \(mut f64\)", wat)}


def test_number_bindings_before_the_first_call_are_f64_globals(tmp_path: Path) -> None:
    # (tests/programs/c94_top_level_numbers.js is also in the differential suite)
    assert f64_globals(tmp_path, PROGRAMS / "c94_top_level_numbers.js") == \
        {"start", "SCALE", "HALF", "seed", "calls", "total"}   # not hits, late, wide: after a loop that calls


def test_a_read_too_early_is_never_an_f64_global(tmp_path: Path) -> None:
    (tmp_path / "p.js").write_text("function f() { return n + 1; }\nconst k = f;\nlet m = 1;\n"
                                   "console.log(typeof k);\nlet n = 2;\nconsole.log(f(), m);\n")
    assert f64_globals(tmp_path, tmp_path / "p.js") == {"m", "n"}   # console.log of inert values runs nothing
    (tmp_path / "p.js").write_text("function f() { return n + 1; }\nlet m = 1;\nm = m + 1;\n"
                                   "let n = 2;\nconsole.log(f(), m);\n")
    assert f64_globals(tmp_path, tmp_path / "p.js") == {"m"}   # an assignment stops the walk
    (tmp_path / "q.js").write_text("let a = 1;\nclass C { static s = a; }\nlet b = 2;\n"
                                   "const o = { valueOf() { return b; } };\nconst c = -o;\nlet d = 3;\n"
                                   "console.log(a, b, c, d, C.s);\n")
    assert f64_globals(tmp_path, tmp_path / "q.js") == {"a"}   # a static initialiser and a valueOf may run code
    got, want = run_both(tmp_path / "q.js")
    assert got.stdout == want.stdout == "1 2 -2 3 1\n"


def test_a_require_cycle_is_not_inert(tmp_path: Path) -> None:
    (tmp_path / "main.js").write_text("const lib = require('./lib');\nlet count = 5;\n"
                                      "module.exports.count = () => count;\nconsole.log(lib.twice(), count);\n")
    (tmp_path / "lib.js").write_text("let base = 21;\nconst main = require('./main');\n"
                                     "exports.twice = () => base * 2;\n")
    # main.js requires lib.js, which requires main.js back: lib's top level could
    # call main's functions before main's `count` exists; lib's base comes first
    assert f64_globals(tmp_path, tmp_path / "main.js") == {"base"}
    (tmp_path / "lib.js").write_text("let base = 21;\nexports.twice = () => base * 2;\n")
    assert f64_globals(tmp_path, tmp_path / "main.js") == {"base", "count"}
    got, want = run_both(tmp_path / "main.js")
    assert got.stdout == want.stdout == "42 5\n"


def dead_zone_tests(tmp_path: Path, source: str) -> int:
    """How many places of the built module test a binding for the `$uninit`
    marker (FunctionLowering.tdz_test)."""
    (tmp_path / "t.js").write_text(source)
    # (the lowering's own code, without the copies of small functions: codegen/inline.py)
    r = subprocess.run([sys.executable, "-m", "shapescape", "build", str(tmp_path / "t.js"), "-o",
                        str(tmp_path / "t.wasm"), "--wat", str(tmp_path / "t.wat")], capture_output=True, text=True,
                       timeout=120, env={**os.environ, "SHAPESCAPE_INLINE": "0"})
    assert r.returncode == 0, r.stderr
    wat = (tmp_path / "t.wat").read_text()
    assert wat.count("(global $uninit ") == 1
    return len(re.findall(r"\(ref\.eq \(ref\.cast eqref .*?\) \((?:global\.get \$|local\.get \$k\.)uninit\)\) \(then", wat))


def test_only_accesses_the_text_cannot_order_test_the_dead_zone(tmp_path: Path) -> None:
    safe = ("const A = 1;\n"
            "class P { static make() { return new P(); } constructor() { this.v = P.base + A; } static base = 2; }\n"
            "function run() { let t = 0; const add = (k) => { t += k; }; add(A); return t; }\n"
            "console.log(run(), P.make().v);\n")
    # A is early; P is late (its static initialiser) but read only by its own members and
    # the file's code; t's closure is created after t is
    assert dead_zone_tests(tmp_path, safe) == 0
    late = safe + "function late() { return P.base; }\nconsole.log(late());\n"
    assert dead_zone_tests(tmp_path, late) == 1
    hoisted = "function run() { const r = h(); let t = 1; function h() { return t; } return r; }\n" \
              "try { run(); } catch (e) { console.log(e.message); }\n"
    assert dead_zone_tests(tmp_path, hoisted) == 1   # h is created on entry, before t
    got, want = run_both(tmp_path / "t.js")
    assert got.stdout == want.stdout == "Cannot access 't' before initialization\n"


def test_names_destructured_from_a_require_are_inert(tmp_path: Path) -> None:
    (tmp_path / "lib.js").write_text("class Base { size() { return 2; } }\n"
                                     "module.exports = class Lib { static Base = Base; static get seen() { return 7; } };\n")
    (tmp_path / "main.js").write_text("const { Base, seen: s } = require('./lib');\nconst NONE = null;\n"
                                      "let scale = 3;\nclass Box extends Base { get(x) { return x === NONE ? scale : x; } }\n"
                                      "console.log(new Box().get(null), new Box().get(4), s, new Box().size());\n")
    # a getter read by the destructuring is lib's, which cannot reach main's functions
    assert f64_globals(tmp_path, tmp_path / "main.js") == {"scale"}
    got, want = run_both(tmp_path / "main.js")
    assert got.stdout == want.stdout == "3 4 7 2\n"
    # with a default, the pattern may run code of this file: the walk stops there
    (tmp_path / "main.js").write_text("function f() { return scale; }\nconst { Base, seen = f() } = require('./lib');\n"
                                      "let scale = 3;\nconsole.log(seen, scale, typeof Base);\n")
    assert f64_globals(tmp_path, tmp_path / "main.js") == set()
    got, want = run_both(tmp_path / "main.js")
    assert got.stdout == want.stdout == "7 3 function\n"
