"""The plan's shape verdicts on small programs, each checked against what a
careful reader of the program expects: the representation of every site, its
struct type and fields, the deopt causes at the operation that causes them,
and the diagnostics that link the two.

Markers (`/*A*/`, `/*OP*/`...) name the node written right after them; see
conftest.py. Where the analysis disagrees with the expected verdict the test
keeps the expected verdict and is marked `xfail(strict=True)` with the bug.
"""
from __future__ import annotations

import pytest

# ---------------------------------------------------------------- helpers


def field_list(t):
    return [(f.name, f.type) for f in t.fields]


def deopt_codes(site):
    return [r.code for r in site.deopt]


# ======================================================== representations


def test_class_instances_are_structs_of_the_class_type(js):
    prog = js("""
        class Point {
          constructor(x, y) { this.x = x; this.y = y; }
        }
        const p = /*P*/new Point(1, 2);
        const q = /*Q*/new Point(3, 4);
        console.log(p.x + q.y);
    """)
    p = prog.assert_struct("P")
    q = prog.assert_struct("Q")
    assert p.kind == "new" and p.class_name == "Point"
    assert p.type == q.type == "$Point"
    assert [(f.name, f.type, f.index, f.initialized) for f in p.fields] == \
        [("x", "f64", 0, True), ("y", "f64", 1, True)]
    t = prog.type("$Point")
    assert t.class_name == "Point" and t.supertype is None and t.final is True
    assert t.sites == 2
    # the struct-site hint is at each site
    assert len(prog.diags_at("P", "struct-site")) == 1
    assert prog.diags_at("P", "struct-site")[0].severity == "hint"


def test_a_constructor_function_used_only_with_new_is_a_class(js):
    """`function Edge` called only as `new Edge(...)` is analysed and built as the
    class it behaves as (analysis/constructor_functions.py); one that is also
    called plainly stays a function whose objects the plan cannot type."""
    prog = js("""
        function Edge(from, to) { this.from = from; this.to = to; }
        function Both(v) { this.v = v; }
        const e = /*E*/new Edge(1, 2);
        const b = /*B*/new Both(3);
        const o = {};
        Both.call(o, 4);
        console.log(e.from + e.to, e instanceof Edge, b.v, o.v);
    """)
    e = prog.assert_struct("E")
    assert e.class_name == "Edge" and e.type == "$Edge"
    assert [(f.name, f.type) for f in e.fields] == [("from", "f64"), ("to", "f64")]
    t = prog.type("$Edge")
    assert t.class_name == "Edge" and t.final is True


@pytest.mark.parametrize("source, converted", [
    ("function F(a) { this.a = a; }\nconst x = new F(1);\nx instanceof F;\n", {"F"}),
    ("const make = () => new F(1);\nfunction F(a) { this.a = a; }\n", {"F"}),   # hoisted: read later
    ("const x = new F(1);\nfunction F(a) { this.a = a; }\n", set()),            # read before, at the top
    ("function F() {}\nF();\nnew F();\n", set()),
    ("function F() {}\nF.prototype.m = 1;\nnew F();\n", set()),
    ("function F() {}\nmodule.exports = { F };\nnew F();\n", {"F"}),   # exported, as `exports.F = F` is
    ("function F() {}\nfunction g(F) { return new F(); }\nnew F();\n", set()),
    ("function F() {}\nfunction F() {}\nnew F();\n", set()),
    ("function* F() {}\nnew F();\n", set()),
    ("{ function F() {} new F(); }\n", set()),                                  # only top-level statements
    ("function F() {}\nconst o = { F: 1 };\no.F;\nnew F();\n", {"F"}),         # property names are not uses
    ("function F() { return 1; }\nconsole.log(1 instanceof F);\n", set()),      # never constructed
])
def test_which_constructor_functions_become_classes(source, converted):
    import esprima
    from analysis.constructor_functions import classes_for_constructor_functions
    tree = esprima.parseScript(source, {"range": True})
    before = list(tree.body)
    out = classes_for_constructor_functions(tree, False)
    assert tree.body == before   # the parsed tree (shared with the incremental cache) is left alone
    assert {st.id.name for st in out.body if st.type == "ClassDeclaration"} == converted
    for st in out.body:
        if st.type == "ClassDeclaration":
            assert out.body[0] is st   # hoisted, as the function was
            ctor = st.body.body[0].value
            assert ctor.sloppy_code is True and st.range == before[[b.type for b in before].index(
                "FunctionDeclaration")].range


@pytest.mark.parametrize("source, converted", [
    # methods stored on the prototype, a subclass made with Object.create, exports
    ("function B(a) { this.a = a; }\nB.prototype.m = function () { return this.a; };\n"
     "function F(a) { B.call(this, a); }\nF.prototype = Object.create(B.prototype);\n"
     "F.prototype.n = function () { return 1; };\nexports.F = F;\n", {"B": None, "F": "B"}),
    ("var base = require('./base');\nfunction F() { base.P.call(this); }\n"
     "F.prototype = Object.create(base.P.prototype);\nnew F();\n", {"F": "base.P"}),
    ("function F() {}\nF.prototype.m = function () {};\nF.K = new F();\n", {"F": None}),   # statics, after
    # exported in an object literal, shorthand or not
    ("function B() {}\nB.prototype.m = function () {};\nfunction F() { B.call(this); }\n"
     "F.prototype = Object.create(B.prototype);\nmodule.exports = { B, F: F };\n", {"B": None, "F": "B"}),
    ("function E() {}\nE.prototype.m = function () {};\nfunction F() { E.call(this); }\nnew F();\n",
     {"E": None, "F": None}),                                                   # E's call does nothing
    # left alone
    ("function F() {}\nF.prototype.m = 1;\nnew F();\n", {}),                     # not a function
    ("function F() {}\nF.prototype.m = function m() {};\n", {}),                  # named
    ("function F() {}\nF.prototype.m = function () {};\nF.prototype.m = function () {};\n", {}),
    ("function F() {}\nF.prototype.constructor = function () {};\n", {}),
    ("function F() {}\nnew F().m();\nF.prototype.m = function () {};\n", {}),    # used before its method
    ("function F() {}\nfunction go() { return new F().m(); }\ngo();\nF.prototype.m = function () {};\n", {}),
    ("function F() {}\nF.prototype.m = function () {};\nF.prototype = Object.create(Object.prototype);\n", {}),
    ("function B(a) { this.a = a; }\nfunction F() { this.x = 1; B.call(this, 2); }\n"
     "F.prototype = Object.create(B.prototype);\nnew B(1);\n", {}),              # base called after `this`
    ("function B() { this.a = 1; }\nfunction F() { B.call(this); }\nnew F();\nnew B();\n", {"F": None}),
    ("function B() { return {}; }\nB.prototype.m = function () {};\nnew B();\n", {}),   # returns a value
    ("function F() {}\nF.prototype.m = function () {};\nF.call(null);\nconsole.log(F.prototype);\n", {}),
])
def test_which_prototype_classes_become_classes(source, converted):
    """An old-style class (methods on the prototype, Object.create subclasses) is
    a class when nothing can tell; `converted` maps each class to its base's text."""
    import esprima
    from analysis.constructor_functions import classes_for_constructor_functions
    tree = esprima.parseScript(source, {"range": True})
    before = list(tree.body)
    out = classes_for_constructor_functions(tree, False)
    assert tree.body == before
    classes = {st.id.name: st for st in out.body if st.type == "ClassDeclaration"}
    assert set(classes) == set(converted)
    for name, st in classes.items():
        base = converted[name]
        assert (source[st.superClass.range[0]:st.superClass.range[1]] if st.superClass else None) == base
        assert getattr(st, "inspect_as_parent", False) == (base is not None)
        assert not any(s.type == "ExpressionStatement" and s.expression.type == "AssignmentExpression"
                       and s.expression.left.type == "MemberExpression"
                       and getattr(s.expression.left.object, "name", None) == name
                       and s.expression.left.property.name == "prototype" for s in out.body)
        if base is not None:   # the base's call became super(...)
            first = st.body.body[0].value.body.body[0]
            assert first.expression.callee.type == "Super"
        methods = [m for m in st.body.body if m.kind == "method"]
        assert all(m.value.anonymous_method for m in methods)


