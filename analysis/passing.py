"""Scalar passing: which calls may receive a scalar-replaced object as its fields.

Model
-----
A scalar-replaced object (analysis/locality.py, `scalar_ok`) is its fields,
held in wasm locals of the function that makes it. It may still be handed to
another function when that function only *reads* it: the build then passes the
fields as separate wasm parameters of a copy of the callee specialised for that
argument (codegen/passing.py), and nothing is allocated.

The nodes are the receivers and arguments the constraint builder records as
*passed* (`Builder.passed`: a variable, `this` or an allocation given to a plain
call `f(a)` / `o.m(a)`), and each function's *parameter holders*: for parameter
i, its parameter node and the variable it binds; for a method's `this`, its
`this` node. A use (call, position) is *approved* when

  - the call has exactly one possible target g in the closed world (a function
    declaration called by its name, or a class's instance method called by its
    key on receivers with no accessor of that name), with no spread argument
    and the position within g's parameters;
  - position i of g is *read-only*.

Position i of g is read-only when g is an ordinary function made at a file's
top level (no environment, no `arguments`, no rest or pattern parameters, not a
generator or async), and each of its parameter holders is

  - never written through (`p.k = v`, `p.k++`), never reassigned, not captured
    by a closure, not used opaquely (compared, returned, stored, spread...);
  - passed on only by approved uses (its flow edges go to the parameters of
    approved uses and nowhere else).

Read-only positions are the greatest fixed point: start with every candidate,
drop a position when one of its uses is not approved, until nothing changes
(a recursive function passing its parameter to itself stays read-only).

While the callee runs, nothing else can see the object (it lives only in the
caller's locals and the callee's parameters, which nobody writes), so the
fields passed at the call are the fields the callee would have read.
"""
from __future__ import annotations

from typing import Any, Optional

from .constraints import Builder, FileUnit, FunctionInfo
from .graph import ELEM, AObj


