"""Assembling the module: compile every file, then emit types, globals,
dispatchers, functions and the runtime as one WAT text."""
from __future__ import annotations

import functools
import os
import re
from typing import Any

from analysis.parse import children
from analysis.constructor_functions import not_class_reason

from .callbacks import CALLBACK_WAT
from .fdlibm import wat as fdlibm_wat
from .fdlibm_arc import wat as fdlibm_arc_wat
from .fdlibm_hyper import wat as fdlibm_hyper_wat
from .fdlibm_logs import wat as fdlibm_logs_wat
from .fdlibm_pow import wat as fdlibm_pow_wat
from .class_escape import class_escapes
from .class_once import classes_evaluated_once
from .typed_arrays import ARRAY_ONLY_METHODS, TYPED_METHODS
from .json_calls import JSON_STRINGS, JSON_WAT
from .lower import ERROR_CLASSES, FunctionLowering
from .overflow import is_slot, slot_of
from . import array_method_call, class_env, math_values, object_method_call, private, regex_literals, reuse, roots, scalar
from .sections import SITES_SECTION, custom_wat
from .module import (BUILTIN_CLASSES, BUILTINS, CONVERSIONS, CORE_TYPES, DISPATCH_PARAMS, FIELD0, FN_PARAMS, RUNTIME, RUNTIME_STRINGS, NO_CAPTURES,
                     ModuleBuilder, shared_global)
from .resolve import Unsupported, pattern_targets

COLLECTIONS_WAT = os.path.join(os.path.dirname(__file__), "collections.wat")
TYPED_WAT = os.path.join(os.path.dirname(__file__), "typed_arrays.wat")
REGEXP_WAT = os.path.join(os.path.dirname(__file__), "regexp.wat")
_BUILTIN_METHOD = re.compile(r"\(func \$bi_(arr|str|num|fn|obj|map|set|citer)_(\w+)")


# The methods JavaScript's prototypes give arrays, strings and numbers (and
# Object.prototype's, which they inherit). A read of one the runtime does not
# implement must not answer undefined (`x.toExponential ? a : b` would take the
# wrong branch): $builtin_method stops with the method's name instead.
STANDARD_METHODS = {
    "arr": ("at concat copyWithin entries every fill filter find findIndex findLast findLastIndex flat flatMap "
            "forEach includes indexOf join keys lastIndexOf map pop push reduce reduceRight reverse shift slice "
            "some sort splice toLocaleString toReversed toSorted toSpliced toString unshift values with"),
    "str": ("at charAt charCodeAt codePointAt concat endsWith includes indexOf isWellFormed lastIndexOf "
            "localeCompare match matchAll normalize padEnd padStart repeat replace replaceAll search slice split "
            "startsWith substr substring toLocaleLowerCase toLocaleUpperCase toLowerCase toString toUpperCase "
            "toWellFormed trim trimEnd trimLeft trimRight trimStart valueOf"),
    "num": "toExponential toFixed toLocaleString toPrecision toString valueOf",
    "any": "hasOwnProperty isPrototypeOf propertyIsEnumerable toLocaleString valueOf",
}


# Object.prototype's methods the runtime implements (on $cls_Object's prototype)
OBJECT_PROTO_FUNCS = {"toString": "$proto_toString", "hasOwnProperty": "$proto_hasOwnProperty",
                      "valueOf": "$proto_valueOf"}


# Date.prototype's methods the runtime implements (codegen/builtins.wat); the
# others are refused by name where they are read
DATE_PROTO_FUNCS = {"getTime": "$date_getTime", "valueOf": "$date_getTime", "toISOString": "$date_toISOString",
                    "toJSON": "$date_toJSON"}
REGEXP_PROTO_FUNCS = {"exec": "$re_exec_fn", "test": "$re_test_fn", "toString": "$re_toString_fn"}
DATE_METHODS = ("getDate getDay getFullYear getHours getMilliseconds getMinutes getMonth getSeconds "
                "getTimezoneOffset getUTCDate getUTCDay getUTCFullYear getUTCHours getUTCMilliseconds "
                "getUTCMinutes getUTCMonth getUTCSeconds getYear setDate setFullYear setHours setMilliseconds "
                "setMinutes setMonth setSeconds setTime setUTCDate setUTCFullYear setUTCHours "
                "setUTCMilliseconds setUTCMinutes setUTCMonth setUTCSeconds toDateString toLocaleDateString "
                "toLocaleString toLocaleTimeString toString toTimeString toUTCString").split()


LONG_STRING = 9000   # UTF-16 units: a longer string constant is made from a data segment

# $Class $flags: what the class was written as (analysis/constructor_functions.py)
CLASS_FROM_FUNCTION = 1    # a constructor function: calling it without `new` is refused at run time
CLASS_ES5_METHODS = 2      # methods stored on its prototype, enumerable: for-in over an instance is refused
CLASS_EMPTY_FUNCTION = 4   # a constructor function that does nothing: called without `new`, it returns undefined


def class_flags(node) -> int:
    return (CLASS_FROM_FUNCTION if getattr(node, "from_function", False) else 0) | \
        (CLASS_ES5_METHODS if getattr(node, "es5_methods", False) else 0) | \
        (CLASS_EMPTY_FUNCTION if getattr(node, "empty_function", False) else 0)


@functools.lru_cache(maxsize=1)
def builtin_methods() -> dict[str, set[str]]:
    """Method name -> the kinds of receiver the runtime implements it for (read,
    not to be changed: the result is shared)."""
    found: dict[str, set[str]] = {}
    texts = [CALLBACK_WAT]
    for path in (BUILTINS, COLLECTIONS_WAT, REGEXP_WAT):
        with open(path, encoding="utf-8") as fh:
            texts.append(fh.read())
    for text in texts:
        for kind, name in _BUILTIN_METHOD.findall(text):
            found.setdefault(name, set()).add(kind)
    return found


# the global objects a program could add properties to or replace them on
CHANGEABLE_BUILTINS = frozenset(BUILTIN_CLASSES + CONVERSIONS + (
    "Math", "JSON", "Date", "console", "performance", "Symbol", "Reflect", "Promise", "RegExp", "WeakMap",
    "WeakSet", "BigInt", "Intl", "globalThis"))


