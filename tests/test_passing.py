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
    # several methods of the key, each only reading it: the build tests the class
    "two targets": ("class A { m(p) { return p.x; } }\nclass B { m(p) { return -p.x; } }\n"
                    "const cs = [new A(), new B()];", "cs[cs.length - 1].m(o)"),
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
    "one of two targets writes": ("class A { m(p) { return p.x; } }\nclass B { m(p) { p.x = 2; return 0; } }\n"
                                  "const cs = [new A(), new B()];", "cs[cs.length - 1].m(o)"),
    "a receiver without the method": ("class A { m(p) { return p.x; } }\nclass B { m(p) { return -p.x; } }\n"
                                      "class N {}\nconst cs = [new A(), new B(), new N()];",
                                      "cs[cs.length - 1].m(o)"),
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


# ---------------------------------------------------------------- results by value
def value_plan(tmp_path: Path, source: str):
    src = tmp_path / "r.js"
    src.write_text(source + "\nconsole.log(main());\n", encoding="utf-8")
    plan, _ = analyze_program([str(src)])
    return plan


BY_VALUE = {
    "in place": "function mk(a) { return {a: a}; }\nfunction main() { return mk(1).a; }",
    "one const": "function mk(a) { return {a: a}; }\nfunction main() { const r = mk(1); return r.a + 1; }",
    "reassigned let": "function mk(a) { return {a: a}; }\n"
                      "function main() { let r = mk(1); for (let i = 0; i < 3; i++) r = mk(r.a + i); return r.a; }",
    "forwarded": "function mk(a) { return {a: a}; }\nfunction fwd(a) { return mk(a * 2); }\n"
                 "function main() { return fwd(2).a; }",
    "passed on to a reader": "function mk(a) { return {a: a}; }\nfunction rd(o) { return o.a; }\n"
                             "function main() { return rd(mk(3)); }",
    "method": "class P { constructor(x) { this.x = x; } plus(k) { return new P(this.x + k); } }\n"
              "function main() { return new P(1).plus(2).plus(3).x; }",
    "two targets": "class A { next() { return {v: 1, d: false}; } }\nclass B { next() { return {v: 2, d: true}; } }\n"
                   "const its = [new A(), new B()];\nfunction main() { let t = 0; for (const it of its) t += it.next().v; return t; }",
    "literal method with an environment":
        "function counter() { let n = 0; return { next() { n++; return {v: n}; } }; }\n"
        "function main() { const c = counter(); return c.next().v + c.next().v; }",
    # a variable of the calls' results and of literals written into it: the literal's
    # values go into the variable's locals
    "a call and a literal in one variable":
        "function mk(a) { return {a: a}; }\nfunction main() { let r = mk(1); r = {a: 5}; return r.a; }",
    "a variable of literals returned":
        "function best(xs) { let b = {v: xs[0], i: 0}; for (let i = 1; i < xs.length; i++) "
        "if (xs[i] > b.v) b = {v: xs[i], i: i}; return b; }\nfunction main() { return best([3, 9, 4]).i; }",
}

NOT_BY_VALUE = {
    "may return undefined": "function mk(a) { if (a) return {a: a}; }\nfunction main() { const r = mk(1); return r.a; }",
    "kept in an array": "const all = [];\nfunction mk(a) { return {a: a}; }\nfunction main() { all.push(mk(1)); return all[0].a; }",
    "compared": "function mk(a) { return {a: a}; }\nfunction main() { const r = mk(1); return r === r; }",
    "returned object kept by the function": "let last = null;\nfunction mk(a) { last = {a: a}; return last; }\n"
                                            "function main() { return mk(1).a; }",
    "constructor keeps this": "const reg = [];\nclass P { constructor(x) { this.x = x; reg.push(this); } }\n"
                              "function mk(x) { return new P(x); }\nfunction main() { return mk(1).x; }",
    "keys differ": "class A { next() { return {v: 1}; } }\nclass B { next() { return {w: 2}; } }\n"
                   "const its = [new A(), new B()];\nfunction main() { let t = 0; for (const it of its) t += it.next().v || 0; return t; }",
    "also a non-call value": "function mk(a) { return {a: a}; }\n"
                             "function main() { let r = mk(1); r = Math.random() > 2 ? {a: 5} : mk(2); return r.a; }",
    "a literal of other keys": "function mk(a) { return {a: a}; }\nfunction main() { let r = mk(1); r = {b: 5}; return r.a; }",
    "a literal kept elsewhere too": "const all = [];\nfunction mk(a) { return {a: a}; }\n"
                                    "function main() { let r = mk(1); const o = {a: 5}; all.push(o); r = o; return r.a; }",
}


