"""User iterables: classes with a `[Symbol.iterator]()` method.

The analysis keys the method "@@iterator" (analysis/constraints.py,
constant_key) and models iterating such an object as calling it and then its
result's `next()` (Builder.iterate). The build names the class method the same
way, so the class's method table has an "@@iterator" entry, and the runtime's
iteration (for-of, spread, destructuring, Array.from, `new Map/Set(x)`) looks it
up by that name when the value is no array, string or collection
(codegen/collections.wat, $user_iter): the protocol is stepped lazily, one
`next()` per loop iteration, as node does.

What is refused, at the member:
- a static `[Symbol.iterator]` (iterating the class itself) and one in an
  object literal (node prints and copies symbol-keyed properties of a literal,
  which the build's dictionaries do not tell from string keys);
- any `[Symbol.iterator]` method in a program that defines a method or
  property named `return` anywhere: node calls an iterator's `return()` when a
  loop over it ends early (break, return, throw), which the build does not.
A string key spelled "@@iterator" is refused where it is written
(FunctionLowering), since the build could not tell it from the symbol.
"""
from __future__ import annotations

import os
from typing import Any

from analysis.parse import fields

from .resolve import Unsupported

KEY = "@@iterator"


def check_member(mod: Any, m: Any) -> None:
    """Refuse a `[Symbol.iterator]` class member the build does not compile."""
    if getattr(m, "static", False):
        raise Unsupported(m.key, "a static `[Symbol.iterator]` member (iterating a class itself)")
    if m.type != "MethodDefinition" or m.kind != "method":
        raise Unsupported(m.key, "a `[Symbol.iterator]` member that is not a method")
    conflict = _conflict(mod)
    if conflict is not None:
        raise Unsupported(m.key, f"a `[Symbol.iterator]` method in a program that {conflict}")


def _conflict(mod: Any):
    """Why the program's `[Symbol.iterator]` methods cannot be compiled (see the
    module comment), or None: found once per build."""
    if not hasattr(mod, "_iterator_conflict"):
        mod._iterator_conflict = None
        for u in mod.units:
            stack = [u.parsed.tree] if u.parsed is not None else []
            while stack and mod._iterator_conflict is None:
                n = stack.pop()
                line = None
                if n.type in ("Property", "MethodDefinition", "PropertyDefinition") and not n.computed \
                        and (getattr(n.key, "name", None) == "return" or getattr(n.key, "value", None) == "return"):
                    what = "defines a `return` method"
                    line = n._start
                    why = ": node calls an iterator's `return()` when a loop over it ends early, which the build does not"
                elif n.type == "Literal" and n.value == KEY:
                    what = f"spells the string \"{KEY}\""
                    line = n._start
                    why = ": the build names the symbol-keyed method so"
                if line is not None:
                    at = u.source.location(line, line + 1)
                    mod._iterator_conflict = f"{what} ({os.path.basename(u.path)}:{at.line}:{at.column}){why}"
                stack.extend(c for _, c in fields(n))
    return mod._iterator_conflict