def collect_declarations(mod: ModuleBuilder, programs: list) -> None:
    """Function and class declarations by their binding (direct calls, `new`)."""
    mod.decl_nodes = {}
    mod.class_nodes = {}
    mod.class_nodes_all = []
    mod.class_files = {}
    # What may replace a class's static method (so `C.m()` cannot be a direct call):
    # a write of that key to any object, anywhere (`C.m = f`, `x.m += 1`, `delete
    # o.m`), or a computed-key write or Object.assign/defineProperty on a class binding.
    mod.written_keys = set()
    current = [0]

    def target(t: Any, plain: bool = False) -> None:
        if t.type != "MemberExpression":
            return
        builtin_object(t.object)
        if not t.computed:
            mod.written_keys.add(t.property.name)
            v = mod.resolver.refs.get(id(t.object)) if t.object.type == "Identifier" else None
            if plain and v is not None:   # `X.k = v`: which binding is written, for the statics cache
                mod.static_writes.setdefault(t.property.name, set()).add(id(v))
            else:
                mod.written_keys_elsewhere.add(t.property.name)
        elif t.property.type == "Literal":
            mod.written_keys.add(str(t.property.value))
            mod.written_keys_elsewhere.add(str(t.property.value))
        elif t.object.type == "Identifier" and mod.resolver.refs.get(id(t.object)) is not None:
            mod.computed_write_vars.add(id(mod.resolver.refs.get(id(t.object))))

    def builtin_object(o: Any) -> None:
        """The build calls the built-ins' own functions directly (`Array.isArray(x)`
        is the runtime's test, whatever property the object holds): a program that
        changes one is refused, never run with the original."""
        if o.type == "Identifier" and o.name in CHANGEABLE_BUILTINS and mod.resolver.refs.get(id(o)) is None:
            raise Unsupported(o, f"changing the built-in `{o.name}` (its functions are compiled in)")

    mod.computed_write_vars = set()
    mod.static_writes = {}            # key -> ids of the bindings X written as `X.key = ...`
    mod.written_keys_elsewhere = set()   # keys written any other way (compound, delete, other objects)
    mod.class_funcs = set()   # methods, accessors and constructors of classes (strict code)

    def walk(n: Any) -> None:
        if n.type == "CallExpression" and any(m.borrowed_method(
                n.callee, lambda ident: mod.resolver.refs.get(id(ident)) is None) is not None
                for m in (array_method_call, object_method_call)):
            for a in n.arguments:   # `Array.prototype.m.call(x, ...)`: no prototype object is read
                walk(a)
            return
        if n.type == "MemberExpression" and (
                (not n.computed and n.property.name == "prototype")
                or (n.computed and n.property.type == "Literal" and n.property.value == "prototype")):
            # methods are compiled per class and called directly or through
            # dispatchers that never look at a prototype object
            why = ""
            if n.object.type == "Identifier":
                got = not_class_reason(programs[current[0]], n.object.name)
                if got is not None:   # (analysis/constructor_functions.py)
                    why = f"; `{n.object.name}` is not compiled as a class because {got}"
            raise Unsupported(n, "`prototype` of a function or class (methods are compiled statically: "
                                 f"use class syntax, and do not read or change prototypes{why})")
        if n.type == "AssignmentExpression":
            if n.left.type in ("ObjectPattern", "ArrayPattern"):
                for t in pattern_targets(n.left):
                    target(t)
            else:
                target(n.left, plain=n.operator == "=")
        elif n.type in ("ForInStatement", "ForOfStatement") and n.left.type != "VariableDeclaration":
            for t in pattern_targets(n.left):
                target(t)
        elif n.type == "UpdateExpression" or (n.type == "UnaryExpression" and n.operator == "delete"):
            target(n.argument)
        elif n.type == "CallExpression" and n.callee.type == "MemberExpression" and not n.callee.computed \
                and n.callee.object.type == "Identifier" and n.callee.object.name == "Object" \
                and n.callee.property.name in ("assign", "defineProperty", "defineProperties", "setPrototypeOf") \
                and n.arguments and n.arguments[0].type == "Identifier":
            builtin_object(n.arguments[0])
            v = mod.resolver.refs.get(id(n.arguments[0]))
            if v is not None:
                mod.computed_write_vars.add(id(v))
        if n.type == "FunctionDeclaration" and n.id is not None:
            mod.decl_nodes[id(n.id)] = n
        if n.type in ("ClassDeclaration", "ClassExpression"):
            mod.class_nodes_all.append(n)
            for m in n.body.body:
                if getattr(m, "value", None) is not None and m.value.type == "FunctionExpression":
                    mod.class_funcs.add(id(m.value))
            mod.class_files[id(n)] = current[0]
        if n.type in ("ClassDeclaration",) and n.id is not None:
            v = mod.resolver.refs.get(id(n.id))
            if v is not None:
                mod.class_nodes[id(v)] = n
        # an anonymous class takes the name of what it is bound to, as a function does
        named = None
        if n.type == "VariableDeclarator" and n.id.type == "Identifier":
            named = (n.init, n.id.name)
        elif n.type == "AssignmentExpression" and n.operator == "=" and n.left.type == "Identifier":
            named = (n.right, n.left.name)
        elif n.type == "Property" and not n.computed and n.kind == "init" and not getattr(n, "method", False):
            named = (n.value, n.key.name if n.key.type == "Identifier" else
                     n.key.value if n.key.type == "Literal" and isinstance(n.key.value, str) else None)
        if named is not None and named[0] is not None and named[0].type == "ClassExpression" \
                and named[0].id is None and named[1] is not None:
            mod.class_shown[id(named[0])] = named[1]
        if n.type == "VariableDeclarator" and n.init is not None and n.init.type == "ClassExpression" \
                and n.id.type == "Identifier":
            v = mod.resolver.refs.get(id(n.id))
            if v is not None and v.kind == "const":
                mod.class_nodes[id(v)] = n.init
        for c in children(n):
            walk(c)

    for i, p in enumerate(programs):
        current[0] = i
        walk(p)
    # a class reachable under another name may have its statics written out of sight
    def class_var(ident: Any):
        v = mod.resolver.refs.get(id(ident))
        return v if v is not None and id(v) in mod.class_nodes else None
    escaped, mod.statics_opaque = class_escapes(programs, class_var,
                                                lambda ident: mod.resolver.refs.get(id(ident)) is None)
    mod.computed_write_vars |= escaped
    # classes evaluated at most once: the only ones the statics cache serves, and
    # the only ones not guarded against a second evaluation
    mod.once_classes = classes_evaluated_once(programs)
    for p in programs:
        for st in p.body:
            if st.type in ("ExportNamedDeclaration", "ExportDefaultDeclaration") and st.declaration is not None:
                st = st.declaration
            if st.type == "VariableDeclaration" and st.kind == "const":
                for d in st.declarations:
                    v = mod.resolver.refs.get(id(d.id)) if d.id.type == "Identifier" else None
                    if v is not None and d.init is not None and v.owner is None and not v.assigned:
                        mod.const_inits[id(v)] = d.init


def build_module(plan, units: list, resolve_path, entry_index: int, reach=lambda path: {path}) -> str:
    """The module's text; reach(path): the files a file is or loads through
    constant requires (analysis Program.reach)."""
    mod = ModuleBuilder(plan, units, resolve_path, reach)
    mod.entry_index = entry_index
    programs = [u.parsed.tree for u in units]
    for i, p in enumerate(programs):
        mod.file_infos.append(mod.resolver.resolve_file(p, i))
    mod.esm.link()   # import bindings are the exporters' (codegen/esm.py)
    collect_declarations(mod, programs)
    mod.early = mod.find_early(programs)
    mod.number_globals = mod.find_number_globals()
    for node in mod.class_nodes_all:
        mod.class_info(node)
    private.collect(mod)
    by_struct: dict = {}
    for ci in mod.classes.values():
        if ci.struct:
            by_struct.setdefault(ci.struct, []).append(ci)
    mod.class_by_struct = {t: cs[0] for t, cs in by_struct.items() if len(cs) == 1}
    file_funcs = []
    for i, u in enumerate(units):
        prog = u.parsed.tree
        fl, body = lower_file(mod, mod.file_infos[i], i, prog)
        file_funcs.append(mod.emit_func(f"$file_{i}", fl, body))
        mod.compile_pending()
    mod.compile_pending()
    return emit(mod, file_funcs, entry_index)


