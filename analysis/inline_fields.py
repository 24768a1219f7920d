"""Inline fields: a field whose objects are values is stored as their fields.

Model
-----
An object is a *value* when nothing can tell it from a copy of its fields:

  - it is `new C(...)` of a class whose struct type T holds only numbers (`f64`
    fields, all set during construction), and T is final with no supertype;
  - it is immutable once made (passing.immutable: nothing writes through a
    reference to it but its constructor's `this`, which goes nowhere before the
    constructor returns);
  - its identity is never observed: it never reaches an operand of `==`, `===`,
    `!=`, `!==` or `switch`, nor a receiver or argument of a builtin (a `Set`,
    a `Map` key, `indexOf`, `Object.is`), nor the elements or entries of one
    (an array given to `new Set`), at any depth (Builder.identity,
    Builder.identity_deep). Named fields of an object given to a builtin are
    not followed: no builtin compares what those hold. A comparison with the
    literal `null` and the array builtins that compare nothing (`push`, `pop`,
    `shift`, `unshift`: constraints.IDENTITY_FREE) are not recorded.

A field k of a struct type H is *inline* with T when H is a class's type,
final with no supertype and no overflow, whose constructor sets k (no
accessor or class field of that name), the plan types k as `(ref $T)` set during
construction (never read before it is set, never null or undefined), and
every object any site of H holds in k is a value of type T. The build then
stores T's fields in H in place of the reference: `h.k = v` copies v's fields,
a read `h.k.x` reads one number, and any other read of `h.k` makes a fresh T
with the same fields, which no one can tell from the object stored (it is
immutable and its identity is never looked at).

The nodes are the value-flow graph's; the decision is a plain check over the
solved points-to sets (no fixed point): whether an object is a value depends
only on its own uses, and a field is inline only when all it holds are values.
"""
from __future__ import annotations

from .constraints import ClassInfo
from .graph import NULL, UNDEF, AObj


def observed_objects(b) -> set[int]:
    """ids of the objects whose identity some operation may observe: those in
    Builder.identity's nodes, and those in Builder.identity_deep's nodes and in
    their elements, entries and dynamic keys, over and over (`new Set(arr)`,
    `arr.indexOf(x)` and `new Map(pairs)` compare what these hold)."""
    seen: set[int] = {v.id for n in b.identity for v in n.pts if isinstance(v, AObj)}
    deep: set[int] = set()
    work = [v for n in b.identity_deep for v in n.pts if isinstance(v, AObj)]
    while work:
        x = work.pop()
        if x.id in deep:
            continue
        deep.add(x.id)
        for key, fn in x.fields.items():
            if key.startswith("["):
                work.extend(v for v in fn.pts if isinstance(v, AObj) and v.id not in deep)
    return seen | deep


def struct_site_types(site_by_obj: dict) -> dict[int, str]:
    """id(AObj) -> plan struct type of the sites built as plain structs (not
    scalar-replaced, no overflow): the only objects whose fields are wasm fields."""
    return {oid: s.type for oid, s in site_by_obj.items()
            if s.representation == "struct" and not s.overflow and s.type}


def inline_field_nodes(b, inline: dict, struct_of: dict) -> dict[int, tuple]:
    """id(field node) -> (the node, T) of every struct object's inline field."""
    out: dict[int, tuple] = {}
    for x in b.sites:
        h = struct_of.get(x.id)
        for k, fn in x.fields.items() if h is not None else ():
            t = inline.get((h, k))
            if t is not None:
                out[id(fn)] = (fn, t)
    return out


def inline_fields(b, passing, containers: dict, struct_of: dict, types: list) -> dict:
    """(H, field name) -> T for every inline field (see the module comment)."""
    from .passing import immutable
    by_name = {t.name: t for t in types}
    parents = {t.supertype for t in types if t.supertype}

    def plain_final(t) -> bool:
        return t.final and t.supertype is None and not t.overflow and t.name not in parents

    def value_type(t) -> bool:
        return plain_final(t) and t.class_name is not None and bool(t.fields) \
            and all(f.type == "f64" and f.initialized for f in t.fields)

    observed = observed_objects(b)
    sites_of: dict[str, list] = {}
    for x in b.sites:
        t = struct_of.get(x.id)
        if t is not None:
            sites_of.setdefault(t, []).append(x)
    verdict: dict[int, bool] = {}

    def plain_class(x) -> bool:
        """Is x made by `new C` of one class with no superclass?"""
        return x.kind == "new" and len(x.ctor_classes) == 1 and isinstance(x.ctor_classes[0], ClassInfo) \
            and not x.ctor_classes[0].parents and not x.ctor_classes[0].extends_external \
            and x.ctor_classes[0].extends_builtin is None

    def is_value(x, tname: str) -> bool:
        ok = verdict.get(x.id)
        if ok is None:
            ok = verdict[x.id] = (struct_of.get(x.id) == tname and plain_class(x)
                                  and x.id not in observed and immutable(b, passing, containers, x))
        return ok

    def plain_holder(x, key: str) -> bool:
        """Is x made by a class whose `key` is a property set by its constructor
        (no accessor, no class field of that name)?"""
        if not plain_class(x):
            return False
        ci = x.ctor_classes[0]
        return key not in ci.accessors and key not in ci.field_defs

    out: dict = {}
    for h in types:
        if not plain_final(h) or h.name not in sites_of:
            continue
        for f in h.fields:
            if not (f.initialized and f.type.startswith("(ref $")):
                continue
            tname = f.type[len("(ref "):-1]
            t = by_name.get(tname)
            if t is None or t is h or not value_type(t):
                continue
            ok = True
            for x in sites_of[h.name]:
                node = x.fields.get(f.name)
                if not plain_holder(x, f.name):
                    ok = False
                    break
                if node is None or not node.pts or not all(isinstance(v, AObj) and is_value(v, tname) for v in node.pts):
                    ok = False
                    break
            if ok:
                out[(h.name, f.name)] = tname
    return out


