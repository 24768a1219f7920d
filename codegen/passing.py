"""Scalar passing: a call that hands a scalar-replaced object to a function.

Model. The plan (analysis/passing.py) lists the calls whose receiver or
arguments may be a scalar-replaced object, with the one function each may
call, whose parameter at that position only reads the object's fields. Such a
call goes to a *variant* of that function: a copy whose scalar positions are
the object's fields as separate wasm parameters, typed as the struct's fields
(f64 or anyref), and whose other parameters are those of its unboxed entry
(`$f.d`) when it has one, anyref otherwise:

    (func $f.pN (param $self (ref $Fn)) (param $this anyref) | this's fields
                (param $p0 ...) | p0's fields ... (result f64 | i32 | anyref))

Inside the variant the parameter is a ScalarObj whose slots are those wasm
parameters, so `p.k` is `local.get` and passing it on is another variant call.
Variants are keyed by (function, struct type per position): a recursive
function calls its own variant.

At the call, the operands are evaluated in source order into locals, and the
fields of scalar operands are read last, right before the call: the callee
sees the object as it is when called, as it would through a reference.
"""
from __future__ import annotations

from typing import Any, Optional

from . import scalar
from .lower import LOWERED

UNDEF = "(ref.null any)"


def call_key(mod, fl, e: Any) -> tuple:
    loc = mod.units[fl.fi.file_index].source.location(e._start, e._end)
    return (loc.file, loc.line, loc.column, loc.end_line, loc.end_column)


def passed_mark(mod, key: tuple) -> str:
    """`(nop (;@passed N;))`: the call is the plan's N-th scalar call (in sorted
    order), free at run time; tests/test_scalar.py checks plan and build agree."""
    return f"(nop (;@passed {sorted(mod.plan.scalar_calls).index(key)};))"


def passing_call(mod, fl, e: Any) -> Optional[tuple[str, str]]:
    """(code, type) of a call that passes a scalar object, or None when it passes none."""
    callee = e.callee
    method = callee.type == "MemberExpression"
    recv_scalar = method and scalar.is_scalar(fl, callee.object)
    scalars = [a.type != "SpreadElement" and scalar.is_scalar(fl, a) for a in e.arguments]
    if not recv_scalar and not any(scalars):
        return None
    target = mod.plan.scalar_calls.get(call_key(mod, fl, e))
    if target is None:
        raise AssertionError("scalar replacement: a scalar object is passed to a call the plan does not "
                             "list as taking its fields")
    node = mod.function_at(target[0])
    if node is None:
        raise AssertionError(f"scalar replacement: no function `{target[1]}` at {target[0]}")
    nparams = len(node.params)
    pre: list[str] = []          # operands evaluated in source order
    objs: dict[int, scalar.ScalarObj] = {}   # position -> scalar object
    if method:
        if recv_scalar:
            sc = scalar.scalar_of(fl, callee.object)
            pre.append(sc.pre)
            objs[-1] = sc
            this = None
        else:
            tmp = fl.local("anyref")
            key = fl.static_member_key(callee)
            pre.append(f"(local.set {tmp} {fl.require_object(fl.expr_any(callee.object), key)})")
            this = f"(local.get {tmp})"
    else:
        this = UNDEF
    types = {p: sc.tname for p, sc in objs.items()}
    for i, a in enumerate(e.arguments):
        if scalars[i]:
            if i >= nparams:
                raise AssertionError("scalar replacement: a scalar argument beyond the parameters")
            sc = scalar.scalar_of(fl, a)
            pre.append(sc.pre)
            objs[i] = sc
            types[i] = sc.tname
    fname, sig = mod.passing_variant(node, tuple(sorted(types.items())))
    vals: list[str] = []
    if this is not None:
        vals.append(this)
    else:
        vals.extend(f"(local.get {objs[-1].slots[f.name]})" for f in mod.struct_of(objs[-1].tname).fields)
    for i in range(nparams):
        if i in objs:
            vals.extend(f"(local.get {objs[i].slots[f.name]})" for f in mod.struct_of(objs[i].tname).fields)
            continue
        want = sig[0][i]
        if i < len(e.arguments):
            code, t = fl.expr(e.arguments[i])
            tmp = fl.local(want)
            pre.append(f"(local.set {tmp} {fl.coerce(code, t, LOWERED[want])})")
            vals.append(f"(local.get {tmp})")
        else:
            vals.append(fl.coerce(UNDEF, "any", LOWERED[want]))
    for a in e.arguments[nparams:]:   # extra arguments: evaluated for their effects
        pre.append(fl.drop(a))
    call = f"(call {fname} (global.get $dummy_fn) {' '.join(vals)})"
    key = call_key(mod, fl, e)
    mod.scalar_calls_done.add(key)
    pre.insert(0, passed_mark(mod, key))
    rt = LOWERED[sig[1]]
    return f"(block (result {sig[1]}) {' '.join(p for p in pre if p)} {call})", rt