def lower_file(mod: ModuleBuilder, fi, index: int, prog) -> tuple:
    """(FunctionLowering, body) of a file's top-level code. Its block-scoped
    variables (a top-level loop's `let i`) are locals, kept unboxed in f64 the way
    a function's are (ModuleBuilder.lower_typed): every let/const not in a cell
    starts as a candidate, and one written with a value that is not statically a
    number drops out for the next try. (The file's own top-level bindings are
    globals, typed by the plan: ModuleBuilder.number_globals.)"""
    cands = {id(v) for v in fi.vars if not v.in_cell and v.kind in ("let", "const")}
    ints = set(cands)   # int32 locals among them (codegen/int_ranges.py)
    while True:
        fl = FunctionLowering(mod, fi, f"$file_{index}", "file")
        fl.f64_vars = set(cands)
        fl.i32_vars = ints & cands
        for v in fi.vars:
            fl.declare_local(v.wasm, "(ref null $Cell)" if v.in_cell else "i32" if id(v) in fl.i32_vars
                             else "f64" if id(v) in cands else "anyref")
        scalar.value_vars(fl)
        body = fl.stmts(prog.body, prog) + "\n(ref.null any)"
        if not fl.violations & cands:
            if not fl.int_violations & fl.i32_vars:
                return fl, body
            ints -= fl.int_violations   # once the f64 locals are settled (ModuleBuilder.lower_typed)
            continue
        ints -= fl.violations
        cands -= fl.violations


def emit(mod: ModuleBuilder, file_funcs: list, entry_index: int) -> str:
    out: list[str] = []
    # types: the core ones and the plan's, in one recursion group
    out.append("(rec")
    out.append(CORE_TYPES)
    for t in order_types(mod.plan.types):
        fields = " ".join([f"(field $f.{mod.wasm_name(f.name)} (mut {'f64' if f.inline else mod.field_wasm_type(f)}))"
                           for f in t.fields] + [f"(field {n} (mut {w}))" for n, w in mod.extra_fields(t)])
        sup = mod.wt(t.supertype) if t.supertype in mod.types else "$Obj"
        kw = "sub final" if t.final else "sub"
        out.append(f" (type {mod.wt(t.name)} ({kw} {sup} (struct (field $cls (ref $Class)) (field $oid (mut i32)) {fields})))")
    out.append(")")
    with open(RUNTIME, encoding="utf-8") as fh:
        out.append(fh.read())
    with open(BUILTINS, encoding="utf-8") as fh:
        out.append(fh.read())
    out.append(CALLBACK_WAT)
    with open(JSON_WAT, encoding="utf-8") as fh:
        out.append(fh.read())
    with open(COLLECTIONS_WAT, encoding="utf-8") as fh:
        out.append(fh.read())
    with open(TYPED_WAT, encoding="utf-8") as fh:
        out.append(fh.read())
    with open(REGEXP_WAT, encoding="utf-8") as fh:
        out.append(fh.read())
    out.append(fdlibm_wat())
    out.append(fdlibm_pow_wat())
    out.append(fdlibm_arc_wat())
    out.append(fdlibm_logs_wat())
    out.append(fdlibm_hyper_wat())
    for name, text in {**RUNTIME_STRINGS, **JSON_STRINGS}.items():
        mod.strings.setdefault(text, None)
    # class descriptors (builtins first, then user classes parents first); $cls_NullProto
    # heads objects with a null prototype (a match's groups), named as node prints them
    desc = [f"(global $cls_NullProto (ref $Class) (struct.new $Class {mod.string_init('[Object: null prototype]')} "
            "(ref.null $Class) (ref.null $MapObj) (ref.null any) (i32.const 0) (i32.const 0) (i32.const 0)))"]
    for name in BUILTIN_CLASSES:
        parent = "(global.get $cls_Error)" if name in ERROR_CLASSES and name != "Error" else "(ref.null $Class)"
        is_err = 1 if name in ERROR_CLASSES else 0
        desc.append(f"(global $cls_{name} (ref $Class) (struct.new $Class {mod.string_init(name)} {parent} (ref.null $MapObj) (ref.null any) (i32.const {is_err}) (i32.const 0) (i32.const 0)))")
    for ci in sorted(mod.classes.values(), key=lambda c: c.depth):
        if ci.builtin_parent is not None:
            parent = f"(global.get $cls_{ci.builtin_parent})"
        else:
            parent = "(ref.null $Class)"
        # a subclass made with Object.create has no name of its own for console.log: its
        # base's is found up the chain (analysis/constructor_functions.py)
        shown = "" if getattr(ci.node, "inspect_as_parent", False) else ci.shown
        desc.append(f"(global {ci.desc} (ref $Class) (struct.new $Class {mod.string_init(shown)} {parent} (ref.null $MapObj) (ref.null any) (i32.const 0) (i32.const 0) (i32.const {class_flags(ci.node)})))")
    # dispatchers may intern more strings, so generate them before the string table
    disp = dispatchers(mod)
    disp.append("(func $site_callee (param $s i32) (result i32)\n"
                + "".join(f"(if (i32.eq (local.get $s) (i32.const {k})) (then (return (i32.const {v}))))\n"
                          for k, v in sorted(mod.site_callees.items()))
                + "(i32.const -1))")
    for g in sorted(mod.static_globals):
        disp.append(f"(global {g} (mut anyref) (ref.null any))")
    for g in sorted(mod.callback_globals):
        disp.append(f"(global {g} (mut (ref null $Fn)) (ref.null $Fn))")
    disp.extend(regex_literals.program_globals(mod))
    disp.extend(class_env.globals_(mod))
    for fname, text in mod.json_modules.values():
        g = fname.replace("$json_module_", "$json_value_")
        disp.append(f"(global {g} (mut anyref) (ref.null any))\n(global {g}_done (mut i32) (i32.const 0))\n"
                    f"(func {fname} (result anyref)\n"
                    f"  (if (i32.eqz (global.get {g}_done))\n"
                    f"    (then (global.set {g} (call $json_parse {text})) (global.set {g}_done (i32.const 1))))\n"
                    f"  (global.get {g}))")
    start = start_func(mod)
    for k, data in enumerate(mod.number_tables):   # (long array literals of numbers: lower.py)
        escaped = "".join("\\%02x" % b for b in data)
        out.append(f'(data $numbers{k} "{escaped}")')
    for text, g in list(mod.strings.items()):
        mod.string(text)
    # every string constant in one table, slot by slot (ModuleBuilder.string)
    items = []
    long_init = []
    for text, k in sorted(mod.strings.items(), key=lambda tk: tk[1]):
        units = text.encode("utf-16-le", "surrogatepass")
        if len(units) > 2 * LONG_STRING:
            # past array.new_fixed's operand limit (10,000): the table slot is filled
            # at start from a passive data segment, which a constant expression cannot read
            items.append("(item (array.new_fixed $Str 0))")
            escaped = "".join("\\%02x" % b for b in units)
            out.append(f'(data $long{k} "{escaped}")')
            long_init.append(f"(table.set $strs (i32.const {k}) (array.new_data $Str $long{k} (i32.const 0) "
                             f"(i32.const {len(units) // 2})))")
            continue
        items.append(f"(item {mod.string_init(text)})")
        if len(units) == 2 and units[1] == 0:
            # a one-character constant is the runtime's string of that character
            # ($one_char), so comparing with it mostly ends at ref.eq
            long_init.append(f"(array.set $Vals (global.get $one_chars) (i32.const {units[0]}) "
                             f"(table.get $strs (i32.const {k})))")
    start = start.replace("(func $init_builtins\n", "(func $init_builtins\n" + "\n".join(long_init) + "\n", 1)
    out.append(f"(table $strs {len(items)} (ref $Str) (array.new_fixed $Str 0))")
    out.append(f"(elem (table $strs) (i32.const 0) (ref $Str) {' '.join(items)})")
    out.append("(global $absent (ref $Absent) (struct.new $Absent (i64.const 0)))")
    out.append("(global $hole (ref $Absent) (struct.new $Absent (i64.const 1)))   ;; a missing array element")
    out.append("(global $uninit (ref $Absent) (struct.new $Absent (i64.const 2)))   ;; a binding not yet declared")
    out.extend(desc)
    # builtin constructors as values (for instanceof and as superclasses)
    for name in BUILTIN_CLASSES:
        out.append(f"(global $fn_{name} (ref $Fn) (struct.new $Fn {mod.func_ref('$builtin_ctor')} (ref.null $Vals) (ref.null $MapObj) {mod.string_init(name)} (global.get $cls_{name}) {NO_CAPTURES}))")
    out.append("(global $dummy_fn (ref $Fn) (global.get $fn_Object))")
    out.append(f"(global $code_bound i32 {mod.func_ref('$bound_call')})   ;; the code of f.bind(...)'s functions")
    out.append(f"(global $code_builtin_ctor i32 {mod.func_ref('$builtin_ctor')})   ;; the code of Error, Map, ... (callable without new)")
    for name in CONVERSIONS:
        out.append(f"(global $fn_conv_{name} (ref $Fn) (struct.new $Fn {mod.func_ref('$conv_' + name)} (ref.null $Vals) (ref.null $MapObj) {mod.string_init(name)} (ref.null $Class) {NO_CAPTURES}))")
    out.extend(math_values.functions(mod, NO_CAPTURES))
    out.append("(elem declare func $builtin_ctor $proto_toString $proto_hasOwnProperty $proto_valueOf $proto_error_toString "
               + " ".join(f"$conv_{name}" for name in CONVERSIONS) + ")")
    out.extend(reuse.globals_of(mod.plan))
    out.extend(f"(global {shared_global(i)} (mut anyref) (ref.null any))" for i in sorted(mod.plan.shared_sites))
    # file globals and modules
    for v in mod.resolver.globals:
        if id(v) in mod.number_globals:
            out.append(f"(global {v.wasm} (mut f64) (f64.const 0))")   # set before any function can read it
        elif mod.starts_uninitialised(v):
            out.append(f"(global {v.wasm} (mut anyref) (global.get $uninit))")
        else:
            out.append(f"(global {v.wasm} (mut anyref) (ref.null any))")
    for i, u in enumerate(mod.units):
        out.append(f"(global $module_{i} (mut anyref) (ref.null any))")
        out.append(f"(global $exports_{i} (mut anyref) (ref.null any))")
        out.append(f"(global $state_{i} (mut i32) (i32.const 0))")
        out.append(f"""(func $require_{i} (result anyref)
  (if (i32.eqz (global.get $state_{i}))
    (then
      (global.set $state_{i} (i32.const 1))
      (global.set $exports_{i} (call $map_new (global.get $cls_Object)))
      (global.set $module_{i} (call $map_new (global.get $cls_Object)))
      (call $map_set (ref.cast (ref $MapObj) (global.get $module_{i})) (global.get $s_exports) (global.get $exports_{i}))
      (drop (call $file_{i} (global.get $dummy_fn) (ref.null any) (i32.const 0) (ref.null any) (ref.null any) (ref.null any) (ref.null $Vals)))
      (global.set $state_{i} (i32.const 2))))
  (call $get_generic (global.get $module_{i}) (global.get $s_exports)))""")
    out.append(start)
    out.append(f"""(func (export "main") (result i32)
  (call $init_builtins)
  (block $h (result anyref)
    (try_table (catch $exn $h)
      (drop (call $require_{entry_index}))
      (return (i32.const 0)))
    (unreachable))
  (call $report_uncaught)
  ;; where it was raised: a `throw` statement or an operation (the host has the texts)
  (if (i32.le_s (global.get $throw_at) (i32.const -2))
    (then (call $host_site (i32.sub (i32.const -2) (global.get $throw_at)))))
  (i32.const 1))""")
    out.extend(disp)
    out.extend(file_funcs)
    out.extend(mod.funcs)
    # the code of every closure, by the slot ModuleBuilder.func_ref gave it ($Fn's $code)
    codes = sorted(mod.func_refs.items(), key=lambda kv: kv[1])
    out.append(f"(table $codes {len(codes)} (ref null $Code))")
    lengths = " ".join(f"(i32.const {code_length(mod, f)})" for f, _ in codes)
    out.append(f"(global $fn_lengths (ref $Str) (array.new_fixed $Str {len(codes)} {lengths}))   ;; see code_length")
    if codes:
        out.append("(elem (table $codes) (i32.const 0) (ref null $Code) "
                   + " ".join(f"(item (ref.func {f}))" for f, _ in codes) + ")")
    refs = set(re.findall(r"\(ref\.func (\$[\w]+)\)", "\n".join(mod.funcs + file_funcs + disp)))
    if refs:
        out.append(f"(elem declare func {' '.join(sorted(refs))})")
    sites = sorted(mod.op_sites, key=mod.op_sites.get)
    out.append(custom_wat(SITES_SECTION, sites))
    text = "\n".join(out)
    # the runtime's named strings ($s_name in the .wat files) read their slot
    named = {name: mod.strings[t] for name, t in {**RUNTIME_STRINGS, **JSON_STRINGS}.items()}
    text = re.sub(r"\(global\.get \$(s_\w+)\)",
                  lambda m: f"(table.get $strs (i32.const {named[m.group(1)]}))" if m.group(1) in named else m.group(0), text)
    # the builtin classes' descriptors and constructors, and the runtime's cold
    # globals, in one root object (codegen/roots.py: each reference global costs
    # every collection)
    builtins = {f"$cls_{n}" for n in BUILTIN_CLASSES} | {f"$fn_{n}" for n in BUILTIN_CLASSES} | \
        {f"$fn_conv_{n}" for n in CONVERSIONS}
    return roots.gather("(module\n" + text + "\n)", set(roots.MOVABLE) | builtins)


