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
Variants are keyed by (function, struct type per position, result): a recursive
function calls its own variant.

Results by value. The plan also lists *value calls* (the result is used only as
a scalar object may be) and *returned calls* (`return f(...)` in a function that
itself returns by value) of functions that return a fresh object of one struct
type T. Those calls go to a variant returning T's fields (wasm multi-value)
instead of a reference: its `return new C(...)` / `return {...}` evaluates the
allocation into locals (as a scalar site would be; marked `@byvalue`, counted as
avoided by --stats), and its `return f(...)` is a returned call. A value call's
result is a ScalarObj in fresh locals of the caller, or the locals of the
let/const it initialises.

At the call, the operands are evaluated in source order into locals, and the
fields of scalar operands are read last, right before the call: the callee
sees the object as it is when called, as it would through a reference.
"""
from __future__ import annotations

from typing import Any, Optional

from . import class_env, closure_passing, scalar
from .lower import FIELD0, LOWERED, sig_wasm
from .resolve import is_null_literal

UNDEF = "(ref.null any)"


def call_key(mod, fl, e: Any) -> tuple:
    """How the plan's call tables name a call: its location, as for read facts."""
    return mod.read_key(fl.fi.file_index, e)


def mark(mod, kind: str, table: dict, key: tuple) -> str:
    """`(nop (;@passed N;))` (or @value, @returned): the call is the N-th of the plan's
    table (in sorted order), free at run time; tests/test_scalar.py checks plan and
    build agree."""
    index = mod.call_marks.get(kind)
    if index is None:
        index = mod.call_marks[kind] = {k: i for i, k in enumerate(sorted(table))}
    return f"(nop (;@{kind} {index[key]};))"


def passing_call(mod, fl, e: Any) -> Optional[tuple[str, str]]:
    """(code, type) of a call that passes a scalar object or a function literal's
    captures (codegen/closure_passing.py), or None when it passes neither."""
    callee = e.callee
    recv_scalar = callee.type == "MemberExpression" and scalar.is_scalar(fl, callee.object)
    objects = recv_scalar or any(a.type != "SpreadElement" and scalar.is_scalar(fl, a) for a in e.arguments)
    key = call_key(mod, fl, e)
    closures = closure_passing.passes(mod, fl, e)
    if not objects and not closures:
        return None
    target = mod.plan.scalar_calls.get(key) if objects else mod.plan.closure_calls.get(key)
    if target is None:
        raise AssertionError("scalar replacement: a scalar object or a passed literal goes to a call the plan "
                             "does not list as taking it")
    target = target[:2]
    if not objects and isinstance(target[0][0], tuple):   # several possible methods
        return closure_passing.dispatch(mod, fl, e, target[0])
    pre, call, sig = variant_call(mod, fl, e, target, None)
    return f"(block (result {sig[1]}) {' '.join(p for p in pre if p)} {call})", LOWERED[sig[1]]


def value_type(mod, fl, e: Any) -> Optional[str]:
    """The struct type of a value call's result (its fields are taken), or None."""
    if e.type != "CallExpression":
        return None
    got = mod.plan.value_calls.get(call_key(mod, fl, e))
    return got[2] if got is not None else None


def fill_from_call(mod, fl, e: Any, sc: scalar.ScalarObj, returned: Optional[bool] = False) -> str:
    """Code that evaluates a value call (or a returned call; None: whichever the
    plan lists, a returned call only in a copy returning fields) into sc's slots."""
    key = call_key(mod, fl, e)
    if returned is None:
        returned = key not in mod.plan.value_calls and fl.rv is not None
    table = mod.plan.returned_calls if returned else mod.plan.value_calls
    target = table.get(key)
    if target is None:
        raise AssertionError("scalar replacement: a call's result is taken as fields but the plan does not say so")
    pre, call, _ = variant_call(mod, fl, e, target[:2], target[2])
    into = sc
    present = ""
    if target[2] != sc.tname:
        # T's fields returned by a function whose own results may be null: the object is there
        if scalar.nullable_base(fl, sc.tname) != target[2]:
            raise AssertionError("scalar replacement: a call's fields taken in another layout")
        into = scalar.base_view(fl, sc)
        present = scalar.mark_present(fl, sc, True)
    sets = " ".join(f"(local.set {into.slots[f.name]})" for f in reversed(mod.struct_of(into.tname).fields))
    return " ".join([mark(mod, "returned" if returned else "value", table, key)] + [p for p in pre if p]
                    + [call, sets, present, scalar.take_presence(fl, sc)])


