"""The property names a program's text may read.

A field whose value no code can see need not be written (analysis/shapes.py,
ShapeBuilder._field_read): `this.name = name` in a constructor whose objects
never have their `name` read, printed or listed. This module answers the
syntactic half of that question, by name and for the whole program: a key is
*read* when some expression of the text may read a property of that name from
any object. Which object does not matter here, so the answer holds whatever the
points-to analysis does or does not follow (method calls, `o.k++`, `o.k += 1`,
destructuring, `super.k`, optional chains all read).

Model: every member expression with a constant key reads that key unless it
is the target of a plain `=` assignment, which only writes it; object patterns
read their keys; `k in o` counts as a read too. A key is constant where the
constraint builder takes it as one (Builder.constant_key): `o.k`, `o.#k`, a
literal (`o[0]` reads "0"), a template without substitutions, `-1`,
`Symbol.iterator` ("@@iterator"), or the name of a `const` bound to such a key
(`const K = "v"; o[K]` reads "v"). That last one the builder resolves through
scopes; here every `const` of that name anywhere in the text counts, which may
add keys, never miss one. Keys the language itself reads (conversions, `then`,
the iteration protocol) are the caller's to add; other dynamic keys make
objects dictionaries, which the caller treats as read through.
"""
from __future__ import annotations

from typing import Any

from .jsnumber import canonical_key
from .parse import fields


def read_keys(tree: Any) -> set[str]:
    """The keys the text under tree may read (see the model above)."""
    consts = _const_keys(tree)
    out: set[str] = set()
    work: list = [(tree, None, None)]
    while work:
        n, parent, slot = work.pop()
        t = n.type
        if t == "MemberExpression":
            written_only = parent is not None and parent.type == "AssignmentExpression" \
                and slot == "left" and parent.operator == "="
            if not written_only:
                out |= _member_keys(n, consts)
        elif t == "ObjectPattern":
            for p in n.properties:
                if p.type == "Property":
                    out |= _property_keys(p, consts)
        elif t == "BinaryExpression" and n.operator == "in":
            out |= _keys(n.left, consts)
        for name, c in fields(n):
            work.append((c, n, name))
    return out


def _const_keys(tree: Any) -> dict[str, set[str]]:
    """name -> the keys a `const` of that name (any scope) is bound to, through
    other such consts (`const A = "v", B = A`)."""
    inits: dict[str, list] = {}
    work = [tree]
    while work:
        n = work.pop()
        if n.type == "VariableDeclaration" and n.kind == "const":
            for d in n.declarations:
                if d.id.type == "Identifier" and d.init is not None:
                    inits.setdefault(d.id.name, []).append(d.init)
        work.extend(c for _, c in fields(n))
    consts: dict[str, set[str]] = {name: set() for name in inits}
    changed = True
    while changed:   # the sets only grow, within the finitely many keys written
        changed = False
        for name, exprs in inits.items():
            for e in exprs:
                new = _keys(e, consts) - consts[name]
                if new:
                    consts[name] |= new
                    changed = True
    return consts


def _keys(n: Any, consts: dict[str, set[str]]) -> set[str]:
    """The keys an expression used as a computed key may be when it is constant
    (Builder.constant_key); empty when it is not."""
    t = n.type
    if t == "Literal":
        if getattr(n, "regex", None) is not None or getattr(n, "bigint", None) is not None:
            return set()
        k = canonical_key(n.value)
        return {k} if k is not None else set()
    if t == "TemplateLiteral" and not n.expressions:
        return {n.quasis[0].value.cooked}
    if t == "Identifier":
        return set(consts.get(n.name, ()))
    if t == "MemberExpression" and not n.computed and n.object.type == "Identifier" \
            and n.object.name == "Symbol" and n.property.type == "Identifier":
        return {"@@" + n.property.name}
    if t == "UnaryExpression" and n.operator == "-" and n.argument.type == "Literal" \
            and isinstance(n.argument.value, (int, float)) and not isinstance(n.argument.value, bool):
        return {canonical_key(-n.argument.value)}
    return set()


def _member_keys(m: Any, consts: dict[str, set[str]]) -> set[str]:
    p = m.property
    if not m.computed:
        if p.type == "PrivateIdentifier":
            return {"#" + p.name}
        return {p.name} if p.type == "Identifier" else set()
    return _keys(p, consts)


def _property_keys(p: Any, consts: dict[str, set[str]]) -> set[str]:
    k = p.key
    if not p.computed and k.type == "Identifier":
        return {k.name}
    return _keys(k, consts)
