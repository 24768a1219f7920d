"""Models of the builtins the closed world may use, by what they do to their
arguments.

A builtin function is an `AObj` whose `builtin` names it ("Math.sqrt",
"Array.prototype.push"). Calling it runs its model here: a model says which
arguments flow where (`push` stores its arguments into the array's elements,
`map` calls its callback with the elements and collects the results), what the
result is, and whether a shape is affected (`Object.defineProperty`,
`Object.setPrototypeOf`). Reading, printing and enumerating a value
(`console.log`, `JSON.stringify`, `Object.keys`) does not retain it and does
not change its shape. A builtin that is not modelled is treated as code outside
the closed world: its arguments escape.
"""
from __future__ import annotations

import re

from typing import Optional

from .graph import AObj, BIGINT, BOOL, ELEM, EXTERNAL, KEY, NULL, NUM, Node, STR, SYMBOL, UNDEF
from .plan import Location

ENTRY = "[entry]"
PROMISED = "[promised]"

MATH_CONSTS = {"PI", "E", "LN2", "LN10", "LOG2E", "LOG10E", "SQRT2", "SQRT1_2"}
MATH_FNS = {"abs", "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "clz32",
            "cos", "cosh", "exp", "expm1", "floor", "fround", "hypot", "imul", "log", "log10", "log1p",
            "log2", "max", "min", "pow", "random", "round", "sign", "sin", "sinh", "sqrt", "tan", "tanh",
            "trunc"}
NUMBER_CONSTS = {"MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "MAX_VALUE", "MIN_VALUE", "EPSILON",
                 "POSITIVE_INFINITY", "NEGATIVE_INFINITY", "NaN"}
NUMBER_FNS = {"isInteger": BOOL, "isFinite": BOOL, "isNaN": BOOL, "isSafeInteger": BOOL,
              "parseFloat": NUM, "parseInt": NUM}
CONSOLE_FNS = {"log", "error", "warn", "info", "debug", "trace", "dir", "assert", "table", "time",
               "timeEnd", "group", "groupEnd", "count"}
OBJECT_FNS = {"keys", "values", "entries", "assign", "freeze", "seal", "preventExtensions", "isFrozen",
              "isSealed", "isExtensible", "create", "defineProperty", "defineProperties", "getPrototypeOf",
              "setPrototypeOf", "getOwnPropertyNames", "getOwnPropertyDescriptor", "fromEntries", "is",
              "hasOwn", "getOwnPropertySymbols", "getOwnPropertyDescriptors", "groupBy"}
# array methods that never change their receiver (the others may: push, sort, ...)
_ARRAY_READERS = frozenset({"at", "concat", "entries", "every", "filter", "find", "findIndex", "findLast",
                            "findLastIndex", "flat", "flatMap", "forEach", "includes", "indexOf", "join", "keys",
                            "lastIndexOf", "map", "reduce", "reduceRight", "slice", "some", "toString",
                            "toLocaleString", "values", "toSorted", "toReversed", "toSpliced", "with"})
OBJECT_PROTO = {"hasOwnProperty": BOOL, "isPrototypeOf": BOOL, "propertyIsEnumerable": BOOL,
                "toString": STR, "toLocaleString": STR, "valueOf": None}
ARRAY_METHODS = {"push", "pop", "shift", "unshift", "slice", "splice", "concat", "join", "reverse", "sort",
                 "indexOf", "lastIndexOf", "includes", "forEach", "map", "filter", "reduce", "reduceRight",
                 "some", "every", "find", "findIndex", "findLast", "findLastIndex", "fill", "keys", "values",
                 "entries", "at", "flat", "flatMap", "toString", "copyWithin", "toSorted", "toReversed",
                 "with", "toSpliced", "toLocaleString"}
STRING_TO_STR = {"charAt", "substring", "substr", "slice", "toUpperCase", "toLowerCase", "trim", "trimStart",
                 "trimEnd", "padStart", "padEnd", "repeat", "concat", "toString", "valueOf", "at",
                 "normalize", "toLocaleUpperCase", "toLocaleLowerCase", "replace", "replaceAll",
                 "toFixed", "toPrecision", "toExponential", "localeCompare"}
STRING_TO_NUM = {"charCodeAt", "codePointAt", "indexOf", "lastIndexOf", "search", "localeCompare"}
STRING_TO_BOOL = {"startsWith", "endsWith", "includes"}
ERRORS = {"Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError",
          "AggregateError"}
COLLECTIONS = {"Map", "Set", "WeakMap", "WeakSet"}
# the array methods that add, remove, move or overwrite elements
ARRAY_MUTATORS = frozenset({"push", "pop", "shift", "unshift", "splice", "fill", "reverse", "sort", "copyWithin"})
PURE_GLOBAL_FNS = {"parseInt": NUM, "parseFloat": NUM, "isNaN": BOOL, "isFinite": BOOL, "String": STR,
                   "Number": NUM, "Boolean": BOOL, "encodeURIComponent": STR, "decodeURIComponent": STR,
                   "encodeURI": STR, "decodeURI": STR, "escape": STR, "unescape": STR, "BigInt": BIGINT,
                   "Symbol": SYMBOL}
HOST_GLOBALS = {"globalThis", "window", "global", "self", "process", "document", "navigator", "Buffer",
                "setTimeout", "setInterval", "clearTimeout", "clearInterval", "setImmediate",
                "queueMicrotask", "fetch", "structuredClone", "Proxy", "Reflect", "WebAssembly",
                "Intl", "TextEncoder", "TextDecoder", "URL", "Function", "Atomics", "SharedArrayBuffer",
                "ArrayBuffer", "DataView", "BigInt64Array", "BigUint64Array", "WeakRef", "FinalizationRegistry", "require", "module",
                "exports", "__dirname", "__filename"}