def _classes_in_iife(out) -> dict:
    """name -> class declaration in the body of each top-level immediately
    called function of a rewritten Program."""
    found = {}
    for st in out.body:
        call = st.expression if st.type == "ExpressionStatement" else \
            (st.declarations[0].init if st.type == "VariableDeclaration" else None)
        if call is not None and call.type == "CallExpression" and call.callee.type == "FunctionExpression":
            found.update({s.id.name: s for s in call.callee.body.body if s.type == "ClassDeclaration"})
    return found


@pytest.mark.parametrize("source, converted", [
    # the module pattern: the function's body is a scope's top level; `return F` exports F
    ("var T = (function () {\n  function N(k) { this.k = k; }\n  N.prototype.m = function () { return 1; };\n"
     "  function T() { this.root = null; }\n  T.prototype.add = function (k) { this.root = new N(k); };\n"
     "  return T;\n})();\nnew T().add(1);\n", {"N", "T"}),
    ("(function () {\n  function F() {}\n  F.prototype.m = function () {};\n  new F().m();\n})();\n", {"F"}),
    ("var api = (function () {\n  function A() {}\n  A.prototype.m = function () {};\n"
     "  function B() { A.call(this); }\n  B.prototype = Object.create(A.prototype);\n"
     "  return { A: A, B };\n})();\n", {"A", "B"}),
    # left alone: used as a value, used before its method, a parameter of that name
    ("var f = (function () {\n  function F() {}\n  F.prototype.m = function () {};\n  return [F];\n})();\n", set()),
    ("(function () {\n  function F() {}\n  new F().m();\n  F.prototype.m = function () {};\n})();\n", set()),
    ("(function (F) {\n  function F() {}\n  F.prototype.m = function () {};\n  new F();\n})(1);\n", set()),
])
def test_constructor_functions_of_an_immediately_called_function(source, converted):
    import esprima
    from analysis.constructor_functions import classes_for_constructor_functions
    tree = esprima.parseScript(source, {"range": True})
    text = repr([(type(s), s.__dict__) for s in tree.body])
    out = classes_for_constructor_functions(tree, False)
    assert repr([(type(s), s.__dict__) for s in tree.body]) == text   # the shared tree is left alone
    classes = _classes_in_iife(out)
    assert set(classes) == converted
    for st in classes.values():
        assert not any(m.kind == "method" and not m.value.anonymous_method for m in st.body.body)


@pytest.mark.parametrize("source, converted", [
    # `F.with = function` stores a function and runs nothing: the methods after it are in time
    ("function V() {}\nV.with = function (e) { var v = new V(); v.add(e); return v; };\n"
     "V.prototype.add = function (e) {};\nV.with(1);\n", {"V"}),
    # ... but a call of it before the method is too early
    ("function V() {}\nV.with = function (e) { var v = new V(); v.add(e); return v; };\nV.with(1);\n"
     "V.prototype.add = function (e) {};\n", set()),
    # storing a property of that name reads no method
    ("var o = {};\no.add = 1;\nfunction V() {}\nV.prototype.add = function (e) {};\nnew V().add(1);\n", {"V"}),
    ("var o = { add() {} };\no.add(1);\nfunction V() {}\nV.prototype.add = function (e) {};\nnew V();\n", set()),
    # an immediately called function's declared functions and stored methods run only when reached
    ("var t = (function () {\n  function hash(p) { return p.key(); }\n  return function (p) { return hash(p); };\n"
     "})();\nfunction K() {}\nK.prototype.key = function () { return 1; };\nt(new K());\n", {"K"}),
    ("var t = (function () {\n  function hash(p) { return p.key(); }\n  return hash({ key() {} });\n"
     "})();\nfunction K() {}\nK.prototype.key = function () { return 1; };\nnew K();\n", set()),
])
def test_what_a_top_level_statement_may_run_early(source, converted):
    import esprima
    from analysis.constructor_functions import classes_for_constructor_functions
    out = classes_for_constructor_functions(esprima.parseScript(source, {"range": True}), False)
    assert {st.id.name for st in out.body if st.type == "ClassDeclaration"} == converted


_BASE = "function B() {}\nB.prototype.m = function (x) { return x; };\nfunction F() { B.call(this); }\n" \
        "F.prototype = Object.create(B.prototype);\n"


@pytest.mark.parametrize("source, converted, supers", [
    # the base's method called on `this` in the subclass's methods (arrows too): super.m(...)
    (_BASE + "F.prototype.n = function () { return B.prototype.m.call(this, 1) + [2].map(() => "
     "B.prototype.m.call(this, 3))[0]; };\nnew F();\n", {"B", "F"}, 2),
    # on another object, or from a nested function (another `this`): B stays a function
    (_BASE + "F.prototype.n = function (o) { return B.prototype.m.call(o, 1); };\nnew F();\n", set(), 0),
    (_BASE + "F.prototype.n = function () { return (function () { return B.prototype.m.call(this, 1); })(); };\n"
     "new F();\n", set(), 0),
])
def test_base_method_calls_on_this_become_super_calls(source, converted, supers):
    import esprima
    from analysis.constructor_functions import classes_for_constructor_functions
    from analysis.parse import children
    tree = esprima.parseScript(source, {"range": True})
    text = repr([(type(s), s.__dict__) for s in tree.body])
    out = classes_for_constructor_functions(tree, False)
    assert repr([(type(s), s.__dict__) for s in tree.body]) == text   # the shared tree is left alone
    classes = {st.id.name: st for st in out.body if st.type == "ClassDeclaration"}
    assert set(classes) == converted
    found, stack = 0, [classes["F"]] if "F" in classes else []
    while stack:
        n = stack.pop()
        found += n.type == "CallExpression" and n.callee.type == "MemberExpression" and n.callee.object.type == "Super"
        stack.extend(children(n))
    assert found == supers


def test_object_literals_get_one_type_per_layout(js):
    prog = js("""
        const a = /*A*/{ x: 1, y: 2 };
        const b = /*B*/{ x: 3, y: 4 };
        const c = /*C*/{ y: 5, x: 6 };
        const d = /*D*/{ x: 7, y: "seven" };
        const e = /*E*/{ x: 8 };
        console.log(a, b, c, d, e);
    """)
    a, b, c, d, e = (prog.assert_struct(m) for m in "ABCDE")
    assert a.kind == "object" and a.class_name is None
    # identical layouts share one type
    assert a.type == b.type
    assert field_list(a) == [("x", "f64"), ("y", "f64")]
    assert prog.type(a.type).sites == 2
    # a different key order is a different layout
    assert c.type != a.type
    assert field_list(c) == [("y", "f64"), ("x", "f64")]
    # same names, different field types: a different layout
    assert d.type not in (a.type, c.type)
    assert field_list(d) == [("x", "f64"), ("y", "string")]
    assert e.type not in (a.type, c.type, d.type)
    assert field_list(e) == [("x", "f64")]
    for s in (a, c, d, e):
        t = prog.type(s.type)
        assert t.class_name is None and t.supertype is None
    assert len({a.type, c.type, d.type, e.type}) == 4


def test_arrays_have_an_element_type(js):
    prog = js("""
        const nums = /*N*/[1, 2.5, 3];
        const strs = /*S*/["a", "b"];
        const flags = /*F*/[true, false];
        const pts = /*P*/[/*P1*/{ x: 1 }, { x: 2 }];
        const mixed = /*M*/[1, "one"];
        console.log(nums, strs, flags, pts, mixed);
    """)
    expect = {"N": "f64", "S": "string", "F": "i32", "M": "anyref"}
    for m, el in expect.items():
        s = prog.site(m)
        assert (s.kind, s.representation, s.element_type) == ("array", "array", el), m
        assert s.type is None and s.deopt == ()
    pts = prog.site("P")
    elem_type = prog.site("P1").type
    assert pts.representation == "array"
    assert pts.element_type == f"(ref {elem_type})"


