"""Scalar replacement: a plan `scalar` site allocates nothing.

Model. The plan calls a site `scalar` (analysis/locality.py, `scalar_ok`) when
its object never outlives the function that makes it, is held only by
temporaries and at most one let/const of that function (not captured by a
closure), by nothing else, and is only ever used as `o.k` / `o["k"]` with a key
that is one of its struct type's fields. Such an object is its fields: the build
gives each field a wasm local of the allocating function (a *slot*, typed as the
struct field would be: f64 or anyref) and turns

  - the allocation into assignments of the slots (an object literal's values in
    source order, every other field its default: 0 or absent), or, for
    `new C(...)`, a call of C's constructor *specialised* for scalar `this`: a
    wasm function that keeps `this`'s fields in its own locals and returns them
    all (multi-value), which the caller stores into its slots;
  - `o.k` into `local.get`, `o.k = v` into `local.set`, and `o.k op= v`, `o.k++`
    into both, on the slot of `k`.

A `ScalarObj` is one such object in the function being lowered: the struct type
and the slot of each field. The variable holding one maps to it for the whole
function (its declaration is the only place the site can be evaluated); an
allocation used directly (`new C().k`, `({...}).k`, or dropped) gets fresh slots.
In a specialised constructor, `this` is a ScalarObj whose slots start at the
field defaults. The plan and the build must agree: a scalar site reached by any
other use is a bug of ours and stops the build with an internal error.

Each evaluation of a scalar site is marked `(nop (;@avoided N;))`, free in a
normal build; `--stats` (codegen/stats.py) counts it as an allocation avoided.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass
class ScalarObj:
    tname: str                                        # the plan's struct type
    slots: dict[str, str] = field(default_factory=dict)   # field name -> wasm local
    pre: str = ""      # code evaluating the allocation into the slots, for an allocation used in place
    # an i32 local, 0 when the object is absent (a nested result's field holding
    # undefined): reading a field then throws node's TypeError; "" when always there
    present: str = ""
    absent_null: bool = False   # what an absent object is: null (a result by value or null), or undefined


# ---------------------------------------------------------------- nested results
# A result by value may carry a second object in one field k (analysis/
# nested_results.py): its layout T_ext is T's fields, then `k.f` for each field
# f of the inner type W. Slot k holds `(ref.i31 1)` when the object is there and
# undefined otherwise; it is never read as a value.

PRESENT = "(ref.i31 (i32.const 1))"


def result_layouts(plan, types: dict) -> dict:
    """The struct descriptions of the plan's nested layouts and of its layouts of
    results that may be null (T's fields and `?`, holding PRESENT or null), by
    name (for slots and multi-value results only: no wasm type is made of them)."""
    from dataclasses import replace
    out = {}
    for name, t in plan.nullable_types.items():
        base = types[t]
        if not base.fields:
            continue
        flag = replace(base.fields[0], name="?", type="anyref", index=len(base.fields), initialized=True, inline="")
        out[name] = replace(base, name=name, fields=base.fields + (flag,), supertype=None, final=True,
                            class_name=None, sites=0)
    for ext, (t, key, inner) in plan.nested_types.items():
        base, w = types[t], types[inner]
        fs = [replace(f, type="anyref", inline="") if f.name == key else f for f in base.fields]
        for f in w.fields:
            fs.append(replace(f, name=f"{key}.{f.name}", index=len(fs)))
        out[ext] = replace(base, name=ext, fields=tuple(fs), supertype=None, final=True, class_name=None, sites=0)
    return out


def nested_of(fl, tname: str) -> Optional[tuple[str, str]]:
    """(k, W) when tname is a nested layout."""
    got = fl.mod.plan.nested_types.get(tname)
    return (got[1], got[2]) if got is not None else None


def fill_nested(fl, sc: ScalarObj, key: str, inner: str, value: Any) -> str:
    """Field k of a literal returned in a nested layout: the object's fields from
    the variable kept as W's fields, or undefined (nothing else is allowed there)."""
    mod = fl.mod
    w = mod.struct_of(inner)
    if value is not None and value.type == "Identifier" and is_scalar(fl, value):
        src = scalar_of(fl, value)
        out = [src.pre, f"(local.set {sc.slots[key]} {PRESENT})"]
        out.extend(f"(local.set {sc.slots[f'{key}.{f.name}']} (local.get {src.slots[f.name]}))" for f in w.fields)
        return " ".join(o for o in out if o)
    if value is None or (value.type == "Identifier" and value.name == "undefined" and fl.var_of(value) is None):
        out = [f"(local.set {sc.slots[key]} (ref.null any))"]
        out.extend(f"(local.set {sc.slots[f'{key}.{f.name}']} {mod.field_default(f)})" for f in w.fields)
        return " ".join(out)
    raise AssertionError("nested result: a returned literal holds something other than the object or undefined")


def nullable_base(fl, tname: str) -> Optional[str]:
    """T when tname is the layout of results of T that may be null."""
    return fl.mod.plan.nullable_types.get(tname)


def base_view(fl, sc: ScalarObj) -> ScalarObj:
    """sc as an object of T, when sc's layout is T's that may be null: T's slots."""
    t = nullable_base(fl, sc.tname)
    if t is None:
        return sc
    return ScalarObj(t, {f.name: sc.slots[f.name] for f in fl.mod.struct_of(t).fields}, sc.pre)


def mark_present(fl, sc: ScalarObj, there: bool) -> str:
    """Set a nullable layout's `?` slot: the object is there, or the result is null."""
    return f"(local.set {sc.slots['?']} {PRESENT if there else '(ref.null any)'})"


def null_result(fl, sc: ScalarObj) -> str:
    """A nullable layout's slots for `return null`: every field its default, `?` null."""
    t = fl.mod.struct_of(nullable_base(fl, sc.tname))
    out = [f"(local.set {sc.slots[f.name]} {fl.mod.field_default(f)})" for f in t.fields]
    return " ".join(out + [mark_present(fl, sc, False)])


def presence(fl, sc: ScalarObj, absent_null: bool) -> str:
    """sc's flag of whether the object is there (an i32 local, made once); an
    absent object is null (a result by value or null) or undefined (a nested one)."""
    if not sc.present:
        sc.present = fl.local("i32", "present")
    sc.absent_null = absent_null
    return sc.present


def take_presence(fl, sc: ScalarObj) -> str:
    """After a nullable layout's slots are filled: whether the object is there."""
    if nullable_base(fl, sc.tname) is None:
        return ""
    return f"(local.set {presence(fl, sc, True)} (ref.test (ref i31) (local.get {sc.slots['?']})))"


def null_test(fl, op: str, e: Any) -> tuple[str, str]:
    """`x === null` (`!==`, `==`, `!=`) where x is a scalar object: whether it is
    absent (a result by value or null), or, for one always there, false."""
    sc = scalar_of(fl, e)
    if sc.present and sc.absent_null:
        code = f"(i32.eqz (local.get {sc.present}))"
    else:   # (only objects that may be null are tested, analysis/passing.py)
        code = "(i32.const 0)"
    if op in ("!==", "!="):
        code = f"(i32.eqz {code})"
    return (f"(block (result i32) {sc.pre} {code})" if sc.pre else code), "i32"


def fill_from_nested(fl, base: ScalarObj, key: str, sc: ScalarObj) -> str:
    """Read k of a result in a nested layout into sc (a W): its fields, and whether
    it is there."""
    w = fl.mod.struct_of(sc.tname)
    out = [base.pre, f"(local.set {presence(fl, sc, False)} (ref.test (ref i31) (local.get {base.slots[key]})))"]
    out.extend(f"(local.set {sc.slots[f.name]} (local.get {base.slots[f'{key}.{f.name}']}))" for f in w.fields)
    return " ".join(o for o in out if o)


def avoided_mark(site) -> str:
    return f"(nop (;@avoided {site.id};))"


def scalar_site(fl, e: Any):
    """The plan site of an allocation expression when the plan scalar-replaces it."""
    if e.type not in ("ObjectExpression", "NewExpression"):
        return None
    site = fl.mod.site_of(fl.fi.file_index, e)
    return site if site is not None and site.representation == "scalar" else None


def is_scalar(fl, e: Any) -> bool:
    """Does `e` stand for a scalar-replaced object (without evaluating anything)?"""
    if e.type == "Identifier":
        v = fl.var_of(e)
        return v is not None and id(v) in fl.scalar_vars
    if e.type == "ThisExpression":
        return fl.scalar_this is not None
    if e.type == "ScalarValue":
        return True
    if e.type == "CallExpression":
        from .passing import value_type
        return value_type(fl.mod, fl, e) is not None
    if e.type == "MemberExpression":
        return inline_read_type(fl, e) is not None
    return scalar_site(fl, e) is not None


def inline_read_type(fl, e: Any) -> Optional[str]:
    """T when `e` is a read of an inline field the plan takes as parts."""
    table = fl.mod.plan.inline_reads
    return table.get(fl.mod.read_key(fl.fi.file_index, e)) if table else None


def fill_from_read(fl, e: Any, sc: ScalarObj) -> str:
    """Code that loads the parts of the inline field `e` reads into sc's slots. On a
    scalar object (a copy's parameter the caller passes as fields) the field's
    slot holds the value object itself: its fields are the parts."""
    if is_scalar(fl, e.object):
        base = scalar_of(fl, e.object)
        key = fl.static_member_key(e)
        if key is None:
            raise AssertionError("inline field: a read of a scalar object without a static key")
        nest = nested_of(fl, base.tname)
        if nest is not None and nest[0] == key:
            return fill_from_nested(fl, base, key, sc)
        return load(fl, sc, fl.to_any(*read(fl, base, key)))
    code = fl.inline_parts_into(e, sc)
    if code is None:
        raise AssertionError("inline field: a read the plan takes as parts is not one of an inline field")
    return code


def new_slots(fl, tname: str) -> ScalarObj:
    t = fl.mod.struct_of(tname)
    return ScalarObj(tname, {f.name: fl.local(fl.mod.field_wasm_type(f), "sr") for f in t.fields})


def scalar_of(fl, e: Any) -> Optional[ScalarObj]:
    """The scalar object `e` stands for; an allocation in place is evaluated into
    fresh slots by the returned object's `pre`."""
    if e.type == "Identifier":
        v = fl.var_of(e)
        return fl.scalar_vars.get(id(v)) if v is not None else None
    if e.type == "ThisExpression":
        return fl.scalar_this
    if e.type == "ScalarValue":
        return e.sc
    if e.type == "CallExpression":
        from .passing import fill_from_call, value_type
        t = value_type(fl.mod, fl, e)
        if t is None:
            return None
        sc = new_slots(fl, t)
        sc.pre = fill_from_call(fl.mod, fl, e, sc)
        return sc
    if e.type == "MemberExpression":
        t = inline_read_type(fl, e)
        if t is None:
            return None
        sc = new_slots(fl, t)
        sc.pre = fill_from_read(fl, e, sc)
        return sc
    site = scalar_site(fl, e)
    if site is None:
        return None
    sc = new_slots(fl, site.type)
    sc.pre = fill(fl, e, site, sc)
    return sc


def declare(fl, v, init: Any) -> Optional[str]:
    """`let v = <scalar site>`, `let v = <value call>` or an allocation into a
    variable kept as fields: v's slots, filled; None when init is none of those."""
    if init is not None and init.type in ("CallExpression", "MemberExpression"):
        sc = fl.scalar_vars.get(id(v))
        return assign(fl, v, init) if sc is not None else None
    if init is not None and id(v) in fl.scalar_vars and init.type in ("ObjectExpression", "NewExpression") \
            and scalar_site(fl, init) is None:
        return assign(fl, v, init)   # a variable kept as fields, seeded by an allocation
    site = scalar_site(fl, init)
    if site is None:
        return None
    sc = fl.scalar_vars.get(id(v))
    if sc is None:
        sc = fl.scalar_vars[id(v)] = new_slots(fl, site.type)
    return fill(fl, init, site, sc)


def var_key(fl, v) -> Optional[tuple]:
    d = v.decl
    if d is None or getattr(d, "_start", None) is None:
        return None
    loc = fl.mod.units[v.file_index].source.location(d._start, d._start + 1)
    return (loc.file, loc.line, loc.column)


def value_vars(fl) -> None:
    """Give the variables the plan keeps as fields in this copy of the function
    (plan.value_vars: always, or in the copy returning fields) their slots."""
    table = fl.mod.plan.value_vars
    if not table:
        return
    for v in fl.fi.vars:
        got = table.get(var_key(fl, v))
        if got is None or id(v) in fl.scalar_vars:
            continue
        t, only_rv, seed = got
        # only_rv: True for the copy returning t's fields, a layout name for the copy
        # returning that layout (a nested result's object)
        if not only_rv or fl.rv == (t if only_rv is True else only_rv):
            sc = fl.scalar_vars[id(v)] = new_slots(fl, t)
            if seed is not None:
                fl.seeded.add(id(v))
            if var_key(fl, v) in fl.mod.plan.nested_vars:
                presence(fl, sc, False)
            elif nullable_base(fl, t) is not None:
                presence(fl, sc, True)


def load(fl, sc: ScalarObj, code: str) -> str:
    """Fill sc's slots from the object `code` (anyref) holds: a parameter the plan
    keeps as fields receives objects of sc's type that nothing writes once made
    (analysis/passing.py, `_seed_ok`), so a copy of the fields is the object."""
    from .lower import FIELD0
    mod = fl.mod
    wt = mod.wt(sc.tname)
    obj = fl.local(f"(ref {wt})", "seed")
    out = [f"(local.set {obj} {mod.cast(fl, sc.tname, code)})"]
    for f in mod.struct_of(sc.tname).fields:
        get = mod.inline_get(sc.tname, f, f"(local.get {obj})") if f.inline else \
            f"(struct.get {wt} {f.index + FIELD0} (local.get {obj}))"
        out.append(f"(local.set {sc.slots[f.name]} {get})")
    return "\n".join(out)


def assign(fl, v, call: Any) -> str:
    """`v = f(...)` (or its declaration) where v is kept as fields: the call's
    copy returning fields fills v's slots; `v = {...}` / `v = new C(...)`: the
    allocation's values do (plan.value_vars: its object is nothing but v's
    fields, analysis/passing.py; counted by `--stats` as returned as fields)."""
    from .passing import fill_from_call
    if call.type == "MemberExpression" and inline_read_type(fl, call) is not None:
        return fill_from_read(fl, call, fl.scalar_vars[id(v)])
    if call.type in ("ObjectExpression", "NewExpression"):
        site = fl.mod.site_of(fl.fi.file_index, call)
        if site is None:
            raise AssertionError("scalar replacement: a variable kept as fields receives an allocation "
                                 "the plan does not list")
        return fill(fl, call, site, fl.scalar_vars[id(v)], f"(nop (;@byvalue {site.id};))")
    if call.type != "CallExpression":
        raise AssertionError("scalar replacement: a variable kept as fields receives something other than a call")
    return fill_from_call(fl.mod, fl, call, fl.scalar_vars[id(v)], returned=None)


def field_of(fl, sc: ScalarObj, key: str):
    f = fl.mod.struct_field(sc.tname, key)
    if f is None:
        raise AssertionError(f"scalar replacement: `{key}` is not a field of {sc.tname}, "
                             "which the plan's scalar rule excludes")
    return f


def fill(fl, e: Any, site, sc: ScalarObj, mark: Optional[str] = None) -> str:
    """Code that evaluates the allocation `e` into sc's slots."""
    mod = fl.mod
    t = mod.struct_of(sc.tname)   # the slots' type: the site's, or a wider one of the same keys
    out = [mark or avoided_mark(site)]
    if e.type == "ObjectExpression":
        given = set()
        for p in e.properties:
            key = fl.static_key(p) if p.type == "Property" else None
            if key is None:
                raise AssertionError("scalar replacement: an object literal property without a static key")
            given.add(key)
        nest = nested_of(fl, sc.tname)
        if nest is not None and nest[0] not in given:
            out.append(fill_nested(fl, sc, nest[0], nest[1], None))
            given.add(nest[0])
            given.update(f"{nest[0]}.{f.name}" for f in mod.struct_of(nest[1]).fields)
        out.extend(f"(local.set {sc.slots[f.name]} {mod.field_default(f)})" for f in t.fields if f.name not in given)
        for p in e.properties:
            key = fl.static_key(p)
            if nest is not None and key == nest[0]:
                out.append(fill_nested(fl, sc, key, nest[1], p.value))
                continue
            f = field_of(fl, sc, key)
            value = fl.field_value(f, *mod.prop_expr(fl, p, key))
            out.append(f"(local.set {sc.slots[f.name]} {value})")
        return "\n".join(out)
    out.append(mod.scalar_construct(fl, e, t, sc))
    return "\n".join(out)


def ctor_this(fl, tname: str) -> str:
    """Set up a specialised constructor's scalar `this` (its slots are locals
    starting at the field defaults); the code that initialises them."""
    t = fl.mod.struct_of(tname)
    sc = ScalarObj(tname)
    init = []
    for i, f in enumerate(t.fields):
        name = f"$this.{i}"
        fl.declare_local(name, fl.mod.field_wasm_type(f))
        sc.slots[f.name] = name
        init.append(f"(local.set {name} {fl.mod.field_default(f)})")
    fl.scalar_this = sc
    return "\n".join(init)


def ctor_return(fl) -> str:
    """The return of a specialised constructor: every field of `this`."""
    sc = fl.scalar_this
    t = fl.mod.struct_of(sc.tname)
    return "(return " + " ".join(f"(local.get {sc.slots[f.name]})" for f in t.fields) + ")"


def materialize(fl, sc: ScalarObj) -> str:
    """A new object of sc's struct type holding the slots' values (anyref), for a
    path where a scalar object must be a reference after all: a dispatch's call
    by name (codegen/passing.py, dispatch_call), whose method the plan proves
    only reads it. An object literal's type is made under Object's class, a
    class's type under its class; an inline field's object is stored as its parts."""
    from .lower import FIELD0
    mod = fl.mod
    owners = mod.struct_classes(sc.tname)
    if len(owners) > 1:
        raise AssertionError(f"scalar replacement: the struct type {sc.tname} is more than one class's")
    cls = owners[0].desc if owners else "$cls_Object"
    t = mod.struct_of(sc.tname)
    args: dict[int, str] = {}
    for f in t.fields:
        get = f"(local.get {sc.slots[f.name]})"
        if not f.inline:
            args[f.index + FIELD0] = get
            continue
        vw = mod.wt(f.inline)
        for idx, p in mod.inline_parts(sc.tname, f):
            args[idx] = f"(struct.get {vw} {p.index + FIELD0} {mod.cast(fl, f.inline, get)})"
    values = " ".join(args[i] for i in sorted(args))
    return f"(struct.new {mod.wt(sc.tname)} (global.get {cls}) (i32.const 0) {values})"


# ---------------------------------------------------------------- uses
def read(fl, sc: ScalarObj, key: str) -> tuple[str, str]:
    f = field_of(fl, sc, key)
    ft = fl.mod.field_wasm_type(f)
    get = f"(local.get {sc.slots[f.name]})"
    if ft != "f64" and not f.initialized:
        get = fl.unabsent(get)
    if sc.present:   # absent: node reads the field of undefined (or null), and throws
        absent = "(global.get $null)" if sc.absent_null else "(ref.null any)"
        get = (f"(if (i32.eqz (local.get {sc.present})) (then {fl.mod.op_site()} "
               f"(drop (call $req_obj {absent} {fl.mod.string(key)})))) {get}")
        get = f"(block (result {ft}) {get})"
    if sc.pre:
        get = f"(block (result {ft}) {sc.pre} {get})"
    return fl.field_stored(f, get)


def write(fl, sc: ScalarObj, key: str, code: str, t: str, drop: bool) -> str:
    f = field_of(fl, sc, key)
    slot = sc.slots[f.name]
    store = f"{sc.pre}\n(local.set {slot} {fl.field_value(f, code, t)})"
    if drop:
        return store
    return f"(block (result anyref) {store} {fl.to_any(*fl.field_stored(f, f'(local.get {slot})'))})"


def compound(fl, sc: ScalarObj, key: str, e: Any, want_value: bool) -> str:
    """`o.k op= v`."""
    cur = read(fl, ScalarObj(sc.tname, sc.slots), key)   # (sc.pre runs once, in the write)
    c, t = fl.binary(e.operator[:-1], None, e.right, e, lhs=cur)
    return write(fl, sc, key, c, t, drop=not want_value)


def update(fl, sc: ScalarObj, key: str, delta: str, old: str) -> tuple[str, str]:
    """`o.k++` / `o.k--`: (read into `old`, write back)."""
    f = field_of(fl, sc, key)
    cur, t = read(fl, ScalarObj(sc.tname, sc.slots), key)
    read_code = f"{sc.pre}\n(local.set {old} {fl.to_f64(cur, t)})"
    write_code = f"(local.set {sc.slots[f.name]} {fl.field_value(f, f'({delta} (local.get {old}) (f64.const 1))', 'f64')})"
    return read_code, write_code
