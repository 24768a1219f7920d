"""The WasmGC module of a closed world: the plan's struct types, the classes,
the per-name dispatchers, every function, and the runtime, as one WAT text.

All types sit in one recursion group, so two plan types with the same fields
stay distinct types and `ref.test` tells them apart. Every object struct type
is a subtype of $Obj: field 0 is the class descriptor ($Class: name, parent,
prototype dictionary, constructor), and the plan's fields follow in the plan's
order (wasm field i+1 is plan field i). A plan field of type f64 that is
written at construction is an unboxed f64; every other field is an anyref.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional

from analysis.builtins import OBJECT_PROTO
from analysis.constraints import canonical_key, constant_string
from analysis.parse import children
from analysis.constructor_functions import not_class_reason

from . import arguments_object, class_env, dead_args, closure_passing, jsnum, scalar, string_builders, user_iterables
from .early import early_bindings
from .esm import Linker
from . import math_values, private, regex_literals
from .hoist import hoist_constants
from .typed_arrays import TYPED_KINDS
from .lower import _uses_this, ERROR_CLASSES, NODE_SCRIPT_GLOBALS, FIELD0, HALT_CHECK, NO_CAPTURES, UNDEF_F64, sig_wasm, LOWERED, MATH_CONSTS, MATH_HOST, MATH_UNARY_NATIVE, FunctionLowering, f64const
from .resolve import FuncInfo, Resolver, Unsupported, Var, wat_label

RUNTIME = os.path.join(os.path.dirname(__file__), "runtime.wat")
BUILTINS = os.path.join(os.path.dirname(__file__), "builtins.wat")

CORE_TYPES = """
 (type $Str (array (mut i16)))
 (type $I32s (array (mut i32)))
 (type $F64s (array f64))
 (type $Vals (array (mut anyref)))
 (type $Num (struct (field f64)))
 (type $Bool (struct (field i32)))
 (type $Null (struct))
 (type $Absent (struct (field i64)))
 (type $Cell (struct (field (mut anyref))))
 (type $Class (struct (field $name (ref $Str)) (field $parent (mut (ref null $Class)))
                      (field $proto (mut (ref null $MapObj))) (field $ctor (mut anyref)) (field $is_error i32)
                      (field $hidden (mut i32)) (field $flags i32)))
 (type $Obj (sub (struct (field $cls (ref $Class)) (field $oid (mut i32)))))
 (type $MapObj (sub final $Obj (struct (field $cls (ref $Class)) (field $oid (mut i32)) (field $keys (mut (ref $Vals)))
                                       (field $vals (mut (ref $Vals))) (field $n (mut i32)) (field $ix (mut (ref null $I32s)))
                                       (field $holes (mut i32)))))
 (type $DateObj (sub final $Obj (struct (field $cls (ref $Class)) (field $oid (mut i32)) (field $t f64))))
 (type $Arr (struct (field $data (mut (ref $Vals))) (field $len (mut i32)) (field $kind i32)
                    (field $props (mut (ref null $MapObj)))))
 (type $ReProg (array i32))
 (type $RegExpObj (sub final $Obj (struct (field $cls (ref $Class)) (field $oid (mut i32)) (field $prog (ref $ReProg))
                                          (field $src (ref $Str)) (field $flags (ref $Str)) (field $last (mut anyref))
                                          (field $slots i32) (field $groups i32) (field $bits i32)
                                          (field $names (ref null $Vals)))))
 (type $Accessor (struct (field $get anyref) (field $set anyref) (field $fixed i32)))
 (type $Code (func (param (ref $Fn) anyref i32 anyref anyref anyref (ref null $Vals)) (result anyref)))
 (type $Fn (sub final (struct (field $code i32) (field $env (ref null $Vals)) (field $props (mut (ref null $MapObj)))
                              (field $name (ref $Str)) (field $cls (ref null $Class))
                              (field $c0 anyref) (field $c1 anyref) (field $c2 anyref) (field $c3 anyref))))
"""
# A closure that captures at most FN_INLINE variables holds them in its own
# fields $c0..$c3 (a cell, or the value of one captured by value), so making it
# is one allocation, not a function object and an environment array; one that
# captures more keeps them all in $env. One $Fn type for every function keeps
# `ref.test`/`ref.cast (ref $Fn)` inline (a cast to a supertype of the object's
# type is a call into wasmtime). Only the literal's own code reads the captures
# (FunctionLowering.env_slot; codegen/lower.py, FN_FIELDS and NO_CAPTURES).

# the arguments of every $Code-style call: their count, the first three, the rest
CODE_ARGS = "(param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) (param $rest (ref null $Vals))"
FN_PARAMS = f"(param $self (ref $Fn)) (param $this anyref) {CODE_ARGS} (result anyref)"
DISPATCH_PARAMS = f"(param $o anyref) {CODE_ARGS} (result anyref)"

RUNTIME_STRINGS = {
    "s_undefined": "undefined", "s_null": "null", "s_true": "true", "s_false": "false", "s_comma": ",",
    "s_empty": "", "s_number": "number", "s_string": "string", "s_boolean": "boolean", "s_function": "function",
    "s_object": "object", "s_object_Object": "[object Object]", "s_valueOf": "valueOf", "s_toString": "toString",
    "s_bad_code_point": "Invalid code point ", "s_locale_compare": "localeCompare of text other than printable ASCII, or with locales", "s_precision_digits": "toPrecision() argument must be between 1 and 100", "s_exponential_digits": "toExponential() argument must be between 0 and 100", "s_locale_args": "toLocaleString with locales or options", "s_name": "name", "s___proto__": "__proto__", "s_prototype": "prototype", "s_message": "message", "s_stack": "stack", "s_cause": "cause", "s___esModule": "__esModule", "s_value": "value", "s_writable": "writable", "s_enumerable": "enumerable", "s_configurable": "configurable", "s_get": "get", "s_set": "set", "s_get_own_descriptor": "getOwnPropertyDescriptor", "s_define_property": "defineProperty", "s_length": "length", "s_colon_space": ": ", "s_invalid_string_length": "Invalid string length",
    "s_invalid_length": "Invalid array length", "s_not_a_function": "value is not a function",
    "s_invalid_typed_length": "Invalid typed array length: ", "s_minus_zero": "-0", "s_offset_bounds": "offset is out of bounds",
    **{f"s_{name}": name for name in TYPED_KINDS},
    "s_is_not_a_function": " is not a function", "s_cannot_read": "Cannot read properties of ",
    "s_reading": " (reading '", "s_cannot_set": "Cannot set properties of ", "s_setting": " (setting '",
    "s_quote_paren": "')", "s_iter_value": "Iterator value ", "s_not_entry": " is not an entry object", "s_in_search": "Cannot use 'in' operator to search for '", "s_in_in": "' in ",
    "s_convert_undefined": "Cannot convert undefined or null to object",
    "s_convert_primitive": "Cannot convert object to primitive value",
    "s_instanceof_non_callable": "Right-hand side of 'instanceof' is not callable",
    "s_instanceof_non_object": "Right-hand side of 'instanceof' is not an object",
    "s_not_iterable": " is not iterable", "s_index": "index", "s_input": "input", "s_groups": "groups",
    "s_re_incompatible": "Method RegExp.prototype.", "s_re_exec": "exec called on incompatible receiver",
    "s_re_test": "test called on incompatible receiver", "s_slash": "/", "s_lastIndex": "lastIndex",
    "s_source": "source", "s_flags": "flags", "s_global": "global", "s_ignoreCase": "ignoreCase",
    "s_multiline": "multiline", "s_dotAll": "dotAll", "s_sticky": "sticky", "s_unicode": "unicode",
    "s_replaceAll_global": "replaceAll must be called with a global RegExp",
    "s_matchAll_global": "String.prototype.matchAll called with a non-global RegExp argument",
    "s_uri_malformed": "URI malformed", "s_object_open": "[object ", "s_bracket_close": "]",
    "s_Object": "Object", "s_Undefined_tag": "Undefined", "s_Null_tag": "Null", "s_Array": "Array",
    "s_Function": "Function", "s_Boolean": "Boolean", "s_Number": "Number", "s_String": "String",
    "s_Date": "Date", "s_RegExp": "RegExp", "s_Map": "Map", "s_Set": "Set", "s_Error": "Error",
    "s_not_fn_or_iterable": " is not a function or its return value is not iterable",
    "s_not_iterable_read": " is not iterable (cannot read property ", "s_paren_close": ")",
    "s_not_iterable_symbol": " is not iterable (cannot read property Symbol(Symbol.iterator))",
    "s_spread_not_iterable": "Spread syntax requires ...iterable[Symbol.iterator] to be a function",
    "s_destructure_property": "Cannot destructure property '", "s_quote_of_quote": "' of '",
    "s_destructure_quote": "Cannot destructure '", "s_quote_as_it_is": "' as it is ", "s_dot": ".",
    "s_stack_at": "\n    at <anonymous>", "s_invalid_count": "Invalid count value: ", "s_radix": "toString() radix argument must be between 2 and 36",
    "s_fixed_digits": "toFixed() digits argument must be between 0 and 100",
    "s_reduce_empty": "Reduce of empty array with no initial value", "s_object_Array": "[object Array]", "s_hash_lt": "#<", "s_gt": ">",
    "s_bad_comparator": "The comparison function must be either a function or undefined",
    "s_flatmap_not_callable": "flatMap mapper function is not callable", "s_exports": "exports", "s_object_null": "object null", "s_bound": "bound ", "s_boolean_sp": "boolean ", "s_number_sp": "number ", "s_string_q": "string \"", "s_quote": "\"", "s_obj_dot": "object.", "s_dollar": "$", "s_not_a_constructor": " is not a constructor", "s_bad_extends": "Class extends value is not a constructor or null", "s_class_call": "Class constructor ", "s_without_new": " cannot be invoked without 'new'", "s_class_calls": "Class constructors cannot be invoked without 'new'",
    "s_iterator_value": "Iterator value ", "s_not_entry": " is not an entry object", "s_value": "value", "s_done": "done",
    "s_cannot_create": "Cannot create property '", "s_on_sp": "' on ", "s_sp_apos": " '", "s_apos": "'",
    "s_read_only": "Cannot assign to read only property '", "s_of_string": "' of string '",
    "s_size": "size", "s_empty_object": "{}", "s_next": "next", "s_at_iterator": "@@iterator", "s_invalid_time": "Invalid time value",
    "s_this_not_date": "this is not a Date object.",
    "s_iterator_not_object": "Result of the Symbol.iterator method is not an object",
    "s_iterator_result": "Iterator result ", "s_is_not_object": " is not an object", "s_object_Map": "[object Map]", "s_object_Set": "[object Set]",
}

BUILTIN_CLASSES = ("Object", "Array", "Function") + ERROR_CLASSES + ("Map", "Set", "Date", "RegExp")
COLLECTION_CLASSES = ("Map", "Set")   # codegen/collections.wat


@dataclass(eq=False)
class ClassInfo:
    node: Any
    name: str
    index: int
    file_index: int
    parent: Optional["ClassInfo"] = None
    builtin_parent: Optional[str] = None     # "Error" etc.
    shown: str = ""                          # its `name`: its own, or its binding's (`const C = class {}`)
    methods: dict = field(default_factory=dict)    # name -> (wasm func, node)
    getters: dict = field(default_factory=dict)
    setters: dict = field(default_factory=dict)
    statics: list = field(default_factory=list)
    fields: list = field(default_factory=list)     # instance field definitions (PropertyDefinition)
    ctor: str = ""
    struct: Optional[str] = None                  # plan struct type name
    env: list = field(default_factory=list)        # captured Vars its members read (codegen/class_env.py)
    env_index: dict = field(default_factory=dict)  # id(Var) -> slot in env
    dynamic_parent: bool = False                  # the superclass is found when the class is evaluated
    depth: int = 0

    @property
    def desc(self) -> str:
        return f"$cls_u{self.index}"

    def is_error(self) -> bool:
        c = self
        while c is not None:
            if c.builtin_parent is not None:
                return c.builtin_parent in ERROR_CLASSES
            c = c.parent
        return False



# Static methods of the built-in constructors (as node has them). A call is
# compiled where supported; reading one as a value would find nothing in the
# module, so it is refused rather than read as undefined.
BUILTIN_STATIC_METHODS = {
    "Object": frozenset("assign create defineProperties defineProperty entries freeze fromEntries "
                        "getOwnPropertyDescriptor getOwnPropertyDescriptors getOwnPropertyNames "
                        "getOwnPropertySymbols getPrototypeOf groupBy hasOwn is isExtensible isFrozen "
                        "isSealed keys preventExtensions seal setPrototypeOf values".split()),
    "Array": frozenset("from fromAsync isArray of".split()),
    "Map": frozenset(["groupBy"]),
}

def shared_global(site_id: int) -> str:
    """The global holding a shared site's one object (null until its first run)."""
    return f"$shared.{site_id}"


