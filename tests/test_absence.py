"""Reads that may find no property (analysis/absence.py): undefined is in the
value-flow graph, so every value the read flows into is typed with it; a
property set in every construction keeps its number type."""
from __future__ import annotations

from conftest import build_facts


def analyse(tmp_path, source: str):
    plan, key = build_facts(tmp_path, source)

    def fn(marker: str):
        """(parameter types, return type) of the function right after the marker."""
        return plan.function_types[key(marker)]

    def read(marker: str, snippet: str):
        return plan.read_types.get(key(marker, snippet))

    def field(type_name: str, name: str):
        t = next(t for t in plan.types if t.name == type_name)
        return next(f for f in t.fields if f.name == name)
    return fn, read, field, plan


def test_missing_property_flows_through_return_param_variable_and_field(tmp_path):
    fn, read, field, _ = analyse(tmp_path, """
        class P { constructor(f) { this.a = 1; if (f) this.c = 3; } }
        /*GET*/function get(p) { const r = p.c; return r; }
        /*TAKE*/function take(x, y) { return y; }
        const holder = { val: 0 };
        holder.val = new P(false).c;
        console.log(get(new P(true)), take(1, new P(false).c), /*V*/holder.val);
    """)
    assert fn("GET")[1] != "f64"                  # the return
    # the parameter: not a plain f64, but one that spells undefined apart from NaN
    assert fn("TAKE")[0] == ("f64", "f64|undefined")
    assert field("$obj_val", "val").type != "f64"  # the struct field
    assert read("V", "holder.val") != "f64"
    assert field("$P", "a").type == "f64"          # set in every construction


def test_always_set_fields_stay_numbers_through_every_path(tmp_path):
    fn, read, field, _ = analyse(tmp_path, """
        class V { constructor(x, y) { this.x = x; this.y = y; } }
        /*LEN*/function len(v) { const s = v.x * v.x; return s + v.y; }
        /*GX*/function gx(v) { return v.x; }
        const vs = [new V(1, 2), new V(3, 4)];
        let t = 0;
        for (const v of vs) t += len(v) + gx(v);
        console.log(t);
    """)
    assert field("$V", "x").type == "f64" and field("$V", "y").type == "f64"
    assert fn("GX") == (("(ref $V)",), "f64")
    assert fn("LEN") == (("(ref $V)",), "f64")


def test_property_set_after_a_method_call_in_the_constructor(tmp_path):
    # `late` is set by every construction, but `look` runs before it is set:
    # reads in `look` may find nothing, reads after construction may not
    fn, read, field, _ = analyse(tmp_path, """
        class Lazy {
          constructor() { this.seen = this.look(); this.late = 4; }
          look/*LOOK*/() { return this.late; }
        }
        /*AFTER*/function after(l) { return l.late; }
        const l = new Lazy();
        console.log(l.seen, after(l));
    """)
    assert fn("LOOK")[1] != "f64"
    assert fn("AFTER")[1] == "f64"


def test_static_fields_read_in_order_and_before_assignment(tmp_path):
    fn, read, field, _ = analyse(tmp_path, """
        class S {
          static first = /*FIRST*/S.second;
          static second = 2;
          static third = /*THIRD*/S.second + 1;
          static peek/*PEEK*/() { return S.last; }
          static early = S.peek();
          static last = 9;
        }
        /*LAST*/function last() { return S.last; }
        /*SECOND*/function second() { return S.second; }
        class K { static read() { return K.V; } }
        const early = K.read();
        K.V = 5;
        /*KV*/function kv() { return K.V; }
        console.log(S.first, S.third, S.early, last(), second(), early, kv());
    """)
    assert read("FIRST", "S.second") != "f64"     # runs before `second` is set
    assert read("THIRD", "S.second") == "f64"     # runs after
    assert fn("PEEK")[1] != "f64"                 # `peek` runs during the static initializers
    assert fn("LAST")[1] == "f64"                 # runs after them
    assert fn("SECOND")[1] == "f64"               # runs after them
    assert fn("KV")[1] != "f64"                   # assigned after the class: may be read before


def test_delete_and_spread_keys_may_be_missing(tmp_path):
    fn, read, field, _ = analyse(tmp_path, """
        const d = { a: 1, b: 2 };
        /*B*/function b(o) { return o.b; }
        console.log(b(d));
        delete d.b;
        function make(f) { const o = { a: 1 }; if (f) o.b = 2; return o; }
        const copy = { ...make(false) };
        /*CB*/function cb(o) { return o.b; }
        console.log(b(d), cb(copy), copy.a);
    """)
    assert fn("B")[1] != "f64"
    assert fn("CB")[1] != "f64"


def test_array_elements_and_missing_arguments_already_carry_undefined(tmp_path):
    fn, read, field, _ = analyse(tmp_path, """
        /*AT*/function at(xs, i) { return xs[i]; }
        /*ADD*/function add(a, b) { return b; }
        console.log(at([1, 2], 5), add(1), add(1, 2));
    """)
    assert fn("AT")[1] != "f64"
    assert fn("ADD")[0][1] != "f64"


def test_a_field_read_before_it_may_be_set_is_tested_inline(tmp_path):
    # `this.items` is read by a method the constructor calls before setting it: every
    # read tests for the absent marker, in place rather than by calling the runtime
    from codegen.build import build
    src = tmp_path / "absent.js"
    src.write_text(
        "class Bag {\n"
        "  constructor() { this.first = this.peek(); this.items = [1, 2]; }\n"
        "  peek() { return this.items === undefined ? -1 : this.items.length; }\n"
        "}\n"
        "const b = new Bag();\n"
        "console.log(b.first, b.peek());\n", encoding="utf-8")
    r = build(str(src))
    assert r.ok, r.diagnostics
    start = r.wat.index("(func $f2_Bag_peek")
    body = r.wat[start:r.wat.index("\n(func ", start)]
    assert "(global.get $absent)" in body or "$k.absent" in body
    assert "call $unabsent" not in body
