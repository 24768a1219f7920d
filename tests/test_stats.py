"""The allocation profile (`shapescape run --stats`): exact counts per allocation
site, number boxes where they are made, output unchanged, and the refusal of a
module built without counters."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import profile_site


def shapescape(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "shapescape", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


WASM_TOOLS = shutil.which("wasm-tools") or str(Path(sys.executable).parent / "wasm-tools")

# N iterations: each makes one Point (struct), one dictionary (map: a computed
# key), one closure, and one array literal; every third iteration one more Point.
N = 300
PROGRAM = f"""
class Point {{ constructor(x, y) {{ this.x = x; this.y = y; }} }}
const keep = [];
const fracs = [];
let sum = 0;
function work(i) {{
  const p = new Point(i, i + 1);
  keep.push(p);
  const d = {{}};
  d["k" + (i % 3)] = i;
  keep.push(d);
  const f = () => i * 2;
  sum += f();
  keep.push([i, i]);
  fracs.push(i + 0.25);
  if (i % 3 === 0) keep.push(new Point(0, 0));
}}
for (let i = 0; i < {N}; i++) work(i);
console.log(keep.length, sum, fracs.length);
"""


@pytest.fixture
def program(tmp_path: Path) -> Path:
    src = tmp_path / "alloc.js"
    src.write_text(PROGRAM, encoding="utf-8")
    return src


def test_counts_per_site_are_exact_and_output_is_unchanged(program: Path, tmp_path: Path) -> None:
    r = shapescape("run", str(program), "--stats=json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    node = subprocess.run(["node", str(program)], capture_output=True, text=True)
    assert r.stdout == node.stdout
    prof = json.loads(r.stderr)

    def site(text: str) -> dict:
        return profile_site(prof, PROGRAM, text)

    first = site("new Point(i, i + 1)")
    assert (first["representation"], first["type"], first["count"]) == ("struct", "$Point", N)
    # literals for a constructor that only stores them, never compared: one object,
    # handed out again on the site's later runs (analysis/shared_objects.py)
    zero = site("new Point(0, 0)")
    assert (zero["count"], zero["shared"]) == (1, len(range(0, N, 3)) - 1)
    d = site("{}")
    assert (d["representation"], d["count"]) == ("map", N)
    f = site("() => i * 2")
    assert (f["representation"], f["count"]) == ("closure", N)
    a = site("[i, i]")
    assert (a["representation"], a["count"]) == ("array", N)
    # i + 0.25 is never a small integer: one box per push, made in `work`
    boxes = next(t for t in prof["runtime"] if t["type"] == "$Num")
    in_work = sum(w["count"] for w in boxes["in"] if w["function"].startswith("work"))
    assert in_work == N
    # every object is counted once, by type
    assert prof["totals"]["allObjects"] == sum(t["count"] for t in prof["runtime"])
    points = next(t for t in prof["runtime"] if t["type"].endswith("Point"))
    assert points["count"] == N + 1


def test_text_report_and_a_module_built_with_counters(program: Path, tmp_path: Path) -> None:
    out = tmp_path / "alloc.wasm"
    b = shapescape("build", str(program), "-o", str(out), "--stats", cwd=tmp_path)
    assert b.returncode == 0, b.stderr
    v = subprocess.run([WASM_TOOLS, "validate", "--features", "all", str(out)], capture_output=True, text=True)
    assert v.returncode == 0, v.stderr
    r = shapescape("run", str(out), "--stats", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "allocation profile" in r.stderr
    assert f"new Point" in r.stderr and f"{N:,}" in r.stderr
    assert "$Num: number boxes" in r.stderr


def test_a_module_without_counters_is_refused_clearly(program: Path, tmp_path: Path) -> None:
    out = tmp_path / "plain.wasm"
    assert shapescape("build", str(program), "-o", str(out), cwd=tmp_path).returncode == 0
    r = shapescape("run", str(out), "--stats", cwd=tmp_path)
    assert r.returncode == 2
    assert "built without allocation counters" in r.stderr and "--stats" in r.stderr
    assert r.stdout == ""


def test_counts_survive_an_uncaught_exception(tmp_path: Path) -> None:
    src = tmp_path / "boom.js"
    src.write_text(textwrap.dedent("""
        class Box { constructor(v) { this.v = v; } }
        const all = [];
        for (let i = 0; i < 50; i++) all.push(new Box(i));
        throw new Error("stop " + all.length);
    """), encoding="utf-8")
    r = shapescape("run", str(src), "--stats=json", cwd=tmp_path)
    assert r.returncode == 1
    assert "Uncaught Error: stop 50" in r.stderr
    prof = json.loads(r.stderr[r.stderr.index("{"):])
    box = next(s for s in prof["sites"] if s.get("class") == "Box")
    assert box["count"] == 50


def test_direct_calls_past_three_arguments_and_maybe_number_reads_allocate_nothing(tmp_path: Path) -> None:
    # walk's fourth argument needs no array for "the rest" when the call
    # goes to its direct entry; p.x of a field that may be undefined reaches cmp's
    # number-or-undefined parameter without a number box ($getu)
    src = tmp_path / "calls.js"
    src.write_text(textwrap.dedent("""
        class V { constructor(x, y) { this.x = x; this.y = y; } }
        class Blank { constructor() { this.v = 1; } }
        function cmp(a, b) { return a === b ? 0 : a < b ? -1 : a > b ? 1 : a === a ? 1 : -1; }
        function order(p, q) { return cmp(p.x, q.x) || cmp(p.y, q.y); }
        function walk(left, seen, here, there) {
          if (left.n <= 0) return here.name + there.name + seen.length;
          left.n--;
          seen.push(here);
          return walk(left, seen, there, here);
        }
        const vs = [];
        for (let i = 0; i < 50; i++) vs.push(i % 7 === 0 ? new Blank() : new V(i * 0.5, i % 3 ? i + 0.25 : undefined));
        let s = 0;
        for (const p of vs) for (const q of vs) s += order(p, q);
        console.log(s, walk({ n: 301 }, [], { name: 'a' }, { name: 'b' }));
    """), encoding="utf-8")
    r = shapescape("run", str(src), "--stats=json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == subprocess.run(["node", str(src)], capture_output=True, text=True).stdout
    prof = json.loads(r.stderr)

    def made_in(type_name: str) -> dict:
        t = next((t for t in prof["runtime"] if t["type"] == type_name), {"in": []})
        return {w["function"]: w["count"] for w in t["in"]}

    assert not any(f.startswith("walk") for f in made_in("$Vals")), made_in("$Vals")
    boxes = made_in("$Num")
    assert not any(f.startswith(("get.", "order", "cmp")) for f in boxes), boxes


def test_locals_of_numbers_and_undefined_hold_no_box(tmp_path: Path) -> None:
    # `const x = p.x` of a field that may be undefined, through a receiver of two
    # classes (a generic read) and through a typed one, and `let z;` assigned a
    # number later: each is an f64 local holding undefined as its NaN, so the
    # loop makes no number box (the values are not small integers)
    src = tmp_path / "maybe.js"
    src.write_text(textwrap.dedent("""
        class V { constructor() { this.x = undefined; this.y = undefined; } }
        class W { constructor(x) { this.x = x; this.w = 1; } }
        function mk(i) { const v = new V(); if (i % 5) { v.x = i * 0.5 + 0.25; v.y = i / 3; } return v; }
        const mixed = [], typed = [];
        for (let i = 0; i < 40; i++) { mixed.push(i % 4 ? mk(i) : new W(i + 0.75)); typed.push(mk(i)); }
        function spread(p, q) {
          const x0 = p.x;
          const y0 = q.y;
          let z;
          if (x0 > 3) z = x0 - y0;
          let d = x0 * 0.5;
          d = d + (z === undefined ? 1.5 : z);
          return d;
        }
        let s = 0, missing = 0;
        for (const p of mixed) for (const q of typed) {
          const d = spread(p, q);
          if (d !== d) missing++; else s += d;
        }
        console.log(s.toFixed(3), missing);
    """), encoding="utf-8")
    r = shapescape("run", str(src), "--stats=json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == subprocess.run(["node", str(src)], capture_output=True, text=True).stdout
    prof = json.loads(r.stderr)
    t = next((t for t in prof["runtime"] if t["type"] == "$Num"), {"in": []})
    boxes = {w["function"]: w["count"] for w in t["in"]}
    assert not any(f.startswith(("spread", "get.")) for f in boxes), boxes


def test_a_capturing_closure_is_one_object(tmp_path: Path) -> None:
    # each call of adder makes one closure capturing two variables (one by value,
    # one in a cell): the closure is a single $Fn holding both, no
    # environment array beside it
    src = tmp_path / "closures.js"
    src.write_text(textwrap.dedent("""
        function adder(k) {
          let calls = 0;
          return (x) => { calls++; return x + k * calls; };
        }
        const fs = [];
        for (let i = 0; i < 40; i++) fs.push(adder(i));
        let s = 0;
        for (const f of fs) s += f(1) + f(2);
        console.log(s);
    """), encoding="utf-8")
    r = shapescape("run", str(src), "--stats=json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == subprocess.run(["node", str(src)], capture_output=True, text=True).stdout
    prof = json.loads(r.stderr)
    site = next(s for s in prof["sites"] if s["kind"] == "function" and s["line"] == 4)
    assert site["count"] == 40
    made = {t["type"]: {w["function"]: w["count"] for w in t["in"]} for t in prof["runtime"]}
    assert not any(f.startswith("adder") for f in made.get("$Vals", {})), made.get("$Vals")
    assert made["$Cell"] == {"adder (program)": 40}
    assert sum(made["$Fn"].values()) >= 40 and not any(t.startswith("$Fn.") for t in made)