class ModuleBuilder:
    def __init__(self, plan, units: list, resolve_path, reach=lambda path: {path}):
        self.plan = plan
        self.units = units
        self.resolve_path = resolve_path
        self.reach = reach   # the files a file is or loads through constant requires (analysis Program.reach)
        self.resolver = Resolver()
        self.esm = Linker(self)   # ES modules' bindings and order (codegen/esm.py)
        self.private_fields: set[tuple] = set()  # (plan type, `#x`): private, so no property (codegen/private.py)
        self.map_classes: Optional[tuple] = None  # the classes some map object is of (private.map_instances)
        self.math_values: set[str] = set()       # `Math.f` read as a value (codegen/math_values.py)
        self.strings: dict[str, Optional[int]] = {}   # text -> slot in $strs
        self.number_tables: list[bytes] = []          # long array literals of numbers, as f64 data segments
        self.string_count = 0
        self.entry_index = 0
        self.funcs: list[str] = []
        self.dynamic_requires: list[str] = []   # names of the functions of computed requires (calls.py)
        self.op_node: Optional[tuple] = None    # (file index, expression) being lowered (op_site)
        self.op_sites: dict[str, int] = {}      # "file:line:column" -> site number (site_number)
        self.func_names: dict[int, str] = {}
        self.class_shown: dict[int, str] = {}   # anonymous class expression -> the name its binding gives
        self.pending: list = []
        self.get_names: set[str] = set()
        self.set_names: set[str] = set()
        self.call_names: set[str] = set()
        self.getf_names: set[str] = set()
        self.getu_names: set[str] = set()   # keys read as numbers or undefined ($getu.<key>)
        self.site_callees: dict[int, int] = {}   # op site of a method call -> slot of its callee's text
        self.passed_closures: dict = {}     # "fn:<lifted>" -> (lifted copy, capture count) (closure_passing.py)
        self.setf_names: set[str] = set()
        self.addf_names: set[str] = set()
        self.getter_calls: dict[str, tuple] = {}
        self.static_nodes: set[int] = set()
        self.const_inits: dict = {}       # id(Var) of a file-level const -> its initialiser (assemble.py)
        self.const_numbers: dict = {}     # id(Var) -> its number or None (const_number)
        self.classes: dict[int, ClassInfo] = {}
        self.counter = 0
        self.file_of: dict[str, int] = {u.path: i for i, u in enumerate(units)}
        self.file_infos: list[FuncInfo] = []
        self.number_globals: set = set()   # ids of file-level Vars in f64 globals (find_number_globals)
        self.early: set = set()            # ids of file-level Vars initialised before any function runs
        self.statics_opaque = False        # `this` escapes in a static context (codegen/class_escape.py)
        self.types = {t.name: t for t in plan.types}
        self.types.update(scalar.result_layouts(plan, self.types))
        self.tries_memo: dict[str, list] = {}
        self.regex_programs: dict[tuple, tuple] = {}   # (pattern, flags) -> (global, compiled program)
        self.json_modules: dict[str, tuple] = {}   # path -> (wasm function, text expression)
        self.static_globals: set[str] = set()      # globals of the statics cache
        self.callback_globals: set[str] = set()    # the closures of capture-free callback literals
        self.callback_loops: set[str] = set()      # their loops' functions
        self.func_refs: dict[str, int] = {}        # functions of closures -> their slot in the table $codes
        self.sites = {}
        for s in plan.sites:
            self.sites[(s.location.file, s.location.line, s.location.column)] = s
        self.struct_by_class: dict[str, str] = {}
        for t in plan.types:
            if t.class_name:
                self.struct_by_class.setdefault(t.class_name, t.name)
        self.callee_texts: list[str] = []
        self.class_by_struct: dict[str, ClassInfo] = {}   # filled once every class is known
        self.inherits_memo: dict[tuple, bool] = {}
        self._deletes: Optional[bool] = None
        self.synth_ctors: set[str] = set()   # constructors of classes without one (length 0)
        self.method_memo: dict = {}
        self.accessor_memo: dict = {}
        self.func_nodes: dict[str, Any] = {}   # wasm name -> function node
        self.direct_ok: set[int] = set()       # function nodes that may get an unboxed entry
        self.sig_memo: dict[int, Optional[tuple]] = {}
        self.dead_param_memo: dict[int, frozenset] = {}   # codegen/dead_args.py
        self.ref_counts: Optional[Counter] = None          # id(Var) -> identifiers referring to it
        self.arguments_allowed: dict[int, set] = {}   # id(function node) -> ids of its allowed `arguments` reads
        self.scalar_ctors: dict[tuple, str] = {}   # (constructor, struct type, unboxed?) -> specialised function
        self._inline_parts: dict[tuple, list] = {}  # (struct type, field) -> parts (inline_parts)
        self.func_kinds: dict[str, tuple] = {}     # function name -> (kind, class)
        self.label_counter = 0                     # unique block labels of calls dispatched to copies
        self.passing_variants: dict[tuple, tuple] = {}   # (function node, scalar positions) -> (name, signature)
        self.call_marks: dict[str, dict] = {}      # mark kind -> plan call key -> its index (codegen/passing.py)
        self._function_locs: Optional[dict] = None

    # ------------------------------------------------------------------ strings and names
    def string(self, s: str) -> str:
        """A string constant: its slot in the table $strs. A table rather than one
        global per string because wasmtime's collector looks at every global of
        a reference type on every collection (one per ~1,000 allocations), at a
        cost per global; a table is looked at once."""
        k = self.strings.get(s)
        if k is None:
            k = self.string_count
            self.string_count += 1
            self.strings[s] = k
        return f"(table.get $strs (i32.const {k}))"

    @staticmethod
    def string_init(s: str) -> str:
        """A new string with the text `s`, for a global's initialiser (which cannot
        read a table)."""
        units = s.encode("utf-16-le", "surrogatepass")
        codes = [int.from_bytes(units[i:i + 2], "little") for i in range(0, len(units), 2)]
        return f"(array.new_fixed $Str {len(codes)} {' '.join(f'(i32.const {c})' for c in codes)})"

    def key_string(self, v: Any) -> str:
        """The property key of a string or number literal's value."""
        k = canonical_key(v)
        if k is None:
            raise ValueError(f"no literal key for {v!r}")
        return k

    def is_symbol_iterator(self, k: Any) -> bool:
        """Is k `Symbol.iterator`, with `Symbol` node's global (no binding of the program)?"""
        return k.type == "MemberExpression" and not k.computed and k.object.type == "Identifier" \
            and k.object.name == "Symbol" and k.property.name == "iterator" and id(k.object) not in self.resolver.refs

    def literal_key(self, k: Any, depth: int = 0) -> Optional[str]:
        """The key a computed member's `[k]` names when k is a string or number
        literal, a template without substitutions, or a file-level const bound to
        one (as the analysis's constant_key finds it); None for anything else
        (null, a regular expression, an expression)."""
        if k.type == "Literal" and isinstance(k.value, (str, int, float)) and not isinstance(k.value, bool):
            return self.key_string(k.value)
        if k.type == "TemplateLiteral" and not k.expressions:
            return k.quasis[0].value.cooked
        if k.type == "Identifier" and depth < 8:
            # a file-level const set before any function can run (codegen/early.py): a
            # class that reads it cannot meet it uninitialised (node's ReferenceError)
            v = self.resolver.refs.get(id(k))
            if v is not None and v.kind == "const" and v.owner is None and id(v) in self.early:
                init = self.resolver.const_inits.get(id(v))
                if init is not None:
                    return self.literal_key(init, depth + 1)
        return None

    # ------------------------------------------------------------------ statics cache
    # `C.K` where C is a class binding never reassigned, whose class is evaluated at
    # most once (codegen/class_once.py), and K a static field of C is
    # read from a global that mirrors the property, when the closed world writes K
    # only as `C.K = v` (the class definition and such statements write the global
    # too): no dictionary lookup. Any other write of a property named K anywhere,
    # a computed-key write or Object.assign/defineProperty on C, or `C.K = ...`
    # through another binding turns the cache off for K.
    def static_cache(self, fl, e: Any) -> Optional[str]:
        if e.type != "MemberExpression" or e.computed or e.object.type != "Identifier" \
                or getattr(e, "optional", False) or e.property.type == "PrivateIdentifier":
            return None   # (a static private field: codegen/private.py)
        v = fl.var_of(e.object)
        if v is None or v.assigned or id(v) not in self.class_nodes or id(v) in self.computed_write_vars \
                or self.statics_opaque \
                or fl.before_initialisation(v, e.object) \
                or id(self.class_nodes[id(v)]) not in self.once_classes:
            return None
        key = e.property.name
        if key in self.written_keys_elsewhere or key in ("name", "length", "prototype") \
                or not self.static_writes.get(key, set()) <= {id(v)}:
            return None
        ci = self.class_info(self.class_nodes[id(v)], fl)
        declared = any(m.type == "PropertyDefinition" and self.prop_key(m) == key for m in ci.statics)
        methods = any(m.type == "MethodDefinition" and self.prop_key(m) == key for m in ci.statics)
        if methods or not (declared or id(v) in self.static_writes.get(key, set())):
            return None
        return self.static_global(ci, key)

    def require_target(self, index: int, e: Any) -> Optional[int]:
        """The file a `require('./x')` call of file `index` loads, or None."""
        if e.type != "CallExpression" or e.callee.type != "Identifier" or e.callee.name != "require" \
                or len(e.arguments) != 1 or self.resolver.refs.get(id(e.callee)) is not None:
            return None
        spec = constant_string(e.arguments[0])
        if spec is None or not spec.startswith(("./", "../")):
            return None
        return self.file_of.get(self.resolve_path(self.units[index].path, spec))

    def find_early(self, programs: list) -> set:
        """ids of the file-level let/const/class bindings no function can read
        before their declaration runs (codegen/early.py)."""
        def reached(index: int) -> set:
            return {self.file_of[p] for p in self.reach(self.units[index].path) if p in self.file_of}
        return early_bindings(programs, lambda ident: self.resolver.refs.get(id(ident)),
                              self.require_target, self.const_number, reached,
                              lambda i: self.esm.deps.get(i, []), lambda s: self.resolver.default_vars.get(id(s)))

    def find_number_globals(self) -> set:
        """ids of the file-level let/const bindings kept in f64 globals: the plan
        says their values are only numbers, and they are early, so none needs
        node's ReferenceError for a read too early."""
        if not self.plan.number_vars:
            return set()
        return {id(v) for v in self.resolver.globals
                if id(v) in self.early and v.kind in ("let", "const") and v.decl is not None
                and self.read_key(v.file_index, v.decl) in self.plan.number_vars}

    def starts_uninitialised(self, v: Var) -> bool:
        """Does file-level v hold the `$uninit` marker until its declaration runs?
        A let/const/class binding a function may read before then."""
        return v.owner is None and v.kind in ("let", "const", "class") and id(v) not in self.early

    def const_number(self, v) -> Optional[float]:
        """The number a file-level `const` always holds, when its initialiser is a
        number literal or arithmetic on such literals and other such constants
        (`const STATE_HELD = 4`, `const SOLAR_MASS = 4 * PI * PI`), computed here
        with JavaScript's arithmetic; else None. Its reads are then that constant,
        an f64, where the global holds a value to unbox each time."""
        memo = self.const_numbers
        if id(v) not in memo:
            memo[id(v)] = None   # a cycle (`const a = b, b = a`) is no constant
            init = self.const_inits.get(id(v))
            memo[id(v)] = None if init is None else self._fold_number(init)
        return memo[id(v)]

    def _fold_number(self, e: Any) -> Optional[float]:
        t = e.type
        if t == "Literal":
            return float(e.value) if type(e.value) in (int, float) else None
        if t == "Identifier":
            v = self.resolver.refs.get(id(e))
            return None if v is None or v.kind != "const" else self.const_number(v)
        if t == "UnaryExpression" and e.operator in ("-", "+", "~"):
            x = self._fold_number(e.argument)
            if x is None:
                return None
            return -x if e.operator == "-" else x if e.operator == "+" else float(~jsnum.to_int32(x))
        if t == "BinaryExpression":
            x, y = self._fold_number(e.left), self._fold_number(e.right)
            if x is None or y is None:
                return None
            op = e.operator
            if op == "+":
                return x + y
            if op == "-":
                return x - y
            if op == "*":
                return x * y
            if op == "/" and y != 0:
                return x / y
            if op in ("|", "&", "^"):
                a, b = jsnum.to_int32(x), jsnum.to_int32(y)
                r = a | b if op == "|" else a & b if op == "&" else a ^ b
                return float(jsnum.to_int32(float(r)))
            if op in ("<<", ">>"):
                a, n = jsnum.to_int32(x), jsnum.to_int32(y) & 31
                if op == ">>":
                    return float(a >> n)
                r = (a << n) % 2 ** 32   # in integers: a float would round above 2**53
                return float(r - 2 ** 32 if r >= 2 ** 31 else r)
        return None

    def static_constant(self, fl, e: Any) -> Optional[float]:
        """The number a cached static field (`Ball.LIMIT`, see static_cache) always
        holds, or None. It must be declared once, with a number literal, and never
        written anywhere (no write of that key to any object); and each static field
        declared before it must have a literal initialiser (or none), because
        static initialisers run in order and one that calls code could read this
        field while it is still undefined. Its reads are then that constant, an
        f64, where the cached global holds a value to unbox each time."""
        if self.static_cache(fl, e) is None or e.property.name in self.written_keys:
            return None
        key = e.property.name
        ci = self.class_info(self.class_nodes[id(fl.var_of(e.object))], fl)
        fields = [m for m in ci.statics if m.type != "MethodDefinition"]
        if any(m.type != "PropertyDefinition" or m.computed for m in fields) \
                or sum(self.prop_key(m) == key for m in fields) != 1:
            return None
        for m in fields:
            value = m.value
            number = None
            if value is not None and value.type == "Literal" and type(value.value) in (int, float):
                number = float(value.value)
            elif value is not None and value.type == "UnaryExpression" and value.operator == "-" \
                    and value.argument.type == "Literal" and type(value.argument.value) in (int, float):
                number = -float(value.argument.value)
            if self.prop_key(m) == key:
                return number
            if value is not None and value.type != "Literal" and number is None:
                return None   # it may run code that reads the field before it is set
        return None

    def func_ref(self, fname: str) -> str:
        """A closure's code: its slot in the function table $codes, called with
        `call_indirect`. wasmtime keeps a function reference stored in a GC struct
        in a side table, so writing one (a closure made) and reading one (a
        closure called) would each be a call into the runtime; an i32 is neither."""
        k = self.func_refs.setdefault(fname, len(self.func_refs))
        return f"(i32.const {k})"

    def callback_loop(self, fname: str, key: str, has_init: bool, make) -> str:
        """The function running `key`'s loop with the callback literal fname
        (codegen/callbacks.py), made by make(name) the first time."""
        name = f"$loop_{key}_{'i' if has_init else 'n'}_{fname[1:]}"
        if name not in self.callback_loops:
            self.callback_loops.add(name)
            self.funcs.append(make(name))
        return name

    def lifted(self, fname: str) -> str:
        """The copy of the function literal `fname` that takes its captures as
        parameters ($k0, $k1, ... after the $Code ones, without $self) instead of
        reading them from its closure's environment: for a caller that calls the
        literal and never lets its closure be seen (a callback literal's loop,
        codegen/callbacks.py), so no closure is made."""
        name = f"{fname}.k"
        if name not in self.func_kinds:
            node = self.func_nodes[fname]
            self.func_nodes[name] = node
            self.func_kinds[name] = ("lifted", self.func_kinds[fname])
            self.pending.append((node, name, "lifted", self.func_kinds[fname]))
        return name

    def callback_global(self, fname: str) -> str:
        """The global holding the one closure of a capture-free callback literal
        (codegen/callbacks.py), made the first time it is needed."""
        g = f"$cb_{fname[1:]}"
        self.callback_globals.add(g)
        return g

    def static_global(self, ci, key: str) -> str:
        g = f"$static_{ci.index}_{self.wasm_name(key)}"
        self.static_globals.add(g)
        return g

    def json_module(self, e: Any, path: str) -> str:
        """`require('./data.json')`: the file's text, parsed by JSON.parse the first
        time it is required (node does the same), the same value every time after."""
        if path not in self.json_modules:
            try:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
            except (OSError, UnicodeDecodeError) as exc:
                raise Unsupported(e, f"`require` of {os.path.basename(path)}: cannot read it ({exc})")
            if text.startswith("\ufeff"):   # node strips a byte order mark
                text = text[1:]
            chunks = [self.string(text[i:i + 8000]) for i in range(0, len(text), 8000)] or [self.string("")]
            value = chunks[0]
            for c in chunks[1:]:
                value = f"(call $concat {value} {c})"
            self.json_modules[path] = (f"$json_module_{len(self.json_modules)}", value)
        return self.json_modules[path][0]

    @staticmethod
    def wasm_name(key: str) -> str:
        """A JS name as a WAT identifier, one to one: ASCII letters and digits stay,
        `_` doubles, anything else is `_<hex code>_`."""
        return "".join(ch if ch.isascii() and ch.isalnum() else "__" if ch == "_" else f"_{ord(ch):x}_"
                       for ch in key)

    # ------------------------------------------------------------------ sites
    # An uncaught exception is reported with where it was raised, as node does:
    # - a `throw` statement (or a read of an undeclared name) passes its site
    #   number to $thrown_at as it throws;
    # - a TypeError the runtime raises inside a generic operation (reading a
    #   property of undefined, calling what is not a function) is reported at the
    #   expression that ran the operation. The lowering notes the expression it is
    #   in (op_node); each generic call it makes sets $op_at to that expression's
    #   site number just before the call, after its operands ran; the runtime's
    #   error makers move it to $throw_at.
    # Site texts travel in a custom section (SITES_SECTION) that only the host
    # reads, to print one; the module's string table (which the collector walks)
    # does not hold them.
    def site_text(self, file_index: int, at: int) -> str:
        """"file:line:column" of source offset `at`."""
        loc = self.units[file_index].source.location(at, at + 1)
        return f"{loc.file}:{loc.line}:{loc.column}"

    def site_number(self, file_index: int, at: int) -> int:
        """The number of the site "file:line:column" of source offset `at`."""
        text = self.site_text(file_index, at)
        k = self.op_sites.get(text)
        if k is None:
            k = self.op_sites[text] = len(self.op_sites)
        return k

    def op_site(self) -> str:
        """`(global.set $op_at (i32.const N))` for the expression being lowered, or ""."""
        if self.op_node is None:
            return ""
        file_index, node = self.op_node
        u = self.units[file_index]
        src = u.source
        at = node._start
        if node.type in ("MemberExpression", "CallExpression", "NewExpression"):
            callee = node.callee if node.type != "MemberExpression" else node
            if callee.type == "MemberExpression":   # node: the name, or the `[` of a computed key
                at = callee.property._start if not callee.computed else \
                    max(src.text.find("[", callee.object._end), callee.object._end)
        elif node.type == "AssignmentExpression":   # node reports at the operator
            eq = src.text.find("=", node.left._end)
            at = eq - len(node.operator) + 1 if eq >= 0 else node._start
        k = self.site_number(file_index, at)
        if node.type == "CallExpression" and node.callee.type == "MemberExpression":
            text = callee_text(node.callee)
            if text is not None:   # node's name for a method that is not a function ($method_text)
                self.string(text)
                self.site_callees[k] = self.strings[text]
        return f"(global.set $op_at (i32.const {k}))"

    def at_site(self, rtype: Optional[str], operands: str, call: str) -> str:
        """call (its operands on the stack) after them and the operation's site."""
        site = self.op_site()
        if not site:
            return f"(call {call} {operands})"
        result = f" (result {rtype})" if rtype else ""
        return f"(block{result} {operands} {site} (call {call}))"

    def getter(self, key: str, obj: str) -> str:
        self.get_names.add(key)
        code = self.at_site("anyref", obj, f"$get.{self.wasm_name(key)}")
        self.getter_calls[code] = (key, obj)
        return code

    def numeric_getter(self, code: str, undefined: bool = False) -> Optional[str]:
        """The f64 form of a property read whose value is wanted as a number
        ($getf.<key>), or with `undefined` as a number or undefined, for an
        "f64u" parameter ($getu.<key>): an f64 field is not boxed on the way."""
        hit = self.getter_calls.get(code)
        if hit is None:
            return None
        key, obj = hit
        (self.getu_names if undefined else self.getf_names).add(key)
        return self.at_site("f64", obj, f"${'getu' if undefined else 'getf'}.{self.wasm_name(key)}")

    def adder_f64(self, key: str, obj: str, value: str) -> str:
        """`o.k += number` without boxing when o.k is an f64 field."""
        self.addf_names.add(key)
        return self.at_site(None, f"{obj} {value}", f"$addf.{self.wasm_name(key)}")

    def setter_f64(self, key: str, obj: str, value: str) -> str:
        self.setf_names.add(key)
        return self.at_site(None, f"{obj} {value}", f"$setf.{self.wasm_name(key)}")

    def setter(self, key: str, obj: str, value: str) -> str:
        self.set_names.add(key)
        return self.at_site(None, f"{obj} {value}", f"$set.{self.wasm_name(key)}")

    def set_var(self, v: Var) -> bool:
        """A function's `var` that every read finds assigned (plan.set_vars): it
        is never read as its hoisted undefined, so it is kept as a let is."""
        return v.kind == "var" and v.owner is not None and v.decl is not None \
            and self.read_key(v.file_index, v.decl) in self.plan.set_vars

    def read_key(self, unit_index: int, node: Any) -> tuple:
        """How the plan's read facts name an expression: its location."""
        loc = self.units[unit_index].source.location(node._start, node._end)
        return loc.file, loc.line, loc.column, loc.end_line, loc.end_column

    def is_primitive_read(self, unit_index: int, node: Any) -> bool:
        return self.read_key(unit_index, node) in self.plan.primitive_reads

    def is_object_read(self, unit_index: int, node: Any) -> bool:
        return self.read_key(unit_index, node) in self.plan.object_reads

    def is_array_read(self, unit_index: int, node: Any) -> bool:
        return self.read_key(unit_index, node) in self.plan.array_reads

    def read_type(self, unit_index: int, node: Any) -> Optional[str]:
        """The plan's type of a read ("f64", "(ref $T)", "(ref null $T)") or None."""
        return self.plan.read_types.get(self.read_key(unit_index, node))

    def read_union(self, unit_index: int, node: Any) -> Optional[tuple]:
        """The plan's ((struct types), may be nullish) of a read whose objects have
        a few types without a common supertype, or None."""
        return self.plan.read_unions.get(self.read_key(unit_index, node))

    def struct_field(self, tname: str, key: str):
        """The plan field `key` of struct type tname (inherited fields included)."""
        t = self.types.get(tname)
        if t is None:
            return None
        for f in t.fields:
            if f.name == key:
                return f
        return None

    def subtypes(self, tname: str) -> list[str]:
        """tname and every plan type below it."""
        return [t.name for t in self.plan.types if self.is_subtype(t.name, tname)]

    # ------------------------------------------------------------------ casts
    # wasmtime checks a cast inline when the object's type is the target type or
    # the target is final; a cast of a strict subtype to a non-final type is a call
    # into the runtime (about 3x the cost, 12% of deltablue). The closed world knows
    # which struct types have instances below a non-final type, so a cast first
    # tries those exact types (final ones first: a failed test against a final type
    # is inline too), and only then the general cast, which still decides every
    # case the tries do not (a missing type costs time, never correctness).
    MAX_TRIES = 4

    def exact_tries(self, tname: str) -> list[str]:
        memo = self.tries_memo.get(tname)
        if memo is not None:
            return memo
        t = self.types.get(tname)
        tries: list[str] = []
        if t is not None and not t.final:
            conc = [n for n in self.subtypes(tname) if self.types[n].sites > 0]
            conc.sort(key=lambda n: (not self.types[n].final, -self.types[n].sites, n))
            if 0 < len(conc) <= self.MAX_TRIES and not (len(conc) == 1 and conc[0] == tname):
                tries = [self.wt(n) for n in conc]
        self.tries_memo[tname] = tries
        return tries

    def is_subtype(self, tname: str, of: str) -> bool:
        cur: Optional[str] = tname
        while cur is not None:
            if cur == of:
                return True
            t = self.types.get(cur)
            cur = t.supertype if t is not None else None
        return False

    def cast(self, fl: FunctionLowering, tname: str, code: str, fail: Optional[str] = None) -> str:
        """`code` (anyref) as `(ref $T)`; traps when it is not one, or with `fail`
        branches to that label with the value. A typed local of $T or a subtype
        (FunctionLowering.ref_vars) needs no cast, only a test for undefined."""
        wt = self.wt(tname)
        if fl.typed_local(code, tname):
            if fail is None:
                return f"(ref.as_non_null {code})"
            ok = fl.label("typed")
            return f"(block {ok} (result (ref {wt})) (br_on_non_null {ok} {code}) (br {fail} (ref.null any)))"
        tries = self.exact_tries(tname)
        if not tries:
            return f"(br_on_cast_fail {fail} anyref (ref {wt}) {code})" if fail else f"(ref.cast (ref {wt}) {code})"
        tmp, ok = fl.local("anyref"), fl.label("cast")
        chain = " ".join(f"(drop (br_on_cast {ok} anyref (ref {c}) (local.get {tmp})))" for c in tries)
        last = (f"(br_on_cast_fail {fail} anyref (ref {wt}) (local.get {tmp}))" if fail
                else f"(ref.cast (ref {wt}) (local.get {tmp}))")
        return f"(block {ok} (result (ref {wt})) (local.set {tmp} {code}) {chain} {last})"

    def ref_wt(self, tname: str) -> str:
        """The wasm type of a typed local's plan type: a struct type, or "array"."""
        return "$Arr" if tname == "array" else self.wt(tname)

    def cast_or_undefined(self, fl: FunctionLowering, tname: str, code: str) -> str:
        """`code` (anyref) as `(ref null $T)`: undefined (the wasm null) stays null,
        any other value is cast (FunctionLowering.ref_vars)."""
        wt = self.ref_wt(tname)
        tmp = fl.local("anyref")
        cast = f"(ref.cast (ref $Arr) (local.get {tmp}))" if tname == "array" \
            else self.cast(fl, tname, f"(local.get {tmp})")
        return (f"(block (result (ref null {wt})) (local.set {tmp} {code}) (if (result (ref null {wt})) "
                f"(ref.is_null (local.get {tmp})) (then (ref.null none)) (else {cast})))")

    def ref_vars(self, fl: FunctionLowering) -> dict:
        """The function's let, const and parameter variables that the plan types as
        objects of one struct type (or undefined), and that live in a plain local:
        id(Var) -> plan struct type."""
        out = {}
        if not self.plan.var_types:
            return out
        for v in fl.fi.vars:
            if (v.kind not in ("let", "const", "param") and not self.set_var(v)) or v.in_cell or v.decl is None \
                    or id(v) in fl.f64_vars or id(v) in fl.u64_vars or id(v) in fl.scalar_vars or v.wasm in fl.ref_excluded:
                continue
            t = self.plan.var_types.get(self.read_key(fl.fi.file_index, v.decl))
            if t is not None and t.startswith("(ref "):
                tname = t[len("(ref "):-1].removeprefix("null ")
                if self.cheap_cast(tname):
                    out[id(v)] = tname
        return out

    def cheap_cast(self, tname: str) -> bool:
        """A cast to tname is checked inline (see `cast`): the type is final, or
        its objects are of a few exact types. Past those every cast is a call
        into wasmtime, and one at every write of a typed local may cost more
        than the casts it saves at its uses."""
        if tname == "array":
            return True     # $Arr is final
        t = self.types.get(tname)
        if t is None:
            return False
        if t.final or self.exact_tries(tname):
            return True
        return [n for n in self.subtypes(tname) if self.types[n].sites > 0] == [tname]

    def resolve_method(self, tname: str, key: str) -> Optional[str]:
        """The one wasm function `o.key(...)` calls for every object of struct type
        tname or a subtype (class-hierarchy analysis over the closed world), or None
        when it is not one class method on all of them."""
        memo = self.method_memo.get((tname, key), False)
        if memo is not False:
            return memo
        found: set[str] = set()
        for sub in self.subtypes(tname):
            if self.struct_field(sub, key) is not None:
                found.add("")
                break
            found.add(self.class_method(sub, key) or "")
        result = found.pop() if len(found) == 1 else None
        self.method_memo[(tname, key)] = result or None
        return result or None

    def class_method(self, tname: str, key: str) -> Optional[str]:
        """The wasm function of the class method `key` an object of exactly struct
        type tname finds on its class chain, or None when there is none or an
        accessor comes first (the struct's own fields are the caller's to check)."""
        cur: Optional[str] = tname
        while cur is not None:
            ci = self.class_by_struct.get(cur)
            if ci is None or key in ci.getters or key in ci.setters:
                return None
            if key in ci.methods:
                return ci.methods[key][0]
            cur = self.types[cur].supertype
        return None

    def method_table(self, tname: str, key: str) -> Optional[list[tuple[str, str]]]:
        """[(plan struct type, wasm function)] for `o.key(...)` on an object of
        struct type tname or a subtype, when every such type finds a class method
        `key` (no field, accessor or closure-holding class on the way) but not all
        the same one: the rows a receiver's type is tested against, in test order
        (final types first, then the deepest first, so each object meets its own
        type's row). A type without instances of its own (an abstract base class)
        needs no row; a type with instances that has no such method makes the
        answer None, as does resolve_method's one function answering. Object.prototype's
        names are left to the dispatcher: a receiver no row takes goes there, and must
        then meet node's TypeError, never an inherited method of another result type."""
        rows = self.method_rows(tname, key)
        if rows is None or len({f for _, f in rows}) < 2:
            return None
        return self.final_first(rows)

    def union_method_table(self, tnames: tuple, key: str) -> Optional[list[tuple[str, str]]]:
        """method_table's rows for a receiver of any of the struct types tnames (a
        read_union), with no common supertype: each type's rows, even when one
        type's subtypes all share one method, in test order."""
        rows: dict[str, str] = {}
        for t in tnames:
            got = self.method_rows(t, key)
            if got is None:
                return None
            rows.update(got)
        return self.final_first(list(rows.items()))

    def method_rows(self, tname: str, key: str) -> Optional[list[tuple[str, str]]]:
        """(type, class method `key`) for tname and each subtype with instances of
        its own, or None when one of them has no such method or `key` is a field
        or one of Object.prototype's names."""
        if key in OBJECT_PROTO_KEYS:
            return None
        rows = []
        for sub in self.subtypes(tname):
            if self.struct_field(sub, key) is not None:
                return None
            hit = self.class_method(sub, key)
            if hit is None:
                if self.types[sub].sites > 0:
                    return None
                continue
            rows.append((sub, hit))
        return rows

    def final_first(self, rows: list) -> list:
        """(plan struct type, item) rows in chain order, the final types' first: an
        object has one type, so tests against final types never overlap and their
        order does not matter, and a failed one is inline in wasmtime (a failed test
        against a non-final type may be a call). The non-final rows follow, deepest
        type first (stable), so an object meets its own type's test before its
        supertypes'."""
        def final(n: str) -> bool:
            t = self.types.get(n)
            return t is not None and t.final
        rest = sorted((r for r in rows if not final(r[0])), key=lambda r: -self.type_depth(r[0]))
        return [r for r in rows if final(r[0])] + rest

    def accessor_in_hierarchy(self, tname: str, key: str) -> bool:
        """Whether an object of struct type tname or a subtype finds a getter or
        setter named `key` on its class chain. The plan may still give such a type a
        field `key` (a write to a receiver typed as a superclass adds it to the whole
        hierarchy), but for these objects the field is only an own property when a
        class field defined it: reads and writes go through $get.key / $set.key,
        which look at the field before the accessor (assemble.py)."""
        memo = self.accessor_memo.get((tname, key))
        if memo is None:
            memo = False
            for sub in self.subtypes(tname):
                cur: Optional[str] = sub
                while cur is not None and not memo:
                    ci = self.class_by_struct.get(cur)
                    memo = ci is not None and (key in ci.getters or key in ci.setters)
                    t = self.types.get(cur)
                    cur = t.supertype if t is not None else None
                if memo:
                    break
            self.accessor_memo[(tname, key)] = memo
        return memo

    def program_deletes(self) -> bool:
        """Does any file of the program use `delete`? (for-in then checks that a key
        is still there before visiting it)"""
        if self._deletes is None:
            stack = [u.parsed.tree for u in self.units]
            self._deletes = False
            while stack and not self._deletes:
                n = stack.pop()
                self._deletes = n.type == "UnaryExpression" and n.operator == "delete"
                stack.extend(children(n))
        return self._deletes

    def inherits_key(self, tname: str, key: str) -> bool:
        """Whether an object of struct type tname or a subtype may find `key` on
        its prototype chain: a method, getter or setter of its classes, or a key of
        Object.prototype (and Error.prototype under an Error). A read of a field
        `key` that the object may not have yet must then find that instead of
        undefined, which only the generic $get.key does."""
        memo = self.inherits_memo.get((tname, key))
        if memo is None:
            memo = False
            for sub in self.subtypes(tname):
                cur: Optional[str] = sub
                error = False
                while cur is not None and not memo:
                    t = self.types.get(cur)
                    ci = self.class_by_struct.get(cur)
                    if ci is None and t is not None and t.class_name is not None and t.class_name != "Error":
                        memo = True     # a type shared by classes: not one known chain
                    elif ci is not None:
                        memo = key in ci.methods or key in ci.getters or key in ci.setters
                    error = error or (t is not None and t.class_name == "Error")
                    cur = t.supertype if t is not None else None
                if memo or key in _OBJECT_PROTO_KEYS or (error and key in _ERROR_PROTO_KEYS):
                    memo = True
                    break
            self.inherits_memo[(tname, key)] = memo
        return memo

    def site_of(self, unit_index: int, node: Any):
        u = self.units[unit_index]
        loc = u.source.location(node._start, node._start + 1)
        return self.sites.get((loc.file, loc.line, loc.column))

    def is_strict(self, fi) -> bool:
        """Strict mode code: inside a class, or under a "use strict" directive of
        the function, an enclosing function or the file."""
        if not self.is_commonjs(fi.file_index):
            return True   # an ES module is strict mode code
        cur = fi
        while cur is not None:
            if id(cur.node) in self.class_funcs and not getattr(cur.node, "sloppy_code", False):
                return True   # (code of a constructor function in a sloppy file, analysis/constructor_functions.py: not)
            body = cur.node.body
            stmts = body if isinstance(body, list) else getattr(body, "body", None)
            for st in stmts if isinstance(stmts, list) else ():
                d = getattr(st, "directive", None)
                if d is None:
                    break
                if d == "use strict":
                    return True
            cur = cur.parent
        return False

    @staticmethod
    def mark(site) -> str:
        """The comment that tags the instruction allocating `site`'s object, placed right
        after the instruction's keyword; free in a normal build, counted by `--stats`
        (codegen/stats.py)."""
        return f"(;@site {site.id};) " if site is not None else ""

    # ------------------------------------------------------------------ functions
    def function(self, node: Any, name: Optional[str] = None, kind: str = "function", cls: Optional[ClassInfo] = None) -> str:
        key = id(node)
        if key in self.func_names:
            return self.func_names[key]
        if getattr(node, "generator", False) or getattr(node, "isAsync", False):
            # (esprima names the flag `isAsync`: an async function compiled as a plain
            # one would return its value where node returns a promise)
            raise Unsupported(node, "generators" if getattr(node, "generator", False) else "async functions")
        self.counter += 1
        label = name or (node.id.name if getattr(node, "id", None) is not None else "anon")
        fname = f"$f{self.counter}_{wat_label(label)}"
        self.func_names[key] = fname
        self.func_nodes[fname] = node
        self.func_kinds[fname] = (kind, cls)
        if kind in ("function", "method", "ctor") and (node.type == "FunctionDeclaration" or cls is not None):
            self.direct_ok.add(key)
        self.pending.append((node, fname, kind, cls))
        return fname

    def compile_pending(self) -> None:
        while self.pending:
            node, fname, kind, cls = self.pending.pop()
            fi = self.resolver.funcs[id(node)]
            fl = FunctionLowering(self, fi, fname, kind, cls)
            if node.type == "FieldInit":
                raise AssertionError("field initialisers are inlined")
            if kind == "ctor-scalar":
                self.funcs.append(self.lower_scalar_ctor(node, fname, *cls))
                continue
            if kind == "passing":
                self.funcs.append(self.lower_passing(node, fname, *cls))
                continue
            if kind == "lifted":
                fl, body = self.lower_typed(node, fi, fname, cls[0], cls[1], lifted=True)
                # the $Code parameters without $self, then the captures
                caps = " ".join(f"(param $k{i} anyref)" for i in range(len(fi.free)))
                self.funcs.append(self.emit_func(fname, fl, body, f"(param $this anyref) {CODE_ARGS} {caps} (result anyref)"))
                continue
            if kind == "ctor-synth":
                body = self.synth_ctor(fl, cls)
            else:
                sig = self.direct_sig(node)
                fl, body = self.lower_typed(node, fi, fname, kind, cls, sig)
                if sig is not None:
                    self.funcs.append(self.emit_direct(fname, fl, body, sig))
                    self.funcs.append(self.direct_wrapper(fname, sig))
                    continue
            self.funcs.append(self.emit_func(fname, fl, body))

    def arguments_use_ok(self, v: Var, ident: Any) -> bool:
        """Is this read of a function's implicit `arguments` in a position the build
        compiles (codegen/arguments_object.py)?"""
        fn = v.owner.node
        ok = self.arguments_allowed.get(id(fn))
        if ok is None:
            ok = self.arguments_allowed[id(fn)] = arguments_object.allowed(fn)
        return id(ident) in ok

    # ------------------------------------------------------------------ unboxed entries
    # A function declaration or class method whose parameters are plain names and
    # whose plan types have a number or boolean among its parameters or its result
    # gets a second wasm function `$f.d` taking (self, this, p0, p1, ...) with f64
    # (i32) where the plan proves a number (boolean), returning f64 (i32) when
    # every result is one. The
    # $Code function of the same name (closures, dispatch) unpacks its arguments
    # and calls it; direct calls with exactly the right argument count skip that.
    def direct_sig(self, node: Any) -> Optional[tuple]:
        key = id(node)
        if key in self.sig_memo:
            return self.sig_memo[key]
        self.sig_memo[key] = None
        if node.type not in ("FunctionDeclaration", "FunctionExpression") or key not in self.direct_ok:
            return None
        if any(p.type != "Identifier" for p in node.params) or self.resolver.funcs[key].arguments_var is not None:
            return None   # (`arguments` is made from the $Code entry's operands)
        u = self.units[self.resolver.funcs[key].file_index]
        loc = u.source.location(node._start, node._start + 1)
        ft = self.plan.function_types.get((loc.file, loc.line, loc.column))
        if ft is None or len(ft[0]) != len(node.params):
            return None
        params = tuple(_UNBOXED.get(t, "anyref") for t in ft[0])
        ret = _UNBOXED_RESULT.get(ft[1], "anyref")
        if all(t == "anyref" for t in params) and ret == "anyref" and len(params) <= 3:
            return None   # (past three, the generic entry takes the rest in an array it allocates)
        self.sig_memo[key] = (params, ret)
        return params, ret

    def emit_direct(self, fname: str, fl: FunctionLowering, body: str, sig: tuple) -> str:
        params = " ".join(f"(param $p{i} {sig_wasm(t)})" for i, t in enumerate(sig[0]))
        return self.emit_func(f"{fname}.d", fl, body,
                              f"(param $self (ref $Fn)) (param $this anyref) {params} (result {sig[1]})")

    def direct_wrapper(self, fname: str, sig: tuple) -> str:
        args = []
        for i, t in enumerate(sig[0]):
            a = f"(local.get $a{i})" if i < 3 else f"(call $arg_rest (local.get $rest) (i32.const {i - 3}))"
            args.append(f"(call $tonum {a})" if t == "f64" else f"(call $truthy {a})" if t == "i32"
                        else f"(call $unbox_u {a})" if t == "f64u" else a)
        call = f"(call {fname}.d (local.get $self) (local.get $this) {' '.join(args)})"
        if sig[1] == "f64":
            call = f"(call $box {call})"
        elif sig[1] == "i32":
            call = f"(call $bool {call})"
        return f"(func {fname} (type $Code) {FN_PARAMS}\n{call})"

    def direct_call(self, fl: FunctionLowering, fname: str, self_code: str, this_code: str, args: list):
        """(code, type) of a call through the unboxed entry, or None."""
        node = self.func_nodes.get(fname)
        sig = self.direct_sig(node) if node is not None else None
        if sig is None or len(args) != len(sig[0]) or any(a.type == "SpreadElement" for a in args):
            return None
        vals = typed_args(fl, node, args, sig)
        code = f"(call {fname}.d {self_code} {this_code} {' '.join(vals)})"
        return code, LOWERED[sig[1]]

    def lower_typed(self, node: Any, fi: FuncInfo, fname: str, kind: str, cls, sig: Optional[tuple] = None,
                    setup=None, lifted: bool = False):
        """Lower a function keeping numeric variables unboxed: start from every
        let/const local not in a cell (and every number parameter of an
        unboxed entry), lower, drop the ones written with a value that is not
        statically a number, and lower again until none is. A dropped local
        whose every write is a number or undefined (`let x;`, an f64|undefined
        field) gets f64|undefined storage instead; one of those written with
        anything else is dropped in turn. The candidates start as int32 locals
        too (codegen/int_ranges.py): one written with a value not statically an
        int32 stays an f64 local in the next try."""
        builders = string_builders.candidates(self, fi)
        locals_ = {id(v) for v in fi.vars if not v.in_cell and (v.kind in ("let", "const") or self.set_var(v))
                   and id(v) not in builders}
        cands = set(locals_)
        u64: set = set()
        u_locals: set = set()
        if sig is not None:
            for p, t in zip(node.params, sig[0]):
                v = self.resolver.refs.get(id(p))
                if t == "f64" and v is not None and not v.in_cell:
                    cands.add(id(v))
                if t == "f64u" and v is not None and not v.in_cell:
                    u64.add(id(v))
        untyped: set = set(builders)
        ints = set(cands)
        while True:
            fl = FunctionLowering(self, fi, fname, kind, cls)
            fl.direct = sig
            fl.lifted = lifted
            fl.static = id(node) in self.static_nodes or self.static_home(fi)
            fl.f64_vars = set(cands)
            fl.i32_vars = ints & cands
            fl.u64_vars = u64 | u_locals
            fl.u64_checked = set(u_locals)
            fl.ref_excluded = untyped
            fl.sb_vars = set(builders)
            prologue = setup(fl) if setup is not None else ""
            body = fl.lower_function(node)
            if prologue:
                body = prologue + "\n" + body
            # a typed local no field access uses only adds casts where it is written
            unused = fl.ref_locals.keys() - fl.ref_hits
            dropped = fl.u_violations & u_locals
            if fl.sb_violations:   # a builder used otherwise: an ordinary local again, a number one if it can
                builders -= fl.sb_violations
                back = {id(v) for v in fi.vars if id(v) in fl.sb_violations and not v.in_cell
                        and (v.kind in ("let", "const") or self.set_var(v))}
                locals_ |= back
                cands |= back
                ints |= back
                untyped -= fl.sb_violations
                continue
            if not fl.violations and not unused and not dropped:
                if not fl.int_violations:
                    return fl, body
                # (only once the rest is settled: whether a write is an int32 can
                # depend on the other variables' storage, an array's `length`)
                ints -= fl.int_violations
                continue
            ints -= fl.violations
            cands -= fl.violations
            u_locals -= dropped
            u_locals |= (fl.violations & locals_ & fl.u_writes) - fl.u_violations
            untyped |= unused

    def static_home(self, fi: FuncInfo) -> bool:
        while fi is not None and fi.is_arrow:
            fi = fi.parent
        return fi is not None and id(fi.node) in self.static_nodes

    def emit_func(self, fname: str, fl: FunctionLowering, body: str, signature: str = f"(type $Code) {FN_PARAMS}") -> str:
        """The function's text: `signature` (the $Code one unless given), its locals, its body."""
        seen = set()
        decls = []
        for n, t in fl.locals:
            if n in seen:
                continue
            seen.add(n)
            decls.append(f"(local {n} {t})")
        consts, loads, body = hoist_constants(body)
        return f"(func {fname} {signature}\n{' '.join(decls + consts)}\n{HALT_CHECK}{loads}\n{body})"

    # ------------------------------------------------------------------ classes
    def class_info(self, node: Any, fl: Optional[FunctionLowering] = None) -> ClassInfo:
        ci = self.classes.get(id(node))
        if ci is not None:
            return ci
        name = node.id.name if node.id is not None else ""
        ci = ClassInfo(node, name, len(self.classes), self.class_files.get(id(node), 0))
        ci.shown = name or self.class_shown.get(id(node), "")
        self.classes[id(node)] = ci
        refs = self.resolver.refs
        if node.superClass is not None:
            sc = node.superClass
            if sc.type == "Identifier" and refs.get(id(sc)) is None and sc.name in ERROR_CLASSES:
                ci.builtin_parent = sc.name
            elif sc.type == "Identifier" and refs.get(id(sc)) is None and sc.name in COLLECTION_CLASSES:
                raise Unsupported(sc, f"a class that extends `{sc.name}`")
            else:
                ci.dynamic_parent = True
        ci.struct = self.struct_by_class.get(name) if name else None
        if ci.struct and len([c for c in self.class_nodes_all if getattr(c.id, "name", None) == name]) > 1:
            ci.struct = None   # two classes of one name: the plan's type cannot be told apart by name
        ci.depth = self.type_depth(ci.struct) if ci.struct else 0
        ci.env = class_env.captured(self.resolver, node)
        ci.env_index = {id(v): i for i, v in enumerate(ci.env)}
        for m in node.body.body:
            if m.type == "MethodDefinition":
                key = self.prop_key(m)
                if m.kind == "constructor":
                    ci.ctor = self.function(m.value, f"{name}_ctor", "ctor", ci)
                elif m.static:
                    ci.statics.append(m)
                    self.static_nodes.add(id(m.value))
                    self.function(m.value, f"{name}_{key}", "method", ci)
                elif m.kind == "get":
                    ci.getters[key] = (self.function(m.value, f"{name}_get_{key}", "method", ci), m)
                elif m.kind == "set":
                    ci.setters[key] = (self.function(m.value, f"{name}_set_{key}", "method", ci), m)
                else:
                    ci.methods[key] = (self.function(m.value, f"{name}_{key}", "method", ci), m)
            elif m.type == "StaticBlock":
                fn = self.resolver.static_blocks[id(m)]
                ci.statics.append(m)
                self.static_nodes.add(id(fn))
                self.function(fn, f"{name}_static", "method", ci)
            else:
                if m.static:
                    ci.statics.append(m)
                else:
                    ci.fields.append(m)
        if not ci.ctor:
            self.counter += 1
            ci.ctor = f"$f{self.counter}_{wat_label(name)}_ctor"
            self.synth_ctors.add(ci.ctor)
            self.pending.append((node, ci.ctor, "ctor-synth", ci))
            self.resolver.funcs.setdefault(id(node), FuncInfo(node, None, False, file_index=ci.file_index))
        return ci

    def type_depth(self, tname: Optional[str]) -> int:
        d = 0
        while tname in self.types:
            d += 1
            tname = self.types[tname].supertype
        return d

    def resolve_class_expr(self, e: Any, fl: FunctionLowering) -> Optional[ClassInfo]:
        if e.type == "Identifier":
            v = fl.var_of(e)
            if v is not None and id(v) in self.class_nodes:
                return self.class_info(self.class_nodes[id(v)], fl)
        return None

    def prop_key(self, m: Any) -> str:
        if m.computed:
            key = self.literal_key(m.key)
            if key is not None:
                return key
            if self.is_symbol_iterator(m.key):
                user_iterables.check_member(self, m)
                return user_iterables.KEY
            raise Unsupported(m.key, "a computed class member name")
        if m.key.type == "Identifier":
            return m.key.name
        if m.key.type == "Literal":
            return self.key_string(m.key.value)
        if m.key.type == "PrivateIdentifier":
            private.check_member(m)   # (codegen/private.py)
            return "#" + m.key.name
        raise Unsupported(m.key, f"this class member name ({m.key.type})")

    def class_accessor(self, fl: FunctionLowering, ci: ClassInfo, key: str) -> bool:
        """May ci or a class it extends have a getter or setter named key (a base
        known only at run time may)?"""
        c, seen = ci, set()
        while id(c) not in seen:
            seen.add(id(c))
            if key in c.getters or key in c.setters:
                return True
            if c.node.superClass is None or c.builtin_parent is not None:
                return False
            c = self.resolve_class_expr(c.node.superClass, fl)
            if c is None:
                return True
        return False

    def synth_ctor(self, fl: FunctionLowering, ci: ClassInfo) -> str:
        fl.kind = "ctor"
        out = []
        if ci.dynamic_parent or ci.builtin_parent is not None:
            out.append(self.super_call_code(fl, ci, "(local.get $argc) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest)"))
        out.append(self.field_inits(fl, ci))
        out.append("(local.get $this)")
        return "\n".join([fl.this_typed_init()] + out)

    def super_call_code(self, fl: FunctionLowering, ci: ClassInfo, args: str) -> str:
        if ci.builtin_parent is not None:
            return f"(call $error_init (local.get $this) {args})"
        parent = f"(ref.as_non_null (struct.get $Class $parent (global.get {ci.desc})))"
        call = f"(drop (call $construct_call (ref.cast (ref $Fn) (struct.get $Class $ctor {parent})) (local.get $this) {args}))"
        if getattr(ci.node, "es5_heritage", False):
            # `P.call(this, ...)` made `super(...)` (analysis/constructor_functions.py): the same
            # only when P is a constructor function the build made a class
            return (f"(if (i32.eqz (i32.and (struct.get $Class $flags {parent}) (i32.const 1))) "
                    f"(then (call $fail_named (i32.const 30) (struct.get $Class $name {parent})) (unreachable))) {call}")
        return call

    def field_inits(self, fl: FunctionLowering, ci: ClassInfo) -> str:
        out = []
        for m in ci.fields:
            key = self.prop_key(m)
            if fl.scalar_this is not None:
                f = scalar.field_of(fl, fl.scalar_this, key)
                if m.value is None:
                    value = self.field_default(f) if self.field_undef(f) else "(ref.null any)"
                else:
                    value = fl.field_value(f, *fl.named(m.value, key))
                out.append(f"(local.set {fl.scalar_this.slots[f.name]} {value})")
                continue
            value = fl.to_any(*fl.named(m.value, key)) if m.value is not None else "(ref.null any)"
            f = self.struct_field(ci.struct, key) if ci.struct and key is not None else None
            if f is not None and not f.inline and (m.key.type == "PrivateIdentifier"
                                                   or self.accessor_in_hierarchy(ci.struct, key)):
                # a class field defines an own property: an accessor of that name
                # on the class chain is not called (the field shadows it from now on)
                wt = self.wt(ci.struct)
                out.append(f"(struct.set {wt} {f.index + FIELD0} (ref.cast (ref {wt}) (local.get $this)) "
                           f"{fl.field_value(f, value, 'any')})")
                continue
            if key is not None and self.class_accessor(fl, ci, key):
                # (an object of another representation: its own property all the same)
                out.append(f"(call $put_own (local.get $this) {self.string(key)} {value})")
                continue
            out.append(self.setter(key, "(local.get $this)", value))
        return "\n".join(out)

    def class_value(self, fl: FunctionLowering, node: Any, self_var: Optional[Var] = None) -> str:
        ci = self.class_info(node, fl)
        d = ci.desc
        fnv = fl.local("(ref null $Fn)")
        proto = fl.local("(ref null $MapObj)")
        code = []
        if id(node) not in self.once_classes:
            # a second evaluation would be a second class in JavaScript; the build has
            # one per definition (codegen/class_once.py), so it stops instead
            what = f"{f'`{ci.shown}`' if ci.shown else 'an anonymous class'} at {self.site_text(fl.fi.file_index, node._start)}"
            code.append(f"(if (i32.eqz (ref.is_null (struct.get $Class $ctor (global.get {d})))) "
                        f"(then (call $fail_named (i32.const 25) {self.string(what)}) (unreachable)))")
        if ci.env:   # before any member can run: the static members run below
            code.append(class_env.fill(fl, ci))
        if ci.dynamic_parent:
            code.append(f"(struct.set $Class $parent (global.get {d}) (call $class_of_ctor {fl.expr_any(node.superClass)}))")
        code += [f"(local.set {proto} (call $map_new (global.get $cls_Object)))",
                f"(struct.set $Class $proto (global.get {d}) (local.get {proto}))",
                f"(local.set {fnv} (struct.new $Fn {self.func_ref(ci.ctor)} (ref.null $Vals) (ref.null $MapObj) "
                f"{self.string(ci.shown)} (global.get {d}) {NO_CAPTURES}))",
                f"(struct.set $Class $ctor (global.get {d}) (local.get {fnv}))"]
        if not getattr(node, "inspect_as_parent", False):
            # (a prototype made with Object.create has no `constructor` of its own: the base's is found)
            code.append(f"(call $map_set (ref.as_non_null (local.get {proto})) {self.string('constructor')} (local.get {fnv}))")
        if self_var is not None:
            code.append(fl.init_var(self_var, f"(local.get {fnv})"))
        for key, (fname, m) in ci.methods.items():
            if m.key.type == "PrivateIdentifier":
                continue   # no property: called directly, the brand tested (codegen/private.py)
            shown = "" if getattr(m.value, "anonymous_method", False) else key   # `F.prototype.m = function () {}`
            code.append(f"(call $map_set (ref.as_non_null (local.get {proto})) {self.string(key)} "
                        f"{fl.make_closure(m.value, fname, shown)})")
        for key in set(ci.getters) | set(ci.setters):
            g = ci.getters.get(key)
            s = ci.setters.get(key)
            gc = fl.make_closure(g[1].value, g[0], key) if g else "(ref.null any)"
            sc = fl.make_closure(s[1].value, s[0], key) if s else "(ref.null any)"
            code.append(f"(call $map_set (ref.as_non_null (local.get {proto})) {self.string(key)} "
                        f"(struct.new $Accessor {gc} {sc} (i32.const 0)))")
        # Static members as JS defines them: first the methods and accessors (not
        # enumerable: they are the class's first `$hidden` own properties, which
        # Object.keys and for-in skip), then the fields, in order; `this` in a
        # static initialiser is the class.
        hidden: dict = {}
        for m in ci.statics:
            if m.type != "MethodDefinition":
                continue
            key = self.prop_key(m)
            if m.kind in ("get", "set"):
                g, st = hidden.get(key) if isinstance(hidden.get(key), tuple) else ("(ref.null any)", "(ref.null any)")
                fn = fl.make_closure(m.value, self.func_names[id(m.value)], key)
                hidden[key] = (fn, st) if m.kind == "get" else (g, fn)
            elif m.key.type != "PrivateIdentifier":   # (a static private method is no property)
                hidden[key] = fl.make_closure(m.value, self.func_names[id(m.value)], key)
        for key, value in hidden.items():
            if isinstance(value, tuple):
                value = f"(struct.new $Accessor {value[0]} {value[1]} (i32.const 0))"
            code.append(f"(call $fn_define (local.get {fnv}) {self.string(key)} {value})")
        if hidden:
            code.append(f"(struct.set $Class $hidden (global.get {d}) (i32.const {len(hidden)}))")
        for m in ci.statics:
            if m.type == "MethodDefinition":
                continue
            if m.type == "StaticBlock":   # called here, in member order, with the class as `this`
                fn = self.resolver.static_blocks[id(m)]
                code.append(f"(drop (call $call_value {fl.make_closure(fn, self.func_names[id(fn)], '')} "
                            f"(local.get {fnv}) (i32.const 0) (ref.null any) (ref.null any) (ref.null any) "
                            f"(ref.null $Vals)))")
                continue
            key = self.prop_key(m)
            value = self.static_init(fl, m)
            g = self.static_global(ci, key)   # mirrors the property for the statics cache
            code.append(f"(global.set {g} {value})")
            if m.key.type != "PrivateIdentifier":   # a static private field lives in the global only
                code.append(f"(call $fn_define (local.get {fnv}) {self.string(key)} (global.get {g}))")
        return f"(block (result anyref) {' '.join(code)} (local.get {fnv}))"

    def static_init(self, fl: FunctionLowering, m: Any) -> str:
        if m.value is None:
            return "(ref.null any)"
        if _uses_this(m.value):
            raise Unsupported(m, "`this` in a static field initialiser")
        return fl.to_any(*fl.named(m.value, self.prop_key(m)))

    def super_get(self, fl: FunctionLowering, e: Any) -> str:
        ci = fl.cls
        if ci is None or (not ci.dynamic_parent and ci.builtin_parent is None):
            raise Unsupported(e, "`super` outside a derived class")
        key = e.property.name
        captured = self.resolver.this_uses.get(id(e.object))
        this = fl.read_var(captured) if captured is not None else "(local.get $this)"
        parent = (f"(global.get $cls_{ci.builtin_parent})" if ci.builtin_parent is not None else
                  f"(ref.as_non_null (struct.get $Class $parent (global.get {ci.desc})))")
        if fl.static:
            return f"(call $get_generic (struct.get $Class $ctor {parent}) {self.string(key)})"
        return f"(call $from_proto {this} {parent} {self.string(key)})"

    def super_this(self, fl: FunctionLowering, e: Any) -> str:
        captured = self.resolver.this_uses.get(id(e.object))
        return fl.read_var(captured) if captured is not None else "(local.get $this)"

    # ------------------------------------------------------------------ objects
    @staticmethod
    def wt(plan_name: str) -> str:
        """The wasm name of a plan struct type: `$Point` becomes `$js.Point`."""
        return "$js." + plan_name[1:]

    def struct_of(self, tname: str):
        return self.types.get(tname)

    def field_default(self, f) -> str:
        if self.field_wasm_type(f) == "f64":
            return UNDEF_F64 if self.field_undef(f) else "(f64.const 0)"
        return "(ref.null any)" if f.initialized else "(global.get $absent)"

    def field_wasm_type(self, f) -> str:
        """The wasm type of f's value: its storage, except for an inline field,
        whose value is an object (a local, a slot or a result holds a reference)
        while the struct stores its parts (inline_parts)."""
        return "f64" if f.type in ("f64", "f64|undefined") and f.initialized and not f.inline else "anyref"

    # ------------------------------------------------------------ inline fields
    # An inline field (analysis/inline_fields.py) holds immutable objects whose
    # identity nobody observes: the struct stores their numbers instead of a
    # reference. Its first part sits at the field's own index, the others after
    # the type's plan fields (the type is final: no subtype extends the layout).
    def inline_parts(self, tname: str, f) -> list:
        """(wasm field index, field of the value's type) of each part of the
        inline field f of struct type tname."""
        key = (tname, f.name)
        got = self._inline_parts.get(key)
        if got is None:
            t = self.struct_of(tname)
            extra = FIELD0 + len(t.fields)
            for g in t.fields:
                if g.name == f.name:
                    break
                if g.inline:
                    extra += len(self.struct_of(g.inline).fields) - 1
            vt = self.struct_of(f.inline)
            got = [(f.index + FIELD0, vt.fields[0])] + [(extra + i, p) for i, p in enumerate(vt.fields[1:])]
            self._inline_parts[key] = got
        return got

    def inline_part(self, tname: str, f, key: str) -> Optional[int]:
        """The wasm index of the part `key` of inline field f, or None."""
        for idx, p in self.inline_parts(tname, f):
            if p.name == key:
                return idx
        return None

    def extra_fields(self, t) -> list:
        """The parts of t's inline fields that go after its plan fields, in order:
        (wasm field name, wasm type)."""
        out = []
        for f in t.fields:
            if f.inline:
                out.extend((f"$f.{self.wasm_name(f.name)}.{self.wasm_name(p.name)}", "f64")
                           for _, p in self.inline_parts(t.name, f)[1:])
        return out

    def struct_defaults(self, t) -> str:
        """The values of every wasm field of a new t after $cls and $oid (an inline
        field's parts are numbers; field_default is its value's, a reference)."""
        return " ".join(["(f64.const 0)" if f.inline else self.field_default(f) for f in t.fields]
                        + ["(f64.const 0)" for _ in self.extra_fields(t)])

    def struct_classes(self, tname: str) -> list:
        """The classes whose instances have struct type tname."""
        return [c for c in self.classes.values() if c.struct == tname]

    def value_class_desc(self, vtname: str) -> str:
        owners = self.struct_classes(vtname)
        if len(owners) != 1:
            raise AssertionError(f"inline field: the value type {vtname} is not one class's")
        return owners[0].desc

    def inline_get(self, tname: str, f, obj: str) -> str:
        """A fresh object of the inline field f of `obj` (a (ref $H) with no side
        effects, a local.get): its parts, under the value's class."""
        wt = self.wt(tname)
        parts = " ".join(f"(struct.get {wt} {idx} {obj})" for idx, _ in self.inline_parts(tname, f))
        return f"(struct.new {self.wt(f.inline)} (global.get {self.value_class_desc(f.inline)}) (i32.const 0) {parts})"

    def field_undef(self, f) -> bool:
        """Whether f is an f64 field that may hold undefined (as the NaN UNDEF_F64)."""
        return f.type == "f64|undefined" and f.initialized

    def field_box(self, f) -> str:
        """The function that makes an anyref of f's f64 storage."""
        return "$box_u" if self.field_undef(f) else "$box"

    def field_unbox(self, f) -> str:
        """The function that makes f's f64 storage of an anyref the plan allows in f."""
        return "$unbox_u" if self.field_undef(f) else "$tonum"

    def object_literal(self, fl: FunctionLowering, e: Any) -> str:
        site = self.site_of(fl.fi.file_index, e)
        props = e.properties
        accessors = False
        for p in props:
            if p.type != "SpreadElement" and p.kind in ("get", "set"):
                if fl.static_key(p) is None:
                    raise Unsupported(p, "a getter or setter with a computed name in an object literal")
                accessors = True
        if site is not None and accessors and site.representation != "map":
            raise AssertionError("an object literal with an accessor is a map site (analysis: literal-accessor)")
        if site is not None and site.representation in ("struct", "scalar") and site.type and \
                all(p.type != "SpreadElement" for p in props):
            t = self.struct_of(site.type)
            temps = {}
            pre = []
            for p in props:
                key = fl.static_key(p)
                if key is None:
                    break
                # each value kept in its lowered type until the struct takes it: a
                # number for an f64 field is never boxed on the way
                c, vt = self.prop_expr(fl, p, key)
                if vt not in ("f64", "i32"):
                    c, vt = fl.to_any(c, vt), "any"
                tmp = fl.local(fl.wtype(vt))
                pre.append(f"(local.set {tmp} {c})")
                temps[key] = (tmp, vt)
            else:
                names = {f.name for f in t.fields}
                if set(temps) <= names:
                    args = []
                    for f in t.fields:
                        if f.name in temps:
                            tmp, vt = temps[f.name]
                            args.append(fl.field_value(f, f"(local.get {tmp})", vt))
                        else:
                            args.append(self.field_default(f))
                    cls = "$cls_Object"
                    return (f"(block (result anyref) {' '.join(pre)} "
                            f"(struct.new {self.mark(site)}{self.wt(t.name)} (global.get {cls}) (i32.const 0) {' '.join(args)}))")
        # a dictionary object
        m = fl.local("(ref null $MapObj)")
        code = [f"(local.set {m} (call {self.mark(site)}$map_new (global.get $cls_Object)))"]
        for p in props:
            if p.type == "SpreadElement":
                code.append(f"(drop (call $assign (local.get {m}) {fl.expr_any(p.argument)}))")
                continue
            key = fl.static_key(p)
            if p.kind in ("get", "set"):   # an $Accessor under the key ($map_accessor)
                fn = fl.make_closure(p.value, fl.closure_function(p.value), f"{p.kind} {key}")
                code.append(f"(call $map_accessor (ref.as_non_null (local.get {m})) {self.string(key)} {fn} "
                            f"(i32.const {1 if p.kind == 'set' else 0}))")
                continue
            if key is None:
                k = fl.to_str(*fl.expr(p.key))
                v = p.value
                if _anonymous_function(v):
                    # named after the key, which is known only now: `{[k]() {}}`.name is k
                    kl = fl.local("(ref null $Str)")
                    code.append(f"(local.set {kl} {k})")
                    k = f"(ref.as_non_null (local.get {kl}))"
                    value = fl.make_closure(v, fl.closure_function(v), None, name_code=k)
                elif v.type == "ClassExpression" and v.id is None:
                    raise Unsupported(v, "an anonymous class as the value of a computed key (its name "
                                         "would be the key, known only at run time)")
                else:
                    value = fl.expr_any(v)
                code.append(f"(call $map_set (ref.as_non_null (local.get {m})) {k} {value})")
            else:
                code.append(f"(call $map_set (ref.as_non_null (local.get {m})) {self.string(key)} "
                            f"{fl.to_any(*self.prop_expr(fl, p, key))})")
        return f"(block (result anyref) {' '.join(code)} (local.get {m}))"

    def prop_expr(self, fl: FunctionLowering, p: Any, key: str) -> tuple[str, str]:
        """An object literal property's value, lowered (code, type); an anonymous
        function is named after its key."""
        v = p.value
        if _anonymous_function(v):
            return fl.closure(v, key), "any"
        return fl.expr(v)

    def new_expr(self, fl: FunctionLowering, e: Any) -> str:
        callee = e.callee
        if callee.type == "Identifier":
            v = fl.var_of(callee)
            if v is None:
                name = callee.name
                if name in ERROR_CLASSES:
                    return self.new_error(fl, e, name)
                if name == "Array":
                    return self.new_array(fl, e)
                if name == "Object" and not e.arguments:
                    return f"(call $map_new (global.get $cls_Object))"
                if name == "Date":
                    return self.new_date(fl, e)
                if name == "RegExp":
                    return regex_literals.new_regexp(self, fl, e)
                if name in COLLECTION_CLASSES:
                    return self.new_collection(fl, e, name)
                if name in TYPED_KINDS:
                    return self.new_typed(fl, e, name)
                if name not in NODE_SCRIPT_GLOBALS:   # node's ReferenceError, before any argument
                    return fl.not_defined(callee)
                raise Unsupported(e, f"`new {name}`")
            if fl.before_initialisation(v, callee):
                return fl.expr_any(callee)   # the ReferenceError, before any argument
            ci = self.declared_class(fl, v)
            if ci is not None:
                return self.construct(fl, e, ci, fl.read_var(v, callee))
            if v.kind == "function" and not v.assigned and id(v.decl) in self.decl_nodes:
                got = not_class_reason(self.units[fl.fi.file_index].parsed.tree, callee.name)
                why = f"; it is not compiled as a class because {got}" if got else ""
                raise Unsupported(e, f"`new` of a function that is not a class (`{callee.name}`: use class syntax{why})")
        return self.construct_dynamic(fl, e)

    def declared_class(self, fl: FunctionLowering, v: Var) -> Optional[ClassInfo]:
        """The class a binding always holds: a class declaration never reassigned."""
        if id(v) in self.class_nodes and not v.assigned:
            return self.class_info(self.class_nodes[id(v)], fl)
        return None

    def ready_class(self, fl: FunctionLowering, code: str, name: str) -> str:
        """code, a class binding's value, as (ref $Fn). The binding is empty until the
        class declaration runs: a function called before that (the same function's
        earlier code is caught when lowered) gets node's ReferenceError, not a failed
        cast."""
        ok = fl.label("cls")
        return f"(block {ok} (result (ref $Fn)) (br_on_cast {ok} anyref (ref $Fn) {code}) (drop) {fl.tdz_error(name)})"

    # scalar replacement of `new C(...)` (see codegen/scalar.py) ---------------------
    def scalar_construct(self, fl: FunctionLowering, e: Any, t, sc) -> str:
        """Call C's constructor specialised for a scalar `this` and store the
        fields it returns into sc's slots."""
        v = fl.var_of(e.callee) if e.callee.type == "Identifier" else None
        ci = self.declared_class(fl, v) if v is not None else None
        if ci is None:
            raise AssertionError("scalar replacement: `new` of something other than a class declaration")
        if ci.dynamic_parent or ci.builtin_parent is not None:
            raise AssertionError("scalar replacement: `new` of a class with a superclass")
        node = self.func_nodes.get(ci.ctor)     # None: the class has no constructor of its own
        sig = self.direct_sig(node) if node is not None else None
        self_code = self.ready_class(fl, fl.read_var(v, e.callee), ci.shown or ci.name)
        if sig is not None and len(e.arguments) == len(sig[0]):
            args = " ".join(typed_args(fl, node, e.arguments, sig))
        else:
            sig = None
            args, _ = fl.args(e.arguments)
            if args is None:
                raise AssertionError("scalar replacement: `new` with spread arguments")
        fname = self.scalar_ctor(ci, node if node is not None else ci.node, t.name, sig)
        sets = " ".join(f"(local.set {sc.slots[f.name]})" for f in reversed(t.fields))
        return f"(call {fname} {self_code} (ref.null any) {args}) {sets}"

    def scalar_ctor(self, ci: ClassInfo, node: Any, tname: str, sig: Optional[tuple]) -> str:
        key = (ci.ctor, tname, sig is not None)
        name = self.scalar_ctors.get(key)
        if name is None:
            name = self.scalar_ctors[key] = f"{ci.ctor}.sr{len(self.scalar_ctors)}"
            self.pending.append((node, name, "ctor-scalar", (ci, tname, sig)))
        return name

    def lower_scalar_ctor(self, node: Any, fname: str, ci: ClassInfo, tname: str, sig: Optional[tuple]) -> str:
        """C's constructor with `this` scalar-replaced: (self, this, arguments) ->
        the fields of `this`, in the struct type's order."""
        fi = self.resolver.funcs[id(node)]
        if node is ci.node:   # no constructor of its own: the field initialisers
            fl = FunctionLowering(self, fi, fname, "ctor", ci)
            body = "\n".join([scalar.ctor_this(fl, tname), self.field_inits(fl, ci), scalar.ctor_return(fl)])
        else:
            fl, body = self.lower_typed(node, fi, fname, "ctor", ci, sig,
                                        setup=lambda fl: scalar.ctor_this(fl, tname))
        if sig is not None:
            params = " ".join(f"(param $p{i} {sig_wasm(pt)})" for i, pt in enumerate(sig[0]))
        else:
            params = CODE_ARGS
        results = " ".join(self.field_wasm_type(f) for f in self.struct_of(tname).fields)
        return self.emit_func(fname, fl, body, f"(param $self (ref $Fn)) (param $this anyref) {params}"
                                               f"{' (result ' + results + ')' if results else ''}")

    # scalar passing (see codegen/passing.py) ----------------------------------------
    def function_at(self, key: tuple) -> Any:
        """The function node the plan names by (file, line, column)."""
        if self._function_locs is None:
            self._function_locs = {}
            for fi in self.resolver.funcs.values():
                node = fi.node
                if node is None or getattr(node, "_start", None) is None:
                    continue
                loc = self.units[fi.file_index].source.location(node._start, node._start + 1)
                self._function_locs[(loc.file, loc.line, loc.column)] = node
        return self._function_locs.get(key)

    def passing_variant(self, node: Any, positions: tuple, rv: Optional[str] = None) -> tuple[str, tuple]:
        """(name, (parameter types, result type)) of node's copy taking the fields of
        a scalar object at each of `positions` ((position, struct type) pairs,
        -1 for `this`) and, when rv names a struct type, returning its fields; the
        parameter type of a scalar position is unused."""
        key = (id(node), positions, rv)
        got = self.passing_variants.get(key)
        if got is not None:
            return got
        base = self.func_names.get(id(node))
        if base is None:   # a nested function or literal method not reached yet: as its closure would be
            base = self.function(node)
        kind, cls = self.func_kinds[base]
        sig = self.direct_sig(node) or (tuple("anyref" for _ in node.params), "anyref")
        name = f"{base}.p{len(self.passing_variants)}"
        self.passing_variants[key] = (name, sig)
        self.pending.append((node, name, "passing", (kind, cls, dict(positions), sig, rv)))
        return name, sig

    def lower_passing(self, node: Any, fname: str, kind: str, cls, positions: dict, sig: tuple,
                      rv: Optional[str]) -> str:
        fi = self.resolver.funcs[id(node)]
        params = ["(param $self (ref $Fn))"]

        def slots(prefix: str, tname: str) -> scalar.ScalarObj:
            sc = scalar.ScalarObj(tname)
            for j, f in enumerate(self.struct_of(tname).fields):
                sc.slots[f.name] = f"{prefix}.{j}"
                params.append(f"(param {prefix}.{j} {self.field_wasm_type(f)})")
            return sc

        this_sc = slots("$this", positions[-1]) if -1 in positions else None
        if this_sc is None:
            params.append("(param $this anyref)")
        param_sc = {}
        param_fn = {}
        for i, p in enumerate(node.params):
            if i in positions and positions[i].startswith("fn:"):   # a passed literal's captures
                ps, param_fn[i] = closure_passing.params(self, positions[i], i)
                params.extend(ps)
            elif i in positions:
                param_sc[i] = slots(f"$p{i}", positions[i])
            else:
                params.append(f"(param $p{i} {sig_wasm(sig[0][i])})")

        def setup(fl) -> str:
            fl.scalar_this = this_sc
            fl.rv = rv
            for i, sc in param_sc.items():
                fl.scalar_vars[id(fl.var_of(node.params[i]))] = sc
            for i, pc in param_fn.items():
                fl.closure_vars[id(fl.var_of(node.params[i]))] = pc
            return ""
        fl, body = self.lower_typed(node, fi, fname, kind, cls, sig, setup=setup)
        results = " ".join(self.field_wasm_type(f) for f in self.struct_of(rv).fields) if rv else sig[1]
        return self.emit_func(fname, fl, body, " ".join(params) + (f" (result {results})" if results else ""))

    def construct_dynamic(self, fl: FunctionLowering, e: Any) -> str:
        """`new f(...)` where f is known only at run time: the plan's struct type
        when f is the class the plan says, otherwise a dictionary object."""
        site = self.site_of(fl.fi.file_index, e)
        f = fl.local("(ref null $Fn)")
        code = [f"(local.set {f} (call $ctor_of {fl.expr_any(e.callee)} {self.string(_callee_text(e.callee))}))"]
        alloc = f"(call {self.mark(site)}$map_new (ref.as_non_null (struct.get $Fn $cls (local.get {f}))))"
        t = self.struct_of(site.type) if site is not None and site.representation in ("struct", "scalar") \
            and site.type else None
        owners = self.struct_classes(site.type) if t is not None else []
        if t is not None and site.class_name and len(owners) == 1:
            ci = owners[0]
            defaults = self.struct_defaults(t)
            alloc = (f"(if (result anyref) (ref.eq (struct.get $Fn $cls (local.get {f})) (global.get {ci.desc})) "
                     f"(then (struct.new {self.mark(site)}{self.wt(t.name)} (global.get {ci.desc}) (i32.const 0) {defaults})) (else {alloc}))")
        elif t is not None:
            # several classes construct here with one layout (`new this(...)` in a static
            # method, `new C(...)` of a class parameter): the plan's type, headed by
            # whichever class is constructed
            defaults = self.struct_defaults(t)
            alloc = (f"(struct.new {self.mark(site)}{self.wt(t.name)} (ref.as_non_null (struct.get $Fn $cls (local.get {f}))) "
                     f"(i32.const 0) {defaults})")
        argc, arr = fl.args(e.arguments)
        if argc is None:
            made = f"(block (result anyref) {' '.join(code)} (call $construct_spread (ref.as_non_null (local.get {f})) {alloc} {arr}))"
        else:
            made = (f"(block (result anyref) {' '.join(code)} (call_indirect $codes (type $Code) (ref.as_non_null (local.get {f})) {alloc} {argc} "
                    f"(struct.get $Fn $code (ref.as_non_null (local.get {f})))))")
        if "stack" not in self.written_keys and self.has_error_subclass():
            return f"(call $error_finish_if {made})"   # (an error subclass imported from another file: error_finish)
        return made

    def has_error_subclass(self) -> bool:
        """Does the program declare a class extending a built-in error class?"""
        if not hasattr(self, "_error_subclass"):
            self._error_subclass = any(
                c.superClass is not None and c.superClass.type == "Identifier" and c.superClass.name in ERROR_CLASSES
                and self.resolver.refs.get(id(c.superClass)) is None for c in self.class_nodes_all)
        return self._error_subclass

    def construct(self, fl: FunctionLowering, e: Any, ci: ClassInfo, fnvalue: str) -> str:
        site = self.site_of(fl.fi.file_index, e)
        if site is not None and site.id in self.plan.shared_sites:
            # one object for every run (analysis/shared_objects.py): the first run
            # constructs it, dead-zone test and all; later runs hand it out again
            g = shared_global(site.id)
            return (f"(block (result anyref) (if (ref.is_null (global.get {g})) "
                    f"(then (global.set {g} {self.construct_new(fl, e, ci, fnvalue, site)})) "
                    f"(else (nop (;@shared {site.id};)))) (global.get {g}))")
        return self.construct_new(fl, e, ci, fnvalue, site)

    def construct_new(self, fl: FunctionLowering, e: Any, ci: ClassInfo, fnvalue: str, site) -> str:
        obj = self.allocate(ci, site)
        fn = self.ready_class(fl, fnvalue, ci.shown or ci.name)
        direct = self.direct_call(fl, ci.ctor, fn, obj, e.arguments)
        if direct is not None:   # numbers reach the constructor unboxed
            return self.error_finish(ci, direct[0])
        argc, arr = fl.args(e.arguments)
        if argc is None:
            return self.error_finish(ci, f"(call $construct_spread {fn} {obj} {arr})")
        return self.error_finish(ci, f"(call {ci.ctor} {fn} {obj} {argc})")

    def error_finish(self, ci: ClassInfo, code: str) -> str:
        """An error's `stack` starts with `Name: message`. V8 writes it when it is
        first read, so a subclass constructor that sets `this.name` after `super()`
        shows in it; the build writes it again once `new` is done (unless the
        program writes a `stack` itself)."""
        if "stack" in self.written_keys:
            return code
        if ci.is_error():
            return f"(call $error_finish {code})"
        c = ci
        while c is not None and not c.dynamic_parent:
            c = c.parent
        return f"(call $error_finish_if {code})" if c is not None else code

    def allocate(self, ci: ClassInfo, site) -> str:
        if site is not None and site.representation in ("struct", "scalar") and site.type:
            t = self.struct_of(site.type)
            if t is not None:
                defaults = self.struct_defaults(t)
                return f"(struct.new {self.mark(site)}{self.wt(t.name)} (global.get {ci.desc}) (i32.const 0) {defaults})"
        return f"(call {self.mark(site)}$map_new (global.get {ci.desc}))"

    def new_error(self, fl: FunctionLowering, e: Any, name: str) -> str:
        site = self.site_of(fl.fi.file_index, e)
        argc, arr = fl.args(e.arguments)
        if argc is None:
            raise Unsupported(e, "spread arguments to an Error constructor")
        if site is not None and site.representation in ("struct", "scalar") and site.type:
            t = self.struct_of(site.type)
            defaults = self.struct_defaults(t)
            obj = f"(struct.new {self.mark(site)}{self.wt(t.name)} (global.get $cls_{name}) (i32.const 0) {defaults})"
        else:
            obj = f"(call {self.mark(site)}$map_new (global.get $cls_{name}))"
        tmp = fl.local("anyref")
        return f"(block (result anyref) (local.set {tmp} {obj}) (call $error_init (local.get {tmp}) {argc}) (local.get {tmp}))"

    def new_collection(self, fl: FunctionLowering, e: Any, name: str) -> str:
        """`new Map(entries?)` / `new Set(values?)`: a $JSMap / $JSSet (codegen/collections.wat)."""
        if any(a.type == "SpreadElement" for a in e.arguments):
            raise Unsupported(e, f"spread arguments to `new {name}`")
        create = f"(call {self.mark(self.site_of(fl.fi.file_index, e))}${name.lower()}_create)"
        if not e.arguments:
            return create
        return f"(call $coll_fill {create} {fl.expr_any(e.arguments[0])})"

    def new_date(self, fl: FunctionLowering, e: Any) -> str:
        """`new Date()` (now) or `new Date(ms)`: a $DateObj (codegen/builtins.wat). A
        date from text or from local-time parts depends on parsing and the time
        zone: refused (text at run time)."""
        args = e.arguments
        if len(args) > 1 or any(a.type == "SpreadElement" for a in args):
            raise Unsupported(e, "`new Date` with other than one number (a date from local-time parts)")
        a0 = fl.expr_any(args[0]) if args else "(ref.null any)"
        return f"(call {self.mark(self.site_of(fl.fi.file_index, e))}$date_new (i32.const {len(args)}) {a0})"

    def new_typed(self, fl: FunctionLowering, e: Any, name: str) -> str:
        """`new Float64Array(n | array | typedArray)`: an $Arr of that kind
        (codegen/typed_arrays.wat); no ArrayBuffer is modelled."""
        args = e.arguments
        if any(a.type == "SpreadElement" for a in args):
            raise Unsupported(e, f"spread arguments to `new {name}`")
        if len(args) > 1:
            raise Unsupported(args[1], f"`new {name}(buffer, byteOffset, length)`: typed arrays over an ArrayBuffer")
        site = self.site_of(fl.fi.file_index, e)
        if site is not None and site.representation != "array":
            # (the plan and the build agree: a typed array is an array site or refused)
            why = f": {site.deopt[0].message} (line {site.deopt[0].location.line})" if site.deopt else ""
            raise Unsupported(e, f"a typed array the plan makes a {site.representation}{why}")
        mark = self.mark(site)
        a0 = fl.expr_any(args[0]) if args else "(ref.null any)"
        return f"(call {mark}$ta_construct (i32.const {TYPED_KINDS[name]}) (i32.const {len(args)}) {a0})"

    def new_array(self, fl: FunctionLowering, e: Any) -> str:
        args = e.arguments
        mark = self.mark(self.site_of(fl.fi.file_index, e))
        if len(args) == 1:
            c, t = fl.expr(args[0])
            if t == "f64":
                return f"(call {mark}$array_ctor1 (call $box {c}))"
            return f"(call {mark}$array_ctor1 {fl.to_any(c, t)})"
        items = " ".join(fl.expr_any(a) for a in args)
        if not args:
            return f"(call {mark}$arr_new (i32.const 0))"
        return f"(call {mark}$arr_of (array.new_fixed $Vals {len(args)} {items}))"

    # ------------------------------------------------------------------ globals of the host
    def builtin_global(self, name: str) -> Optional[str]:
        if name in ERROR_CLASSES or name in ("Object", "Array", "Function", "Date", "RegExp") or name in COLLECTION_CLASSES:
            return f"(global.get $fn_{name})"
        if name in CONVERSIONS:   # `xs.map(String)`, `xs.filter(Boolean)`, `xs.map(parseFloat)`
            return f"(global.get $fn_conv_{name})"
        return None

    def builtin_member(self, fl: FunctionLowering, e: Any):
        o = e.object
        if o.type == "Identifier" and fl.var_of(o) is None and not e.computed:
            p = e.property.name
            if o.name == "Math":
                if p in MATH_CONSTS:
                    return f64const(MATH_CONSTS[p]), "f64"
                if math_values.supported(p):   # a function object of the module (codegen/math_values.py)
                    self.math_values.add(p)
                    return f"(global.get {math_values.global_name(p)})", "any"
                raise Unsupported(e, f"`Math.{p}` as a value")
            if o.name == "Number":
                consts = {"MAX_SAFE_INTEGER": 9007199254740991.0, "MIN_SAFE_INTEGER": -9007199254740991.0,
                          "EPSILON": 2.0 ** -52, "MAX_VALUE": 1.7976931348623157e308, "MIN_VALUE": 5e-324,
                          "POSITIVE_INFINITY": float("inf"), "NEGATIVE_INFINITY": float("-inf"), "NaN": float("nan")}
                if p in consts:
                    return f64const(consts[p]), "f64"
                raise Unsupported(e, f"`Number.{p}` as a value")
            if o.name == "process" and p == "argv":
                # node's argv: the node binary, the script, then `shapescape run`'s arguments
                entry = self.units[self.entry_index].path if self.units else ""
                return f"(call $process_argv {self.string('node')} {self.string(entry)})", "any"
            if f"{o.name}.{p}" in math_values.VALUE_FUNCTIONS:   # (codegen/math_values.py)
                self.math_values.add(f"{o.name}.{p}")
                return f"(global.get {math_values.global_name(f'{o.name}.{p}')})", "any"
            if o.name in ("console", "JSON", "String", "Reflect", "process", "globalThis", "Symbol", "Promise"):
                raise Unsupported(e, f"`{o.name}.{p}` as a value")
            if f"{o.name}.{p}" in math_values.REFUSED_WHEN_CALLED:   # (codegen/math_values.py)
                self.math_values.add(f"{o.name}.{p}")
                self.string(f"{o.name}.{p}")   # (its refusal's text, in the table made before that code)
                return f"(global.get {math_values.global_name(f'{o.name}.{p}')})", "any"
            if p in BUILTIN_STATIC_METHODS.get(o.name, ()):
                # called, they are compiled; as values the runtime has no function for them
                raise Unsupported(e, f"`{o.name}.{p}` as a value (call it directly instead)")
        return None

    # ------------------------------------------------------------------ modules
    def is_commonjs(self, file_index: int) -> bool:
        u = self.units[file_index]
        return u.parsed.source_type != "module"

    def cjs_name(self, fl: FunctionLowering, name: str, node: Any) -> str:
        i = fl.fi.file_index
        if name == "module":
            return f"(global.get $module_{i})"
        if name == "exports":
            return f"(global.get $exports_{i})"
        raise Unsupported(node, "`require` used as a value (only `require('./file')` calls are compiled)")

    # ------------------------------------------------------------------ calls
    def call(self, fl: FunctionLowering, e: Any) -> tuple[str, str]:
        from .calls import lower_call
        return lower_call(self, fl, e)