def test_functions_and_arrows_are_closures(js):
    prog = js("""
        /*D*/function decl(a) { return a + 1; }
        const expr = /*E*/function (a) { return a * 2; };
        const arrow = /*R*/(a) => a - 1;
        const obj = /*O*/{ method: /*MV*/function () { return 1; } };
        console.log(decl(1), expr(2), arrow(3), obj.method());
    """)
    for m in ("D", "E", "R", "MV"):
        s = prog.site(m)
        assert (s.kind, s.representation, s.type, s.deopt) == ("function", "closure", None, ()), m
    o = prog.assert_struct("O")
    assert field_list(o) == [("method", "closure")]


def test_builtin_collections_are_builtin(js):
    prog = js("""
        const m = /*M*/new Map();
        const s = /*S*/new Set();
        m.set("a", 1);
        s.add(2);
        console.log(m.get("a"), s.has(2));
    """)
    for mk, name in (("M", "Map"), ("S", "Set")):
        site = prog.site(mk)
        assert (site.kind, site.class_name, site.representation, site.type, site.deopt) == \
            ("new", name, "builtin", None, ())
    assert not prog.diags("shape-deoptimized")


def test_map_instead_of_dynamic_keys_keeps_every_object_site(js):
    """The fix the docs give for dynamic-key-write: a Map deopts nothing."""
    prog = js("""
        function countWords(words) {
          const counts = /*C*/new Map();
          for (const w of words) counts.set(w, (counts.get(w) || 0) + 1);
          return counts;
        }
        const opts = /*O*/{ words: ["a", "b", "a"] };
        console.log(countWords(opts.words));
    """)
    assert prog.site("C").representation == "builtin"
    prog.assert_struct("O")
    assert not prog.diags("shape-deoptimized")


# ======================================================== deopt causes


def test_dynamic_key_write(js):
    prog = js("""
        const k = process.argv[2];
        const o = /*A*/{ a: 1 };
        if (k) { /*OP*/o[k] = 3; }
    """)
    s = prog.assert_deopt("A", "dynamic-key-write", "OP")
    assert deopt_codes(s) == ["dynamic-key-write"]
    assert s.fields == ()


def test_dynamic_key_write_in_a_loop_with_a_numeric_index_on_an_object(js):
    prog = js("""
        const o = /*A*/{ a: 1 };
        for (let i = 0; i < 3; i++) /*OP*/o[i] = i;
    """)
    prog.assert_deopt("A", "dynamic-key-write", "OP")


def test_dynamic_key_read(js):
    prog = js("""
        const prices = /*A*/{ apple: 1.2, pear: 0.8 };
        function price(name) {
          return /*OP*/prices[name];
        }
        console.log(price("pear"));
    """)
    s = prog.assert_deopt("A", "dynamic-key-read", "OP")
    assert deopt_codes(s) == ["dynamic-key-read"]


@pytest.mark.parametrize("stmt, codes", [
    ("const v = /*OP*/o?.[k];", ["dynamic-key-read"]),
    ("/*OP*/o[k] += 1;", ["dynamic-key-read", "dynamic-key-write"]),
    ("/*OP*/o[k]++;", ["dynamic-key-write"]),
    ("const { /*OP*/[k]: v } = o;", ["dynamic-key-read"]),
    ("[/*OP*/o[k]] = [1];", ["dynamic-key-write"]),
    ("for (/*OP*/o[k] of [1]) {}", ["dynamic-key-write"]),
])
def test_other_dynamic_key_forms(js, stmt, codes):
    """Optional-chain reads, compound assignments, updates, computed
    destructuring keys and assignment targets in patterns are dynamic too."""
    prog = js(f"""
        const k = process.argv[2];
        const o = /*A*/{{ a: 1 }};
        {stmt}
    """)
    s = prog.site("A")
    # every expected cause, and nothing but dynamic-key causes (an update
    # `o[k]++` may report its read as well as its write)
    assert set(codes) <= set(deopt_codes(s)) <= {"dynamic-key-read", "dynamic-key-write"}
    for code in codes:
        prog.assert_deopt("A", code, "OP")


def test_delete_property(js):
    prog = js("""
        const user = /*A*/{ name: "ada", password: "secret" };
        /*OP*/delete user.password;
    """)
    s = prog.assert_deopt("A", "delete-property", "OP")
    assert deopt_codes(s) == ["delete-property"]
    cause = prog.diags_at("OP", "delete-property")[0]
    assert "password" in cause.message


def test_delete_with_a_dynamic_key(js):
    prog = js("""
        const k = process.argv[2];
        const o = /*A*/{ a: 1, b: 2 };
        /*OP*/delete o[k];
    """)
    prog.assert_deopt("A", "delete-property", "OP")


def test_literal_getter_and_setter(js):
    prog = js("""
        const circle = /*A*/{
          r: 1,
          /*G*/get area() { return 3.14 * this.r * this.r; },
        };
        const box = /*B*/{ w: 1, /*S*/set width(v) { this.w = v; } };
        console.log(circle.area);
        box.width = 2;
    """)
    prog.assert_deopt("A", "literal-accessor", "G")
    prog.assert_deopt("B", "literal-accessor", "S")


def test_define_property(js):
    prog = js("""
        const p = /*A*/{ x: 1 };
        /*OP*/Object.defineProperty(p, "y", { value: 2, writable: true });
        console.log(p.y);
    """)
    s = prog.assert_deopt("A", "define-property", "OP")
    assert deopt_codes(s) == ["define-property"]


def test_copying_a_module_s_or_a_later_deoptimised_object_s_keys_makes_a_map(js):
    # a module's exports have keys known only at run time (a getter defineProperty
    # adds, `export * from`), and an object may be deoptimised after the analysis
    # saw it copied: the copy is a map either way (the object literal was a struct
    # missing those keys, and the build stopped at the first one)
    prog = js({"main.js": """
        const ns = require("./lib");
        const a = /*A*/{ ...ns };
        const b = Object.assign(/*B*/{}, ns);
        function copy(src) { return Object.assign(/*C*/{}, src); }
        const o = { k: 1 };
        const c = copy(o);
        const key = "late" + a.name.length;
        o[key] = 2;
        console.log(a.f(), b.f(), c, Object.keys(copy(o)));
    """, "lib.js": """
        const self = exports;
        Object.defineProperty(exports, "f", { enumerable: true, get() { return () => "f"; } });
        self.name = "lib";
    """}, roots=["main.js"])
    for m in "ABC":
        assert prog.site(m).representation == "map", m


def test_define_property_descriptor_does_not_escape(js):
    prog = js("""
        const p = { x: 1 };
        Object.defineProperty(p, "y", /*D*/{ value: 2, writable: true });
    """)
    prog.assert_struct("D")


def test_proto_assignment(js):
    prog = js("""
        const base = /*B*/{ greet() { return "hi"; } };
        const o = /*A*/{ name: "ada" };
        /*OP*/o.__proto__ = base;
        console.log(o.greet());
    """)
    s = prog.assert_deopt("A", "prototype-mutation", "OP")
    assert deopt_codes(s) == ["prototype-mutation"]
    # the object used as a prototype keeps its own shape
    prog.assert_struct("B")


def test_set_prototype_of(js):
    prog = js("""
        const base = { greet() { return "hi " + this.name; } };
        const o = /*A*/{ name: "ada" };
        /*OP*/Object.setPrototypeOf(o, base);
        console.log(o.greet());
    """)
    s = prog.assert_deopt("A", "prototype-mutation", "OP")
    assert deopt_codes(s) == ["prototype-mutation"]


def test_proto_in_a_literal_with_a_non_null_value(js):
    prog = js("""
        const base = { greet() { return "hi"; } };
        const o = /*A*/{ /*OP*/__proto__: base, name: "ada" };
        console.log(o.greet());
    """)
    prog.assert_deopt("A", "prototype-mutation", "OP")


def test_object_create_null(js):
    prog = js("""
        const stats = /*A*//*OP*/Object.create(null);
        stats.hits = 0;
        stats.misses = 0;
    """)
    s = prog.assert_deopt("A", "null-prototype", "OP")
    assert s.kind == "object"
    assert deopt_codes(s) == ["null-prototype"]


