"""Calls: direct calls to known functions, method calls through the per-name
dispatchers, super calls, require, and the host globals (console, Math,
Object, Number, String, parseInt, ...)."""
from __future__ import annotations

import os
import re
from typing import Any, Optional

from analysis.constraints import constant_string

from . import array_method_call, closure_passing, fdlibm, math_values, object_method_call, private, regex_literals, reuse
from .callbacks import inline_call
from .json_calls import lower_json_call
from .passing import passing_call
from .lower import ERROR_CLASSES, MATH_HOST, MATH_UNARY_NATIVE, NODE_SCRIPT_GLOBALS, FunctionLowering, _box_u_inner, _Node, _uses_this, f64const
from .typed_arrays import TYPED_KINDS
from .resolve import Unsupported

UNDEF = "(ref.null any)"


def lower_call(mod, fl: FunctionLowering, e: Any) -> tuple[str, str]:
    callee = e.callee
    pc = closure_passing.passed_param(fl, callee)
    if pc is not None:   # a passed literal (codegen/closure_passing.py): its code, directly
        return closure_passing.call_passed(fl, pc, e)
    passed = passing_call(mod, fl, e)
    if passed is not None:   # a scalar object handed over as its fields
        return passed
    if getattr(e, "optional", False):
        raise Unsupported(e, "optional chaining (`?.`)")
    if callee.type == "Super":
        return super_call(mod, fl, e), "any"
    if private.is_private(callee):   # `o.#m(...)` (codegen/private.py)
        got = private.call(fl, e)
        if got is not None:
            return got
        return private.call_field(fl, e)
    bound = mod.esm.member(fl, callee)
    if bound is not None:   # `ns.f(...)` of a namespace import: a call of that binding
        if not _this_free(mod, bound):
            raise Unsupported(callee, f"calling `{callee.object.name}.{fl.static_member_key(callee)}` through a module "
                                      "namespace object: compiled only for a function declaration or an arrow that "
                                      "does not read `this`, the namespace (import the name instead)")
        return call_binding(mod, fl, e, bound)
    borrowed = array_method_call.borrowed_method(callee, lambda ident: fl.var_of(ident) is None)
    if borrowed is not None:   # `Array.prototype.m.call(x, ...)` (codegen/array_method_call.py)
        return array_method_call.lower(fl, e, *borrowed)
    borrowed = object_method_call.borrowed_method(callee, lambda ident: fl.var_of(ident) is None)
    if borrowed is not None:   # `Object.prototype.m.call(x, ...)` (codegen/object_method_call.py)
        return object_method_call.lower(fl, e, borrowed)
    own = None if getattr(e, "own_method_done", False) else array_method_call.own_method(callee)
    if own is not None and callee.object.object.type == "Identifier" and fl.var_of(callee.object.object) is None:
        own = None   # (a global's method, `Math.max.apply`, `Object.keys.call`: not an array's)
    if own is not None:   # `a.push.apply(a, b)`: borrowed when a is an array (codegen/array_method_call.py)
        def otherwise(x: str) -> str:
            m = _Node("MemberExpression", callee.object, object=_Node("WasmValue", callee.object.object, code=x))
            call = _Node("CallExpression", e, callee=_Node("MemberExpression", callee, object=m), own_method_done=True)
            return fl.to_any(*lower_call(mod, fl, call))
        return array_method_call.lower_own(fl, e, *own, otherwise=otherwise)
    if callee.type == "MemberExpression":
        obj = callee.object
        if obj.type == "Super":
            f = mod.super_get(fl, callee)
            return call_value(fl, f, mod.super_this(fl, callee), e.arguments), "any"
        if obj.type == "Identifier" and fl.var_of(obj) is None and obj.name in ("Math",) and callee.property.name in ("max", "min") \
                and any(a.type == "SpreadElement" for a in e.arguments):
            argc, arr = fl.args(e.arguments)
            return f"(call $math_{callee.property.name}_arr {arr})", "f64"
        stream = process_stream(fl, obj)
        if stream is not None and not callee.computed and callee.property.name == "write":
            return stream_write(fl, stream, e)
        if obj.type == "Identifier" and fl.var_of(obj) is None and not callee.computed:
            r = host_method(mod, fl, obj.name, callee.property.name, e)
            if r is not None:
                return r
        key = fl.static_member_key(callee)
        if key is not None:
            if obj.type == "Identifier" and fl.var_of(obj) is not None \
                    and not fl.before_initialisation(fl.var_of(obj), obj):
                direct = static_method(mod, fl, fl.var_of(obj), key)
                if direct is not None:
                    argc, arr = fl.args(e.arguments)
                    if argc is not None:
                        # ClassName.staticMethod(...): a direct call, `this` is the class
                        this = fl.read_var(fl.var_of(obj), obj)
                        unboxed = mod.direct_call(fl, direct, "(global.get $dummy_fn)", this, e.arguments)
                        if unboxed is not None:
                            return unboxed
                        return f"(call {direct} (global.get $dummy_fn) {this} {argc})", "any"
            direct = typed_method(mod, fl, obj, key)
            if direct is not None and not any(a.type == "SpreadElement" for a in e.arguments):
                fname, nullable = direct
                o = fl.expr_any(obj)
                if nullable:   # null and undefined throw before the arguments are evaluated
                    o = fl.require_object(o, key)
                unboxed = mod.direct_call(fl, fname, "(global.get $dummy_fn)", o, e.arguments)
                if unboxed is not None:
                    return unboxed
                argc, arr = fl.args(e.arguments)
                return f"(call {fname} (global.get $dummy_fn) {o} {argc})", "any"
            poly = poly_call(mod, fl, obj, key, e.arguments)
            if poly is not None:
                return poly
            inline = inline_call(fl, e, key)
            if inline is not None:   # xs.forEach((x) => ...): the loop in place (codegen/callbacks.py)
                return inline
            if key == "slice":
                copied = reuse.take_copy(fl, e, obj)   # a reusable whole copy (codegen/reuse.py)
                if copied is not None:
                    return copied
            local = fl.array_local(obj)
            if key == "push" and local is not None and len(e.arguments) == 1 and e.arguments[0].type != "SpreadElement" \
                    and not mod.plan.typed_arrays:   # (a typed array has no push: the dispatcher says so)
                # a variable that holds only arrays: no dispatch (undefined throws before the argument)
                fl.ref_hits.add(local)
                arr = fl.non_null(f"(local.get {local})", "(ref $Arr)", key)
                return f"(call $arr_push1 {arr} {fl.expr_any(e.arguments[0])})", "f64"
            listed = literal_method_call(mod, fl, e, obj)
            if listed is not None:   # `o.k(...)` where `k` holds one of a few known literals
                return listed, "any"
            c, t = fl.expr(obj)
            if t == "str" and key == "charCodeAt" and len(e.arguments) <= 1 \
                    and not any(a.type == "SpreadElement" for a in e.arguments):
                # a string the plan proves: no dispatch, no boxing
                pos = fl.expr_f64(e.arguments[0]) if e.arguments else "(f64.const 0)"
                return f"(call $str_code_at {c} {pos})", "f64"
            o = fl.to_any(c, t)
            args = e.arguments
            if key in ("match", "matchAll", "search") and len(args) == 1 \
                    and args[0].type == "Literal" and isinstance(args[0].value, str):
                # `s.match("text")`: on a string node makes `new RegExp("text")` (with "g" for
                # matchAll), the literal /text/ (codegen/regex_literals.py); another receiver's
                # own `match` gets the string
                recv = fl.local("anyref")
                o = f"(local.tee {recv} {o})"
                regex = regex_literals.text_regexp(mod, args[0], args[0].value, "g" if key == "matchAll" else "")
                args = [_Node("WasmValue", args[0], code=(
                    f"(if (result anyref) (ref.test (ref $Str) (local.get {recv})) (then {regex}) "
                    f"(else {fl.expr_any(args[0])}))"))]
            argc, arr = fl.args(args)
            mod.call_names.add(key)
            if argc is None:   # `o.k(...xs)`: the same dispatch, its arguments unpacked from the array
                argc = f"(call $spread_args {arr})"
            return mod.at_site("anyref", f"{o} {argc}", f"$call.{mod.wasm_name(key)}"), "any"
        tmp = fl.local("anyref")
        o = f"(local.tee {tmp} {fl.expr_any(obj)})"
        f = f"(call $get_index {o} {fl.expr_any(callee.property)})"
        return call_value(fl, f, f"(local.get {tmp})", e.arguments), "any"
    if callee.type == "Identifier":
        v = fl.var_of(callee)
        if v is None:
            r = host_function(mod, fl, callee.name, e)
            if r is not None:
                return r
            if callee.name not in NODE_SCRIPT_GLOBALS:
                return fl.not_defined(callee), "any"   # (before any argument, as in node)
            raise Unsupported(callee, f"the global function `{callee.name}`")
        return call_binding(mod, fl, e, v)
    f = fl.expr_any(callee)
    return call_value(fl, f, UNDEF, e.arguments), "any"