# plan types an unboxed entry passes unboxed, and how the lowering names them
# keys every object inherits (Object.prototype's), and those an Error adds
_OBJECT_PROTO_KEYS = frozenset(OBJECT_PROTO) | {"constructor", "__proto__", "__defineGetter__", "__defineSetter__",
                                                "__lookupGetter__", "__lookupSetter__"}
_ERROR_PROTO_KEYS = frozenset({"name", "message"})

_UNBOXED_RESULT = {"f64": "f64", "i32": "i32"}
# a parameter may also be a number or undefined (see LOWERED); a result may not
_UNBOXED = {**_UNBOXED_RESULT, "f64|undefined": "f64u"}


# the names an object of a class finds on Object.prototype when its class chain
# has no such method
OBJECT_PROTO_KEYS = frozenset({"toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf",
                               "propertyIsEnumerable", "constructor", "__proto__", "__defineGetter__",
                               "__defineSetter__", "__lookupGetter__", "__lookupSetter__"})

# globals that are conversion functions when called without `new`; as values they
# are functions of the runtime ($conv_String...), `new String(...)` stays refused
CONVERSIONS = ("String", "Number", "Boolean", "parseInt", "parseFloat", "isNaN", "isFinite")


def callee_text(n: Any) -> Optional[str]:
    """A method call's callee as V8 names it in "X is not a function": names,
    `this`, `.key`, `[i]` and `[0]` (a string key as `.key`), a call's result
    as `f(...)`, a `new` as `(intermediate value)`; None for anything else."""
    if n.type == "Identifier":
        return n.name
    if n.type == "ThisExpression":
        return "this"
    if n.type == "NewExpression":
        return "(intermediate value)"
    if n.type == "CallExpression" and not getattr(n, "optional", False):
        inner = callee_text(n.callee)
        return None if inner is None else inner + "(...)"
    if n.type != "MemberExpression" or n.object.type == "Super":
        return None
    obj = callee_text(n.object)
    if obj is None:
        return None
    dot = "?." if getattr(n, "optional", False) else "."
    if n.property.type == "PrivateIdentifier":   # V8 writes `o.#f` as `o[#f]`
        return f"{obj}[#{n.property.name}]"
    if not n.computed:
        return obj + dot + n.property.name
    k = n.property
    if k.type == "Literal" and isinstance(k.value, str) and re.fullmatch(r"[A-Za-z_$][\w$]*", k.value):
        return obj + dot + k.value
    if k.type == "Literal" and isinstance(k.value, (int, float)) and not isinstance(k.value, bool) \
            and float(k.value).is_integer() and k.value >= 0:
        return f"{obj}{'?.' if dot == '?.' else ''}[{int(k.value)}]"
    if k.type == "Identifier":
        return f"{obj}{'?.' if dot == '?.' else ''}[{k.name}]"
    return None


def _callee_text(n: Any) -> str:
    if n.type == "Identifier":
        return n.name
    if n.type == "MemberExpression" and not n.computed:
        return _callee_text(n.object) + "." + n.property.name
    return "expression"


def _anonymous_function(v: Any) -> bool:
    """A function literal without a name of its own, named after where it is put."""
    return v.type in ("FunctionExpression", "ArrowFunctionExpression") and getattr(v, "id", None) is None


def typed_args(fl: FunctionLowering, node: Any, args: list, sig: tuple) -> list[str]:
    """The operands of a call of function `node` through its unboxed entry: each
    argument as its parameter's type, or a placeholder where the callee never
    reads the parameter and the argument cannot be seen (codegen/dead_args.py)."""
    return [dead_args.placeholder(t) if dead_args.skippable(fl, node, i, a) else fl.coerce(*fl.expr(a), LOWERED[t])
            for i, (a, t) in enumerate(zip(args, sig[0]))]