@pytest.mark.parametrize("name", sorted(BY_VALUE))
def test_results_taken_as_fields(tmp_path: Path, name: str) -> None:
    plan = value_plan(tmp_path, BY_VALUE[name])
    assert plan.value_calls, plan.value_calls


@pytest.mark.parametrize("name", sorted(NOT_BY_VALUE))
def test_results_kept_as_objects(tmp_path: Path, name: str) -> None:
    plan = value_plan(tmp_path, NOT_BY_VALUE[name])
    assert not plan.value_calls and not plan.returned_calls, plan.value_calls


# ---------------------------------------------------------------- dispatch
def test_a_call_with_several_targets_passes_the_fields_to_each_class_s_copy() -> None:
    """`s.hit(probe)` over a few classes (tests/programs/c166): each class with a
    struct gets a `ref.test` and a call of its method's copy taking the probe's
    fields; the dictionary class's objects take the call by name, for which alone
    the probe is made (one `struct.new` per dispatching call, none elsewhere)."""
    import re
    from codegen.build import build
    r = build(str(Path(__file__).parent / "programs" / "c166_polymorphic_passing.js"))
    assert r.ok, r.diagnostics
    probe = next(s for s in r.plan.sites if s.kind == "new" and s.type in ("Probe", "$Probe"))
    assert probe.representation == "scalar"
    multi = [k for k, (keys, _) in r.plan.scalar_calls.items() if isinstance(keys[0], tuple)]
    assert len(multi) == 4, r.plan.scalar_calls   # hit, span and label in scan; hit in bounce
    for method in ("Shape_hit", "Circle_hit", "Shape_span", "Circle_span"):
        assert re.search(rf"\(func \$f\d+_{method}\.p\d+ \(param \$self \(ref \$Fn\)\) \(param \$this anyref\) "
                         rf"\(param \$p0\.0 ", r.wat), method
    # (the copies are small enough to be inlined at the branches; Circle inherits label)
    for cls in ("Circle", "Shape"):
        assert re.search(rf"\(if \(ref\.test \(ref \$js\.{cls}\) \(local\.get \$t\d+\)\) \(then +\(br \$rv\d+ ", r.wat), cls
    made = len(re.findall(r"struct\.new \$js\.Probe ", r.wat))
    by_name = re.findall(r"\(call \$call\.(hit|span|label) \(local\.get \$t\d+\) \(i32\.const \d\) \(struct\.new \$js\.Probe ", r.wat)
    assert made and made == len(by_name) and set(by_name) == {"hit", "span", "label"}


# ---------------------------------------------------------------- nested results
NEST_ITER = ("function each(n) {{ let i = 0; return {{ next() {{ if (i >= n) return {{ value: undefined, done: true }};"
             " const cell = {{ at: i, sq: i * i }}; {callee} i++; return {{ value: cell, done: false }}; }} }}; }}\n")


def nested_plan(tmp_path: Path, callee: str = "", use: str = "const c = r.value; t += c.sq - c.at;",
                end: str = "undefined") -> object:
    src = NEST_ITER.format(callee=callee).replace("value: undefined", f"value: {end}")
    src += ("function main() { let t = 0; const it = each(5);\n"
            f"  for (let r = it.next(); !r.done; r = it.next()) {{ {use} }}\n  return t; }}")
    return value_plan(tmp_path, src)


def test_a_fresh_object_in_a_result_by_value_is_nested(tmp_path: Path) -> None:
    """`{value: cell, done}` with `const c = r.value` read only at cell's fields: the
    result's layout carries cell's fields (analysis/nested_results.py), the read is
    taken as parts and both variables are kept as fields."""
    plan = nested_plan(tmp_path)
    assert list(plan.nested_types.values()) == [("$obj_value_done", "value", "$obj_at_sq")]
    assert set(plan.inline_reads.values()) == {"$obj_at_sq"}
    assert len(plan.nested_vars) == 1
    ext = next(iter(plan.nested_types))
    assert [v for v in plan.value_vars.values() if v[1] == ext] == [("$obj_at_sq", ext, None)]
    assert {t for _, _, t in plan.value_calls.values()} == {ext}


NOT_NESTED = {
    "the read is passed on": {"use": "t += String(r.value).length;"},
    "the object is compared": {"use": "const c = r.value; if (c !== null) t += c.at;"},
    "the object is written": {"use": "const c = r.value; c.at = 1; t += c.at;"},
    "the callee reads it too": {"callee": "const twice = cell.at * 2; i += twice - twice;"},
    "another value at the end": {"end": "0"},
}


