"""Fields no code reads (Field.read, analysis/shapes.py _field_read) and the
arguments and writes the build leaves out for them (codegen/dead_args.py,
FunctionLowering.unread_write). The differential program
tests/programs/c170_unread_fields.js runs such code against node; these tests
pin which fields the plan calls unread, and what the build leaves out."""
from __future__ import annotations

import pytest

from codegen.build import build
from conftest import build_facts, wat_function


def unread(tmp_path, source: str) -> set:
    plan, _ = build_facts(tmp_path, source)
    return {(t.name, f.name) for t in plan.types for f in t.fields if not f.read}


CLASS = """
    class Node {
      constructor(name, w) { this.name = name; this.w = w; }
    }
"""


def test_a_field_nothing_reads_is_unread(tmp_path):
    src = CLASS + "const ns = [new Node('a', 1), new Node('b', 2)]; console.log(ns[0].w + ns[1].w);\n"
    assert unread(tmp_path, src) == {("$Node", "name")}


@pytest.mark.parametrize("use", [
    "console.log(n.name);",                                   # read by name
    "const other = { name: 1 }; console.log(other.name);",     # the same key on another object
    "console.log(n);",                                         # printed: every field shows
    "console.log(JSON.stringify(n));",                         # serialised
    "console.log(Object.keys(n).length);",                     # listed
    "for (const k in n) console.log(k);",                      # enumerated
    "console.log({ ...n }.w);",                                # spread
    "const { name } = n; console.log(name);",                  # destructured
    "n.name += '!'; console.log(n.w);",                        # a compound assignment reads
    "const k = 'na' + 'me'; console.log(n[k]);",               # a dynamic key: a dictionary
    "console.log('name' in n);",                               # `in` counts as a read
    "console.log([n].map((x) => x.name)[0]);",                 # through an array
])
def test_a_field_some_code_may_see_is_read(tmp_path, use):
    src = CLASS + "const n = new Node('a', 1);\n" + use + "\n"
    assert ("$Node", "name") not in unread(tmp_path, src)


def test_a_number_key_reads_its_field(tmp_path):
    # `o[0]` reads the key "0", as `o["0"]` does
    src = """
        class P { constructor(f) { this[0] = f; this.n = 1; } }
        const p = new P(5); p[0]++; console.log(p.n);
    """
    assert unread(tmp_path, src) == set()


@pytest.mark.parametrize("key", ["K", "J", "`act`"])
def test_a_constant_key_reads_its_field(tmp_path, key):
    # a method call by a key the analysis takes as constant (Builder.constant_key):
    # the points-to graph ties no load of `act` to p, only the name counts
    src = f"""
        class P {{ constructor(f) {{ this.act = f; this.n = 1; }} }}
        const K = "act", J = K;
        const p = new P(() => 1); console.log(p[{key}](), p.n);
    """
    assert unread(tmp_path, src) == set()


def test_fields_the_language_reads_stay_read(tmp_path):
    # an own `toString` is called by a conversion; `value`/`done` by for-of
    src = """
        class Shown { constructor(f) { this.toString = f; this.k = 1; } }
        class Res { constructor(v, d) { this.value = v; this.done = d; } }
        console.log(`${new Shown(() => "s")}`, new Shown(() => 1).k);
        const it = { i: 0, next() { return new Res(this.i, this.i++ > 2); }, [Symbol.iterator]() { return this; } };
        for (const x of it) console.log(x);
    """
    assert unread(tmp_path, src) == set()


def test_an_error_subclass_keeps_its_fields(tmp_path):
    src = """
        class Oops extends Error { constructor(m, code) { super(m); this.code = code; } }
        try { throw new Oops("bad", 3); } catch (e) { console.log(String(e)); }
    """
    assert unread(tmp_path, src) == set()


def test_a_pushed_object_is_not_listed_but_a_printed_array_lists_it(tmp_path):
    kept = CLASS + "const a = []; a.push(new Node('x', 1)); console.log(a);\n"
    dropped = CLASS + "const a = []; a.push(new Node('x', 1)); console.log(a[0].w);\n"
    assert unread(tmp_path, kept) == set()
    assert unread(tmp_path, dropped) == {("$Node", "name")}


def built(tmp_path, source: str) -> str:
    p = tmp_path / "main.js"
    p.write_text(source, encoding="utf-8")
    r = build(str(p))
    assert r.wasm is not None, r.diagnostics
    return r.wat


def test_the_build_leaves_out_the_write_and_pure_arguments(tmp_path):
    src = CLASS.replace("    ", "") + """
function make(i) { return new Node("n" + i, i); }
function made(i) { return new Node(String(i), i); }
let t = 0;
for (let i = 0; i < 3; i++) t += make(i).w + made(i).w;
console.log(t);
"""
    wat = built(tmp_path, src)
    ctor = wat_function(wat, "$f1_Node_ctor.d")
    assert "@unread" in ctor and ctor.count("struct.set") == 1    # only `w` is written
    make = wat_function(wat, "$f2_make")
    assert "$concat" not in make and "$num_to_str" not in make    # "n" + i is not evaluated
    made = wat_function(wat, "$f3_made")
    assert "$num_to_str" in made    # String(i) is a call: evaluated, though its result is dropped


def test_a_read_field_is_written_and_its_argument_evaluated(tmp_path):
    src = CLASS.replace("    ", "") + """
function make(i) { return new Node("n" + i, i); }
console.log(make(1).name, make(2).w);
"""
    wat = built(tmp_path, src)
    assert "@unread" not in wat_function(wat, "$f1_Node_ctor.d")
    assert "$concat" in wat_function(wat, "$f2_make")


def test_hover_says_which_fields_are_never_read(tmp_path):
    from server.hover import fields_table
    plan, _ = build_facts(tmp_path, CLASS + "console.log(new Node('a', 1).w);\n")
    rows = {r.split("|")[2].strip(): r for r in fields_table(plan.types[0])[2:]}
    assert "never read" in rows["`name`"] and "never read" not in rows["`w`"]
