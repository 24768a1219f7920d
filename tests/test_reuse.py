"""Array reuse (analysis/reuse.py, codegen/reuse.py): which `[]` sites give out an
emptied array of theirs again, and that they really do. That the programs still
print what node prints is the differential suite's job
(tests/programs/c87_array_reuse.js, c125_reused_copies.js)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from analysis.pipeline import analyze_program

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = ROOT / "tests" / "programs" / "c87_array_reuse.js"


def reused_names(src: Path) -> set[tuple[str, str]]:
    """(enclosing function, variable) of each reusable site of the plan."""
    plan, _ = analyze_program([str(src)])
    assert not plan.has_errors(), plan.diagnostics
    lines = src.read_text(encoding="utf-8").splitlines()
    out = set()
    for s in plan.sites:
        if s.id not in plan.reused_arrays:
            continue
        fn = next(re.match(r"function (\w+)", lines[i]).group(1) for i in range(s.location.line - 1, -1, -1)
                  if lines[i].startswith("function "))
        out.add((fn, re.search(r"(?:const|let) (\w+) = \[", lines[s.location.line - 1]).group(1)))
    return out


def test_reusable_sites_are_the_scratch_arrays_nothing_keeps() -> None:
    assert reused_names(PROGRAM) == {("pathTo", "path"), ("depthList", "seen"), ("rows", "row"),
                                     ("firstNegative", "before"), ("shapedText", "s"), ("big", "a"),
                                     ("alias", "a"), ("walk", "todo"), ("walk", "seen"), ("nested", "here")}


def test_functions_with_try_or_generators_do_not_reuse(tmp_path: Path) -> None:
    src = tmp_path / "t.js"
    src.write_text("function t(x) { const a = []; try { a.push(x); } finally { a.push(1); } return a.length; }\n"
                   "function* g(n) { const a = []; a.push(n); yield a.length; }\n"
                   "function plain(n) { const a = []; a.push(n); return a.length; }\n"
                   "console.log(t(1), [...g(2)], plain(3));\n", encoding="utf-8")
    assert reused_names(src) == {("plain", "a")}


def run_with_stats(tmp_path: Path, source: str) -> tuple[str, dict]:
    """(stdout, allocation profile) of `shapescape run --stats=json` on source."""
    src = tmp_path / "p.js"
    src.write_text(source, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "shapescape", "run", str(src), "--stats=json"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout, json.loads(r.stderr)


def test_profile_counts_the_runs_that_reused(tmp_path: Path) -> None:
    out, prof = run_with_stats(tmp_path, "function f(n) { const a = []; for (let i = 0; i < n; i++) a.push(i); "
                                         "return a.length; }\n"
                                         "let t = 0;\nfor (let k = 0; k < 50; k++) t += f(k % 7);\nconsole.log(t);\n")
    assert out == "147\n"
    (site,) = [s for s in prof["sites"] if s["kind"] == "array"]
    assert (site["count"], site["reused"]) == (1, 49)
    assert prof["totals"]["arraysReused"] == 49


COPIES = ROOT / "tests" / "programs" / "c125_reused_copies.js"


def test_reusable_whole_copies_are_the_ones_nothing_keeps() -> None:
    # drain, copies, recursive and throwing copy for themselves; kept stores its copy,
    # and a string's slice makes no array
    plan, _ = analyze_program([str(COPIES)])
    lines = COPIES.read_text(encoding="utf-8").splitlines()
    names = set()
    for _file, line, _col, _el, _ec in plan.reused_slices:
        fn = next(re.match(r"function (\w+)", lines[i]).group(1) for i in range(line - 1, -1, -1)
                  if lines[i].startswith("function "))
        names.add(fn)
    assert names == {"drain", "copies", "recursive", "throwing"}


def test_a_reused_copy_makes_one_array(tmp_path: Path) -> None:
    out, prof = run_with_stats(tmp_path, "function f(p) { const w = p.slice(); let s = 0; "
                                         "while (w.length > 0) s += w.pop(); return s; }\n"
                                         "const pool = [1, 2, 3];\nlet t = 0;\n"
                                         "for (let i = 0; i < 50; i++) t += f(pool);\nconsole.log(t);\n")
    assert out == "300\n"
    arrays = next(t for t in prof["runtime"] if t["type"] == "$Arr")
    made = {w["function"]: w["count"] for w in arrays["in"]}
    assert made.get("arr_new") == 1   # the one copy f keeps (50 without reuse)