def _this_free(mod, v) -> bool:
    """Is binding v a function declaration, a class or a constant arrow, whose
    code never reads the `this` a call through a namespace object would give?"""
    if v.kind == "function" and id(v.decl) in mod.decl_nodes:
        return not _uses_this(mod.decl_nodes[id(v.decl)].body)
    init = mod.const_inits.get(id(v))
    return v.kind == "class" or (init is not None and init.type == "ArrowFunctionExpression")


def call_binding(mod, fl: FunctionLowering, e: Any, v) -> tuple[str, str]:
    """A call of binding v: `f(...)`, or `ns.f(...)` of a namespace import."""
    callee = e.callee
    shown = callee.name if callee.type == "Identifier" else f"{callee.object.name}.{fl.static_member_key(callee)}"
    fn = fl.read_var(v, callee)
    if v.kind == "function" and not v.assigned and id(v.decl) in mod.decl_nodes:
        node = mod.decl_nodes[id(v.decl)]
        fname = mod.function(node)
        unboxed = mod.direct_call(fl, fname, f"(ref.cast (ref $Fn) {fn})", UNDEF, e.arguments)
        if unboxed is not None:
            return unboxed
        argc, arr = fl.args(e.arguments)
        if argc is not None:
            return f"(call {fname} (ref.cast (ref $Fn) {fn}) {UNDEF} {argc})", "any"
    if id(v) in mod.class_nodes:
        raise Unsupported(e, "calling a class without `new`")
    # the variable as a value (a number kept unboxed in an f64 local is boxed)
    value, t = fl.read_binding(v, callee)
    checked = mod.at_site("anyref", f"{fl.to_any(value, t)} {mod.string(shown)}", "$check_fn")
    listed = literal_dispatch(mod, fl, e, checked, UNDEF)
    if listed is not None:
        return listed, "any"
    return call_value(fl, checked, UNDEF, e.arguments), "any"


