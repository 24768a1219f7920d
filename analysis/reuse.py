"""Array reuse: which array literal sites may hand out the same array again.

Model
-----
A `local` array (analysis/locality.py) never outlives the activation that makes
it, but it is still a fresh GC allocation (the `$Arr` and, once something is
pushed, its element storage) every time its literal runs: `const path = []` at
the top of a method called millions of times is millions of allocations for
wasmtime's collector. When nothing can tell the old array from a new one, the
build keeps one array per site in a module global instead: the literal takes it
(emptied) when it is there, allocates otherwise, and the function gives it back
on every `return` (codegen/reuse.py).

A whole copy `let/const v = x.slice()` is reusable the same way when the array
the builtin makes passes the same test (`reusable_slices`): the build then
copies x's elements into the array it keeps instead of a new one.

A site is *reusable* when

  - it is an array literal without holes or spread (`[]`, `[a, b]`; the build
    pushes the elements into the array it gives out), initialising a `let`/`const` V of the
    function f it is written in (not in a nested function), and the plan calls
    it `local`;
  - f is an ordinary function (not a generator, not async) with no `try`
    statement (a `finally` could run after the array is given back);
  - every node that may hold the array is a temporary, a parameter or `this`,
    the return value of a function other than f, or a variable that is V or
    belongs to another function, none of them captured by a closure, none a
    field, element or global.

Why that is enough: the array can only be reached from f's activation (V and
temporaries) and from the activations of functions f calls, which have
returned by the time f gives the array back. Only V names it in f, and V is
bound by the literal itself, so a literal run again (in a loop) replaces the
only binding of the array it empties: nothing reads the previous one after. A
recursive call of f finds the global empty (its caller holds the array) and
allocates; whichever activation returns last leaves its array for the next
call. An exception leaving f leaves the global empty: the next call allocates.
"""
from __future__ import annotations

from typing import Any

from .constraints import Builder, FunctionInfo
from .parse import children

_FUNCTIONS = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")
_LOOPS = ("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement")


def reusable_arrays(b: Builder, containers: dict, site_of_obj: dict, dead_args: set) -> frozenset:
    """The ids of the plan's reusable array sites (see the module comment).
    dead_args: the element nodes of the `arguments` objects no function reads
    (analysis/passing.py): holding the array there is holding it nowhere."""
    decls: dict[int, dict] = {}   # id(function) -> {id(ArrayExpression): declared variable name}
    out = set()
    for o in b.sites:
        site = site_of_obj.get(o.id)
        if o.kind != "array" or site is None or site.locality != "local" or site.representation != "array":
            continue
        ast = o.site.ast if o.site is not None else None
        f = o.owner
        if ast is None or not _plain_literal(ast) or not isinstance(f, FunctionInfo):
            continue
        if f.is_generator or f.is_async or f.ast is None:
            continue
        if id(f) not in decls:
            decls[id(f)] = _declared_arrays(f.ast)
        names = decls[id(f)]
        if names is None or id(ast) not in names:
            continue
        if _holders_ok(b, [n for n in containers.get(o.id, ()) if id(n) not in dead_args], f, names[id(ast)]):
            out.add(site.id)
    return frozenset(out)


def reusable_slices(b: Builder, containers: dict, dead_args: set) -> list:
    """(file, call) of the `let/const v = x.slice()` calls whose copy may be an
    array of the call's own, kept for its next run like a reusable literal's: the
    copy the builtin makes (its one hidden array) must pass the same test."""
    out = []
    tries: dict[int, bool] = {}
    for unit, call, dst, name in b.slice_decls:
        o = b._hidden_memo.get((id(dst), "slice"))
        f = dst.owner
        if o is None or not isinstance(f, FunctionInfo) or f.is_generator or f.is_async or f.ast is None:
            continue
        if id(f) not in tries:
            tries[id(f)] = _declared_arrays(f.ast) is None
        if tries[id(f)]:
            continue   # a `try`: a `finally` could run after the array is given back
        if _holders_ok(b, [n for n in containers.get(o.id, ()) if id(n) not in dead_args], f, name):
            out.append((unit, call))
    return out


def _declared_arrays(fn: Any):
    """id(ArrayExpression) -> name of the let/const it initialises, for the array
    literals without holes or spread written directly in fn; None when fn has a `try`."""
    out: dict[int, str] = {}
    stack = [c for c in children(fn)]
    while stack:
        n = stack.pop()
        t = n.type
        if t in _FUNCTIONS or t in ("ClassDeclaration", "ClassExpression"):
            continue
        if t == "TryStatement":
            return None
        if t == "VariableDeclaration" and n.kind in ("let", "const"):
            for d in n.declarations:
                init = d.init
                if init is not None and _plain_literal(init) and d.id.type == "Identifier":
                    out[id(init)] = d.id.name
        stack.extend(children(n))
    return out


def _plain_literal(n: Any) -> bool:
    """An array literal without holes or spread elements: `[]`, `[a, b]`."""
    return n.type == "ArrayExpression" and all(x is not None and x.type != "SpreadElement" for x in n.elements)


def _holders_ok(b: Builder, holders, f: FunctionInfo, name: str) -> bool:
    own_var = None
    for n in holders:
        if id(n) in b.captures:
            return False
        role = n.role
        if role in ("tmp", "param", "this"):
            continue
        if role == "ret" and n.owner is not f:
            continue
        if role != "var" or not isinstance(n.owner, FunctionInfo):
            return False   # a field, an element, a global, a thrown value, f's result
        if n.owner is not f:
            continue       # a variable of a callee: gone when it returns
        if n.info is None or n.info[0] != name or (own_var is not None and own_var is not n):
            return False
        own_var = n
    return own_var is not None
