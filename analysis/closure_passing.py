"""Closure passing: which function literals written as call arguments are never made.

Model
-----
A function literal written in place as an argument, `items.forEach((x) => ...)`
where `forEach` is a method of the program, is a closure: a function object
holding its captures. When the callee only *calls* that parameter, or hands it
unchanged to another callee that only calls it, nobody ever sees the object: the
build passes the captures instead, as separate wasm parameters of a copy of the
callee specialised for that literal (codegen/closure_passing.py), and the
callee's `p(...)` becomes a direct call of the literal's code, which takes the
captures as parameters (Module.lifted, as for callbacks of array methods).

The nodes are each function's *parameter holders* (analysis/passing.py): for
parameter i, its parameter node and the variable it binds. Position i of g is
*call-only* when g is an ordinary function the build can copy (Passing.plain:
no `arguments`, plain parameter names), its parameter i is never reassigned,
and each holder is

  - not captured by a closure, never written through (`p.k = v`), never read
    as `p.k`, and used in no other way (compared, stored, returned, spread:
    Builder.opaque, leaving out calls by name);
  - called by name (`p(...)` without spread arguments, Builder.called), or
    passed, at a use Passing.target approves, to a call-only position (its flow
    edges go to those parameters and nowhere else).

Call-only positions are the greatest fixed point: start with every candidate,
drop one when a holder breaks a rule, until nothing changes (a recursive
function handing its callback to itself stays call-only).

A literal is *passed* when it is an arrow function or an anonymous function
expression (a named one may read its own closure through its name), not a
generator or async function, written as argument i of a call whose approved
target's position i is call-only, or of a method call whose several possible
targets (Passing.targets) all have position i call-only: the build then tests
the receiver's class to pick the copy, and makes the closure for a receiver of
any other kind. Its closure is never allocated; `this` in the
callee's call of it is undefined, as for any call by name. The plan lists those
calls (closure_calls) with their target and the passed positions.
"""
from __future__ import annotations

from typing import Optional

from .constraints import Builder, FunctionInfo
from .graph import AObj
from .passing import Passing, _fn_key, _loc_key, _plain_function, _static, finds_method, prune

_LITERALS = ("ArrowFunctionExpression", "FunctionExpression")


class ClosurePassing:
    def __init__(self, b: Builder, passing: Passing):
        self.b = b
        self.p = passing
        self.holders: dict[tuple[int, int], list] = {}
        self.ok: set[tuple[int, int]] = set()
        self.read_as_object: set[int] = {id(objn) for objn, _k, _d, _l in b.static_loads}
        self._candidates()
        self._fixed_point()

    def _candidates(self) -> None:
        b = self.b
        for f, i, hs in self.p.param_holders():
            if any(id(h) in b.opaque_but_called or id(h) in b.captures or id(h) in b.written_through
                   or id(h) in self.read_as_object for h in hs):
                continue
            self.holders[(id(f), i)] = hs
            self.ok.add((id(f), i))

    def _fixed_point(self) -> None:
        prune(self.ok, self.holders, lambda hs: self.p.holders_ok(hs, self.target))

    def target(self, use) -> Optional[object]:
        """The one function a use passes to, at a call-only position, or None."""
        pos = use[1]
        if pos is None or pos < 0:
            return None
        return self.p.target(use, positions=self.ok)

    def literal_ok(self, node) -> bool:
        """A literal the build can pass as its captures: not named, not a generator
        or async function."""
        return node.type in _LITERALS and getattr(node, "id", None) is None \
            and not getattr(node, "generator", False) and not getattr(node, "isAsync", False)

    def calls(self) -> dict:
        """(call location key) -> (target function key, name, passed positions) of
        every call passing a function literal to a call-only position, and of
        every call passing such a parameter on (the copies chain)."""
        out: dict = {}
        b = self.b
        holder_ids = {id(h) for key in self.ok for h in self.holders[key]}
        for nid, uses in b.passed.items():
            for use in uses:
                call, pos = use[0], use[1]
                if pos is None or pos < 0 or pos >= len(call.arguments):
                    continue
                a = call.arguments[pos]
                if a.type in _LITERALS:
                    if not self.literal_ok(a):
                        continue
                elif nid not in holder_ids:
                    continue
                g = self.target(use)
                if g is not None:
                    fkey = _fn_key(g)
                elif a.type in _LITERALS and (gs := self.method_targets(use)) is not None:
                    g, fkey = gs[0], tuple(_fn_key(x) for x in gs)
                else:
                    continue
                key = _loc_key(use[3])
                fkey, name, positions = out.get(key, (fkey, g.name or "(anonymous)", ()))
                out[key] = (fkey, name, tuple(sorted(set(positions) | {pos})))
        return out

    def method_targets(self, use) -> Optional[list]:
        """The program's methods a method call may reach, when each one's position
        is call-only: plain methods of the called key (Passing.targets' rule),
        and no accessor of that name on the receivers. The build tests the
        receiver's class to pick a copy, and makes the closure for any other
        receiver. A target that is not a function of the program (an array's
        forEach, when the receiver may also be an array) is left to that generic
        path, provided no instance of the program's classes can reach it: each
        such receiver finds the called key on its class chain as one of the
        methods or not at all, and has no own property of that name."""
        call, pos, dst = use[:3]
        b = self.b
        if call.callee.type != "MemberExpression" or any(a.type == "SpreadElement" for a in call.arguments):
            return None
        recv, called = b.call_recv.get(id(dst), (None, None))
        if recv is None or self.p._accessor_on(recv, called):
            return None
        ts = b.call_targets.get(id(dst), ())
        gs = [g for g in ts if isinstance(g, FunctionInfo)]
        if not gs or (len(gs) == 1 and len(gs) == len(ts)):
            return None   # (one target: Passing.target's rule, see target)
        for g in gs:
            if not _plain_function(g) or self.p.reads_arguments(g) or b.plain_methods.get(id(g)) != called \
                    or _static(g) or (id(g), pos) not in self.ok or pos >= len(g.params):
                return None
        if len(gs) < len(ts):
            ids = {id(g) for g in gs}
            if any(isinstance(v, AObj) and v.kind == "new" and not finds_method(v, called, ids, absent_ok=True)
                   for v in recv.pts):
                return None
        return sorted(gs, key=_fn_key)