def typed_method(mod, fl, obj: Any, key: str):
    """(wasm function, receiver may be nullish) when the plan types the receiver
    as one struct type and every class of that type and its subtypes has the same
    method `key`: a direct call, no dispatch."""
    st = fl.struct_type_of(obj)
    if st is None:
        return None
    tname, nullable = st
    fname = mod.resolve_method(tname, key)
    return (fname, nullable) if fname is not None else None


def poly_call(mod, fl: FunctionLowering, obj: Any, key: str, args: list):
    """`o.key(...)` where the plan types o as one struct type whose subtypes have
    different methods `key` (class-hierarchy analysis, ModuleBuilder.method_table),
    or as one of a few struct types without a common supertype (a read union):
    the receiver and the arguments are evaluated once, then a chain of type tests
    calls each class's own method through its unboxed entry, with no dispatcher
    and no boxing of typed arguments or results. Null and undefined throw before
    the arguments run, as in node; a receiver no row takes (none, if the plan is
    right) goes to the per-name dispatcher."""
    if any(a.type == "SpreadElement" for a in args):
        return None
    st = fl.struct_type_of(obj)
    if st is not None:
        tname, nullable = st
        rows = mod.method_table(tname, key)
    else:
        union = fl.struct_union_of(obj)
        if union is None:
            return None
        tnames, nullable = union
        rows = mod.union_method_table(tnames, key)
    if rows is None or len(rows) > POLY_MAX_ROWS:
        return None
    recv = fl.local("anyref", "recv")
    o = fl.expr_any(obj)
    if nullable:
        o = fl.require_object(o, key)
    pre = [f"(local.set {recv} {o})"]
    values = []
    for a in args:   # each argument once, in order, kept in its lowered type
        c, t = fl.expr(a)
        inner = _box_u_inner(c) if t == "any" else None
        if _CONSTANT.fullmatch(c):   # no effects: used in place, where an i31 may be made of it
            values.append(_Node("WasmValue", a, code=c, vtype=t))
        elif t in ("f64", "i32") or inner is not None:
            tmp = fl.local("f64" if t != "i32" else "i32", "arg")
            pre.append(f"(local.set {tmp} {inner if inner is not None else c})")
            code = f"(call $box_u (local.get {tmp}))" if inner is not None else f"(local.get {tmp})"
            values.append(_Node("WasmValue", a, code=code, vtype="any" if inner is not None else t))
        else:
            tmp = fl.local("anyref", "arg")
            pre.append(f"(local.set {tmp} {fl.to_any(c, t)})")
            values.append(_Node("WasmValue", a, code=f"(local.get {tmp})", vtype="any"))
    this = f"(local.get {recv})"
    calls = []
    for sub, fname in rows:
        direct = mod.direct_call(fl, fname, "(global.get $dummy_fn)", this, values)
        if direct is None:
            argc, _ = fl.args(values)
            direct = f"(call {fname} (global.get $dummy_fn) {this} {argc})", "any"
        calls.append((sub, direct))
    types = {t for _, (_, t) in calls}
    rtype = types.pop() if len(types) == 1 else "any"
    done = fl.label("poly")
    chain = [f"(if (ref.test (ref {mod.wt(sub)}) {this}) (then (br {done} {fl.coerce(c, t, rtype)})))"
             for sub, (c, t) in calls]
    mod.call_names.add(key)
    argc, _ = fl.args(values)
    generic = mod.at_site("anyref", f"{this} {argc}", f"$call.{mod.wasm_name(key)}")
    return (f"(block {done} (result {fl.wtype(rtype)}) {' '.join(pre)} {' '.join(chain)} {fl.coerce(generic, 'any', rtype)})",
            rtype)