@pytest.mark.parametrize("name", sorted(NOT_NESTED))
def test_other_uses_keep_the_object_in_the_result(tmp_path: Path, name: str) -> None:
    plan = nested_plan(tmp_path, **NOT_NESTED[name])
    assert not plan.nested_types and not plan.nested_vars


# ---------------------------------------------------------------- results that may be null
FIND = ("function find(xs, k) { for (const x of xs) { if (x > k) return { at: x, over: x - k }; } return null; }\n"
        "const xs = [1, 5, 9];\n")


@pytest.mark.parametrize("use", ["const h = find(xs, 4); return h === null ? -1 : h.at + h.over;",
                                 "const h = find(xs, 4); if (h != null && h.at > 2) return h.over; return 0;",
                                 "return find(xs, 2).at;"])
def test_a_result_by_value_or_null_is_taken_as_fields(tmp_path: Path, use: str) -> None:
    """`return null` in a function returning by value: its layout says whether the
    object is there (`$T?`), and a caller that only tests it against null and reads
    its fields keeps it in locals."""
    plan = value_plan(tmp_path, FIND + f"function main() {{ {use} }}")
    assert plan.nullable_types == {"$obj_at_over?": "$obj_at_over"}
    assert [t for _, _, t in plan.value_calls.values()] == ["$obj_at_over?"]


@pytest.mark.parametrize("use", ["const h = find(xs, 4); return h ? h.at : 0;",            # truthiness
                                 "const h = find(xs, 4); return h === undefined ? 0 : h.at;",
                                 "const h = find(xs, 4); return h === null ? 0 : size(h);",   # passed
                                 "const h = find(xs, 4); keep.push(h); return 1;",
                                 "const h = find(xs, 4); h.at = 0; return h.over;"])   # written
def test_other_uses_of_a_result_that_may_be_null_keep_the_object(tmp_path: Path, use: str) -> None:
    plan = value_plan(tmp_path, FIND + "const keep = [];\nfunction size(o) { return o.at; }\n"
                      f"function main() {{ {use} }}")
    assert not plan.value_calls


def test_a_result_that_is_never_null_is_not_tested_as_fields(tmp_path: Path) -> None:
    """A null test on a result that is never null is left to the real object (the
    tests are opaque to every other analysis)."""
    plan = value_plan(tmp_path, "function mk(a) { return {a: a}; }\n"
                      "function main() { const r = mk(1); return r === null ? 0 : r.a; }")
    assert not plan.value_calls and not plan.nullable_types


def test_a_member_that_may_return_null_leaves_its_callees_layout_alone(tmp_path: Path) -> None:
    """`return null` in one function of a family: that function (and those returning
    its calls) returns in T's layout that may be null; the others keep T's, so
    their value calls (`p.plus(q)` passed on to a read-only method) stay."""
    plan = value_plan(tmp_path, "class V { constructor(x) { this.x = x; } plus(o) { return new V(this.x + o.x); }\n"
                      "  half() { return new V(this.x / 2); } }\n"
                      "function meet(a, b) { if (a.x > 10) return null; return a.plus(b).half(); }\n"
                      "function main() { const p = new V(1).plus(new V(2)); const m = meet(p, p);\n"
                      "  return m === null ? 0 : m.x + p.x + p.plus(p).x; }")
    assert plan.nullable_types == {"$V?": "$V"}
    kinds = sorted(t for _, _, t in plan.value_calls.values())
    assert "$V?" in kinds and "$V" in kinds, plan.value_calls
    assert {t for _, _, t in plan.returned_calls.values()} == {"$V"}   # meet's `return ....half()`


def test_a_returned_variable_takes_its_function_s_layout(tmp_path: Path) -> None:
    """`const res = {value: w, done: false}; return res` beside `return {value:
    undefined, done: true}`: the variable's literal has a narrower type than the
    family's; the variable is kept in the family's layout (this built to an
    internal error). A function that may also return null cannot keep it, and
    returns real objects (tests/programs/c169)."""
    plan = value_plan(tmp_path, "function it(n) { if (n > 3) return { value: undefined, done: true };\n"
                      "  const w = { from: n }; const res = { value: w, done: false }; return res; }\n"
                      "function f(c) { if (c > 2) return null; const o = { a: c }; return o; }\n"
                      "function main() { const r = it(1); const q = f(1);\n"
                      "  return r.done ? 0 : r.value.from + (q === null ? 0 : q.a); }")
    assert sorted(t for _, _, t in plan.value_calls.values()) == ["$obj_value_done"]
    returned = [v for v in plan.value_vars.values() if v[1] is True]
    assert returned == [("$obj_value_done", True, None)]