# A read `o.k` of an inline field makes a fresh object unless its value is used
# only the way the parts can serve: passed to a read-only parameter of the one
# function a call reaches (analysis/passing.py), or kept in a let/const that
# receives nothing but such reads and is itself used only that way. Those reads
# are *taken as parts*: the build loads the numbers into locals (as for a scalar
# object) and the calls take them as separate parameters. The object is
# immutable, so the parts read then are the object for as long as anyone looks.

def inline_reads(b, passing, inline: dict, struct_of: dict) -> tuple[dict, list, dict]:
    """(read key -> T of the reads taken as parts, the nodes holding them (for
    Passing.scalar_calls), variable key -> (T, False, None) of the variables kept
    as parts, in plan.value_vars' form)."""
    from .passing import _loc_key
    cands: dict[int, tuple] = {}   # id(dst) -> (dst, T, loc)
    for objn, key, dst, loc in b.static_loads:
        if not objn.pts or id(dst) in b.opaque or id(dst) in b.captures:
            continue
        # (null and undefined receivers throw before anything is read, as node does)
        ts = {inline.get((struct_of.get(x.id), key)) if isinstance(x, AObj) else None
              for x in objn.pts if x not in (NULL, UNDEF)}
        if len(ts) != 1 or None in ts:
            continue
        cands[id(dst)] = (dst, ts.pop(), loc)
    if not cands:
        return {}, [], {}

    def used_as_parts(n) -> bool:
        return id(n) not in b.opaque and id(n) not in b.captures and id(n) not in b.written_through \
            and passing.uses_ok(n)

    # variables fed only by candidate reads
    preds: dict[int, list] = {}
    for n in b.g.all_nodes:
        for m in n.succ.values():
            if m.role == "var":
                preds.setdefault(id(m), []).append(n)
    var_ok: dict[int, tuple] = {}
    for dst, t, _ in cands.values():
        for m in dst.succ.values():
            if m.role != "var" or id(m) in var_ok:
                continue
            srcs = preds.get(id(m), [])
            good = (id(m) in b.lexical and id(m) not in b.file_vars and m.info is not None and used_as_parts(m)
                    and all(isinstance(v, AObj) for v in m.pts)
                    and all(id(p) in cands and cands[id(p)][1] == t for p in srcs)
                    and all(id(s) in passing.dead_args or passing.holds_ok(s) for s in m.succ.values()))
            var_ok[id(m)] = (m, t) if good else None
    while True:   # drop the variables fed by a read not taken, until none is
        taken: dict[int, tuple] = {}
        for dst, t, loc in cands.values():
            if used_as_parts(dst) and all(id(s) in passing.dead_args or passing.holds_ok(s)
                                          or var_ok.get(id(s)) is not None for s in dst.succ.values()):
                taken[id(dst)] = (dst, t, loc)
        dropped = [vid for vid, got in var_ok.items()
                   if got is not None and not all(id(p) in taken for p in preds.get(vid, []))]
        if not dropped:
            break
        for vid in dropped:
            var_ok[vid] = None
    reads = {_loc_key(loc): t for _, t, loc in taken.values()}
    holders = [dst for dst, _, _ in taken.values()]
    plan_vars: dict = {}
    for got in var_ok.values():
        if got is not None:
            m, t = got
            loc = m.info[1]
            plan_vars[(loc.file, loc.line, loc.column)] = (t, False, None)
            holders.append(m)
    return reads, holders, plan_vars


def stored_calls(b, inline: dict, struct_of: dict) -> dict:
    """id(dst of a plain call) -> T for the calls whose result goes into inline
    fields of T and nowhere else (`o.k = f(...)`): when the call can return its
    fields (analysis/passing.py, Results), the build stores those."""
    field_t = {nid: t for nid, (_, t) in inline_field_nodes(b, inline, struct_of).items()}
    out = {}
    for use in b.call_uses.values():
        d = use[2]
        ts = {field_t.get(id(m)) for m in d.succ.values()}
        if len(ts) == 1 and None not in ts and id(d) not in b.captures:
            out[id(d)] = ts.pop()
    return out