def return_fields(fl, s: Any) -> str:
    """`return ...` in a variant returning the fields of a fresh T (or null, in a
    layout that says whether the object is there); `return c ? x : y` returns
    either side's."""
    mod = fl.mod
    a = s.argument
    sc = scalar.new_slots(fl, fl.rv)
    if a is not None and a.type == "ConditionalExpression":
        code = (f"(if {fl.cond(a.test)} (then {returned_value(fl, a.consequent, sc)}) "
                f"(else {returned_value(fl, a.alternate, sc)}))")
    else:
        sc, code = returned_value_of(fl, a, sc)
    fields = mod.struct_of(fl.rv).fields
    return f"{code}\n{fl.leaving()}\n(return {' '.join(f'(local.get {sc.slots[f.name]})' for f in fields)})"


def returned_value(fl, a: Any, sc: scalar.ScalarObj) -> str:
    """Code that puts one returned value's fields into sc's slots."""
    got, code = returned_value_of(fl, a, sc)
    if got is not sc:   # a variable kept as fields: copy its slots
        code += " " + " ".join(f"(local.set {sc.slots[f.name]} (local.get {got.slots[f.name]}))"
                               for f in fl.mod.struct_of(sc.tname).fields)
    return code


def returned_value_of(fl, a: Any, sc: scalar.ScalarObj) -> tuple[scalar.ScalarObj, str]:
    """(the slots holding the returned fields, the code filling them) of one
    returned value: an allocation, a returned call, a variable kept as fields, or
    null in a layout that may be null."""
    mod = fl.mod
    nullable = scalar.nullable_base(fl, sc.tname) is not None
    if nullable and a is not None and is_null_literal(a):
        return sc, scalar.null_result(fl, sc)
    if a is not None and a.type in ("NewExpression", "ObjectExpression"):
        site = mod.site_of(fl.fi.file_index, a)
        # (a nested layout: T's keys and the object's; a layout that may be null: T's and `?`)
        base = mod.plan.nested_types.get(fl.rv, (scalar.nullable_base(fl, fl.rv) or fl.rv,))[0]
        if site is None or site.type is None or \
                {f.name for f in mod.struct_of(site.type).fields} != {f.name for f in mod.struct_of(base).fields}:
            raise AssertionError("scalar replacement: a function returning fields returns another kind of object")
        code = scalar.fill(fl, a, site, scalar.base_view(fl, sc), f"(nop (;@byvalue {site.id};))")
        if nullable:
            code += " " + scalar.mark_present(fl, sc, True)
        return sc, code
    if a is not None and a.type == "CallExpression":
        return sc, fill_from_call(mod, fl, a, sc, returned=True)
    if a is not None and a.type == "Identifier" and scalar.is_scalar(fl, a):
        return scalar.scalar_of(fl, a), ""   # a variable kept as fields
    raise AssertionError("scalar replacement: a function returning fields returns something else")