_CONSTANT = re.compile(r"\((f64|i32)\.const [^()]*\)")
POLY_MAX_ROWS = 8   # a longer chain of tests costs more than the dispatcher's


def static_method(mod, fl, v, key: str):
    """The function of `static key()` when v is a class binding never reassigned
    and nothing in the closed world may replace that static method."""
    node = mod.class_nodes.get(id(v))
    if node is None or v.assigned or key in mod.written_keys or id(v) in mod.computed_write_vars \
            or mod.statics_opaque:
        return None
    ci = mod.class_info(node)
    for m in ci.statics:
        if m.type == "MethodDefinition" and m.kind == "method" and mod.prop_key(m) == key:
            return mod.func_names.get(id(m.value))
    return None


def literal_function(mod, node: Any) -> Optional[str]:
    """The wasm function of a function literal the plan names as a call's target,
    as the literal's own lowering names it (an arrow keeps its home method's class),
    or None where that class cannot be told here."""
    got = mod.func_names.get(id(node))
    if got is not None:
        return got
    cls = None
    if node.type == "ArrowFunctionExpression":
        home = mod.resolver.funcs.get(id(node))
        while home is not None and home.is_arrow:
            home = home.parent
        if home is None:
            return None
        if home.node.type == "FieldInit" and home.node.m.static:
            return None   # lowered where the class is evaluated, with that code's class
        if home.member_of is not None:
            cls = mod.class_info(home.member_of)
        elif not home.is_file and (id(home.node) in mod.class_funcs or id(home.node) in mod.classes):
            return None   # a constructor function's method: its class is the build's to tell
    return mod.function(node, None, "function", cls)


def literal_dispatch(mod, fl: FunctionLowering, e: Any, f: str, this: str) -> Optional[str]:
    """`f(...)` / `o.k(...)` where the plan lists the function literals the callee
    can be (analysis/call_targets.py): the callee's code is compared with each
    literal's and the matching one called directly (through its unboxed entry when
    it has one), with no dispatch by name and no table call; any other value takes
    the ordinary call. f and this are evaluated first, then the arguments, as in
    JavaScript; None when the plan lists none."""
    keys = mod.plan.closure_targets.get(mod.read_key(fl.fi.file_index, e))
    if not keys or any(a.type == "SpreadElement" for a in e.arguments):
        return None
    targets = []
    for k in keys:
        node = mod.function_at(k)
        if node is None or id(node) in mod.class_funcs or id(node) in mod.classes:
            continue
        fname = literal_function(mod, node)
        if fname is not None:
            targets.append(fname)
    if not targets:
        return None
    ftmp, ctmp = fl.local("anyref"), fl.local("i32")
    pre = [f"(local.set {ftmp} {f})"]
    args = []
    for a in e.arguments:   # each evaluated once, into a local of its own type
        c, t = fl.expr(a)
        wt = "f64" if t == "f64" else "anyref"
        tmp = fl.local(wt)
        pre.append(f"(local.set {tmp} {c if wt == 'f64' else fl.to_any(c, t)})")
        args.append(_Node("WasmValue", a, code=f"(local.get {tmp})", vtype="f64" if wt == "f64" else "any"))
    done = fl.label("done")
    fn = f"(ref.cast (ref $Fn) (local.get {ftmp}))"
    branches = []
    for fname in targets:
        direct = mod.direct_call(fl, fname, fn, this, args)
        if direct is not None:
            call = fl.to_any(*direct)
        else:
            argc, _ = fl.args(args)
            call = f"(call {fname} {fn} {this} {argc})"
        branches.append(f"(if (i32.eq (local.get {ctmp}) {mod.func_ref(fname)}) (then (br {done} {call})))")
    generic = call_value(fl, f"(local.get {ftmp})", this, args)
    return (f"(block {done} (result anyref) {' '.join(pre)}\n"
            f"(if (ref.test (ref $Fn) (local.get {ftmp})) (then (local.set {ctmp} (struct.get $Fn $code {fn}))\n"
            f"{' '.join(branches)}))\n{generic})")


def literal_method_call(mod, fl: FunctionLowering, e: Any, obj: Any) -> Optional[str]:
    """literal_dispatch for `o.k(...)`: o evaluated once, `o.k` read as any property
    read is (through the struct field when the plan types o), `this` is o."""
    if mod.read_key(fl.fi.file_index, e) not in mod.plan.closure_targets:
        return None
    otmp = fl.local("anyref")
    member = _Node("MemberExpression", e.callee, object=_Node("WasmValue", obj, code=f"(local.get {otmp})"))
    read = fl.to_any(*fl.expr(member))
    return literal_dispatch(mod, fl, e, f"(block (result anyref) (local.set {otmp} {fl.expr_any(obj)}) {read})",
                            f"(local.get {otmp})")


