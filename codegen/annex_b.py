"""Function declarations in blocks of sloppy-mode code.

In strict code a function declared in a block (`if (x) { function f() {} }`)
is a binding of that block only, and the build resolves every function's
names that way. Sloppy code keeps a web-compatibility rule (ECMAScript Annex
B.3.3): the name is also a `var` of the enclosing function (or of the file),
undefined until the declaration is evaluated, then the function. So in node

    { function g() {} }
    console.log(typeof g);   // "function" in sloppy code, "undefined" in strict

The two readings differ only where the name is used outside the block and
reaches that `var`: a name nothing declares (the global lookup the build
would make), or a `var` or function declaration of the same name in the
enclosing function or an outer one (Annex B assigns the same binding). A use
that a nearer binding shadows (a block's `let`, a nested function's
parameter) means the same in both, and so does a parameter of the enclosing
function (Annex B skips a name that is a parameter) or a `let` there (it
would be an early error). The build refuses the first kind, at the use,
rather than print what strict code would.
"""
from __future__ import annotations

from typing import Any, Iterator

from analysis.parse import fields, is_reference

from .resolve import Unsupported


def check(fl, decl: Any) -> None:
    """Refuse a use outside its block of `decl`, a function declared in a block
    of fl's function, where sloppy mode's rule and the build's would differ."""
    if fl.mod.is_strict(fl.fi):
        return
    v = fl.var_of(decl.id)
    block_scoped = {id(x) for xs in fl.res.block_vars.values() for x in xs}
    outer = set()
    f = fl.fi
    while f is not None:
        outer.add(id(f))
        f = f.parent
    for ident in _references(fl.fi.node):
        if ident.name != decl.id.name or ident is decl.id:
            continue
        r = fl.var_of(ident)
        if r is v:
            continue
        if r is not None and (id(r) in block_scoped or r.kind not in ("var", "function")
                              or (r.owner is not None and id(r.owner) not in outer)):
            continue   # a nearer binding, or one Annex B leaves alone: the same in node
        raise Unsupported(ident, f"`{decl.id.name}` used outside the block that declares it as a function "
                                 "(sloppy mode makes it a variable of the enclosing function: add \"use strict\" "
                                 "or declare the function outside the block)")


def _references(root: Any) -> Iterator[Any]:
    """The identifiers in root's tree that name a binding (not a property name or
    a label)."""
    stack = [(root, None, None)]
    while stack:   # iterative: deeply nested files must not exhaust the Python stack
        n, parent, key = stack.pop()
        if n.type == "Identifier":
            if is_reference(parent, key):
                yield n
            continue
        stack.extend((c, n, k) for k, c in fields(n))
