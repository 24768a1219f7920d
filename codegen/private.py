"""Private class members (`#x`) in the build.

Model
-----
The analysis keys a private name as the property `#x` (analysis/constraints.py),
so a class's private field is a field `#x` of its struct type, set where its
field definitions run, and a private method `#m` is one of its methods. What
JavaScript adds, the build keeps this way:

  - *Lexical resolution.* `o.#x` names the `#x` of the innermost enclosing
    class that declares it (`declaring_class`), not whatever `#x` the object
    has.
  - *The brand check.* Reading, writing or calling `o.#x` on an object that
    the declaring class C did not construct throws node's TypeError. The build
    tests `o` against C's struct type (`br_on_cast`: C's instances and its
    subclasses'), so `#x` is read at C's field index; `#x in o` is that test.
  - *Invisibility.* A private field is no property: Object.keys, for-in,
    JSON.stringify, spread and console.log skip it, and `o[k]` with a string k
    never finds it (the by-name tables of codegen/assemble.py leave out
    `mod.private_fields`); a private method is not put on the class's
    prototype. A constant string key spelled like one (`o["#x"]`) is a dynamic
    key, in the analysis and here, never the private field.

Refused at the construct: private members of a class the plan does not make a
struct (its objects are maps), a subclass declaring a private name its
superclass declares too (the analysis keys both as one field), static private
members, private accessors, a private method read as a value, and spread
arguments to a private method.
"""
from __future__ import annotations

from typing import Any, Optional

from .resolve import Unsupported


def declared(node: Any) -> dict:
    """name (`#x`) -> the member node, for the private members class `node` declares."""
    out = {}
    for m in node.body.body:
        k = getattr(m, "key", None)
        if k is not None and k.type == "PrivateIdentifier":
            out["#" + k.name] = m
    return out


def check_member(m: Any) -> None:
    """Refuses the private members the build does not compile."""
    if m.static:
        raise Unsupported(m.key, f"static private members (`#{m.key.name}`)")
    if m.type == "MethodDefinition" and m.kind in ("get", "set"):
        raise Unsupported(m.key, f"private accessors (`{m.kind} #{m.key.name}`)")


def declaring_class(fl, key: str, at: Any):
    """The ClassInfo of the innermost class around fl's code that declares `key`."""
    f = fl.fi
    while f is not None:
        node = f.member_of
        if node is not None and key in declared(node):
            ci = fl.mod.class_info(node, fl)
            if not ci.struct:
                raise Unsupported(at, f"the private member `{key}` of a class whose objects the plan does not "
                                      "make structs (see `shapescape layout`)")
            return ci
        f = f.parent
    raise Unsupported(at, f"`{key}` outside a class that declares it")


def is_private(e: Any) -> bool:
    """Is e a member expression of a private name (`o.#x`)?"""
    return e.type == "MemberExpression" and not e.computed and e.property.type == "PrivateIdentifier"


def branded(fl, ci, obj_code: str, key: str, verb: str) -> str:
    """obj_code (anyref) as (ref $C) for C = ci's struct type, or node's TypeError."""
    wt = fl.mod.wt(ci.struct)
    ok = fl.label("brand")
    what = (f"Cannot {verb} private member {key} {'to' if verb == 'write' else 'from'} an object whose class "
            "did not declare it")
    err = f"(throw $exn (call $make_error (global.get $cls_TypeError) {fl.mod.string(what)}))"
    return f"(block {ok} (result (ref {wt})) (br_on_cast {ok} anyref (ref {wt}) {obj_code}) {err})"