def test_proto_null_in_a_literal(js):
    prog = js("""
        const dict = /*A*/{ /*OP*/__proto__: null, hits: 0 };
        dict.hits += 1;
    """)
    s = prog.assert_deopt("A", "null-prototype", "OP")
    assert deopt_codes(s) == ["null-prototype"]


def test_object_assign_from_json(js):
    prog = js("""
        const settings = /*A*/{ port: 8080, host: "localhost" };
        const s = process.argv[2];
        /*OP*/Object.assign(settings, JSON.parse(s));
    """)
    s = prog.assert_deopt("A", "dynamic-reflection", "OP")
    assert deopt_codes(s) == ["dynamic-reflection"]


def test_object_assign_from_a_known_object_is_fine(js):
    prog = js("""
        const settings = /*A*/{ port: 8080, host: "localhost" };
        const extra = /*B*/{ port: 9090, host: "example.org" };
        Object.assign(settings, extra);
        console.log(settings.port);
    """)
    prog.assert_struct("A")
    prog.assert_struct("B")


def test_spread_of_an_outside_value(js):
    prog = js("""
        const env = /*A*/{ mode: "dev", /*OP*/...process.env };
        console.log(env.mode);
    """)
    s = prog.assert_deopt("A", "dynamic-reflection", "OP")
    assert sorted(deopt_codes(s)) == ["dynamic-reflection", "object-spread"]


def test_direct_eval_deopts_objects_in_scope(js):
    prog = js("""
        function run(code) {
          const state = /*A*/{ count: 0 };
          /*OP*/eval(code);
          return state.count;
        }
        const unrelated = /*U*/{ count: 0 };
        function other() { const mine = /*M*/{ n: 1 }; return mine.n; }
        console.log(run("state.count++"), unrelated.count, other());
    """)
    s = prog.assert_deopt("A", "eval", "OP")
    assert deopt_codes(s) == ["eval"]
    # objects out of the reach of eval's scope keep their shape
    prog.assert_struct("M")


def test_eval_reaches_variables_of_enclosing_scopes_declared_before(js):
    prog = js("""
        const outer = /*A*/{ z: 1 };
        function f(s) { /*OP*/eval(s); }
        f("delete outer.z");
    """)
    prog.assert_deopt("A", "eval", "OP")


def test_eval_reaches_variables_of_enclosing_scopes_declared_after(js):
    prog = js("""
        function f(s) { /*OP*/eval(s); }
        const later = /*A*/{ z: 1 };
        f("delete later.z");
    """)
    prog.assert_deopt("A", "eval", "OP")


def test_eval_in_scope_also_reaches_nested_objects(js):
    prog = js("""
        function f(s) {
          const h = /*H*/{ inner: /*I*/{ x: 1 } };
          /*OP*/eval(s);
          return h;
        }
        f("delete h.inner.x");
    """)
    prog.assert_deopt("H", "eval", "OP")
    assert prog.site("I").representation == "map"


def test_with_statement(js):
    prog = js("""
        const point = /*A*/{ x: 1, y: 2 };
        /*OP*/with (point) {
          console.log(x + y);
        }
        const other = /*B*/{ x: 1 };
        console.log(other.x);
    """)
    s = prog.assert_deopt("A", "with-statement", "OP")
    assert deopt_codes(s) == ["with-statement"]
    prog.assert_struct("B")


def test_escape_to_an_undeclared_global_function(js):
    prog = js("""
        const o = /*A*/{ a: 1 };
        /*OP*/someLibraryFunction(o);
    """)
    s = prog.assert_deopt("A", "escapes-closed-world", "OP")
    assert deopt_codes(s) == ["escapes-closed-world"]
    assert "someLibraryFunction" in prog.diags_at("OP", "escapes-closed-world")[0].message


def test_escape_to_a_node_module_function(js):
    prog = js("""
        const fs = require("fs");
        const config = /*A*/{ port: 8080 };
        /*OP*/fs.writeFileSync("config.json", config);
        const kept = /*B*/{ port: 80 };
        fs.writeFileSync("kept.json", JSON.stringify(kept));
    """)
    prog.assert_deopt("A", "escapes-closed-world", "OP")
    # a string made from an object does not take the object along
    prog.assert_struct("B")


def test_escape_through_a_destructured_node_module_function(js):
    prog = js("""
        const { format } = require("path");
        const parts = /*A*/{ dir: "/tmp", base: "a.txt" };
        const file = /*OP*/format(parts);
    """)
    prog.assert_deopt("A", "escapes-closed-world", "OP")


def test_escape_by_assigning_to_globalthis(js):
    prog = js("""
        const o = /*A*/{ a: 1 };
        /*OP*/globalThis.shared = o;
    """)
    s = prog.assert_deopt("A", "escapes-closed-world", "OP")
    assert deopt_codes(s) == ["escapes-closed-world"]


def test_escape_takes_reachable_objects_along(js):
    prog = js("""
        const inner = /*I*/{ v: 1 };
        const outer = /*O*/{ inner: inner };
        /*OP*/someLibraryFunction(outer);
    """)
    prog.assert_deopt("O", "escapes-closed-world", "OP")
    assert prog.site("I").representation == "map"


def test_array_named_property(js):
    prog = js("""
        const items = /*A*/[1, 2, 3];
        /*OP*/items.total = 6;
    """)
    s = prog.assert_deopt("A", "array-named-property", "OP")
    assert s.kind == "array"
    assert deopt_codes(s) == ["array-named-property"]


def test_array_named_property_with_a_constant_computed_key(js):
    prog = js("""
        const items = /*A*/["a", "b"];
        /*OP*/items["label"] = "letters";
    """)
    prog.assert_deopt("A", "array-named-property", "OP")


def test_array_read_with_a_maybe_string_key_stays_an_array(js):
    # k may be "length" or an index string: a read answers it as any array does,
    # so only the written array, whose key may name a property, becomes a map
    prog = js("""
        const keys = [0, "1", "length"];
        const read = /*R*/[10, 20, 30];
        const written = /*W*/[1, 2, 3];
        for (const k of keys) console.log(read[k]);
        for (const k of keys) /*OP*/written[k] = 0;
    """)
    assert prog.site("R").representation == "array"
    assert deopt_codes(prog.site("R")) == []
    prog.assert_deopt("W", "array-named-property", "OP")


def test_a_site_with_two_causes_links_both(js):
    prog = js("""
        const k = process.argv[2];
        const o = /*A*/{ a: 1, b: 2 };
        /*D*/delete o.a;
        /*W*/o[k] = 1;
    """)
    s = prog.assert_deopt("A", "delete-property", "D")
    prog.assert_deopt("A", "dynamic-key-write", "W")
    assert deopt_codes(s) == ["delete-property", "dynamic-key-write"]   # source order
    mark = prog.diags_at("A", "shape-deoptimized")[0]
    assert len(mark.related) == 2


def test_one_cause_deopting_two_sites_links_both(js):
    prog = js("""
        function strip(o) { /*OP*/delete o.tmp; }
        const a = /*A*/{ tmp: 1, x: 1 };
        const b = /*B*/{ tmp: 2, y: 2 };
        strip(a);
        strip(b);
    """)
    prog.assert_deopt("A", "delete-property", "OP")
    prog.assert_deopt("B", "delete-property", "OP")
    cause = prog.diags_at("OP", "delete-property")[0]
    assert len(cause.related) == 2


def test_json_form_agrees_with_the_plan(js):
    prog = js("""
        const o = /*A*/{ a: 1 };
        /*OP*/delete o.a;
        const p = /*P*/{ b: "x" };
    """)
    data = prog.plan.to_json()
    _, line, col = prog.pos("A")
    site = next(s for s in data["sites"] if (s["line"], s["column"]) == (line, col))
    _, oline, ocol = prog.pos("OP")
    assert site["representation"] == "map" and site["type"] is None
    assert [(d["code"], d["line"], d["column"]) for d in site["deopt"]] == [("delete-property", oline, ocol)]
    _, pline, pcol = prog.pos("P")
    psite = next(s for s in data["sites"] if (s["line"], s["column"]) == (pline, pcol))
    assert psite["representation"] in ("struct", "scalar")
    assert psite["fields"] == [{"name": "b", "type": "string"}]
    codes = {(d["code"], d["line"], d["column"]) for d in data["diagnostics"]}
    assert ("delete-property", oline, ocol) in codes
    assert ("shape-deoptimized", line, col) in codes