def start_func(mod: ModuleBuilder) -> str:
    code = []
    for name in BUILTIN_CLASSES:
        code.append(f"(struct.set $Class $proto (global.get $cls_{name}) (call $map_new (global.get $cls_Object)))")
        code.append(f"(struct.set $Class $ctor (global.get $cls_{name}) (global.get $fn_{name}))")
        if name in ERROR_CLASSES:
            code.append(f"(call $map_set (ref.as_non_null (struct.get $Class $proto (global.get $cls_{name}))) (global.get $s_name) {mod.string(name)})")
    code.append("(call $map_set (ref.as_non_null (struct.get $Class $proto (global.get $cls_Error))) (global.get $s_message) (global.get $s_empty))")
    for name in BUILTIN_CLASSES:
        code.append(f"(call $map_set (ref.as_non_null (struct.get $Class $proto (global.get $cls_{name}))) {mod.string('constructor')} (global.get $fn_{name}))")
    # the prototype functions the runtime implements, as function objects on each class's prototype
    for cls, funcs in (("Date", DATE_PROTO_FUNCS), ("RegExp", REGEXP_PROTO_FUNCS), ("Object", OBJECT_PROTO_FUNCS)):
        for key, func in funcs.items():
            code.append(f"(call $map_set (ref.as_non_null (struct.get $Class $proto (global.get $cls_{cls}))) {mod.string(key)} "
                        f"(struct.new $Fn {mod.func_ref(func)} (ref.null $Vals) (ref.null $MapObj) {mod.string(key)} (ref.null $Class) {NO_CAPTURES}))")
    code.append("(call $map_set (ref.as_non_null (struct.get $Class $proto (global.get $cls_Error))) (global.get $s_toString) "
                f"(struct.new $Fn {mod.func_ref('$proto_error_toString')} (ref.null $Vals) (ref.null $MapObj) {mod.string('toString')} (ref.null $Class) {NO_CAPTURES}))")
    return "(func $init_builtins\n" + "\n".join(code) + ")"


def order_types(types: list) -> list:
    by = {t.name: t for t in types}
    done: list = []
    seen: set = set()

    def visit(t):
        if t.name in seen:
            return
        seen.add(t.name)
        if t.supertype in by:
            visit(by[t.supertype])
        done.append(t)
    for t in types:
        visit(t)
    return done


