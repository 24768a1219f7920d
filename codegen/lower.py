"""Lowering: JavaScript functions to WebAssembly GC function bodies (WAT text).

An expression lowers to a pair (code, type) where type is how the value sits
on the wasm stack: "f64" (a number), "i32" (a boolean), "str" (a (ref $Str))
or "any" (an anyref holding any JavaScript value, see runtime.wat). Numbers
and booleans stay unboxed until a value must become an anyref (a variable, a
field, an argument), so arithmetic allocates nothing.

Every JavaScript function becomes one wasm function of type $Code:
(self: the closure, this, argc, a0, a1, a2, rest: arguments past the third).
Property reads and writes with a constant name go through per-name
dispatchers (`$get_x`, `$set_x`, `$call_x`) that the module builder generates
from the plan: a `ref.test` chain over the struct types that have the field or
method, then the dictionary path for map objects. No name is looked up on the
struct path.
"""
from __future__ import annotations

import math
import struct
from typing import Any, Optional

from analysis.parse import children

from . import annex_b, arguments_object, class_env, dead_args, derived_this, int_ranges, string_builders, iter_messages, jsnum, private, regex_literals, reuse, scalar
from .resolve import FUNCTIONS, FuncInfo, Resolver, Unsupported, Var, is_null_literal, pattern_idents, static_member_key, text_point
from .typed_arrays import TYPED_KINDS

# how the lowering names the wasm value types of unboxed entries
LOWERED = {"f64": "f64", "i32": "i32", "anyref": "any", "f64u": "f64u"}
# "f64u": a typed parameter of numbers and undefined, an f64 like an f64|undefined
# field (UNDEF_F64 below); in an expression it is read as `(call $box_u X)`, "any"

MATH_UNARY_NATIVE = {"sqrt": "f64.sqrt", "floor": "f64.floor", "ceil": "f64.ceil", "abs": "f64.abs",
                     "trunc": "f64.trunc"}
MATH_HOST = {"sin": 1, "cos": 2, "tan": 3, "exp": 4, "log": 5, "atan": 6, "asin": 7, "acos": 8,
             "log2": 9, "log10": 10, "sinh": 11, "cosh": 12, "tanh": 13, "cbrt": 14, "expm1": 15,
             "log1p": 16, "atan2": 50, "pow": 51, "hypot": 52, "random": 60}
# the doubles nearest the constants, as ECMAScript specifies them (written out: the
# quotients 1/ln 10 and 1/ln 2 computed in doubles can miss by an ulp, and did)
MATH_CONSTS = {"PI": 3.141592653589793, "E": 2.718281828459045, "LN2": 0.6931471805599453,
               "LN10": 2.302585092994046, "LOG2E": 1.4426950408889634, "LOG10E": 0.4342944819032518,
               "SQRT2": 1.4142135623730951, "SQRT1_2": 0.7071067811865476}
# every object ($Obj) starts with its class descriptor and its identity hash
# ($oid: 0 until the object is first a key of a Map or Set, codegen/collections.wat);
# plan field i is wasm field i + FIELD0
FIELD0 = 2
# a closure's capture i is field FN_FIELDS + i of its $Fn when it has at most
# FN_INLINE captures, else slot i of its $env (codegen/module.py, NO_CAPTURES)
FN_FIELDS = 5
FN_INLINE = 4
NO_CAPTURES = " ".join(["(ref.null any)"] * FN_INLINE)   # the capture fields of a function without any
# undefined in an f64|undefined field or slot (codegen/runtime.wat, $box_u)
UNDEF_F64 = "(f64.const nan:0xbad)"
# The timeout's poll, at every user function's entry and loop iteration: the
# host's watchdog sets the byte and the program traps. Not wasmtime's epoch
# check, whose out-of-line call makes Cranelift keep a loop's f64 values in stack
# slots across the iteration (mandelbrot's inner loop ran at half speed); a trap
# does not return, so nothing has to survive it. The load is atomic: a plain one
# Cranelift may take as unchanged since the function's entry in a loop that
# stores nothing, and such a loop would never stop.
HALT_CHECK = "(if (i32.atomic.load8_u $halt (i32.const 0)) (then (unreachable)))"
UNDEF_BITS = "0x7ff0000000000bad"
BOX_U = "(call $box_u "
UNBOX_U = "(call $unbox_u "
# expressions whose generic operations name them in node's report of a TypeError
# the runtime raises there (reading a property of undefined, calling a non-function)
OP_SITES = frozenset(("MemberExpression", "CallExpression", "AssignmentExpression", "UpdateExpression",
                      "NewExpression", "VariableDeclarator"))

# Every global name a CommonJS script run by node 20 can read (the global object's
# own properties, listed by node 20 itself, and the module wrapper's parameters).
# A name outside it that nothing declares is a ReferenceError when read; a name in
# it that the build does not model is refused at build time.
NODE_SCRIPT_GLOBALS = frozenset("""
AbortController AbortSignal AggregateError Array ArrayBuffer Atomics BigInt BigInt64Array BigUint64Array Blob
Boolean BroadcastChannel Buffer ByteLengthQueuingStrategy CompressionStream CountQueuingStrategy Crypto CryptoKey
CustomEvent DOMException DataView Date DecompressionStream Error EvalError Event EventTarget File
FinalizationRegistry Float32Array Float64Array FormData Function Headers Infinity Int16Array Int32Array Int8Array
Intl JSON Map Math MessageChannel MessageEvent MessagePort NaN Number Object Performance PerformanceEntry
PerformanceMark PerformanceMeasure PerformanceObserver PerformanceObserverEntryList PerformanceResourceTiming
Promise Proxy RangeError ReadableByteStreamController ReadableStream ReadableStreamBYOBReader
ReadableStreamBYOBRequest ReadableStreamDefaultController ReadableStreamDefaultReader ReferenceError Reflect RegExp
Request Response Set SharedArrayBuffer String SubtleCrypto Symbol SyntaxError TextDecoder TextDecoderStream
TextEncoder TextEncoderStream TransformStream TransformStreamDefaultController TypeError URIError URL
URLSearchParams Uint16Array Uint32Array Uint8Array Uint8ClampedArray WeakMap WeakRef WeakSet WebAssembly
WritableStream WritableStreamDefaultController WritableStreamDefaultWriter atob btoa clearImmediate clearInterval
clearTimeout console crypto decodeURI decodeURIComponent encodeURI encodeURIComponent escape eval fetch global
globalThis isFinite isNaN parseFloat parseInt performance process queueMicrotask setImmediate setInterval
setTimeout structuredClone undefined unescape
require module exports __dirname __filename arguments
""".split())

ERROR_CLASSES = ("Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError")


def _f64_const(code: str) -> Optional[float]:
    """The value of code when it is one `(f64.const X)` (as f64const writes it), or None."""
    if not (code.startswith("(f64.const ") and code.endswith(")")) or code.count("(") != 1:
        return None
    text = code[len("(f64.const "):-1]
    if text in ("nan", "inf", "-inf"):
        return float(text)
    try:
        return float.fromhex(text)
    except ValueError:
        return None


def _sole_operand(code: str, head: str) -> Optional[str]:
    """X when code is exactly `(head X)`: one instruction applied to one operand."""
    if not (code.startswith("(" + head + " ") and code.endswith(")")):
        return None
    depth = 0
    for i, c in enumerate(code):
        depth += c == "("
        depth -= c == ")"
        if depth == 0 and i != len(code) - 1:
            return None
    return code[len(head) + 2:-1]


def _int32_of(code: str) -> Optional[str]:
    """An i32 of the same number when the f64 code is exactly an int32 made
    into a number (a bit operation's result) or an integer constant in int32's
    range, else None. Comparing two such numbers as i32 gives the same answer as
    comparing them as f64 (-0 is 0 either way), and ToInt32 of one is the i32."""
    inner = _sole_operand(code, "f64.convert_i32_s")
    if inner is not None:
        return inner
    x = _f64_const(code)
    if x is not None and math.isfinite(x) and x == int(x) and -2147483648 <= x <= 2147483647:
        return f"(i32.const {int(x)})"
    return None


def _declared_init(init: Any, is_v) -> Optional[Any]:
    """The initial value a for's `let`/`const` head gives the variable is_v accepts, or None."""
    if init is None or init.type != "VariableDeclaration" or init.kind == "var":
        return None
    for d in init.declarations:
        if d.id.type == "Identifier" and is_v(d.id):
            return d.init
    return None


def _exact_int32(code: str) -> Optional[str]:
    """Like _int32_of, but None for the constant -0, which is not an int32:
    the i32 for a value an int32 local stores."""
    x = _f64_const(code)
    if x == 0 and math.copysign(1.0, x) < 0:
        return None
    return _int32_of(code)


def sig_wasm(t: str) -> str:
    """The wasm type of a typed parameter (a direct signature's entry)."""
    return "f64" if t == "f64u" else t


def _one_char_literal(e: Any) -> Optional[int]:
    """The UTF-16 code unit of a string literal one code unit long, else None."""
    if e is None or e.type != "Literal" or not isinstance(e.value, str) or getattr(e, "regex", None) is not None:
        return None
    units = e.value.encode("utf-16-le", "surrogatepass")
    return int.from_bytes(units, "little") if len(units) == 2 else None


def _number_or_undefined(code: str, t: str) -> bool:
    """Is (code, t) statically a number or undefined: f64, undefined itself, or an
    f64|undefined read ($box_u of its storage)?"""
    return t == "f64" or (t == "any" and (code == "(ref.null any)" or _box_u_inner(code) is not None))


def _box_u_inner(code: str) -> Optional[str]:
    """X when code is exactly `(call $box_u X)` (an f64|undefined field read)."""
    if code.startswith(BOX_U) and code.endswith(")") and _balanced(code[len(BOX_U):-1]):
        return code[len(BOX_U):-1]
    return None


def _balanced(code: str) -> bool:
    depth = 0
    for ch in code:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            return False
    return depth == 0


# array literals longer than this are filled element by element (e_ArrayExpression)
FIXED_ELEMENTS = 64


def _number_literal(e: Any, is_global: Any) -> Optional[float]:
    """The value of a number literal or of the global `NaN` or `Infinity`, or of `-`
    before one, or None; is_global(identifier): does it name node's global?"""
    neg = e.type == "UnaryExpression" and e.operator == "-"
    lit = e.argument if neg else e
    if lit.type == "Identifier" and lit.name in ("NaN", "Infinity") and is_global(lit):
        x = float(lit.name.lower().replace("infinity", "inf"))
    elif lit.type != "Literal" or isinstance(lit.value, bool) or not isinstance(lit.value, (int, float)) \
            or getattr(lit, "regex", None) is not None:
        return None
    else:
        x = float(lit.value)
    return -x if neg else x


def _f64_literal(code: str) -> Optional[float]:
    """The value of `(f64.const X)` or `(f64.neg (f64.const X))` (a negative literal), or None."""
    x = _f64_const(code)
    if x is None and code.startswith("(f64.neg (f64.const ") and code.endswith("))"):
        x = _f64_const(code[len("(f64.neg "):-1])
        return None if x is None else -x
    return x


def _small_int_const(code: str) -> Optional[int]:
    """The value of an `(f64.const X)` that $box makes an i31 (an integer of 31
    bits, not -0), or None."""
    x = _f64_const(code)
    if x is None or (x != int(x) if math.isfinite(x) else True):
        return None
    if not -1073741824 <= x <= 1073741823 or (x == 0 and math.copysign(1.0, x) < 0):
        return None
    return int(x)


def f64const(x: float) -> str:
    if math.isnan(x):
        return "(f64.const nan)"
    if math.isinf(x):
        return "(f64.const inf)" if x > 0 else "(f64.const -inf)"
    return f"(f64.const {float(x).hex()})"


# expressions whose value is an object whatever happens (a write to it never meets a primitive)
_OBJECT_SYNTAX = frozenset({"ObjectExpression", "ArrayExpression", "NewExpression", "FunctionExpression",
                            "ArrowFunctionExpression", "ClassExpression"})


class Ctl:
    """A jump target: a loop, a labelled statement, a switch, or the function."""

    def __init__(self, kind: str, labels: list, brk: str, cont: Optional[str], finally_depth: int):
        self.kind = kind
        self.labels = labels
        self.brk = brk
        self.cont = cont
        self.finally_depth = finally_depth


