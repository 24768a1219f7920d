"""`Array.prototype.m.call(x, ...args)` and `[].m.call(x, ...args)`: an array
method borrowed for a receiver, the ES5 way (`Array.prototype.slice.call(arguments, 1)`);
and `Array.prototype.m.apply(x, list)` / `[].m.apply(x, list)`, the same with the
arguments in an array (`Array.prototype.push.apply(a, b)`, `[].concat.apply([], lists)`);
and `a.m.apply(x, list)` / `a.m.call(x, ...)` (`this.items.push.apply(this.items, b)`),
the same when a is an array at run time, else a's own method as any call (a
evaluated once either way).

The analysis models the call as method m of Array.prototype called with `this`
x (analysis/builtins.py, function_method). The build compiles it as the method
call `x.m(...args)` through the per-name dispatcher, which is the same
thing when x is an array at run time. The generic algorithms of the
specification also take strings and array-likes (`{length: 2, 0: a, 1: b}`),
which the dispatcher would treat as the receiver's own methods (a string's
`slice` is another function): any receiver that is not an array stops the run
with a refusal naming the method, never a different result. `apply` spreads its
list as a call's spread arguments do; null or undefined is no arguments, and a
list that is not an array (an array-like object) stops the run with a refusal
(node would read its `length` and indexed properties).
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from analysis.builtins import ARRAY_METHODS

from .resolve import Unsupported

# the refusals' codes in the host's table (codegen/host.py, h_fail)
NOT_AN_ARRAY = 34
LIST_NOT_AN_ARRAY = 45


def borrowed_method(callee: Any, is_global: Callable[[Any], bool]) -> Optional[tuple[str, str]]:
    """(m, "call" or "apply") when callee is `Array.prototype.m.call` / `.apply` or
    `[].m.call` / `.apply`, else None; is_global(identifier): does it name node's
    global (no binding of the program)?"""
    for how in ("call", "apply"):
        m = borrowed(callee, is_global, "Array", ARRAY_METHODS, how)
        if m is not None:
            return m, how
    return None


def borrowed(callee: Any, is_global: Callable[[Any], bool], ctor: str, methods, how: str = "call") -> Optional[str]:
    """m when callee is `<ctor>.prototype.m.<how>` (ctor node's global) or the same on
    an empty literal (`[].m.call`, `{}.m.call`) with m one of `methods`, else None."""
    if callee.type != "MemberExpression" or callee.computed or callee.property.name != how:
        return None
    m = callee.object
    if m.type != "MemberExpression" or m.computed or m.property.name not in methods:
        return None
    holder = m.object
    empty = {"Array": ("ArrayExpression", "elements"), "Object": ("ObjectExpression", "properties")}[ctor]
    if holder.type == empty[0] and not getattr(holder, empty[1]):
        return m.property.name
    if holder.type == "MemberExpression" and not holder.computed and holder.property.name == "prototype" \
            and holder.object.type == "Identifier" and holder.object.name == ctor and is_global(holder.object):
        return m.property.name
    return None


def own_method(callee: Any) -> Optional[tuple[str, str]]:
    """(m, "call" or "apply") when callee is `x.m.call` / `x.m.apply` with m an
    array method: on an array x at run time that is the borrowed call
    (`a.push.apply(a, b)`); on anything else, the method x has (`lower_own`)."""
    if callee.type != "MemberExpression" or callee.computed or callee.property.name not in ("call", "apply"):
        return None
    m = callee.object
    if m.type != "MemberExpression" or m.computed or m.property.name not in ARRAY_METHODS or m.object.type == "Super":
        return None
    x = m.object
    if x.type == "MemberExpression" and not x.computed and x.property.name == "prototype":
        return None   # (`C.prototype.m.call(...)`: a prototype's method, borrowed or refused elsewhere)
    return m.property.name, callee.property.name


def lower_own(fl: Any, e: Any, name: str, how: str, otherwise: Callable[[Any], str]) -> tuple[str, str]:
    """`x.m.apply(...)` / `x.m.call(...)`: x evaluated once; the borrowed array method
    when it is an array at run time, else `otherwise(x's value)`, the call as any
    other with x's value for x."""
    x = fl.local("anyref")
    borrowed, _ = lower(fl, e, name, how)
    return (f"(block (result anyref) (local.set {x} {fl.expr_any(e.callee.object.object)}) "
            f"(if (result anyref) (call $plain_arr (local.get {x})) (then {borrowed}) "
            f"(else {otherwise(f'(local.get {x})')})))"), "any"


def lower(fl: Any, e: Any, name: str, how: str = "call") -> tuple[str, str]:
    """The call, its receiver (the first argument) tested for an array first."""
    args = e.arguments
    if not args or args[0].type == "SpreadElement":
        raise Unsupported(e, f"`Array.prototype.{name}.{how}` without a receiver argument")
    recv = fl.local("anyref")
    mod = fl.mod
    mod.call_names.add(name)
    if how == "apply":
        if len(args) > 2 or any(a.type == "SpreadElement" for a in args):
            raise Unsupported(e, f"`Array.prototype.{name}.apply` with other than a receiver and an argument list")
        lst = fl.local("anyref")
        given = fl.expr_any(args[1]) if len(args) > 1 else "(ref.null any)"
        # (node makes the list before the method runs: evaluated right after the receiver)
        arr = (f"(block (result (ref $Arr)) (local.set {lst} {given}) "
               f"(if (call $nullish (local.get {lst})) (then (local.set {lst} (call $arr_new (i32.const 0))))) "
               f"{mod.op_site()} (if (i32.eqz (call $plain_arr (local.get {lst}))) "
               f"(then (call $fail_named (i32.const {LIST_NOT_AN_ARRAY}) {mod.string(name)}) (unreachable))) "
               f"(ref.cast (ref $Arr) (local.get {lst})))")
        argc = None
    else:
        argc, arr = fl.args(args[1:])
    operands = f"(local.get {recv}) {argc}" if arr is None else f"(local.get {recv}) (call $spread_args {arr})"
    # (a typed array too: node's result would be an Array, the runtime's method keeps the kind)
    check = (f"{mod.op_site()} (if (i32.eqz (call $plain_arr (local.get {recv}))) "
             f"(then (call $fail_named (i32.const {NOT_AN_ARRAY}) {mod.string(name)}) (unreachable)))")
    call = mod.at_site("anyref", operands, f"$call.{mod.wasm_name(name)}")
    return f"(block (result anyref) (local.set {recv} {fl.expr_any(args[0])}) {check} {call})", "any"
