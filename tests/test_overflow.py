"""The struct-with-overflow rule (analysis/overflow.py, docs/plan.md "Struct with
overflow"): which sites keep their fields in a struct with an overflow
dictionary, which stay maps and why, and what their types hold."""
from __future__ import annotations

import json
import subprocess
import sys

from analysis.overflow import SLOT


def test_record_with_dynamic_attributes_keeps_its_fields(js):
    prog = js("""
        class Item {
          constructor(id, price) { this.id = id; this.price = price; }
          cost(n) { return this.price * n; }
        }
        const it = /*S*/new Item(1, 2.5);
        const keys = ["color", "size"];
        for (const k of keys) /*W*/it[k] = 1;
        console.log(it.cost(2), it.id);
    """)
    s = prog.assert_overflow("S", "dynamic-key-write", "W")
    t = prog.type(s.type)
    assert [f.name for f in t.fields] == ["id", "price"]
    # dynamic values are numbers: the number fields stay unboxed
    assert {f.name: f.type for f in t.fields} == {"id": "f64", "price": "f64"}
    assert all(f.initialized for f in t.fields)


def test_a_dynamic_write_of_a_string_widens_the_number_fields(js):
    prog = js("""
        const p = /*S*/{ x: 1, y: 2 };
        const k = String(Math.random() > 2);
        p[k] = "text";
        console.log(p.x + p.y);
    """)
    s = prog.site("S")
    assert s.representation == "struct" and s.overflow
    # the key may be "x": the field must hold what a dynamic write stores
    assert prog.field_types("S") == {"x": "anyref", "y": "anyref"}


def test_keys_added_after_construction_move_to_the_overflow(js):
    prog = js("""
        const p = /*S*/{ x: 1 };
        const k = ["a", "b"][1];
        p[k] = 2;
        p.late = 3;
        console.log(p.x, p.late);
    """)
    s = prog.site("S")
    assert s.overflow and [f.name for f in s.fields] == ["x"]
    assert "late" not in [f.name for f in prog.type(s.type).fields]


def test_delete_of_an_overflow_key_keeps_the_struct_but_delete_of_a_field_does_not(js):
    prog = js("""
        const a = /*A*/{ x: 1 };
        a.extra = 2;
        const ka = ["q"][0];
        a[ka] = 1;
        /*DA*/delete a.extra;
        const b = /*B*/{ x: 1, y: 2 };
        const kb = ["q"][0];
        b[kb] = 1;
        /*DB*/delete b.y;
        const c = /*C*/{ x: 1 };
        /*DC*/delete c[kb];
        console.log(a.x, b.x, c.x);
    """)
    prog.assert_overflow("A", "delete-property", "DA")
    prog.assert_deopt("B", "delete-property", "DB")
    prog.assert_deopt("C", "delete-property", "DC")


def test_objects_only_reached_by_name_stay_maps(js):
    prog = js("""
        const counts = /*C*/{};
        for (const w of ["a", "b", "a"]) /*W*/counts[w] = (counts[w] || 0) + 1;
        const table = /*T*/{ apple: 1, pear: 2 };
        function price(n) { return table[n]; }
        console.log(counts, price("pear"));
    """)
    prog.assert_deopt("C", "dynamic-key-write", "W")
    assert prog.site("T").representation == "map"


def test_causes_other_than_dynamic_keys_keep_a_map(js):
    prog = js("""
        const p = /*P*/{ x: 1 };
        const k = ["q"][0];
        p[k] = 1;
        Object.setPrototypeOf(p, null);
        const q = /*Q*/{ x: 1 };
        q[k] = 2;
        q.__proto__ = {};
        console.log(p.x, q.x);
    """)
    for m in ("P", "Q"):
        s = prog.site(m)
        assert s.representation == "map" and not s.overflow
        assert not prog.diags_at(m, "shape-overflow")


def test_a_literal_with_a_computed_key_or_spread_stays_a_map(js):
    prog = js("""
        const k = ["q"][0];
        const a = /*A*/{ x: 1, [k]: 2, y: 3 };
        const b = /*B*/{ ...{ z: 1 }, x: 1 };
        b[k] = 1;
        console.log(a.x, b.x);
    """)
    assert prog.site("A").representation == "map"
    assert prog.site("B").representation == "map"