def es_module_marker(fl: FunctionLowering, args: list) -> bool:
    """Are the arguments of `Object.defineProperty` exactly `(exports, "__esModule",
    { value: true })` (or `module.exports`) in a CommonJS file? The one use of
    defineProperty the build compiles (runtime.wat, $define_es_module)."""
    if len(args) != 3 or not fl.mod.is_commonjs(fl.fi.file_index):
        return False
    target, key, desc = args

    def free(ident: Any, name: str) -> bool:
        return ident.type == "Identifier" and ident.name == name and fl.var_of(ident) is None
    if not (free(target, "exports") or (target.type == "MemberExpression" and not target.computed
                                         and free(target.object, "module") and target.property.name == "exports")):
        return False
    if key.type != "Literal" or key.value != "__esModule" or desc.type != "ObjectExpression" \
            or len(desc.properties) != 1:
        return False
    p = desc.properties[0]
    return p.type == "Property" and not p.computed and p.kind == "init" and not getattr(p, "method", False) \
        and fl.static_key(p) == "value" and p.value.type == "Literal" and p.value.value is True


def call_value(fl: FunctionLowering, f: str, this: str, args: list) -> str:
    argc, arr = fl.args(args)
    if argc is None:
        return fl.mod.at_site("anyref", f"{f} {this} {arr}", "$call_spread")
    return fl.mod.at_site("anyref", f"{f} {this} {argc}", "$call_value")


def super_call(mod, fl: FunctionLowering, e: Any) -> str:
    ci = fl.cls
    if ci is None or fl.kind != "ctor" or fl.fi.is_arrow:
        raise Unsupported(e, "`super(...)` outside a constructor")
    if not ci.dynamic_parent and ci.builtin_parent is None:
        raise Unsupported(e, "`super(...)` in a class without `extends`")
    argc, arr = fl.args(e.arguments)
    if argc is None:
        raise Unsupported(e, "spread arguments to `super(...)`")
    return f"(block (result anyref) {mod.super_call_code(fl, ci, argc)} {mod.field_inits(fl, ci)} (ref.null any))"


def arg_f64(fl, args, i, default="(f64.const nan)"):
    if i < len(args):
        return fl.expr_f64(args[i])
    return default


def process_stream(fl: FunctionLowering, e: Any) -> Optional[str]:
    """"stdout" or "stderr" when e is node's `process.stdout` / `process.stderr`."""
    if e.type == "MemberExpression" and not e.computed and e.object.type == "Identifier" \
            and e.object.name == "process" and fl.var_of(e.object) is None \
            and e.property.name in ("stdout", "stderr"):
        return e.property.name
    return None


def stream_write(fl: FunctionLowering, stream: str, e: Any) -> tuple[str, str]:
    """process.stdout.write(s): s as it is, without a newline (runtime $stream_write)."""
    args = e.arguments
    if len(args) != 1 or args[0].type == "SpreadElement":
        raise Unsupported(e, f"`process.{stream}.write` with other than one argument (an encoding or a callback)")
    return f"(call $stream_write (i32.const {1 if stream == 'stdout' else 2}) {fl.expr_any(args[0])})", "i32"


