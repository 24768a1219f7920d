"""Nested results: a fresh object inside a result returned by value.

Model
-----
A function that returns by value (analysis/passing.py, Results) gives its
callers the fields of a fresh T instead of a reference. An iterator's `next()`
often puts a second fresh object in one of those fields:

    const window = { from: start, to: start + size };
    return { value: window, done: false };

and its callers only read that object's fields (`const w = r.value; w.to`).
The object is then allocated for nothing. A field k of the family's T is
*nested* with type W when

  - every allocation the family returns is an object literal, returned as it
    is written (not through a variable), whose k is a fresh W (a plain struct site nobody writes once made, read only at W's
    fields: Results._fresh), the literal `undefined`, or nothing;
  - each such W is written into a `const V = {...}` (or `new C(...)`) of the
    function that returns it, and V appears nowhere else in that function's
    source but as the value of k in the family's returned literals (so the W
    object is V's and the result's, and nobody else's, in the copy);
  - every read of k on a value call's result (a Results value holder of the
    family's type) is used only at W's fields: in place (`r.value.to`) or
    through let/const variables that receive nothing but such reads; not
    passed, compared, stored, written through or captured.

The family's results then have a layout of their own, T_ext: T's fields and,
after them, `k.f` for each field f of W, with k itself holding a marker of
presence (an i31) or undefined (codegen/passing.py). In the copy returning
fields, V is kept as fields (plan.value_vars, only in that copy) and the
literal `{k: V}` copies them; in the caller a read of k is taken as parts
(plan.inline_reads) and its variables are kept as fields with a presence flag
(plan.nested_vars): reading a field of an absent object throws node's
TypeError there, as reading it from undefined would.

Nothing else is changed: the function's ordinary copy still allocates W, and
callers that are not value calls get that object. A read of a W on a value
call result copies its fields, and W is never written once made, so the copy
is the object for as long as anyone looks.

Deciding the layout changes which calls are value calls of which type, so
Results decides nesting first, then the calls, then checks the reads; a family
whose reads fail is not nested and the calls are decided again (at most once
per family).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from .graph import UNDEF, AObj
from .parse import fields as ast_fields


@dataclass
class Nest:
    base: str                                   # T: the family's struct type
    key: str                                    # the nested field k
    inner: str                                  # W: the struct type of the objects in k
    members: list = field(default_factory=list)     # ids of the family's functions
    var_nodes: list = field(default_factory=list)   # the V variables (in the copies returning fields)


def ext_name(t: str, key: str, inner: str) -> str:
    """The name of the layout of T with field `key` nested as W."""
    return f"{t}+{key}:{inner}"


def decide(res, families: list, banned: set) -> dict[str, Nest]:
    """Nest the fields the module comment allows, renaming the families' types in
    res.rv to their T_ext; returns T_ext -> Nest. banned: family ids (the smallest
    member id) not to nest."""
    out: dict[str, Nest] = {}
    returned_asts = {id(a) for a in res.b.return_allocs.values()}
    for members in families:
        members = [k for k in members if k in res.rv]   # (some may have lost their T)
        if not members or min(members) in banned or any(res.returns.get(k) for k in members):
            continue   # (a family returning calls would pass the layout along: not handled)
        t = res.rv[members[0]]
        if t in res.nullable or any(res.rv[k] != t for k in members):
            continue
        allocs = [x for k in members for x in res.allocs.get(k, ())]
        if not allocs or any(x.site is None or x.site.ast is None or x.site.ast.type != "ObjectExpression"
                             or id(x.site.ast) not in returned_asts for x in allocs):
            continue   # (literals returned as they are written: not through a variable)
        for key in sorted(res.fields.get(t, ())):
            got = _nested_field(res, members, allocs, t, key)
            if got is None:
                continue
            inner, var_nodes = got
            ext = ext_name(t, key, inner)
            nest = Nest(t, key, inner, list(members), var_nodes)
            if ext in out:
                continue   # (two families with one layout: the first keeps it)
            out[ext] = nest
            ft = dict(res.field_types[t])
            for f, is_f64 in res.field_types[inner].items():
                ft[f"{key}.{f}"] = is_f64
            res.field_types[ext] = ft
            res.fields[ext] = set(ft)
            for k in members:
                res.rv[k] = ext
            break   # one nested field per family
    return out


def _nested_field(res, members: list, allocs: list, t: str, key: str) -> Optional[tuple[str, list]]:
    """(W, the V variable nodes) when field `key` of the family's literals may be
    nested, else None."""
    b = res.b
    inners: list[AObj] = []
    for x in allocs:
        n = x.fields.get(key)
        if n is None:
            continue
        for v in n.pts:
            if v is UNDEF:
                continue
            if not isinstance(v, AObj):
                return None
            inners.append(v)
    if not inners:
        return None
    types = {res.site_type.get(w.id) for w in inners}
    if len(types) != 1 or None in types:
        return None
    inner = types.pop()
    if inner == t or inner not in res.fields:
        return None
    member_ids = set(members)
    by_init = {id(init): n for n, init in b.var_allocs.values()}
    var_nodes = []
    for w in {w.id: w for w in inners}.values():
        if id(w.owner) not in member_ids or not res._fresh(w, inner) or not res.immutable(w):
            return None
        alloc_node = by_init.get(id(w.site.ast)) if w.site is not None else None
        if alloc_node is None or alloc_node.pts != {w}:
            return None
        succ = list(alloc_node.succ.values())
        if len(succ) != 1 or succ[0].role != "var":
            return None
        v = succ[0]
        if v.info is None or id(v) in b.captures or id(v) in b.file_vars or id(v) not in b.lexical \
                or id(v) in b.written_through or id(v) in b.passed or v.succ.keys() - _field_ids(allocs, key):
            return None
        if not _only_stored(b, w.owner.ast, v.info[0], w.site.ast, allocs, key):
            return None
        var_nodes.append(v)
    return inner, var_nodes


def _field_ids(allocs: list, key: str) -> set:
    return {id(x.fields[key]) for x in allocs if key in x.fields}


def _only_stored(b, fn_ast: Any, name: str, init: Any, allocs: list, key: str) -> bool:
    """Is every occurrence of `name` in the function's source the `const name =
    init` declaration or the value of `key` in one of the returned literals?"""
    stored = {id(p.value) for x in allocs for p in x.site.ast.properties
              if p.type == "Property" and b.member_key_of_property(p) == key}
    declared = 0
    stack: list[tuple[Any, Any, Any]] = [(None, None, fn_ast.body)]
    while stack:
        parent, fname, n = stack.pop()
        if n.type == "Identifier" and n.name == name:
            if parent is not None and parent.type == "MemberExpression" and fname == "property" \
                    and not parent.computed:
                continue
            if parent is not None and parent.type == "Property" and fname == "key" and not parent.computed:
                continue   # a property name (a shorthand's value is visited as the value)
            if parent is not None and parent.type == "VariableDeclarator" and fname == "id" \
                    and parent.init is init:
                declared += 1
                continue
            if id(n) in stored:
                continue   # the value of `key` in a returned literal
            return False
        for k, c in ast_fields(n):
            stack.append((n, k, c))
    return declared == 1


def check_reads(res, nested: dict[str, Nest]) -> tuple[set, dict, dict]:
    """After the calls: (family ids whose reads are not all usable at W's fields,
    read location -> W of the reads taken as parts, variable key -> W of the
    caller variables kept as fields with a presence flag)."""
    from .passing import _loc_key
    b = res.b
    if not nested:
        return set(), {}, {}
    holder_of: dict[int, str] = res.holder_type
    banned: set = set()
    reads: dict = {}
    dsts: dict[int, tuple] = {}   # id(dst) -> (dst, T_ext, loc)
    for objn, key, dst, loc in b.static_loads:
        ext = holder_of.get(id(objn))
        nest = nested.get(ext) if ext is not None else None
        if nest is None or key != nest.key:
            continue
        if id(objn) in res.rv_only_holders:
            # kept as fields only in its function's copy returning them: the other
            # copy reads a real object there
            banned.add(min(nest.members))
            continue
        dsts[id(dst)] = (dst, ext, loc)
    # the variables those reads feed, each fed by nothing else
    var_ok: dict[int, Optional[tuple]] = {}
    for dst, ext, _ in dsts.values():
        for m in dst.succ.values():
            if id(m) in var_ok:
                continue
            srcs = res.preds.get(id(m), [])
            good = (m.role == "var" and m.info is not None and id(m) in b.lexical and id(m) not in b.file_vars
                    and _clean(b, m) and not m.succ
                    and all(id(p) in dsts and dsts[id(p)][1] == ext for p in srcs))
            var_ok[id(m)] = (m, nested[ext].inner) if good else None
    for dst, ext, loc in dsts.values():
        if not _clean(b, dst) or any(var_ok.get(id(m)) is None for m in dst.succ.values()):
            banned.add(min(nested[ext].members))
            continue
        reads[_loc_key(loc)] = nested[ext].inner
    if banned:
        return banned, {}, {}
    variables = {}
    for got in var_ok.values():
        m, inner = got
        loc = m.info[1]
        variables[(loc.file, loc.line, loc.column)] = inner
    return banned, reads, variables


def _clean(b, n) -> bool:
    """Is n used only as the base of static reads (or dropped)?"""
    return id(n) not in b.opaque and id(n) not in b.captures and id(n) not in b.written_through \
        and id(n) not in b.passed