def test_construction_that_can_add_keys_before_the_fields_keeps_a_map(js):
    prog = js("""
        const K = ["q"][0];
        class Base {
          constructor() { this.a = 1; this.init(); }
          init() { this[K] = 0; }
        }
        class Child extends Base {
          constructor() { super(); this.b = 2; }
        }
        const c = /*C*/new Child();
        console.log(c.a, c.b);

        class Lazy {
          id = this.next();
          next() { this[K] = 1; return 1; }
        }
        const l = /*L*/new Lazy();
        console.log(l.id);

        class Fine {
          constructor(v) { this.v = v; this.setup(); }
          setup() { this[K] = 5; }
        }
        const f = /*F*/new Fine(3);
        console.log(f.v);
    """)
    # Base's constructor uses `this` before Child sets b: `q` would come before b
    assert prog.site("C").representation == "map"
    # a field initialiser calls a method that adds a key before `id` exists
    assert prog.site("L").representation == "map"
    # the site's own constructor may use `this` once its fields are set
    assert prog.site("F").representation == "struct" and prog.site("F").overflow


def test_a_dynamic_write_of_a_function_into_a_class_instance_keeps_a_map(js):
    prog = js("""
        class Counter { constructor() { this.n = 0; } bump() { return ++this.n; } }
        const c = /*C*/new Counter();
        const k = ["bump"][0];
        c[k] = function () { return -1; };
        console.log(c.bump(), c.n);
    """)
    assert prog.site("C").representation == "map"


def test_a_hierarchy_shares_the_slot_and_moves_late_keys_of_every_site(js):
    prog = js("""
        class Shape { constructor(name) { this.name = name; } }
        class Circle extends Shape { constructor(r) { super("c"); this.r = r; } }
        const k = ["q"][0];
        const s = /*S*/new Shape("s");
        s[k] = 1;
        const c = /*C*/new Circle(2);
        c.tag = "late";
        console.log(s.name, c.r, c.tag);
    """)
    s, c = prog.site("S"), prog.site("C")
    assert s.overflow and s.deopt
    # Circle has no cause of its own, but its late key goes to the shared overflow
    assert c.representation == "struct" and c.overflow and c.deopt == ()
    shape, circle = prog.type("$Shape"), prog.type("$Circle")
    assert shape.overflow and circle.overflow
    assert [f.name for f in circle.fields] == ["name", "r"]
    hint = prog.diags_at("C", "struct-site")
    assert hint == [] or "overflow" in hint[0].message


def test_a_hierarchy_whose_other_site_constructs_open_keeps_a_map(js):
    prog = js("""
        class Base { constructor() { this.a = 1; this.touch(); } touch() { this.t = 1; } }
        class Sub extends Base { constructor() { super(); this.b = 2; } }
        const k = ["q"][0];
        const x = /*X*/new Base();
        x[k] = 1;
        const y = /*Y*/new Sub();
        console.log(x.a, y.b, y.t);
    """)
    # y gets `t` before `b` exists: the hierarchy cannot move late keys to an overflow
    assert prog.site("X").representation == "map"
    y = prog.site("Y")
    assert y.representation in ("struct", "scalar") and not y.overflow
    assert "t" in [f.name for f in prog.type("$Sub").fields]


def test_a_scalar_site_of_an_overflow_type_stays_scalar(js):
    prog = js("""
        class P { constructor(x) { this.x = x; } }
        const k = ["q"][0];
        const keep = [];
        const a = /*A*/new P(1);
        a[k] = 2;
        keep.push(a);
        function f() { const b = /*B*/new P(3); return b.x * 2; }
        console.log(f(), keep.length, a.x);
    """)
    assert prog.site("A").overflow
    b = prog.site("B")
    assert b.representation == "scalar" and not b.overflow


def test_the_json_plan_marks_sites_and_types(js, tmp_path):
    src = tmp_path / "p.js"
    src.write_text("const o = { x: 1 };\nconst k = ['a'][0];\no[k] = 2;\nconsole.log(o.x);\n")
    out = subprocess.run([sys.executable, "-m", "shapescape", "layout", "--format", "json", str(src)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    plan = json.loads(out.stdout)
    site = next(s for s in plan["sites"] if s["kind"] == "object")
    assert site["representation"] == "struct" and site["overflow"] is True
    assert [d["code"] for d in site["deopt"]] == ["dynamic-key-write"]
    t = next(t for t in plan["types"] if t["name"] == site["type"])
    assert t["overflow"] is True and [f["name"] for f in t["fields"]] == ["x"]
    # a plain struct type carries no flag
    src.write_text("const o = { x: 1 };\nconsole.log(o.x);\n")
    plan = json.loads(subprocess.run([sys.executable, "-m", "shapescape", "layout", "--format", "json", str(src)],
                                     capture_output=True, text=True).stdout)
    assert "overflow" not in plan["types"][0] and "overflow" not in plan["sites"][0]


def test_a_key_that_clashes_with_the_build_slot_keeps_a_map(js):
    name = SLOT.replace("\x00", "\\u0000")
    prog = js(f"""
        const o = /*O*/{{ x: 1 }};
        const k = ["a"][0];
        o[k] = 1;
        o["{name}"] = 2;
        console.log(o.x);
    """)
    assert prog.site("O").representation == "map"
