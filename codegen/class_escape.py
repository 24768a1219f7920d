"""Which classes' static properties may be written in ways the build cannot see.

The build reads a class's static field from a mirror global, and calls its
static method directly, only when every write of that key in the closed world
is visible as `C.key = v` (ModuleBuilder.static_cache, calls.static_method).
A write is hidden when the class object reaches code under another name:

- the class binding used as a value: `const alias = C`, `f(C)`, `[C]`,
  `return C`, `x = C` ... Its statics may then be written as `alias.k = v`,
  `o[k] = v` or `Object.assign(cls, {...})` in code that never names C.
  Naming C as the object of a member expression (`C.k`, `C[k]`), as what
  `new`, `instanceof` or `extends` takes, in `typeof`, in a comparison, or as
  the argument of a built-in that only reads (`Object.keys(C)`,
  `console.log(C)`), reveals nothing;
- `this` in a static method, static initialiser or static block (and the arrows
  within), used other than as `this.k`: there it is the class, or a subclass
  that inherits the statics, so `Object.assign(this, o)` or `this[k] = v` may
  write any class's statics.

The model is the syntax tree with each node's parent. The result: the class
bindings that escape (the build treats them as it treats `Object.assign(C, ...)`),
and whether `this` escapes in a static context, in which case no static is
served from a mirror or called directly anywhere.
"""
from __future__ import annotations

from typing import Any, Callable

from analysis.parse import children

_FUNCTIONS = ("FunctionDeclaration", "FunctionExpression")


def class_escapes(programs: list, class_var: Callable[[Any], Any], is_global: Callable[[Any], bool]) -> tuple[set, bool]:
    """(ids of the class Vars used as values, does a static context's `this`
    escape). class_var(identifier) is the class binding it names, or None;
    is_global(identifier): it names a global of node, not a binding of the program."""
    escaped: set = set()
    opaque = [False]

    def visit(n: Any, parent: Any, static: bool) -> None:
        t = n.type
        if t == "Identifier":
            v = class_var(n)
            if v is not None and not _reveals_nothing(n, parent, is_global):
                escaped.add(id(v))
            return
        if t == "ThisExpression":
            if static and not (parent is not None and parent.type == "MemberExpression"
                               and parent.object is n and not parent.computed):
                opaque[0] = True
            return
        for c in children(n):
            inner = static
            if t in ("MethodDefinition", "PropertyDefinition") and c is getattr(n, "value", None):
                inner = bool(getattr(n, "static", False))
            elif t == "StaticBlock":
                inner = True
            elif c.type in _FUNCTIONS and t not in ("MethodDefinition",):
                inner = False   # a function of its own: `this` is its caller's choice, not the class
            visit(c, n, inner)

    for p in programs:
        visit(p, None, False)
    return escaped, opaque[0]


def _reveals_nothing(n: Any, parent: Any, is_global: Callable[[Any], bool]) -> bool:
    if parent is None:
        return False
    t = parent.type
    if t == "MemberExpression":
        return parent.object is n
    if t == "NewExpression":
        return parent.callee is n
    if t == "BinaryExpression" and parent.operator == "instanceof":
        return parent.right is n
    if t in ("ClassDeclaration", "ClassExpression"):
        return True   # its own name, or the class it extends
    if t == "UnaryExpression" and parent.operator == "typeof":
        return True
    if t == "BinaryExpression" and parent.operator in ("===", "!==", "==", "!="):
        return True
    if t == "CallExpression" and n in parent.arguments:
        c = parent.callee
        return c.type == "MemberExpression" and not c.computed and c.object.type == "Identifier" \
            and (c.object.name, c.property.name) in _READERS and is_global(c.object)
    return False


# built-ins that only read the properties of what they are given (the names are the
# globals', not rebound by the program)
_READERS = {("Object", "keys"), ("Object", "values"), ("Object", "entries"), ("Object", "getOwnPropertyNames"),
            ("console", "log"), ("console", "error"), ("console", "info"), ("console", "warn"),
            ("JSON", "stringify")}
