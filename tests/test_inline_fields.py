"""Inline fields (analysis/inline_fields.py): a field whose objects are values
(immutable, of a class of numbers only, never compared or given to a builtin)
is stored as their numbers. Each refusal below is a program where storing a
copy would change what it prints; the build tests check that the holder's
type stores numbers and that the loop that rewrites the field allocates none."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import build_facts

VALUE = """
    class V { constructor(x, y) { this.x = x; this.y = y; } add(o) { return new V(this.x + o.x, this.y + o.y); } }
    class H { constructor(x) { this.v = new V(x, x); this.n = 0; } }
"""


def inline(tmp_path, body: str) -> dict:
    plan, _ = build_facts(tmp_path, VALUE + body)
    return {(t.name, f.name): f.inline for t in plan.types for f in t.fields if f.inline}


def test_a_field_of_immutable_number_objects_is_inline(tmp_path):
    got = inline(tmp_path, """
        const hs = [new H(1), new H(2)];
        for (const h of hs) { h.v = h.v.add(new V(1, 2)); h.v = new V(h.v.y, h.v.x); }
        console.log(hs[0].v.x + hs[1].v.y);
    """)
    assert got == {("$H", "v"): "$V"}


def test_values_whose_identity_or_state_can_be_seen_are_refused(tmp_path):
    cases = {
        "compared": "console.log(a.v === b.v);",
        "in a switch": "switch (a.v) { case b.v: console.log(1); }",
        "a Set element": "console.log(new Set([a.v, b.v]).size);",
        "an array element given to a builtin": "console.log([a.v].indexOf(b.v));",
        "written after construction": "a.v.x = 5; console.log(b.v.x);",
        "Object.is": "console.log(Object.is(a.v, b.v));",
    }
    for why, code in cases.items():
        got = inline(tmp_path, f"const a = new H(1); const b = new H(2); b.v = a.v; {code}")
        assert got == {}, why


def test_a_field_that_may_hold_something_else_is_refused(tmp_path):
    assert inline(tmp_path, "const a = new H(1); a.v = null; console.log(a.v);") == {}
    assert inline(tmp_path, "const a = new H(1); a.v = { x: 1, y: 2 }; console.log(a.v.x);") == {}
    # a field set after construction may be missing when read
    assert inline(tmp_path, """
        class L { constructor() { this.n = 0; } }
        const l = new L(); l.v = new V(1, 2); console.log(l.v.x);
    """) == {}


def run(tmp_path: Path, source: str, command: str, *args: str) -> subprocess.CompletedProcess:
    p = tmp_path / "prog.js"
    p.write_text(source, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "shapescape", command, str(p), *args],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)


LOOP = """
class V { constructor(x, y) { this.x = x; this.y = y; }
          add(o) { return new V(this.x + o.x, this.y + o.y); }
          scale(k) { return new V(this.x * k, this.y * k); } }
class Body { constructor(x) { this.pos = new V(x, 0); this.prev = new V(x, 0); } }
const bodies = [new Body(1), new Body(2), new Body(3)];
const g = new V(0, -1);
for (let t = 0; t < STEPS; t++) {
  for (const b of bodies) {
    const v = b.pos.add(b.prev.scale(-1));
    b.prev = b.pos;
    b.pos = b.pos.add(v).add(g);
    if (b.pos.y < -50) b.pos = new V(b.pos.x, -b.pos.y);
  }
}
console.log(bodies.map((b) => b.pos.x + "," + b.pos.y).join(" "));
"""


def test_the_holder_stores_numbers_and_rewriting_the_field_allocates_nothing(tmp_path):
    counts = []
    for steps in (50, 100):
        src = LOOP.replace("STEPS", str(steps))
        r = run(tmp_path, src, "run", "--stats=json")
        assert r.returncode == 0, r.stderr
        node = subprocess.run(["node", "-e", src], capture_output=True, text=True)
        assert r.stdout == node.stdout
        prof = json.loads(r.stderr)
        counts.append(sum(t["count"] for t in prof["runtime"] if t["type"] == "$js.V"))
    # the V objects made do not grow with the steps: none is made per step
    assert counts[0] == counts[1]
    wat = tmp_path / "prog.wat"
    r = run(tmp_path, LOOP.replace("STEPS", "5"), "build", "-o", str(tmp_path / "prog.wasm"), "--wat", str(wat))
    assert r.returncode == 0, r.stderr
    body = next(line for line in wat.read_text().splitlines() if "(type $js.Body " in line)
    assert "(field $f.pos (mut f64))" in body and "(field $f.pos.y (mut f64))" in body
    assert "anyref" not in body.split("(field $oid")[1]