def host_method(mod, fl: FunctionLowering, obj: str, name: str, e: Any):
    args = e.arguments
    spread = any(a.type == "SpreadElement" for a in args)
    if spread and obj == "String" and name in ("fromCharCode", "fromCodePoint"):
        # every argument converted the same way: the spread's values in one array
        return f"(call ${'from_char_codes' if name == 'fromCharCode' else 'from_code_points'} {fl.args(args)[1]})", "str"
    if spread and obj != "console":
        raise Unsupported(e, f"spread arguments to `{obj}.{name}`")
    if obj == "console":
        fd = {"log": 1, "info": 1, "debug": 1, "error": 2, "warn": 2, "trace": 2}.get(name)
        if fd is None:
            raise Unsupported(e, f"`console.{name}`")
        if len(args) == 1 and args[0].type != "SpreadElement":
            c, t = fl.expr(args[0])
            if t == "str":
                return f"(call $console_str (i32.const {fd}) {c})", "void"
        argc, arr = fl.args(args)
        if arr is None:
            arr = array_of(fl, args)
        return f"(call $console (i32.const {fd}) {arr})", "void"
    if obj == "Math":
        if name in MATH_UNARY_NATIVE:
            return f"({MATH_UNARY_NATIVE[name]} {arg_f64(fl, args, 0)})", "f64"
        if name == "imul":
            return (f"(f64.convert_i32_s (i32.mul {fl.to_int(*fl.expr(args[0])) if args else '(i32.const 0)'} "
                    f"{fl.to_int(*fl.expr(args[1])) if len(args) > 1 else '(i32.const 0)'}))"), "f64"
        if name == "clz32":   # leading zero bits of ToUint32(x), whose bits ToInt32 gives
            x = fl.to_int(*fl.expr(args[0])) if args else "(i32.const 0)"
            return f"(f64.convert_i32_u (i32.clz {x}))", "f64"
        if name == "fround":   # the nearest float32, back as a number
            return f"(f64.promote_f32 (f32.demote_f64 {arg_f64(fl, args, 0)}))", "f64"
        if name == "round":
            return f"(call $round {arg_f64(fl, args, 0)})", "f64"
        if name == "sign":
            return f"(call $sign {arg_f64(fl, args, 0)})", "f64"
        if name in ("max", "min"):
            op = "f64.max" if name == "max" else "f64.min"
            if not args:
                return ("(f64.const -inf)" if name == "max" else "(f64.const inf)"), "f64"
            code = fl.expr_f64(args[0])
            for a in args[1:]:
                code = f"({op} {code} {fl.expr_f64(a)})"
            return code, "f64"
        if name == "hypot" and len(args) != 2:
            if any(a.type == "SpreadElement" for a in args) or len(args) > 2:
                raise Unsupported(e, "`Math.hypot` with other than 0, 1 or 2 arguments")
            if not args:
                return "(f64.const 0)", "f64"
            return f"(f64.abs {arg_f64(fl, args, 0)})", "f64"
        if name in fdlibm.NATIVE2:   # computed in the module, as V8 computes it
            return f"(call {fdlibm.NATIVE2[name]} {arg_f64(fl, args, 0)} {arg_f64(fl, args, 1)})", "f64"
        if name == "random":   # (arguments are evaluated and ignored, as in node)
            if not args:
                return "(call $m_random)", "f64"
            return f"(block (result f64) {' '.join(fl.drop(a) for a in args)} (call $m_random))", "f64"
        if name in fdlibm.NATIVE:   # computed in the module, as V8 computes it
            return f"(call {fdlibm.NATIVE[name]} {arg_f64(fl, args, 0)})", "f64"
        if name in MATH_HOST:
            op = MATH_HOST[name]
            return f"(call $host_math (i32.const {op}) {arg_f64(fl, args, 0)} {arg_f64(fl, args, 1)})", "f64"
        raise Unsupported(e, f"`Math.{name}`")
    if obj in ERROR_CLASSES and name == "captureStackTrace":
        # an error's `stack` made again with its header now (V8 formats it when first
        # read); the arguments are evaluated, the second (the frames to hide) unused
        if any(a.type == "SpreadElement" for a in args):
            raise Unsupported(e, "spread arguments to `Error.captureStackTrace`")
        rest = "".join(f" {fl.drop(a)}" for a in args[1:])
        first = fl.expr_any(args[0]) if args else "(ref.null any)"
        tmp = fl.local("anyref")
        return (f"(block (result anyref) (local.set {tmp} {first}){rest} "
                f"(call $capture_stack_trace (local.get {tmp})))"), "any"
    if obj == "Object":
        if name == "defineProperty" and es_module_marker(fl, args):
            # (TypeScript's and Babel's CommonJS output: a non-enumerable `__esModule: true`)
            return f"(call $define_es_module {fl.expr_any(args[0])})", "any"
        if name in ("defineProperty", "getOwnPropertyDescriptor") and not any(a.type == "SpreadElement" for a in args):
            # on dictionary objects, what TypeScript's `export * from` helpers do (runtime.wat)
            n = 3 if name == "defineProperty" else 2
            vals = [fl.expr_any(a) for a in args[:n]] + ["(ref.null any)"] * (n - min(n, len(args)))
            drops = " ".join(fl.drop(a) for a in args[n:])
            fn = "$define_property" if name == "defineProperty" else "$get_own_descriptor"
            tmps = [fl.local("anyref") for _ in vals]
            sets = " ".join(f"(local.set {t} {v})" for t, v in zip(tmps, vals))
            return (f"(block (result anyref) {sets} {drops} {mod.op_site()} "
                    f"(call {fn} {' '.join(f'(local.get {t})' for t in tmps)}))"), "any"
        if name == "freeze" and len(args) == 1 and args[0].type != "SpreadElement":
            if mod.read_key(fl.fi.file_index, e) in mod.plan.frozen_calls:
                return fl.expr(args[0])   # nothing can write it afterwards (analysis/freeze.py)
            raise Unsupported(e, "`Object.freeze` of an object something writes (an assignment to it, an array "
                                 "method that changes it, or a write before the freeze), of a class instance, "
                                 "or of an object the plan makes a map: the build keeps no frozen flag")
        if name == "create" and len(args) == 1 and args[0].type == "Literal" and args[0].value is None:
            # a dictionary without a prototype (the plan's `null-prototype` map site): it
            # inherits nothing and prints as `[Object: null prototype] {...}`
            site = mod.site_of(fl.fi.file_index, e)
            return f"(call {mod.mark(site)}$map_new (global.get $cls_NullProto))", "any"
        one = {"keys": "$own_keys", "values": "$own_values", "entries": "$own_entries"}
        if name in one and len(args) == 1:
            return f"(call {one[name]} (call $to_object {fl.expr_any(args[0])}))", "any"
        if name == "assign" and args:
            code = fl.expr_any(args[0])
            for a in args[1:]:
                code = f"(call $assign {code} {fl.expr_any(a)})"
            return code, "any"
        if name == "fromEntries" and len(args) == 1:
            return f"(call $from_entries {fl.expr_any(args[0])})", "any"
        if name == "is" and len(args) == 2:
            return f"(call $object_is {fl.expr_any(args[0])} {fl.expr_any(args[1])})", "i32"
        if name == "hasOwn" and len(args) == 2:
            return fl.mod.at_site("anyref", f"{fl.expr_any(args[0])} {fl.expr_any(args[1])}", "$object_has_own"), "any"
        if f"Object.{name}" in math_values.REFUSED_WHEN_CALLED and name not in ("freeze", "create"):
            # the reflective methods (defineProperty, getOwnPropertyDescriptor, ...) stop the
            # run where one is called, after its arguments, as node evaluates them: library
            # helpers (TypeScript's __createBinding) have them on paths that do not run
            if any(a.type == "SpreadElement" for a in args):
                raise Unsupported(e, f"`Object.{name}` with spread arguments")
            drops = " ".join(fl.drop(a) for a in args)
            return (f"(block (result anyref) {drops} {mod.op_site()} (call $fail_named (i32.const "
                    f"{math_values.BUILTIN_METHOD}) {mod.string('Object.' + name)}) (unreachable))"), "any"
        raise Unsupported(e, f"`Object.{name}`")
    if obj in TYPED_KINDS and name in ("from", "of") and not any(a.type == "SpreadElement" for a in args):
        # Float64Array.from(iterable) / .of(...items): the items converted into a new typed array
        if name == "from" and len(args) == 1:
            src = f"(call $array_from {fl.iterable(args[0])} (ref.null any) (i32.const 0))"
        elif name == "of":
            src = array_of(fl, args) if args else "(call $arr_new (i32.const 0))"
        else:
            raise Unsupported(e, f"`{obj}.from` with a mapping function")
        mark = mod.mark(mod.site_of(fl.fi.file_index, e))
        return f"(call {mark}$ta_construct (i32.const {TYPED_KINDS[obj]}) (i32.const 1) {src})", "any"
    if obj == "Array":
        if name == "isArray" and len(args) == 1:
            return f"(call $is_array {fl.expr_any(args[0])})", "i32"
        if name == "from" and len(args) in (1, 2):
            f = fl.expr_any(args[1]) if len(args) == 2 else "(ref.null any)"
            # (with a mapping function the source is stepped between its calls: as written)
            src = fl.iterable(args[0]) if len(args) == 1 else fl.expr_any(args[0])
            return f"(call $array_from {src} {f} (i32.const {len(args) - 1}))", "any"
        if name == "of" and not any(a.type == "SpreadElement" for a in args):
            return (array_of(fl, args) if args else "(call $arr_new (i32.const 0))"), "any"
        raise Unsupported(e, f"`Array.{name}`")
    if obj == "Number":
        if name in ("isInteger", "isNaN", "isFinite", "isSafeInteger") and len(args) == 1:
            return f"(call $number_{name} {fl.expr_any(args[0])})", "i32"
        if name in ("parseFloat", "parseInt"):
            return host_function(mod, fl, name, e)
        raise Unsupported(e, f"`Number.{name}`")
    if obj == "String":
        if name == "fromCharCode":
            if len(args) == 1:
                return f"(call $from_char_code (i32.and {fl.to_int(*fl.expr(args[0]))} (i32.const 65535)))", "str"
            return f"(call $from_char_codes {array_of(fl, args)})", "str"
        if name == "fromCodePoint" and args and not any(a.type == "SpreadElement" for a in args):
            return f"(call $from_code_points {array_of(fl, args)})", "str"
        raise Unsupported(e, f"`String.{name}`")
    if obj == "JSON":
        return lower_json_call(fl, name, e)
    if obj in ("Reflect", "Promise", "Symbol", "process", "globalThis", "Date", "performance", "Map", "Set", "WeakMap", "WeakSet"):
        if obj == "Date" and name == "now" and not args:
            return "(call $host_now (i32.const 0))", "f64"
        if obj == "performance" and name == "now" and not args:
            return "(call $host_now (i32.const 1))", "f64"
        if obj == "process" and name == "exit" and len(args) <= 1:
            return f"(block (result anyref) (call $process_exit {fl.expr_any(args[0]) if args else UNDEF}) (unreachable))", "any"
        if obj == "process" and name == "hrtime" and len(args) <= 1 and not any(a.type == "SpreadElement" for a in args):
            return f"(call $hrtime {fl.expr_any(args[0]) if args else UNDEF})", "any"
        raise Unsupported(e, f"`{obj}.{name}`")
    return None