def variant_call(mod, fl, e: Any, target: tuple, rv: Optional[str]) -> tuple[list, str, tuple]:
    """(operand code in source order, the call, the variant's signature) of a call
    to the plan's target function: scalar operands as fields, the result as T's
    fields when rv is T."""
    callee = e.callee
    method = callee.type == "MemberExpression"
    keys = target[0]
    if isinstance(keys[0], tuple):   # value and returned calls name their targets as a tuple
        if len(keys) > 1:
            return dispatch_call(mod, fl, e, keys, rv)
        keys = keys[0]
    node = mod.function_at(keys)
    if node is None:
        raise AssertionError(f"scalar replacement: no function `{target[1]}` at {target[0]}")
    nparams = len(node.params)
    pre: list[str] = []          # operands evaluated in source order
    objs: dict[int, scalar.ScalarObj] = {}   # position -> scalar object
    this = UNDEF
    # the copy's environment: the closure itself when the function has one (or
    # names itself), read as the call would read it; a class member's is its
    # class's (codegen/class_env.py)
    closure = class_env.reads_closure(mod.resolver.funcs[id(node)]) or \
        (node.type == "FunctionExpression" and node.id is not None)
    self_code = "(global.get $dummy_fn)"
    if method:
        key = fl.static_member_key(callee)
        if scalar.is_scalar(fl, callee.object):
            if closure:
                raise AssertionError("scalar replacement: a method with an environment called on a scalar object")
            sc = scalar.scalar_of(fl, callee.object)
            pre.append(sc.pre)
            objs[-1] = sc
            this = None
        else:
            tmp = fl.local("anyref")
            pre.append(f"(local.set {tmp} {fl.require_object(fl.expr_any(callee.object), key)})")
            this = f"(local.get {tmp})"
            if closure:
                fn = fl.local("(ref null $Fn)")
                pre.append(f"(local.set {fn} (ref.cast (ref $Fn) {mod.getter(key, this)}))")
                self_code = f"(ref.as_non_null (local.get {fn}))"
    elif closure:
        v = fl.var_of(callee) if callee.type == "Identifier" else None
        if v is None:
            raise AssertionError("scalar replacement: a function with an environment called other than by its name")
        self_code = f"(ref.cast (ref $Fn) {fl.read_var(v, callee)})"
    closures: dict[int, closure_passing.PassedClosure] = {}   # position -> passed literal
    for i, a in enumerate(e.arguments):
        if a.type != "SpreadElement" and scalar.is_scalar(fl, a):
            if i >= nparams:
                raise AssertionError("scalar replacement: a scalar argument beyond the parameters")
            sc = scalar.scalar_of(fl, a)
            pre.append(sc.pre)
            objs[i] = sc
            continue
        pc = closure_passing.passed_arg(mod, fl, e, i) if i < nparams else None
        if pc is not None:
            pre.append(pc.mark + pc.pre)
            closures[i] = pc
    key = call_key(mod, fl, e)
    if objs:
        if key not in mod.plan.scalar_calls:
            raise AssertionError("scalar replacement: a scalar object is passed to a call the plan does not "
                                 "list as taking its fields")
        pre.insert(0, mark(mod, "passed", mod.plan.scalar_calls, key))
    if closures and key not in mod.plan.closure_calls:
        raise AssertionError("closure passing: a literal's captures go to a call the plan does not list")
    types = tuple(sorted([(p, sc.tname) for p, sc in objs.items()] + [(p, pc.key) for p, pc in closures.items()]))
    fname, sig = mod.passing_variant(node, types, rv)
    vals: list[str] = []
    if this is not None:
        vals.append(this)
    else:
        vals.extend(f"(local.get {objs[-1].slots[f.name]})" for f in mod.struct_of(objs[-1].tname).fields)
    for i in range(nparams):
        if i in objs:
            vals.extend(f"(local.get {objs[i].slots[f.name]})" for f in mod.struct_of(objs[i].tname).fields)
            continue
        if i in closures:
            vals.extend(f"(local.get {s})" for s in closures[i].slots)
            continue
        want = sig[0][i]
        if i < len(e.arguments):
            code, t = fl.expr(e.arguments[i])
            tmp = fl.local(sig_wasm(want))
            pre.append(f"(local.set {tmp} {fl.coerce(code, t, LOWERED[want])})")
            vals.append(f"(local.get {tmp})")
        else:
            vals.append(fl.coerce(UNDEF, "any", LOWERED[want]))
    for a in e.arguments[nparams:]:   # extra arguments: evaluated for their effects
        pre.append(fl.drop(a))
    return pre, f"(call {fname} {self_code} {' '.join(vals)})", sig


def class_branches(mod, key: str, nodes: set, recv: str, generic: str, branch) -> list[str]:
    """The receiver tests of a method call with several possible targets, deepest
    classes first, as the per-name dispatcher looks: a class whose method `key`
    is one of `nodes` (ids of function nodes) takes `branch(node)`; a class with
    another method of that name or an own field of that name
    branches to `generic`, the call by name."""
    tests, tested = [], set()
    for ci in sorted(mod.classes.values(), key=lambda c: -c.depth):
        if not ci.struct or key not in ci.methods or ci.struct in tested:
            continue
        tested.add(ci.struct)
        test = f"(ref.test (ref {mod.wt(ci.struct)}) {recv})"
        node = mod.func_nodes.get(ci.methods[key][0])
        if node is None or id(node) not in nodes or mod.struct_field(ci.struct, key) is not None:
            tests.append(f"(br_if {generic} {test})")
            continue
        tests.append(f"(if {test} (then {branch(node)}))")
    return tests