class Passing:
    def __init__(self, b: Builder):
        self.b = b
        self.holders: dict[tuple[int, int], list] = {}   # (id(f), position) -> holder nodes
        self.owner_of: dict[int, tuple] = {}             # id(holder node) -> (f, position)
        self.ro: set[tuple[int, int]] = set()
        # the element field of the `arguments` object of every function that never
        # reads `arguments`: holding an object there is holding it nowhere
        self.dead_args: set[int] = set()
        for f in b.functions:
            if f.args_obj is not None and not self.reads_arguments(f):
                n = f.args_obj.fields.get(ELEM)
                if n is not None:
                    self.dead_args.add(id(n))
        self._candidates()
        self._fixed_point()

    # ------------------------------------------------------------ candidates
    def _candidates(self) -> None:
        b = self.b
        for f in b.functions:
            if not _plain_function(f) or self.reads_arguments(f):
                continue
            if f.this is not None and id(f) in b.plain_methods:
                self._add(f, -1, [f.this])
            for i, p in enumerate(f.params):
                vs = list(p.succ.values())
                if len(vs) != 1 or vs[0].role != "var" or vs[0].owner is not f:
                    continue
                self._add(f, i, [p, vs[0]])
        # a parameter's variable is never reassigned: only its parameter flows into it
        preds: dict[int, int] = {}
        watched = {id(h) for hs in self.holders.values() for h in hs[1:]}
        for n in b.g.all_nodes:
            for m in n.succ.values():
                if id(m) in watched:
                    preds[id(m)] = preds.get(id(m), 0) + 1
        for key, hs in list(self.holders.items()):
            if any(preds.get(id(h), 0) != 1 for h in hs[1:]):
                self._drop(key)

    def reads_arguments(self, f: FunctionInfo) -> bool:
        n = self.b.args_nodes.get(id(f))
        return n is not None and id(n) in self.b.arguments_read

    def _add(self, f: FunctionInfo, pos: int, hs: list) -> None:
        b = self.b
        for h in hs:
            if id(h) in b.opaque or id(h) in b.captures or id(h) in b.written_through:
                return
        key = (id(f), pos)
        self.holders[key] = hs
        self.ro.add(key)
        for h in hs:
            self.owner_of[id(h)] = (f, pos)

    def _drop(self, key) -> None:
        self.ro.discard(key)

    # ------------------------------------------------------------ fixed point
    def _fixed_point(self) -> None:
        changed = True
        while changed:
            changed = False
            for key in list(self.ro):
                if not self._holders_ok(self.holders[key]):
                    self.ro.discard(key)
                    changed = True

    def _holders_ok(self, hs: list) -> bool:
        allowed = {id(h) for h in hs}
        for h in hs:
            for use in self.b.passed.get(id(h), ()):
                g = self.target(use)
                if g is None:
                    return False
                if use[1] >= 0:
                    allowed.add(id(g.params[use[1]]))
            for m in h.succ.values():
                if id(m) not in allowed and id(m) not in self.dead_args:
                    return False
        return True

    # ------------------------------------------------------------ uses
    def target(self, use) -> Optional[FunctionInfo]:
        """The function an approved use passes to, or None."""
        call, pos, dst = use[:3]
        b = self.b
        targets = b.call_targets.get(id(dst), ())
        if len(targets) != 1:
            return None
        g = next(iter(targets))
        if not isinstance(g, FunctionInfo) or (id(g), pos) not in self.ro:
            return None
        if any(a.type == "SpreadElement" for a in call.arguments) or pos >= len(g.params):
            return None
        callee = call.callee
        if callee.type == "Identifier":
            if g.ast is None or g.ast.type != "FunctionDeclaration" or g.ast.id is None \
                    or g.ast.id.name != callee.name:
                return None
        elif callee.type == "MemberExpression":
            key = b.plain_methods.get(id(g))
            recv, called = b.call_recv.get(id(dst), (None, None))
            if key is None or recv is None or key != called:
                return None
            if any(isinstance(v, AObj) and _accessor(v, key) for v in recv.pts):
                return None
        else:
            return None
        return g

    def holds_ok(self, n) -> bool:
        """Is n a parameter holder of a read-only position (a place a scalar
        object may reach through an approved use), or the arguments of a function
        that never reads `arguments`?"""
        if id(n) in self.dead_args:
            return True
        fp = self.owner_of.get(id(n))
        return fp is not None and (id(fp[0]), fp[1]) in self.ro

    def scalar_calls(self, holders) -> dict:
        """(call location key) -> (target function key, name) of every approved use
        of the given holders: the calls the build lowers to a specialised copy."""
        out = {}
        for n in holders:
            for use in self.b.passed.get(id(n), ()):
                g = self.target(use)
                if g is None:
                    continue
                loc = use[3]
                gl = g.file.source.location(g.ast._start, g.ast._start + 1)
                out[(loc.file, loc.line, loc.column, loc.end_line, loc.end_column)] = \
                    ((gl.file, gl.line, gl.column), g.name or "(anonymous)")
        return out

    def uses_ok(self, n) -> bool:
        """Is every recorded receiver/argument use of n approved?"""
        return all(self.target(u) is not None for u in self.b.passed.get(id(n), ()))


def _plain_function(f: FunctionInfo) -> bool:
    ast = f.ast
    if ast is None or f.is_arrow or f.is_generator or f.is_async \
            or f.rest is not None or f.forwards_to is not None or not isinstance(f.parent, FileUnit):
        return False
    if ast.type not in ("FunctionDeclaration", "FunctionExpression"):
        return False
    return all(p.type == "Identifier" for p in ast.params)


def _accessor(v: AObj, key: str) -> bool:
    """Might `v.key` run an accessor (so the method called is not what a plain lookup finds)?"""
    ci = v.cls if v.kind == "new" else None
    while ci is not None and not isinstance(ci, FunctionInfo):
        if key in ci.accessors:
            return True
        ci = ci.parents[0] if len(ci.parents) == 1 else None
    return False

