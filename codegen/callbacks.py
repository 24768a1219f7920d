"""The array methods that call a callback: forEach, map, filter, some, every,
find, findIndex and reduce.

Each method's loop is written once, here, as a template, and serves two callers:

- the runtime's method ($bi_arr_<name>, in CALLBACK_WAT), which the per-name
  dispatcher calls for any receiver that is an array and any callback value: its
  call of the callback goes through $call_value (a test that the value is a
  function, then a table call);
- a call whose callback is a function literal written in place, such as
  `xs.forEach((x) => ...)`. The caller tests the receiver for $Arr once and
  calls a function of that call's own, which runs the loop and calls the
  literal's function directly. The loop only calls the literal, so its closure
  cannot be seen: a literal that captures nothing is made once per program; one
  that captures is not made at all: the loop calls a copy of the literal's
  function that takes the captures (the values or cells its environment would
  hold) as parameters, and the caller passes them (Module.lifted). A named
  literal, which may read its own closure through its name, is made once per
  call. Any other receiver takes the dispatcher with a fresh closure, exactly as
  a call without this path does.

The loops follow the spec: the length is read once, before the first call, so
elements the callback appends are not visited; an index is visited only while it
is still present (`k in O`: below the current length and not a hole), so elements
the callback removes are skipped. find and findIndex visit every index below the
first length, a missing one as undefined. The callback gets (element, index,
array), reduce's (accumulator, element, index, array); an index is an i31 (an
array is at most 10^8 long, see $arr_new's callers).
"""
from __future__ import annotations

from typing import Callable, Optional

from . import arguments_object

UNDEF = "(ref.null any)"

# method -> (least, most) arguments the inline path takes: a thisArg is left to the runtime
INLINE_ARGS = {"forEach": (1, 1), "map": (1, 1), "filter": (1, 1), "some": (1, 1), "every": (1, 1),
               "find": (1, 1), "findIndex": (1, 1), "reduce": (1, 2)}


def loop(method: str, a: str, call: Callable[[list], str], local: Callable[[str], str],
         label: Callable[[str], str], init: Optional[str] = None) -> str:
    """The method's loop over the array `a` (a (ref $Arr) expression without side
    effects) as an anyref expression. call(args) calls the callback with the
    argument expressions (see invoke); init is reduce's initial value (an
    expression already evaluated), None when it was not given."""
    i, n, v = local("i32"), local("i32"), local("anyref")
    idx = f"(ref.i31 (local.get {i}))"

    def present(then: str, otherwise: str = "") -> str:
        els = f" (else {otherwise})" if otherwise else ""
        return (f"(if (i32.lt_u (local.get {i}) (struct.get $Arr $len {a})) (then "
                f"(local.set {v} (array.get $Vals (struct.get $Arr $data {a}) (local.get {i}))) "
                f"(if (i32.eqz (ref.eq (ref.cast eqref (local.get {v})) (global.get $hole))) (then {then}){els})){els})")

    def counted(body: str) -> str:
        done, again = label("each"), label("next")
        return (f"(block {done} (loop {again} (br_if {done} (i32.ge_u (local.get {i}) (local.get {n}))) {body} "
                f"(local.set {i} (i32.add (local.get {i}) (i32.const 1))) (br {again})))")

    start = f"(local.set {n} (struct.get $Arr $len {a})) (local.set {i} (i32.const 0))"
    elem = f"(local.get {v})"
    if method == "forEach":
        return f"(block (result anyref) {start} {counted(present(f'(drop {call([elem, idx, a])})'))} {UNDEF})"
    if method == "map":
        r = local("(ref null $Arr)")
        data = f"(struct.get $Arr $data (ref.as_non_null (local.get {r})))"
        # (a typed array's map makes one of its kind, each result converted: codegen/typed_arrays.wat)
        body = present(f"(array.set $Vals {data} (local.get {i}) "
                       f"(call $ta_put (ref.as_non_null (local.get {r})) {call([elem, idx, a])}))",
                       f"(array.set $Vals {data} (local.get {i}) (global.get $hole))")
        return (f"(block (result anyref) {start} (local.set {r} (call $arr_new_like {a} (local.get {n}))) {counted(body)} "
                f"(ref.as_non_null (local.get {r})))")
    if method == "filter":
        r = local("(ref null $Arr)")
        body = present(f"(if (call $truthy {call([elem, idx, a])}) "
                       f"(then (call $arr_push (ref.as_non_null (local.get {r})) {elem})))")
        return (f"(block (result anyref) {start} (local.set {r} (call $arr_new_like {a} (i32.const 0))) {counted(body)} "
                f"(ref.as_non_null (local.get {r})))")
    if method in ("some", "every"):
        res = label("res")
        hit, miss = ("$true", "$false") if method == "some" else ("$false", "$true")
        test = f"(call $truthy {call([elem, idx, a])})"
        if method == "every":
            test = f"(i32.eqz {test})"
        body = present(f"(if {test} (then (br {res} (global.get {hit}))))")
        return f"(block {res} (result anyref) {start} {counted(body)} (global.get {miss}))"
    if method in ("find", "findIndex"):
        res = label("res")
        got = f"(local.set {v} (call $arr_get {a} (local.get {i})))"
        found = elem if method == "find" else idx
        body = f"{got} (if (call $truthy {call([elem, idx, a])}) (then (br {res} {found})))"
        end = UNDEF if method == "find" else "(ref.i31 (i32.const -1))"
        return f"(block {res} (result anyref) {start} {counted(body)} {end})"
    if method == "reduce":
        acc = local("anyref")
        step = present(f"(local.set {acc} {call([f'(local.get {acc})', elem, idx, a])})")
        if init is not None:
            return f"(block (result anyref) (local.set {acc} {init}) {start} {counted(step)} (local.get {acc}))"
        found, seek = label("found"), label("seek")
        first = (f"(block {found} (loop {seek} "
                 f"(if (i32.ge_u (local.get {i}) (local.get {n})) "
                 f"(then (throw $exn (call $make_error (global.get $cls_TypeError) (global.get $s_reduce_empty))))) "
                 f"(br_if {found} (call $present {a} (local.get {i}))) "
                 f"(local.set {i} (i32.add (local.get {i}) (i32.const 1))) (br {seek}))) "
                 f"(local.set {acc} (call $arr_get {a} (local.get {i}))) "
                 f"(local.set {i} (i32.add (local.get {i}) (i32.const 1)))")
        return f"(block (result anyref) {start} {first} {counted(step)} (local.get {acc}))"
    raise ValueError(method)


