"""Closure passing: a function literal handed to a callee that only calls it.

Model. The plan (analysis/closure_passing.py) lists the calls that pass a
function literal written in place, or a parameter holding one, to positions
the one possible callee only calls or passes on. Such a call goes to a copy of
the callee (Module.passing_variant, the same copies scalar passing makes) whose
parameter at that position is the literal's captures, as anyref wasm
parameters in its environment's order: the values or cells its closure would
hold. The literal is never made; each evaluation of it is marked
`(nop (;@lifted N;))`, which --stats counts as a closure not made.

Inside the copy the parameter is a PassedClosure: `p(a, b)` calls the literal's
lifted copy (Module.lifted, which takes the captures after the ordinary
arguments) directly, with `this` undefined as for any call by name, and passing
`p` on is another copy's call with the same captures. A copy is keyed by the
literal (its lifted copy's name), so two literals passed to one callee make two
copies, each calling its own literal directly.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

LITERALS = ("ArrowFunctionExpression", "FunctionExpression")


@dataclass
class PassedClosure:
    key: str                                   # "fn:<lifted name>": the copies' key for this literal
    lifted: str                                # the literal's lifted copy
    slots: list = field(default_factory=list)  # wasm locals or parameters holding its captures
    pre: str = ""                              # code evaluating the captures, for a literal in place


def passed_literal(mod, fl, e: Any, i: int) -> Optional[PassedClosure]:
    """Argument i of call e when it is a function literal the plan passes as its
    captures: the captures evaluated into fresh locals."""
    a = e.arguments[i]
    if a.type not in LITERALS:
        return None
    got = mod.plan.closure_calls.get(mod.read_key(fl.fi.file_index, e))
    if got is None or i not in got[2]:
        return None
    fi = fl.res.funcs[id(a)]
    lifted = mod.lifted(fl.closure_function(a))
    site = mod.site_of(fl.fi.file_index, a)
    pre = [f"(nop (;@lifted {site.id};))"] if site is not None else []
    slots = []
    for v in fi.free:
        t = fl.local("anyref", "cap")
        pre.append(f"(local.set {t} {fl.cell_ref(v)})")
        slots.append(t)
    key = f"fn:{lifted}"
    mod.passed_closures[key] = (lifted, len(fi.free))
    return PassedClosure(key, lifted, slots, " ".join(pre))


def passed_param(fl, a: Any) -> Optional[PassedClosure]:
    """The PassedClosure a parameter of this copy holds, when `a` names one."""
    if a.type != "Identifier":
        return None
    v = fl.var_of(a)
    return fl.closure_vars.get(id(v)) if v is not None else None


def passed_arg(mod, fl, e: Any, i: int) -> Optional[PassedClosure]:
    a = e.arguments[i]
    if a.type == "SpreadElement":
        return None
    return passed_param(fl, a) or passed_literal(mod, fl, e, i)


def passes(mod, fl, e: Any) -> bool:
    """Does call e pass a literal's captures (a literal the plan lists in place, or
    a parameter of this copy holding one)? Evaluates nothing."""
    got = mod.plan.closure_calls.get(mod.read_key(fl.fi.file_index, e))
    for i, a in enumerate(e.arguments):
        if a.type in LITERALS and got is not None and i in got[2]:
            return True
        if passed_param(fl, a) is not None:
            return True
    return False


def call_passed(fl, pc: PassedClosure, e: Any) -> tuple[str, str]:
    """`p(args)` where p holds a passed literal: its lifted copy, called directly."""
    argc, _ = fl.args(e.arguments)
    if argc is None:
        raise AssertionError("closure passing: a passed literal called with spread arguments")
    caps = " ".join(f"(local.get {s})" for s in pc.slots)
    return f"(call {pc.lifted} (ref.null any) {argc} {caps})", "any"


def params(mod, key: str, i: int) -> tuple[list, PassedClosure]:
    """A copy's wasm parameters for a passed literal at position i, and the
    PassedClosure its parameter variable holds."""
    lifted, n = mod.passed_closures[key]
    names = [f"$p{i}.k{j}" for j in range(n)]
    return [f"(param {nm} anyref)" for nm in names], PassedClosure(key, lifted, names)