# typed arrays: array sites whose elements are numbers (no ArrayBuffer is modelled);
# in this order, the build's $Arr kinds 1..9 (codegen/typed_arrays.py)
TYPED_ARRAYS = ("Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
                "Uint32Array", "Float32Array", "Float64Array")
NAMESPACES = {"Math", "console", "JSON", "Object", "Array", "Number", "String", "Date", "Promise",
              "performance", "Symbol", "Boolean", "RegExp"} | ERRORS | COLLECTIONS


# the arguments a replacer function is modelled with after the match: a regular
# expression's groups (its program refuses none of them), its position and the string
REPLACER_ARGS = 12


class Builtins:
    def __init__(self, builder) -> None:
        self.b = builder
        g = builder.g
        self.g = g
        self.objects: dict[str, AObj] = {}
        self.object_proto = self._bobj("Object.prototype")
        self.array_proto = self._bobj("Array.prototype")
        self.array_proto.protos.append(self.object_proto)
        self.function_proto = self._bobj("Function.prototype")
        self.function_proto.protos.append(self.object_proto)
        self.error_proto = self._bobj("Error.prototype")
        self.error_proto.protos.append(self.object_proto)
        self.protos: dict[str, AObj] = {"Error": self.error_proto, "Array": self.array_proto,
                                        "Object": self.object_proto, "Function": self.function_proto}
        for name in ERRORS - {"Error"}:
            p = self._bobj(name + ".prototype")
            p.protos.append(self.error_proto)
            self.protos[name] = p
        for name in COLLECTIONS | {"Promise", "Date", "RegExp"}:
            p = self._bobj(name + ".prototype")
            p.protos.append(self.object_proto)
            self.protos[name] = p
        self.global_nodes: dict[str, Node] = {}
        self.runtime_error = g.obj("hidden", "runtime error")
        self.runtime_error.protos.append(self.error_proto)
        for f in ("message", "stack", "name"):
            g.add1(g.field(self.runtime_error, f), STR)
            self.runtime_error.init_props.append(f)

    # ------------------------------------------------------------- objects
    def _bobj(self, name: str) -> AObj:
        o = self.objects.get(name)
        if o is None:
            o = self.g.obj("builtin", name)
            o.builtin = name
            self.objects[name] = o
        return o

    def fn(self, name: str) -> AObj:
        o = self.objects.get(name)
        if o is None:
            o = self._bobj(name)
            o.kind = "builtin-fn"
            o.protos.append(self.function_proto)   # `.call`, `.apply`, `.bind` work on builtins too
        return o

    def proto_of_builtin(self, name: str) -> AObj:
        return self.protos.get(name, self.object_proto)

    def global_value(self, name: str) -> Optional[Node]:
        n = self.global_nodes.get(name)
        if n is not None:
            return n
        if name in NAMESPACES:
            o = self._bobj(name)
            if name in ERRORS or name in COLLECTIONS or name in ("Array", "Object", "Promise", "Date",
                                                                 "RegExp", "Number", "String", "Boolean",
                                                                 "Symbol"):
                o.protos.append(self.function_proto)
            n = self.b.const(o)
        elif name in PURE_GLOBAL_FNS:
            n = self.b.const(self.fn(name))
        elif name in TYPED_ARRAYS:
            o = self._bobj(name)
            o.protos.append(self.function_proto)
            n = self.b.const(o)
        elif name in ("NaN", "Infinity"):
            n = self.b.c_num
        elif name == "undefined":
            n = self.b.c_undef
        elif name in HOST_GLOBALS:
            n = self.b.c_ext
        else:
            return None
        self.global_nodes[name] = n
        return n

    def materialize(self, h: AObj, prop: str) -> None:
        """Create the field `prop` of a builtin object, if the builtin has it."""
        if prop in h.fields:
            return
        name = h.builtin
        g = self.g
        value = None
        if prop == "prototype" and name in self.protos:
            g.add1(g.field(h, prop), self.protos[name])
            return
        if name == "Math":
            value = NUM if prop in MATH_CONSTS else (self.fn("Math." + prop) if prop in MATH_FNS else None)
        elif name == "Number":
            value = NUM if prop in NUMBER_CONSTS else (self.fn("Number." + prop) if prop in NUMBER_FNS else None)
        elif name == "console":
            value = self.fn("console." + prop) if prop in CONSOLE_FNS else None
        elif name == "JSON":
            value = self.fn("JSON." + prop) if prop in ("parse", "stringify") else None
        elif name == "Object":
            value = self.fn("Object." + prop) if prop in OBJECT_FNS else None
        elif name == "Array":
            value = self.fn("Array." + prop) if prop in ("isArray", "from", "of") else None
        elif name in TYPED_ARRAYS:
            value = self.fn(name + "." + prop) if prop in ("from", "of") else None
        elif name == "String":
            value = self.fn("String." + prop) if prop in ("fromCharCode", "fromCodePoint", "raw") else None
        elif name in ("Date", "performance"):
            value = self.fn(name + "." + prop) if prop in ("now", "parse", "UTC") else None
        elif name == "Promise":
            value = self.fn("Promise." + prop) if prop in ("resolve", "reject", "all", "race", "allSettled", "any") else None
        elif name == "Symbol":
            value = SYMBOL if prop in ("iterator", "asyncIterator", "hasInstance", "toPrimitive", "toStringTag") else (
                self.fn("Symbol." + prop) if prop in ("for", "keyFor") else None)
        elif name == "Object.prototype":
            value = self.fn("Object.prototype." + prop) if prop in OBJECT_PROTO else None
        elif name == "Array.prototype":
            value = self.fn("Array.prototype." + prop) if prop in ARRAY_METHODS else None
        elif name == "Function.prototype":
            if prop in ("call", "apply", "bind", "toString"):
                value = self.fn("Function.prototype." + prop)
            elif prop == "length":
                value = NUM
            elif prop == "name":
                value = STR
        elif name.endswith(".prototype") and name[:-10] in ERRORS:
            if prop in ("name", "message"):
                value = STR
            elif prop == "toString":
                value = self.fn("Object.prototype.toString")
        elif name.endswith(".prototype"):
            value = self.fn(name + "." + prop)
        elif name in ERRORS and prop == "captureStackTrace":
            value = self.fn("Error.captureStackTrace")
        if value is None:
            return
        g.add1(g.field(h, prop), value)

    # ------------------------------------------------------------- values
    def string_member(self, prop: str, dst: Node) -> None:
        if prop == "length":
            self.g.add1(dst, NUM)
        elif prop.isdigit():
            self.g.add(dst, (STR, UNDEF))
        elif prop in STRING_TO_STR or prop in STRING_TO_NUM or prop in STRING_TO_BOOL or \
                prop in ("split", "match", "matchAll"):
            self.g.add1(dst, self.fn("String.prototype." + prop))
        else:
            self.g.add1(dst, UNDEF)

    def primitive_member(self, v, prop: str, dst: Node) -> None:
        if prop in ("toString", "toFixed", "toPrecision", "toExponential", "valueOf", "toLocaleString"):
            self.g.add1(dst, self.fn(f"{v}.prototype.{prop}"))
        elif v == SYMBOL and prop == "description":
            self.g.add1(dst, STR)
        else:   # no such property on a primitive's prototype
            self.g.add1(dst, UNDEF)

    def string_method(self, prop: str, recv: Node, args, dst: Node, loc) -> None:
        b = self.b
        if prop == "matchAll":   # an iterator of match arrays
            it = b.hidden_for(dst, "iterator matchAll")
            it.kind = "iterator"
            m = b.hidden_for(dst, "match", array=True)
            self.g.add(b.field(m, ELEM), (STR, UNDEF))
            self.match_fields(m)
            self.g.add1(b.field(it, ELEM), m)
            self.g.add1(dst, it)
            return
        if prop in ("split", "match"):
            arr = b.hidden_for(dst, "split", array=True)
            # (a group that took no part, which split and match give: undefined)
            self.g.add(b.field(arr, ELEM), (STR, UNDEF))
            self.g.add1(dst, arr)
            if prop == "match":
                self.g.add1(dst, NULL)
                self.match_fields(arr)
            return
        if prop in ("replace", "replaceAll") and len(args) >= 2:
            # a replacer function gets the match, then (a regular expression's) each
            # group's text or undefined, the position and the string: after the
            # match, any position may be any of those
            rest = b.tmp()
            self.g.add(rest, (STR, NUM, UNDEF, self.named_groups()))   # (named groups: their object last)
            b.call(args[1][0], None, [(b.c_str, False)] + [(rest, False)] * REPLACER_ARGS, b.tmp(), loc,
                   "a replacer")
        if prop in STRING_TO_NUM:
            self.g.add1(dst, NUM)
            if prop == "codePointAt":   # undefined past the end
                self.g.add1(dst, UNDEF)
        elif prop == "at":   # undefined past the end
            self.g.add(dst, (STR, UNDEF))
        elif prop in STRING_TO_BOOL:
            self.g.add1(dst, BOOL)
        elif prop in STRING_TO_STR:
            self.g.add1(dst, STR)
        else:
            self.g.add(dst, (STR, NUM, BOOL, UNDEF))

    def regexp_value(self, b, pattern: str = "") -> AObj:
        groups = self.named_groups()
        for name in re.findall(r"\(\?<([A-Za-z_$][\w$]*)>", pattern):
            self.g.add(b.field(groups, name), (STR, UNDEF))
        o = self.objects.get("[regexp literal]")
        if o is None:
            o = self.g.obj("hidden", "RegExp")
            o.collection = "RegExp"
            o.protos.append(self.protos["RegExp"])
            self.objects["[regexp literal]"] = o
        return o

    def awaited(self, n: Node) -> Node:
        out = self.b.tmp("await")

        def on(values):
            for v in values:
                if isinstance(v, AObj) and v.collection == "Promise":
                    self.g.edge(self.b.field(v, PROMISED), out)
                else:
                    self.g.add1(out, v)
        self.g.watch(n, on)
        return out

    # ------------------------------------------------------------- construction
    def new_builtin(self, name: str, e, args, loc: Location) -> Optional[Node]:
        """`new Name(...)` where Name is an unshadowed builtin; None if not one."""
        b = self.b
        if name == "Array":
            o = b.new_site("array", e)
            elem = b.field(o, ELEM)
            self.g.add1(elem, UNDEF)
            if len(args) != 1:
                for a, spread in args:
                    if spread:
                        b.iterate(a, elem, loc)
                    else:
                        self.g.edge(a, elem)
            else:
                # one argument: a length if it is a number, else the only element
                a = args[0][0]
                self.g.watch(a, lambda vs: self.g.add(elem, [v for v in vs if v != NUM]))
            return b.const(o)
        if name in TYPED_ARRAYS:
            # its elements are numbers whatever is stored (each store converts)
            o = b.new_site("array", e)
            o.typed = name
            self.g.add1(b.field(o, ELEM), NUM)
            return b.const(o)
        if name == "Object" and not args:
            return b.const(b.new_site("object", e))
        if name in ERRORS:
            o = b.new_site("new", e, name)
            o.protos.append(self.protos[name])
            thisn = b.const(o)
            self.construct_into(name, thisn, args, loc)
            return thisn
        if name in COLLECTIONS or name in ("Promise", "Date", "RegExp"):
            o = b.new_site("new", e, name)
            o.collection = name
            o.protos.append(self.protos[name])
            thisn = b.const(o)
            if name in ("Map", "WeakMap"):
                pair = b.hidden("hidden", "entry", array=True)
                self.g.edge(b.field(o, KEY), b.field(pair, ELEM))
                self.g.edge(b.field(o, ELEM), b.field(pair, ELEM))
                self.g.add1(b.field(o, ENTRY), pair)
                if args:
                    # new Map(iterable of [k, v]): entries' elements become keys and values
                    ent = b.tmp()
                    b.iterate(args[0][0], ent, loc)
                    both = b.tmp()
                    b.iterate(ent, both, loc)
                    self.g.edge(both, b.field(o, KEY))
                    self.g.edge(both, b.field(o, ELEM))
            elif name in ("Set", "WeakSet") and args:
                b.iterate(args[0][0], b.field(o, ELEM), loc)
            elif name == "Promise" and args:
                resolve = self.g.obj("builtin-fn", "resolve")
                resolve.builtin = "[resolve]"
                self.g.edge(b.const(o), b.field(resolve, "[promise]"))
                reject = self.fn("[reject]")
                b.call(args[0][0], None, [(b.const(resolve), False), (b.const(reject), False)], b.tmp(), loc,
                       "the Promise executor")
            return thisn
        return None

    def construct_into(self, name: str, thisn: Node, args, loc) -> None:
        """The builtin constructor `name` run on the objects in thisn (also via super())."""
        b = self.b
        if name in ERRORS:
            def on(values):
                for v in values:
                    if isinstance(v, AObj):
                        b.obj_store(v, "stack", b.c_str, loc, init=True)
                        if args:
                            b.obj_store(v, "message", b.c_str, loc, init=True)
                            if v.site is not None and "message" not in v.init_props:
                                v.init_props.append("message")
                        if v.site is not None and "stack" not in v.init_props:
                            v.init_props.insert(0, "stack")
                        if cause is not None:   # only when the options have one: not set at construction
                            b.obj_store(v, "cause", cause, loc, init=True)
            cause = None
            if len(args) >= 2 and not args[1][1]:   # new Error(message, { cause })
                cause = b.tmp("cause")
                b.load(args[1][0], "cause", cause, loc)
            self.g.watch(thisn, on)
            return
        if name in COLLECTIONS or name in ("Promise", "Date", "RegExp", "Array", "Object"):
            def on2(values):
                for v in values:
                    if isinstance(v, AObj):
                        if name == "Array":
                            v.is_array = True
                        elif name != "Object":
                            v.collection = name
            self.g.watch(thisn, on2)
            return
        b.call_external(thisn, args, b.tmp(), loc, f"the builtin `{name}`")

    # ------------------------------------------------------------- calls
    def call(self, f: AObj, this: Optional[Node], args, dst: Node, loc: Optional[Location]) -> None:
        name = f.builtin
        g, b = self.g, self.b
        arg = [a for a, _ in args]
        a0 = arg[0] if arg else b.c_undef
        if name.startswith("Math.") or name.startswith("Number.") or name in ("Date.now", "performance.now",
                                                                             "Date.parse", "Date.UTC"):
            g.add1(dst, NUM if name not in ("Number.isInteger", "Number.isFinite", "Number.isNaN",
                                            "Number.isSafeInteger") else BOOL)
            return
        if name.startswith("console."):
            g.add1(dst, UNDEF)
            return
        if name in PURE_GLOBAL_FNS:
            g.add1(dst, PURE_GLOBAL_FNS[name])
            return
        if name == "JSON.stringify":
            g.add(dst, (STR, UNDEF))
            # stringify calls a `toJSON(key)` method of the value it serialises, with the
            # object as `this`: modelled for the value and for the elements of an array
            # value (the common cases; deeper values are not followed)
            elems = b.tmp()
            b.load(a0, ELEM, elems, loc)
            for holder in (a0, elems):
                b.method_call(holder, "toJSON", [(b.c_str, False)], b.tmp(), loc)
            if len(arg) > 1:
                b.call(arg[1], None, [(b.c_str, False), (b.c_ext, False)], b.tmp(), loc, "a JSON replacer")
            return
        if name == "JSON.parse":
            g.add1(dst, EXTERNAL)
            return
        if name.startswith("Object.prototype."):
            return self.object_proto_method(name[17:], this, a0, dst, loc)
        if name.startswith("Object."):
            return self.object_fn(name[7:], arg, args, this, dst, loc)
        if name.startswith("Array.prototype."):
            return self.array_method(name[16:], this, arg, args, dst, loc)
        if name.startswith("Function.prototype."):
            return self.function_method(name[19:], this, arg, args, dst, loc)
        if name == "Array.isArray":
            g.add1(dst, BOOL)
            return
        if name.split(".")[0] in TYPED_ARRAYS:   # Float64Array.from(iterable) / .of(...items)
            arr = b.hidden_for(dst, name, array=True)
            arr.typed = name.split(".")[0]
            g.add1(b.field(arr, ELEM), NUM)
            if name.endswith(".from") and arg:
                b.iterate(a0, b.tmp(), loc)
            g.add1(dst, arr)
            return
        if name in ("Array.from", "Array.of"):
            arr = b.hidden_for(dst, name, array=True)
            elem = b.field(arr, ELEM)
            if name == "Array.of":
                for a in arg:
                    g.edge(a, elem)
            elif len(arg) > 1:
                el = b.tmp()
                b.iterate(a0, el, loc)
                b.call(arg[1], None, [(el, False), (b.c_num, False)], elem, loc, "the Array.from mapper")
            else:
                b.iterate(a0, elem, loc)
            g.add1(dst, arr)
            return
        if name.startswith("String."):
            g.add1(dst, STR)
            return
        if name.startswith("String.prototype.") and this is not None:
            self.string_method(name[17:], this, args, dst, loc)
            return
        if name.split(".")[0] in ("num", "bool", "bigint", "symbol"):
            g.add1(dst, STR)
            return
        coll = name.split(".")[0]
        if name.startswith(coll + ".prototype.") and coll in COLLECTIONS and this is not None:
            return self.collection_method(coll, name.rsplit(".", 1)[1], this, arg, dst, loc)
        if name.startswith("Promise.") or name in ("[resolve]", "[reject]"):
            return self.promise_fn(name, f, this, arg, dst, loc)
        if name.startswith("Date.prototype.") or name.startswith("RegExp.prototype."):
            g.add(dst, (NUM, STR, BOOL, NULL))
            if name.endswith(".exec"):
                arr = b.hidden_for(dst, "match", array=True)
                g.add(b.field(arr, ELEM), (STR, UNDEF))
                g.add1(dst, arr)
                self.match_fields(arr)
            return
        if name == "Symbol.for" or name == "Symbol.keyFor":
            g.add(dst, (SYMBOL, STR))
            return
        if name == "Error.captureStackTrace":
            g.add1(dst, UNDEF)
            return
        if name in ERRORS:
            # Error(...) called without new makes an error too
            o = b.hidden_for(dst, name)
            o.protos.append(self.protos[name])
            self.construct_into(name, b.const(o), args, loc)
            g.add1(dst, o)
            return
        if name == "[bound]":
            return
        b.call_external(this, args, dst, loc, f"the builtin `{name}`")

    def match_fields(self, arr) -> None:
        """A match array's named properties: its position, the string, and its named
        groups (undefined, or the object of every regular expression's named groups)."""
        self.g.add1(self.b.field(arr, "index"), NUM)
        self.g.add1(self.b.field(arr, "input"), STR)
        self.g.add(self.b.field(arr, "groups"), (UNDEF, self.named_groups()))

    def named_groups(self) -> AObj:
        """The one object standing for every match's named groups: a field per group
        name of the program's regular expressions (regexp_value), each the group's
        text or undefined."""
        o = self.objects.get("[regexp groups]")
        if o is None:
            o = self.objects["[regexp groups]"] = self.g.obj("hidden", "groups")
        return o

    def object_proto_method(self, m: str, this: Optional[Node], a0: Node, dst: Node, loc) -> None:
        """Object.prototype's functions, called as methods or as values (`o[k](x)`
        may find them): they read their receiver and argument and keep neither.
        hasOwnProperty and propertyIsEnumerable convert the key (an object's
        toString, then valueOf); toLocaleString calls the receiver's toString;
        valueOf gives the receiver back."""
        g, b = self.g, self.b
        result = OBJECT_PROTO.get(m)
        if result is not None:
            g.add1(dst, result)
        if m in ("hasOwnProperty", "propertyIsEnumerable"):
            for conv in ("toString", "valueOf"):
                b.method_call(a0, conv, [], b.tmp(), loc)
        elif m == "toLocaleString" and this is not None:
            b.method_call(this, "toString", [], dst, loc)
        elif m == "valueOf":
            if this is not None:
                g.edge(this, dst)
            else:
                g.add1(dst, UNDEF)

    def object_fn(self, m: str, arg, args, this, dst: Node, loc) -> None:
        g, b = self.g, self.b
        a0 = arg[0] if arg else b.c_undef
        if m == "keys" or m == "getOwnPropertyNames":
            arr = b.hidden_for(dst, "keys", array=True)
            g.add1(b.field(arr, ELEM), STR)
            g.add1(dst, arr)
        elif m in ("values", "entries"):
            arr = b.hidden_for(dst, m, array=True)
            elem = b.field(arr, ELEM)
            vals = elem
            if m == "entries":
                pair = b.hidden_for(dst, "entry", array=True)
                g.add1(elem, pair)
                vals = b.field(pair, ELEM)
                g.add1(vals, STR)
            self._all_values(a0, vals)
            g.add1(dst, arr)
        elif m == "assign":
            target = a0
            b.written_through.add(id(target))
            for src, spread in args[1:]:
                def on(values, src=src):
                    for s in values:
                        if isinstance(s, AObj) and not s.is_array:
                            b.each_field(s, lambda k, s=s: b.store(target, k, b.field(s, k), loc))
                            b.when_dynamic(s, lambda s=s: (
                                b.deopt_node(target, "dynamic-reflection",
                                             "`Object.assign` copies keys only known at run time", loc),
                                self._store_dyn(target, b.field(s, "[dynamic]"))))
                        elif s is EXTERNAL or s is STR or (isinstance(s, AObj) and s.is_array):
                            # (a string source copies its characters as index keys)
                            b.deopt_node(target, "dynamic-reflection",
                                         "`Object.assign` copies keys only known at run time", loc)
                            if s is EXTERNAL:
                                self._store_dyn(target, b.c_ext)
                g.watch(src, on)
            g.edge(target, dst)
        elif m in ("freeze", "seal", "preventExtensions"):
            g.edge(a0, dst)
            if m == "freeze" and arg:
                b.freeze_calls.append((loc, a0))   # (analysis/freeze.py)
        elif m in ("isFrozen", "isSealed", "isExtensible", "is", "hasOwn"):
            g.add1(dst, BOOL)
        elif m == "create":
            self._create(a0, dst, loc)
            if len(arg) > 1:
                b.deopt_node(dst, "define-property", "`Object.create` with property descriptors", loc)
        elif m in ("defineProperty", "defineProperties"):
            b.deopt_node(a0, "define-property",
                         f"`Object.{m}` changes the property set outside the shape's construction", loc)
            desc = arg[2] if m == "defineProperty" and len(arg) > 2 else (arg[1] if len(arg) > 1 else None)
            if desc is not None:
                self._descriptor_into(a0, desc, nested=(m == "defineProperties"), loc=loc)
            g.edge(a0, dst)
        elif m == "getPrototypeOf":
            g.watch(a0, lambda vs: [g.add(dst, v.protos) for v in vs if isinstance(v, AObj)])
        elif m == "setPrototypeOf":
            b.deopt_node(a0, "prototype-mutation", "`Object.setPrototypeOf` changes the prototype", loc)
            if len(arg) > 1:
                p = arg[1]
                g.watch(a0, lambda vs: [g.watch(p, lambda ps, v=v: [b.add_proto(v, q) for q in ps if isinstance(q, AObj)])
                                        for v in vs if isinstance(v, AObj)])
            g.edge(a0, dst)
        elif m == "getOwnPropertyDescriptor":
            d = b.hidden_for(dst, "descriptor")
            for k in ("value", "get", "set"):
                self._all_values(a0, b.field(d, k)) if k == "value" else None
            for k in ("writable", "enumerable", "configurable"):
                g.add1(b.field(d, k), BOOL)
            g.add(dst, (d, UNDEF))
        elif m == "fromEntries":
            o = b.hidden_for(dst, "fromEntries")
            ent = b.tmp()
            b.iterate(a0, ent, loc)
            both = b.tmp()
            b.iterate(ent, both, loc)
            g.edge(both, b.field(o, "[dynamic]"))
            g.add1(dst, o)
        else:
            b.call_external(this, args, dst, loc, f"`Object.{m}`")

    def _descriptor_into(self, target: Node, desc: Node, nested: bool, loc) -> None:
        """The values a property descriptor defines land in the target's dynamic
        field; accessors run with the target as `this`."""
        b, g = self.b, self.g
        if nested:
            inner = b.tmp("descriptor")
            self._all_values(desc, inner)
            desc = inner

        def on(values):
            for d in values:
                if isinstance(d, AObj):
                    g.watch(target, lambda ts, d=d: [g.edge(b.field(d, "value"), b.field(t, "[dynamic]"))
                                                     for t in ts if isinstance(t, AObj)])
                    getter = b.tmp("get")
                    b.obj_load_into(d, "get", getter, d)
                    g.watch(target, lambda ts, getter=getter: [b.call(getter, b.const(t), [], b.field(t, "[dynamic]"), loc)
                                                               for t in ts if isinstance(t, AObj)])
                    setter = b.tmp("set")
                    b.obj_load_into(d, "set", setter, d)
                    b.call(setter, target, [(b.c_ext, False)], b.tmp(), loc)
                elif d is EXTERNAL:
                    b.escape_node(target, loc, "given a property descriptor from outside the closed world")
        g.watch(desc, on)

    def _create(self, proton: Node, dst: Node, loc) -> None:
        b = self.b
        o = b.hidden_for(dst, "Object.create")
        o.protos.clear()
        b.g.watch(proton, lambda vs: [b.add_proto(o, p) for p in vs if isinstance(p, AObj)])
        b.g.add1(dst, o)

    def _store_dyn(self, target: Node, valn: Node) -> None:
        self.g.watch(target, lambda vs: [self.g.edge(valn, self.b.field(v, "[dynamic]")) for v in vs if isinstance(v, AObj)])

    def _all_values(self, objn: Node, dst: Node) -> None:
        b = self.b

        def on(values):
            for v in values:
                if isinstance(v, AObj):
                    if v.is_array:
                        self.g.edge(b.field(v, ELEM), dst)
                    else:
                        b.each_field(v, lambda k, v=v: self.g.edge(b.field(v, k), dst))
                        self.g.edge(b.field(v, "[dynamic]"), dst)
                elif v is EXTERNAL:
                    self.g.add1(dst, EXTERNAL)
        self.g.watch(objn, on)

    def array_method(self, m: str, this: Optional[Node], arg, args, dst: Node, loc) -> None:
        g, b = self.g, self.b
        if this is None:
            g.add1(dst, UNDEF)
            return
        elem = b.tmp("elements")
        self._elements(this, elem)
        a0 = arg[0] if arg else b.c_undef
        if m not in _ARRAY_READERS:   # it may write, remove or move elements
            g.watch(this, lambda vs: [b.array_changed(v) for v in vs if isinstance(v, AObj)])
        if m in ARRAY_MUTATORS:
            g.watch(this, lambda vs: [b.deopt(v, "dynamic-reflection",
                                              f"`Array.prototype.{m}` on an object that is not an array "
                                              "adds index keys and `length`", loc)
                                      for v in vs if isinstance(v, AObj) and not v.is_array])

        def store_elems(valn: Node) -> None:
            def on(vs):
                for v in vs:
                    if isinstance(v, AObj):
                        fnode = b.field(v, ELEM)
                        g.edge(valn, fnode)
                        if loc is not None:
                            b.edge_loc.setdefault((id(valn), id(fnode)), loc)
            g.watch(this, on)

        def callback(fn: Node, extra_first: Optional[Node] = None, result: Optional[Node] = None) -> Node:
            res = result if result is not None else b.tmp("callback result")
            cargs = ([(extra_first, False)] if extra_first is not None else []) + \
                [(elem, False), (b.c_num, False), (this, False)]
            b.call(fn, arg[1] if len(arg) > 1 and extra_first is None else None, cargs, res, loc,
                   f"the callback of `{m}`")
            return res

        def new_array(from_elems: bool = True) -> AObj:
            arr = b.hidden_for(dst, m, array=True)
            if from_elems:
                g.edge(elem, b.field(arr, ELEM))
            g.add1(dst, arr)
            return arr

        if m in ("push", "unshift"):
            for a, spread in args:
                if spread:
                    sp = b.tmp()
                    b.iterate(a, sp, loc)
                    store_elems(sp)
                else:
                    store_elems(a)
            g.add1(dst, NUM)
        elif m in ("pop", "shift", "at"):
            g.edge(elem, dst)
            g.add1(dst, UNDEF)
        elif m in ("slice", "toSorted", "toReversed", "flat"):
            new_array()
            if m == "toSorted" and arg:
                b.call(a0, None, [(elem, False), (elem, False)], b.tmp(), loc, "the comparator")
        elif m in ("reverse", "sort", "fill", "copyWithin"):
            if m == "sort" and arg:
                b.call(a0, None, [(elem, False), (elem, False)], b.tmp(), loc, "the comparator")
            if m == "fill":
                store_elems(a0)
            g.edge(this, dst)
        elif m in ("splice", "toSpliced", "with"):
            new_array()
            for a in arg[(2 if m != "with" else 1):]:
                store_elems(a) if m == "splice" else None
        elif m == "concat":
            arr = new_array()
            for a, _ in args:
                def on(values, arr=arr):
                    for v in values:
                        if isinstance(v, AObj) and v.is_array:
                            g.edge(b.field(v, ELEM), b.field(arr, ELEM))
                        else:
                            g.add1(b.field(arr, ELEM), v)
                g.watch(a, on)
        elif m in ("join", "toString", "toLocaleString"):
            g.add1(dst, STR)
        elif m in ("indexOf", "lastIndexOf", "findIndex", "findLastIndex"):
            if m in ("findIndex", "findLastIndex"):
                callback(a0)
            g.add1(dst, NUM)
        elif m in ("includes",):
            g.add1(dst, BOOL)
        elif m in ("forEach",):
            callback(a0)
            g.add1(dst, UNDEF)
        elif m in ("some", "every"):
            callback(a0)
            g.add1(dst, BOOL)
        elif m in ("find", "findLast"):
            callback(a0)
            g.edge(elem, dst)
            g.add1(dst, UNDEF)
        elif m == "filter":
            callback(a0)
            new_array()
        elif m == "map":
            arr = new_array(from_elems=False)
            callback(a0, result=b.field(arr, ELEM))
        elif m == "flatMap":
            arr = new_array(from_elems=False)
            res = callback(a0)
            b.iterate(res, b.field(arr, ELEM), loc)
            g.edge(res, b.field(arr, ELEM))
        elif m in ("reduce", "reduceRight"):
            acc = b.tmp("accumulator")
            if len(arg) > 1:
                g.edge(arg[1], acc)
            else:
                g.edge(elem, acc)
            b.call(a0, None, [(acc, False), (elem, False), (b.c_num, False), (this, False)], acc, loc,
                   f"the callback of `{m}`")
            g.edge(acc, dst)
        elif m in ("keys", "values", "entries"):
            it = b.hidden_for(dst, "iterator " + m)
            it.kind = "iterator"
            if m == "keys":
                g.add1(b.field(it, ELEM), NUM)
            elif m == "values":
                g.edge(elem, b.field(it, ELEM))
            else:
                pair = b.hidden_for(dst, "entry", array=True)
                g.add1(b.field(pair, ELEM), NUM)
                g.edge(elem, b.field(pair, ELEM))
                g.add1(b.field(it, ELEM), pair)
            g.add1(dst, it)
        else:
            b.call_external(this, args, dst, loc, f"`Array.prototype.{m}`")

    def _elements(self, this: Node, elem: Node) -> None:
        b = self.b

        def on(values):
            for v in values:
                if isinstance(v, AObj):
                    self.g.edge(b.field(v, ELEM), elem)
                elif v is EXTERNAL:
                    self.g.add1(elem, EXTERNAL)
        self.g.watch(this, on)

    def function_method(self, m: str, this: Optional[Node], arg, args, dst: Node, loc) -> None:
        g, b = self.g, self.b
        if this is None:
            g.add1(dst, UNDEF)
            return
        if m == "call":
            b.call(this, arg[0] if arg else b.c_undef, args[1:], dst, loc, "a function")
        elif m == "apply":
            rest = [(arg[1], True)] if len(arg) > 1 else []
            b.call(this, arg[0] if arg else b.c_undef, rest, dst, loc, "a function")
        elif m == "bind":
            bound_this = arg[0] if arg else b.c_undef
            bound_args = args[1:]

            def on(values):
                for v in values:
                    if isinstance(v, AObj) and v.fn is not None:
                        key = (id(dst), "bound", v.id)
                        if key in b._hidden_memo:
                            continue
                        bf = b._hidden_memo[key] = self.g.obj("function", "bound " + v.name)
                        bf.protos.append(self.function_proto)
                        # the bound function: a synthetic function whose parameters
                        # feed every parameter of the target from the bound prefix on
                        from .constraints import FunctionInfo
                        f = FunctionInfo(bf, bf.name, v.fn.ast, True, v.fn.file)
                        bf.fn = f
                        f.ret = v.fn.ret if v.fn.gen_obj is None else b.const(v.fn.gen_obj)
                        f.this = v.fn.this
                        f.rest = b.hidden("array", "bound args", array=True)
                        later = b.field(f.rest, ELEM)
                        b.bind(v.fn, bound_this, bound_args + [(self._as_array(later), True)], b.tmp(), loc)
                        g.add1(dst, bf)
                    else:
                        g.add1(dst, v)
            g.watch(this, on)
        else:
            g.add1(dst, STR)

    def _as_array(self, elem: Node) -> Node:
        arr = self.b.hidden("hidden", "args", array=True)
        self.g.edge(elem, self.b.field(arr, ELEM))
        return self.b.const(arr)

    def collection_method(self, coll: str, m: str, this: Node, arg, dst: Node, loc) -> None:
        g, b = self.g, self.b
        a0 = arg[0] if arg else b.c_undef
        a1 = arg[1] if len(arg) > 1 else b.c_undef

        def each(fn):
            g.watch(this, lambda vs: [fn(v) for v in vs if isinstance(v, AObj)])

        if m == "get":
            each(lambda v: g.edge(b.field(v, ELEM), dst))
            g.add1(dst, UNDEF)
        elif m == "set":
            each(lambda v: (g.edge(a0, b.field(v, KEY)), g.edge(a1, b.field(v, ELEM))))
            g.edge(this, dst)
        elif m == "add":
            each(lambda v: g.edge(a0, b.field(v, ELEM)))
            g.edge(this, dst)
        elif m in ("has", "delete"):
            g.add1(dst, BOOL)
        elif m == "clear":
            g.add1(dst, UNDEF)
        elif m == "forEach":
            vals, keys = b.tmp(), b.tmp()
            each(lambda v: (g.edge(b.field(v, ELEM), vals),
                            g.edge(b.field(v, KEY if coll in ("Map", "WeakMap") else ELEM), keys)))
            b.call(a0, None, [(vals, False), (keys, False), (this, False)], b.tmp(), loc, "the forEach callback")
            g.add1(dst, UNDEF)
        elif m in ("keys", "values", "entries"):
            it = b.hidden_for(dst, "iterator " + m)
            it.kind = "iterator"
            out = b.field(it, ELEM)
            if m == "keys":
                each(lambda v: g.edge(b.field(v, KEY if coll in ("Map", "WeakMap") else ELEM), out))
            elif m == "values":
                each(lambda v: g.edge(b.field(v, ELEM), out))
            elif coll in ("Map", "WeakMap"):
                each(lambda v: g.edge(b.field(v, ENTRY), out))
            else:   # a Set's entries are [value, value] arrays
                pair = b.hidden_for(dst, "set entry", array=True)
                each(lambda v: g.edge(b.field(v, ELEM), b.field(pair, ELEM)))
                g.add1(out, pair)
            g.add1(dst, it)
        elif m == "size":
            g.add1(dst, NUM)
        else:
            b.call_external(this, [(a, False) for a in arg], dst, loc, f"`{coll}.prototype.{m}`")

    def promise_fn(self, name: str, f: AObj, this, arg, dst: Node, loc) -> None:
        g, b = self.g, self.b
        a0 = arg[0] if arg else b.c_undef
        if name == "[resolve]":
            g.watch(b.field(f, "[promise]"), lambda ps: [g.edge(a0, b.field(p, PROMISED)) for p in ps if isinstance(p, AObj)])
            g.add1(dst, UNDEF)
            return
        if name == "[reject]":
            g.edge(a0, b.thrown)
            g.add1(dst, UNDEF)
            return
        p = b.hidden_for(dst, "Promise")
        p.collection = "Promise"
        p.protos = [self.protos["Promise"]]
        if name in ("Promise.resolve",):
            g.edge(self.awaited(a0), b.field(p, PROMISED))
        elif name == "Promise.reject":
            g.edge(a0, b.thrown)
        elif name in ("Promise.all", "Promise.race", "Promise.allSettled", "Promise.any"):
            el = b.tmp()
            b.iterate(a0, el, loc)
            arr = b.hidden_for(dst, "all", array=True)
            g.edge(self.awaited(el), b.field(arr, ELEM))
            g.add1(b.field(p, PROMISED), arr)
        elif name in ("Promise.prototype.then", "Promise.prototype.catch", "Promise.prototype.finally"):
            if this is not None:
                val = self.awaited(this)
                if name.endswith("then"):
                    b.call(a0, None, [(val, False)], b.field(p, PROMISED), loc, "a `then` callback")
                    if len(arg) > 1:
                        b.call(arg[1], None, [(b.thrown, False)], b.field(p, PROMISED), loc, "a `then` callback")
                elif name.endswith("catch"):
                    b.call(a0, None, [(b.thrown, False)], b.field(p, PROMISED), loc, "a `catch` callback")
                    g.edge(val, b.field(p, PROMISED))
                else:
                    b.call(a0, None, [], b.tmp(), loc, "a `finally` callback")
                    g.edge(val, b.field(p, PROMISED))
        g.add1(dst, p)
