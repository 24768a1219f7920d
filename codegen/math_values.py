"""`Math.f` read as a value (`xs.map(Math.sqrt)`, `{ max: Math.max }`): a function
object of the module whose code does what a call `Math.f(...)` compiles to; and
the static methods of Object and Array read as values (`Object.create ? a : b`),
function objects whose call stops the run (REFUSED_WHEN_CALLED).

Each function used so is one `$Fn` global, `$fn_math_<f>` (so `Math.max ===
Math.max`), named as node names it, with its `length`; its code is a `$Code`
function taking the arguments as any call of a value passes them. The numbers
are the arguments' ToNumber, in order (a missing one is undefined, NaN), and the
operations are those of codegen/calls.py's `Math` calls: the same wasm
instruction or runtime function, so a value call and a direct call agree bit
for bit. `max` and `min` take any number of arguments. Left refused as values
(codegen/module.py, builtin_member): `hypot`, whose direct calls are compiled
for at most two arguments.

`String.fromCharCode` and `String.fromCodePoint` read as values
(`String.fromCharCode.apply(null, codes)`) are made the same way, named
"String.<f>" in the module's set: every argument goes through the runtime
function their direct calls use. So is `Error.captureStackTrace`, whose
runtime function takes the first argument.
"""
from __future__ import annotations

from . import fdlibm
from .lower import MATH_HOST, MATH_UNARY_NATIVE

LENGTH_TWO = frozenset({"max", "min", "pow", "atan2", "imul"})
UNSUPPORTED = frozenset({"hypot"})


# the static methods of Object and Array (node 20's: no `groupBy` or `fromAsync`),
# read as values, with their `length`s: function objects whose calls stop the run
# (the refusal names the method). A value can be tested, compared and printed as
# node does, which is all TypeScript's module helpers do with
# `Object.create ? ... : ...` on their way to the branch that runs.
REFUSED_WHEN_CALLED = {
    "Object.assign": 2, "Object.create": 2, "Object.defineProperties": 2, "Object.defineProperty": 3,
    "Object.entries": 1, "Object.freeze": 1, "Object.fromEntries": 1, "Object.getOwnPropertyDescriptor": 2,
    "Object.getOwnPropertyDescriptors": 1, "Object.getOwnPropertyNames": 1, "Object.getOwnPropertySymbols": 1,
    "Object.getPrototypeOf": 1, "Object.hasOwn": 2, "Object.is": 2, "Object.isExtensible": 1, "Object.isFrozen": 1,
    "Object.isSealed": 1, "Object.keys": 1, "Object.preventExtensions": 1, "Object.seal": 1,
    "Object.setPrototypeOf": 2, "Object.values": 1, "Array.from": 1, "Array.isArray": 1, "Array.of": 0}
# the refusal's code in the host's table (codegen/host.py, h_fail: "the built-in method `name`")
BUILTIN_METHOD = 13
_BY_CODE = {name.replace(".", "_"): name for name in REFUSED_WHEN_CALLED}

STRING_FUNCTIONS = {"String.fromCharCode": "$from_char_codes", "String.fromCodePoint": "$from_code_points"}
# other built-in functions read as values (`if (Error.captureStackTrace) ...`): the
# runtime function their direct calls use, on the first argument
VALUE_FUNCTIONS = {**STRING_FUNCTIONS, "Error.captureStackTrace": "$capture_stack_trace"}


def supported(name: str) -> bool:
    return name not in UNSUPPORTED and (name in MATH_UNARY_NATIVE or name in MATH_HOST or name in (
        "imul", "clz32", "fround", "round", "sign", "max", "min", "pow"))


def code_name(name: str) -> str:
    return f"$math_value_{name.replace('.', '_')}"


def global_name(name: str) -> str:
    return f"$fn_math_{name.replace('.', '_')}"


def length(name: str) -> int:
    """The `length` of the function for `name` ("Object.keys", or as its code is named, "Object_keys")."""
    name = _BY_CODE.get(name, name)
    if name in REFUSED_WHEN_CALLED:
        return REFUSED_WHEN_CALLED[name]
    return 2 if name in LENGTH_TWO else 0 if name == "random" else 1


def _x(i: int) -> str:
    return f"(call $tonum (local.get $a{i}))"


def _int(i: int) -> str:
    return f"(call $toint (local.get $a{i}))"


def body(name: str) -> str:
    """The f64 result of Math.<name> over the arguments $a0, $a1 (undefined when missing)."""
    if name in MATH_UNARY_NATIVE:
        return f"({MATH_UNARY_NATIVE[name]} {_x(0)})"
    if name == "imul":
        return f"(f64.convert_i32_s (i32.mul {_int(0)} {_int(1)}))"
    if name == "clz32":
        return f"(f64.convert_i32_u (i32.clz {_int(0)}))"
    if name == "fround":
        return f"(f64.promote_f32 (f32.demote_f64 {_x(0)}))"
    if name in ("round", "sign"):
        return f"(call ${name} {_x(0)})"
    if name in fdlibm.NATIVE2:
        return f"(call {fdlibm.NATIVE2[name]} {_x(0)} {_x(1)})"
    if name == "random":
        return "(call $m_random)"
    if name in ("max", "min"):
        return f"(call $math_fold (i32.const {1 if name == 'max' else 0}) (local.get $argc) (local.get $a0) " \
               f"(local.get $a1) (local.get $a2) (local.get $rest))"
    if name in fdlibm.NATIVE:
        return f"(call {fdlibm.NATIVE[name]} {_x(0)})"
    if MATH_HOST[name] >= 50:   # two operands
        x1 = _x(1)
    else:
        x1 = "(f64.const 0)"
    # (the operands in order: ToNumber of the first before the second, as in a call)
    return f"(call $host_math (i32.const {MATH_HOST[name]}) {_x(0)} {x1})"


def functions(mod, no_captures: str) -> list[str]:
    """The globals and code of every Math function the program reads as a value."""
    out = []
    for name in sorted(mod.math_values):
        if name in STRING_FUNCTIONS:
            result = (f"(call {STRING_FUNCTIONS[name]} (call $rest_array (local.get $argc) (local.get $a0) "
                      f"(local.get $a1) (local.get $a2) (local.get $rest) (i32.const 0)))")
        elif name in VALUE_FUNCTIONS:
            result = f"(call {VALUE_FUNCTIONS[name]} (local.get $a0))"
        elif name in REFUSED_WHEN_CALLED:
            result = (f"(block (result anyref) (call $fail_named (i32.const {BUILTIN_METHOD}) {mod.string(name)}) "
                      "(unreachable))")
        else:
            result = f"(call $box {body(name)})"
        out.append(f"(func {code_name(name)} (type $Code) (param $self (ref $Fn)) (param $this anyref) "
                   f"(param $argc i32) (param $a0 anyref) (param $a1 anyref) (param $a2 anyref) "
                   f"(param $rest (ref null $Vals)) (result anyref)\n  {result})")
        out.append(f"(global {global_name(name)} (ref $Fn) (struct.new $Fn {mod.func_ref(code_name(name))} "
                   f"(ref.null $Vals) (ref.null $MapObj) {mod.string_init(name.split('.')[-1])} (ref.null $Class) "
                   f"{no_captures}))")
    return out
