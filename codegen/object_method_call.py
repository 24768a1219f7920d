"""`Object.prototype.m.call(x, ...)` and `{}.m.call(x, ...)`: an Object.prototype
method borrowed for any value, the ES5 way of asking about a value whatever it is
(`Object.prototype.toString.call(x) === "[object Array]"`,
`Object.prototype.hasOwnProperty.call(o, k)` on an object that may shadow the
method). The analysis models the call as Object.prototype's function with `this`
x (analysis/builtins.py, object_proto_method). The build compiles:

  - hasOwnProperty.call(x, k) as Object.hasOwn(x, k) (ToObject of x, then its
    own-property test: the same steps);
  - toString.call(x) as `[object <tag>]`, the tag found as the specification's
    Object.prototype.toString finds it for each kind of value the build makes
    ($object_tag in codegen/builtins.wat; an iterator's tag is refused there).

Any other borrowed Object.prototype method is left to the `prototype` refusal.
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from .array_method_call import borrowed
from .resolve import Unsupported

METHODS = ("hasOwnProperty", "toString")


def borrowed_method(callee: Any, is_global: Callable[[Any], bool]) -> Optional[str]:
    """m when callee is `Object.prototype.m.call` or `{}.m.call` with m one of
    METHODS, else None; is_global(identifier): does it name node's global?"""
    return borrowed(callee, is_global, "Object", METHODS)


def lower(fl: Any, e: Any, name: str) -> tuple[str, str]:
    args = e.arguments
    if any(a.type == "SpreadElement" for a in args):
        raise Unsupported(e, f"`Object.prototype.{name}.call` with spread arguments")
    x = fl.expr_any(args[0]) if args else "(ref.null any)"
    rest = [fl.expr_any(a) for a in args[1:]]   # (evaluated in order, as the call would)
    if name == "toString":
        drops = " ".join(f"(drop {r})" for r in rest)
        tmp = fl.local("anyref")
        return f"(block (result (ref $Str)) (local.set {tmp} {x}) {drops} (call $object_tag (local.get {tmp})))", "str"
    key = rest[0] if rest else "(ref.null any)"
    drops = " ".join(f"(drop {r})" for r in rest[1:])
    tmp, ktmp = fl.local("anyref"), fl.local("anyref")
    return (f"(block (result anyref) (local.set {tmp} {x}) (local.set {ktmp} {key}) {drops} "
            f"(call $object_has_own (local.get {tmp}) (local.get {ktmp})))"), "any"