def invoke(head: str, args: list, rest: str, this: str = UNDEF, after: str = "") -> str:
    """A call with the $Code convention: head is the callee and its first operand
    ($self, or the value for $call_value), args the arguments, `this` the thisArg
    (undefined unless given); a fourth argument (reduce's array) reaches the callee
    only through `rest`, the extra-arguments holder, which is null where the callee
    never reads it. `after`: operands past the $Code ones (a lifted copy's captures)."""
    return f"(call {head} {this} (i32.const {len(args)}) {' '.join(args[:3])} {rest}{' ' + after if after else ''})"


def loop_function(name: str, params: str, prologue: str, body: Callable, whole: bool = False) -> str:
    """A wasm function around a loop: body(local, label) gives the loop, with the
    function's own locals and labels. With `whole`, $whole is the extra-arguments
    holder for reduce's fourth argument, the array $a: one for the whole loop
    (callees copy extra arguments, never keep the holder)."""
    locals_: list = []
    if whole:
        locals_.append("(local $whole (ref null $Vals))")
        prologue += " (local.set $whole (array.new_fixed $Vals 1 (local.get $a)))"
    labels = [0]

    def local(wtype: str) -> str:
        n = f"$c{len(locals_)}"
        locals_.append(f"(local {n} {wtype})")
        return n

    def label(hint: str) -> str:
        labels[0] += 1
        return f"${hint}{labels[0]}"

    text = body(local, label)
    return f"(func {name} {params} (result anyref)\n  {' '.join(locals_)}\n  {prologue}\n  {text})\n"


def runtime_function(method: str) -> str:
    """$bi_arr_<method>, the runtime's version for any callback value."""
    a = "(local.get $a)"
    second = "$init" if method == "reduce" else "$a1"
    params = (f"(param $a (ref $Arr)) (param $argc i32) (param $f anyref) (param {second} anyref) "
              f"(param $a2 anyref) (param $rest (ref null $Vals))")
    prologue = "(call $check_callback (local.get $f))"
    whole = method == "reduce"

    def call(args: list) -> str:
        # the second argument of the others is thisArg (undefined when not given)
        return invoke("$call_value (local.get $f)", args, "(local.get $whole)" if whole else "(ref.null $Vals)",
                      UNDEF if whole else "(local.get $a1)")
    if method == "reduce":
        def body(local, label):
            return (f"(if (result anyref) (i32.ge_s (local.get $argc) (i32.const 2)) "
                    f"(then {loop(method, a, call, local, label, '(local.get $init)')}) "
                    f"(else {loop(method, a, call, local, label)}))")
    else:
        def body(local, label):
            return loop(method, a, call, local, label)
    return loop_function(f"$bi_arr_{method}", params, prologue, body, whole)


CALLBACK_WAT = ";; codegen/callbacks.py: the array methods that call a callback\n" + \
    "\n".join(runtime_function(m) for m in INLINE_ARGS)