# a function's `length` by its code (the slot in $codes): its parameters before
# the first default or rest; BOUND for f.bind(...)'s functions (the target's
# length less the arguments bound, worked out at run time), UNKNOWN where the
# build does not know it (the builtin constructors share one code)
FN_LENGTH_BOUND, FN_LENGTH_UNKNOWN = 0xFFFE, 0xFFFF
_BUILTIN_LENGTHS = {"$proto_toString": 0, "$proto_hasOwnProperty": 1, "$proto_valueOf": 0,
                    "$proto_error_toString": 0, "$bound_call": FN_LENGTH_BOUND,
                    **{f"$conv_{name}": 1 for name in CONVERSIONS}}


def code_length(mod: ModuleBuilder, fname: str) -> int:
    node = mod.func_nodes.get(fname)
    if node is None:
        if fname.startswith(math_values.code_name("")):
            return math_values.length(fname[len(math_values.code_name("")):])
        return 0 if fname in mod.synth_ctors else _BUILTIN_LENGTHS.get(fname, FN_LENGTH_UNKNOWN)
    if node.type in ("ClassDeclaration", "ClassExpression"):
        return 0     # no constructor of its own
    n = 0
    for p in getattr(node, "params", None) or ():
        if p.type in ("AssignmentPattern", "RestElement"):
            break
        n += 1
    return n


def js_key_order(fields) -> list:
    """Own keys in JavaScript's order: array indices ascending, then the rest in creation order."""
    def index(name: str):
        return int(name) if name.isdigit() and (name == "0" or not name.startswith("0")) and int(name) < 2 ** 32 - 1 else None
    ints = sorted((f for f in fields if index(f.name) is not None), key=lambda f: index(f.name))
    return ints + [f for f in fields if index(f.name) is None]


def declaring_types(mod: ModuleBuilder) -> dict[str, list]:
    """field name -> [(type, wasm index, wasm type)] for the topmost type declaring it."""
    out: dict[str, list] = {}
    for t in mod.plan.types:
        parent = mod.types.get(t.supertype) if t.supertype else None
        pnames = {f.name for f in parent.fields} if parent is not None else set()
        for f in t.fields:
            if f.name in pnames or is_slot(f):
                continue
            out.setdefault(f.name, []).append((t, f.index + FIELD0, mod.field_wasm_type(f)))
    return out


def inline_store(mod: ModuleBuilder, t, f, obj: str, value: str) -> str:
    """Store `value` (an object of the value type, by the plan) into the inline
    field f of `obj` (neither has effects: they are evaluated once per part)."""
    vwt = mod.wt(f.inline)
    return " ".join(f"(struct.set {mod.wt(t.name)} {idx} {obj} (struct.get {vwt} {p.index + FIELD0} (ref.cast (ref {vwt}) {value})))"
                    for idx, p in mod.inline_parts(t.name, f))


