"""Calls of function values whose possible callees are a few function literals.

Model
-----
The constraint builder records, for every call, the functions its callee value
may be in the closed world (Builder.call_targets: FunctionInfos, or "external"
/ "builtin" for code outside it). A call whose every target is a function
literal of the program (a function expression, an arrow, or an object literal's
method), at most MAX_TARGETS of them, and neither a generator nor async, is
listed with those literals: `this.fn(x)` where `fn` only ever holds the arrows
a constructor stored there, `reducer(acc, v)` where the parameter only
receives two arrows.

(A class's methods are function expressions too; the build leaves calls of
those to the class dispatch. A bound function is listed as the function it
binds, whose code the bound one does not have: it takes the ordinary call.)

No fixed point: the targets are the solved points-to sets. The build
(codegen/calls.py) compares the callee's code with each literal's and calls
the matching one directly; any other value (which the listing says cannot come,
or a class, a bound function, a non-function) takes the ordinary call, which
decides as before. So the fact is a hint for speed; it cannot change what runs.
"""
from __future__ import annotations

from .constraints import Builder, FunctionInfo

MAX_TARGETS = 4
LITERALS = ("FunctionExpression", "ArrowFunctionExpression")


def literal_targets(b: Builder) -> list:
    """(location, [FunctionInfo]) of each call listed (see above)."""
    out = []
    for did, loc in b.call_locations.items():
        ts = b.call_targets.get(did)
        if not ts or len(ts) > MAX_TARGETS:
            continue
        if not all(isinstance(g, FunctionInfo) and g.ast is not None and g.ast.type in LITERALS
                   and not g.is_generator and not g.is_async for g in ts):
            continue
        out.append((loc, list(ts)))
    return out
