"""`var`s every read finds assigned (analysis/var_init.py): the plan lists them
(Plan.set_vars) and the build keeps them as it keeps a let, in an unboxed f64
local when they hold numbers. A var some read may find unassigned keeps its
hoisted undefined. What the programs compute is checked against node by the
differential suite (tests/programs/c111_var_before_read.js)."""
from __future__ import annotations

import re

from codegen.build import build
from conftest import build_facts


def set_vars(tmp_path, source: str):
    plan, key = build_facts(tmp_path, source)
    return lambda marker, name: key(marker, name) in plan.set_vars


def test_vars_assigned_before_every_read(tmp_path):
    at = set_vars(tmp_path, """
        function f(n, c) {
          var /*TOP*/top = 0;
          var /*LATE*/late;
          late = 2;
          for (var /*I*/i = 0; i < n; i++) { top += i; }
          var /*J*/j;
          for (j = 0; j < n; j++) { top += j; }
          while (top < 100) { var /*LOOP*/loop = top * 2; top += loop; }
          var /*BOTH*/both;
          if (c) { both = 1; } else { both = 2; }
          var /*TRY*/tried;
          try { tried = n.x; } catch (e) { tried = 0; }
          var /*NEVER*/never;
          return top + late + i + j + both + tried;
        }
        console.log(f(3, true), f({x: 1}, false));
    """)
    for marker, name in (("TOP", "top"), ("LATE", "late"), ("I", "i"), ("J", "j"), ("LOOP", "loop"),
                         ("BOTH", "both"), ("TRY", "tried"), ("NEVER", "never")):
        assert at(marker, name), name


def test_vars_a_read_may_find_unassigned(tmp_path):
    # each marker is at the var's declaring identifier, which names it in the plan
    at = set_vars(tmp_path, """
        function f(n, c) {
          var r = [];
          r.push(early);
          var /*EARLY*/early = 1;
          if (c) { var /*HALF*/half = 1; }
          r.push(half);
          while (n-- > 0) { r.push(iter); var /*ITER*/iter = n; }
          var /*CAUGHT*/caught;
          try { if (c) throw 0; caught = 1; } catch (caught) { caught = 2; }
          r.push(caught);
          var /*SHADOW*/shadow;
          { let shadow; shadow = 1; }
          r.push(shadow);
          switch (n) { case 0: var /*CASE*/kase = 1; case 1: r.push(kase); }
          var /*LABEL*/label;
          L: { if (c) break L; label = 1; }
          r.push(label);
          var /*CAPT*/captured = 1;
          const read = () => captured;
          var /*BUMP*/bump; bump++; bump = 0;
          do { var /*DO*/done = 1; } while (done < 1);
          r.push(read(), bump);
          return r;
        }
        console.log(f(2, true), f(0, false));
    """)
    for marker, name in (("EARLY", "early"), ("HALF", "half"), ("ITER", "iter"), ("CAUGHT", "caught"),
                         ("SHADOW", "shadow"), ("CASE", "kase"), ("LABEL", "label"), ("CAPT", "captured"),
                         ("BUMP", "bump"), ("DO", "done")):
        assert not at(marker, name), name


def test_build_keeps_assigned_number_vars_in_f64_locals(tmp_path):
    p = tmp_path / "main.js"
    p.write_text("""'use strict';
function mandelbrot(size) {
  var sum = 0, y = 0;
  while (y < size) {
    var ci = (2.0 * y / size) - 1.0;
    sum += ci;
    y += 1;
  }
  var late;
  if (size > 1) { late = sum; }
  return sum + (late || 0);
}
console.log(mandelbrot(100));
""", encoding="utf-8")
    r = build(str(p))
    assert r.ok, r.diagnostics
    start = r.wat.index("(func $f1_mandelbrot.d")
    body = r.wat[start:r.wat.index("\n(func ", start + 1)]
    for name in ("sum", "y", "ci"):
        assert re.search(rf"\(local \$v_{name}_\d+ f64\)", body), f"`{name}` is not an f64 local"
    # read as undefined when size <= 1: stays a dynamic value
    assert re.search(r"\(local \$v_late_\d+ anyref\)", body)