def dispatchers(mod: ModuleBuilder) -> list[str]:
    out = []
    decl = declaring_types(mod)
    bims = builtin_methods()
    classes = sorted(mod.classes.values(), key=lambda c: -c.depth)

    def is_(n: str) -> str:
        return f"(ref.test (ref {n}) (local.get $o))"

    def as_(n: str) -> str:
        return f"(ref.cast (ref {n}) (local.get $o))"

    def f64_fields(key: str):
        """(wasm type, field index) of the unboxed f64 fields named `key`, on the
        types whose class has no accessor of that name (those go the boxed way)."""
        return final_first([(n, (n, idx, mod.field_undef(t.fields[idx - FIELD0])))
                            for t, idx, wt in decl.get(key, []) if wt == "f64" for n in tests(t.name)
                            if accessor_class(key, n) is None])

    def accessor_class(key: str, n: str):
        """The class whose getter or setter named `key` an object of wasm type `n`
        finds first on its prototype chain (the deepest such class), or None. A field
        of that name on such a type is an own property only when something defined
        it (a class field); an assignment goes to the setter and leaves it absent."""
        for ci in classes:
            if (key in ci.getters or key in ci.setters) and ci.struct and n in tests(ci.struct):
                return ci
        return None

    def getter_call(ci, key: str) -> str:
        """A call of class ci's getter `key` on $o, with no arguments."""
        return (f"(call {ci.getters[key][0]} (global.get $dummy_fn) (local.get $o) (i32.const 0) "
                f"(ref.null any) (ref.null any) (ref.null any) (ref.null $Vals))")

    def field_or_accessor(key: str, n: str, idx: int, wt: str, t, write: bool) -> str:
        """The dispatch of one field test of $get.key / $set.key: the field when it
        holds an own property, else the accessor the prototype chain gives."""
        ci = accessor_class(key, n)
        if write:
            unbox = mod.field_unbox(t.fields[idx - FIELD0])
            store = f"(struct.set {n} {idx} {as_(n)} {f'(call {unbox} (local.get $v))' if wt == 'f64' else '(local.get $v)'}) (return)"
            if t.fields[idx - FIELD0].inline:
                store = inline_store(mod, t, t.fields[idx - FIELD0], as_(n), "(local.get $v)") + " (return)"
            if ci is None or wt == "f64" or t.fields[idx - FIELD0].initialized:
                return f"(if {is_(n)} (then {store}))"
            if key in ci.setters:
                other = (f"(drop (call {ci.setters[key][0]} (global.get $dummy_fn) (local.get $o) (i32.const 1) (local.get $v) "
                         f"(ref.null any) (ref.null any) (ref.null $Vals))) (return)")
            else:
                other = "(throw $exn (call $unsupported_value (i32.const 14)))"
            return (f"(if {is_(n)} (then (if (i32.eqz (ref.eq (ref.cast eqref (struct.get {n} {idx} {as_(n)})) (global.get $absent))) "
                    f"(then {store})) {other}))")
        read = struct_read(t, idx, wt, as_type=n)
        if wt == "f64" or t.fields[idx - FIELD0].initialized:
            return f"(if {is_(n)} (then (return {read})))"
        if ci is not None:   # an accessor: its getter, or undefined for a setter alone
            other = f"(return {getter_call(ci, key)})" if key in ci.getters else "(return (ref.null any))"
        elif mod.inherits_key(t.name, key):
            # not yet an own property: what the prototype chain has (a method, say)
            other = f"(return (call $get_generic (local.get $o) {mod.string(key)}))"
        else:
            return f"(if {is_(n)} (then (return {read})))"
        v = f"(struct.get {n} {idx} {as_(n)})"
        return (f"(if {is_(n)} (then (if (i32.eqz (ref.eq (ref.cast eqref {v}) (global.get $absent))) "
                f"(then (return {v}))) {other}))")

    def tests(tname: str) -> list[str]:
        """The wasm types whose tests, in order, decide whether $o is a `tname`:
        the closed world's types with instances below it, final ones first, then
        the type itself. A test against a non-final type that the object's type is a
        strict subtype of is a call into wasmtime; these are inline (see
        ModuleBuilder.exact_tries). A field sits at the same index in every subtype."""
        out = list(mod.exact_tries(tname))
        return out + [mod.wt(tname)] if mod.wt(tname) not in out else out

    def final_first(chain: list) -> list:
        """(wasm type, item) pairs in chain order -> the items, in
        ModuleBuilder.final_first's order."""
        return [x for _, x in mod.final_first([("$" + n[len("$js."):], x) for n, x in chain])]

    def struct_read(t, idx, wt, obj="(local.get $o)", as_type=None, keep_absent=False):
        n = as_type or mod.wt(t.name)
        if t.fields[idx - FIELD0].inline:   # a fresh object of the parts (the obj expression has no effects)
            return mod.inline_get(t.name, t.fields[idx - FIELD0], f"(ref.cast (ref {n}) {obj})")
        v = f"(struct.get {n} {idx} (ref.cast (ref {n}) {obj}))"
        if wt == "f64":
            return f"(call {mod.field_box(t.fields[idx - FIELD0])} {v})"
        if not t.fields[idx - FIELD0].initialized and not keep_absent:
            return f"(call $unabsent {v})"
        return v

    def f64_accessors(names: set, fn: str, params: str, field, extra, fallback, uses: tuple) -> None:
        """$<fn>.<key> for each key of `names`: `field(type, index, may be undefined)`
        for each struct type with an f64 field of that name, then `extra(key)`,
        then the generic `fallback(wasm name)`; `uses`: the per-name sets
        (get_names, set_names) the fallback calls into."""
        for key in sorted(names):
            w = mod.wasm_name(key)
            body = [field(n, idx, undef) for n, idx, undef in f64_fields(key)] + extra(key) + [fallback(w)]
            out.append(f"(func ${fn}.{w} {params}\n" + "\n".join(body) + ")")
            for u in uses:
                u.add(key)

    def getf_extra(key: str) -> list:
        if key == "length":
            return ["(if (ref.test (ref $Arr) (local.get $o)) (then (return (f64.convert_i32_u (struct.get $Arr $len (ref.cast (ref $Arr) (local.get $o)))))))",
                    "(if (ref.test (ref $Str) (local.get $o)) (then (return (f64.convert_i32_u (array.len (ref.cast (ref $Str) (local.get $o)))))))"]
        if key == "size":
            return ["(if (i32.or (ref.test (ref $JSMap) (local.get $o)) (ref.test (ref $JSSet) (local.get $o))) (then (return (f64.convert_i32_u (call $coll_size (ref.cast (ref $Coll) (local.get $o)))))))"]
        return []

    def get_f64(n, idx, undef) -> str:
        get = f"(struct.get {n} {idx} {as_(n)})"
        return f"(if {is_(n)} (then (return {f'(call $u_num {get})' if undef else get})))"

    def none(key: str) -> list:
        return []

    f64_accessors(mod.getf_names, "getf", "(param $o anyref) (result f64)", get_f64, getf_extra,
                  lambda w: f"(call $tonum (call $get.{w} (local.get $o)))", (mod.get_names,))
    # an f64 field that may be undefined holds it as undefined's NaN already
    f64_accessors(mod.getu_names, "getu", "(param $o anyref) (result f64)",
                  lambda n, idx, _u: f"(if {is_(n)} (then (return (struct.get {n} {idx} {as_(n)}))))", none,
                  lambda w: f"(call $unbox_u (call $get.{w} (local.get $o)))", (mod.get_names,))
    f64_accessors(mod.addf_names, "addf", "(param $o anyref) (param $v f64)",
                  lambda n, idx, _u: (f"(if {is_(n)} (then (struct.set {n} {idx} {as_(n)} "
                                      f"(f64.add (struct.get {n} {idx} {as_(n)}) (local.get $v))) (return)))"), none,
                  lambda w: f"(call $set.{w} (local.get $o) (call $add (call $get.{w} (local.get $o)) (call $box (local.get $v))))",
                  (mod.get_names, mod.set_names))
    f64_accessors(mod.setf_names, "setf", "(param $o anyref) (param $v f64)",
                  lambda n, idx, _u: f"(if {is_(n)} (then (struct.set {n} {idx} {as_(n)} (local.get $v)) (return)))", none,
                  lambda w: f"(call $set.{w} (local.get $o) (call $box (local.get $v)))", (mod.set_names,))
    for key in sorted(mod.get_names):
        w = mod.wasm_name(key)
        body = []
        body.extend(final_first([(n, field_or_accessor(key, n, idx, wt, t, write=False))
                                 for t, idx, wt in decl.get(key, []) for n in tests(t.name)]))
        for ci in classes:
            if key in ci.getters and ci.struct:
                body.append(f"(if (ref.test (ref {mod.wt(ci.struct)}) (local.get $o)) (then (return {getter_call(ci, key)})))")
        if key == "length":
            body.append("(if (ref.test (ref $Arr) (local.get $o)) (then (return (call $box_i32 (struct.get $Arr $len (ref.cast (ref $Arr) (local.get $o)))))))")
            body.append("(if (ref.test (ref $Str) (local.get $o)) (then (return (call $box_i32 (array.len (ref.cast (ref $Str) (local.get $o)))))))")
        if key == "size":
            body.append("(if (i32.or (ref.test (ref $JSMap) (local.get $o)) (ref.test (ref $JSSet) (local.get $o))) (then (return (call $box_i32 (call $coll_size (ref.cast (ref $Coll) (local.get $o)))))))")
        body.append(f"(call $get_generic (local.get $o) {mod.string(key)})")
        out.append(f"(func $get.{w} (param $o anyref) (result anyref)\n" + "\n".join(body) + ")")
    for key in sorted(mod.set_names):
        w = mod.wasm_name(key)
        body = []
        body.extend(final_first([(n, field_or_accessor(key, n, idx, wt, t, write=True))
                                 for t, idx, wt in decl.get(key, []) for n in tests(t.name)]))
        for ci in classes:
            if key in ci.setters and ci.struct:
                body.append(f"(if (ref.test (ref {mod.wt(ci.struct)}) (local.get $o)) (then (drop (call {ci.setters[key][0]} "
                            f"(global.get $dummy_fn) (local.get $o) (i32.const 1) (local.get $v) (ref.null any) (ref.null any) (ref.null $Vals))) (return)))")
            elif key in ci.getters and ci.struct:
                # a getter alone shadows any setter above it: node ignores the write in
                # sloppy code and throws in strict code; the build does not know which
                # the writer is, so it stops (never a silently different value)
                body.append(f"(if (ref.test (ref {mod.wt(ci.struct)}) (local.get $o)) "
                            f"(then (throw $exn (call $unsupported_value (i32.const 14)))))")
        body.append(f"(call $set_generic (local.get $o) {mod.string(key)} (local.get $v))")
        out.append(f"(func $set.{w} (param $o anyref) (param $v anyref)\n" + "\n".join(body) + ")")
    args = "(local.get $argc) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest)"
    for key in sorted(mod.call_names):
        w = mod.wasm_name(key)
        body = []
        for t, idx, wt in decl.get(key, []):
            if wt != "f64" and not t.fields[idx - FIELD0].initialized:
                # an own property added after construction may be missing: then the
                # class's method of that name is called, as the prototype chain says
                v = f"(struct.get {mod.wt(t.name)} {idx} (ref.cast (ref {mod.wt(t.name)}) (local.get $o)))"
                body.append(f"(if (ref.test (ref {mod.wt(t.name)}) (local.get $o)) (then (local.set $fv {v}) "
                            f"(if (i32.eqz (ref.eq (ref.cast eqref (local.get $fv)) (global.get $absent))) "
                            f"(then (return (call $call_value (local.get $fv) (local.get $o) {args}))))))")
                continue
            for n in tests(t.name):
                body.append(f"(if {is_(n)} (then (return (call $call_value {struct_read(t, idx, wt, as_type=n)} (local.get $o) {args}))))")
        tested: set = set()   # deepest classes first: a type tested once goes to its own class's method
        chain = []
        for ci in classes:
            if not ci.struct:
                continue
            if key in ci.getters or key in ci.setters:
                # an accessor of that name shadows any method above it: call what its getter
                # returns (a setter alone gives undefined, which throws), not an inherited method
                got = getter_call(ci, key) if key in ci.getters else "(ref.null any)"
                call = f"(call $call_value {got} (local.get $o) {args})"
            elif key in ci.methods:
                call = f"(call {ci.methods[key][0]} (global.get $dummy_fn) (local.get $o) {args})"
            else:
                continue
            for n in tests(ci.struct):
                if n not in tested:
                    tested.add(n)
                    chain.append((n, f"(if {is_(n)} (then (return {call})))"))
        body.extend(final_first(chain))
        for kind in sorted(bims.get(key, ())):
            test = {"arr": "(ref $Arr)", "str": "(ref $Str)", "fn": "(ref $Fn)", "obj": "(ref $Obj)", "num": None,
                    "map": "(ref $JSMap)", "set": "(ref $JSSet)", "citer": "(ref $CIter)"}[kind]
            if kind == "num":
                body.append(f"(if (call $is_num (local.get $o)) (then (return (call $bi_num_{key} (call $tonum (local.get $o)) {args}))))")
            elif kind == "fn":
                # a function's own or inherited static `call`/`apply`/`bind` shadows Function.prototype's
                fn = "(ref.cast (ref $Fn) (local.get $o))"
                body.append(f"(if (ref.test (ref $Fn) (local.get $o)) (then "
                            f"(local.set $fv (call $fn_lookup {fn} {mod.string(key)} (i32.const 1))) "
                            f"(if (i32.eqz (ref.eq (ref.cast eqref (local.get $fv)) (global.get $absent))) "
                            f"(then (return (call $call_value (call $fn_value {fn} (local.get $fv)) (local.get $o) {args})))) "
                            f"(return (call $bi_fn_{key} {fn} {args}))))")
            elif kind == "arr" and key not in TYPED_METHODS:
                # a typed array lacks it, or the runtime does not implement it there
                lacking = (f"(throw $exn (call $not_fn_error (call $method_text {mod.string(key)})))"
                           if key in ARRAY_ONLY_METHODS else f"(call $fail_named (i32.const 33) {mod.string(key)}) (unreachable)")
                body.append(f"(if (ref.test {test} (local.get $o)) (then "
                            f"(if (struct.get $Arr $kind (ref.cast {test} (local.get $o))) (then {lacking})) "
                            f"(return (call $bi_{kind}_{key} (ref.cast {test} (local.get $o)) {args}))))")
            elif kind == "obj":
                # (an object with a null prototype inherits none of Object.prototype's methods:
                # the call by name throws node's TypeError)
                body.append(f"(if (i32.and (ref.test {test} (local.get $o)) (i32.eqz (call $null_proto (local.get $o)))) "
                            f"(then (return (call $bi_{kind}_{key} (ref.cast {test} (local.get $o)) {args}))))")
            else:
                body.append(f"(if (ref.test {test} (local.get $o)) (then (return (call $bi_{kind}_{key} (ref.cast {test} (local.get $o)) {args}))))")
        if key == "set":   # a typed array's own method (Maps have one too)
            body.insert(0, f"(if (ref.test (ref $Arr) (local.get $o)) (then (if (struct.get $Arr $kind (ref.cast (ref $Arr) (local.get $o))) "
                           f"(then (return (call $ta_set (ref.cast (ref $Arr) (local.get $o)) {args}))))))")
        body.append(f"(call $call_method_generic (local.get $o) {mod.string(key)} {args})")
        out.append(f"(func $call.{w} {DISPATCH_PARAMS} (local $fv anyref)\n" + "\n".join(body) + ")")
    # lookups by name for the dynamic paths; each type's test answers for the
    # type's own fields only, so subtypes are tested before their supertypes
    body = []
    keys_body = []
    set_body = []
    delete_body = []
    # types with an overflow slot first (the dynamic keys go there); no type of one
    # kind is a subtype of the other kind (analysis/overflow.py: a hierarchy shares it)
    for t in sorted(mod.plan.types, key=lambda t: (slot_of(t) is None, -mod.type_depth(t.name))):
        checks = []
        sets = []
        slot = slot_of(t)
        for f in t.fields:
            if (slot is not None and f is slot) or (t.name, f.name) in mod.private_fields:
                continue   # (a private field is no property: codegen/private.py)
            wt = mod.field_wasm_type(f)
            # a field not yet added answers `absent`: the caller goes on to the prototype
            checks.append(f"(if (call $str_eq (local.get $k) {mod.string(f.name)}) (then (return {struct_read(t, f.index + FIELD0, wt, keep_absent=True)})))")
            v = f"(call {mod.field_unbox(f)} (local.get $v))" if wt == "f64" else "(local.get $v)"
            obj = f"(ref.cast (ref {mod.wt(t.name)}) (local.get $o))"
            store = inline_store(mod, t, f, obj, "(local.get $v)") if f.inline else f"(struct.set {mod.wt(t.name)} {f.index + FIELD0} {obj} {v})"
            sets.append(f"(if (call $str_eq (local.get $k) {mod.string(f.name)}) (then {store} (return (i32.const 1))))")
        wtn = mod.wt(t.name)
        if slot is None:
            body.append(f"(if (ref.test (ref {wtn}) (local.get $o)) (then {' '.join(checks)} (return (global.get $absent))))")
            set_body.append(f"(if (ref.test (ref {wtn}) (local.get $o)) (then {' '.join(sets)} (return (i32.const 0))))")
        else:
            obj = f"(ref.cast (ref {wtn}) (local.get $o))"
            ovf = f"(struct.get {wtn} {slot.index + FIELD0} {obj})"
            # a key is either a field or in the overflow, never both: the overflow is
            # searched first, as the keys looked up by name are mostly its own
            body.append(f"(if (ref.test (ref {wtn}) (local.get $o)) (then (local.set $v (call $ovf_get {ovf} (local.get $k))) "
                        f"(if (i32.eqz (ref.eq (ref.cast eqref (local.get $v)) (global.get $absent))) (then (return (local.get $v)))) "
                        f"{' '.join(checks)} (return (global.get $absent))))")
            # a key that is no field: into the overflow, made on the first such write
            set_body.append(f"(if (ref.test (ref {wtn}) (local.get $o)) (then "
                            f"(if (call $ovf_update {ovf} (local.get $k) (local.get $v)) (then (return (i32.const 1)))) "
                            f"{' '.join(sets)} "
                            f"(local.set $m {ovf}) "
                            f"(if (ref.is_null (local.get $m)) (then (local.set $m (call $map_new (global.get $cls_Object))) "
                            f"(struct.set {wtn} {slot.index + FIELD0} {obj} (local.get $m)))) "
                            f"(call $ovf_put (ref.cast (ref $MapObj) (local.get $m)) (struct.get $Obj 0 {obj}) "
                            f"(local.get $k) (local.get $v)) (return (i32.const 1))))")
            fields_named = " ".join(f"(if (call $str_eq (local.get $k) {mod.string(f.name)}) (then (return (i32.const 0))))"
                                    for f in t.fields if f is not slot and (t.name, f.name) not in mod.private_fields)
            delete_body.append(f"(if (ref.test (ref {wtn}) (local.get $o)) (then {fields_named} "
                               f"(call $ovf_delete {ovf} (local.get $k)) (return (i32.const 1))))")
        pushes = []
        by_name = {f.name: f for f in t.fields}
        listed = [by_name[k] for k in t.key_order] if t.key_order else list(t.fields)
        for f in js_key_order([f for f in listed if f is not slot and (t.name, f.name) not in mod.private_fields]):
            wt = mod.field_wasm_type(f)
            push = f"(call $arr_push (local.get $r) {mod.string(f.name)})"
            if not f.initialized:
                push = (f"(if (i32.eqz (ref.eq (ref.cast eqref (struct.get {mod.wt(t.name)} {f.index + FIELD0} (ref.cast (ref {mod.wt(t.name)}) (local.get $o)))) "
                        f"(global.get $absent))) (then {push}))")
            pushes.append(push)
        done = "(local.get $r)" if slot is None else f"(call $ovf_keys (local.get $r) (struct.get {wtn} {slot.index + FIELD0} (ref.cast (ref {wtn}) (local.get $o))))"
        keys_body.append(f"(if (ref.test (ref {wtn}) (local.get $o)) (then {' '.join(pushes)} (return {done})))")
    out.append("(func $struct_get_by_name (param $o anyref) (param $k (ref $Str)) (result anyref) (local $v anyref)\n" + "\n".join(body) + "\n(global.get $absent))")
    out.append("(func $struct_set_by_name (param $o anyref) (param $k (ref $Str)) (param $v anyref) (result i32) (local $m anyref)\n" + "\n".join(set_body) + "\n(i32.const 0))")
    # `delete` of a key that is no field, on a struct with an overflow slot; 0 when refused
    out.append("(func $struct_delete (param $o anyref) (param $k (ref $Str)) (result i32)\n" + "\n".join(delete_body) + "\n(i32.const 0))")
    out.append("(func $struct_keys (param $o anyref) (result (ref $Arr)) (local $r (ref $Arr)) (local.set $r (call $arr_new (i32.const 0)))\n" + "\n".join(keys_body) + "\n(local.get $r))")
    # builtin methods taken as values are not compiled: say so instead of returning undefined
    def checks(names) -> str:
        return " ".join(f"(if (call $str_eq (local.get $k) {mod.string(n)}) (then (call $host_fail (i32.const 7)) (unreachable)))"
                        for n in sorted(names))
    # `key in m` for a Map or Set: its methods (and `size`) are on its prototype
    has = []
    for kind, wt in (("map", "$JSMap"), ("set", "$JSSet")):
        found = " ".join(f"(if (call $str_eq (local.get $k) {mod.string(n)}) (then (return (i32.const 1))))"
                         for n in sorted(n for n, kinds in bims.items() if kind in kinds))
        has.append(f"(if (ref.test (ref {wt}) (local.get $o)) (then {found}))")
    out.append("(func $coll_has_method (param $o anyref) (param $k (ref $Str)) (result i32)\n"
               + "\n".join(has) + "\n(call $str_eq (local.get $k) (global.get $s_size)))")
    def refuse_named(names) -> str:
        """Stop, naming the method, when $k is one of names (refusal 13)."""
        return " ".join(f"(if (call $str_eq (local.get $k) {mod.string(n)}) (then (call $fail_named (i32.const 13) "
                        f"(local.get $k)) (unreachable)))" for n in names)

    def missing(kind: str, test: str) -> str:
        names = set(STANDARD_METHODS[kind].split()) | set(STANDARD_METHODS["any"].split())
        return f"(if {test} (then {refuse_named(sorted(n for n in names if kind not in bims.get(n, ())))}))"
    # a primitive's or an array's `constructor`: the function the global name gives
    # (last: no standard method has that name, and method lookups are the common case)
    ctor = (f"(if (call $str_eq (local.get $k) {mod.string('constructor')}) (then "
            f"(if (call $is_num (local.get $o)) (then (return (global.get $fn_conv_Number)))) "
            f"(if (ref.test (ref $Str) (local.get $o)) (then (return (global.get $fn_conv_String)))) "
            f"(if (ref.test (ref $Bool) (local.get $o)) (then (return (global.get $fn_conv_Boolean)))) "
            f"(if (ref.test (ref $Arr) (local.get $o)) (then (return (global.get $fn_Array))))))")
    # a typed array's property by name: 0 one it does not have (push, ...), 1 a method
    # the runtime implements for it, 3 its own `set`, 2 anything else (buffer,
    # subarray, ...: refused)
    def named(names, result: int) -> str:
        return " ".join(f"(if (call $str_eq (local.get $k) {mod.string(n)}) (then (return (i32.const {result}))))"
                        for n in sorted(names))
    out.append(f"(func $ta_property (param $k (ref $Str)) (result i32)\n{named(ARRAY_ONLY_METHODS, 0)}\n{named(['set'], 3)}\n"
               f"{named(TYPED_METHODS | set(STANDARD_METHODS['any'].split()), 1)}\n(i32.const 2))")
    # a standard method of arrays, strings or numbers that the runtime does not implement: stop, naming it
    # ... and Object.prototype's methods the runtime does not give objects ($init_builtins
    # puts toString, hasOwnProperty and valueOf on $cls_Object's prototype)
    obj_missing = refuse_named(sorted(set(STANDARD_METHODS["any"].split()) - set(OBJECT_PROTO_FUNCS)))
    out.append(f"(func $builtin_missing (param $o anyref) (param $k (ref $Str))\n"
               f"(if (ref.test (ref $DateObj) (local.get $o)) (then {refuse_named(DATE_METHODS)}))\n"
               f"{missing('arr', '(ref.test (ref $Arr) (local.get $o))')}\n"
               f"{missing('str', '(ref.test (ref $Str) (local.get $o))')}\n"
               f"{missing('num', '(call $is_num (local.get $o))')}\n"
               f"(if (ref.test (ref $Obj) (local.get $o)) (then {obj_missing})))")
    # the receivers the runtime gives methods to, each with its test; a method of
    # kind "obj" (Object.prototype's) is every receiver's
    receivers = (("arr", "(ref.test (ref $Arr) (local.get $o))"), ("str", "(ref.test (ref $Str) (local.get $o))"),
                 ("num", "(call $is_num (local.get $o))"), ("map", "(ref.test (ref $JSMap) (local.get $o))"),
                 ("set", "(ref.test (ref $JSSet) (local.get $o))"), ("citer", "(ref.test (ref $CIter) (local.get $o))"))

    def methods_of(kind: str, inherited: bool = True) -> list:
        return sorted(n for n, kinds in bims.items() if kind in kinds or (inherited and "obj" in kinds))
    # `typeof xs.map`: a method the runtime gives this receiver is a function, known
    # without making a value of it (which the build does not do)
    is_method = "".join(
        f"(if {test} (then " + " ".join(f"(if (call $str_eq (local.get $k) {mod.string(n)}) (then (return (i32.const 1))))"
                                        for n in methods_of(kind)) + "))\n"
        for kind, test in receivers)
    # (a typed array has only some of arrays' methods: codegen/typed_arrays.py)
    typed = ("(if (ref.test (ref $Arr) (local.get $o)) (then (if (struct.get $Arr $kind (ref.cast (ref $Arr) (local.get $o))) "
             "(then (return (i32.and (call $ta_property (local.get $k)) (i32.const 1)))))))\n")
    out.append(f"(func $builtin_is_method (param $o anyref) (param $k (ref $Str)) (result i32)\n{typed}{is_method}(i32.const 0))")
    # a method read as a value: per receiver (`xs.entries` names a Map's method, not
    # one arrays have here), so a name the receiver lacks reads undefined
    own = "".join(f"(if {test} (then {checks(methods_of(kind))}))\n" for kind, test in receivers[:3])
    coll = "".join(f"(if {test} (then {checks(methods_of(kind, inherited=False))}))\n" for kind, test in receivers[3:])
    out.append(f"(func $builtin_method (param $o anyref) (param $k (ref $Str)) (result anyref)\n"
               f"{own}"
               f"(call $builtin_missing (local.get $o) (local.get $k))\n"
               f"{coll}"
               f"{ctor}\n(ref.null any))")
    mod.string("exports")
    return out