def inline_call(fl, e, key: str) -> Optional[tuple[str, str]]:
    """`recv.key(literal[, init])` as a loop calling the literal directly when recv
    is an array at run time (see the module comment), or None where this path does
    not apply."""
    if key not in INLINE_ARGS or not INLINE_ARGS[key][0] <= len(e.arguments) <= INLINE_ARGS[key][1]:
        return None
    fn = e.arguments[0]
    if fn.type not in ("ArrowFunctionExpression", "FunctionExpression") or getattr(fn, "generator", False) or getattr(fn, "isAsync", False):
        return None
    if any(a.type == "SpreadElement" for a in e.arguments):
        return None
    # on any receiver, not only where the plan finds arrays: the test is at run time,
    # and a method of one of these names with a function literal is nearly always
    # an array's (a class's own method is called directly before this is tried)
    access = fl.array_access(e.callee.object, always=True)
    if access is None:
        return None
    pre, to_arr, arr, obj = access
    arr = f"(ref.as_non_null {arr})"   # to_arr has branched away from null
    fname, make, capture_free = fl.callback_closure(fn)
    # the receiver, then the arguments: the literal (no side effects), then reduce's init
    init = None
    code = [pre]
    if len(e.arguments) == 2:
        t = fl.local("anyref")
        code.append(f"(local.set {t} {fl.expr_any(e.arguments[1])})")
        init = f"(local.get {t})"
    fi = fl.res.funcs[id(fn)]
    if capture_free or getattr(fn, "id", None) is not None:
        # one closure per program (capture-free), or per call (a named literal may
        # read its own closure through its name)
        self_ = fl.local("(ref null $Fn)")
        if capture_free:
            g = fl.mod.callback_global(fname)
            made = f"(if (ref.is_null (global.get {g})) (then (global.set {g} {make}))) (local.set {self_} (global.get {g}))"
        else:
            made = f"(local.set {self_} {make})"
        helper = fl.mod.callback_loop(fname, key, init is not None,
                                      lambda name: _helper(name, key, fname, fn, init is not None))
        passed = f"(ref.as_non_null (local.get {self_}))"
    else:
        # no closure at all: the lifted copy gets the captures the closure would hold
        site = fl.mod.site_of(fl.fi.file_index, fn)
        made = f"(nop (;@lifted {site.id};))" if site is not None else ""
        lifted = fl.mod.lifted(fname)
        helper = fl.mod.callback_loop(lifted, key, init is not None,
                                      lambda name: _helper(name, key, lifted, fn, init is not None, len(fi.free)))
        passed = " ".join(fl.cell_ref(v) for v in fi.free)
    done, slow = fl.label("cb"), fl.label("slow")
    generic_args = f"(i32.const {len(e.arguments)}) {make} {init or UNDEF} {UNDEF} (ref.null $Vals)"
    fl.mod.call_names.add(key)
    fast = f"(call {helper} {arr} {passed} {init or UNDEF})"
    return (f"(block {done} (result anyref) {' '.join(code)} (block {slow} {to_arr(slow)} {made} (br {done} {fast})) "
            f"{fl.mod.at_site('anyref', f'{obj} {generic_args}', f'$call.{fl.mod.wasm_name(key)}')})"), "any"


def _helper(name: str, key: str, fname: str, fn, has_init: bool, lifted: Optional[int] = None) -> str:
    """The loop of one callback literal's call, in a function of its own: inline in
    the caller, its locals made Cranelift allocate registers worse for the rest of
    a large function (modular's runRound measured 8% slower), and one call per
    method call costs nothing next to one per element."""
    a = "(local.get $a)"
    if lifted is None:
        params = "(param $a (ref $Arr)) (param $self (ref $Fn)) (param $init anyref)"
        head, tail = f"{fname} (local.get $self)", ""
    else:
        # the lifted copy of the literal (Module.lifted): its captures, passed through
        caps = [f"$k{i}" for i in range(lifted)]
        params = f"(param $a (ref $Arr)) {' '.join(f'(param {k} anyref)' for k in caps)} (param $init anyref)"
        head = fname
        tail = " ".join(f"(local.get {k})" for k in caps)
    # reduce's fourth argument, the array, is needed only by a literal that has a
    # fourth parameter or a rest parameter, or reads `arguments`
    whole = key == "reduce" and (len(fn.params) > 3 or any(p.type == "RestElement" for p in fn.params)
                                 or arguments_object.mentions(fn))

    def call(args: list) -> str:
        return invoke(head, args, "(local.get $whole)" if whole else "(ref.null $Vals)", after=tail)
    return loop_function(name, params, "",
                         lambda local, label: loop(key, a, call, local, label, "(local.get $init)" if has_init else None),
                         whole)