def test_columns_count_code_points(js):
    prog = js("""
        const s = "😀é"; const o = /*A*/{ a: 1 }; /*OP*/delete o.a;
    """)
    s = prog.assert_deopt("A", "delete-property", "OP")
    assert (s.location.line, s.location.column) == (1, 32)


# ======================================================== non-causes


def test_constant_computed_keys_are_static(js):
    prog = js("""
        const K = "k";
        const o = /*A*/{ k: 1, j: 2 };
        o["k"] = 3;
        o[K] = 4;
        o["j"] += 1;
        console.log(o["k"], o[K]);
    """)
    o = prog.assert_struct("A")
    assert field_list(o) == [("k", "f64"), ("j", "f64")]
    assert not prog.diags("dynamic-key-write") and not prog.diags("dynamic-key-read")


def test_property_added_after_construction_joins_the_shape(js):
    prog = js("""
        class Point {
          constructor(x, y) { this.x = x; this.y = y; }
        }
        const p = /*P*/new Point(1, 2);
        /*Z*/p.z = 3;
    """)
    p = prog.assert_struct("P")
    assert [(f.name, f.type, f.initialized) for f in p.fields] == \
        [("x", "f64", True), ("y", "f64", True), ("z", "anyref", False)]
    widened = prog.diags_at("Z", "field-widened")
    assert len(widened) == 1 and widened[0].severity == "information"
    assert "`z`" in widened[0].message


def test_property_added_after_construction_to_a_literal(js):
    prog = js("""
        const o = /*A*/{ a: 1 };
        o.b = "later";
    """)
    o = prog.assert_struct("A")
    assert [(f.name, f.type, f.initialized) for f in prog.type(o.type).fields] == \
        [("a", "f64", True), ("b", "anyref", False)]


def test_field_initialised_in_the_constructor_keeps_its_unboxed_type(js):
    prog = js("""
        class Point {
          constructor(x, y) { this.x = x; this.y = y; this.z = 0; }
        }
        const p = /*P*/new Point(1, 2);
        p.z = 3;
    """)
    p = prog.assert_struct("P")
    assert [(f.name, f.type, f.initialized) for f in p.fields] == \
        [("x", "f64", True), ("y", "f64", True), ("z", "f64", True)]
    assert not prog.diags("field-widened")


def test_enumeration_and_builtins_keep_the_shape(js):
    prog = js("""
        const o = /*A*/{ m: 1, n: "s" };
        const keys = Object.keys(o);
        for (const key in o) console.log(key);
        const text = JSON.stringify(o);
        console.log(o);
        const vals = Object.values(o);
        const copy = /*C*/{ /*S*/...o };
        console.log(keys, text, vals, copy.m);
    """)
    o = prog.assert_struct("A")
    assert field_list(o) == [("m", "f64"), ("n", "string")]
    prog.assert_deopt("C", "object-spread", "S")   # the copy is a map; the source it reads keeps its struct
    assert {d.code for d in prog.diags()} <= {"struct-site", "field-widened", "object-spread", "shape-deoptimized"}


def test_spread_copy_is_a_map(js):
    """`{...o}` gets the keys o has when it runs, in o's order, and only those:
    the copy is a map (the source keeps its struct)."""
    prog = js("""
        const o = /*A*/{ m: 1, n: "s" };
        const copy = /*C*/{ /*S*/...o, k: 2 };
        console.log(copy.m);
    """)
    prog.assert_struct("A")
    c = prog.assert_deopt("C", "object-spread", "S")
    assert deopt_codes(c) == ["object-spread"]


def test_numeric_indexing_keeps_arrays(js):
    prog = js("""
        const a = /*A*/[1, 2, 3];
        for (let i = 0; i < a.length; i++) a[i] = a[i] * 2;
        let j = 0;
        a[j + 1] = 5;
        a.push(4);
        a.length = 2;
        const b = /*B*/[];
        b.push("x");
        console.log(a[0], b[0]);
    """)
    a = prog.site("A")
    assert (a.representation, a.element_type, a.deopt) == ("array", "f64", ())
    b = prog.site("B")
    assert (b.representation, b.element_type, b.deopt) == ("array", "string", ())


def test_object_stored_in_another_struct_by_a_user_function(js):
    prog = js("""
        class Holder { constructor(v) { this.v = v; } }
        function keep(x) { return /*H*/new Holder(x); }
        const inner = /*I*/{ q: 1 };
        const h = keep(inner);
        console.log(h.v.q);
    """)
    i = prog.assert_struct("I")
    h = prog.assert_struct("H")
    assert field_list(h) == [("v", f"(ref {i.type})")]


def test_polymorphic_method_calls_keep_both_classes(js):
    prog = js("""
        class Square { constructor(s) { this.s = s; } area() { return this.s * this.s; } }
        class Circle { constructor(r) { this.r = r; } area() { return 3 * this.r * this.r; } }
        const shapes = /*L*/[/*S*/new Square(1), /*C*/new Circle(2)];
        let total = 0;
        shapes.forEach(s => { total += s.area(); });
    """)
    s = prog.assert_struct("S")
    c = prog.assert_struct("C")
    assert (s.type, c.type) == ("$Square", "$Circle")
    assert field_list(s) == [("s", "f64")]
    assert field_list(c) == [("r", "f64")]
    lst = prog.site("L")
    assert lst.representation == "array"
    assert lst.element_type == "anyref"   # no common supertype


def test_user_function_named_like_a_global_is_inside_the_closed_world(js):
    prog = js("""
        function send(o) { return o.a + 1; }
        const o = /*A*/{ a: 1 };
        send(o);
    """)
    prog.assert_struct("A")


# ======================================================== class hierarchies


def test_subclass_is_a_subtype_with_the_parent_fields_first(js):
    prog = js("""
        class A { constructor(x) { this.x = x; this.flag = true; } }
        class B extends A { constructor(x, name) { super(x); this.name = name; } }
        const a = /*A*/new A(1);
        const b = /*B*/new B(2, "b");
    """)
    a = prog.assert_struct("A")
    b = prog.assert_struct("B")
    ta, tb = prog.type("$A"), prog.type("$B")
    assert (a.type, b.type) == ("$A", "$B")
    assert tb.supertype == "$A" and ta.supertype is None
    assert ta.final is False and tb.final is True
    assert field_list(ta) == [("x", "f64"), ("flag", "i32")]
    assert field_list(tb) == [("x", "f64"), ("flag", "i32"), ("name", "string")]
    assert [f.index for f in tb.fields] == [0, 1, 2]
    assert tb.fields[:len(ta.fields)] == ta.fields


def test_a_field_has_one_type_across_the_hierarchy(js):
    prog = js("""
        class A { constructor(x) { this.x = x; } }
        class B extends A {}
        const a = /*A*/new A(1);
        const b = /*B*/new B("two");
    """)
    prog.assert_struct("A")
    prog.assert_struct("B")
    ta, tb = prog.type("$A"), prog.type("$B")
    assert field_list(ta) == [("x", "anyref")]
    assert field_list(tb) == [("x", "anyref")]
    assert tb.supertype == "$A"
    widened = prog.diags("field-widened")
    assert len(widened) == 1 and "`x`" in widened[0].message


def test_three_level_hierarchy(js):
    prog = js("""
        class A { constructor() { this.a = 1; } }
        class B extends A { constructor() { super(); this.b = "b"; } }
        class C extends B { constructor() { super(); this.c = true; } }
        const c = /*C*/new C();
        const a = /*A*/new A();
    """)
    prog.assert_struct("C")
    prog.assert_struct("A")
    assert field_list(prog.type("$C")) == [("a", "f64"), ("b", "string"), ("c", "i32")]
    assert prog.type("$C").supertype == "$B"
    assert prog.type("$B").supertype == "$A"
    assert [prog.type(n).final for n in ("$A", "$B", "$C")] == [False, False, True]


