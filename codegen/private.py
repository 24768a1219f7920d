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

A static private field is a module global (the one that mirrors static fields,
set where the class's static fields are), never a property of the class; its
brand is the class itself (subclasses do not inherit static privates), tested
by `ref.eq` with the class's constructor. A static private method is a direct
call with `this` the class.

Refused at the construct: private members of a class the plan does not make a
struct (its objects are maps), a subclass declaring a private name its
superclass declares too (the analysis keys both as one field), private
accessors, a private method read as a value, and spread arguments to a private
method.
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
    if m.type == "MethodDefinition" and m.kind in ("get", "set"):
        raise Unsupported(m.key, f"private accessors (`{m.kind} #{m.key.name}`)")


def declaring_class(fl, key: str, at: Any):
    """The ClassInfo of the innermost class around fl's code that declares `key`."""
    f = fl.fi
    while f is not None:
        node = f.member_of
        if node is not None and key in declared(node):
            ci = fl.mod.class_info(node, fl)
            if not declared(node)[key].static and (not ci.struct or map_instances(fl, node)):
                raise Unsupported(at, f"the private member `{key}` of a class whose objects the plan does not "
                                      "make structs, or some of them (see `shapescape layout`)")
            return ci
        f = f.parent
    raise Unsupported(at, f"`{key}` outside a class that declares it")


def map_instances(fl, node: Any) -> bool:
    """Does the plan make maps of some objects of class `node` or of a class that
    extends it? Its private fields are struct fields, which such an object lacks
    (its constructor's field initialisers would not find them). The classes with
    such objects are found once per build (`mod.map_classes`)."""
    mod = fl.mod
    if mod.map_classes is None:
        mod.map_classes = _map_classes(fl)
    ids, unknown = mod.map_classes
    return unknown or id(node) in ids


def _map_classes(fl) -> tuple:
    """(ids of the class nodes some map object is an instance of, directly or
    through a subclass; whether a base of such a class is known only at run
    time, which may be any class)."""
    mod = fl.mod
    names = {s.class_name for s in mod.plan.sites if s.representation == "map" and s.class_name}
    ids: set = set()
    for c in mod.class_nodes_all:
        if getattr(c.id, "name", None) not in names:
            continue
        while c is not None and id(c) not in ids:
            ids.add(id(c))
            sc = c.superClass
            if sc is None or (sc.type == "Identifier" and fl.var_of(sc) is None):
                break   # a root, or a built-in base (Error, ...)
            v = fl.var_of(sc) if sc.type == "Identifier" else None
            c = mod.class_nodes.get(id(v)) if v is not None else None
            if c is None:
                return ids, True   # a base known only at run time: it may be any class
    return ids, False


def is_private(e: Any) -> bool:
    """Is e a member expression of a private name (`o.#x`)?"""
    return e.type == "MemberExpression" and not e.computed and e.property.type == "PrivateIdentifier"


def branded(fl, ci, obj_code: str, key: str, verb: str) -> str:
    """obj_code (anyref) as (ref $C) for C = ci's struct type, or node's TypeError."""
    wt = fl.mod.wt(ci.struct)
    ok = fl.label("brand")
    return f"(block {ok} (result (ref {wt})) (br_on_cast {ok} anyref (ref {wt}) {obj_code}) {_brand_error(fl, key, verb)})"


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
    m = declared(ci.node)[key]
    if m.type != "MethodDefinition":
        return None
    if any(a.type == "SpreadElement" for a in e.arguments):
        raise Unsupported(e, "spread arguments to a private method")
    if m.static:   # `C.#m(...)`: `this` is the class itself
        fname = fl.mod.func_names[id(m.value)]
        pre, tmp = class_checked(fl, ci, fl.expr_any(callee.object), key, "read")
    else:
        fname = ci.methods[key][0]
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


def static_member(fl, e: Any):
    """(ClassInfo, member) when `e` is `o.#x` naming a static private member, else None."""
    if not is_private(e):
        return None
    key = "#" + e.property.name
    ci = declaring_class(fl, key, e.property)
    m = declared(ci.node)[key]
    return (ci, m) if m.static else None


def _brand_error(fl, key: str, verb: str) -> str:
    """node's TypeError for a private member used on an object without it."""
    what = (f"Cannot {verb} private member {key} {'to' if verb == 'write' else 'from'} an object whose class "
            "did not declare it")
    return f"(throw $exn (call $make_error (global.get $cls_TypeError) {fl.mod.string(what)}))"


def _is_class(ci, local: str) -> str:
    """An i32: is the value in `local` the class ci itself (its constructor)?"""
    ctor = f"(ref.cast (ref null eq) (struct.get $Class $ctor (global.get {ci.desc})))"
    return (f"(if (result i32) (ref.test (ref eq) (local.get {local})) "
            f"(then (ref.eq (ref.cast (ref eq) (local.get {local})) {ctor})) (else (i32.const 0)))")


def class_checked(fl, ci, obj_code: str, key: str, verb: str) -> tuple:
    """(code setting a local to obj_code, then node's TypeError unless it is the class
    itself, the local): a static private member belongs to its class alone, not to
    subclasses."""
    tmp = fl.local("anyref")
    code = f"(local.set {tmp} {obj_code}) (if (i32.eqz {_is_class(ci, tmp)}) (then {_brand_error(fl, key, verb)}))"
    return code, tmp


def static_read(fl, e: Any) -> tuple:
    """`C.#x` of a static private field: its global (codegen/module.py, class_value), C checked."""
    ci, m = static_member(fl, e)
    key = "#" + e.property.name
    if m.type == "MethodDefinition":
        raise Unsupported(e, f"the private method `{key}` read as a value (call it: `C.{key}(...)`)")
    check, _ = class_checked(fl, ci, fl.expr_any(e.object), key, "read")
    return f"(block (result anyref) {check} (global.get {fl.mod.static_global(ci, key)}))", "any"


def static_write(fl, e: Any, value: str, drop: bool) -> str:
    """`C.#x = value` (value an anyref): the object, then the value, then the check, as in JavaScript."""
    ci, m = static_member(fl, e)
    key = "#" + e.property.name
    if m.type == "MethodDefinition":
        raise Unsupported(e, f"assigning to the private method `{key}`")
    otmp, vtmp = fl.local("anyref"), fl.local("anyref")
    check, _ = class_checked(fl, ci, f"(local.get {otmp})", key, "write")
    code = (f"(local.set {otmp} {fl.expr_any(e.object)}) (local.set {vtmp} {value}) {check} "
            f"(global.set {fl.mod.static_global(ci, key)} (local.get {vtmp}))")
    return code if drop else f"(block (result anyref) {code} (local.get {vtmp}))"


def call_field(fl, e: Any) -> tuple:
    """`o.#f(...)` of a private field holding a function: read (the brand tested), then
    called with `this` the object, as any value is."""
    from .calls import call_value
    callee = e.callee
    static = static_member(fl, callee)
    if static is not None:   # `C.#f(...)`: the class checked, its global read, `this` the class
        ci, _ = static
        key = "#" + callee.property.name
        check, tmp = class_checked(fl, ci, fl.expr_any(callee.object), key, "read")
        value = f"(block (result anyref) {check} (global.get {fl.mod.static_global(ci, key)}))"
        return call_value(fl, value, f"(local.get {tmp})", e.arguments), "any"
    code, tname, f, _ = receiver(fl, callee)
    tmp = fl.local(f"(ref null {fl.mod.wt(tname)})")
    value = fl.to_any(*fl.field_read((f"(local.tee {tmp} {code})", tname, f, False), "#" + callee.property.name))
    return call_value(fl, value, f"(local.get {tmp})", e.arguments), "any"


def has(fl, e: Any) -> str:
    """`#x in o`: whether the declaring class made o (an i32)."""
    key = "#" + e.left.name
    ci = declaring_class(fl, key, e.left)
    tmp = fl.local("anyref")
    # a static member: the class itself has it, and nothing else
    test = _is_class(ci, tmp) if declared(ci.node)[key].static else \
        f"(ref.test (ref {fl.mod.wt(ci.struct)}) (local.get {tmp}))"
    # anything else: false for an object, node's TypeError for `in` on a primitive, which
    # the generic test throws
    return (f"(block (result i32) (local.set {tmp} {fl.expr_any(e.right)}) (if (result i32) {test} "
            f"(then (i32.const 1)) (else (drop (call $has_generic (local.get {tmp}) {fl.mod.string(key)})) "
            f"(i32.const 0))))")


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
                if m.static:
                    continue   # (a static member is the class's: a global, see static_member)
                other = owner.setdefault((t.name, n), ci)
                if other is not ci:
                    # one object would need two `#x`: the analysis keys both as one field
                    sub = ci if ci.depth > other.depth else other
                    raise Unsupported(declared(sub.node)[n].key, f"`{n}` declared again by a subclass of a class "
                                                                 "that declares it (rename one of them)")
                if m.type != "MethodDefinition":
                    mod.private_fields.add((t.name, n))
