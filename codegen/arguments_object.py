"""The `arguments` object in the build: where a function's code may use it.

Model
-----
A non-arrow function that mentions `arguments` (in its own code or in the
arrows inside it, which share its binding) gets an implicit variable
`arguments` (codegen/resolve.py), set on entry to a plain array of every
argument the call passed ($rest_array from 0). An array is not an `arguments`
object: node prints one as `[Arguments] { '0': 1 }`, serialises it as an
object, has no array methods on it, and `Array.isArray` says false. So the
build compiles `arguments` only where the two cannot be told apart, the uses
that read the values and nothing else:

  - `arguments.length` and `arguments[i]`, read (not assigned, updated,
    deleted or called as a method: `arguments[0]()` would see `arguments` as
    its `this`);
  - `...arguments` in a call, a `new`, an array literal or an object literal;
  - `for (x of arguments)` and `[a, b] = arguments` (both iterate it);
  - `f.apply(thisArg, arguments)`, `Array.from(arguments)`, and
    `Array.prototype.r.call(arguments, ...)` or `.apply(arguments, list)` (or
    `[].r.call`, `[].r.apply`) for a method r that only reads its receiver
    (`slice`, `indexOf`, `join`, `map`, ...).

Every other use is refused at the use, by the lowering (`allowed` lists the
identifiers in these positions). Since the object never escapes, nothing else
can observe it.

Sloppy-mode functions with only plain-name parameters have a *mapped*
arguments object: assigning parameter i changes `arguments[i]`. The array does
not follow such writes, so the build refuses `arguments` in such a function
when one of its parameters is ever assigned (`mapping_visible`). Writes to
`arguments[i]` are refused in every function (the first rule).
"""
from __future__ import annotations

from typing import Any, Iterator, Optional

from analysis.parse import fields, is_reference

_FUNCTIONS = ("FunctionDeclaration", "FunctionExpression")
_ALSO_OPAQUE = ("ClassDeclaration", "ClassExpression")   # (a class body is its own code: methods, fields)

REFUSED = ("the `arguments` object used other than by reading `arguments.length` or `arguments[i]`, "
           "spreading it, iterating it (`for-of`, `[a, b] = arguments`), `f.apply(x, arguments)`, "
           "`Array.from(arguments)` or `Array.prototype.m.call(arguments, ...)` (or `.apply`) for a method m that "
           "only reads "
           "its receiver "
           "(a rest parameter, `...args`, is a real array)")


def mentions(fn: Any) -> bool:
    """Does the function's own code (its parameters' defaults, its body and the
    arrows inside, not nested functions or classes) name `arguments`?"""
    return any(True for _ in _references(fn, own=True))


def allowed(fn: Any) -> set:
    """ids of the `arguments` identifiers of the function's own code in a position
    the build compiles (see the module comment)."""
    return {id(ident) for ident, ok in _references(fn, own=True) if ok}


def _references(node: Any, own: bool = False) -> Iterator[tuple[Any, bool]]:
    """(identifier, in an allowed position) of every reference named `arguments`.
    The walk keeps each node's ancestors as a linked list: (node, key, outer)."""
    stack = [(node, None, own)]
    while stack:
        n, up, top = stack.pop()
        t = n.type
        if not top and (t in _FUNCTIONS or t in _ALSO_OPAQUE):
            continue
        if t == "Identifier":
            if n.name == "arguments" and (up is None or is_reference(up[0], up[1])):
                yield n, _allowed_position(up)
            continue
        for ck, c in fields(n):
            stack.append((c, (n, ck, up), False))


def _allowed_position(up: Any) -> bool:
    if up is None:
        return False
    p, k, outer = up
    t = p.type
    if t == "MemberExpression" and k == "object":
        if not p.computed and p.property.name != "length":
            return False
        return not _written_or_called(outer)
    g = outer[0] if outer is not None else None
    if t == "SpreadElement":
        return g is not None and g.type in ("CallExpression", "NewExpression", "ArrayExpression", "ObjectExpression")
    if t == "ForOfStatement" and k == "right":
        return True
    if t == "VariableDeclarator" and k == "init" or t == "AssignmentExpression" and k == "right":
        return (p.id if t == "VariableDeclarator" else p.left).type == "ArrayPattern"   # iterates it
    if t == "CallExpression" and k == "arguments":
        c = p.callee
        if c.type != "MemberExpression" or c.computed:
            return False
        if c.property.name == "apply" and len(p.arguments) == 2 and p.arguments[1].type == "Identifier" \
                and p.arguments[1].name == "arguments":
            return True
        if c.property.name in ("call", "apply") and p.arguments and p.arguments[0].type == "Identifier" \
                and p.arguments[0].name == "arguments" and _borrowed_reader(c.object):
            return True
        return c.object.type == "Identifier" and c.object.name == "Array" and c.property.name == "from" \
            and len(p.arguments) == 1
    return False


# array methods that only read their receiver, and never spread it (concat would
# flatten an array where node keeps an arguments object whole)
_READERS = frozenset({"slice", "indexOf", "lastIndexOf", "includes", "join", "map", "filter", "forEach",
                      "reduce", "reduceRight", "some", "every", "find", "findIndex", "at"})


def _borrowed_reader(m: Any) -> bool:
    """Is m `Array.prototype.r` or `[].r` for a reading method r?"""
    if m.type != "MemberExpression" or m.computed or m.property.name not in _READERS:
        return False
    h = m.object
    return (h.type == "ArrayExpression" and not h.elements) or (
        h.type == "MemberExpression" and not h.computed and h.property.name == "prototype"
        and h.object.type == "Identifier" and h.object.name == "Array")


def _written_or_called(up: Any) -> bool:
    """Is the member expression below `up` written, deleted or called, or a
    destructuring target?"""
    if up is None:
        return False
    parent, key, outer = up
    t = parent.type
    if t == "AssignmentExpression" and key == "left":
        return True
    if t == "UpdateExpression":
        return True
    if t == "UnaryExpression" and parent.operator == "delete":
        return True
    if t in ("CallExpression", "NewExpression") and key == "callee":
        return True
    if t in ("ForInStatement", "ForOfStatement") and key == "left":
        return True
    if t in ("ArrayPattern", "ObjectPattern", "RestElement") or t == "AssignmentPattern" and key == "left":
        return True
    if t == "Property" and key == "value":
        return outer is not None and outer[0].type == "ObjectPattern"
    return False


def mapping_visible(fn: Any, params: list, strict: bool) -> Optional[Any]:
    """In a sloppy-mode function with only plain-name parameters, the first
    parameter Var that is ever assigned (the mapped object would show it), or None."""
    if strict or any(p.type != "Identifier" for p in fn.params):
        return None
    return next((v for v in params if v.assigned), None)
