"""`this` in a derived class's constructor, which `super(...)` binds.

In JavaScript a constructor of a class with `extends` starts with `this`
unbound: reading it (directly, in an arrow function, or through `super.x`)
before `super(...)` has returned throws a ReferenceError, so does a second
`super(...)`, and so does returning without having called it. The build makes
the object before the constructor runs, so it cannot follow those rules in
general; it compiles the constructors for which the text alone shows that none
of them can apply, and refuses the others at the construct (never a module that
prints something node would not).

Model: a constructor body is *plainly bound* when it has exactly one
`super(...)` call (counting those in its arrow functions, not in nested
ordinary functions or classes, which cannot call it), that call is a statement
`super(...);` of the body's top level, and nothing before the end of that
statement uses `this` or `super.x` (arrow functions included) or returns. Then
every run calls super(...) once before any use of `this`, or throws before it,
as node would.
"""
from __future__ import annotations

from typing import Any, Optional

from .resolve import Unsupported
from analysis.parse import fields

_OPAQUE = ("FunctionDeclaration", "FunctionExpression", "ClassDeclaration", "ClassExpression")
WHAT = ("a derived class's constructor that calls `super(...)` other than once, as a statement "
        "of its body before any use of `this` (node throws a ReferenceError there)")


def check(node: Any) -> None:
    """Raise Unsupported at the first construct of constructor `node` (of a class
    with `extends`) that keeps its body from being plainly bound."""
    body = node.body.body
    calls, uses = _scan(node.body)
    stmt = _super_statement(body)
    if len(calls) != 1 or stmt is None:
        raise Unsupported(calls[1] if len(calls) > 1 else (calls[0] if calls else node), WHAT)
    end = stmt._end
    early = [u for u in uses if u._start < end]
    if early:
        raise Unsupported(early[0], WHAT)
    for s in body:
        if s is stmt:
            break
        ret = _first_return(s)
        if ret is not None:
            raise Unsupported(ret, WHAT)


def _super_statement(body: list) -> Optional[Any]:
    for s in body:
        if s.type == "ExpressionStatement" and s.expression.type == "CallExpression" \
                and s.expression.callee.type == "Super":
            return s
    return None


def _scan(root: Any) -> tuple[list, list]:
    """(super(...) calls, uses of `this` and `super.x`) under root, in text order,
    not looking into ordinary functions or classes."""
    calls, uses = [], []
    work = [root]
    while work:
        n = work.pop()
        if n.type in _OPAQUE:
            continue
        if n.type == "CallExpression" and n.callee.type == "Super":
            calls.append(n)
        elif n.type == "ThisExpression" or (n.type == "MemberExpression" and n.object.type == "Super"):
            uses.append(n)
        work.extend(c for _, c in fields(n))
    calls.sort(key=lambda x: x._start)
    uses.sort(key=lambda x: x._start)
    return calls, uses


def _first_return(s: Any) -> Optional[Any]:
    work = [s]
    while work:
        n = work.pop()
        if n.type in _OPAQUE or n.type == "ArrowFunctionExpression":
            continue
        if n.type == "ReturnStatement":
            return n
        work.extend(c for _, c in fields(n))
    return None
