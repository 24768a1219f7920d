"""The property names a program's text may read.

A field whose value no code can see need not be written (analysis/shapes.py,
ShapeBuilder._field_read): `this.name = name` in a constructor whose objects
never have their `name` read, printed or listed. This module answers the
syntactic half of that question, by name and for the whole program: a key is
*read* when some expression of the text may read a property of that name from
any object. Which object does not matter here, so the answer holds whatever the
points-to analysis does or does not follow (method calls, `o.k++`, `o.k += 1`,
destructuring, `super.k`, optional chains all read).

Model: every member expression with a static key (`o.k`, `o["k"]`, `o.#k`)
reads that key unless it is the target of a plain `=` assignment, which only
writes it; object patterns read their keys; `"k" in o` counts as a read too.
Keys the language itself reads (conversions, `then`, the iteration protocol)
are the caller's to add; dynamic keys make objects dictionaries, which the
caller treats as read through.
"""
from __future__ import annotations

from typing import Any

from .parse import fields


def read_keys(tree: Any) -> set[str]:
    """The keys the text under tree may read (see the model above)."""
    out: set[str] = set()
    work: list = [(tree, None, None)]
    while work:
        n, parent, slot = work.pop()
        t = n.type
        if t == "MemberExpression":
            k = _static_key(n)
            written_only = parent is not None and parent.type == "AssignmentExpression" \
                and slot == "left" and parent.operator == "="
            if k is not None and not written_only:
                out.add(k)
        elif t == "ObjectPattern":
            for p in n.properties:
                if p.type == "Property":
                    k = _property_key(p)
                    if k is not None:
                        out.add(k)
        elif t == "BinaryExpression" and n.operator == "in" and n.left.type == "Literal" \
                and isinstance(n.left.value, str):
            out.add(n.left.value)
        for name, c in fields(n):
            work.append((c, n, name))
    return out


def _static_key(m: Any):
    p = m.property
    if not m.computed:
        if p.type == "PrivateIdentifier":
            return "#" + p.name
        return p.name if p.type == "Identifier" else None
    if p.type == "Literal" and isinstance(p.value, str):
        return p.value
    return None


def _property_key(p: Any):
    k = p.key
    if not p.computed and k.type == "Identifier":
        return k.name
    if k.type == "Literal" and isinstance(k.value, (str, int, float)):
        return str(k.value) if not isinstance(k.value, float) or not k.value.is_integer() else str(int(k.value))
    return None