class FunctionLowering:
    def __init__(self, mod, fi: FuncInfo, name: str, kind: str = "function", cls=None):
        self.mod = mod
        self.fi = fi
        self.res: Resolver = mod.resolver
        self.name = name
        self.kind = kind                  # function | method | ctor | file | field
        self.cls = cls                    # ClassInfo for methods and constructors
        self.locals: list[tuple[str, str]] = []
        self.counter = 0
        self.ctl: list[Ctl] = []
        self.finalizers: list[Any] = []   # finally blocks around the current position
        self.label_pending: list[str] = []
        self.static = False               # a static method: `super` is the parent class
        self.f64_vars: set = set()        # ids of Vars kept unboxed in f64 locals
        self.u64_vars: set = set()        # ids of Vars of numbers and undefined, in f64 locals (see LOWERED)
        self.u64_checked: set = set()     # those of them that are let/const/var locals, not typed parameters
        self.violations: set = set()      # f64 candidates written with a non-number
        self.sb_vars: set = set()         # ids of string variables kept as builders (codegen/string_builders.py)
        self.sb_violations: set = set()   # ... used otherwise than that allows
        self.u_writes: set = set()        # f64 candidates written only with numbers and undefined
        self.u_violations: set = set()    # ... and those written with anything else
        # ids of Vars (f64 candidates too) kept in i32 locals: every write is
        # statically an int32 (codegen/int_ranges.py); those written otherwise
        self.i32_vars: set = set()
        self.int_violations: set = set()
        self.int_ranges: dict = {}        # id(Var) of an int32 local -> its range where a loop test bounds it
        # ids of Vars kept in a typed local (ref null $T) -> plan struct type: the plan
        # proves their values are objects of type $T or undefined (the wasm null, as in
        # every dynamic value); written through one cast, used with none
        self.ref_vars: dict = {}
        self.ref_locals: dict = {}        # their wasm locals -> plan struct type
        self.ref_hits: set = set()        # the typed locals some field or element access used
        self.ref_excluded: set = set()    # wasm locals not to type (lowered once, no use gained)
        self.this_typed: Optional[tuple[str, str]] = None   # (local, wasm type) of a typed `this`
        self.direct: Optional[tuple] = None   # (param wasm types, result wasm type) of an unboxed entry
        self.typed_updates: dict = {}
        self.chains: list[str] = []   # labels of the optional chains being lowered, innermost last
        self.scalar_vars: dict = {}   # id(Var) -> ScalarObj: a variable holding a scalar-replaced object
        # id(Var) -> PassedClosure: a parameter of a copy that receives a literal's
        # captures instead of its closure (codegen/closure_passing.py)
        self.closure_vars: dict = {}
        self.scalar_this = None       # ScalarObj: `this` of a constructor specialised for scalar replacement
        self.seeded: set = set()      # ids of the parameter variables kept as fields, loaded on entry
        self.reuse: dict = {}         # id(ArrayExpression) -> (local, site id) of reusable array literals (codegen/reuse.py)
        self.rv: Optional[str] = None  # struct type whose fields this copy returns (codegen/passing.py)
        self.lifted = False           # captures are parameters $k0, $k1, ..., not environment slots (Module.lifted)
        self.strict: Optional[bool] = None   # strict mode code (Module.is_strict), found on first need

    # ------------------------------------------------------------------ locals
    def local(self, wtype: str, hint: str = "t") -> str:
        self.counter += 1
        n = f"${hint}{self.counter}"
        self.locals.append((n, wtype))
        return n

    def declare_local(self, name: str, wtype: str) -> None:
        self.locals.append((name, wtype))

    # ------------------------------------------------------------------ variables
    def var_of(self, ident: Any) -> Optional[Var]:
        return self.res.refs.get(id(ident))

    def read_var(self, v: Var, at: Any = None) -> str:
        """v's value as anyref. `at`: the identifier read, for the temporal dead
        zone's test when the text does not decide it (tdz_risk)."""
        code = self.raw_read(v)
        if at is not None and self.tdz_risk(v, at):
            tmp = self.local("anyref")
            return (f"(block (result anyref) (local.set {tmp} {code}) "
                    f"{self.tdz_test(v, f'(local.get {tmp})')} (local.get {tmp}))")
        return code

    def tdz_risk(self, v: Var, at: Any) -> bool:
        """May this access to v run before v's declaration has, where the text does
        not decide it (codegen/resolve.py, "The temporal dead zone")? Then v holds
        the `$uninit` marker until its declaration runs, and the access tests it."""
        if v.kind not in ("let", "const", "class"):
            return False
        if v.kind == "class" and self.in_class_body(v):
            return False   # its own methods and initialisers run only once it is bound
        if v.owner is None:
            return self.mod.starts_uninitialised(v) and \
                not (self.kind == "file" and self.fi is self.mod.file_infos[v.file_index])
        if v.owner is self.fi:
            return v.tdz_cell and not v.set_before(at)
        return v.tdz_captured

    def in_class_body(self, v: Var) -> bool:
        """Is this function one of class v's members, or nested in one?"""
        return self.own_class(v) is not None

    def own_class(self, v: Var) -> Any:
        """The class whose binding v is, when this function is one of its members or
        nested in one; else None."""
        f = self.fi
        while f is not None:
            if f.member_of is not None and f.member_of.id is v.decl:
                return f.member_of
            f = f.parent
        return None

    def tdz_guard(self, e: Any) -> str:
        """For an identifier read before other code uses its binding without
        reading it (a static field's mirror): the dead zone's test, or ""."""
        v = self.var_of(e) if e.type == "Identifier" else None
        if v is None or not self.tdz_risk(v, e):
            return ""
        return self.tdz_test(v, self.raw_read(v))

    def tdz_test(self, v: Var, value: str) -> str:
        """A statement: node's ReferenceError when value, v's content, is `$uninit`."""
        return f"(if (ref.eq (ref.cast eqref {value}) (global.get $uninit)) (then {self.tdz_error(v.name)}))"

    def tdz_error(self, name: str) -> str:
        """Throw node's ReferenceError for an access to `name` before its declaration ran."""
        text = f"Cannot access '{name}' before initialization"
        return f"(throw $exn (call $make_error (global.get $cls_ReferenceError) {self.mod.string(text)}))"

    def raw_read(self, v: Var) -> str:
        if id(v) in self.closure_vars:
            raise AssertionError("closure passing: a parameter that receives a literal's captures is read "
                                 "other than by calling it or passing it on")
        if v.owner is not None and v.owner is not self.fi and id(v) not in self.fi.free_index:
            c = self.own_class(v)
            if c is not None:   # a class's own name in its body (resolve.py, _classes_open): the class
                return f"(struct.get $Class $ctor (global.get {self.mod.class_info(c, self).desc}))"
        if v.owner is None:
            if id(v) in self.mod.number_globals:
                return f"(call $box (global.get {v.wasm}))"
            return f"(global.get {v.wasm})"
        if v.owner is self.fi:
            if v.in_cell:
                return f"(struct.get $Cell 0 (ref.as_non_null (local.get {v.wasm})))"
            if id(v) in self.sb_vars:
                return string_builders.read(self, v)
            return f"(local.get {v.wasm})"
        if v.by_value:
            return self.env_slot(v)
        return f"(struct.get $Cell 0 (ref.cast (ref $Cell) {self.env_slot(v)}))"

    def unboxed_local(self, v: Var) -> Optional[tuple[str, str]]:
        """The read of v's own local, as a lowered (code, type), when v is kept
        unboxed there (an f64 local, or an f64|undefined parameter); else None."""
        if id(v) in self.i32_vars:
            return f"(f64.convert_i32_s (local.get {v.wasm}))", "f64"
        if id(v) in self.f64_vars:
            return f"(local.get {v.wasm})", "f64"
        if id(v) in self.mod.number_globals:
            return f"(global.get {v.wasm})", "f64"
        if id(v) in self.u64_vars:
            return f"{BOX_U}(local.get {v.wasm}))", "any"
        return None

    def store_var(self, v: Var, code: str, t: str) -> str:
        """Write a typed value: unboxed into an f64 local when the variable is one
        (an i32 one when it is an int32 local and the value statically an int32)."""
        if id(v) in self.sb_vars:
            return string_builders.store(self, v, code, t)
        if id(v) in self.i32_vars:
            i = _exact_int32(code) if t == "f64" else None
            if i is not None:
                return f"(local.set {v.wasm} {i})"
            self.int_violations.add(id(v))
            if t != "f64":
                self.violations.add(id(v))
                self.note_u_write(v, code, t)
            # (never kept: the function is lowered again with v an f64 local)
            return f"(local.set {v.wasm} (i32.trunc_sat_f64_s {self.to_f64(code, t)}))"
        if id(v) in self.u64_vars:
            self.note_u_write(v, code, t)
            return f"(local.set {v.wasm} {self.to_u(code, t)})"
        if id(v) in self.f64_vars:
            if t != "f64":
                self.violations.add(id(v))
                self.note_u_write(v, code, t)
            return f"(local.set {v.wasm} {self.to_f64(code, t)})"
        if id(v) in self.mod.number_globals:   # the plan proves the value a number
            return f"(global.set {v.wasm} {self.to_f64(code, t)})"
        return self.write_var(v, self.to_any(code, t))

    def note_u_write(self, v: Var, code: str, t: str) -> None:
        """Record whether a write to a local candidate for f64 (or f64|undefined)
        storage is statically a number or undefined: a number, undefined itself,
        or a value in f64|undefined storage ($box_u of it). Anything else, even
        what the plan proves a number or undefined, keeps the local dynamic
        (ModuleBuilder.lower_typed)."""
        if id(v) in self.u64_vars and id(v) not in self.u64_checked:
            return   # a typed parameter: the plan proves every value it holds
        if t == "f64u" or _number_or_undefined(code, t):
            self.u_writes.add(id(v))
        else:
            self.u_violations.add(id(v))

    def write_var(self, v: Var, code: str, at: Any = None) -> str:
        """Store anyref code into v. `at`: the identifier assigned, for the temporal
        dead zone's test, which comes after the value is computed (as in node)."""
        if at is not None and self.tdz_risk(v, at):
            tmp = self.local("anyref")
            return (f"(local.set {tmp} {code})\n{self.tdz_test(v, self.raw_read(v))}\n"
                    f"{self.raw_write(v, f'(local.get {tmp})')}")
        return self.raw_write(v, code)

    def raw_write(self, v: Var, code: str) -> str:
        if id(v) in self.sb_vars:   # a write not known to be a string (never kept)
            self.sb_violations.add(id(v))
            return "(nop)"
        if id(v) in self.i32_vars:   # (never kept, as in store_var)
            self.int_violations.add(id(v))
            self.violations.add(id(v))
            self.note_u_write(v, code, "any")
            return f"(local.set {v.wasm} (i32.trunc_sat_f64_s (call $tonum {code})))"
        if id(v) in self.u64_vars:
            self.note_u_write(v, code, "any")
            return f"(local.set {v.wasm} {self.to_u(code, 'any')})"
        if id(v) in self.f64_vars:
            self.violations.add(id(v))
            self.note_u_write(v, code, "any")
            return f"(local.set {v.wasm} (call $tonum {code}))"
        tname = self.ref_vars.get(id(v))
        if tname is not None:
            return f"(local.set {v.wasm} {self.mod.cast_or_undefined(self, tname, code)})"
        if v.owner is None:
            if id(v) in self.mod.number_globals:
                return f"(global.set {v.wasm} (call $tonum {code}))"
            return f"(global.set {v.wasm} {code})"
        if v.owner is self.fi:
            if v.in_cell:
                return f"(struct.set $Cell 0 (ref.as_non_null (local.get {v.wasm})) {code})"
            return f"(local.set {v.wasm} {code})"
        # a variable of an enclosing function written here is never by value (resolve.py)
        return f"(struct.set $Cell 0 (ref.cast (ref $Cell) {self.env_slot(v)}) {code})"

    def init_var(self, v: Var, code: str) -> str:
        """A declaration's binding. A captured block-scoped variable's cell was made
        on entry to its block (fresh on each entry, so each loop iteration has its
        own); catch parameters get theirs here. A variable captured by value is a
        plain local."""
        if v.owner is self.fi and v.in_cell and v.kind == "catch":
            return f"(local.set {v.wasm} (struct.new $Cell {code}))"
        return self.write_var(v, code)

    def cell_ref(self, v: Var) -> str:
        """What a closure's environment holds for a captured variable: its cell, or
        its value (boxed, when unboxed here) when it is captured by value."""
        if v.owner is self.fi:
            if v.by_value:
                return self.to_any(*(self.unboxed_local(v) or (f"(local.get {v.wasm})", "any")))
            return f"(ref.as_non_null (local.get {v.wasm}))"
        field = getattr(v.owner, "node", None) if v.kind == "this" else None
        if getattr(field, "type", None) == "FieldInit":
            # an arrow in a field initialiser (`onClick = () => this.x`): the initialiser
            # runs inside the constructor, whose `this` is the instance
            if field.m.static or self.kind != "ctor":
                raise Unsupported(field.m, "an arrow function reading `this` in a static field initialiser")
            return "(local.get $this)" if v.by_value else "(struct.new $Cell (local.get $this))"
        return self.env_slot(v)

    def env_slot(self, v: Var) -> str:
        """The cell (or, by value, the value) of a variable of an enclosing
        function, from this closure's environment (a class member's: from its
        class's, codegen/class_env.py)."""
        got = class_env.slot(self, v)
        if got is not None:
            return got
        idx = self.fi.free_index[id(v)]
        if self.lifted:
            return f"(local.get $k{idx})"
        if len(self.fi.free) <= FN_INLINE:
            return f"(struct.get $Fn {FN_FIELDS + idx} (local.get $self))"
        return f"(array.get $Vals (ref.as_non_null (struct.get $Fn $env (local.get $self))) (i32.const {idx}))"

    # ------------------------------------------------------------------ coercions
    def to_any(self, code: str, t: str) -> str:
        if t == "f64":
            small = _small_int_const(code)
            if small is not None:   # boxed here, as $box would: an i31
                return f"(ref.i31 (i32.const {small}))"
            x = _f64_literal(code)
            if x is not None:   # any other constant (-1.5, -0, NaN): boxed here, as $box would
                small = _small_int_const(f64const(x))
                if small is not None:
                    return f"(ref.i31 (i32.const {small}))"
                return f"(struct.new $Num {f64const(x)})"
            return f"(call $box {code})"
        if t == "i32":
            if code in ("(i32.const 0)", "(i32.const 1)"):
                return "(global.get $true)" if code == "(i32.const 1)" else "(global.get $false)"
            return f"(call $bool {code})"
        inner = _box_u_inner(code)
        if inner is not None and inner.startswith(UNBOX_U) and _balanced(inner[len(UNBOX_U):-1]):
            # a read the plan proves a number or undefined, wanted as a dynamic value
            # (`a[i] = b[j]`): the value read, not a new box of its f64 (expr)
            return inner[len(UNBOX_U):-1]
        return code

    def to_f64(self, code: str, t: str) -> str:
        if t == "f64":
            return code
        inner = _box_u_inner(code)
        if inner is not None:   # an f64|undefined field read: no box, undefined is NaN
            return f"(call $u_num {inner})"
        typed = self.mod.numeric_getter(code)
        if typed is not None:
            return typed
        if t == "i32":
            return f"(f64.convert_i32_u {code})"
        if t == "str":
            return f"(call $str_to_num {code} (i32.const 0) (i32.const 10))"
        return f"(call $tonum {code})"

    def to_bool(self, code: str, t: str) -> str:
        if t == "i32":
            return code
        if t == "f64":
            return f"(call $ftruthy {code})"
        inner = _box_u_inner(code)
        if inner is not None:   # undefined's NaN is falsy, as undefined is
            return f"(call $ftruthy {inner})"
        if t == "str":
            return f"(i32.ne (array.len {code}) (i32.const 0))"
        # a boolean (a $Bool) is tested inline; any other value asks the runtime
        done, other = self.label("bool"), self.label("other")
        return (f"(block {done} (result i32) (call $truthy (block {other} (result anyref) "
                f"(br {done} (struct.get $Bool 0 (br_on_cast_fail {other} anyref (ref $Bool) {code}))))))")

    def to_str(self, code: str, t: str) -> str:
        if t == "str":
            return code
        if t == "f64":
            return f"(call $num_to_str {code})"
        if t == "i32":
            return f"(select (result (ref $Str)) (global.get $s_true) (global.get $s_false) {code})"
        return f"(call $tostr {code})"

    def to_int(self, code: str, t: str) -> str:
        if t == "f64":
            # a bit operation's result is already its ToInt32 (an unsigned one's
            # bits are too: ToInt32 wraps them to the same i32)
            inner = _sole_operand(code, "f64.convert_i32_s") or _sole_operand(code, "f64.convert_i32_u")
            if inner is not None:
                return inner
            constant = _f64_const(code)
            if constant is not None:   # a constant's ToInt32, computed here
                return f"(i32.const {jsnum.to_int32(constant)})"
            # inside ±2^31 ToInt32 is truncation; the runtime wraps the rest
            x = self.local("f64")
            return (f"(if (result i32) (f64.lt (f64.abs (local.tee {x} {code})) (f64.const 2147483648)) "
                    f"(then (i32.trunc_sat_f64_s (local.get {x}))) (else (call $toint32 (local.get {x}))))")
        if t == "i32":
            return code
        return f"(call $toint {code})"

    def to_u(self, code: str, t: str) -> str:
        """code (of lowered type t, a number or undefined) as f64|undefined storage."""
        if t in ("f64", "f64u"):
            return code   # a number is never undefined's NaN; "f64u" is that storage
        inner = _box_u_inner(code)
        if inner is not None:
            return inner   # another f64|undefined, undefined kept
        if code == "(ref.null any)":
            return UNDEF_F64
        if t == "any":
            unboxed = self.mod.numeric_getter(code, undefined=True)
            if unboxed is not None:
                return unboxed
        return f"(call $unbox_u {self.to_any(code, t)})"

    def coerce(self, code: str, t: str, want: str) -> str:
        if want == "f64u":
            return self.to_u(code, t)
        if want == "any":
            return self.to_any(code, t)
        if want == "f64":
            return self.to_f64(code, t)
        if want == "i32":
            return self.to_bool(code, t)
        if want == "str":
            return self.to_str(code, t)
        raise AssertionError(want)

    def expr_any(self, e: Any) -> str:
        c, t = self.expr(e)
        return self.to_any(c, t)

    def expr_f64(self, e: Any) -> str:
        c, t = self.expr(e)
        return self.to_f64(c, t)

    def cond(self, e: Any) -> str:
        """e's truthiness as i32. Where only the truthiness is used, `a && b` and
        `a || b` need not make the value they would yield: each side is tested where
        it is (a typed call's i32 stays an i32, not a boolean boxed to be unboxed)."""
        if e.type == "LogicalExpression" and e.operator in ("&&", "||"):
            a, b = self.cond(e.left), self.cond(e.right)
            if e.operator == "&&":
                return f"(if (result i32) {a} (then {b}) (else (i32.const 0)))"
            return f"(if (result i32) {a} (then (i32.const 1)) (else {b}))"
        if e.type == "UnaryExpression" and e.operator == "!":
            return f"(i32.eqz {self.cond(e.argument)})"
        c, t = self.expr(e)
        return self.to_bool(c, t)

    def drop(self, e: Any) -> str:
        c, t = self.expr(e)
        return f"(drop {c})"

    # ------------------------------------------------------------------ function body
    def lower_function(self, node: Any) -> str:
        body: list[str] = []
        fi = self.fi
        scalar.value_vars(self)
        reuse.prepare(self, node)
        self.ref_vars = self.mod.ref_vars(self)
        self.ref_locals = {v.wasm: self.ref_vars[id(v)] for v in fi.vars if id(v) in self.ref_vars}
        if fi.arguments_var is not None:
            body.append(self.bind_arguments(fi))
        # parameters
        params = node.params
        for i, p in enumerate(params):
            if id(self.var_of(p)) in self.seeded:
                # kept as fields (plan value_vars): a copy of the object's, read on entry
                incoming = self.to_any(f"(local.get $p{i})", LOWERED[self.direct[0][i]]) \
                    if self.direct is not None else self.arg(i)
                body.append(scalar.load(self, self.scalar_vars[id(self.var_of(p))], incoming))
                continue
            if self.direct is not None:
                if id(self.var_of(p)) in self.scalar_vars or id(self.var_of(p)) in self.closure_vars:
                    continue   # a scalar object's fields or a literal's captures, as wasm parameters (codegen/passing.py)
                # the unboxed entry: parameter i arrives as $p<i>, typed
                pt = self.direct[0][i]
                body.append(self.store_var(self.var_of(p), f"(local.get $p{i})", LOWERED[pt]))
                continue
            if p.type == "RestElement":
                arg = f"(call $rest_array (local.get $argc) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest) (i32.const {i}))"
                body.append(self.bind_pattern(p.argument, arg, "param", source=("value", None)))
                continue
            arg = self.arg(i)
            body.append(self.bind_pattern(p, arg, "param", source=("value", None)))
        if self.kind in ("function", "method") and not fi.is_arrow and self.cls is None \
                and node.body.type == "BlockStatement" and _uses_this(node.body) and not self.mod.is_strict(fi):
            # sloppy mode: called without a receiver, `this` is the global object,
            # which the module does not have; stop rather than compute with undefined.
            # A primitive receiver (`f.call(5)`) is wrapped in an object (`typeof this`
            # is "object"), which the module does not make either, unless every use
            # of `this` reads the same from the wrapper as from the primitive
            if _this_as_primitive(node.body):
                body.insert(0, "(if (call $nullish (local.get $this)) (then (throw $exn (call $unsupported_value (i32.const 13)))))")
            else:
                body.insert(0, "(if (call $is_prim (local.get $this)) (then (throw $exn (call $unsupported_value "
                               "(if (result i32) (call $nullish (local.get $this)) (then (i32.const 13)) "
                               "(else (i32.const 42)))))))")
        if fi.this_var is not None:
            tv = fi.this_var
            body.insert(0, f"(local.set {tv.wasm} {'(struct.new $Cell (local.get $this))' if tv.in_cell else '(local.get $this)'})")
            self.declare_local(tv.wasm, "(ref null $Cell)" if tv.in_cell else "anyref")
        for v in fi.vars:
            wt = "(ref null $Cell)" if v.in_cell else ("i32" if id(v) in self.i32_vars else
                                                       "f64" if id(v) in self.f64_vars or id(v) in self.u64_vars else "anyref")
            if id(v) in self.sb_vars:
                wt = "(ref null $Str)"
                self.declare_local(string_builders.length_local(v), "i32")
            if id(v) in self.ref_vars:
                wt = f"(ref null {self.mod.ref_wt(self.ref_vars[id(v)])})"
            self.declare_local(v.wasm, wt)
            if v.in_cell and v.kind in ("var", "param"):
                if v.kind != "param":
                    body.insert(0, f"(local.set {v.wasm} (struct.new $Cell (ref.null any)))")
        if node.type == "FunctionExpression" and node.id is not None:
            # a named function expression's own name: the closure being called
            v = self.var_of(node.id)
            body.insert(0, f"(local.set {v.wasm} (struct.new $Cell (local.get $self)))" if v.in_cell
                        else self.write_var(v, "(local.get $self)"))
        # captured params need their cell before binding
        pre = [f"(local.set {v.wasm} (struct.new $Cell (ref.null any)))"
               for v in fi.vars if v.in_cell and v.kind == "param"]
        if node.body.type == "BlockStatement":
            if self.kind == "ctor":
                body.extend(self.ctor_prologue(node))
            body.append(self.block_cells(node))
            body.append(self.hoist_functions(node.body.body, node))
            body.extend(self.stmt(s) for s in node.body.body)
            body.append(reuse.give_back(self))   # (falling off the end)
            if self.scalar_this is not None and self.kind == "ctor":
                body.append(scalar.ctor_return(self))
            elif self.rv is not None:
                body.append("(unreachable)")   # the plan proves every path returns
            else:
                if self.kind == "ctor":
                    body.append("(return (local.get $this))")
                # an unboxed result: the plan proves no path falls off the end
                body.append("(unreachable)" if self.direct is not None and self.direct[1] != "anyref" else "(ref.null any)")
        else:
            body.append(f"(return {self.expr_any(node.body)})")
            body.append("(ref.null any)")
        return "\n".join([self.this_typed_init()] + pre + body)

    def this_typed_init(self) -> str:
        """The entry code that casts `this` once for typed_value, if it was asked for."""
        if self.this_typed is None:
            return ""
        local, wt, tname = self.this_typed
        return f"(local.set {local} {self.mod.cast(self, tname, '(local.get $this)')})"

    def bind_arguments(self, fi: Any) -> str:
        """Set the function's implicit `arguments` binding, on entry, to an array of
        every argument (codegen/arguments_object.py: the uses it allows cannot tell)."""
        v = fi.arguments_var
        assigned = arguments_object.mapping_visible(fi.node, [p for p in fi.vars if p.kind == "param"],
                                                    self.mod.is_strict(fi))
        if assigned is not None:
            raise Unsupported(assigned.decl, f"the `arguments` object of a sloppy-mode function that assigns its "
                                             f"parameter `{assigned.name}` (node links the two; add \"use strict\" "
                                             f"or leave the parameter unassigned)")
        if self.direct is not None:
            raise AssertionError("a function reading `arguments` has no unboxed entry (Module.direct_sig)")
        code = "(call $rest_array (local.get $argc) (local.get $a0) (local.get $a1) (local.get $a2) (local.get $rest) (i32.const 0))"
        if v.in_cell:
            return f"(local.set {v.wasm} (struct.new $Cell {code}))"
        return self.write_var(v, code)

    def arg(self, i: int) -> str:
        if i < 3:
            return f"(local.get $a{i})"
        return f"(call $arg_rest (local.get $rest) (i32.const {i - 3}))"

    def ctor_prologue(self, node: Any) -> list:
        # base classes initialise their fields on entry; derived ones after super()
        if not self.cls.dynamic_parent and self.cls.builtin_parent is None:
            return [self.mod.field_inits(self, self.cls)]
        derived_this.check(node)   # `this` waits for super(...): refused where the text cannot show it
        return []

    def hoist_functions(self, stmts: list, block: Any) -> str:
        out = []
        in_block = block is not self.fi.node and block.type not in ("Program", "Script", "Module")
        for s in stmts:
            d = s
            if s.type in ("ExportNamedDeclaration", "ExportDefaultDeclaration") and s.declaration is not None:
                d = s.declaration
            if d.type == "FunctionDeclaration" and d.id is not None:
                if in_block:
                    annex_b.check(self, d)   # (sloppy mode's variable of the same name)
                # into the cell block_cells made: the closures hoisted before
                # this one captured that cell
                out.append(self.write_var(self.var_of(d.id), self.closure(d)))
            elif d.type == "FunctionDeclaration" and id(s) in self.res.default_vars:
                # `export default function () {}`: its own binding, named "default"
                out.append(self.write_var(self.res.default_vars[id(s)],
                                          self.make_closure(d, self.closure_function(d), "default")))
        return "\n".join(out)

    def block_cells(self, block: Any) -> str:
        """Fresh cells for captured let/const/class/function of a block (each entry is
        a new binding), made before the block's functions are hoisted."""
        out = []
        for v in self.res.block_vars.get(id(block), []):
            if v.in_cell and v.owner is self.fi and v.kind in ("let", "const", "class", "function"):
                first = "(global.get $uninit)" if v.tdz_captured or v.tdz_cell else "(ref.null any)"
                out.append(f"(local.set {v.wasm} (struct.new $Cell {first}))")
        return "\n".join(out)

    # ------------------------------------------------------------------ patterns
    def bind_pattern(self, p: Any, value: str, kind: str, declare: bool = True,
                     source: Optional[tuple] = iter_messages.NESTED) -> str:
        """Assign `value` (an anyref expression) to a pattern; `declare` binds fresh;
        `source`: where the value comes from, for node's message when it is not
        iterable or is undefined or null (codegen/iter_messages.py)."""
        t = p.type
        if t == "Identifier":
            v = self.var_of(p)
            if v is None:
                if self.mod.is_strict(self.fi):   # strict code: node's ReferenceError once the value is known
                    return f"(drop {value})\n{self.not_defined(p)}"
                raise Unsupported(p, f"assignment to the undeclared global `{p.name}`")
            if declare:
                return self.init_var(v, value)
            return self.write_var(v, value, p)
        if t == "MemberExpression":
            return self.member_store(p, value, "any", drop=True)
        if t == "AssignmentPattern":
            tmp = self.local("anyref")
            default = self.to_any(*self.named(p.right, p.left.name if p.left.type == "Identifier" else None))
            return (f"(local.set {tmp} {value})\n"
                    f"(if (ref.is_null (local.get {tmp})) (then (local.set {tmp} {default})))\n"
                    + self.bind_pattern(p.left, f"(local.get {tmp})", kind, declare, source))
        if t == "ArrayPattern":
            tmp = self.local("anyref")
            rest = next((i for i, el in enumerate(p.elements) if el is not None and el.type == "RestElement"), -1)
            # an array as it is; a string, Map, Set or iterator as the array of the values the pattern takes
            out = [f"(local.set {tmp} {value})",
                   f"(if (i32.eqz (ref.test (ref $Arr) (local.get {tmp}))) (then (local.set {tmp} (call $pattern_array (local.get {tmp}) "
                   f"(i32.const {len(p.elements) if rest < 0 else -1}) (i32.const {iter_messages.array_site(self.mod, source)})))))"]
            for i, el in enumerate(p.elements):
                if el is None:
                    continue
                if el.type == "RestElement":
                    out.append(self.bind_pattern(el.argument,
                               f"(call $arr_slice (ref.cast (ref $Arr) (local.get {tmp})) (i32.const {i}) "
                               f"(select (struct.get $Arr $len (ref.cast (ref $Arr) (local.get {tmp}))) (i32.const {i}) "
                               f"(i32.gt_s (struct.get $Arr $len (ref.cast (ref $Arr) (local.get {tmp}))) (i32.const {i}))))",
                               kind, declare))
                    break
                out.append(self.bind_pattern(el, f"(call $arr_get (ref.cast (ref $Arr) (local.get {tmp})) (i32.const {i}))", kind, declare))
            return "\n".join(out)
        if t == "ObjectPattern":
            tmp = self.local("anyref")
            out = [f"(local.set {tmp} {value})",
                   f"(if (call $nullish (local.get {tmp})) (then (throw $exn (call $destructure_error (local.get {tmp}) "
                   f"{iter_messages.nullish_operands(self.mod, source, p)}))))"]
            taken = []
            inner = iter_messages.nested(source)
            for prop in p.properties:
                if prop.type == "RestElement":
                    keys = f"(call $arr_of (array.new_fixed $Vals {len(taken)} {' '.join(taken)}))" if taken else "(call $arr_new (i32.const 0))"
                    out.append(self.bind_pattern(prop.argument, f"(call $obj_rest (local.get {tmp}) {keys})", kind, declare))
                    continue
                key = self.static_key(prop)
                if key is None:
                    ktmp = self.local("(ref null $Str)")
                    k = self.to_str(*self.expr(prop.key))
                    out.append(f"(local.set {ktmp} {k})")
                    taken.append(f"(local.get {ktmp})")
                    out.append(self.bind_pattern(prop.value, f"(call $get_generic (local.get {tmp}) (ref.as_non_null (local.get {ktmp})))", kind, declare))
                    continue
                taken.append(self.mod.string(key))
                if key is None:
                    k = self.to_str(*self.expr(prop.key))
                    got = f"(call $get_generic (local.get {tmp}) {k})"
                else:
                    got = self.mod.getter(key, f"(local.get {tmp})")
                out.append(self.bind_pattern(prop.value, got, kind, declare,
                                             inner if prop.value.type == "ArrayPattern" else iter_messages.NESTED))
            return "\n".join(out)
        raise Unsupported(p, f"the pattern {t}")

    def static_key(self, prop: Any) -> Optional[str]:
        k = prop.key
        if prop.computed:
            return self.mod.literal_key(k)
        if k.type == "Identifier":
            return k.name
        if k.type == "Literal":
            return self.mod.key_string(k.value)
        return None

    # ------------------------------------------------------------------ statements
    def stmts(self, stmts: list, block: Any) -> str:
        out = [self.block_cells(block), self.hoist_functions(stmts, block)]
        if self.kind == "file" and block.type == "Program":
            out.append(self.mod.esm.prologue(self))   # an ES module's imports run first (codegen/esm.py)
        out.extend(self.stmt(s) for s in stmts)
        return "\n".join(x for x in out if x)

    def stmt(self, s: Any) -> str:
        m = getattr(self, "s_" + s.type, None)
        if m is None:
            raise Unsupported(s, _describe(s.type))
        labels = self.label_pending
        self.label_pending = []
        if s.type in ("ForStatement", "WhileStatement", "DoWhileStatement", "ForInStatement", "ForOfStatement"):
            return m(s, labels)
        if labels:
            # a labelled non-loop statement: `break label` leaves it
            brk = self.label("lbl")
            self.ctl.append(Ctl("label", labels, brk, None, len(self.finalizers)))
            try:
                inner = m(s)
            finally:
                self.ctl.pop()
            return f"(block {brk}\n{inner})"
        return m(s)

    def label(self, hint: str) -> str:
        self.counter += 1
        return f"${hint}{self.counter}"

    def s_EmptyStatement(self, s: Any) -> str:
        return ""

    def s_DebuggerStatement(self, s: Any) -> str:
        return ""

    def s_ExpressionStatement(self, s: Any) -> str:
        e = s.expression
        if e.type == "Literal" and isinstance(e.value, str):
            return ""   # "use strict" and other directives
        return self.effect(e)

    def effect(self, e: Any) -> str:
        """An expression evaluated for its effect only."""
        return self.at_op(e, self._effect)

    def at_op(self, e: Any, lower):
        """lower(e), with e the expression whose generic operations report it
        (ModuleBuilder.op_site) when it is one of OP_SITES."""
        outer = self.mod.op_node
        if e.type in OP_SITES:
            self.mod.op_node = (self.fi.file_index, e)
        try:
            return lower(e)
        finally:
            self.mod.op_node = outer

    def _effect(self, e: Any) -> str:
        if scalar.is_scalar(self, e):   # a scalar-replaced object, dropped: only its values' effects
            return scalar.scalar_of(self, e).pre
        if e.type == "AssignmentExpression":
            return self.assign(e, want_value=False)
        if e.type == "UpdateExpression":
            return self.update(e, want_value=False)
        if e.type == "SequenceExpression":
            return "\n".join(self.effect(x) for x in e.expressions)
        if e.type == "CallExpression":
            c, t = self.mod.call(self, e)
            if t == "void":
                return c
            return f"(drop {c})"
        c, t = self.expr(e)
        return f"(drop {c})"

    def s_VariableDeclaration(self, s: Any) -> str:
        out = []
        for d in s.declarations:
            if d.init is None:
                if s.kind == "var":
                    continue
                if d.id.type == "Identifier":
                    out.append(self.init_var(self.var_of(d.id), "(ref.null any)"))
                continue
            if d.id.type == "Identifier":
                v = self.var_of(d.id)
                filled = scalar.declare(self, v, d.init)
                if filled is not None:
                    out.append(filled)
                    continue
                out.append(self.declare_value(v, *self.named(d.init, d.id.name)))
            elif self.math_pattern(d):
                out.append(self.bind_math(d, s.kind))
            else:
                out.append(self.bind_pattern(d.id, self.expr_any(d.init), s.kind, source=("declaration", d.init)))
        return "\n".join(out)

    def declare_value(self, v: Var, c: str, t: str) -> str:
        """A declared name's initial value: kept in its lowered type where the name is
        a number variable, else as anyref."""
        if id(v) in self.f64_vars or id(v) in self.u64_vars or id(v) in self.mod.number_globals \
                or id(v) in self.sb_vars:
            return self.store_var(v, c, t)
        return self.init_var(v, self.to_any(c, t))

    def math_pattern(self, d: Any) -> bool:
        """`const { PI, sqrt } = Math`: node's global Math, named keys only (each is
        then `Math.key` read as a value, which needs no Math object)."""
        return d.init.type == "Identifier" and d.init.name == "Math" and self.var_of(d.init) is None \
            and d.id.type == "ObjectPattern" and all(
                p.type == "Property" and not p.computed and p.key.type == "Identifier" for p in d.id.properties)

    def bind_math(self, d: Any, kind: str) -> str:
        out = []
        for p in d.id.properties:
            try:
                c, t = self.mod.builtin_member(self, _MathMember(d.init, p.key))
            except Unsupported as exc:
                raise Unsupported(p.key, exc.what) from None   # (at the key, not the pattern)
            target = p.value
            if target.type == "Identifier":
                out.append(self.declare_value(self.var_of(target), c, t))
            else:
                out.append(self.bind_pattern(target, self.to_any(c, t), kind))
        return "\n".join(out)

    def s_FunctionDeclaration(self, s: Any) -> str:
        return ""   # hoisted

    # ES modules (codegen/esm.py): the imports ran in the module's prologue, and an
    # export is its declaration or nothing; `export default <expression>` sets its binding
    def s_ImportDeclaration(self, s: Any) -> str:
        return ""

    def s_ExportAllDeclaration(self, s: Any) -> str:
        return ""

    def s_ExportNamedDeclaration(self, s: Any) -> str:
        return self.stmt(s.declaration) if s.declaration is not None else ""

    def s_ExportDefaultDeclaration(self, s: Any) -> str:
        d = s.declaration
        v = self.res.default_vars.get(id(s))
        if v is None:
            return self.stmt(d)   # a named function (hoisted) or class
        if d.type == "FunctionDeclaration":
            return ""   # hoisted
        if d.type == "ClassDeclaration":
            return self.init_var(v, self.mod.class_value(self, d))
        c, t = self.named(d, "default")
        return self.init_var(v, self.to_any(c, t))

    def s_ClassDeclaration(self, s: Any) -> str:
        v = self.var_of(s.id)
        # the name is bound before static initialisers run (they may use it)
        return f"(drop {self.mod.class_value(self, s, self_var=v)})"

    def s_ReturnStatement(self, s: Any) -> str:
        if self.kind == "file":
            raise Unsupported(s, "a top-level `return`")
        if self.rv is not None:
            from .passing import return_fields
            return return_fields(self, s)
        if self.kind == "ctor":
            if s.argument is not None:
                raise Unsupported(s, "`return` with a value in a constructor")
            if self.scalar_this is not None:
                return f"{self.leaving()}\n{scalar.ctor_return(self)}"
            value = "(local.get $this)"
        elif self.direct is not None and self.direct[1] in ("f64", "i32"):
            rt = self.direct[1]
            value = (self.expr_f64(s.argument) if rt == "f64" else self.cond(s.argument)) \
                if s.argument is not None else "(unreachable)"
            if self.finalizers or self.reuse:
                tmp = self.local(rt)
                return f"(local.set {tmp} {value})\n{self.leaving()}\n(return (local.get {tmp}))"
            return f"(return {value})"
        else:
            value = self.expr_any(s.argument) if s.argument is not None else "(ref.null any)"
        if self.finalizers or self.reuse:
            tmp = self.local("anyref")
            return f"(local.set {tmp} {value})\n{self.leaving()}\n(return (local.get {tmp}))"
        return f"(return {value})"

    def leaving(self) -> str:
        """What a `return` runs after its value: the finally blocks it leaves, then
        the reusable arrays given back (codegen/reuse.py)."""
        return f"{self.run_finalizers(0)}\n{reuse.give_back(self)}" if self.reuse else self.run_finalizers(0)

    def run_finalizers(self, depth: int) -> str:
        """Inline the finally blocks being left, innermost first."""
        out = []
        saved = self.finalizers
        # a loop test's bounds hold in the loop's own code only: a finally block
        # around the loop may write its variable (codegen/int_ranges.py)
        ranges, self.int_ranges = self.int_ranges, {}
        for i in range(len(saved) - 1, depth - 1, -1):
            self.finalizers = saved[:i]
            out.append(self.stmt(saved[i]))
        self.finalizers = saved
        self.int_ranges = ranges
        return "\n".join(out)

    def s_IfStatement(self, s: Any) -> str:
        c = self.cond(s.test)
        then = self.scoped(s.consequent)
        if s.alternate is None:
            return f"(if {c} (then\n{then}))"
        return f"(if {c} (then\n{then}) (else\n{self.scoped(s.alternate)}))"

    def scoped(self, s: Any) -> str:
        if s.type == "BlockStatement":
            return self.stmt(s)
        return self.stmts([s], s)

    def s_BlockStatement(self, s: Any) -> str:
        return self.stmts(s.body, s)

    def s_ThrowStatement(self, s: Any) -> str:
        # where it is thrown, for the report of an uncaught exception ($thrown_at)
        return f"(throw $exn (call $thrown_at (i32.const {self.throw_site(s)}) {self.expr_any(s.argument)}))"

    def throw_site(self, node: Any) -> int:
        """The site number of node (ModuleBuilder.site_number): what the report
        of an uncaught exception thrown there prints."""
        return self.mod.site_number(self.fi.file_index, node._start)

    def find_ctl(self, s: Any, kind: str) -> Ctl:
        label = s.label.name if s.label is not None else None
        for c in reversed(self.ctl):
            if label is not None:
                if label in c.labels and (kind == "break" or c.cont is not None):
                    return c
            elif c.kind in ("loop",) or (kind == "break" and c.kind == "switch"):
                return c
        raise Unsupported(s, f"`{kind}` outside a loop")

    def s_BreakStatement(self, s: Any) -> str:
        c = self.find_ctl(s, "break")
        return f"{self.run_finalizers(c.finally_depth)}\n(br {c.brk})"

    def s_ContinueStatement(self, s: Any) -> str:
        c = self.find_ctl(s, "continue")
        return f"{self.run_finalizers(c.finally_depth)}\n(br {c.cont})"

    def s_LabeledStatement(self, s: Any) -> str:
        self.label_pending = self.label_pending + [s.label.name]
        return self.stmt(s.body)

    def loop(self, labels: list, cond: Optional[str], body_fn, update: str = "", post_test: bool = False,
             per_iteration: str = "") -> str:
        brk, cont, top = self.label("brk"), self.label("cont"), self.label("top")
        self.ctl.append(Ctl("loop", labels, brk, cont, len(self.finalizers)))
        try:
            body = body_fn()
        finally:
            self.ctl.pop()
        test = f"(br_if {brk} (i32.eqz {cond}))" if cond is not None else ""
        if post_test:
            return (f"(block {brk} (loop {top}\n{HALT_CHECK}\n(block {cont}\n{body})\n{per_iteration}\n{update}\n"
                    f"{('(br_if ' + top + ' ' + cond + ')') if cond is not None else '(br ' + top + ')'}))")
        return f"(block {brk} (loop {top}\n{HALT_CHECK}\n{test}\n(block {cont}\n{body})\n{per_iteration}\n{update}\n(br {top})))"

    def s_WhileStatement(self, s: Any, labels: list) -> str:
        return self.loop(labels, self.cond(s.test), lambda: self.scoped(s.body))

    def s_DoWhileStatement(self, s: Any, labels: list) -> str:
        return self.loop(labels, self.cond(s.test), lambda: self.scoped(s.body), post_test=True)

    def s_ForStatement(self, s: Any, labels: list) -> str:
        init = ""
        per_iter = ""
        if s.init is not None:
            if s.init.type == "VariableDeclaration":
                init = self.block_cells(s) + "\n" + self.s_VariableDeclaration(s.init)
                # captured let bindings get a fresh copy per iteration
                copies = [v for v in self.res.block_vars.get(id(s), []) if v.in_cell and v.owner is self.fi]
                per_iter = "\n".join(
                    f"(local.set {v.wasm} (struct.new $Cell (struct.get $Cell 0 (ref.as_non_null (local.get {v.wasm})))))"
                    for v in copies)
            else:
                init = self.effect(s.init)
        cond = self.cond(s.test) if s.test is not None else None
        bounded = self.loop_range(s)
        saved = self.int_ranges.copy()
        if bounded is not None:
            self.int_ranges[bounded[0]] = bounded[1]
        try:
            update = self.effect(s.update) if s.update is not None else ""
            return init + "\n" + self.loop(labels, cond, lambda: self.scoped(s.body), update, per_iteration=per_iter)
        finally:
            self.int_ranges = saved

    def loop_range(self, s: Any) -> Optional[tuple[int, tuple]]:
        """(id(v), v's range in the body and update) when the for's test bounds an
        int32 local v the body does not write (codegen/int_ranges.py), else None."""
        test = s.test
        if test is None or test.type != "BinaryExpression" or test.operator not in int_ranges.MIRROR:
            return None
        for vnode, bnode, op in ((test.left, test.right, test.operator),
                                 (test.right, test.left, int_ranges.MIRROR[test.operator])):
            v = self.var_of(vnode) if vnode.type == "Identifier" else None
            if v is None or id(v) not in self.i32_vars:
                continue
            def is_v(n: Any, v=v) -> bool:
                return self.var_of(n) is v
            direction = int_ranges.step(s.update, is_v)
            if int_ranges.writes(s.body, is_v) or int_ranges.writes(test, is_v) or \
                    (s.update is not None and direction == 0 and int_ranges.writes(s.update, is_v)):
                return None
            bound = self.int_bounds(bnode)
            if bound is None:
                return None
            r = int_ranges.refine(op, self.int_ranges.get(id(v), int_ranges.FULL), bound)
            init = _declared_init(s.init, is_v)
            # (the head may also assign v after declaring it: `let i = 0, j = (i = -5)`)
            start = self.int_bounds(init) if init is not None and direction != 0 \
                and not int_ranges.writes(s.init, is_v) else None
            if start is not None:   # declared here and only stepped one way
                r = (max(r[0], start[0]), r[1]) if direction > 0 else (r[0], min(r[1], start[1]))
            return id(v), r
        return None

    def int_bounds(self, e: Any) -> Optional[tuple]:
        """The range of e's value where it is evaluated, when e is an int32 the
        lowering can tell (codegen/int_ranges.py), else None."""
        t = e.type
        if t == "Literal":
            x = int_ranges.int_literal(e)
            return None if x is None else (x, x)
        if t == "Identifier":
            v = self.var_of(e)
            return self.int_ranges.get(id(v), int_ranges.FULL) if v is not None and id(v) in self.i32_vars else None
        if t == "MemberExpression" and not e.computed and e.property.type == "Identifier" \
                and e.property.name == "length" and self.proven_array(e.object):
            return 0, int_ranges.INT_MAX
        if t == "BinaryExpression":
            if e.operator in ("+", "-"):
                a, b = self.int_bounds(e.left), self.int_bounds(e.right)
                return int_ranges.combine(e.operator, a, b) if a is not None and b is not None else None
            if e.operator in ("|", "&", "^", "<<", ">>"):
                return int_ranges.FULL
        return None

    def proven_array(self, obj: Any) -> bool:
        """Is every value of obj an array, or null or undefined (whose `length`
        throws)? A typed array local, or a read the plan finds holds arrays."""
        if self.array_local(obj) is not None:
            return True
        return obj.type != "Super" and not scalar.is_scalar(self, obj) and \
            self.mod.is_array_read(self.fi.file_index, obj)

    def int_sum(self, op: str, left: Any, right: Any, a: str, b: str) -> Optional[str]:
        """a op b (+ or -) as an i32 operation made a number, when both are int32s
        whose ranges keep the result one (codegen/int_ranges.py), else None."""
        ia, ib = _int32_of(a), _int32_of(b)
        if left is None or ia is None or ib is None:
            return None
        ra, rb = self.int_bounds(left), self.int_bounds(right)
        if ra is None or rb is None or int_ranges.combine(op, ra, rb) is None:
            return None
        return f"(f64.convert_i32_s ({'i32.add' if op == '+' else 'i32.sub'} {ia} {ib}))"

    ARRAY_ITERATORS = {"values": 0, "keys": 1, "entries": 2}

    def s_ForOfStatement(self, s: Any, labels: list) -> str:
        arr = self.local("(ref null $Arr)")
        idx = self.local("i32")
        it = self.local("(ref null $CIter)")
        r = s.right
        item = f"(call $arr_get (ref.as_non_null (local.get {arr})) (local.get {idx}))"
        if self.array_iterator_call(r):
            # `for (const [i, v] of xs.entries())`: over an array, the array itself,
            # read live as its iterator would (keys: the index, entries: [index, value]);
            # over anything else, the method is called as written
            mode = self.local("i32")
            set_recv, recv, call = self.call_on_once(r)
            kind = self.ARRAY_ITERATORS[r.callee.property.name]
            setup = (f"{set_recv}\n"
                     f"(if (ref.test (ref $Arr) (local.get {recv})) "
                     f"(then (local.set {arr} (ref.cast (ref $Arr) (local.get {recv}))) (local.set {it} (ref.null $CIter)) (local.set {mode} (i32.const {kind}))) "
                     f"(else (call $forof_begin {call} (i32.const {iter_messages.site(self.mod, r, 'loop')})) (local.set {it}) (local.set {arr}) (local.set {mode} (i32.const 0))))\n"
                     f"(local.set {idx} (i32.const 0))")
            if kind == 1:
                item = f"(if (result anyref) (local.get {mode}) (then (call $box_i32 (local.get {idx}))) (else {item}))"
            elif kind == 2:
                pair = f"(call $arr_of (array.new_fixed $Vals 2 (call $box_i32 (local.get {idx})) {item}))"
                item = f"(if (result anyref) (local.get {mode}) (then {pair}) (else {item}))"
        else:
            setup = (f"(call $forof_begin {self.expr_any(r)} (i32.const {iter_messages.site(self.mod, r, 'loop')})) (local.set {it}) (local.set {arr})\n(local.set {idx} (i32.const 0))")
        cond = f"(i32.lt_u (local.get {idx}) (struct.get $Arr $len (ref.as_non_null (local.get {arr}))))"
        # a Map, a Set or one of their iterators is stepped through live (codegen/collections.wat)
        cond = f"(if (result i32) (ref.is_null (local.get {it})) (then {cond}) (else (call $citer_step (ref.as_non_null (local.get {it})))))"
        item = f"(if (result anyref) (ref.is_null (local.get {it})) (then {item}) (else (struct.get $CIter $cur (ref.as_non_null (local.get {it})))))"

        def body():
            return (self.block_cells(s) + "\n" + self.bind_left(s.left, item) + "\n"
                    + f"(local.set {idx} (i32.add (local.get {idx}) (i32.const 1)))\n" + self.scoped(s.body))
        return setup + "\n" + self.loop(labels, cond, body)

    def array_iterator_call(self, r: Any) -> bool:
        """Is r `xs.keys()`, `xs.values()` or `xs.entries()` (an array's iterator
        when xs turns out to be an array)?"""
        return r.type == "CallExpression" and not r.arguments and r.callee.type == "MemberExpression" \
            and not r.callee.computed and not getattr(r.callee, "optional", False) \
            and not getattr(r, "optional", False) and r.callee.property.name in self.ARRAY_ITERATORS \
            and not scalar.is_scalar(self, r.callee.object)

    def iterable(self, x: Any) -> str:
        """A value iterated all at once (a spread, `Array.from`), as anyref. For
        `xs.keys()`, `xs.values()` or `xs.entries()` on an array: the array of what
        the iterator gives (nothing runs between its steps, so the array cannot
        change under it); on anything else the method is called as written."""
        if not self.array_iterator_call(x):
            return self.expr_any(x)
        set_recv, recv, call = self.call_on_once(x)
        kind = self.ARRAY_ITERATORS[x.callee.property.name]
        return (f"(block (result anyref) {set_recv} "
                f"(if (result anyref) (ref.test (ref $Arr) (local.get {recv})) "
                f"(then (call $arr_iter_items (ref.cast (ref $Arr) (local.get {recv})) (i32.const {kind}))) "
                f"(else {call})))")

    def call_on_once(self, r: Any) -> tuple[str, str, str]:
        """For a method call `x.m()`: (x evaluated once into a local, that local,
        the call as written with the local as its receiver)."""
        set_recv, recv, value = self.once(r.callee.object)
        return set_recv, recv, self.expr_any(_Node("CallExpression", r, callee=_Node("MemberExpression", r.callee, object=value)))

    def s_ForInStatement(self, s: Any, labels: list) -> str:
        arr = self.local("(ref null $Arr)")
        idx = self.local("i32")
        obj = self.local("anyref")
        setup = (f"(local.set {obj} {self.expr_any(s.right)})\n"
                 f"(local.set {arr} (call $forin_keys (local.get {obj})))\n(local.set {idx} (i32.const 0))")
        cond = f"(i32.lt_u (local.get {idx}) (struct.get $Arr $len (ref.as_non_null (local.get {arr}))))"
        item = f"(call $arr_get (ref.as_non_null (local.get {arr})) (local.get {idx}))"

        def body():
            step = f"(local.set {idx} (i32.add (local.get {idx}) (i32.const 1)))"
            run = self.block_cells(s) + "\n" + self.bind_left(s.left, item) + "\n" + step + "\n" + self.scoped(s.body)
            # a key the loop removed before its turn is not visited
            deletes = 1 if self.mod.program_deletes() else 0
            return (f"(if (call $forin_has (local.get {obj}) (ref.cast (ref $Str) {item}) (i32.const {deletes})) "
                    f"(then {run}) (else {step}))")
        return setup + "\n" + self.loop(labels, cond, body)

    def bind_left(self, left: Any, value: str) -> str:
        if left.type == "VariableDeclaration":
            # (node names the value a declared array pattern takes in a for-of head `.for`)
            return self.bind_pattern(left.declarations[0].id, value, left.kind, source=("loop", None))
        return self.bind_pattern(left, value, "assign", declare=False, source=("value", None))

    def s_SwitchStatement(self, s: Any) -> str:
        disc = self.local("anyref")
        brk = self.label("sw")
        self.ctl.append(Ctl("switch", [], brk, None, len(self.finalizers)))
        try:
            n = len(s.cases)
            names = [self.label("case") for _ in range(n)]
            dispatch = [f"(local.set {disc} {self.expr_any(s.discriminant)})"]
            default = None
            for i, c in enumerate(s.cases):
                if c.test is None:
                    default = i
                    continue
                char = _one_char_literal(c.test)
                test = self.one_char_eq(f"(local.get {disc})", "any", char) if char is not None else \
                    f"(call $strict_eq (local.get {disc}) {self.expr_any(c.test)})"
                dispatch.append(f"(br_if {names[i]} {test})")
            dispatch.append(f"(br {names[default]})" if default is not None else f"(br {brk})")
            code = "\n".join(dispatch)
            cells = self.block_cells(s)
            all_stmts = [x for c in s.cases for x in c.consequent]
            hoisted = self.hoist_functions(all_stmts, s)
            for i, c in enumerate(s.cases):
                body = "\n".join(self.stmt(x) for x in c.consequent)
                code = f"(block {names[i]}\n{code})\n{body}"
            return f"{cells}\n{hoisted}\n(block {brk}\n{code})"
        finally:
            self.ctl.pop()

    def s_TryStatement(self, s: Any) -> str:
        inner = self.try_catch(s)
        if s.finalizer is None:
            return inner
        done, h = self.label("tdone"), self.label("th")
        ex = self.local("exnref")
        at = self.local("i32")
        fin_normal = self.stmt(s.finalizer)
        fin_exc = self.stmt(s.finalizer)
        # the finally block runs with no throw site pending (an error it raises is its
        # own); the exception it passes on keeps its site
        return (f"(block {done}\n(block {h} (result exnref)\n(try_table (catch_all_ref {h})\n{inner})\n"
                f"{fin_normal}\n(br {done}))\n(local.set {ex})\n"
                f"(local.set {at} (global.get $throw_at)) (global.set $throw_at (i32.const -1))\n{fin_exc}\n"
                f"(global.set $throw_at (local.get {at}))\n(throw_ref (local.get {ex})))")

    def try_catch(self, s: Any) -> str:
        """The try block and the catch handler, both lowered with the finally
        block pending: a jump out of either runs it first."""
        if s.finalizer is not None:
            self.finalizers.append(s.finalizer)
        try:
            block = self.stmt(s.block)
            if s.handler is None:
                return block
            done, h = self.label("cdone"), self.label("ch")
            caught = self.local("anyref")
            param = s.handler.param
            bind = self.bind_pattern(param, f"(local.get {caught})", "catch") if param is not None else ""
            handler_body = ("(global.set $throw_at (i32.const -1))\n"   # caught: no longer where an uncaught one was thrown
                            + self.block_cells(s.handler) + "\n" + bind + "\n"
                            + self.stmts(s.handler.body.body, s.handler.body))
        finally:
            if s.finalizer is not None:
                self.finalizers.pop()
        return (f"(block {done}\n(block {h} (result anyref)\n(try_table (catch $exn {h})\n{block})\n(br {done}))\n"
                f"(local.set {caught})\n{handler_body})")

    # ------------------------------------------------------------------ expressions
    def expr(self, e: Any) -> tuple[str, str]:
        m = getattr(self, "e_" + e.type, None)
        if m is None:
            raise Unsupported(e, _describe(e.type))
        c, t = self.at_op(e, m)
        if t == "void":   # console.log(...) used as a value is undefined
            return f"(block (result anyref) {c} (ref.null any))", "any"
        if t == "any" and e.type in ("MemberExpression", "CallExpression"):
            rt = self.read_type(e)
            if rt == "f64":
                return self.to_f64(c, t), "f64"   # the plan proves a number: unbox it once, here
            if rt == "f64|undefined" and _box_u_inner(c) is None:
                # a number or undefined: its f64 storage, boxed only where a dynamic
                # value is wanted (every typed consumer takes the f64 out of $box_u)
                return f"{BOX_U}{self.to_u(c, t)})", "any"
        return c, t

    def e_Literal(self, e: Any) -> tuple[str, str]:
        v = e.value
        if getattr(e, "regex", None) is not None:
            return regex_literals.regex_value(self.mod, e, e.regex.pattern, e.regex.flags), "any"
        if getattr(e, "bigint", None) is not None:
            raise Unsupported(e, "BigInt")
        if v is None:
            return "(global.get $null)", "any"
        if isinstance(v, bool):
            return f"(i32.const {1 if v else 0})", "i32"
        if isinstance(v, (int, float)):
            return f64const(float(v)), "f64"
        if isinstance(v, str):
            return self.mod.string(v), "str"
        raise Unsupported(e, "this literal")

    def e_TemplateLiteral(self, e: Any) -> tuple[str, str]:
        return self.template_text(e, [q.value.cooked for q in e.quasis]), "str"

    def template_text(self, e: Any, texts: list) -> str:
        """A template's texts (one per quasi of e; None for one with an invalid
        escape, refused) with each substitution's ToString between them, concatenated."""
        parts = []
        for i, text in enumerate(texts):
            if text is None:
                raise Unsupported(e.quasis[i], "an invalid escape in a template literal")
            if text:
                parts.append(self.mod.string(text))
            if i < len(e.expressions):
                parts.append(self.to_str(*self.expr(e.expressions[i])))
        code = parts[0] if parts else self.mod.string("")
        for p in parts[1:]:
            code = f"(call $concat {code} {p})"
        return code

    def e_Identifier(self, e: Any) -> tuple[str, str]:
        v = self.var_of(e)
        if v is not None:
            if v.kind == "arguments" and not self.mod.arguments_use_ok(v, e):
                raise Unsupported(e, arguments_object.REFUSED)
            if self.mod.esm.namespace(self, e) is not None:
                raise Unsupported(e, "a module namespace object used as a value (only `ns.name` is compiled)")
            return self.read_binding(v, e)
        return self.global_name(e)

    def read_binding(self, v: Var, e: Any) -> tuple[str, str]:
        """The value of binding v, read at e (an identifier, or `ns.name` of a namespace import)."""
        if id(v) in self.scalar_vars:
            raise AssertionError(f"scalar replacement: `{v.name}` is used as a value, which the plan's scalar rule excludes")
        if self.before_initialisation(v, e):
            return self.tdz_error(v.name), "any"
        if self.tdz_risk(v, e):
            # the test first; the binding may not hold its value yet
            return self.read_var(v, e), "any"
        if v.kind == "const" and v.owner is None:
            number = self.mod.const_number(v)
            if number is not None:
                return f64const(number), "f64"
        unboxed = self.unboxed_local(v)
        if unboxed is not None:
            return unboxed
        if id(v) in self.sb_vars and v.owner is self.fi:
            return string_builders.read(self, v), "str"
        return self.read_var(v), "any"

    def global_name(self, e: Any) -> tuple[str, str]:
        """A name no binding of the program declares: node's globals."""
        name = e.name
        if name == "undefined":
            return "(ref.null any)", "any"
        if name == "NaN":
            return "(f64.const nan)", "f64"
        if name == "Infinity":
            return "(f64.const inf)", "f64"
        g = self.mod.builtin_global(name)
        if g is not None:
            return g, "any"
        if name in ("module", "exports", "require") and self.mod.is_commonjs(self.fi.file_index):
            return self.mod.cjs_name(self, name, e), "any"
        if name not in NODE_SCRIPT_GLOBALS:
            return self.not_defined(e), "any"
        if name == "arguments":
            raise Unsupported(e, "the `arguments` object (a rest parameter, `...args`, is supported)")
        raise Unsupported(e, f"the global `{name}`")

    def not_defined(self, ident: Any) -> str:
        """Reading a name that nothing declares and node does not have either: node's
        ReferenceError, where the read is."""
        text = f"{ident.name} is not defined"
        return (f"(throw $exn (call $thrown_at (i32.const {self.throw_site(ident)}) "
                f"(call $make_error (global.get $cls_ReferenceError) {self.mod.string(text)})))")

    def before_initialisation(self, v: Var, e: Any) -> bool:
        """Is this read of a let/const/class binding always in its temporal dead
        zone: in the function that declares it (not a closure, which may run
        later), and earlier in the text than its initialisation? Within one entry
        of a scope, code runs in text order (codegen/resolve.py)."""
        if v.kind not in ("let", "const", "class") or v.init_at is None or v.in_pattern:
            return False   # (a pattern's names are set one by one, before the end of the declarator)
        same = v.owner is self.fi if v.owner is not None else \
            (self.kind == "file" and self.fi is self.mod.file_infos[v.file_index])
        # a class's static initialisers, lowered here, run once its name is bound:
        # only a read before the class's name is certain to be too early
        end = text_point(v.decl._start) if v.kind == "class" else v.init_at
        return same and text_point(e._start) < end

    def e_ThisExpression(self, e: Any) -> tuple[str, str]:
        if self.scalar_this is not None:
            raise AssertionError("scalar replacement: a specialised constructor uses `this` as a value")
        v = self.res.this_uses.get(id(e))
        if v is not None:
            return self.read_var(v), "any"
        if self.kind == "file" or (self.fi.is_arrow and self.home_is_file()):
            if not self.mod.is_commonjs(self.fi.file_index):
                return "(ref.null any)", "any"   # an ES module's top-level `this` is undefined
            return self.mod.cjs_name(self, "exports", e), "any"
        return "(local.get $this)", "any"

    def home_is_file(self) -> bool:
        f = self.fi
        while f.is_arrow and f.parent is not None:
            f = f.parent
        return f.is_file

    def e_SequenceExpression(self, e: Any) -> tuple[str, str]:
        pre = "\n".join(self.effect(x) for x in e.expressions[:-1])
        c, t = self.expr(e.expressions[-1])
        return self.seq(pre, c, t), t

    def seq(self, pre: str, code: str, t: str) -> str:
        if not pre:
            return code
        return f"(block (result {self.wtype(t)})\n{pre}\n{code})"

    def wtype(self, t: str) -> str:
        return {"f64": "f64", "i32": "i32", "str": "(ref $Str)", "any": "anyref"}[t]

    def e_ConditionalExpression(self, e: Any) -> tuple[str, str]:
        c = self.cond(e.test)
        a, ta = self.expr(e.consequent)
        b, tb = self.expr(e.alternate)
        if not ta == tb == "f64" and _number_or_undefined(a, ta) and _number_or_undefined(b, tb):
            # numbers or undefined on both sides: one f64|undefined, not a box per side
            return f"{BOX_U}(if (result f64) {c} (then {self.to_u(a, ta)}) (else {self.to_u(b, tb)})))", "any"
        t = ta if ta == tb else "any"
        a, b = self.coerce(a, ta, t), self.coerce(b, tb, t)
        return f"(if (result {self.wtype(t)}) {c} (then {a}) (else {b}))", t

    def e_LogicalExpression(self, e: Any) -> tuple[str, str]:
        a, ta = self.expr(e.left)
        if e.operator == "??":
            if ta in ("f64", "i32"):   # never null or undefined: the right side is not evaluated
                return a, ta
            tmp = self.local("anyref")
            b = self.expr_any(e.right)
            return (f"(if (result anyref) (call $nullish (local.tee {tmp} {self.to_any(a, ta)})) "
                    f"(then {b}) (else (local.get {tmp})))", "any")
        b, tb = self.expr(e.right)
        if ta == tb == "i32":
            if e.operator == "&&":
                return f"(if (result i32) {a} (then {b}) (else (i32.const 0)))", "i32"
            return f"(if (result i32) {a} (then (i32.const 1)) (else {b}))", "i32"
        t = ta if ta == tb else "any"
        tmp = self.local(self.wtype(t))
        a, b = self.coerce(a, ta, t), self.coerce(b, tb, t)
        test = self.to_bool(f"(local.tee {tmp} {a})", t)
        if e.operator == "&&":
            return f"(if (result {self.wtype(t)}) {test} (then {b}) (else (local.get {tmp})))", t
        return f"(if (result {self.wtype(t)}) {test} (then (local.get {tmp})) (else {b}))", t

    def typeof_method(self, a: Any) -> Optional[str]:
        """`typeof x.k` where k names a method the runtime gives arrays, strings,
        numbers, Maps, Sets or their iterators (`typeof x.map === "function"`, duck
        typing): "function" when x is such a receiver, without reading the method
        as a value (which the build does not make); otherwise the read as written.
        None for any other operand."""
        from .assemble import builtin_methods
        if a.type != "MemberExpression" or a.computed or getattr(a, "optional", False) \
                or a.object.type == "Super" or scalar.is_scalar(self, a.object):
            return None
        kinds = builtin_methods().get(a.property.name, ())
        if not set(kinds) & {"arr", "str", "num", "obj", "map", "set", "citer"}:
            return None
        set_recv, recv, value = self.once(a.object)
        read = self.expr_any(_Node("MemberExpression", a, object=value))
        return (f"(block (result (ref $Str)) {set_recv} "
                f"(if (result (ref $Str)) (call $builtin_is_method (local.get {recv}) {self.mod.string(a.property.name)}) "
                f"(then {self.mod.string('function')}) (else (call $typeof {read}))))")

    def e_UnaryExpression(self, e: Any) -> tuple[str, str]:
        op = e.operator
        if op == "typeof":
            host = self.host_typeof(e.argument)
            if host is not None:
                return self.mod.string(host), "str"
            if e.argument.type == "Identifier" and self.var_of(e.argument) is None and \
                    self.mod.builtin_global(e.argument.name) is None and \
                    (e.argument.name not in NODE_SCRIPT_GLOBALS or (e.argument.name in ("module", "exports", "require")
                                                                    and not self.mod.is_commonjs(self.fi.file_index))):
                return self.mod.string("undefined"), "str"   # a name neither the program nor node has
            typed = self.typeof_method(e.argument)
            if typed is not None:
                return typed, "str"
            c, t = self.expr(e.argument)
            if t == "f64":
                return f"(block (result (ref $Str)) (drop {c}) {self.mod.string('number')})", "str"
            if t == "i32":
                return f"(block (result (ref $Str)) (drop {c}) {self.mod.string('boolean')})", "str"
            if t == "str":
                return f"(block (result (ref $Str)) (drop {c}) {self.mod.string('string')})", "str"
            return f"(call $typeof {c})", "str"
        if op == "delete":
            return self.delete(e)
        if op == "!":
            return f"(i32.eqz {self.cond(e.argument)})", "i32"
        c, t = self.expr(e.argument)
        if op == "-":
            return f"(f64.neg {self.to_f64(c, t)})", "f64"
        if op == "+":
            return self.to_f64(c, t), "f64"
        if op == "~":
            return f"(f64.convert_i32_s (i32.xor {self.to_int(c, t)} (i32.const -1)))", "f64"
        if op == "void":
            return f"(block (result anyref) (drop {c}) (ref.null any))", "any"
        raise Unsupported(e, f"the operator `{op}`")

    HOST_OBJECTS = ("console", "Math", "JSON")
    # Globals node 20 has that the build does not model: `typeof` of them is node's
    # answer (they exist), not "undefined" as for a name no one defined.
    NODE_GLOBAL_OBJECTS = frozenset({"globalThis", "global", "process", "Intl", "Reflect", "Atomics", "WebAssembly",
                                     "crypto", "performance", "navigator"})
    NODE_GLOBAL_STRINGS = frozenset({"__dirname", "__filename"})
    NODE_GLOBAL_FUNCTIONS = frozenset(
        "AbortController AbortSignal AggregateError ArrayBuffer BigInt BigInt64Array BigUint64Array Blob "
        "BroadcastChannel Buffer CompressionStream DataView Date DecompressionStream DOMException Event EventTarget "
        "File FinalizationRegistry Float32Array Float64Array FormData Function Headers Int16Array Int32Array "
        "Int8Array Map MessageChannel MessageEvent MessagePort Promise Proxy ReadableStream RegExp Request Response "
        "Set SharedArrayBuffer Symbol TextDecoder TextEncoder TransformStream URL URLSearchParams Uint16Array "
        "Uint32Array Uint8Array Uint8ClampedArray WeakMap WeakRef WeakSet WritableStream atob btoa clearImmediate "
        "clearInterval clearTimeout decodeURI decodeURIComponent encodeURI encodeURIComponent escape eval fetch "
        "queueMicrotask setImmediate setInterval setTimeout structuredClone unescape".split())
    HOST_FUNCTIONS = ("Object", "Array", "String", "Number", "Boolean", "parseInt", "parseFloat", "isNaN",
                      "isFinite", "require", "encodeURIComponent", "encodeURI", "decodeURIComponent",
                      "decodeURI") + ERROR_CLASSES

    def host_typeof(self, a: Any) -> Optional[str]:
        """typeof of a host global or of one of its methods, without evaluating it."""
        if a.type == "Identifier" and self.var_of(a) is None:
            if a.name in self.HOST_OBJECTS:
                return "object"
            if a.name == "require" and not self.mod.is_commonjs(self.fi.file_index):
                return None   # an ES module has none
            if a.name in self.HOST_FUNCTIONS or a.name in self.NODE_GLOBAL_FUNCTIONS:
                return "function"
            if a.name in self.NODE_GLOBAL_OBJECTS:
                return "object"
            if a.name in self.NODE_GLOBAL_STRINGS:
                return "string"
        if a.type == "MemberExpression" and not a.computed and a.object.type == "Identifier" \
                and self.var_of(a.object) is None and a.object.name in ("console", "Math"):
            name = a.property.name
            if a.object.name == "console" and name in ("log", "error", "warn", "info", "debug", "trace"):
                return "function"
            if a.object.name == "Math" and (name in MATH_UNARY_NATIVE or name in MATH_HOST
                                            or name in ("round", "sign", "max", "min", "imul", "clz32", "fround")):
                return "function"
        return None

    def delete(self, e: Any) -> tuple[str, str]:
        a = e.argument
        if a.type != "MemberExpression":
            raise Unsupported(e, "`delete` of something other than a property")
        obj = self.expr_any(a.object)
        key = self.member_key(a)
        return f"(block (result i32) (call $delete_generic {obj} {key}) (i32.const 1))", "i32"

    def member_key(self, m: Any) -> str:
        if not m.computed:
            return self.mod.string(m.property.name)
        return self.to_str(*self.expr(m.property))

    ARITH = {"-": "f64.sub", "*": "f64.mul", "/": "f64.div"}
    BITS = {"|": "i32.or", "&": "i32.and", "^": "i32.xor", "<<": "i32.shl", ">>": "i32.shr_s", ">>>": "i32.shr_u"}
    CMP = {"<": ("f64.lt", "(i32.eq {r} (i32.const -1))"), ">": ("f64.gt", "(i32.eq {r} (i32.const 1))"),
           "<=": ("f64.le", "(i32.le_u (i32.add {r} (i32.const 1)) (i32.const 1))"),
           ">=": ("f64.ge", "(i32.lt_u {r} (i32.const 2))")}
    I32_CMP = {"<": "i32.lt_s", ">": "i32.gt_s", "<=": "i32.le_s", ">=": "i32.ge_s"}

    def e_BinaryExpression(self, e: Any) -> tuple[str, str]:
        if e.operator == "in" and e.left.type == "PrivateIdentifier":
            return private.has(self, e), "i32"   # `#x in o`: the brand
        if e.operator == "instanceof" and e.right.type == "Identifier" and e.right.name in TYPED_KINDS \
                and self.var_of(e.right) is None:   # `x instanceof Float64Array`: the typed array's kind
            return f"(call $is_typed {self.expr_any(e.left)} (i32.const {TYPED_KINDS[e.right.name]}))", "i32"
        return self.binary(e.operator, e.left, e.right, e)

    def binary(self, op: str, left: Any, right: Any, e: Any, lhs: Optional[tuple] = None) -> tuple[str, str]:
        if op in ("===", "!==", "==", "!=") and left is not None and lhs is None:
            # a scalar object tested against null: a result by value that may be null
            for side, other in ((left, right), (right, left)):
                if is_null_literal(other) and scalar.is_scalar(self, side):
                    return scalar.null_test(self, op, side)
        a, ta = lhs if lhs is not None else self.expr(left)
        if op in ("===", "!==") and (char := _one_char_literal(right)) is not None and ta in ("any", "str"):
            r = self.one_char_eq(a, ta, char)
            return (f"(i32.eqz {r})" if op == "!==" else r), "i32"
        b, tb = self.expr(right)
        if op in ("===", "!==") and left is not None and (char := _one_char_literal(left)) is not None \
                and tb in ("any", "str"):
            r = self.one_char_eq(b, tb, char)   # (the literal has no effects: b may come first)
            return (f"(i32.eqz {r})" if op == "!==" else r), "i32"
        if op in ("===", "!==", "==", "!="):
            nullish = self.nullish_literal(right) or (self.nullish_literal(left) if left is not None else None)
            if nullish is not None:
                code, t = (a, ta) if self.nullish_literal(right) else (b, tb)
                return self.nullish_test(op, nullish, code, t)
        if op == "+":
            # a read the plan proves holds no string or object adds as a number, when the
            # other side is one too (`undefined + s` with a string s concatenates)
            # (so does a number or undefined in f64|undefined storage)
            left_prim = ta == "any" and (_box_u_inner(a) is not None or (
                left is not None and self.mod.is_primitive_read(self.fi.file_index, left)))
            right_prim = tb == "any" and (_box_u_inner(b) is not None or self.mod.is_primitive_read(self.fi.file_index, right))
            if left_prim and (tb in ("f64", "i32") or right_prim):
                ta, a = "f64", self.to_f64(a, ta)
            if right_prim and ta in ("f64", "i32"):
                tb, b = "f64", self.to_f64(b, tb)
            if ta == "i32" and tb == "f64":
                ta, a = "f64", self.to_f64(a, ta)
            if tb == "i32" and ta == "f64":
                tb, b = "f64", self.to_f64(b, tb)
        if op in ("+", "-") and ta == tb == "f64":
            # `v += x` (no left node) bounds v as the assignment's target
            lnode = left if left is not None else \
                (e.left if e.type == "AssignmentExpression" and e.left.type == "Identifier" else None)
            summed = self.int_sum(op, lnode, right, a, b)
            if summed is not None:
                return summed, "f64"
        return self.binop(op, a, ta, b, tb, e)

    def one_char_eq(self, code: str, t: str, char: int) -> str:
        """code (a string, or any value) === a one-character string literal of code
        unit `char`, inline: a lexer's comparisons of its current character were a
        sixth of AWFY Json's time, in calls of $strict_eq_str, $str_eq and $strict_eq."""
        s = self.local("(ref null $Str)")
        same = (f"(if (result i32) (i32.eq (array.len (local.get {s})) (i32.const 1)) "
                f"(then (i32.eq (array.get_u $Str (local.get {s}) (i32.const 0)) (i32.const {char}))) "
                f"(else (i32.const 0)))")
        if t == "str":
            return f"(block (result i32) (local.set {s} {code}) {same})"
        done, other = self.label("ch"), self.label("notstr")
        return (f"(block {done} (result i32) (drop (block {other} (result anyref) "
                f"(local.set {s} (br_on_cast_fail {other} anyref (ref $Str) {code})) (br {done} {same}))) "
                f"(i32.const 0))")

    def strict_eq_num(self, a: str, ta: str, b: str) -> str:
        """a === b where one side is a number (f64) and the other any value,
        evaluated left to right; a small integer (i31) is compared inline."""
        x, v = self.local("f64"), self.local("anyref")
        first, second = ((f"(local.set {x} {a})", f"(local.set {v} {b})") if ta == "f64"
                         else (f"(local.set {v} {a})", f"(local.set {x} {b})"))
        done, other = self.label("eq"), self.label("other")
        return (f"(block {done} (result i32) {first} {second} (call $strict_eq_num (block {other} (result anyref) "
                f"(br {done} (f64.eq (f64.convert_i32_s (i31.get_s (br_on_cast_fail {other} anyref (ref i31) "
                f"(local.get {v})))) (local.get {x})))) (local.get {x})))")

    def nullish_literal(self, e: Any) -> Optional[str]:
        """"null" or "undefined" when e is that literal (the global `undefined`)."""
        if is_null_literal(e):
            return "null"
        if e.type == "Identifier" and e.name == "undefined" and self.var_of(e) is None:
            return "undefined"
        if e.type == "Identifier":
            # a `const X = null` read where it is certainly set (no dead zone to test)
            v = self.var_of(e)
            if v is not None and v.null_const and not self.tdz_risk(v, e) and not self.before_initialisation(v, e):
                return "null"
        return None

    def nullish_test(self, op: str, literal: str, code: str, t: str) -> tuple[str, str]:
        """`x === null`, `x == undefined`, ...: one test, no generic equality."""
        inner = _box_u_inner(code) if t == "any" else None
        if t != "any" or (inner is not None and literal == "null" and len(op) == 3):
            r = f"(block (result i32) (drop {code if inner is None else inner}) (i32.const 0))"
        elif inner is not None:   # an f64|undefined: undefined is its one NaN
            r = f"(i64.eq (i64.reinterpret_f64 {inner}) (i64.const {UNDEF_BITS}))"
        elif len(op) == 2:
            r = f"(call $nullish {code})"
        elif literal == "null":
            r = f"(ref.test (ref $Null) {code})"
        else:
            r = f"(ref.is_null {code})"
        return (f"(i32.eqz {r})" if op.startswith("!") else r), "i32"

    def remainder(self, a: str, b: str) -> str:
        """`a % b` (f64 operands). By an integer constant c, 0 < |c| < 2^31, a dividend
        that is an integer of i32's range takes i32.rem_s, whose sign is the
        dividend's as in JavaScript (a zero result takes the dividend's sign: -4 % 2
        is -0); any other dividend (a fraction, NaN, an infinity, beyond i32) calls
        $fmod, as every other remainder does."""
        c = _f64_literal(b)
        if c is None or c != c or c != int(c) or not 0 < abs(c) < 2 ** 31:
            return f"(call $fmod {a} {b})"
        t, i, r = self.local("f64"), self.local("i32"), self.local("i32")
        return (f"(block (result f64) (local.set {t} {a}) "
                f"(if (result f64) (f64.eq (local.get {t}) (f64.convert_i32_s (local.tee {i} "
                f"(i32.trunc_sat_f64_s (local.get {t})))))"
                f" (then (if (result f64) (local.tee {r} (i32.rem_s (local.get {i}) (i32.const {int(c)})))"
                f" (then (f64.convert_i32_s (local.get {r})))"
                f" (else (f64.copysign (f64.const 0) (local.get {t})))))"
                f" (else (call $fmod (local.get {t}) {f64const(c)}))))")

    def binop(self, op: str, a: str, ta: str, b: str, tb: str, e: Any) -> tuple[str, str]:
        if op == "+":
            if ta == "f64" and tb == "f64":
                return f"(f64.add {a} {b})", "f64"
            if ta == "str" or tb == "str":
                if ta in ("str", "f64", "i32") and tb in ("str", "f64", "i32"):
                    return f"(call $concat {self.to_str(a, ta)} {self.to_str(b, tb)})", "str"
                return f"(call $add {self.to_any(a, ta)} {self.to_any(b, tb)})", "any"
            return f"(call $add {self.to_any(a, ta)} {self.to_any(b, tb)})", "any"
        if op in self.ARITH:
            return f"({self.ARITH[op]} {self.to_f64(a, ta)} {self.to_f64(b, tb)})", "f64"
        if op == "%":
            return self.remainder(self.to_f64(a, ta), self.to_f64(b, tb)), "f64"
        if op == "**":
            if self.to_f64(b, tb) == f64const(2.0):   # fdlibm's pow(x, 2) is x * x, bit for bit
                t = self.local("f64")
                return f"(f64.mul (local.tee {t} {self.to_f64(a, ta)}) (local.get {t}))", "f64"
            return f"(call $pow {self.to_f64(a, ta)} {self.to_f64(b, tb)})", "f64"
        if op in self.BITS:
            x, y = self.to_int(a, ta), self.to_int(b, tb)
            if op == ">>>":
                return f"(f64.convert_i32_u (i32.shr_u {x} {y}))", "f64"
            return f"(f64.convert_i32_s ({self.BITS[op]} {x} {y}))", "f64"
        if op in self.CMP:
            fop, via = self.CMP[op]
            num_a = ta in ("f64", "i32") or _box_u_inner(a) is not None
            num_b = tb in ("f64", "i32") or _box_u_inner(b) is not None
            ia = _int32_of(a) if ta == "f64" else None
            ib = _int32_of(b) if tb == "f64" else None
            if ia is not None and ib is not None:   # two int32 numbers: an i32 comparison
                return f"({self.I32_CMP[op]} {ia} {ib})", "i32"
            if (num_a and num_b) or (ta == "f64" and tb == "any") or (ta == "any" and tb == "f64"):
                # with a number on one side the comparison is numeric whatever the other is;
                # a number or undefined (an f64|undefined read) compares as its f64, undefined
                # being a NaN, which no relation holds for, as for undefined
                return f"({fop} {self.to_f64(a, ta)} {self.to_f64(b, tb)})", "i32"
            if ta == "str" and tb == "str":
                r = f"(call $str_cmp {a} {b})"
            else:
                r = f"(call $compare {self.to_any(a, ta)} {self.to_any(b, tb)})"
            return via.format(r=r), "i32"
        if op in ("===", "!==", "==", "!="):
            neg = op.startswith("!")
            strict = len(op) == 3
            ia = _int32_of(a) if ta == "f64" else None
            ib = _int32_of(b) if tb == "f64" else None
            if ia is not None and ib is not None:
                r = f"(i32.eq {ia} {ib})"
            elif ta == tb == "f64" or (ta in ("f64", "i32") and tb in ("f64", "i32") and (not strict or ta == tb)):
                r = f"(f64.eq {self.to_f64(a, ta)} {self.to_f64(b, tb)})"
            elif ta == tb == "str":
                r = f"(call $str_eq {a} {b})"
            elif strict and ("f64", "any") in ((ta, tb), (tb, ta)):
                r = self.strict_eq_num(a, ta, b)
            elif strict and ("str", "any") in ((ta, tb), (tb, ta)):
                r = f"(call $strict_eq_str {a} {b})" if tb == "str" else f"(call $str_strict_eq {a} {b})"
            elif strict:
                r = f"(call $strict_eq {self.to_any(a, ta)} {self.to_any(b, tb)})"
            else:
                r = f"(call $loose_eq {self.to_any(a, ta)} {self.to_any(b, tb)})"
            return (f"(i32.eqz {r})" if neg else r), "i32"
        if op == "instanceof":
            return f"(call $instance_of {self.to_any(a, ta)} {self.to_any(b, tb)})", "i32"
        if op == "in":
            left = getattr(e, "left", None)
            if left is not None and left.type == "Literal" and isinstance(left.value, str):
                if left.value == "__proto__":
                    raise Unsupported(left, "`'__proto__' in o` (node finds Object.prototype's accessor)")
                return f"(call $has_generic {self.to_any(b, tb)} {self.to_str(a, ta)})", "i32"
            # a computed key ($key refuses `__proto__`), evaluated before the object, as in node
            ka, ob = self.local("anyref"), self.local("anyref")
            return (f"(block (result i32) (local.set {ka} {self.to_any(a, ta)}) (local.set {ob} {self.to_any(b, tb)}) "
                    f"{self.mod.op_site()} (call $has_generic (local.get {ob}) (call $key (local.get {ka}))))"), "i32"
        raise Unsupported(e, f"the operator `{op}`")

    # assignments ------------------------------------------------------------
    def once(self, node: Any) -> tuple[str, str, Any]:
        """Evaluate `node` once into a local: (its set, the local, a `WasmValue`
        node standing for the value wherever `node` stood)."""
        tmp = self.local("anyref")
        return (f"(local.set {tmp} {self.expr_any(node)})", tmp,
                _Node("WasmValue", node, code=f"(local.get {tmp})"))

    def exit_chain_if_nullish(self, tmp: str) -> str:
        """Leave the optional chain being lowered with undefined when the local is nullish."""
        return f"(drop (br_if {self.chains[-1]} (ref.null any) (call $nullish (local.get {tmp}))))"

    def logical_assign(self, e: Any, want_value: bool) -> str:
        """`t ||= v` is `t || (t = v)` with the parts of t evaluated once: an object
        or computed key with effects goes to a temporary first."""
        t = e.left
        pre = []
        if t.type == "MemberExpression":
            obj, key = t.object, t.property
            if scalar.is_scalar(self, obj) and obj.type not in ("Identifier", "ThisExpression"):
                sc = scalar.scalar_of(self, obj)
                pre.append(sc.pre)
                obj = _Node("ScalarValue", obj, sc=scalar.ScalarObj(sc.tname, sc.slots))
            elif obj.type not in ("Identifier", "ThisExpression"):
                set_obj, _, obj = self.once(obj)
                pre.append(set_obj)
            if t.computed and key.type not in ("Literal",):
                set_key, _, key = self.once(key)
                pre.append(set_key)
            t = _Node("MemberExpression", t, object=obj, property=key)
        elif t.type != "Identifier":
            raise Unsupported(e, f"`{e.operator}` on this target")
        write = _Node("AssignmentExpression", e, operator="=", left=t, right=e.right)
        logical = _Node("LogicalExpression", e, operator=e.operator[:-1], left=t, right=write)
        code, ty = self.expr(logical)
        code = self.to_any(code, ty) if want_value else f"(drop {self.to_any(code, ty)})"
        if not pre:
            return code
        if want_value:
            return f"(block (result anyref) {' '.join(pre)} {code})"
        return " ".join(pre) + " " + code

    # ------------------------------------------------------------------ optional chains
    # `a?.b.c`: every optional link tests its object (or callee) once and, when it is
    # null or undefined, leaves the whole chain with undefined (a branch to the
    # chain's block). The link itself is lowered as the ordinary member or call
    # with its object replaced by the tested value (a `WasmValue` node).
    def e_ChainExpression(self, e: Any) -> tuple[str, str]:
        label = self.label("chain")
        self.chains.append(label)
        try:
            inner = self.expr_any(e.expression)
        finally:
            self.chains.pop()
        return f"(block {label} (result anyref) {inner})", "any"

    def optional_link(self, e: Any, part: str) -> tuple[str, str]:
        """The member or call `e` (optional), its `part` ("object" or "callee")
        evaluated once and tested."""
        if not self.chains:
            raise Unsupported(e, "optional chaining (`?.`) outside a chain")
        if part == "callee" and e.callee.type == "MemberExpression":
            return self.optional_method_call(e)
        if part == "object" and scalar.is_scalar(self, e.object):   # never null or undefined
            return self.expr(_Node(e.type, e, optional=False))
        set_value, tmp, value = self.once(getattr(e, part))
        code, t = self.expr(_Node(e.type, e, optional=False, **{part: value}))
        return f"(block (result {self.wtype(t)}) {set_value} {self.exit_chain_if_nullish(tmp)} {code})", t

    def optional_method(self, e: Any) -> tuple[str, str]:
        """`o?.m(...)`: the receiver tested once, then an ordinary method call on it."""
        m = e.callee
        set_obj, tmp, obj = self.once(m.object)
        callee = _Node("MemberExpression", m, optional=False, object=obj)
        code, t = self.expr(_Node("CallExpression", e, callee=callee))
        return f"(block (result {self.wtype(t)}) {set_obj} {self.exit_chain_if_nullish(tmp)} {code})", t

    def optional_method_call(self, e: Any) -> tuple[str, str]:
        """`o.m?.(...)`: `o` once, its `m` once and tested, then called with `this` = o."""
        m = e.callee
        set_obj, obj_tmp, obj = self.once(m.object)
        set_fn, fn_tmp, _ = self.once(_Node("MemberExpression", m, optional=False, object=obj))
        argc, arr = self.args(e.arguments)
        call = (f"(call $call_spread (local.get {fn_tmp}) (local.get {obj_tmp}) {arr})" if argc is None
                else f"(call $call_value (local.get {fn_tmp}) (local.get {obj_tmp}) {argc})")
        return f"(block (result anyref) {set_obj} {set_fn} {self.exit_chain_if_nullish(fn_tmp)} {call})", "any"

    def e_WasmValue(self, e: Any) -> tuple[str, str]:
        return e.code, getattr(e, "vtype", "any")

    def e_AssignmentExpression(self, e: Any) -> tuple[str, str]:
        return self.assign(e, want_value=True), "any"

    def assign(self, e: Any, want_value: bool) -> str:
        target = e.left
        op = e.operator
        if op in ("&&=", "||=", "??="):
            return self.logical_assign(e, want_value)
        cached = self.mod.static_cache(self, target) if op == "=" else None
        if cached is not None:   # `C.K = v`: the property and its mirror
            tmp = self.local("anyref")
            code = (f"{self.tdz_guard(target.object)} "
                    f"(local.set {tmp} {self.expr_any(e.right)}) (global.set {cached} (local.get {tmp})) "
                    f"{self.mod.at_site(None, f'{self.expr_any(target.object)} {self.mod.string(target.property.name)} (local.get {tmp})', '$set_generic')}")
            return f"(block (result anyref) {code} (local.get {tmp}))" if want_value else code
        if target.type in ("ObjectPattern", "ArrayPattern"):
            if op != "=":
                raise Unsupported(e, "compound assignment to a pattern")
            tmp = self.local("anyref")
            code = f"(local.set {tmp} {self.expr_any(e.right)})\n" + self.bind_pattern(target, f"(local.get {tmp})", "assign", declare=False,
                                                                                    source=("assignment", e.right))
            return f"(block (result anyref) {code} (local.get {tmp}))" if want_value else code
        if target.type == "Identifier":
            v = self.var_of(target)
            if v is None:
                if target.name in ("module", "exports") and self.mod.is_commonjs(self.fi.file_index):
                    raise Unsupported(target, f"assigning to `{target.name}` itself")
                if self.mod.is_strict(self.fi) and op == "=":
                    # strict code: the value is computed, then storing it throws node's ReferenceError
                    code = f"{self.drop(e.right)}\n{self.not_defined(target)}"
                    return f"(block (result anyref) {code})" if want_value else code
                raise Unsupported(target, f"assignment to the undeclared global `{target.name}`")
            if v.kind == "const" and self.own_function_name(v) and not self.mod.is_strict(self.fi):
                # a named function expression's own name, in sloppy code: the write is ignored
                c = self.to_any(*self.expr(e.right)) if op == "=" else \
                    self.to_any(*self.binary(op[:-1], target, e.right, e))
                return c if want_value else f"(drop {c})"
            if v.kind in ("const", "import"):
                # the value is computed (the binding read first for `op=`), then
                # storing it throws node's TypeError
                if op == "=":
                    value = self.drop(e.right)
                else:
                    value = f"(drop {self.to_any(*self.binary(op[:-1], target, e.right, e))})"
                value += "\n" + self.tdz_guard(target)   # too early: a ReferenceError before the TypeError
                return f"(block (result anyref) {value} {self.const_assignment()})" if want_value \
                    else f"{value}\n{self.const_assignment()}"
            if id(v) in self.sb_vars:
                if op == "+=":
                    return string_builders.append(self, v, e, want_value)
                if op == "=" and not want_value:
                    return self.store_var(v, *self.named(e.right, target.name))
                self.sb_violations.add(id(v))
                return "(ref.null any)" if want_value else "(nop)"
            if id(v) in self.scalar_vars:   # a variable kept as fields: the call fills them
                if op != "=" or want_value:
                    raise AssertionError("scalar replacement: a variable kept as fields is assigned "
                                         "in a way the plan's rule excludes")
                return scalar.assign(self, v, e.right)
            unboxed = self.unboxed_local(v)
            if unboxed is not None:
                if op == "=":
                    c, t = self.expr(e.right)
                else:
                    c, t = self.binary(op[:-1], None, e.right, e, lhs=unboxed)
                store = self.store_var(v, c, t)
                if want_value:
                    return f"(block (result anyref) {store} {self.to_any(*unboxed)})"
                return store
            if op == "=":
                value = self.to_any(*self.named(e.right, target.name))
            else:
                c, t = self.binary(op[:-1], None, e.right, e, lhs=(self.read_var(v, target), "any"))
                value = self.to_any(c, t)
            if want_value:
                tmp = self.local("anyref")
                return f"(block (result anyref) {self.write_var(v, f'(local.tee {tmp} {value})', target)} (local.get {tmp}))"
            return self.write_var(v, value, target)
        if target.type == "MemberExpression":
            if op == "=":
                inlined = None if want_value else self.inline_new_write(target, e.right)
                if inlined is not None:
                    return inlined
                if not want_value and self.unread_write(target, e.right):
                    return "(nop (;@unread;))"
                c, t = self.expr(e.right)
                return self.member_store(target, c, t, drop=not want_value)
            key = self.static_member_key(target)
            if key is not None and scalar.is_scalar(self, target.object):
                return scalar.compound(self, scalar.scalar_of(self, target.object), key, e, want_value)
            if (static := private.static_member(self, target)) is not None:   # `C.#n += v`: read (C checked), the global
                g = self.mod.static_global(static[0], key)
                tmp = self.local("anyref")
                code = f"(global.set {g} (local.tee {tmp} {self.to_any(*self.binary(op[:-1], target, e.right, e))}))"
                return f"(block (result anyref) {code} (local.get {tmp}))" if want_value else code
            typed = self.typed_update(target)
            if typed is not None:
                return self.field_compound(typed, e, want_value)
            # compound: evaluate object (and key) once
            otmp = self.local("anyref")
            pre = f"(local.set {otmp} {self.expr_any(target.object)})"
            if target.computed:
                ktmp, kget, kput, kset = self.index_once(target.property)
                pre += f"\n{kset}"
                cur = self.mod.at_site("anyref", f"(local.get {otmp}) (local.get {ktmp})", kget)
            else:
                cur = self.mod.getter(target.property.name, f"(local.get {otmp})")
            strict = self.strict_write(target.object)
            if op == "+=" and not want_value and not target.computed:
                rc, rt = self.expr(e.right)
                if rt == "f64" and not strict:
                    return f"{pre}\n" + self.mod.adder_f64(target.property.name, f"(local.get {otmp})", rc)
                c, t = self.binop("+", cur, "any", rc, rt, e)
            else:
                c, t = self.binary(op[:-1], None, e.right, e, lhs=(cur, "any"))
            if t == "f64" and not want_value and not target.computed and not strict:
                return f"{pre}\n" + self.mod.setter_f64(target.property.name, f"(local.get {otmp})", c)
            value = self.to_any(c, t)
            vtmp = self.local("anyref")
            if strict:
                k = f"(local.get {ktmp})" if target.computed else self.mod.string(target.property.name)
                if target.computed and kget == "$get_index_f":
                    k = f"(call $box {k})"
                store = self.mod.at_site(None, f"(local.get {otmp}) {k} (local.tee {vtmp} {value})", "$set_strict")
            elif target.computed:
                store = self.mod.at_site(None, f"(local.get {otmp}) (local.get {ktmp}) (local.tee {vtmp} {value})", kput)
            else:
                store = self.mod.setter(target.property.name, f"(local.get {otmp})", f"(local.tee {vtmp} {value})")
            code = f"{pre}\n{store}"
            return f"(block (result anyref) {code} (local.get {vtmp}))" if want_value else code
        raise Unsupported(target, "this assignment target")

    def strict_write(self, obj: Any) -> bool:
        """Whether a property write to obj's value tests for a primitive receiver:
        in strict code node throws a TypeError there (sloppy code ignores the
        write, as $set_generic does), unless the plan proves the value an object."""
        if obj.type in _OBJECT_SYNTAX:
            return False
        if self.strict is None:
            self.strict = self.mod.is_strict(self.fi)
        return self.strict and not self.mod.is_object_read(self.fi.file_index, obj)

    def index_once(self, key: Any) -> tuple[str, str, str, str]:
        """A computed key evaluated once into a local: (the local, the runtime's
        element getter and setter for it, the code setting the local). A number
        stays an f64, so an array index needs no box (`$get_index_f`/`$set_index_f`)."""
        c, t = self.expr(key)
        if t == "f64":
            tmp = self.local("f64")
            return tmp, "$get_index_f", "$set_index_f", f"(local.set {tmp} {c})"
        tmp = self.local("anyref")
        return tmp, "$get_index", "$set_index", f"(local.set {tmp} {self.to_any(c, t)})"

    def member_store(self, m: Any, code: str, t: str, drop: bool) -> str:
        if m.object.type == "Super":
            raise Unsupported(m, "assignment to a `super` property")
        key = self.static_member_key(m)
        if key is not None and scalar.is_scalar(self, m.object):
            return scalar.write(self, scalar.scalar_of(self, m.object), key, code, t, drop)
        if private.is_private(m):
            if private.static_member(self, m) is not None:
                return private.static_write(self, m, self.to_any(code, t), drop)
            return self.field_write(private.receiver(self, m, "write"), key, code, t, drop)
        if key is not None:
            typed = self.struct_receiver(m.object, key)
            if typed is not None:
                return self.field_write(typed, key, code, t, drop)
        access = self.array_access(m.object) if key is None else None
        obj = self.expr_any(m.object) if access is None else access[3]
        strict = self.strict_write(m.object)
        if key is not None and t == "f64" and drop and not strict:
            return self.mod.setter_f64(key, obj, code)
        value = self.to_any(code, t)
        vtmp = self.local("anyref")
        if not drop:
            value = f"(local.tee {vtmp} {value})"
        if strict:
            k = self.mod.string(key) if key is not None else self.expr_any(m.property)
            store = self.mod.at_site(None, f"{obj} {k} {value}", "$set_strict")
        elif key is not None:
            store = self.mod.setter(key, obj, value)
        else:
            kc, kt = self.expr(m.property)
            if access is not None and kt == "f64":
                store = self.array_write(access, kc, value)
            else:
                store = (self.mod.at_site(None, f"{obj} {kc} {value}", "$set_index_f") if kt == "f64"
                         else self.mod.at_site(None, f"{obj} {self.to_any(kc, kt)} {value}", "$set_index"))
                if access is not None:
                    store = f"{access[0]} {store}"
        if drop:
            return store
        return f"(block (result anyref) {store} (local.get {vtmp}))"

    # array elements in place -----------------------------------------------------
    # `x[i]` with a number index, `x[i] = v` and `x.length` try the array's element
    # storage first where x is a typed array local (ref_vars, "array") or a read the
    # plan finds holds arrays (array_reads): an integer index inside the length goes
    # straight to the storage; anything else (not an array, undefined, a hole, past
    # the end, not an integer) takes the runtime's generic path, which decides as
    # before. The test is at run time, so the plan only says where it is worth it.
    def array_local(self, obj: Any) -> Optional[str]:
        if obj.type != "Identifier":
            return None
        v = self.var_of(obj)
        if v is None or self.ref_vars.get(id(v)) != "array":
            return None
        return v.wasm

    def array_access(self, obj: Any, always: bool = False) -> Optional[tuple]:
        """(evaluate obj, the array as (ref null $Arr) for the fast path given its
        slow label, obj as anyref for the slow path), or None where not worth it
        (unless `always`: any read the plan does not keep as a scalar object)."""
        local = self.array_local(obj)
        if local is not None:
            self.ref_hits.add(local)
            return "", lambda slow: f"(br_if {slow} (ref.is_null (local.get {local})))", f"(local.get {local})", \
                f"(local.get {local})"
        if obj.type == "Super" or scalar.is_scalar(self, obj) or \
                not (always or self.mod.is_array_read(self.fi.file_index, obj)):
            return None
        o, a = self.local("anyref"), self.local("(ref null $Arr)")
        ok = self.label("arr")
        return (f"(local.set {o} {self.expr_any(obj)})",
                lambda slow: (f"(local.set {a} (block {ok} (result (ref $Arr)) (br_on_cast {ok} anyref (ref $Arr) "
                              f"(local.get {o})) (drop) (br {slow})))"),
                f"(local.get {a})", f"(local.get {o})")

    def array_read(self, access: tuple, e: Any) -> tuple[str, str]:
        pre, to_arr, arr, obj = access
        done, slow = self.label("elem"), self.label("slow")
        if not e.computed:   # .length
            self.mod.getf_names.add("length")
            if self.proven_array(e.object):
                # only null or undefined takes the slow path, which throws: the length
                # is an int32
                return (f"(f64.convert_i32_s (block {done} (result i32) (block {slow} {pre} {to_arr(slow)} "
                        f"(br {done} (struct.get $Arr $len {arr}))) {self.mod.op_site()} "
                        f"(i32.trunc_sat_f64_s (call $getf.length {obj}))))"), "f64"
            return (f"(block {done} (result f64) (block {slow} {pre} {to_arr(slow)} "
                    f"(br {done} (f64.convert_i32_u (struct.get $Arr $len {arr})))) {self.mod.op_site()} (call $getf.length {obj}))"), "f64"
        kc, kt = self.expr(e.property)
        if kt != "f64":
            return f"(block (result anyref) {pre} {self.mod.at_site('anyref', f'{obj} {self.to_any(kc, kt)}', '$get_index')})", "any"
        k, i, v = self.local("f64"), self.local("i32"), self.local("anyref")
        set_k, exact = self.set_index(k, i, kc)
        return (f"(block {done} (result anyref) (block {slow} {pre} {set_k} {to_arr(slow)} "
                f"{self.index_inside(k, i, arr, slow, exact)} "
                f"(local.set {v} (array.get $Vals (struct.get $Arr $data {arr}) (local.get {i}))) "
                f"(br_if {slow} (ref.eq (ref.cast eqref (local.get {v})) (global.get $hole))) "
                f"(br {done} (local.get {v}))) "
                f"{self.mod.op_site()} (call $get_index_f {obj} (local.get {k})))"), "any"

    @staticmethod
    def set_index(k: str, i: str, kc: str) -> tuple[str, bool]:
        """(code evaluating the f64 index kc into k, whether it also set i): an
        int32 made a number (a bit operation's result) is kept as the i32 i too,
        which index_inside then need not check for a fraction."""
        inner = _sole_operand(kc, "f64.convert_i32_s")
        if inner is None:
            return f"(local.set {k} {kc})", False
        return f"(local.set {i} {inner}) (local.set {k} (f64.convert_i32_s (local.get {i})))", True

    @staticmethod
    def index_inside(k: str, i: str, arr: str, slow: str, exact: bool) -> str:
        """Set i to the f64 index k as an i32, or branch to slow unless k is an
        integer inside the array's length (-0 is 0; NaN, fractions, negative and
        huge numbers are not). exact: set_index set i to k already."""
        if exact:
            return f"(br_if {slow} (i32.ge_u (local.get {i}) (struct.get $Arr $len {arr})))"
        return (f"(local.set {i} (i32.trunc_sat_f64_s (local.get {k}))) "
                f"(br_if {slow} (f64.ne (f64.convert_i32_s (local.get {i})) (local.get {k}))) "
                f"(br_if {slow} (i32.ge_u (local.get {i}) (struct.get $Arr $len {arr})))")

    def array_write(self, access: tuple, kc: str, value: str) -> str:
        """obj[k] = value (k an f64, value an anyref), evaluated in that order."""
        pre, to_arr, arr, obj = access
        done, slow = self.label("put"), self.label("slow")
        k, i, v = self.local("f64"), self.local("i32"), self.local("anyref")
        set_k, exact = self.set_index(k, i, kc)
        # a typed array's store converts the value: the runtime's path
        typed = f"(br_if {slow} (struct.get $Arr $kind {arr})) " if self.mod.plan.typed_arrays else ""
        return (f"(block {done} (block {slow} {pre} {set_k} (local.set {v} {value}) {to_arr(slow)} {typed}"
                f"{self.index_inside(k, i, arr, slow, exact)} "
                f"(array.set $Vals (struct.get $Arr $data {arr}) (local.get {i}) (local.get {v})) "
                f"(br {done})) "
                f"{self.mod.op_site()} (call $set_index_f {obj} (local.get {k}) (local.get {v})))")

    # typed receivers ----------------------------------------------------------
    # Where the plan proves an object expression is a struct of one type T (or
    # null or undefined), `o.key` for a field of T is a struct.get/struct.set on T; for
    # null and undefined the access takes the generic path, which throws node's TypeError.
    def struct_receiver(self, obj: Any, key: str) -> Optional[tuple]:
        """(code, plan type, field, nullable) for `obj.key` when obj's plan type is
        a struct type with the field `key`; code is (ref $T) unless nullable."""
        st = self.struct_type_of(obj)
        if st is None:
            return None
        tname, nullable = st
        f = self.mod.struct_field(tname, key)
        if f is None or self.mod.accessor_in_hierarchy(tname, key):
            return None
        if not f.initialized and self.mod.inherits_key(tname, key):
            return None   # until the object has it, `obj.key` finds the inherited one
        return self.typed_value(obj, tname, nullable), tname, f, nullable

    def struct_type_of(self, e: Any) -> Optional[tuple[str, bool]]:
        """(plan struct type, may be nullish) when the plan types the read e as
        objects of one struct type."""
        if e.type == "Super":
            return None
        rt = self.read_type(e)
        if rt is None or not rt.startswith("(ref "):
            return None
        nullable = rt.startswith("(ref null ")
        return rt[len("(ref null " if nullable else "(ref "):-1], nullable

    def struct_union_of(self, e: Any) -> Optional[tuple[tuple, bool]]:
        """((struct types), may be nullish) when the plan types the read e as
        objects of one of a few struct types with no common supertype."""
        if e.type == "Super":
            return None
        u = self.mod.read_union(self.fi.file_index, e)
        if u is not None and self.unset_var_read(e):
            return u[0], True
        return u

    def unset_var_read(self, e: Any) -> bool:
        """Whether e reads a `var` that may be read before it is assigned (hoisting):
        undefined then, which the plan's values do not show."""
        if e.type != "Identifier":
            return False
        v = self.var_of(e)
        return v is not None and v.kind == "var" and not self.mod.set_var(v)

    def require_object(self, code: str, key: str) -> str:
        """code (an anyref) unchanged, except that null and undefined throw node's
        TypeError for reading `key` here, before anything after it runs."""
        tmp = self.local("anyref")
        return (f"(block (result anyref) (local.set {tmp} {code}) (if (i32.or (ref.is_null (local.get {tmp})) "
                f"(ref.test (ref $Null) (local.get {tmp}))) (then {self.mod.op_site()} (drop (call $req_obj (local.get {tmp}) "
                f"{self.mod.string(key)})))) (local.get {tmp}))")

    def typed_local(self, code: str, tname: str) -> bool:
        """Whether code reads a typed local (ref_vars) whose type is tname or a
        subtype: then it needs no cast, only a test for undefined (the use is
        counted, see ModuleBuilder.lower_typed)."""
        if not (code.startswith("(local.get ") and code.count("(") == 1):
            return False
        name = code[len("(local.get "):-1]
        held = self.ref_locals.get(name)
        if held is None or not self.mod.is_subtype(held, tname):
            return False
        self.ref_hits.add(name)
        return True

    def typed_object(self, code: str, tname: str, key: str) -> str:
        """code (maybe nullish) as `(ref $T)`; null and undefined throw node's
        TypeError for reading `key`."""
        if self.typed_local(code, tname):
            return self.non_null(code, f"(ref {self.mod.wt(tname)})", key)
        return self.mod.cast(self, tname, self.require_object(code, key))

    def non_null(self, code: str, wtype: str, key: str) -> str:
        """code, a typed local that holds wtype or undefined, as wtype; undefined
        throws node's TypeError for reading `key` (the local cannot hold null,
        which dynamic values spell as an object of its own)."""
        ok = self.label("typed")
        return (f"(block {ok} (result {wtype}) (br_on_non_null {ok} {code}) "
                f"{self.mod.op_site()} (drop (call $req_obj (ref.null any) {self.mod.string(key)})) (unreachable))")

    def read_type(self, e: Any) -> Optional[str]:
        """The plan's type of a read; a `var` may also be read before it is
        assigned (hoisting), which the plan's values do not show: undefined."""
        rt = self.mod.read_type(self.fi.file_index, e)
        if rt is not None and self.unset_var_read(e):
            return "(ref null " + rt[len("(ref "):].removeprefix("null ") if rt.startswith("(ref ") else None
        return rt

    def typed_value(self, obj: Any, tname: str, nullable: bool) -> str:
        wt = self.mod.wt(tname)
        if not nullable and obj.type == "ThisExpression" and self.res.this_uses.get(id(obj)) is None \
                and self.kind != "file" and not self.fi.is_arrow:
            if self.this_typed is None:
                self.this_typed = (self.local(f"(ref null {wt})", "this_t"), wt, tname)
            if self.this_typed[1] == wt:
                return f"(local.get {self.this_typed[0]})"
        code = self.expr_any(obj)
        return code if nullable else self.mod.cast(self, tname, code)

    def field_read(self, typed: tuple, key: str) -> tuple[str, str]:
        code, tname, f, nullable = typed
        wt = self.mod.wt(tname)
        if f.inline:   # a fresh object of the parts: nobody can tell it from the one stored
            obj = self.local(f"(ref null {wt})")
            code = self.typed_object(code, tname, key) if nullable else code
            return (f"(block (result anyref) (local.set {obj} {code}) "
                    f"{self.mod.inline_get(tname, f, f'(local.get {obj})')})"), "any"
        ft = self.mod.field_wasm_type(f)
        undef = self.mod.field_undef(f)
        if nullable:
            done, miss = self.label("done"), self.label("miss")
            num = ft == "f64" and not undef
            rtype = "f64" if ft == "f64" else "anyref"
            slow = f"(call $getf.{self.mod.wasm_name(key)})" if num else f"(call $get.{self.mod.wasm_name(key)})"
            if undef:   # (null and undefined throw there)
                slow = f"(call $unbox_u {slow})"
            (self.mod.getf_names if num else self.mod.get_names).add(key)
            get = f"(struct.get {wt} {f.index + FIELD0} {self.mod.cast(self, tname, code, fail=miss)})"
            if ft != "f64" and not f.initialized:
                get = self.unabsent(get)
            block = f"(block {done} (result {rtype}) (block {miss} (result anyref) (br {done} {get})) {self.mod.op_site()} {slow})"
            return (f"{BOX_U}{block})", "any") if undef else (block, "f64" if num else "any")
        get = f"(struct.get {wt} {f.index + FIELD0} {code})"
        if undef:
            return f"{BOX_U}{get})", "any"
        if ft == "f64":
            return get, "f64"
        if not f.initialized:
            get = self.unabsent(get)
        elif f.type == "string":
            # the plan proves a string, set before the object can be seen: typed, so
            # `.length` and string methods on it need no dispatch
            return f"(ref.cast (ref $Str) {get})", "str"
        return get, "any"

    def unread_write(self, m: Any, value: Any) -> bool:
        """May the statement `this.k = value` be left out? When the plan says no
        code sees field k of the objects `this` may be (Field.read), `this` is
        bound (not a derived class's constructor, where `this` is bound by
        super()), and evaluating value cannot be seen (codegen/dead_args.py)."""
        if m.object.type != "ThisExpression" or private.is_private(m) or getattr(m, "optional", False) \
                or self.fi.is_arrow:
            return False
        key = self.static_member_key(m)
        if key is None or (self.kind == "ctor" and self.cls is not None
                           and (self.cls.dynamic_parent or self.cls.builtin_parent is not None)):
            return False
        if self.scalar_this is not None or scalar.is_scalar(self, m.object):
            return False
        # (not struct_receiver: that would type `this` for a write that is not made)
        return dead_args.unread_field(self.mod, self.fi, m.object, key) is not None and dead_args.pure(self, value)

    def unabsent(self, code: str) -> str:
        """A field that may not be set yet, read: undefined for the absent marker
        (runtime.wat's $unabsent, inline: a call per read cost AWFY NBody 6% of
        its time reading `this.bodies`)."""
        tmp = self.local("anyref")
        return (f"(block (result anyref) (local.set {tmp} {code}) "
                f"(if (result anyref) (ref.eq (ref.cast eqref (local.get {tmp})) (global.get $absent)) "
                f"(then (ref.null any)) (else (local.get {tmp}))))")

    def field_value(self, f: Any, code: str, t: str) -> str:
        """code (of lowered type t) as f's storage."""
        if self.mod.field_undef(f):
            return self.to_u(code, t)
        return self.to_f64(code, t) if self.mod.field_wasm_type(f) == "f64" else self.to_any(code, t)

    def field_stored(self, f: Any, code: str) -> tuple[str, str]:
        """f's storage read by code, as a lowered (code, type)."""
        if self.mod.field_undef(f):
            return f"{BOX_U}{code})", "any"
        return code, ("f64" if self.mod.field_wasm_type(f) == "f64" else "any")

    def field_write(self, typed: tuple, key: str, code: str, t: str, drop: bool) -> str:
        obj, tname, f, nullable = typed
        wt = self.mod.wt(tname)
        if f.inline:
            return self.inline_write(typed, key, self.to_any(code, t), drop)
        ft = self.mod.field_wasm_type(f)
        vtype = "f64" if ft == "f64" else "anyref"
        value = self.field_value(f, code, t)
        otmp = self.local(f"(ref null {wt})" if not nullable else "anyref")
        vtmp = self.local(vtype)
        if nullable:
            # null or undefined: the generic setter throws (after the value is evaluated, as in JS)
            slow = self.mod.setter(key, f"(local.get {otmp})", self.to_any(*self.field_stored(f, f"(local.get {vtmp})")))
            done, miss = self.label("done"), self.label("miss")
            store = (f"(local.set {otmp} {obj}) (local.set {vtmp} {value})\n"
                     f"(block {done} (drop (block {miss} (result anyref) (struct.set {wt} {f.index + FIELD0} "
                     f"{self.mod.cast(self, tname, f'(local.get {otmp})', fail=miss)} (local.get {vtmp})) (br {done}))) {slow})")
        else:
            store = f"(local.set {otmp} {obj}) (local.set {vtmp} {value})\n(struct.set {wt} {f.index + FIELD0} (local.get {otmp}) (local.get {vtmp}))"
        if drop:
            return store
        return f"(block (result anyref) {store} {self.to_any(*self.field_stored(f, f'(local.get {vtmp})'))})"

    def inline_receiver(self, e: Any) -> Optional[tuple]:
        """(the receiver as (ref $H), H, the field) when `e` reads an inline field
        `o.k` of a struct; a nullish receiver throws node's TypeError there."""
        if e.type != "MemberExpression" or getattr(e, "optional", False) or e.object.type == "Super":
            return None
        k = self.static_member_key(e)
        if k is None or scalar.is_scalar(self, e.object):
            return None
        typed = self.struct_receiver(e.object, k)
        if typed is None or not typed[2].inline:
            return None
        code, tname, f, nullable = typed
        return (self.typed_object(code, tname, k) if nullable else code), tname, f

    def inline_part_read(self, inner: Any, key: str) -> Optional[tuple[str, str]]:
        """`o.k.key` where o.k is an inline field and `key` one of its parts: the
        number, read in place."""
        got = self.inline_receiver(inner)
        if got is None:
            return None
        code, tname, f = got
        idx = self.mod.inline_part(tname, f, key)
        return (f"(struct.get {self.mod.wt(tname)} {idx} {code})", "f64") if idx is not None else None

    def inline_parts_into(self, e: Any, sc: scalar.ScalarObj) -> Optional[str]:
        """Code that loads into sc's slots the parts of `e` when it reads an inline
        field of sc's type (a copy of numbers: no object in between), else None."""
        got = self.inline_receiver(e)
        if got is None or got[2].inline != sc.tname:
            return None
        code, tname, f = got
        wt = self.mod.wt(tname)
        obj = self.local(f"(ref null {wt})")
        return f"(local.set {obj} {code}) " + " ".join(
            f"(local.set {sc.slots[p.name]} (struct.get {wt} {idx} (local.get {obj})))"
            for idx, p in self.mod.inline_parts(tname, f))

    def inline_write(self, typed: tuple, key: str, value: str, drop: bool) -> str:
        """`o.k = v` on an inline field: v's parts copied in."""
        sc = scalar.new_slots(self, typed[2].inline)
        vtmp = self.local("anyref")
        store = self.store_parts(typed, key, f"(local.set {vtmp} {value})\n{scalar.load(self, sc, f'(local.get {vtmp})')}", sc)
        return store if drop else f"(block (result anyref) {store} (local.get {vtmp}))"

    def inline_new_write(self, m: Any, rhs: Any) -> Optional[str]:
        """`o.k = <T's fields>` on an inline field of T, where the value need not
        be an object: `new T(...)` (the constructor's copy for a scalar `this`
        fills locals; no T is made, marked `@inlined` for --stats), a call whose
        result the plan takes as fields, or a read of another inline field of T.
        The receiver is evaluated first, then the value, then the parts stored."""
        key = self.static_member_key(m)
        if key is None or scalar.is_scalar(self, m.object):
            return None
        if rhs.type in ("CallExpression", "MemberExpression"):
            typed = self.struct_receiver(m.object, key)
            if typed is None or not typed[2].inline:
                return None
            if scalar.is_scalar(self, rhs):
                sc = scalar.scalar_of(self, rhs)
                return self.store_parts(typed, key, sc.pre, sc)
            sc = scalar.new_slots(self, typed[2].inline)
            fill = self.inline_parts_into(rhs, sc)
            return self.store_parts(typed, key, fill, sc) if fill is not None else None
        if rhs.type != "NewExpression" or any(a.type == "SpreadElement" for a in rhs.arguments) \
                or rhs.callee.type != "Identifier":
            return None
        site = self.mod.site_of(self.fi.file_index, rhs)
        typed = self.struct_receiver(m.object, key)
        if typed is None or not typed[2].inline or site is None or site.type != typed[2].inline \
                or site.representation != "struct":
            return None
        v = self.var_of(rhs.callee)
        ci = self.mod.declared_class(self, v) if v is not None else None
        if ci is None or ci.dynamic_parent or ci.builtin_parent is not None or ci.struct != site.type:
            return None
        sc = scalar.new_slots(self, typed[2].inline)
        return self.store_parts(typed, key, scalar.fill(self, rhs, site, sc, f"(nop (;@inlined {site.id};))"), sc)

    def store_parts(self, typed: tuple, key: str, fill: str, sc: scalar.ScalarObj) -> str:
        """The receiver into a local, then `fill` (the value into sc's slots), then
        (a nullish receiver throwing node's TypeError only now, after the value,
        as node does) the parts stored into the inline field."""
        obj, tname, f, nullable = typed
        wt = self.mod.wt(tname)
        otmp = self.local("anyref" if nullable else f"(ref null {wt})")
        target = f"(local.get {otmp})"
        check = ""
        if nullable:
            ttmp = self.local(f"(ref null {wt})")
            check = f"(local.set {ttmp} {self.typed_object(target, tname, key)})"
            target = f"(local.get {ttmp})"
        sets = " ".join(f"(struct.set {wt} {idx} {target} (local.get {sc.slots[p.name]}))"
                        for idx, p in self.mod.inline_parts(tname, f))
        return f"(local.set {otmp} {obj})\n{fill}\n{check} {sets}"

    def typed_update(self, m: Any) -> Optional[tuple]:
        """struct_receiver for `o.k++` / `o.k += v`, the receiver cast to its type."""
        key = self.static_member_key(m)
        if key is None:
            return None
        hit = self.typed_updates.get(id(m), False)
        if private.static_member(self, m) is not None:
            raise AssertionError("a static private field's update is lowered by update() and assign()")
        if hit is False and private.is_private(m):
            hit = self.typed_updates[id(m)] = private.receiver(self, m)
        if hit is False:
            hit = self.struct_receiver(m.object, key)
            if hit is not None and hit[3]:
                code, tname, f, _ = hit
                hit = (self.typed_object(code, tname, key), tname, f, False)
            self.typed_updates[id(m)] = hit
        if hit is not None and hit[2].inline:
            raise AssertionError("inline field: `++` or `op=` gives it a value other than its objects, which the plan excludes")
        return hit

    def field_compound(self, typed: tuple, e: Any, want_value: bool) -> str:
        """`o.k op= v` on a struct field: read, combine and write with no dispatch."""
        obj, tname, f, _ = typed
        if f.inline:
            raise AssertionError("inline field: `op=` gives it a value other than its objects, which the plan excludes")
        wt = self.mod.wt(tname)
        otmp = self.local(f"(ref null {wt})")
        cur = self.field_read((f"(local.get {otmp})", tname, f, False), f.name)
        c, t = self.binary(e.operator[:-1], None, e.right, e, lhs=cur)
        ft = self.mod.field_wasm_type(f)
        vtmp = self.local("f64" if ft == "f64" else "anyref")
        code = (f"(local.set {otmp} {obj})\n(local.set {vtmp} {self.field_value(f, c, t)})\n"
                f"(struct.set {wt} {f.index + FIELD0} (local.get {otmp}) (local.get {vtmp}))")
        if not want_value:
            return code
        return f"(block (result anyref) {code} {self.to_any(*self.field_stored(f, f'(local.get {vtmp})'))})"

    def static_member_key(self, m: Any) -> Optional[str]:
        return static_member_key(m)

    def e_UpdateExpression(self, e: Any) -> tuple[str, str]:
        return self.update(e, want_value=True), "f64"

    def own_function_name(self, v: Var) -> bool:
        """Is v the name a named function expression binds for itself?"""
        node = getattr(v.owner, "node", None)
        return getattr(node, "type", None) == "FunctionExpression" and node.id is v.decl

    def const_assignment(self) -> str:
        """Throw node's TypeError for assigning to a `const` (or an import)."""
        return (f"(throw $exn (call $make_error (global.get $cls_TypeError) "
                f"{self.mod.string('Assignment to constant variable.')}))")

    def update(self, e: Any, want_value: bool) -> str:
        delta = "f64.add" if e.operator == "++" else "f64.sub"
        a = e.argument
        old = self.local("f64")
        if a.type == "Identifier":
            v = self.var_of(a)
            if v is None:
                raise Unsupported(a, f"assignment to the undeclared global `{a.name}`")
            if v.kind in ("const", "import"):
                code = f"(local.set {old} {self.to_f64(*self.expr(a))})\n{self.const_assignment()}"   # (the read tests the dead zone)
                return f"(block (result f64) {code})" if want_value else code
            if (unboxed := self.unboxed_local(v)) is not None:
                read = f"(local.set {old} {self.to_f64(*unboxed)})"
                new = f"({delta} (local.get {old}) (f64.const 1))"
                op = "+" if e.operator == "++" else "-"
                if id(v) in self.i32_vars and int_ranges.combine(op, self.int_bounds(a), (1, 1)) is not None:
                    new = f"(f64.convert_i32_s ({'i32.add' if op == '+' else 'i32.sub'} (local.get {v.wasm}) (i32.const 1)))"
                write = self.store_var(v, new, "f64")   # (else not an int32: v drops out)
            else:
                read = f"(local.set {old} (call $tonum {self.read_var(v, a)}))"
                write = self.write_var(v, f"(call $box ({delta} (local.get {old}) (f64.const 1)))")
        elif a.type == "MemberExpression" and self.static_member_key(a) is not None and scalar.is_scalar(self, a.object):
            read, write = scalar.update(self, scalar.scalar_of(self, a.object), self.static_member_key(a), delta, old)
        elif (static := private.static_member(self, a)) is not None:   # `C.#n++`: read (C checked), the global
            g = self.mod.static_global(static[0], self.static_member_key(a))
            read = f"(local.set {old} (call $tonum {private.static_read(self, a)[0]}))"
            write = f"(global.set {g} (call $box ({delta} (local.get {old}) (f64.const 1))))"
        elif a.type == "MemberExpression" and (typed := self.typed_update(a)) is not None:
            obj, tname, f, _ = typed
            wt = self.mod.wt(tname)
            otmp = self.local(f"(ref null {wt})")
            cur = self.to_f64(*self.field_read((f"(local.get {otmp})", tname, f, False), f.name))
            new = f"({delta} (local.get {old}) (f64.const 1))"
            read = f"(local.set {otmp} {obj})\n(local.set {old} {cur})"
            write = f"(struct.set {wt} {f.index + FIELD0} (local.get {otmp}) {self.field_value(f, new, 'f64')})"
        elif a.type == "MemberExpression":
            otmp = self.local("anyref")
            pre = f"(local.set {otmp} {self.expr_any(a.object)})"
            key = self.static_member_key(a)
            new = f"(call $box ({delta} (local.get {old}) (f64.const 1)))"
            if key is not None:
                cur = self.mod.getter(key, f"(local.get {otmp})")
                write = self.mod.setter(key, f"(local.get {otmp})", new)
                k = self.mod.string(key)
            else:
                ktmp, kget, kput, kset = self.index_once(a.property)
                pre += f"\n{kset}"
                cur = self.mod.at_site("anyref", f"(local.get {otmp}) (local.get {ktmp})", kget)
                write = self.mod.at_site(None, f"(local.get {otmp}) (local.get {ktmp}) {new}", kput)
                k = f"(call $box (local.get {ktmp}))" if kget == "$get_index_f" else f"(local.get {ktmp})"
            if self.strict_write(a.object):
                write = self.mod.at_site(None, f"(local.get {otmp}) {k} {new}", "$set_strict")
            read = f"{pre}\n(local.set {old} (call $tonum {cur}))"
        else:
            raise Unsupported(a, "this update target")
        code = f"{read}\n{write}"
        if not want_value:
            return code
        result = f"(local.get {old})" if not e.prefix else f"({delta} (local.get {old}) (f64.const 1))"
        return f"(block (result f64) {code} {result})"

    # objects ----------------------------------------------------------------
    def e_MemberExpression(self, e: Any) -> tuple[str, str]:
        if getattr(e, "optional", False):
            return self.optional_link(e, "object")
        if e.object.type == "Super":
            if e.computed:
                raise Unsupported(e, "a computed `super` property")
            return self.mod.super_get(self, e), "any"
        bound = self.mod.esm.member(self, e)
        if bound is not None:   # `ns.name` of a namespace import: that binding
            return self.read_binding(bound, e)
        key = self.static_member_key(e)
        if key is not None and scalar.is_scalar(self, e.object):
            return scalar.read(self, scalar.scalar_of(self, e.object), key)
        if private.is_private(e):   # `o.#x`: the declaring class's field, the brand tested
            if private.static_member(self, e) is not None:
                return private.static_read(self, e)
            return self.field_read(private.receiver(self, e), key)
        if (e.computed and key is None) or (not e.computed and key == "length"):
            access = self.array_access(e.object)
            if access is not None:
                return self.array_read(access, e)
        special = self.mod.builtin_member(self, e)
        if special is not None:
            return special
        constant = self.mod.static_constant(self, e)
        if constant is not None:
            guard = self.tdz_guard(e.object)
            return (f"(block (result f64) {guard} {f64const(constant)})" if guard else f64const(constant)), "f64"
        cached = self.mod.static_cache(self, e)
        if cached is not None:
            guard = self.tdz_guard(e.object)
            return (f"(block (result anyref) {guard} (global.get {cached}))" if guard else f"(global.get {cached})"), "any"
        key = self.static_member_key(e)
        if key is not None:
            part = self.inline_part_read(e.object, key)
            if part is not None:
                return part
            typed = self.struct_receiver(e.object, key)
            if typed is not None:
                return self.field_read(typed, key)
        c, t = self.expr(e.object)
        if t == "str" and key == "length" and not e.computed:
            return f"(f64.convert_i32_s (array.len {c}))", "f64"   # an int32 (codegen/int_ranges.py)
        obj = self.to_any(c, t)
        if key is not None:
            return self.mod.getter(key, obj), "any"
        c, t = self.expr(e.property)
        if t == "f64":
            return self.mod.at_site("anyref", f"{obj} {c}", "$get_index_f"), "any"
        return self.mod.at_site("anyref", f"{obj} {self.to_any(c, t)}", "$get_index"), "any"

    def e_ArrayExpression(self, e: Any) -> tuple[str, str]:
        if any(x is None for x in e.elements):
            raise Unsupported(e, "array holes (`[1, , 2]`)")
        mark = self.mod.mark(self.mod.site_of(self.fi.file_index, e))
        if any(x.type == "SpreadElement" for x in e.elements):
            arr = self.local("(ref null $Arr)")
            out = [f"(local.set {arr} (call {mark}$arr_new (i32.const 0)))"]
            for x in e.elements:
                if x.type == "SpreadElement":
                    out.append(f"(call $arr_append (ref.as_non_null (local.get {arr})) (call $iterable_array {self.iterable(x.argument)} (i32.const {iter_messages.site(self.mod, x.argument, 'loop')})))")
                else:
                    out.append(f"(call $arr_push (ref.as_non_null (local.get {arr})) {self.expr_any(x)})")
            return f"(block (result anyref) {' '.join(out)} (local.get {arr}))", "any"
        reused = reuse.take(self, e, mark)
        if reused is not None:
            return reused, "any"
        if not e.elements:
            return f"(call {mark}$arr_new (i32.const 0))", "any"
        if len(e.elements) > FIXED_ELEMENTS:
            # A long literal (a data table): as operands of one array.new_fixed its values
            # were all live at once, and Cranelift took a minute and 12 GB for 20,000 of
            # them. Numbers go in a data segment, boxed by a loop at run time; other
            # elements are stored one by one.
            numbers = [_number_literal(x, lambda ident: self.var_of(ident) is None) for x in e.elements]
            if all(x is not None for x in numbers):
                data = b"".join(struct.pack("<d", x) for x in numbers)
                if data not in self.mod.number_tables:   # (a function lowered again reuses its segment)
                    self.mod.number_tables.append(data)
                k = self.mod.number_tables.index(data)
                return (f"(call {mark}$arr_of_f64s (array.new_data $F64s $numbers{k} (i32.const 0) "
                        f"(i32.const {len(numbers)})))"), "any"
            vals = self.local("(ref null $Vals)")
            sets = " ".join(f"(array.set $Vals (local.get {vals}) (i32.const {i}) {self.expr_any(x)})"
                            for i, x in enumerate(e.elements))
            return (f"(block (result anyref) (local.set {vals} (array.new_default $Vals (i32.const {len(e.elements)}))) "
                    f"{sets} (call {mark}$arr_of (ref.as_non_null (local.get {vals}))))"), "any"
        items = " ".join(self.expr_any(x) for x in e.elements)
        return f"(call {mark}$arr_of (array.new_fixed $Vals {len(e.elements)} {items}))", "any"

    def e_ObjectExpression(self, e: Any) -> tuple[str, str]:
        self.not_scalar(e)
        return self.mod.object_literal(self, e), "any"

    def e_NewExpression(self, e: Any) -> tuple[str, str]:
        self.not_scalar(e)
        return self.mod.new_expr(self, e), "any"

    def not_scalar(self, e: Any) -> None:
        if scalar.scalar_site(self, e) is not None:
            raise AssertionError("scalar replacement: a scalar site's object is used as a value, "
                                 "which the plan's scalar rule excludes")

    def e_FunctionExpression(self, e: Any) -> tuple[str, str]:
        return self.closure(e), "any"

    def e_ArrowFunctionExpression(self, e: Any) -> tuple[str, str]:
        return self.closure(e), "any"

    def e_ClassExpression(self, e: Any) -> tuple[str, str]:
        if e.id is not None:
            v = self.var_of(e.id)
            tmp = self.local("anyref")
            value = self.mod.class_value(self, e, self_var=v)
            return f"(block (result anyref) (local.set {tmp} {value}) (local.get {tmp}))", "any"
        return self.mod.class_value(self, e), "any"

    def named(self, e: Any, name: Optional[str]) -> tuple[str, str]:
        """The value of `e` where JavaScript names an anonymous function after its
        binding (`const f = () => 1`, `f = function () {}`, a default value): its
        `name` is "f", as console.log and `f.name` show."""
        if name and e.type in ("FunctionExpression", "ArrowFunctionExpression") and getattr(e, "id", None) is None:
            return self.closure(e, name), "any"
        return self.expr(e)

    def closure_function(self, node: Any, name: Optional[str] = None) -> str:
        """The wasm function of a function literal (an arrow keeps the method's class
        for `super` and `this`)."""
        cls = self.cls if node.type == "ArrowFunctionExpression" else None
        return self.mod.function(node, name, "function", cls)

    def closure(self, node: Any, name: Optional[str] = None) -> str:
        return self.make_closure(node, self.closure_function(node, name), name)

    def callback_closure(self, node: Any) -> tuple[str, str, bool]:
        """(its function, the code making its closure, does it capture nothing and
        not name itself) for a function literal passed as a callback."""
        fname = self.closure_function(node)
        free = not self.res.funcs[id(node)].free and getattr(node, "id", None) is None
        return fname, self.make_closure(node, fname, None), free

    def make_closure(self, node: Any, fname: str, name: Optional[str], cls: str = "(ref.null $Class)",
                     name_code: Optional[str] = None) -> str:
        """The closure of a function literal; its `name` is `name`, or the string
        `name_code` computes (a computed key's, known only at run time)."""
        fi = self.res.funcs[id(node)]
        if name is None:
            name = node.id.name if getattr(node, "id", None) is not None else ""
        mark = self.mod.mark(self.mod.site_of(self.fi.file_index, node))
        cells = [self.cell_ref(v) for v in fi.free]
        env, caps = "(ref.null $Vals)", " ".join(cells + ["(ref.null any)"] * (FN_INLINE - len(cells)))
        if len(cells) > FN_INLINE:   # (see FN_FIELDS)
            env, caps = f"(array.new_fixed $Vals {len(cells)} {' '.join(cells)})", NO_CAPTURES
        return (f"(struct.new {mark}$Fn {self.mod.func_ref(fname)} {env} (ref.null $MapObj) "
                f"{name_code or self.mod.string(name)} {cls} {caps})")

    def e_CallExpression(self, e: Any) -> tuple[str, str]:
        if getattr(e, "optional", False):
            return self.optional_link(e, "callee")
        if e.callee.type == "MemberExpression" and getattr(e.callee, "optional", False):
            return self.optional_method(e)
        if self.math_receiver(e):
            # `Math.max.apply(Math, xs)`: a Math function ignores its `this`, and the
            # global Math is read with no effect (the object itself is not compiled)
            e = _Node("CallExpression", e, callee=e.callee,
                      arguments=[_Node("WasmValue", e.arguments[0], code="(ref.null any)")] + list(e.arguments[1:]))
        return self.mod.call(self, e)

    def math_receiver(self, e: Any) -> bool:
        """Is e `Math.f.apply(Math, ...)` or `Math.f.call(Math, ...)` of the global Math?"""
        c = e.callee
        if c.type != "MemberExpression" or c.computed or c.property.name not in ("apply", "call") or not e.arguments:
            return False
        f, a = c.object, e.arguments[0]
        return f.type == "MemberExpression" and not f.computed and f.object.type == "Identifier" \
            and f.object.name == "Math" and self.var_of(f.object) is None \
            and a.type == "Identifier" and a.name == "Math" and self.var_of(a) is None

    def e_SpreadElement(self, e: Any) -> tuple[str, str]:
        raise Unsupported(e, "spread here")

    def e_Super(self, e: Any) -> tuple[str, str]:
        raise Unsupported(e, "`super` here")

    def e_YieldExpression(self, e: Any) -> tuple[str, str]:
        raise Unsupported(e, "generators")

    def e_AwaitExpression(self, e: Any) -> tuple[str, str]:
        raise Unsupported(e, "async functions and await")

    def e_TaggedTemplateExpression(self, e: Any) -> tuple[str, str]:
        t = e.tag
        if t.type == "MemberExpression" and not t.computed and t.object.type == "Identifier" \
                and t.object.name == "String" and self.var_of(t.object) is None and t.property.name == "raw":
            # String.raw`...`: the raw texts (line terminators as \n, as the spec's TRV
            # makes them) with each substitution's ToString between them
            raws = [q.value.raw.replace("\r\n", "\n").replace("\r", "\n") for q in e.quasi.quasis]
            return self.template_text(e.quasi, raws), "str"
        raise Unsupported(e, "tagged templates (other than String.raw)")

    # arguments of a call ------------------------------------------------------
    def args(self, nodes: list) -> tuple[str, Optional[str]]:
        """(argc a0 a1 a2 rest) operands, or (None, array) when a spread is present."""
        if any(a.type == "SpreadElement" for a in nodes):
            arr = self.local("(ref null $Arr)")
            out = [f"(local.set {arr} (call $arr_new (i32.const 0)))"]
            for x in nodes:
                if x.type == "SpreadElement":
                    out.append(f"(call $arr_append (ref.as_non_null (local.get {arr})) (call $iterable_array {self.iterable(x.argument)} (i32.const {iter_messages.site(self.mod, x.argument, 'call')})))")
                else:
                    out.append(f"(call $arr_push (ref.as_non_null (local.get {arr})) {self.expr_any(x)})")
            return None, f"(block (result (ref $Arr)) {' '.join(out)} (ref.as_non_null (local.get {arr})))"
        vals = [self.expr_any(a) for a in nodes]
        fixed = vals[:3] + ["(ref.null any)"] * (3 - min(3, len(vals)))
        rest = "(ref.null $Vals)"
        if len(vals) > 3:
            rest = f"(array.new_fixed $Vals {len(vals) - 3} {' '.join(vals[3:])})"
        return f"(i32.const {len(vals)}) {' '.join(fixed)} {rest}", None