def test_static_members_are_not_instance_fields(js):
    prog = js("""
        class Counter {
          static count = 0;
          static make() { Counter.count++; return new Counter(1); }
          constructor(v) { this.v = v; }
        }
        const c = /*C*/new Counter(1);
        const d = Counter.make();
        console.log(Counter.count, c.v, d.v);
    """)
    c = prog.assert_struct("C")
    assert field_list(c) == [("v", "f64")]


def test_class_fields_and_private_fields_are_fields(js):
    prog = js("""
        class Account {
          owner = "nobody";
          #balance = 0;
          constructor(open) { this.open = open; }
          deposit(n) { this.#balance += n; return this.#balance; }
        }
        const acc = /*A*/new Account(true);
        acc.deposit(5);
    """)
    a = prog.assert_struct("A")
    assert [(f.name, f.type, f.initialized) for f in a.fields] == \
        [("owner", "string", True), ("#balance", "f64", True), ("open", "i32", True)]


def test_class_getters_and_setters_do_not_deopt(js):
    prog = js("""
        class Temp {
          constructor(c) { this.c = c; }
          get f() { return this.c * 9 / 5 + 32; }
          set f(v) { this.c = (v - 32) * 5 / 9; }
        }
        const t = /*T*/new Temp(20);
        t.f = 50;
        console.log(t.f);
    """)
    t = prog.assert_struct("T")
    assert field_list(t) == [("c", "f64")]   # the setter did not add a field `f`
    assert not prog.diags("literal-accessor")


def test_super_method_calls_reach_the_parent_method(js):
    prog = js("""
        class A {
          constructor(x) { this.a = x; }
          zap() { /*OP*/delete this.a; }
          read() { return this.a; }
        }
        class B extends A {
          constructor(x) { super(x); this.b = 1; }
          run() { super.zap(); }
        }
        class C extends A {
          value() { return super.read() + 1; }
        }
        const a = /*A*/new A(1);
        const b = /*B*/new B(2);
        const c = /*C*/new C(3);
        b.run();
        console.log(c.value());
    """)
    prog.assert_deopt("B", "delete-property", "OP")
    prog.assert_struct("A")
    prog.assert_struct("C")
    assert prog.type("$C").supertype == "$A"


def test_a_method_deleting_from_this_deopts_only_its_receivers(js):
    prog = js("""
        class Cache {
          constructor() { this.tmp = 1; }
          clear() { /*OP*/delete this.tmp; }
        }
        const used = /*U*/new Cache();
        const idle = /*I*/new Cache();
        used.clear();
    """)
    prog.assert_deopt("U", "delete-property", "OP")
    prog.assert_struct("I")


def test_class_expression_bound_to_a_const_takes_its_name(js):
    prog = js("""
        const Vec = class { constructor(x) { this.x = x; } };
        const v = /*V*/new Vec(1);
    """)
    v = prog.assert_struct("V")
    assert v.type == "$Vec"
    assert prog.type("$Vec").class_name == "Vec"


# ======================================================== field types


def test_primitive_field_types(js):
    prog = js("""
        const o = /*A*/{ n: 1.5, i: 2, b: false, s: "str", t: `tmpl` };
    """)
    assert field_list(prog.assert_struct("A")) == \
        [("n", "f64"), ("i", "f64"), ("b", "i32"), ("s", "string"), ("t", "string")]


def test_field_holding_one_class_or_null(js):
    prog = js("""
        class Node {
          constructor(v) { this.v = v; this.next = null; }
        }
        const head = /*H*/new Node(1);
        head.next = new Node(2);
        const holder = /*O*/{ node: null };
        holder.node = head;
    """)
    h = prog.assert_struct("H")
    assert field_list(h) == [("v", "f64"), ("next", "(ref null $Node)")]
    o = prog.assert_struct("O")
    assert field_list(o) == [("node", "(ref null $Node)")]
    assert not prog.diags("field-widened")


def test_field_holding_a_subclass_or_its_parent_is_the_parent_type(js):
    prog = js("""
        class Animal { constructor() { this.legs = 4; } }
        class Bird extends Animal { constructor() { super(); this.wings = 2; } }
        const pen = /*P*/{ pet: new Animal() };
        pen.pet = new Bird();
    """)
    p = prog.assert_struct("P")
    assert field_list(p) == [("pet", "(ref $Animal)")]


def test_mixed_number_and_string_field_is_widened(js):
    prog = js("""
        const o = /*A*/{ /*F*/m: 1 };
        o.m = "one";
    """)
    o = prog.assert_struct("A")
    assert field_list(o) == [("m", "anyref")]
    w = prog.diags_at("F", "field-widened")
    assert len(w) == 1
    assert w[0].severity == "information"
    assert "numbers" in w[0].message and "strings" in w[0].message
    # widening is not a deopt
    assert not prog.diags("shape-deoptimized")


def test_field_set_only_after_construction_includes_undefined(js):
    prog = js("""
        class Lazy {
          constructor() { this.a = 1; }
          load() { /*W*/this.data = 42; }
        }
        const l = /*L*/new Lazy();
        l.load();
    """)
    l = prog.assert_struct("L")
    assert [(f.name, f.type, f.initialized) for f in l.fields] == \
        [("a", "f64", True), ("data", "anyref", False)]
    w = prog.diags_at("W", "field-widened")
    assert len(w) == 1 and "undefined" in w[0].message


def test_constructor_fields_after_a_method_call_are_not_initialised(js):
    """Only the leading `this.p = ...` run counts as construction: a method
    called in between could observe the later field missing."""
    prog = js("""
        class W {
          constructor() { this.a = 1; this.init(); this.b = 2; }
          init() { return this.a; }
        }
        const w = /*W*/new W();
    """)
    w = prog.assert_struct("W")
    assert [(f.name, f.type, f.initialized) for f in w.fields] == \
        [("a", "f64", True), ("b", "anyref", False)]


# ======================================================== value flow


def test_factory_object_deleted_elsewhere(js):
    prog = js("""
        function make() { return /*A*/{ a: 1, b: 2 }; }
        function drop(o) { /*OP*/delete o.b; }
        const m = make();
        drop(m);
        const n = make();
    """)
    prog.assert_deopt("A", "delete-property", "OP")


def test_object_read_back_from_an_array(js):
    prog = js("""
        const key = process.argv[2];
        const list = /*L*/[];
        list.push(/*A*/{ c: 1 });
        const got = list[0];
        /*OP*/got[key] = 2;
        const other = /*B*/[/*C*/{ c: 1 }];
    """)
    prog.assert_deopt("A", "dynamic-key-write", "OP")
    assert prog.site("L").representation == "array"
    prog.assert_struct("C")


def test_object_read_back_from_a_map(js):
    prog = js("""
        const m = new Map();
        m.set("x", /*A*/{ a: 1 });
        /*OP*/delete m.get("x").a;
    """)
    prog.assert_deopt("A", "delete-property", "OP")


def test_closure_mutating_a_captured_object(js):
    prog = js("""
        const cap = /*A*/{ d: 1 };
        const mut = (k) => { /*OP*/cap[k] = 1; };
        mut(process.argv[2]);
    """)
    prog.assert_deopt("A", "dynamic-key-write", "OP")


def test_this_in_methods(js):
    prog = js("""
        class Bag {
          constructor() { this.n = 0; }
          put(k) { /*OP*/this[k] = 1; }
          count() { return this.n; }
        }
        const bag = /*A*/new Bag();
        bag.put(process.argv[2]);
        const quiet = /*Q*/new Bag();
        quiet.count();
    """)
    prog.assert_deopt("A", "dynamic-key-write", "OP")
    prog.assert_struct("Q")


def test_this_in_a_literal_method(js):
    prog = js("""
        const o = /*A*/{ a: 1, drop() { /*OP*/delete this.a; } };
        o.drop();
    """)
    prog.assert_deopt("A", "delete-property", "OP")


def test_call_and_apply(js):
    prog = js("""
        function zap() { /*T*/delete this.e; }
        function zap2(o) { /*P*/delete o.f; }
        const c1 = /*C1*/{ e: 1 };
        zap.call(c1);
        const c2 = /*C2*/{ e: 2 };
        zap.apply(c2, []);
        const c3 = /*C3*/{ f: 1 };
        zap2.call(null, c3);
        const c4 = /*C4*/{ f: 2 };
        zap2.apply(null, [c4]);
        const c5 = /*C5*/{ e: 3, f: 3 };
    """)
    prog.assert_deopt("C1", "delete-property", "T")
    prog.assert_deopt("C2", "delete-property", "T")
    prog.assert_deopt("C3", "delete-property", "P")
    prog.assert_deopt("C4", "delete-property", "P")
    prog.assert_struct("C5")