def dispatch_call(mod, fl, e: Any, keys: tuple, rv: Optional[str]) -> tuple[list, str, tuple]:
    """A method call with several possible targets: the receiver's class picks the
    target's copy (deepest classes first, as `$call.k` does), which takes the
    scalar operands as fields and the literals the plan passes as their captures,
    and returns T's fields when rv is T. Any other receiver (a class whose method
    is not among the plan's targets, an object that is not a struct of the
    program) takes the ordinary call by name: the scalar operands are made into
    objects of their struct types (the plan proves each target only reads them,
    and that every receiver finds one of the targets, so nothing keeps them), the
    literals into closures, and with rv the fields are read out of the object it
    returns, which the plan proves is a fresh T."""
    from .lower import _Node
    callee = e.callee
    key = fl.static_member_key(callee)
    nodes = {id(mod.function_at(k)) for k in keys}
    recv = fl.local("anyref")
    pre = [f"(local.set {recv} {fl.require_object(fl.expr_any(callee.object), key)})"]
    ckey = call_key(mod, fl, e)
    lits = mod.plan.closure_calls.get(ckey)
    objs: dict[int, scalar.ScalarObj] = {}
    passed: dict[int, closure_passing.PassedClosure] = {}
    temps: dict[int, str] = {}
    for i, a in enumerate(e.arguments):
        if a.type != "SpreadElement" and scalar.is_scalar(fl, a):
            sc = scalar.scalar_of(fl, a)
            pre.append(sc.pre)
            objs[i] = sc
            continue
        pc = closure_passing.passed_literal(mod, fl, e, i) if lits is not None and i in lits[2] else None
        if pc is not None:
            pre.append(pc.pre)
            passed[i] = pc
            continue
        tmp = fl.local("anyref")
        pre.append(f"(local.set {tmp} {fl.expr_any(a)})")
        temps[i] = tmp
    if objs:
        if ckey not in mod.plan.scalar_calls:
            raise AssertionError("scalar replacement: a scalar object is passed to a call the plan does not "
                                 "list as taking its fields")
        pre.insert(0, mark(mod, "passed", mod.plan.scalar_calls, ckey))
    types = tuple(sorted([(p, sc.tname) for p, sc in objs.items()] + [(p, pc.key) for p, pc in passed.items()]))
    # without rv, the copies' one result type when they agree (a number stays an
    # f64, as the per-name dispatcher's typed entries keep it), anyref otherwise
    common = "anyref"
    if not rv:
        kinds = {mod.passing_variant(mod.function_at(k), types, None)[1][1] for k in keys}
        if len(kinds) == 1 and kinds <= {"f64", "i32"}:
            common = kinds.pop()
    results = " ".join(mod.field_wasm_type(f) for f in mod.struct_of(rv).fields) if rv else common
    mod.label_counter += 1
    done, generic = f"$rv{mod.label_counter}", f"$rvg{mod.label_counter}"

    def branch(node) -> str:
        fname, sig = mod.passing_variant(node, types, rv)
        vals = []
        for i in range(len(node.params)):
            if i in objs:
                vals.extend(f"(local.get {objs[i].slots[f.name]})" for f in mod.struct_of(objs[i].tname).fields)
            elif i in passed:
                vals.extend(f"(local.get {s})" for s in passed[i].slots)
            else:
                v = f"(local.get {temps[i]})" if i in temps else UNDEF
                vals.append(fl.coerce(v, "any", LOWERED[sig[0][i]]))
        call = f"(call {fname} (global.get $dummy_fn) (local.get {recv}) {' '.join(vals)})"
        if not rv:
            call = fl.coerce(call, LOWERED[sig[1]], LOWERED[common])
        marks = " ".join(pc.mark for pc in passed.values())
        return f"{marks} (br {done} {call})"
    tests = class_branches(mod, key, nodes, f"(local.get {recv})", generic, branch)
    held = []
    for i, a in enumerate(e.arguments):
        code = scalar.materialize(fl, objs[i]) if i in objs else fl.closure(a) if i in passed \
            else f"(local.get {temps[i]})"
        held.append(_Node("WasmValue", a, code=code))
    argc, _ = fl.args(held)
    mod.call_names.add(key)
    by_name = f"(call $call.{mod.wasm_name(key)} (local.get {recv}) {argc})"
    if rv:
        # the object the call by name returns is a fresh object of the family's keys, of
        # any of its types: its fields are read by name
        obj = fl.local("anyref")
        reads = [fl.field_value(f, mod.getter(f.name, f"(local.get {obj})"), "any") for f in mod.struct_of(rv).fields]
        tail = f"(local.set {obj} {by_name}) {' '.join(reads)}"
    else:
        tail = fl.coerce(by_name, "any", LOWERED[common])
    code = f"(block {done} (result {results}) (block {generic} {' '.join(tests)}) {tail})"
    return pre, code, ((), rv or common)
