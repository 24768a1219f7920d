"""Scalar passing (analysis/passing.py): a scalar-replaced object may be handed
to a call only when the one function it may call just reads it. Each case below
is a program with one object literal `{x: 1}` made in `main`; the test asks the
plan whether that site is scalar and which calls take its fields."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.pipeline import analyze_program


def plan_of(tmp_path: Path, callee: str, use: str):
    src = tmp_path / "p.js"
    src.write_text(f"{callee}\nfunction main() {{\n  const o = {{x: 1}};\n  return {use};\n}}\n"
                   "console.log(main());\n", encoding="utf-8")
    plan, _ = analyze_program([str(src)])
    site = next(s for s in plan.sites if s.kind == "object" and s.location.line == callee.count("\n") + 3)
    return site, plan


# (callee, use) pairs where the object is passed as its fields
PASSED = {
    "reader": ("function f(p) { return p.x + 1; }", "f(o)"),
    "nested readers": ("function g(q) { return q.x; }\nfunction f(p) { return g(p) * 2; }", "f(o)"),
    "recursion": ("function f(p, n) { return n === 0 ? p.x : f(p, n - 1); }", "f(o, 3)"),
    "method argument": ("class C { m(p) { return p.x; } }\nconst c = new C();", "c.m(o)"),
    "fewer arguments": ("function f(p, q) { return p.x + (q === undefined ? 1 : 0); }", "f(o)"),
}

# the object stays real: the callee does more than read it, or the target is not one function
KEPT = {
    "write through": ("function f(p) { p.x = 2; return p.x; }", "f(o)"),
    "update through": ("function f(p) { p.x++; return p.x; }", "f(o)"),
    "returned": ("function f(p) { return p; }", "f(o).x"),
    "stored": ("const all = [];\nfunction f(p) { all.push(p); return all.length; }", "f(o)"),
    "captured": ("function f(p) { return () => p.x; }", "f(o)()"),
    "reassigned": ("function f(p) { p = {x: 3}; return p.x; }", "f(o)"),
    "compared": ("function f(p) { return p === null; }", "f(o)"),
    "arguments": ("function f(p) { return arguments[0].x; }", "f(o)"),
    "two targets": ("class A { m(p) { return p.x; } }\nclass B { m(p) { return -p.x; } }\n"
                    "const cs = [new A(), new B()];", "cs[0].m(o) + cs[1].m(o)"),
    "getter of the name": ("class A { get m() { return (p) => p.x; } }\nconst a = new A();", "a.m(o)"),
    "spread call": ("function f(p) { return p.x; }\nconst more = [];", "f(o, ...more)"),
    "builtin": ("", "JSON.stringify(o)"),
    "passed on to a writer": ("function w(q) { q.x = 0; }\nfunction f(p) { w(p); return 1; }", "f(o)"),
    "closure target": ("const f = (p) => p.x;", "f(o)"),
}


@pytest.mark.parametrize("name", sorted(PASSED))
def test_read_only_callees_take_the_fields(tmp_path: Path, name: str) -> None:
    callee, use = PASSED[name]
    site, plan = plan_of(tmp_path, callee, use)
    assert site.representation == "scalar", site
    assert plan.scalar_calls, "the call that takes the fields is listed for the build"


@pytest.mark.parametrize("name", sorted(KEPT))
def test_other_callees_keep_a_real_object(tmp_path: Path, name: str) -> None:
    callee, use = KEPT[name]
    site, plan = plan_of(tmp_path, callee, use)
    assert site.representation != "scalar", site
    assert not plan.scalar_calls
