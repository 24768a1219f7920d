"""Constructor functions that are used only as classes become classes.

Older JavaScript writes a class as a function called with `new`:

    function Edge(from, to) { this.from = from; this.to = to; }
    ... new Edge(a, b) ...

When such a function is used only that way, it behaves exactly as

    class Edge { constructor(from, to) { this.from = from; this.to = to; } }

and the rest of the analysis and the build treat it as that class (its sites
get the class's struct, its calls are direct). This pass finds those functions
in one file and rewrites them; it runs on each parsed file before the analysis.

The model is syntactic and conservative. A `function F` declaration in the
file's top-level statement list (not async, not a generator) is rewritten when
the file constructs it (`new F(...)`) and every other occurrence of the identifier `F` anywhere in the file is the callee
of `new F(...)` or the right side of `x instanceof F`. Any other occurrence (a
call `F()`, `F.prototype`, `F.call`, an export, a reassignment, a second
declaration or a parameter named `F` in any scope) leaves the function alone,
and the build's "`new` of a function that is not a class" diagnostic stands.
Under that rule nothing can tell the two apart: the function is never called
without `new` or read as a value (so neither its printed form nor its
`prototype` can be observed), and a base-class constructor ignores a primitive
return value as a function does.

Two differences are kept out by construction:
- hoisting: a function declaration is bound before any statement runs, a class
  only when its declaration is reached. The class goes first in the statement
  list (evaluating a class with only a constructor has no effect), and the
  function is left alone when a top-level occurrence outside any function comes
  earlier in the text than the declaration (the build checks such reads
  against the declaration's position);
- strictness: a class body is strict code, a function in a sloppy file is not.
  The constructor is marked `sloppy_constructor` when the file is not strict,
  and strictness tests look through that mark (codegen Module.is_strict,
  analysis Builder.is_strict).

The parsed tree is shared with the incremental parser's cache, so it is not
changed: the rewrite returns a new Program node with a new statement list, and
the class nodes reuse the function's parameter and body nodes unchanged.
"""
from __future__ import annotations

from typing import Any

import esprima.nodes as N
from esprima.validation import _strict_directive

from .parse import fields

_FUNCTIONS = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")


def classes_for_constructor_functions(tree: Any, is_module: bool) -> Any:
    """tree, or a copy of its Program node in which the constructor functions
    used only as classes are class declarations."""
    body = tree.body
    candidates = {st.id.name: st for st in body
                  if st.type == "FunctionDeclaration" and st.id is not None
                  and not st.generator and not st.isAsync}
    if not candidates:
        return tree
    constructed, disqualified = _uses(tree, candidates)
    for name in set(candidates) - (constructed - disqualified):
        del candidates[name]
    if not candidates:
        return tree
    strict = is_module or _strict_directive(body)
    chosen = {id(fn) for fn in candidates.values()}
    classes = [_as_class(st, strict) for st in body if id(st) in chosen]
    rest = [st for st in body if id(st) not in chosen]
    prologue = 0
    while prologue < len(rest) and getattr(rest[prologue], "directive", None) is not None:
        prologue += 1
    out = object.__new__(type(tree))
    out.__dict__.update(tree.__dict__)
    out.body = rest[:prologue] + classes + rest[prologue:]
    return out


def _uses(tree: Any, candidates: dict) -> tuple[set, set]:
    """The candidate names used in `new F(...)`, and those with an occurrence
    that is not `new F` or `instanceof F`."""
    constructed: set = set()
    out: set = set()
    # (node, parent, the field of the parent holding it, inside a function)
    stack: list = [(tree, None, None, False)]
    while stack:
        n, parent, field, in_fn = stack.pop()
        if n.type == "Identifier" and n.name in candidates:
            decl = candidates[n.name]
            if parent is decl and field == "id":
                pass
            elif _class_use(parent, field):
                if parent.type == "NewExpression":
                    constructed.add(n.name)
                if not in_fn and n._start < decl._start:
                    out.add(n.name)   # read at the top level before the declaration
            elif _is_reference(parent, field):
                out.add(n.name)
        # (a class's static initialisers run at the top level: not "inside a function")
        inner = in_fn or n.type in _FUNCTIONS
        for k, c in fields(n):
            stack.append((c, n, k, inner))
    return constructed, out


def _class_use(parent: Any, field: Any) -> bool:
    if parent is None:
        return False
    if parent.type == "NewExpression" and field == "callee":
        return True
    return parent.type == "BinaryExpression" and parent.operator == "instanceof" and field == "right"


def _is_reference(parent: Any, field: Any) -> bool:
    """Is an identifier at parent.field a use or a declaration of a binding (not a
    property name)?"""
    if parent is None:
        return True
    if parent.type == "MemberExpression" and field == "property" and not parent.computed:
        return False
    if parent.type in ("Property", "MethodDefinition", "PropertyDefinition") and field == "key" \
            and not parent.computed and not getattr(parent, "shorthand", False):
        return False
    if parent.type in ("LabeledStatement", "BreakStatement", "ContinueStatement") and field == "label":
        return False
    return True


def _as_class(fn: Any, strict: bool) -> Any:
    """`class F { constructor(params) body }` in the place of `function F(params) body`."""
    ctor = N.FunctionExpression(None, fn.params, fn.body, False)
    ctor.sloppy_constructor = not strict
    key = N.Identifier("constructor")
    method = N.MethodDefinition(key, False, ctor, "constructor", False)
    body = N.ClassBody([method])
    cls = N.ClassDeclaration(fn.id, None, body)
    for node, like in ((ctor, fn), (key, fn.id), (method, fn), (body, fn), (cls, fn)):
        for k in ("_start", "_end", "_line", "_column", "range", "loc"):
            if k in like.__dict__:
                node.__dict__[k] = like.__dict__[k]
    cls.from_function = True
    return cls