def test_bind(js):
    prog = js("""
        function zap() { /*T*/delete this.e; }
        function zap2(o) { /*P*/delete o.f; }
        const c1 = /*C1*/{ e: 1 };
        const bound = zap.bind(c1);
        bound();
        const c2 = /*C2*/{ f: 1 };
        zap2.bind(null, c2)();
        const c3 = /*C3*/{ f: 2 };
        zap2.bind(null)(c3);
    """)
    prog.assert_deopt("C1", "delete-property", "T")
    prog.assert_deopt("C2", "delete-property", "P")
    prog.assert_deopt("C3", "delete-property", "P")


def test_array_callbacks(js):
    prog = js("""
        const xs = [/*X1*/{ a: 1 }, /*X2*/{ a: 2 }];
        xs.map(x => { /*M*/delete x.a; return 1; });
        const ys = [/*Y*/{ b: 1 }];
        ys.forEach(y => { /*F*/delete y.b; });
        const zs = [/*Z*/{ c: 1 }];
        zs.reduce((acc, z) => { /*R*/delete z.c; return acc; }, 0);
        const ws = [/*W*/{ d: 1 }];
        ws.reduce((acc, w) => { /*RA*/delete acc.d; return acc; });
        const vs = [/*V*/{ e: 1 }];
        vs.map(v => v.e * 2);
    """)
    prog.assert_deopt("X1", "delete-property", "M")
    prog.assert_deopt("X2", "delete-property", "M")
    prog.assert_deopt("Y", "delete-property", "F")
    prog.assert_deopt("Z", "delete-property", "R")
    prog.assert_deopt("W", "delete-property", "RA")
    prog.assert_struct("V")


def test_objects_through_promises_generators_and_exceptions(js):
    prog = js("""
        const p = /*P*/{ a: 1 };
        Promise.resolve(p).then(x => { /*PD*/delete x.a; });
        const g = /*G*/{ a: 1 };
        function* gen() { yield g; }
        for (const z of gen()) /*GD*/delete z.a;
        const t = /*T*/{ a: 1 };
        try { throw t; } catch (e) { /*TD*/delete e.a; }
    """)
    prog.assert_deopt("P", "delete-property", "PD")
    prog.assert_deopt("G", "delete-property", "GD")
    prog.assert_deopt("T", "delete-property", "TD")


def test_arguments_object_aliases_the_argument(js):
    prog = js("""
        const o = /*A*/{ a: 1 };
        function ar(p) { /*OP*/delete arguments[0].a; }
        ar(o);
    """)
    prog.assert_deopt("A", "delete-property", "OP")


def test_object_passed_to_code_outside_through_a_callback_result(js):
    prog = js("""
        const o = /*A*/{ a: 1 };
        /*OP*/someLibraryFunction(() => o);
    """)
    prog.assert_deopt("A", "escapes-closed-world", "OP")


def test_async_function_result_through_then(js):
    prog = js("""
        const o = /*A*/{ a: 1 };
        async function get() { return o; }
        get().then(x => { /*OP*/delete x.a; });
    """)
    prog.assert_deopt("A", "delete-property", "OP")


def test_async_function_result_through_await(js):
    prog = js("""
        async function get() { return /*A*/{ a: 1 }; }
        async function main() { const x = await get(); /*OP*/delete x.a; }
        main();
    """)
    prog.assert_deopt("A", "delete-property", "OP")


def test_sloppy_this_in_a_plain_call_is_the_global_object(js):
    prog = js("""
        const o = /*A*/{ a: 1 };
        function publish() { /*OP*/this.shared = o; }
        publish();
    """)
    prog.assert_deopt("A", "escapes-closed-world", "OP")


def test_object_passed_to_a_function_made_from_a_string(js):
    prog = js("""
        const o = /*A*/{ a: 1 };
        const f = new Function("o", "delete o.a");
        f(o);
    """)
    assert prog.site("A").representation == "map"


def test_array_method_called_on_a_plain_object(js):
    prog = js("""
        const o = /*A*/{ a: 1 };
        Array.prototype.push.call(o, 5);
        console.log(o.length);
    """)
    assert prog.site("A").representation == "map"


def test_proxy_handler_literal_is_one_site(js):
    prog = js("""
        const o = /*O*/{ a: 1 };
        const px = new Proxy(o, /*H*/{});
        px.a = 2;
    """)
    f, line, col = prog.pos("H")
    at = [s for s in prog.plan.sites if (s.location.line, s.location.column) == (line, col)]
    assert len(at) == 1
    assert prog.site("O").representation == "map"


# ======================================================== scopes


def test_hoisting_a_function_called_before_its_declaration(js):
    prog = js("""
        const r = make();
        /*OP*/delete r.a;
        function make() { return /*A*/{ a: 1 }; }
        const s = build();
        function build() { return /*B*/{ b: 1 }; }
    """)
    prog.assert_deopt("A", "delete-property", "OP")
    prog.assert_struct("B")


def test_hoisted_var(js):
    prog = js("""
        function f() { /*OP*/delete later.z; }
        var later = /*A*/{ z: 1 };
        f();
    """)
    prog.assert_deopt("A", "delete-property", "OP")


def test_function_declaration_using_a_const_declared_after_it(js):
    prog = js("""
        function f() { /*OP*/delete later.z; }
        const later = /*A*/{ z: 1 };
        f();
    """)
    prog.assert_deopt("A", "delete-property", "OP")


def test_function_declaration_calling_a_function_declared_after_it(js):
    prog = js("""
        function use(o) { return helper(o); }
        function helper(o) { return o.a; }
        const o = /*A*/{ a: 1 };
        use(o);
    """)
    prog.assert_struct("A")


def test_function_declaration_using_a_class_declared_after_it(js):
    prog = js("""
        function mk() { return /*N*/new P(1); }
        class P { constructor(x) { this.x = x; } }
        const p = mk();
    """)
    n = prog.assert_struct("N")
    assert n.type == "$P"


def test_arrow_and_method_see_consts_declared_after_them(js):
    prog = js("""
        const f = () => { /*OF*/delete later.z; };
        const later = /*A*/{ z: 1 };
        f();
        class K { m() { /*OM*/delete cfg.z; } }
        const cfg = /*B*/{ z: 1 };
        new K().m();
    """)
    prog.assert_deopt("A", "delete-property", "OF")
    prog.assert_deopt("B", "delete-property", "OM")


def test_shadowing(js):
    prog = js("""
        const o = /*OUTER*/{ x: 1 };
        {
          let o = /*INNER*/{ y: 2 };
          /*OP*/delete o.y;
        }
        function f(o) { /*P*/delete o.z; }
        f(/*ARG*/{ z: 1 });
        console.log(o.x);
    """)
    prog.assert_struct("OUTER")
    prog.assert_deopt("INNER", "delete-property", "OP")
    prog.assert_deopt("ARG", "delete-property", "P")


def test_destructuring(js):
    prog = js("""
        const obj = /*OBJ*/{ a: /*IN*/{ x: 1 }, b: 2 };
        const { a } = obj;
        /*OP*/delete a.x;
        const arr = [/*E*/{ q: 1 }];
        const [first] = arr;
        /*OP2*/delete first.q;
        const { b, ...rest } = /*R*/{ b: 1, c: 2 };
    """)
    prog.assert_deopt("IN", "delete-property", "OP")
    prog.assert_deopt("E", "delete-property", "OP2")
    obj = prog.assert_struct("OBJ")
    assert [f.name for f in obj.fields] == ["a", "b"]
    assert obj.fields[0].type == "map"   # a field holding only objects that are maps
    prog.assert_struct("R")


