"""Typed locals: a let, const or parameter whose values the plan proves are
objects of one struct type (or undefined) lives in a `(ref null $T)` wasm local,
cast once where it is written and used with no cast (Plan.var_types,
FunctionLowering.ref_vars). What it computes is checked against node by the
differential suite (tests/programs/c31_typed_locals.js); these tests pin the
plan's facts and that the build uses them."""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

from codegen.build import build
from conftest import build_facts

ROOT = Path(__file__).resolve().parent.parent


def var_types(tmp_path, source: str):
    plan, key = build_facts(tmp_path, source)
    return lambda marker, name: plan.var_types.get(key(marker, name))


def test_plan_types_variables_of_one_struct_type(tmp_path):
    at = var_types(tmp_path, """
        class A { constructor(x) { this.x = x; } }
        class B extends A { constructor(x) { super(x); this.y = 1; } }
        class C { constructor() { this.z = 0; } }
        function f(/*P*/p, /*Q*/q) {
          const /*ONE*/one = new A(1);
          let /*SUB*/sub = new A(2);
          sub = new B(3);
          const /*OOB*/oob = [one, sub][Math.floor(Math.random() * 3)];
          let /*NUL*/nul = null;
          if (p.x > 0) nul = one;
          const /*MIX*/mix = p.x > 1 ? one : new C();
          const /*NUM*/num = p.x;
          return [one.x, sub.x, oob && oob.x, nul, mix, num, q];
        }
        console.log(f(new B(1)), f(new A(0), "s"));
    """)
    assert at("ONE", "one") == "(ref $A)"
    assert at("SUB", "sub") == "(ref $A)"           # the common supertype
    assert at("P", "p") == "(ref $A)"
    assert at("OOB", "oob") == "(ref null $A)"      # a read past the end is undefined
    assert at("NUL", "nul") is None                 # null is an object of its own in dynamic values
    assert at("MIX", "mix") is None                 # two unrelated types
    assert at("NUM", "num") is None
    assert at("Q", "q") is None                     # undefined or a string


def test_build_keeps_typed_variables_in_typed_locals_and_reads_them_without_casts():
    r = build(str(ROOT / "benchmarks" / "programs" / "nbody.js"))
    assert r.ok, r.diagnostics
    start = r.wat.index("(func $f8_NBodySystem_advance.d")
    body = r.wat[start:r.wat.index("\n(func ", start + 1)]
    for name in ("a", "b"):
        local = re.search(rf"\(local (\$v_{name}_\d+) \(ref null \$js\.Body\)\)", body)
        assert local is not None, f"`{name}` is not a typed local"
        uses = body.count(f"(local.get {local.group(1)})")
        assert uses >= 7
        # no use goes through a cast: only the test for undefined
        assert not re.search(rf"\(local\.set \$t\d+ \(local\.get {re.escape(local.group(1))}\)\)", body)


def test_differential_program_exercises_typed_locals_of_every_kind():
    r = build(str(ROOT / "tests" / "programs" / "c31_typed_locals.js"))
    assert r.ok, r.diagnostics
    typed = set(re.findall(r"\(local \$v_([a-z]\w*?)_\d+ \(ref null \$js\.\w+\)\)", r.wat))
    # a const from an element read, a reassigned let, a for-of variable over holes,
    # parameters (plain, destructured), a variable captured by a closure
    assert {"s", "item", "gone", "head", "p", "last", "q", "shape", "own", "a", "b", "winner"} <= typed


def test_all_map_build_has_no_struct_typed_locals():
    # without struct types no variable is a struct local; arrays are arrays in both builds
    for name in ("c31_typed_locals.js", "c32_array_locals.js"):
        r = build(str(ROOT / "tests" / "programs" / name), layout="dynamic")
        assert r.ok, r.diagnostics
        assert all(t.endswith(" array)") for t in r.plan.var_types.values())
        assert "(ref null $js." not in r.wat
        if name == "c32_array_locals.js":
            assert re.search(r"\(local \$v_\w+ \(ref null \$Arr\)\)", r.wat)


def test_variable_without_field_access_stays_untyped(tmp_path):
    # typing `pass` would only add a cast where it is written: no use reads a field
    p = tmp_path / "main.js"
    p.write_text(textwrap.dedent("""
        class A { constructor(x) { this.x = x; } }
        const keep = [];
        function show(o) { keep.push(o); return o.x; }
        function f(n) {
          const pass = new A(n);
          const used = new A(n + 1);
          keep.push(used);
          return show(pass) + used.x;
        }
        console.log(f(1));
    """), encoding="utf-8")
    r = build(str(p))
    assert r.ok, r.diagnostics
    assert re.search(r"\(local \$v_used_\d+ \(ref null \$js\.A\)\)", r.wat)
    assert re.search(r"\(local \$v_pass_\d+ anyref\)", r.wat)
    assert sum(t == "(ref $A)" for t in r.plan.var_types.values()) >= 3   # the plan types pass, used and o


def test_plan_types_array_variables(tmp_path):
    at = var_types(tmp_path, """
        function f(/*XS*/xs, i) {
          const /*EL*/el = [xs, [1]][i];
          let /*MIX*/mix = xs;
          if (i > 1) mix = "s";
          const /*OBJ*/obj = i > 0 ? xs : { length: 0 };
          return [xs[0], el && el[0], mix.length, obj.length];
        }
        console.log(f([1, 2], 0), f([3], 3));
    """)
    assert at("XS", "xs") == "(ref array)"
    assert at("EL", "el") == "(ref null array)"
    assert at("MIX", "mix") is None
    assert at("OBJ", "obj") is None


def test_array_locals_read_and_write_elements_in_place():
    r = build(str(ROOT / "benchmarks" / "programs" / "sieve.js"))
    assert r.ok, r.diagnostics
    for fn in ("$f3_Sieve_run.p1", "$f2_Sieve_reset.p0"):
        start = r.wat.index(f"(func {fn} ")
        body = r.wat[start:r.wat.index("\n(func ", start + 1)]
        flags = re.search(r"\(local (\$v_flags_\d+) \(ref null \$Arr\)\)", body)
        assert flags is not None, fn
        name = re.escape(flags.group(1))
        # element stores (and the read in run) go to the storage; the runtime call is
        # only the slow path of each
        assert len(re.findall(rf"\(array\.set \$Vals \(struct\.get \$Arr \$data \(local\.get {name}\)\)", body)) == 1
        assert body.count("(call $set_index_f") == 1
    r = build(str(ROOT / "tests" / "programs" / "c32_array_locals.js"))
    assert r.ok, r.diagnostics
    typed = set(re.findall(r"\(local \$v_([a-z]\w*?)_\d+ \(ref null \$Arr\)\)", r.wat))
    assert {"a", "x", "inner", "row", "rows", "words"} <= typed


def test_array_reads_of_fields_and_calls_try_the_element_storage():
    r = build(str(ROOT / "tests" / "programs" / "c33_array_elements.js"))
    assert r.ok, r.diagnostics
    assert r.plan.array_reads
    start = r.wat.index("(func $f2_Grid_get")
    body = r.wat[start:r.wat.index("\n(func ", start + 1)]
    # `this.cells[...]`: tested to be an array once, then read in place; the runtime
    # call is the slow path
    assert "(br_on_cast $arr" in body and "(array.get $Vals" in body
    assert body.count("(call $get_index_f") == 1
