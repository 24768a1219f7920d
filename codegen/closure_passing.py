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

A method call the plan lists with several targets (each only calling the
literal) is a dispatch: the receiver's class, tested deepest first, picks that
method's copy; any other receiver gets the closure made and the call by name,
so the literal is marked as not made only on the tested paths.
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
    mark: str = ""                             # `(nop (;@lifted N;))`: the closure not made, for --stats


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
    pre = []
    slots = []
    for v in fi.free:
        t = fl.local("anyref", "cap")
        pre.append(f"(local.set {t} {fl.cell_ref(v)})")
        slots.append(t)
    key = f"fn:{lifted}"
    mod.passed_closures[key] = (lifted, len(fi.free))
    return PassedClosure(key, lifted, slots, " ".join(pre), f"(nop (;@lifted {site.id};))" if site is not None else "")


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


def dispatch(mod, fl, e: Any, keys: tuple) -> tuple[str, str]:
    """A method call with several possible targets, each of which only calls the
    literals passed at the plan's positions: the receiver's class picks that
    method's copy taking the literals' captures (deepest classes first, as the
    per-name dispatcher does); any other receiver (a class whose method is not
    among the targets, an object that is not a struct of the program) gets the
    closures made and the ordinary call by name."""
    from .callbacks import inline_call
    from .lower import LOWERED, _Node
    from .passing import class_branches
    callee = e.callee
    key = fl.static_member_key(callee)
    positions = mod.plan.closure_calls[mod.read_key(fl.fi.file_index, e)][2]
    nodes = {id(mod.function_at(k)) for k in keys}
    recv = fl.local("anyref")
    pre = [f"(local.set {recv} {fl.require_object(fl.expr_any(callee.object), key)})"]
    passed: dict[int, PassedClosure] = {}
    temps: dict[int, str] = {}
    for i, a in enumerate(e.arguments):
        if i in positions:
            pc = passed_literal(mod, fl, e, i)
            if pc is None:
                raise AssertionError("closure passing: the plan passes an argument that is not a literal")
            pre.append(pc.pre)
            passed[i] = pc
            continue
        tmp = fl.local("anyref")
        pre.append(f"(local.set {tmp} {fl.expr_any(a)})")
        temps[i] = tmp
    mod.label_counter += 1
    done, generic = f"$cd{mod.label_counter}", f"$cdg{mod.label_counter}"
    types = tuple(sorted((i, pc.key) for i, pc in passed.items()))

    def branch(node) -> str:
        fname, sig = mod.passing_variant(node, types, None)
        vals = []
        for i in range(len(node.params)):
            if i in passed:
                vals.extend(f"(local.get {s})" for s in passed[i].slots)
            else:
                v = f"(local.get {temps[i]})" if i in temps else "(ref.null any)"
                vals.append(fl.coerce(v, "any", LOWERED[sig[0][i]]))
        call = f"(call {fname} (global.get $dummy_fn) (local.get {recv}) {' '.join(vals)})"
        marks = " ".join(pc.mark for pc in passed.values())
        return f"{marks} (br {done} {fl.to_any(call, LOWERED[sig[1]])})"
    tests = class_branches(mod, key, nodes, f"(local.get {recv})", generic, branch)
    # any other receiver: an array's callback method keeps its own path (the
    # literal called from a loop, codegen/callbacks.py), anything else the call
    # by name with the closures made
    held = [a if i in passed else _Node("WasmValue", a, code=f"(local.get {temps[i]})")
            for i, a in enumerate(e.arguments)]
    recv_node = _Node("WasmValue", callee.object, code=f"(local.get {recv})")
    inline = inline_call(fl, _Node("CallExpression", e, callee=_Node("MemberExpression", callee, object=recv_node),
                                   arguments=held), key)
    if inline is not None:
        other = inline[0]
    else:
        args = [_Node("WasmValue", a, code=fl.closure(a)) if i in passed else held[i] for i, a in enumerate(e.arguments)]
        argc, _ = fl.args(args)
        mod.call_names.add(key)
        other = mod.at_site('anyref', f'(local.get {recv}) {argc}', f'$call.{mod.wasm_name(key)}')
    return (f"(block {done} (result anyref) {' '.join(p for p in pre if p)} (block {generic} {' '.join(tests)}) "
            f"{other})"), "any"