def test_closures_returned_from_functions(js):
    prog = js("""
        function outer() {
          const cap = /*A*/{ w: 1 };
          return function inner() { /*OP*/delete cap.w; };
        }
        function quiet() {
          const cap = /*B*/{ w: 1 };
          return () => cap.w;
        }
        outer()();
        quiet()();
    """)
    prog.assert_deopt("A", "delete-property", "OP")
    prog.assert_struct("B")


# ======================================================== multi-file


def test_commonjs_module_exports_and_exports(js):
    prog = js({
        "main.js": """
            const b = require("./b");
            const { helper } = require("./c");
            const p = b.makePoint(1, 2);
            /*OP*/delete p.y;
            const q = /*Q*/{ k: 1 };
            helper(q);
            const r = /*R*/{ k: 2 };
            console.log(r.k);
        """,
        "b.js": """
            module.exports = /*EXP*/{
              makePoint(x, y) { return /*PT*/{ x: x, y: y }; },
            };
        """,
        "c.js": """
            exports.helper = function (o) { const key = String(o.k); /*W*/o[key] = 1; };
        """,
    })
    prog.assert_deopt("PT", "delete-property", "OP", site_file="b.js", op_file="main.js")
    # q's field k is read statically (`o.k`) and only dynamic keys are added: it keeps
    # k in a struct, the other keys in an overflow dictionary
    prog.assert_overflow("Q", "dynamic-key-write", "W", op_file="c.js")
    prog.assert_struct("R")
    prog.assert_struct("EXP")
    # both files were analysed, as scripts
    names = {f.path.rsplit("/", 1)[-1]: f.source_type for f in prog.plan.files}
    assert names == {"main.js": "script", "b.js": "script", "c.js": "script"}
    # the deopt message at the site names the other file's location
    mark = prog.diags_at("PT", "shape-deoptimized")[0]
    assert "main.js" in mark.message


def test_es_modules(js):
    prog = js({
        "main.mjs": """
            import { f } from "./b.mjs";
            import Shape from "./s.mjs";
            import * as util from "./b.mjs";
            const o = /*A*/{ a: 1 };
            f(o);
            const s = /*S*/new Shape(2);
            const t = /*T*/{ b: 1 };
            util.g(t);
        """,
        "b.mjs": """
            export function f(x) { /*OP*/delete x.a; }
            export const g = (y) => y.b + 1;
        """,
        "s.mjs": """
            export default class Shape { constructor(r) { this.r = r; } }
        """,
    })
    prog.assert_deopt("A", "delete-property", "OP", op_file="b.mjs")
    s = prog.assert_struct("S")
    assert s.type == "$Shape" and field_list(s) == [("r", "f64")]
    prog.assert_struct("T")
    assert {f.source_type for f in prog.plan.files} == {"module"}


def test_class_created_in_one_file_deoptimised_in_another(js):
    prog = js({
        "main.js": """
            const { Point } = require("./point");
            const p = /*P*/new Point(1, 2);
            /*OP*/delete p.x;
        """,
        "point.js": """
            class Point { constructor(x, y) { this.x = x; this.y = y; } }
            function origin() { return /*O*/new Point(0, 0); }
            module.exports = { Point, origin };
        """,
    })
    prog.assert_deopt("P", "delete-property", "OP")
    o = prog.assert_struct("O")
    assert o.type == "$Point"


def test_missing_relative_require(js):
    prog = js("""
        const util = require(/*S*/"./utils/formatt");
        const o = /*A*/{ a: 1 };
        /*OP*/util.format(o);
    """)
    nf = prog.diags_at("S", "module-not-found")
    assert len(nf) == 1 and nf[0].severity == "warning"
    assert "./utils/formatt" in nf[0].message
    prog.assert_deopt("A", "escapes-closed-world", "OP")


def test_missing_relative_import(js):
    prog = js({"main.mjs": """
        import { f } from /*S*/"./gone.mjs";
        f(1);
    """})
    nf = prog.diags_at("S", "module-not-found")
    assert len(nf) == 1 and nf[0].severity == "warning"


def test_require_of_a_node_module_is_outside(js):
    prog = js("""
        const fs = require(/*S*/"fs");
        const path = require(/*T*/"path");
        const config = /*A*/{ port: 8080, host: "localhost" };
        fs.writeFileSync("config.json", JSON.stringify(config));
    """)
    for m in ("S", "T"):
        d = prog.diags_at(m, "outside-module")
        assert len(d) == 1 and d[0].severity == "information"
    prog.assert_struct("A")
    assert not prog.diags("module-not-found")
    assert [f.path.rsplit("/", 1)[-1] for f in prog.plan.files] == ["main.js"]


def test_the_closed_world_grows_through_relative_requires_only(js):
    prog = js({
        "main.js": """
            require("./lib/a");
        """,
        "lib/a.js": """
            const b = require("../lib/b.js");
            const o = /*A*/{ a: 1 };
            b.take(o);
        """,
        "lib/b.js": """
            exports.take = function (o) { /*OP*/delete o.a; };
        """,
        "unrelated.js": """
            const never = { n: 1 };
        """,
    })
    prog.assert_deopt("A", "delete-property", "OP")
    names = sorted(f.path.rsplit("/", 1)[-1] for f in prog.plan.files)
    assert names == ["a.js", "b.js", "main.js"]


def test_a_getter_alone_in_a_subclass_makes_no_own_property(js):
    """`b.v = 5` where B's getter `v` shadows A's setter: the store meets an accessor
    without a setter, so it creates no own property (no field `v` in $B)."""
    prog = js("""
        class A { constructor() { this._v = 1; } get v() { return this._v; } set v(x) { this._v = x; } }
        class B extends A { get v() { return 2; } }
        const b = /*B*/new B();
        b.v = 5;
        const a = /*A*/new A();
        a.v = 3;
        console.log(b.v, a.v);
    """)
    assert [f.name for f in prog.type_of("B").fields] == ["_v"]
    assert [f.name for f in prog.type_of("A").fields] == ["_v"]


def test_a_subclass_lists_its_own_fields_before_a_key_its_parent_gets_later(js):
    prog = js("""
        class A { constructor() { this.x = 1; } }
        class B extends A { constructor() { super(); this.z = 3; } }
        const a = /*A*/new A(); a.tag = 'a';
        const b = /*B*/new B(); b.tag = 'b';
        console.log(a, b);
    """)
    a, b = prog.assert_struct("A"), prog.assert_struct("B")
    assert [f.name for f in prog.type(b.type).fields] == ["x", "tag", "z"]   # the parent's layout is a prefix
    assert prog.type(b.type).key_order == ("x", "z", "tag")                    # the order node lists them in
    assert prog.type(a.type).key_order == ()                                   # field order already


def test_subclass_fields_are_not_initialized_when_the_parent_constructor_calls_a_method(js):
    prog = js("""
        class Base { constructor() { this.kind = 'b'; this.describe(); } describe() {} }
        class Kid extends Base {
          constructor() { super(); this.n = 5; }
          describe() { console.log(this.n); }
        }
        class Calm { constructor() { this.kind = 'c'; } }
        class Sure extends Calm { constructor() { super(); this.n = 5; } }
        console.log(/*K*/new Kid().n, /*S*/new Sure().n);
    """)
    kid = prog.type(prog.assert_struct("K").type)
    sure = prog.type(prog.assert_struct("S").type)
    assert [(f.name, f.initialized) for f in kid.fields] == [("kind", True), ("n", False)]
    assert [(f.name, f.type, f.initialized) for f in sure.fields] == [("kind", "string", True), ("n", "f64", True)]


def test_object_prototype_functions_keep_what_they_are_given(js):
    """hasOwnProperty and its kin read their receiver and key and keep neither
    (analysis/builtins.py, object_proto_method); a computed read does not count
    them (`table[name](event)`: the build refuses the run if it finds one)."""
    prog = js("""
        const table = { run(e) { return e.k; } };
        function direct(o) {
          const key = /*K*/{ k: 1 };
          return o.hasOwnProperty(key);
        }
        function dispatch(name) {
          const event = /*E*/{ k: 2 };
          return table[name](event);
        }
        console.log(direct({ a: 1 }), dispatch("run"));
    """)
    for marker in ("K", "E"):
        site = prog.assert_struct(marker)
        assert site.deopt == ()