class _MathMember:
    """`Math.key` as the member expression builtin_member reads (for `{ key } = Math`)."""
    type = "MemberExpression"
    computed = False
    optional = False

    def __init__(self, obj: Any, key: Any):
        self.object = obj
        self.property = key


def _uses_this(node: Any) -> bool:
    """Does this code read `this` of its function (arrows included, nested functions not)?"""
    if node.type == "ThisExpression":
        return True
    if node.type in ("FunctionExpression", "FunctionDeclaration", "ClassExpression", "ClassDeclaration"):
        return False
    return any(_uses_this(c) for c in children(node))


def _this_as_primitive(body: Any) -> bool:
    """Does every use of `this` in body (arrows included, nested functions not)
    give the same with a primitive as with its wrapper object (a sloppy-mode
    receiver): an operand of `+` or of a template (both convert it to the same
    primitive), or the object of a property read or method call (the wrapper's
    properties are the primitive's)? `typeof this`, a comparison, or `this`
    passed, returned or stored would tell them apart."""
    ok: set = set()
    stack = [body]
    uses = []
    while stack:
        n = stack.pop()
        t = n.type
        if t in ("FunctionExpression", "FunctionDeclaration", "ClassExpression", "ClassDeclaration"):
            continue
        if t == "ThisExpression":
            uses.append(n)
            continue
        if t == "BinaryExpression" and n.operator == "+":
            ok.update(id(x) for x in (n.left, n.right))
        elif t == "TemplateLiteral":
            ok.update(id(x) for x in n.expressions)
        elif t == "AssignmentExpression" and n.left.type == "MemberExpression" \
                and n.left.object.type == "ThisExpression":
            uses.append(n.left.object)   # a write: a wrapper keeps it, a primitive drops it (not ok)
            stack.extend((n.left.property, n.right))
            continue
        elif t == "MemberExpression":
            ok.add(id(n.object))
        stack.extend(children(n))
    return all(id(u) in ok for u in uses)


class _Node:
    """A node the build makes up (a desugaring), positioned at `like`; other
    attributes are copied from `like` unless given."""
    def __init__(self, type_: str, like: Any, **fields: Any) -> None:
        self.__dict__.update({k: v for k, v in vars(like).items()} if hasattr(like, "__dict__") else {})
        self.__dict__.update(fields)
        self.type = type_


def _describe(t: str) -> str:
    names = {"YieldExpression": "generators", "AwaitExpression": "async functions and await",
             "WithStatement": "`with` statements", "MetaProperty": "`new.target` / `import.meta`",
             "ImportExpression": "dynamic `import()`",
             "TaggedTemplateExpression": "tagged templates"}
    return names.get(t, t)