def receiver(fl, e: Any, verb: str = "read") -> tuple:
    """(code, plan type, field, nullable) for the private field `e` (`o.#x`), as
    FunctionLowering.struct_receiver gives for a typed field: the brand tested."""
    key = "#" + e.property.name
    ci = declaring_class(fl, key, e.property)
    member = declared(ci.node)[key]
    if member.type == "MethodDefinition":
        raise Unsupported(e, f"the private method `{key}` read as a value (call it: `o.{key}(...)`)")
    f = fl.mod.struct_field(ci.struct, key)
    if f is None:
        raise Unsupported(e, f"the private field `{key}`, which the plan does not give `{ci.shown}`'s objects")
    return branded(fl, ci, fl.expr_any(e.object), key, verb), ci.struct, f, False


def call(fl, e: Any) -> Optional[tuple]:
    """`o.#m(...)`: a direct call of the declaring class's private method, the brand
    tested; None when `#m` is a field (the value is read and called as any)."""
    callee = e.callee
    key = "#" + callee.property.name
    ci = declaring_class(fl, key, callee.property)
    got = ci.methods.get(key)
    if got is None:
        return None
    if any(a.type == "SpreadElement" for a in e.arguments):
        raise Unsupported(e, "spread arguments to a private method")
    fname = got[0]
    tmp = fl.local(f"(ref null {fl.mod.wt(ci.struct)})")
    pre = f"(local.set {tmp} {branded(fl, ci, fl.expr_any(callee.object), key, 'read')})"
    this = f"(local.get {tmp})"
    unboxed = fl.mod.direct_call(fl, fname, "(global.get $dummy_fn)", this, e.arguments)
    if unboxed is not None:
        code, t = unboxed
    else:
        argc, _ = fl.args(e.arguments)
        code, t = f"(call {fname} (global.get $dummy_fn) {this} {argc})", "any"
    rtype = {"f64": "f64", "i32": "i32", "void": None}.get(t, "anyref")
    if rtype is None:
        return f"{pre}\n{code}", t
    return f"(block (result {rtype}) {pre} {code})", t


def call_field(fl, e: Any) -> tuple:
    """`o.#f(...)` of a private field holding a function: read (the brand tested), then
    called with `this` the object, as any value is."""
    from .calls import call_value
    callee = e.callee
    code, tname, f, _ = receiver(fl, callee)
    tmp = fl.local(f"(ref null {fl.mod.wt(tname)})")
    value = fl.to_any(*fl.field_read((f"(local.tee {tmp} {code})", tname, f, False), "#" + callee.property.name))
    return call_value(fl, value, f"(local.get {tmp})", e.arguments), "any"


def has(fl, e: Any) -> str:
    """`#x in o`: whether the declaring class made o (an i32)."""
    key = "#" + e.left.name
    ci = declaring_class(fl, key, e.left)
    tmp = fl.local("anyref")
    # not an object: node's TypeError for `in`, which the generic test throws too
    return (f"(if (result i32) (ref.test (ref {fl.mod.wt(ci.struct)}) (local.tee {tmp} {fl.expr_any(e.right)})) "
            f"(then (i32.const 1)) (else (drop (call $has_generic (local.get {tmp}) {fl.mod.string(key)})) (i32.const 0)))")


def collect(mod) -> None:
    """mod.private_fields: (plan type, `#x`) for the type of every class declaring
    the field `#x` and its subtypes (their objects are the class's too)."""
    owner: dict = {}
    for ci in mod.classes.values():
        names = declared(ci.node)
        if not ci.struct:
            continue
        for t in mod.plan.types:
            chain, name = set(), t.name
            while name is not None and name not in chain:
                chain.add(name)
                st = mod.types.get(name)
                name = st.supertype if st is not None else None
            if ci.struct not in chain:
                continue
            for n, m in names.items():
                other = owner.setdefault((t.name, n), ci)
                if other is not ci:
                    # one object would need two `#x`: the analysis keys both as one field
                    sub = ci if ci.depth > other.depth else other
                    raise Unsupported(declared(sub.node)[n].key, f"`{n}` declared again by a subclass of a class "
                                                                 "that declares it (rename one of them)")
                if m.type != "MethodDefinition":
                    mod.private_fields.add((t.name, n))