def array_of(fl: FunctionLowering, args: list) -> str:
    if not args:
        return "(call $arr_new (i32.const 0))"
    return f"(call $arr_of (array.new_fixed $Vals {len(args)} {' '.join(fl.expr_any(a) for a in args)}))"


def computed_require(mod, fl: FunctionLowering, e: Any, path_code: str) -> str:
    """`require(path)` with a computed path: the plan lists the specifiers it can
    load a file of the program with (analysis/world.py); the path is compared with
    each, and any other path stops the program (host failure 24) rather than load
    something node would not."""
    table = mod.plan.dynamic_requires.get(mod.read_key(fl.fi.file_index, e))
    if table is None:
        raise Unsupported(e, "`require` of a computed path without constant ends (write it as "
                             "`require('./' + name)` or `` require(`./${name}`) ``, or in a variable "
                             "declared once with such a value)")
    fname = f"$dynamic_require_{len(mod.dynamic_requires)}"
    mod.dynamic_requires.append(fname)
    tests = "\n".join(f"  (if (call $str_eq (local.get $s) {mod.string(spec)}) (then (return (call $require_{mod.file_of[path]}))))"
                      for spec, path in table if path in mod.file_of)
    mod.funcs.append(f"""(func {fname} (param $v anyref) (result anyref)
  (local $s (ref $Str))
  (local.set $s (call $tostr (local.get $v)))
{tests}
  (call $fail_named (i32.const 24) (local.get $s))
  (unreachable))""")
    return f"(call {fname} {path_code})"


URI_FUNCTIONS = {"encodeURIComponent": ("$uri_encode", 0), "encodeURI": ("$uri_encode", 1),
                 "decodeURIComponent": ("$uri_decode", 0), "decodeURI": ("$uri_decode", 1)}


def host_function(mod, fl: FunctionLowering, name: str, e: Any):
    args = e.arguments
    if any(a.type == "SpreadElement" for a in args):
        raise Unsupported(e, f"spread arguments to `{name}`")
    first = fl.expr_any(args[0]) if args else UNDEF
    if name == "require":
        if not mod.is_commonjs(fl.fi.file_index):
            return fl.not_defined(e.callee), "any"   # an ES module has no `require` (node's ReferenceError)
        spec = constant_string(args[0]) if len(args) == 1 else None
        if spec is None:
            return computed_require(mod, fl, e, first), "any"
        if not (spec.startswith("./") or spec.startswith("../")):
            raise Unsupported(e, f"`require('{spec}')`: only files of the program can be built (no node built-in modules)")
        unit = mod.units[fl.fi.file_index]
        path = mod.resolve_path(unit.path, spec)
        if path is not None and path.endswith(".json") and path not in mod.file_of:
            return f"(call {mod.json_module(e, path)})", "any"
        if path is None or path not in mod.file_of:
            raise Unsupported(e, f"`require('{spec}')`: no such file in the program")
        if not mod.is_commonjs(mod.file_of[path]):
            raise Unsupported(e, f"`require('{spec}')` of an ES module (node 20's ERR_REQUIRE_ESM: load it with `import`)")
        return f"(call $require_{mod.file_of[path]})", "any"
    if name == "String":
        if not args:
            return mod.string(""), "str"
        return fl.to_str(*fl.expr(args[0])), "str"
    if name == "Number":
        if not args:
            return "(f64.const 0)", "f64"
        return fl.expr_f64(args[0]), "f64"
    if name == "Boolean":
        if not args:
            return "(i32.const 0)", "i32"
        return fl.cond(args[0]), "i32"
    if name in URI_FUNCTIONS:   # (codegen/builtins.wat, URI encoding)
        func, uri = URI_FUNCTIONS[name]
        return f"(call {func} (call $tostr {first}) (i32.const {uri}))", "str"
    if name == "parseFloat":
        return f"(call $str_to_num (call $tostr {first}) (i32.const 1) (i32.const 10))", "f64"
    if name == "parseInt":
        radix = fl.to_int(*fl.expr(args[1])) if len(args) > 1 else "(i32.const 0)"
        return f"(call $str_to_num (call $tostr {first}) (i32.const 2) {radix})", "f64"
    if name == "isNaN":
        return f"(call $is_nan_f (call $tonum {first}))", "i32"
    if name == "isFinite":
        return f"(call $is_finite_f (call $tonum {first}))", "i32"
    if name in ERROR_CLASSES:
        return mod.new_error(fl, e, name), "any"
    if name == "Array":
        return mod.new_array(fl, e), "any"
    return None
