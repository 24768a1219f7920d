"""From syntax trees to value-flow constraints.

The builder walks every file of the closed world once and turns each
construct into nodes, edges and watchers of the graph (see graph.py for the
model): an allocation adds its abstract object to a node, `x = e` adds an edge,
`o.p` / `o.p = v` / `f(a)` / `new C(a)` install watchers on the receiver or
callee that connect fields, parameters and results as values arrive.

Operations that make a shape unprovable (non-constant keys, `delete`,
prototype changes, literal accessors, `defineProperty`, flowing outside the
closed world...) are recorded against every object that reaches them, with the
location of the operation; shapes.py turns that into the plan.
"""
from __future__ import annotations

import os
from typing import Any, Callable, Optional

from .graph import (AObj, BOOL, BIGINT, ELEM, EXTERNAL, Graph, KEY, NULL, NUM, Node, STR, SYMBOL,
                    UNDEF)
from .plan import Diagnostic, Location
from .scopes import Binding, Scope, pattern_names, var_declarations
from .var_init import assigned_spans, set_at_reads
from .jsnumber import canonical_key
from .parse import children
from . import field_reads

DYN = "[dynamic]"   # values written under keys not known statically
MAX_TARGETS = 64     # a call site with more possible functions is treated as unknown code


class FunctionInfo:
    __slots__ = ("obj", "params", "rest", "this", "ret", "is_arrow", "name", "ast", "args_obj",
                 "is_generator", "is_async", "gen_obj", "file", "body_scope", "forwards_to", "parent",
                 "strict")

    def __init__(self, obj: AObj, name: str, ast: Any, is_arrow: bool, file: "FileUnit"):
        self.obj = obj
        self.name = name
        self.ast = ast
        self.is_arrow = is_arrow
        self.params: list[Node] = []
        self.rest: Optional[AObj] = None
        self.this: Optional[Node] = None
        self.ret: Optional[Node] = None
        self.args_obj: Optional[AObj] = None
        self.is_generator = bool(getattr(ast, "generator", False))
        self.is_async = bool(getattr(ast, "isAsync", False))
        self.gen_obj: Optional[AObj] = None
        self.file = file
        self.body_scope: Optional[Scope] = None
        self.forwards_to: Optional["ClassInfo"] = None   # implicit derived constructor: super(...args)
        self.parent = None        # the activation the function is created in (lexically enclosing)
        self.strict = True


KNOWN_ANNOTATIONS = ("@stack", "@local", "@struct", "@global", "@exclave")


class ClassInfo:
    __slots__ = ("name", "value", "proto", "ctor", "parents", "field_defs",
                 "extends_external", "extends_builtin", "ast", "file", "accessors", "parent_node",
                 "annotations", "global_fields", "static_fields")

    def __init__(self, name: str, value: AObj, proto: AObj, ast: Any, file: "FileUnit"):
        self.name = name
        self.value = value
        self.proto = proto
        self.ctor: Optional[FunctionInfo] = None
        self.parents: list["ClassInfo"] = []
        self.field_defs: list[str] = []        # instance fields declared in the body, in order
        self.extends_external = False
        self.extends_builtin: Optional[str] = None
        self.ast = ast
        self.file = file
        self.accessors: dict = {}
        self.parent_node: Optional[Node] = None
        self.annotations: tuple[str, ...] = ()
        self.global_fields: set[str] = set()
        self.static_fields: set[str] = set()   # static fields declared in the body (set during static init)


class SiteInfo:
    __slots__ = ("kind", "location", "class_name", "offset", "file", "ast", "annotations")

    def __init__(self, kind: str, location: Location, class_name: Optional[str], offset: int,
                 file: "FileUnit", ast: Any):
        self.kind = kind
        self.location = location
        self.class_name = class_name
        self.offset = offset
        self.file = file
        self.ast = ast
        self.annotations: tuple[str, ...] = ()


# Expressions whose possible values the plan reports (Plan.primitive_reads), for
# the build: a property read, an element read, a call or a variable.
_VALUE_FACTS = frozenset({"MemberExpression", "CallExpression", "Identifier", "ThisExpression"})


class FileUnit:
    """One file of the closed world as the builder sees it."""

    def __init__(self, path: str, display: str, source, parsed):
        self.path = path
        self.display = display
        self.source = source
        self.parsed = parsed
        self.module_obj: Optional[AObj] = None
        self.exports_obj: Optional[AObj] = None
        self.walked = False

    @property
    def is_module(self) -> bool:
        return self.parsed is not None and self.parsed.source_type == "module"


def constant_string(n: Any) -> Optional[str]:
    """The string a literal or a template without substitutions spells, else None."""
    if n.type == "Literal" and isinstance(n.value, str):
        return n.value
    if n.type == "TemplateLiteral" and not n.expressions:
        return n.quasis[0].value.cooked
    return None


def is_index(key: str) -> bool:
    return key.isdigit() and (key == "0" or not key.startswith("0")) and len(key) < 11


WELL_KNOWN_SYMBOLS = {"iterator", "asyncIterator", "hasInstance", "toPrimitive", "toStringTag",
                      "species", "isConcatSpreadable", "match", "replace", "search", "split",
                      "unscopables", "matchAll"}


class Builder:
    def __init__(self, graph: Graph, world) -> None:
        self.g = graph
        self.world = world
        self.builtins = None          # set by analyze(): builtins.Builtins
        self.file: Optional[FileUnit] = None
        self.scope: Optional[Scope] = None
        self.fn: Optional[FunctionInfo] = None
        self.cls_stack: list[ClassInfo] = []
        self.globals: dict[str, Binding] = {}
        self.global_scope = Scope(None, "global")
        self.thrown = graph.node("thrown")
        self.thrown.role = "thrown"
        self.callees: dict = {}          # activation -> set of FunctionInfo it may call
        self.opaque: set[int] = set()    # ids of nodes used other than as `x.p` / `x = ...` (see expr)
        # ids of variable nodes called by name, `f(...)` without spread arguments (kept
        # out of `opaque` until post_solve, for analysis/closure_passing.py), and of
        # the nodes opaque for any other reason (set by post_solve)
        self.called: set[int] = set()
        self.opaque_but_called: frozenset = frozenset()
        # ids of the nodes tested against the literal null (`x === null`, `x != null`),
        # opaque after post_solve; opaque_but_null leaves those tests out
        self.null_tested: set[int] = set()
        self.opaque_but_null: frozenset = frozenset()
        self.lexical: set[int] = set()   # ids of the nodes of let/const bindings (never read before they are set)
        # and of a function's `var`s that every read finds assigned (analysis/var_init.py)
        self.var_reads: dict[int, list] = {}      # id(node) of a var -> offsets of its reads
        self.set_vars: list = []                  # (file, identifier) of those vars
        # scalar passing across calls (analysis/passing.py): the receivers and
        # arguments of plain calls, which are not opaque but recorded here
        self.passed: dict[int, list] = {}         # id(node) -> [(call expression, position (-1: receiver), dst)]
        self.call_targets: dict[int, set] = {}    # id(dst of a call) -> FunctionInfos, or "builtin" / "external"
        self.written_through: set[int] = set()    # ids of nodes used as the object of `o.k = v`
        self.pass_tmps: set[int] = set()          # ids of the `this` temporaries of recorded receivers
        self.plain_methods: dict[int, str] = {}   # id(FunctionInfo) of a class's method (static too) -> its key
        self.static_accessors: set = set()        # (id(class object), key) of static getters/setters
        self.literal_methods: dict[int, str] = {}  # id(FunctionInfo) of an object literal's method -> its key
        self.args_nodes: dict[int, Node] = {}     # id(FunctionInfo) -> its `arguments` binding
        self.arguments_read: set[int] = set()     # ids of `arguments` bindings some code reads
        # what may have its keys listed (printed, serialised, enumerated): the arguments of
        # builtin calls, for-in subjects, spread sources, and whatever their fields hold
        self.listed: list[Node] = []
        self.listed_objs: set[int] = set()
        self.protos_used: set[int] = set()        # ids of objects some object has as a prototype
        self.read_keys: set[str] = set()          # keys the program's text may read (analysis/field_reads.py)
        # what may have its identity observed: the operands of `==`/`===` (and their
        # negations) and of `switch`; and the arguments and receivers of builtin calls
        # and constructors, with their elements (a Set, a Map key, indexOf compare them)
        self.identity: list[Node] = []
        self.identity_deep: list[Node] = []
        self.file_vars: set[int] = set()          # ids of the nodes of variables declared at a file's top level
        self.typed_vars: list = []                # (file, identifier, node) of each let, const and parameter
        self.call_uses: dict[int, tuple] = {}     # id(dst) -> (call, None, dst, location) of a plain call
        self.call_locations: dict[int, Location] = {}   # id(dst) -> location of every call expression
        self.freeze_calls: list = []              # (location, argument node) of each `Object.freeze(x)`
        self.method_recvs: list = []              # (receiver node, key or None when computed) of every method call
        self.return_calls: set[int] = set()       # ids of the dst of calls returned as is (`return f(...)`)
        self.return_allocs: dict[int, Any] = {}   # id(node) of an allocation returned as is -> its expression
        self.return_nulls: set[int] = set()       # ids of the functions with a `return null`
        # id(node) of an allocation stored as is in a variable (`let v = {...}`,
        # `v = new C(...)`) -> (the node, its expression): a variable of such
        # allocations and of calls' results may be kept as fields (analysis/passing.py, Results)
        self.var_allocs: dict[int, tuple] = {}
        # (file, call, its result node, variable name) of each `let/const v = x.slice()`:
        # the copy may reuse an array of its own (analysis/reuse.py)
        self.slice_decls: list = []
        self.call_recv: dict[int, tuple] = {}     # id(dst of a recorded method call) -> (receiver, key)
        self.getter_walks: set = set()     # (holder, load, receiver) walked for a getter's `this`
        self.expr_nodes: list = []         # (file, expression, node): reads whose value kinds the plan reports
        self.captures: dict[int, list] = {}   # id(variable node) -> closure objects that capture it
        self.edge_loc: dict[tuple[int, int], Location] = {}   # where a flow edge comes from in the source
        self.global_fields: dict[int, set] = {}   # id(ClassInfo) -> fields annotated @global
        self.annotation_diags: list = []
        self.local_params: list = []              # (FunctionInfo, param node, name, Location) for @local
        self.sites: list[AObj] = []
        self.classes: list[ClassInfo] = []
        self.functions: list[FunctionInfo] = []
        self.causes: dict[tuple, list] = {}   # (code, Location) -> [message, set(objs)]
        self.delete_keys: dict = {}   # Location of a `delete` -> its constant key, or None (analysis/overflow.py)
        self.dynamic_array_writes: list[tuple[Node, Node, Location]] = []   # `a[k] = v` of arrays
        # for analysis.absence (reads that may find no property):
        self.static_loads: list[tuple] = []      # (receiver, key, destination, Location) of `o.p` reads
        self.deleted: dict[int, set] = {}        # object id -> keys `delete` may remove (DYN: any)
        # graph.all_nodes ranges made by static initializers: (first, end, ClassInfo, static fields set before)
        self.static_init_nodes: list[tuple] = []
        self.spreads: dict[int, tuple] = {}      # literal id -> (its own keys, nodes spread into it)
        self.binds: list[tuple] = []             # (FunctionInfo, ids of the call's this, result and argument nodes)
        self.dynamic_requires: list = []         # (file, call, ((specifier, path), ...)) of each computed require
        self.with_depth = 0
        self._call_ids = 0
        self.c_num = self.const(NUM)
        self.c_str = self.const(STR)
        self.c_bool = self.const(BOOL)
        self.c_undef = self.const(UNDEF)
        self.c_null = self.const(NULL)
        self.c_ext = self.const(EXTERNAL)
        self.comments_by_end: dict[int, list] = {}
        self._export_start: Optional[int] = None
        self.file_strict = False
        self._hidden_memo: dict[tuple, AObj] = {}

    # ------------------------------------------------------------------ helpers
    def const(self, value) -> Node:
        n = self.g.node(str(value))
        self.g.add1(n, value)
        return n

    def loc(self, n: Any) -> Location:
        return self.file.source.location(n._start, n._end)

    def loc_range(self, start: int, end: int) -> Location:
        return self.file.source.location(start, end)

    def tmp(self, label: str = "") -> Node:
        return self.g.node(label)

    def field(self, obj: AObj, prop: str) -> Node:
        """The node of obj's property `prop`, created on first use; loads that
        were waiting for it are connected then (no node per object and name read)."""
        n = obj.fields.get(prop)
        if n is None:
            n = self.g.field(obj, prop)
            if obj.escaped is not None:
                self._escape_field(obj, n)
            subs = obj.load_subs
            if subs:
                if prop == DYN:
                    for by_dst in list(subs.values()):
                        for dst in list(by_dst.values()):
                            self.g.edge(n, dst)
                else:
                    for dst in list(subs.get(prop, {}).values()):
                        self.g.edge(n, dst)
        return n

    # ------------------------------------------------------------- deopt/escape
    def deopt(self, obj: AObj, code: str, message: str, loc: Location) -> None:
        if obj.is_array:
            self.array_changed(obj)   # (Object.assign into it, say): its elements may move
        if obj.site is None or obj.kind not in ("object", "new", "array"):
            return
        key = (code, loc)
        entry = self.causes.get(key)
        if entry is None:
            entry = self.causes[key] = [message, []]
        if obj not in entry[1]:
            entry[1].append(obj)
            obj.deopts.append((code, message, loc))
            if len(obj.deopts) == 1:
                for fn in list(obj.deopt_watchers):
                    fn()

    def when_dynamic(self, obj: AObj, fn: Callable[[], None]) -> None:
        """Call fn (once) if obj's keys are, or become, known only at run time: a
        dictionary by nature (a module's exports, a function's or a class's own
        properties, a built-in's result) or an object or allocation deoptimised
        now or later. Copying its keys (spread, Object.assign) must then copy its
        dynamic values too, and the copy's keys are dynamic."""
        if obj.kind not in ("object", "new") or obj.deopts:
            fn()
        else:
            obj.deopt_watchers.append(fn)

    def deopt_node(self, node: Node, code: str, message: str, loc: Location) -> None:
        def on(values):
            for v in values:
                if isinstance(v, AObj):
                    self.deopt(v, code, message, loc)
        self.g.watch(node, on)

    def escape_node(self, node: Node, loc: Location, message: str, code: str = "escapes-closed-world") -> None:
        def on(values):
            for v in values:
                if isinstance(v, AObj):
                    self.escape_obj(v, loc, message, code)
        self.g.watch(node, on)

    def escape_obj(self, obj: AObj, loc: Location, message: str, code: str = "escapes-closed-world") -> None:
        if obj.escaped is not None or obj.builtin is not None:
            return
        obj.escaped = (loc, message)
        self.array_changed(obj)
        self.deopt(obj, code, message, loc)
        inner = "reachable from a value that escapes the closed world"
        for n in list(obj.fields.values()):
            self._escape_field(obj, n)
        for p in obj.protos:
            self.escape_obj(p, loc, inner, code)
        if obj.fn is not None:
            f = obj.fn
            for p in f.params:
                self.g.add1(p, EXTERNAL)
            if f.rest is not None:
                self.g.add1(self.field(f.rest, ELEM), EXTERNAL)
            if f.this is not None and not f.is_arrow:
                self.g.add1(f.this, EXTERNAL)
            self.escape_node(f.ret, loc, "returned to code outside the closed world", code)
        if obj.cls is not None and obj.kind == "class":
            if obj.cls.ctor is not None:
                self.escape_obj(obj.cls.ctor.obj, loc, inner, code)
            self.escape_obj(obj.cls.proto, loc, inner, code)

    def _escape_field(self, obj: AObj, n: Node) -> None:
        loc, _ = obj.escaped
        self.g.add1(n, EXTERNAL)
        self.escape_node(n, loc, "reachable from a value that escapes the closed world")

    # --------------------------------------------------------------- objects
    def new_site(self, kind: str, ast: Any, class_name: Optional[str] = None,
                 start: Optional[int] = None) -> AObj:
        o = self.g.obj(kind, class_name or "")
        s = ast._start if start is None else start
        o.site = SiteInfo(kind, self.loc_range(s, ast._end), class_name, s, self.file, ast)
        o.site.annotations = self.take_annotations(s, ("@stack", "@struct", "@exclave"), "an allocation")
        if kind == "array":
            o.protos.append(self.builtins.array_proto)
        elif kind == "object":
            o.protos.append(self.builtins.object_proto)
        elif kind == "function":
            o.protos.append(self.builtins.function_proto)
        self.sites.append(o)
        return o

    def take_annotations(self, offset: int, allowed: tuple, what: str) -> tuple[str, ...]:
        """The annotations in the comment right before `offset`, for a construct
        that accepts `allowed`; others there are reported as misplaced."""
        entry = self.comments_by_end.get(offset)
        if entry is None:
            return ()
        words, loc, used = entry
        if used:
            return ()
        entry[2] = True
        ok = []
        for w in words:
            if w in allowed:
                ok.append(w)
            elif w in KNOWN_ANNOTATIONS:
                self.annotation_diags.append(("misplaced-annotation",
                                              f"`{w}` cannot govern {what}; it applies to "
                                              f"{_ANNOTATION_TARGETS[w]}", loc))
        return tuple(ok)

    def add_proto(self, obj: AObj, proto: AObj) -> None:
        if proto in obj.protos or proto is obj:
            return
        obj.protos.append(proto)
        self.protos_used.add(proto.id)
        for prop, by_dst in list(obj.load_subs.items()):
            for dst in list(by_dst.values()):
                self.obj_load_into(proto, prop, dst, obj)

    def hidden_for(self, dst: Node, tag: str, array: bool = False) -> AObj:
        """The one hidden object a builtin model makes for the call whose result
        is `dst` (models run once per receiver; the object must not multiply)."""
        key = (id(dst), tag)
        o = self._hidden_memo.get(key)
        if o is None:
            o = self._hidden_memo[key] = self.hidden("iterator" if tag.startswith("iterator") else "hidden",
                                                     tag, array=array)
        return o

    def hidden(self, kind: str = "hidden", name: str = "", array: bool = False) -> AObj:
        o = self.g.obj(kind, name)
        if array:
            o.is_array = True
            o.protos.append(self.builtins.array_proto)
        else:
            o.protos.append(self.builtins.object_proto)
        return o

    # -------------------------------------------------------- property access
    def obj_load_into(self, holder: AObj, prop: str, dst: Node, receiver: AObj) -> None:
        """Connect the value of `prop` looked up on `holder` (and its prototype
        chain) to `dst`; `receiver` is the object the lookup started from (for
        getters)."""
        seen = set()
        stack = [holder]
        while stack:
            h = stack.pop()
            if h.id in seen:
                continue
            seen.add(h.id)
            subs = h.load_subs.get(prop)
            if subs is None:
                subs = h.load_subs[prop] = {}
            if id(dst) in subs:
                # walked already for another receiver; a getter further up still
                # needs this receiver as its `this`
                if receiver is h or not self.accessor_above(h, prop):
                    continue
                key = (h.id, id(dst), receiver.id)
                if key in self.getter_walks:
                    continue
                self.getter_walks.add(key)
            subs[id(dst)] = dst
            if h.is_array and (prop == ELEM or is_index(prop)):
                if h.tuple is not None and prop != ELEM:
                    h.tuple_reads.append(dst)
                    if int(prop) < len(h.tuple):
                        self.g.edge(h.tuple[int(prop)], dst)
                    else:
                        self.g.add1(dst, UNDEF)   # past the end
                    if not h.changed:
                        continue   # (array_changed adds the rest if that changes)
                self.g.edge(self.field(h, ELEM), dst)
                self.g.add1(dst, UNDEF)
                continue
            if h.is_array and prop == "length":
                self.g.add1(dst, NUM)
                continue
            if h.builtin is not None:
                self.builtins.materialize(h, prop)
            acc = self.accessor(h, prop)
            if acc is not None:
                getter = acc[0]
                if getter is not None:
                    thisn = self.const(receiver)
                    self.bind(getter.fn, thisn, [], dst, None)
                continue
            own = h.fields.get(prop)
            if own is not None:
                self.g.edge(own, dst)
            dyn = h.fields.get(DYN)
            if dyn is not None and prop != DYN:
                self.g.edge(dyn, dst)
            stack.extend(h.protos)

    @staticmethod
    def chain(start: list):
        """Each object of the prototype chains from `start` (starts included), once."""
        seen = set()
        stack = list(start)
        while stack:
            h = stack.pop()
            if h.id in seen:
                continue
            seen.add(h.id)
            yield h
            stack.extend(h.protos)

    def has_number_conversion(self, obj: AObj) -> bool:
        """Does `obj + x` possibly convert obj to a number (a user valueOf/toPrimitive, a Date)?"""
        return any(h.collection == "Date" or h.builtin is None and ("valueOf" in h.written or "@@toPrimitive" in h.written)
                   for h in self.chain([obj]))

    def accessor_above(self, h: AObj, prop: str) -> bool:
        return any(self.accessor(x, prop) is not None for x in self.chain([h]))

    def accessor(self, h: AObj, prop: str):
        acc = getattr(h.cls, "accessors", None) if h.kind == "proto" and h.cls is not None else None
        if acc:
            return acc.get(prop)
        return None

    def find_setter(self, obj: AObj, prop: str):
        """(found, setter): whether a store of `prop` on obj meets an accessor on its
        prototypes before any data property, and that accessor's setter (None for a
        getter alone: the store then creates nothing)."""
        for h in self.chain(obj.protos):
            acc = self.accessor(h, prop)
            if acc is not None:
                return True, acc[1]
            if prop in h.written:
                return False, None
        return False, None

    def load(self, objn: Node, prop: str, dst: Node, loc: Location) -> None:
        self.static_loads.append((objn, prop, dst, loc))

        def on(values):
            for v in values:
                if isinstance(v, AObj):
                    v.loaded.add(prop)
                    self.obj_load_into(v, prop, dst, v)
                elif v is EXTERNAL:
                    self.g.add1(dst, EXTERNAL)
                elif v == STR:
                    self.builtins.string_member(prop, dst)
                elif v in (NUM, BOOL, BIGINT, SYMBOL):
                    self.builtins.primitive_member(v, prop, dst)
        self.g.watch(objn, on)

    def obj_store(self, obj: AObj, prop: str, valn: Node, loc: Location, init: bool = False) -> None:
        if obj.is_array:
            self.array_changed(obj)
            if is_index(prop):
                fnode = self.field(obj, ELEM)
                self.g.edge(valn, fnode)
                self.edge_loc.setdefault((id(valn), id(fnode)), loc)
            elif prop != "length" and obj.typed is None:
                # (a typed array stays one: the build drops a store at a number key
                # that is no index, "-1" or "1.5", as JavaScript does, and refuses a
                # named property at run time; codegen/typed_arrays.wat)
                self.deopt(obj, "array-named-property",
                           f"the array gets the named property `{prop}`", loc)
                self.g.edge(valn, self.field(obj, prop))
                self._note_write(obj, prop, loc)
            return
        if prop == "__proto__" and not init:
            self.deopt(obj, "prototype-mutation", "assigning `__proto__` changes the prototype", loc)
            self.g.watch(valn, lambda vs, obj=obj: [self.add_proto(obj, p) for p in vs if isinstance(p, AObj)])
            return
        if obj.waiting_stores is not None and not init:
            # its class (and so its setters) is not known yet: store once it is
            obj.waiting_stores.append((prop, valn, loc))
            return
        if not init and obj.kind in ("object", "new", "hidden"):
            found, setter = self.find_setter(obj, prop)
            if setter is not None:
                self.bind(setter.fn, self.const(obj), [(valn, False)], self.tmp(), None)
            if found:   # an accessor: the store never makes an own property
                return
        fnode = self.field(obj, prop)
        self.g.edge(valn, fnode)
        self.edge_loc.setdefault((id(valn), id(fnode)), loc)
        self._note_write(obj, prop, loc)

    def _note_write(self, obj: AObj, prop: str, loc: Location) -> None:
        locs = obj.write_locs.setdefault(prop, [])
        if loc not in locs:
            locs.append(loc)
        if prop not in obj.written:
            obj.written[prop] = loc
            if obj.field_watchers:
                for w in list(obj.field_watchers):
                    w(prop)

    def store(self, objn: Node, prop: str, valn: Node, loc: Location) -> None:
        def on(values):
            for v in values:
                if isinstance(v, AObj):
                    self.obj_store(v, prop, valn, loc)
                elif v is EXTERNAL:
                    self.escape_node(valn, loc, f"stored into property `{prop}` of a value from outside the closed world")
        self.g.watch(objn, on)

    def each_field(self, obj: AObj, fn: Callable[[str], None]) -> None:
        """Call fn for every own property of obj, now and later."""
        obj.field_watchers.append(fn)
        for p in list(obj.written):
            fn(p)

    def snippet(self, n: Any, limit: int = 40) -> str:
        """The source text of a node, on one line and shortened, for messages."""
        text = " ".join(self.file.source.text[n._start:n._end].split())
        return text if len(text) <= limit else text[:limit - 1] + "…"

    def dyn_load(self, objn: Node, keyn: Node, dst: Node, loc: Location, what: str = "") -> None:
        def on(values):
            for v in values:
                if isinstance(v, AObj):
                    if v.is_array:
                        # (a key that is not an index reads what any array has: its
                        # length, a method, or nothing; the array stays an array)
                        self.g.edge(self.field(v, ELEM), dst)
                        self.g.add1(dst, UNDEF)
                    else:
                        self.deopt(v, "dynamic-key-read",
                                   f"{what or 'a read'} reads a property whose key is not a constant", loc)
                        self.each_field(v, lambda p, v=v: self.g.edge(self.field(v, p), dst))
                        self.g.edge(self.field(v, DYN), dst)
                        self.g.add1(dst, UNDEF)
                        if v.builtin is not None or v.kind in ("proto", "class"):
                            self.g.add1(dst, EXTERNAL)
                        self.dyn_inherited(v, dst)
                elif v is EXTERNAL:
                    self.g.add1(dst, EXTERNAL)
                elif v == STR:
                    self.g.add1(dst, STR)
                    self.g.add1(dst, UNDEF)
        self.g.watch(objn, on)

    def dyn_inherited(self, v: AObj, dst: Node) -> None:
        """What a key that is not v's own finds on v's prototype chain, for a read
        whose key is not a constant: a class's methods, and its getters' results
        (called with v as `this`). Not Object.prototype's functions (`o[k]` with
        k = "toString"): counting them would make every dictionary's values
        (`counts[k] = (counts[k] || 0) + 1`) possibly a function, and the build
        stops a computed read that finds one instead (codegen: $get_index,
        $object_proto_member)."""
        for h in self.chain(v.protos):
            if h.builtin is None:
                self.each_field(h, lambda p, h=h: self.obj_load_into(h, p, dst, v))
                self.g.edge(self.field(h, DYN), dst)
                for p in (getattr(h.cls, "accessors", None) or {}) if h.kind == "proto" and h.cls is not None else ():
                    self.obj_load_into(h, p, dst, v)
            elif h.builtin != "Object.prototype":
                self.g.add1(dst, EXTERNAL)   # another built-in's members: not modelled one by one

    def dyn_store(self, objn: Node, keyn: Node, valn: Node, loc: Location, what: str = "") -> None:
        def on(values):
            for v in values:
                if isinstance(v, AObj):
                    if v.is_array:
                        self.array_changed(v)
                        fnode = self.field(v, ELEM)
                        self.g.edge(valn, fnode)
                        self.edge_loc.setdefault((id(valn), id(fnode)), loc)
                        self.dynamic_array_writes.append((keyn, self.const(v), loc))
                    else:
                        self.deopt(v, "dynamic-key-write",
                                   f"{what or 'a write'} writes a property whose key is not a constant", loc)
                        self.g.edge(valn, self.field(v, DYN))
                elif v is EXTERNAL:
                    self.escape_node(valn, loc, "stored into a value from outside the closed world")
        self.g.watch(objn, on)

    # ------------------------------------------------------------------ calls
    def call(self, callee: Node, this: Optional[Node], args: list[tuple[Node, bool]], dst: Node,
             loc: Optional[Location], desc: str = "a function") -> None:
        done: set = set()
        state = {"unresolved": False}

        targets = self.call_targets.setdefault(id(dst), set())

        def give_up() -> None:
            """Too many possible targets (`this[name]()` over a big prototype):
            following each would cost calls x targets. Treat the call as unknown
            code instead: sound, and linear."""
            state["unresolved"] = True
            targets.add("external")
            msg = f"passed to a call with more than {MAX_TARGETS} possible target functions, which " \
                  "the analysis treats as unknown code"
            if loc is not None:
                for a, _ in args:
                    self.escape_node(a, loc, msg, "unresolved-call")
                if this is not None:
                    self.escape_node(this, loc, msg, "unresolved-call")
            self.g.add1(dst, EXTERNAL)

        def unknown_target(v: AObj) -> None:
            if loc is not None:
                self.escape_obj(v, loc, "called with unknown arguments by a call with too many targets",
                                "unresolved-call")

        def on(values):
            if not state["unresolved"]:
                fresh = sum(1 for v in values if isinstance(v, AObj) and v.fn is not None and v.id not in done)
                if len(done) + fresh > MAX_TARGETS:
                    give_up()
                    values = [u for u in callee.pts if isinstance(u, AObj)]
            if state["unresolved"]:
                for v in values:
                    if isinstance(v, AObj) and (v.fn is not None or v.builtin is not None):
                        unknown_target(v)
                return
            for v in values:
                if isinstance(v, AObj):
                    if v.fn is not None and v.id not in done:
                        done.add(v.id)
                        targets.add(v.fn)
                        self.bind(v.fn, this, args, dst, loc)
                    elif v.builtin is not None and v.id not in done:
                        done.add(v.id)
                        targets.add("builtin")
                        # a builtin may list its arguments' keys (console.log, JSON, Object.keys...)
                        if v.builtin not in LISTING_FREE:
                            self.listed.extend(a for a, _ in args)
                        if v.builtin not in IDENTITY_FREE:
                            self.identity_deep.extend(a for a, _ in args)
                            if this is not None:
                                self.identity_deep.append(this)
                        self.builtins.call(v, this, args, dst, loc)
                    elif v.fn is None and v.builtin is None:
                        targets.add("builtin")   # not callable: the call throws
                elif v is EXTERNAL:
                    targets.add("external")
                    self.call_external(this, args, dst, loc, desc)
                else:
                    targets.add("builtin")   # a primitive: the call throws
        self.g.watch(callee, on)

    def call_external(self, this: Optional[Node], args, dst: Node, loc: Optional[Location], desc: str) -> None:
        if loc is not None:
            for a, _ in args:
                self.escape_node(a, loc, f"passed to {desc}, which is outside the closed world")
            if this is not None:
                self.escape_node(this, loc, f"used as `this` of {desc}, which is outside the closed world")
        self.g.add1(dst, EXTERNAL)

    def method_call(self, recv: Node, prop: str, args: list[tuple[Node, bool]], dst: Node,
                    loc: Location, passed: bool = False) -> None:
        groups: dict = {}
        targets = self.call_targets.setdefault(id(dst), set())

        def on(values):
            for v in values:
                if isinstance(v, AObj):
                    # receivers with one prototype chain and no method of their own resolve
                    # alike: one callee and one `this` for the group, not nodes per object
                    if prop in v.written or v.kind not in ("new", "object", "array", "iterator"):
                        key = ("own", v.id)
                    else:
                        key = tuple(p.id for p in v.protos)
                    group = groups.get(key)
                    if group is None:
                        group = groups[key] = (self.tmp(prop), self.tmp("this"))
                        if passed:
                            self.pass_tmps.add(id(group[1]))
                        self.call(group[0], group[1], args, dst, loc, f"method `{prop}`")
                    self.obj_load_into(v, prop, group[0], v)
                    self.g.add1(group[1], v)
                elif v is EXTERNAL:
                    targets.add("external")
                    self.call_external(recv, args, dst, loc, f"method `{prop}` of a value from outside")
                elif v == STR:
                    targets.add("builtin")
                    self.builtins.string_method(prop, recv, args, dst, loc)
                elif v in (NUM, BOOL, BIGINT, SYMBOL):
                    targets.add("builtin")
                    self.g.add(dst, (STR, NUM, BOOL))
                elif v not in (NULL, UNDEF):   # null / undefined: the call throws before any target runs
                    targets.add("builtin")
        self.g.watch(recv, on)

    def bind(self, f: FunctionInfo, this: Optional[Node], args: list[tuple[Node, bool]], dst: Node,
             loc: Optional[Location]) -> None:
        g = self.g
        callees = self.callees.get(g.owner)
        if callees is None:
            callees = self.callees[g.owner] = set()
        callees.add(f)
        self.binds.append((f, (id(this), id(dst), *(id(a) for a, _ in args))))
        if f.forwards_to is not None:
            if this is not None:
                g.edge(this, f.this)   # the class's field initialisers run on it
            self.super_call(f.forwards_to, this if this is not None else self.c_undef, args, loc)
            return
        params = f.params
        n = len(params)
        i = 0
        for a, spread in args:
            if spread:
                el = self.tmp("spread")
                self.iterate(a, el, loc)
                for p in params[i:]:
                    g.edge(el, p)
                    g.add1(p, UNDEF)   # the spread may hold fewer values than there are parameters left
                if f.rest is not None:
                    g.edge(el, self.field(f.rest, ELEM))
                if f.args_obj is not None:
                    g.edge(el, self.field(f.args_obj, ELEM))
                i = n
                break
            if i < n:
                g.edge(a, params[i])
                if loc is not None:
                    self.edge_loc.setdefault((id(a), id(params[i])), loc)
            elif f.rest is not None:
                g.edge(a, self.field(f.rest, ELEM))
            if f.args_obj is not None:
                g.edge(a, self.field(f.args_obj, ELEM))
            i += 1
        for p in params[i:]:
            g.add1(p, UNDEF)
        if not f.is_arrow and f.this is not None:
            if this is not None:
                g.edge(this, f.this)
            else:
                # a plain call: `this` is undefined in strict code, the global object otherwise
                g.add1(f.this, UNDEF if f.strict else EXTERNAL)
        if f.gen_obj is not None:
            g.add1(dst, f.gen_obj)
        elif f.is_async:
            p = self.hidden_for(dst, "async result")
            if p.collection is None:
                p.collection = "Promise"
                p.protos = [self.builtins.protos["Promise"]]
                g.edge(self.builtins.awaited(f.ret), self.field(p, "[promised]"))
            g.add1(dst, p)
        else:
            g.edge(f.ret, dst)

    def iterate(self, itn: Node, dst: Node, loc: Optional[Location]) -> None:
        """dst gets every value that iterating over itn's values yields."""
        def on(values):
            for v in values:
                if isinstance(v, AObj):
                    if v.collection in ("Map", "WeakMap"):
                        self.g.edge(self.field(v, "[entry]"), dst)
                    elif v.is_array or v.kind == "iterator" or v.collection in ("Set", "WeakSet"):
                        self.g.edge(self.field(v, ELEM), dst)
                    elif v.kind == "function" or v.kind == "class":
                        pass
                    else:
                        # a user iterable: obj[Symbol.iterator]().next().value
                        itf = self.tmp("@@iterator")
                        self.obj_load_into(v, "@@iterator", itf, v)
                        it = self.tmp("iterator")
                        self.call(itf, self.const(v), [], it, loc, "`[Symbol.iterator]`")
                        res = self.tmp("next()")
                        self.method_call(it, "next", [], res, loc)
                        self.load(res, "value", dst, loc)
                elif v is EXTERNAL:
                    self.g.add1(dst, EXTERNAL)
                elif v == STR:
                    self.g.add1(dst, STR)
        self.g.watch(itn, on)

    # --------------------------------------------------------------- identifiers
    def lookup(self, name: str) -> tuple[Node, Optional[Binding], bool]:
        b, through_with = self.scope.lookup(name)
        if b is not None:
            return b.node, b, through_with
        b = self.globals.get(name)
        if b is None:
            node = self.builtins.global_value(name)
            if node is not None:
                return node, None, through_with
            node = self.g.node(name)
            node.owner = None
            node.role = "global"
            node.info = (name, None)
            b = Binding(name, node, "implicit", self.global_scope, -1)
            self.globals[name] = b
        return b.node, b, through_with

    def read_ident(self, n: Any) -> Node:
        node, b, through_with = self.lookup(n.name)
        self.note_var_read(b, n)
        if n.name == "arguments":
            self.arguments_read.add(id(node))
        if node.owner is not self.g.owner:
            self.opaque.add(id(node))   # a closure reads it: it must be a real value
            self.note_capture(node)
        if through_with:
            r = self.tmp(n.name)
            self.g.edge(node, r)
            self.g.add1(r, EXTERNAL)
            return r
        return node

    def note_var_read(self, b: Optional[Binding], ident: Any) -> None:
        """Record where a `var` is read (set_vars_or_undefined checks the places)."""
        if b is not None and b.kind == "var":
            self.var_reads.setdefault(id(b.node), []).append(ident._start)

    def note_capture(self, node: Node) -> None:
        """Record the closures between the current code and the activation
        that owns `node` (a variable they read or write from inside)."""
        if not isinstance(node.owner, FunctionInfo):
            return
        cur = self.g.owner
        lst = None
        while isinstance(cur, FunctionInfo) and cur is not node.owner:
            if lst is None:
                lst = self.captures.setdefault(id(node), [])
            if cur.obj not in lst:
                lst.append(cur.obj)
            cur = cur.parent

    def write_ident(self, name: str, valn: Node, loc: Location) -> None:
        node, b, through_with = self.lookup(name)
        if node.owner is not self.g.owner:
            self.note_capture(node)
        if b is None:
            # a builtin global (e.g. `undefined = 1`): writes go nowhere we track
            self.escape_node(valn, loc, f"assigned to the host global `{name}`")
            return
        if through_with:
            self.escape_node(valn, loc, "assigned inside `with`, which may store it into an object",
                             "with-statement")
        self.g.edge(valn, node)
        self.edge_loc.setdefault((id(valn), id(node)), loc)

    # ------------------------------------------------------------------ scopes
    def declare(self, scope: Scope, ident: Any, kind: str) -> Binding:
        name = ident.name
        b = scope.vars.get(name)
        if b is None:
            node = self.g.node(name)
            node.role = "var"
            node.info = (name, self.loc(ident))
            if kind in ("let", "const"):
                self.lexical.add(id(node))
            if kind in ("let", "const", "param"):
                self.typed_vars.append((self.file, ident, node))
            if scope.kind == "module":
                self.file_vars.add(id(node))   # a file's own variables: wasm globals in the build
            b = Binding(name, node, kind, scope, ident._start)
            scope.vars[name] = b
        return b

    def declare_block(self, scope: Scope, stmts: list) -> None:
        """Bind the let/const/class/function declarations of a statement list."""
        functions = []
        for s in stmts:
            t = s.type
            if t in ("ExportNamedDeclaration", "ExportDefaultDeclaration") and s.declaration is not None:
                s = s.declaration
                t = s.type
            if t == "VariableDeclaration" and s.kind != "var":
                for d in s.declarations:
                    for ident in pattern_names(d.id):
                        b = self.declare(scope, ident, s.kind)
                        if s.kind == "const" and d.id.type == "Identifier" and d.init is not None:
                            b.const_value = self.constant_key(d.init)
            elif t == "ClassDeclaration" and s.id is not None:
                self.declare(scope, s.id, "class")
            elif t == "FunctionDeclaration" and s.id is not None:
                b = self.declare(scope, s.id, "function")
                fs = scope.function_scope()
                if fs is not scope and s.id.name not in fs.vars:
                    fs.vars[s.id.name] = b   # sloppy-mode block functions are also var-scoped
                functions.append((b, s))
        # bodies only once every name of the scope is bound: a hoisted function
        # may use a `const` declared after it
        for b, s in functions:
            self.g.add1(b.node, self.function(s))

    def declare_function_scope(self, scope: Scope, stmts: list, defer: bool = False) -> list:
        """Bind the var and block declarations of a function (or file) body. A
        var holds undefined until assigned; with `defer` that seed is left to
        the caller (set_vars_or_undefined), which returns the new vars."""
        new = []
        for _d, ident in var_declarations(stmts):
            if ident.name not in scope.vars:
                b = self.declare(scope, ident, "var")
                if defer:
                    new.append((b, ident))
                else:
                    self.g.add1(b.node, UNDEF)
        self.declare_block(scope, stmts)
        return new

    def set_vars_or_undefined(self, new: list, stmts: list) -> None:
        """After the walk of a function body: a var that no closure touches and
        whose every read lies where an assignment has run (analysis/var_init.py)
        is never read as its hoisted undefined, so it is typed like a let; any
        other starts out holding undefined."""
        spans = assigned_spans(stmts) if new else {}
        for b, ident in new:
            if id(b.node) not in self.captures and set_at_reads(spans.get(b.name, ()), self.var_reads.pop(id(b.node), ())):
                self.lexical.add(id(b.node))
                self.typed_vars.append((self.file, ident, b.node))
                self.set_vars.append((self.file, ident))
            else:
                self.g.add1(b.node, UNDEF)

    def push(self, kind: str, func: Any = None) -> Scope:
        self.scope = Scope(self.scope, kind, func)
        return self.scope

    def pop(self, scope: Scope) -> None:
        self.scope = scope.parent

    # ------------------------------------------------------------------ constants
    def constant_key(self, n: Any) -> Optional[str]:
        t = n.type
        if t == "Literal":
            if getattr(n, "regex", None):
                return None
            return canonical_key(n.value)
        if t == "TemplateLiteral" and not n.expressions:
            return n.quasis[0].value.cooked
        if t == "Identifier":
            b, _ = self.scope.lookup(n.name)
            if b is not None and b.kind == "const" and b.const_value is not None:
                return b.const_value
            return None
        if t == "MemberExpression" and not n.computed and n.object.type == "Identifier" \
                and n.object.name == "Symbol" and n.property.name in WELL_KNOWN_SYMBOLS:
            b, _ = self.scope.lookup("Symbol")
            if b is None:
                return "@@" + n.property.name
        if t == "UnaryExpression" and n.operator == "-" and n.argument.type == "Literal" \
                and isinstance(n.argument.value, (int, float)) and not isinstance(n.argument.value, bool):
            return canonical_key(-n.argument.value)
        return None

    def member_key_scoped(self, f: Optional[FunctionInfo]):
        """member_key, resolving constant names in f's body scope (after the walk)."""
        def key(m: Any) -> Optional[str]:
            saved = self.scope
            self.scope = (f.body_scope if f is not None else None) or self.global_scope
            try:
                return self.member_key(m)
            finally:
                self.scope = saved
        return key

    def member_key(self, m: Any) -> Optional[str]:
        if not m.computed:
            p = m.property
            return ("#" + p.name) if p.type == "PrivateIdentifier" else p.name
        key = self.constant_key(m.property)
        # a string key spelled like a private name (`o["#x"]`) is another property than
        # `o.#x`, which has that key here: unknown, rather than the private field
        return None if key is not None and key.startswith("#") else key

    # ================================================================ functions
    def function(self, n: Any, name: str = "", method_of: Optional[ClassInfo] = None,
                 site: bool = True) -> AObj:
        """Create the closure value for a function node and walk its body."""
        is_arrow = n.type == "ArrowFunctionExpression"
        if site:
            start = n._start
            if is_arrow and n.params:
                start = min(start, n.params[0]._start)
            fobj = self.new_site("function", n, None, start)
        else:
            fobj = self.g.obj("function", name)
            fobj.protos.append(self.builtins.function_proto)
        fname = name or (n.id.name if getattr(n, "id", None) is not None else "")
        fobj.name = fname
        f = FunctionInfo(fobj, fname, n, is_arrow, self.file)
        f.parent = self.g.owner
        f.strict = self.is_strict(n)
        fobj.fn = f
        f.ret = self.g.node(f"ret {fname}")
        f.ret.owner, f.ret.role = f, "ret"
        if is_arrow:
            f.this = self.fn.this if self.fn is not None else self.c_undef
        else:
            f.this = self.g.node(f"this {fname}")
            f.this.owner, f.this.role = f, "this"
        if f.is_generator:
            f.gen_obj = self.hidden("iterator", fname)
            f.gen_obj.kind = "iterator"
            f.gen_obj.owner = f
        self.functions.append(f)
        if not is_arrow and not method_of:
            proto = self.hidden("proto", fname)
            proto.kind = "proto"
            self.g.add1(self.field(fobj, "prototype"), proto)
            fobj.written["prototype"] = self.loc(n)
            fobj.init_props.append("prototype")
            self.g.add1(self.field(proto, "constructor"), fobj)
            proto.init_props.append("constructor")
        self._walk_function(f, n)
        return fobj

    def _walk_function(self, f: FunctionInfo, n: Any) -> None:
        saved = (self.scope, self.fn, self.g.owner)
        self.fn = f
        self.g.owner = f
        scope = self.push("function", f)
        f.body_scope = scope
        if n.type == "FunctionExpression" and n.id is not None:
            # a named function expression sees its own name
            self.g.add1(self.declare(scope, n.id, "const").node, f.obj)
        for p in n.params:
            for ident in pattern_names(p):
                self.declare(scope, ident, "param")
        if not f.is_arrow:
            args = self.declare_ident(scope, "arguments", n._start)
            f.args_obj = self.hidden("arguments", "arguments", array=True)
            self.g.add1(args.node, f.args_obj)
            self.args_nodes[id(f)] = args.node
        body = n.body
        stmts = body.body if body.type == "BlockStatement" else []
        new_vars = self.declare_function_scope(scope, stmts, defer=True)
        for p in n.params:
            pn = self.g.node("param")
            pn.role = "param"
            pn.info = (self.snippet(p, 30), self.loc(p))
            if "@local" in self.take_annotations(p._start, ("@local",), "a parameter"):
                self.local_params.append((f, pn, self.snippet(p, 30), self.loc(p)))
            if p.type == "RestElement":
                f.rest = self.hidden("array", "rest", array=True)
                self.g.add1(pn, f.rest)
                self.bind_pattern(p.argument, pn, "param")
            else:
                f.params.append(pn)
                self.bind_pattern(p, pn, "param")
        if body.type == "BlockStatement":
            self.statements(stmts)
            last = stmts[-1].type if stmts else None
            if last not in ("ReturnStatement", "ThrowStatement"):
                self.g.add1(f.ret, UNDEF)
        else:
            self.g.edge(self.expr(body), f.ret)
        self.link_mapped_arguments(f, n, scope)
        self.set_vars_or_undefined(new_vars, stmts)
        if f.gen_obj is not None:
            self.g.edge(f.ret, self.field(f.gen_obj, "return"))
        self.scope, self.fn, self.g.owner = saved

    def is_strict(self, n: Any) -> bool:
        """Strict code: modules, class bodies, "use strict" in the file or an enclosing function."""
        if self.file.is_module or self.file_strict or \
                any(not getattr(ci.ast, "from_function", False) for ci in self.cls_stack):
            return True   # (a constructor function as a class keeps its sloppy code: constructor_functions.py)
        if self.fn is not None and self.fn.strict and self.fn.obj.kind != "class":
            if self.fn is not None and getattr(self.fn, "strict_self", False):
                return True
        body = getattr(n, "body", None)
        stmts = body.body if body is not None and body.type == "BlockStatement" else []
        if stmts and getattr(stmts[0], "directive", None) == "use strict":
            return True
        cur = self.g.owner
        while isinstance(cur, FunctionInfo):
            d = cur.ast.body.body if cur.ast is not None and getattr(cur.ast, "body", None) is not None \
                and cur.ast.body.type == "BlockStatement" else []
            if d and getattr(d[0], "directive", None) == "use strict":
                return True
            cur = cur.parent
        return False

    def link_mapped_arguments(self, f: FunctionInfo, n: Any, scope: Scope) -> None:
        """A sloppy-mode function with only plain-name parameters has a *mapped*
        `arguments` object: `arguments[i]` and parameter i are one storage, so a
        write to either is seen through the other. When the function reads
        `arguments`, both directions become flow edges (every value a parameter
        ever holds may be an element, and every element a parameter's value)."""
        args = self.args_nodes.get(id(f))
        if f.strict or f.args_obj is None or args is None or id(args) not in self.arguments_read \
                or any(p.type != "Identifier" for p in n.params):
            return
        elem = self.field(f.args_obj, ELEM)
        for p in n.params:
            b = scope.vars.get(p.name)
            if b is not None and b.node is not args:
                self.g.edge(b.node, elem)
                self.g.edge(elem, b.node)

    def declare_ident(self, scope: Scope, name: str, offset: int) -> Binding:
        b = scope.vars.get(name)
        if b is None:
            b = Binding(name, self.g.node(name), "var", scope, offset)
            scope.vars[name] = b
        return b

    # ================================================================== classes
    def class_(self, n: Any, name_hint: str = "") -> AObj:
        name = n.id.name if n.id is not None else name_hint
        value = self.g.obj("class", name)
        proto = self.g.obj("proto", name)
        ci = ClassInfo(name, value, proto, n, self.file)
        value.cls = ci
        proto.cls = ci
        self.classes.append(ci)
        self.g.add1(self.field(proto, "constructor"), value)
        self.g.add1(self.field(value, "prototype"), proto)
        value.written["prototype"] = self.loc(n)
        value.init_props.append("prototype")
        proto.init_props.append("constructor")
        saved_scope = self.scope
        scope = self.push("class")
        if n.id is not None:
            self.g.add1(self.declare(scope, n.id, "const").node, value)
        parent_node = None
        if n.superClass is not None:
            parent_node = self.expr(n.superClass)
            ci.parent_node = parent_node
            self.g.watch(parent_node, lambda vs, ci=ci: self._set_parent(ci, vs))
        else:
            proto.protos.append(self.builtins.object_proto)
            value.protos.append(self.builtins.function_proto)
        ci.annotations = self.take_annotations(n._start, ("@stack", "@struct"), "a class")
        if not ci.annotations and self._export_start is not None:
            ci.annotations = self.take_annotations(self._export_start, ("@stack", "@struct"), "a class")
        self.cls_stack.append(ci)
        body = n.body.body
        ctor_def = None
        for m in body:
            if m.type == "MethodDefinition" and m.kind == "constructor":
                ctor_def = m
        # the constructor
        if ctor_def is not None:
            cobj = self.function(ctor_def.value, name=name, method_of=ci, site=False)
            ci.ctor = cobj.fn
        else:
            cobj = self.g.obj("function", name)
            f = FunctionInfo(cobj, name, n, False, self.file)
            f.parent = self.g.owner
            cobj.fn = f
            f.ret = self.g.node("ret")
            f.this = self.g.node("this")
            f.ret.owner, f.ret.role = f, "ret"
            f.this.owner, f.this.role = f, "this"
            ci.ctor = f
            self.functions.append(f)
            if parent_node is not None:
                f.forwards_to = ci   # bind() hands the arguments to the parent, position by position
        # instance fields run with `this` = the instance, as part of construction
        ctor = ci.ctor
        saved_fn = self.fn
        for m in body:
            if m.type == "PropertyDefinition":
                key = self.class_key(m)
                if "@global" in self.take_annotations(m._start, ("@global",), "a class field") and key:
                    ci.global_fields.add(key)
                if m.static:
                    self.fn = self._static_fn(ci)
                    first = len(self.g.all_nodes)
                    val = self.expr(m.value) if m.value is not None else self.c_undef
                    self.static_init_nodes.append((first, len(self.g.all_nodes), ci, frozenset(ci.static_fields)))
                    if key is None:
                        self.dyn_store(self.const(value), self.expr(m.key), val, self.loc(m))
                    else:
                        ci.static_fields.add(key)
                        self.obj_store(value, key, val, self.loc(m), init=True)
                else:
                    self.fn = ctor
                    saved_owner, self.g.owner = self.g.owner, ctor
                    val = self.expr(m.value) if m.value is not None else self.c_undef
                    self.g.owner = saved_owner
                    if key is None:
                        self.dyn_store(ctor.this, self.expr(m.key), val, self.loc(m))
                    else:
                        if key not in ci.field_defs:
                            ci.field_defs.append(key)
                        self.store_init(ctor.this, key, val, self.loc(m))
                self.fn = saved_fn
            elif m.type == "StaticBlock":
                self.fn = self._static_fn(ci)
                first = len(self.g.all_nodes)
                sc = self.push("block")
                self.declare_function_scope(sc, m.body)
                self.statements(m.body)
                self.pop(sc)
                self.static_init_nodes.append((first, len(self.g.all_nodes), ci, frozenset(ci.static_fields)))
                self.fn = saved_fn
            elif m.type == "MethodDefinition" and m.kind != "constructor":
                key = self.class_key(m)
                holder = value if m.static else proto
                fobj = self.function(m.value, name=key or "", method_of=ci, site=False)
                if key is None:
                    self.expr(m.key)
                    self.dyn_store(self.const(holder), self.c_str, self.const(fobj), self.loc(m))
                    continue
                if m.kind in ("get", "set") and not m.static:
                    pair = ci.accessors.setdefault(key, [None, None])
                    pair[0 if m.kind == "get" else 1] = fobj
                    proto.written.setdefault(key, self.loc(m))
                elif m.kind in ("get", "set"):
                    self.static_accessors.add((id(value), key))
                    # static accessors: model reads as calls of the getter
                    if m.kind == "get":
                        self.bind(fobj.fn, self.const(value), [], self.field(value, key), None)
                        value.init_props.append(key)
                    value.written.setdefault(key, self.loc(m))
                else:
                    self.obj_store(holder, key, self.const(fobj), self.loc(m), init=True)
                    holder.init_props.append(key)   # methods exist once the class does
                    self.plain_methods[id(fobj.fn)] = key
        self.cls_stack.pop()
        self.scope = saved_scope
        return value

    def _static_fn(self, ci: ClassInfo) -> FunctionInfo:
        f = FunctionInfo(ci.value, ci.name, ci.ast, False, self.file)
        f.this = self.const(ci.value)
        f.ret = self.tmp()
        return f

    def store_init(self, thisn: Node, key: str, val: Node, loc: Location) -> None:
        def on(values):
            for v in values:
                if isinstance(v, AObj):
                    self.obj_store(v, key, val, loc, init=True)
        self.g.watch(thisn, on)

    def class_key(self, m: Any) -> Optional[str]:
        if not m.computed:
            k = m.key
            if k.type == "PrivateIdentifier":
                return "#" + k.name
            if k.type == "Identifier":
                return k.name
            if k.type == "Literal":
                return canonical_key(k.value)
            return None
        return self.constant_key(m.key)

    def _set_parent(self, ci: ClassInfo, values) -> None:
        for v in values:
            if isinstance(v, AObj) and v.kind == "class" and v.cls is not None:
                if v.cls not in ci.parents:
                    ci.parents.append(v.cls)
                    self.add_proto(ci.proto, v.cls.proto)
                    self.add_proto(ci.value, v)
            elif isinstance(v, AObj) and v.builtin is not None:
                ci.extends_builtin = v.builtin
                self.add_proto(ci.proto, self.builtins.proto_of_builtin(v.builtin))
                self.add_proto(ci.value, v)
            elif isinstance(v, AObj) and v.fn is not None:
                # `class X extends SomeFunction`
                pn = self.tmp()
                self.obj_load_into(v, "prototype", pn, v)
                self.g.watch(pn, lambda ps, ci=ci: [self.add_proto(ci.proto, p) for p in ps if isinstance(p, AObj)])
                self.add_proto(ci.value, v)
            elif v is EXTERNAL:
                ci.extends_external = True

    def super_call(self, ci: ClassInfo, thisn: Node, args, loc: Optional[Location]) -> None:
        """`super(args)` inside ci's constructor: run the parent's constructor on `this`."""
        if ci.parent_node is None:
            return

        def on_parent(values):
            for v in values:
                if isinstance(v, AObj) and v.kind == "class" and v.cls is not None and v.cls.ctor is not None:
                    self.bind(v.cls.ctor, thisn, args, self.tmp(), loc)
                elif isinstance(v, AObj) and v.fn is not None:
                    self.bind(v.fn, thisn, args, self.tmp(), loc)
                elif isinstance(v, AObj) and v.builtin is not None:
                    self.builtins.construct_into(v.builtin, thisn, args, loc)
                elif v is EXTERNAL:
                    self.call_external(thisn, args, self.tmp(), loc, "a superclass from outside the closed world")
        self.g.watch(ci.parent_node, on_parent)

    # ================================================================ patterns
    def bind_pattern(self, p: Any, valn: Node, kind: str) -> None:
        """Assign valn to a declaration or assignment target pattern."""
        t = p.type
        if t == "Identifier":
            self.write_ident(p.name, valn, self.loc(p))
        elif t == "MemberExpression":
            self.assign_member(p, valn)
        elif t == "AssignmentPattern":
            merged = self.tmp("default")
            self.g.edge(valn, merged)
            self.g.edge(self.expr(p.right), merged)
            self.bind_pattern(p.left, merged, kind)
        elif t == "ObjectPattern":
            for prop in p.properties:
                if prop.type == "RestElement":
                    rest = self.hidden("object", "rest")
                    restn = self.const(rest)
                    self.g.watch(valn, lambda vs, rest=rest: [self.each_field(v, lambda k, v=v: self.obj_store(rest, k, self.field(v, k), self.loc(p)))
                                                           for v in vs if isinstance(v, AObj)])
                    self.bind_pattern(prop.argument, restn, kind)
                    continue
                key = self.member_key_of_property(prop)
                sub = self.tmp("destructure")
                if key is None:
                    self.dyn_load(valn, self.expr(prop.key), sub, self.loc(prop))
                else:
                    self.load(valn, key, sub, self.loc(prop))
                self.bind_pattern(prop.value, sub, kind)
        elif t == "ArrayPattern":
            el = self.tmp("elements")
            self.iterate(valn, el, self.loc(p))
            for e in p.elements:
                if e is None:
                    continue
                if e.type == "RestElement":
                    arr = self.hidden("array", "rest", array=True)
                    self.g.edge(el, self.field(arr, ELEM))
                    self.bind_pattern(e.argument, self.const(arr), kind)
                else:
                    sub = self.tmp()
                    self.g.edge(el, sub)
                    self.g.add1(sub, UNDEF)
                    self.bind_pattern(e, sub, kind)
        elif t == "RestElement":
            self.bind_pattern(p.argument, valn, kind)

    def member_key_of_property(self, prop: Any) -> Optional[str]:
        if prop.computed:
            return self.constant_key(prop.key)
        k = prop.key
        if k.type == "Identifier":
            return k.name
        if k.type == "Literal":
            return canonical_key(k.value)
        return None

    def assign_member(self, m: Any, valn: Node) -> None:
        objn = self._receiver(m) if m.object.type != "Super" else self._super_this()
        self.written_through.add(id(objn))
        key = self.member_key(m)
        if key is None:
            self.dyn_store(objn, self.expr(m.property), valn, self.loc(m), f"`{self.snippet(m)}`")
        else:
            self.store(objn, key, valn, self.loc(m))

    def _super_this(self) -> Node:
        return self.fn.this if self.fn is not None and self.fn.this is not None else self.c_undef

    # ================================================================ statements
    def statements(self, stmts: list) -> None:
        for s in stmts:
            self.stmt(s)

    def block(self, stmts: list) -> None:
        scope = self.push("block")
        self.declare_block(scope, stmts)
        self.statements(stmts)
        self.pop(scope)

    def stmt(self, s: Any) -> None:
        t = s.type
        m = getattr(self, "s_" + t, None)
        if m is None:
            return
        m(s)

    def s_ExpressionStatement(self, s):
        self.expr_static(s.expression)

    def s_VariableDeclaration(self, s):
        for d in s.declarations:
            if d.init is not None:
                if d.id.type == "Identifier":
                    v = self.expr_static(d.init, name_hint=d.id.name)
                    if d.init.type in ("NewExpression", "ObjectExpression"):
                        self.var_allocs[id(v)] = (v, d.init)
                    elif s.kind != "var" and _plain_slice(d.init):
                        self.slice_decls.append((self.file, d.init, v, d.id.name))
                else:   # destructured: its reads are not followed by scalar replacement
                    v = self.expr(d.init)
                self.bind_pattern(d.id, v, s.kind)
            elif s.kind != "var":
                for ident in pattern_names(d.id):
                    self.write_ident(ident.name, self.c_undef, self.loc(ident))

    def s_FunctionDeclaration(self, s):
        pass  # created when its scope was entered (hoisting)

    def s_ClassDeclaration(self, s):
        v = self.class_(s)
        self.write_ident(s.id.name, self.const(v), self.loc(s.id))

    def s_ReturnStatement(self, s):
        if self.fn is None:
            return
        if s.argument is None:
            self.g.add1(self.fn.ret, UNDEF)
            return
        a = s.argument
        if a.type == "ConditionalExpression" and all(_returnable(x) for x in (a.consequent, a.alternate)):
            # `return c ? {...} : null`: each side as a return of its own
            self.expr(a.test)
            self.returned(a.consequent, s)
            self.returned(a.alternate, s)
            return
        self.returned(a, s)

    def returned(self, a: Any, s: Any) -> None:
        """One value `return` gives. A call's result or an allocation returned as is
        may be returned as its fields, and the literal null by a function that
        returns by value or null (analysis/passing.py, Results)."""
        if _null_literal(a):
            self.g.add1(self.fn.ret, NULL)
            self.return_nulls.add(id(self.fn))
            return
        if a.type in ("CallExpression", "NewExpression", "ObjectExpression", "Identifier"):
            v = self.expr_static(a)
            if a.type == "CallExpression":
                self.return_calls.add(id(v))
            elif a.type != "Identifier":
                self.return_allocs[id(v)] = a
        else:
            v = self.expr(a)
        self.g.edge(v, self.fn.ret)
        self.edge_loc.setdefault((id(v), id(self.fn.ret)), self.loc(s))

    def s_IfStatement(self, s):
        self.expr(s.test)
        self.stmt_scoped(s.consequent)
        if s.alternate is not None:
            self.stmt_scoped(s.alternate)

    def stmt_scoped(self, s):
        if s.type == "BlockStatement":
            self.block(s.body)
        else:
            self.stmt(s)

    def s_BlockStatement(self, s):
        self.block(s.body)

    def s_ForStatement(self, s):
        scope = self.push("block")
        if s.init is not None:
            if s.init.type == "VariableDeclaration":
                self.declare_block(scope, [s.init])
                self.stmt(s.init)
            else:
                self.expr(s.init)
        if s.test is not None:
            self.expr(s.test)
        if s.update is not None:
            self.expr_static(s.update)   # its value is dropped
        self.stmt_scoped(s.body)
        self.pop(scope)

    def _for_each(self, s, values: Node):
        scope = self.push("block")
        left = s.left
        if left.type == "VariableDeclaration":
            self.declare_block(scope, [left])
            self.bind_pattern(left.declarations[0].id, values, left.kind)
        else:
            self.bind_pattern(left, values, "assign")
        self.stmt_scoped(s.body)
        self.pop(scope)

    def s_ForInStatement(self, s):
        self.listed.append(self.expr(s.right))   # enumerating a fixed key set is static; keys are strings
        self._for_each(s, self.c_str)

    def s_ForOfStatement(self, s):
        el = self.tmp("for-of")
        self.iterate(self.expr(s.right), el, self.loc(s.right))
        self._for_each(s, el)

    def s_WhileStatement(self, s):
        self.expr(s.test)
        self.stmt_scoped(s.body)

    s_DoWhileStatement = s_WhileStatement

    def s_LabeledStatement(self, s):
        self.stmt(s.body)

    def s_SwitchStatement(self, s):
        self.identity.append(self.expr(s.discriminant))
        scope = self.push("block")
        stmts = [c for case in s.cases for c in case.consequent]
        self.declare_block(scope, stmts)
        for case in s.cases:
            if case.test is not None:
                self.identity.append(self.expr(case.test))
            self.statements(case.consequent)
        self.pop(scope)

    def s_ThrowStatement(self, s):
        v = self.expr(s.argument)
        self.g.edge(v, self.thrown)
        self.edge_loc.setdefault((id(v), id(self.thrown)), self.loc(s))

    def s_TryStatement(self, s):
        self.block(s.block.body)
        if s.handler is not None:
            scope = self.push("catch")
            if s.handler.param is not None:
                for ident in pattern_names(s.handler.param):
                    self.declare(scope, ident, "catch")
                caught = self.tmp("caught")
                self.g.edge(self.thrown, caught)
                self.g.add1(caught, EXTERNAL)
                self.g.add1(caught, self.builtins.runtime_error)
                self.bind_pattern(s.handler.param, caught, "catch")
            self.block(s.handler.body.body)
            self.pop(scope)
        if s.finalizer is not None:
            self.block(s.finalizer.body)

    def s_WithStatement(self, s):
        objn = self.expr(s.object)
        loc = self.loc(s)
        self.deopt_node(objn, "with-statement", "`with` looks names up in this object at run time", loc)
        self.escape_node(objn, loc, "used as the scope of a `with` statement", "with-statement")
        scope = self.push("with")
        self.with_depth += 1
        self.stmt_scoped(s.body)
        self.with_depth -= 1
        self.pop(scope)

    def s_ExportNamedDeclaration(self, s):
        exp = self.file.exports_obj
        if s.declaration is not None:
            d = s.declaration
            self._export_start = s._start
            self.stmt(d)
            self._export_start = None
            if d.type == "VariableDeclaration":
                idents = [i for decl in d.declarations for i in pattern_names(decl.id)]
            else:
                idents = [d.id]
            for ident in idents:
                node, _, _ = self.lookup(ident.name)
                self.obj_store(exp, ident.name, node, self.loc(ident), init=True)
            return
        if s.source is not None:
            target = self.world.resolve_import(self, s.source.value, self.loc(s.source))
            for sp in s.specifiers:
                v = self.tmp()
                self.import_name(target, sp.local.name, v, self.loc(sp))
                self.obj_store(exp, sp.exported.name, v, self.loc(sp), init=True)
            return
        for sp in s.specifiers:
            node, _, _ = self.lookup(sp.local.name)
            self.obj_store(exp, sp.exported.name, node, self.loc(sp), init=True)

    def s_ExportDefaultDeclaration(self, s):
        d = s.declaration
        exp = self.file.exports_obj
        if d.type == "FunctionDeclaration":
            if d.id is not None:
                node, _, _ = self.lookup(d.id.name)
            else:
                node = self.const(self.function(d))
        elif d.type == "ClassDeclaration":
            v = self.class_(d)
            if d.id is not None:
                self.write_ident(d.id.name, self.const(v), self.loc(d.id))
            node = self.const(v)
        else:
            node = self.expr(d)
        self.obj_store(exp, "default", node, self.loc(s), init=True)

    def s_ExportAllDeclaration(self, s):
        target = self.world.resolve_import(self, s.source.value, self.loc(s.source))
        exp = self.file.exports_obj
        if target is None:
            return
        if s.exported is not None:
            self.obj_store(exp, s.exported.name, self.namespace_of(target), self.loc(s), init=True)
            return
        src = target.exports_obj
        self.each_field(src, lambda k: k != "default" and self.obj_store(exp, k, self.field(src, k), self.loc(s), init=True))

    def s_ImportDeclaration(self, s):
        target = self.world.resolve_import(self, s.source.value, self.loc(s.source))
        for sp in s.specifiers:
            b, _ = self.scope.lookup(sp.local.name)
            if b is None:
                continue
            if sp.type == "ImportDefaultSpecifier":
                self.import_name(target, "default", b.node, self.loc(sp))
            elif sp.type == "ImportNamespaceSpecifier":
                self.g.edge(self.namespace_of(target), b.node)
            else:
                self.import_name(target, sp.imported.name, b.node, self.loc(sp))

    def namespace_of(self, target) -> Node:
        if target is None:
            return self.c_ext
        if target.is_module:
            return self.const(target.exports_obj)
        return self.field(target.module_obj, "exports")

    def import_name(self, target, name: str, dst: Node, loc: Location) -> None:
        if target is None:
            self.g.add1(dst, EXTERNAL)
            return
        if target.is_module:
            self.g.edge(self.field(target.exports_obj, name), dst)
        elif name == "default":
            self.g.edge(self.field(target.module_obj, "exports"), dst)
        else:
            self.load(self.field(target.module_obj, "exports"), name, dst, loc)

    # ============================================================= expressions
    def expr(self, e: Any, name_hint: str = "") -> Node:
        """The node of an expression's value, used in a way scalar replacement
        cannot follow (passed, returned, compared...): the node is marked opaque."""
        n = self.expr_static(e, name_hint)
        self.opaque.add(id(n))
        return n

    def expr_static(self, e: Any, name_hint: str = "") -> Node:
        """The node of an expression whose value is only used as `v.p`, stored
        into a variable, or dropped."""
        m = getattr(self, "e_" + e.type, None)
        if m is None:
            return self.c_ext
        n = m(e) if not name_hint else (m(e, name_hint) if e.type in _NAMED else m(e))
        if e.type in _VALUE_FACTS:
            self.expr_nodes.append((self.file, e, n))
        return n

    def e_Literal(self, e):
        v = e.value
        if getattr(e, "regex", None) is not None:
            return self.const(self.builtins.regexp_value(self, e.regex.pattern))
        if getattr(e, "bigint", None) is not None:
            return self.const(BIGINT)
        if v is None:
            return self.c_null
        if isinstance(v, bool):
            return self.c_bool
        if isinstance(v, (int, float)):
            return self.c_num
        if isinstance(v, str):
            return self.c_str
        return self.c_ext

    def e_TemplateLiteral(self, e):
        for x in e.expressions:
            self.expr(x)
        return self.c_str

    def e_TaggedTemplateExpression(self, e):
        strings = self.hidden("array", "strings", array=True)
        self.g.add1(self.field(strings, ELEM), STR)
        args = [(self.const(strings), False)] + [(self.expr(x), False) for x in e.quasi.expressions]
        dst = self.tmp("tagged")
        self.call_expr_callee(e.tag, args, dst, self.loc(e))
        return dst

    def e_Identifier(self, e):
        if e.name == "undefined":
            b, _ = self.scope.lookup("undefined")
            if b is None:
                return self.c_undef
        return self.read_ident(e)

    def e_ThisExpression(self, e):
        if self.fn is not None and self.fn.this is not None and self.fn.this.owner is not self.g.owner:
            self.note_capture(self.fn.this)   # an arrow function's lexical `this`
        if self.fn is None:
            if self.file.is_module:
                return self.c_undef
            # top-level `this` in a CommonJS file is module.exports
            return self.field(self.file.module_obj, "exports")
        return self.fn.this

    def e_Super(self, e):
        return self._super_this()

    def e_ArrayExpression(self, e):
        o = self.new_site("array", e)
        elem = self.field(o, ELEM)
        parts: Optional[list] = []
        for el in e.elements:
            if el is None:
                self.g.add1(elem, UNDEF)
                parts = None
            elif el.type == "SpreadElement":
                self.iterate(self.expr(el.argument), elem, self.loc(el))
                parts = None
            else:
                n = self.expr(el)
                self.g.edge(n, elem)
                if parts is not None:
                    parts.append(n)
        o.tuple = parts
        return self.const(o)

    def array_changed(self, o: AObj) -> None:
        """Something may write, remove or move o's elements (a store, a method that
        changes the array, code outside the closed world): its constant-index reads
        stop seeing one element each and see every element, or none."""
        if o.tuple is None or o.changed:
            return
        o.changed = True
        elem = self.field(o, ELEM)
        for dst in o.tuple_reads:
            self.g.edge(elem, dst)
            self.g.add1(dst, UNDEF)

    def e_ObjectExpression(self, e, name_hint: str = ""):
        o = self.new_site("object", e)
        spread_nodes = []
        for p in e.properties:
            if p.type == "SpreadElement":
                src = self.expr(p.argument)
                spread_nodes.append(src)
                loc = self.loc(p)
                self.deopt(o, "object-spread", f"`...{self.snippet(p.argument)}` copies the keys another object has "
                           "when this line runs, so the property set and its order are known only then", loc)
                self.g.watch(src, lambda vs, o=o, loc=loc: self._spread_into(o, vs, loc))
                continue
            key = self.member_key_of_property(p)
            loc = self.loc(p)
            if p.kind in ("get", "set"):
                fobj = self.function(p.value, name=key or "", site=False)
                self.deopt(o, "literal-accessor",
                           f"the object literal defines a {'getter' if p.kind == 'get' else 'setter'}"
                           f"{' for `' + key + '`' if key else ''}", loc)
                if p.kind == "get" and key is not None:
                    self.bind(fobj.fn, self.const(o), [], self.field(o, key), None)
                    self._note_write(o, key, loc)
                elif key is not None:
                    self.bind(fobj.fn, self.const(o), [(self.field(o, key), False)], self.tmp(), None)
                    self._note_write(o, key, loc)
                continue
            if p.computed and key is None:
                self.expr(p.key)
                val = self.expr(p.value)
                self.deopt(o, "dynamic-key-write", f"the computed key `[{self.snippet(p.key)}]` is not a constant", loc)
                self.g.edge(val, self.field(o, DYN))
                continue
            if key == "__proto__" and not p.computed and not p.shorthand:
                val = self.expr(p.value)
                if p.value.type == "Literal" and p.value.value is None:
                    self.deopt(o, "null-prototype", "`__proto__: null` makes a dictionary object", loc)
                else:
                    self.deopt(o, "prototype-mutation", "`__proto__:` in the literal sets its prototype", loc)
                    self.g.watch(val, lambda vs, o=o: [self.add_proto(o, v) for v in vs if isinstance(v, AObj)])
                continue
            if p.method or p.value.type in ("FunctionExpression", "ArrowFunctionExpression"):
                fobj = self.function(p.value, name=key or "")
                val = self.const(fobj)
                if key is not None and p.value.type == "FunctionExpression":
                    self.literal_methods[id(fobj.fn)] = key
            else:
                val = self.expr(p.value)
            if key not in o.init_props:
                o.init_props.append(key)
            self.obj_store(o, key, val, loc, init=True)
        if spread_nodes:
            self.spreads[o.id] = (frozenset(o.init_props), spread_nodes)
        return self.const(o)

    def _spread_key(self, o: AObj, k: str, valn: Node, loc: Location) -> None:
        if k not in o.init_props:
            o.init_props.append(k)
        self.obj_store(o, k, valn, loc, init=True)

    def _spread_into(self, o: AObj, values, loc: Location) -> None:
        self.listed_objs.update(v.id for v in values if isinstance(v, AObj))
        for v in values:
            if isinstance(v, AObj):
                if v.is_array:
                    self.each_field(v, lambda k: None)
                    self.g.edge(self.field(v, ELEM), self.field(o, DYN))
                    self.deopt(o, "dynamic-reflection", "spreading an array into an object adds index keys", loc)
                    continue
                self.each_field(v, lambda k, v=v: self._spread_key(o, k, self.field(v, k), loc))
                self.when_dynamic(v, lambda v=v: (
                    self.deopt(o, "dynamic-reflection", "spreading an object whose keys are only known at run time", loc),
                    self.g.edge(self.field(v, DYN), self.field(o, DYN))))
            elif v is EXTERNAL:
                self.deopt(o, "dynamic-reflection", "spreading a value from outside the closed world adds unknown keys", loc)
                self.g.add1(self.field(o, DYN), EXTERNAL)

    def e_FunctionExpression(self, e, name_hint: str = ""):
        return self.const(self.function(e, name=name_hint))

    e_ArrowFunctionExpression = e_FunctionExpression

    def e_ClassExpression(self, e, name_hint: str = ""):
        return self.const(self.class_(e, name_hint))

    def e_SequenceExpression(self, e):
        r = self.c_undef
        for x in e.expressions:
            r = self.expr(x)
        return r

    def e_UnaryExpression(self, e):
        op = e.operator
        if op == "delete":
            a = e.argument
            if a.type == "MemberExpression":
                objn = self.expr(a.object)
                key = self.member_key(a)
                if key is None:
                    self.expr(a.property)
                what = f"`delete` removes property `{key}`" if key else f"`{self.snippet(e)}` removes a property"
                self.delete_keys[self.loc(e)] = key
                self.deopt_node(objn, "delete-property", what, self.loc(e))
                gone = key if key is not None else DYN
                self.g.watch(objn, lambda vs, gone=gone: [self.deleted.setdefault(v.id, set()).add(gone)
                                                          for v in vs if isinstance(v, AObj)])
                self.g.watch(objn, lambda vs: [self.array_changed(v) for v in vs if isinstance(v, AObj)])
            elif a.type == "ChainExpression":
                self.expr(a)
            return self.c_bool
        self.expr(e.argument)
        if op == "typeof":
            return self.c_str
        if op == "void":
            return self.c_undef
        if op == "!":
            return self.c_bool
        return self.c_num

    def e_UpdateExpression(self, e):
        if e.argument.type == "Identifier":
            self.note_var_read(self.scope.lookup(e.argument.name)[0], e.argument)   # x++ reads x
        self._assign_target(e.argument, self.c_num)
        return self.c_num

    def _assign_target(self, target, valn: Node) -> None:
        if target.type == "MemberExpression":
            self.assign_member(target, valn)
        elif target.type == "Identifier":
            self.write_ident(target.name, valn, self.loc(target))
        else:
            self.bind_pattern(target, valn, "assign")

    def e_BinaryExpression(self, e):
        op = e.operator
        null_left, null_right = _null_literal(e.left), _null_literal(e.right)
        if op in ("==", "!=", "===", "!==") and null_left != null_right:
            # a test against the literal null: opaque like any comparison, except to
            # results by value that may be null (post_solve, opaque_but_null)
            tested, null = (e.right, e.left) if null_left else (e.left, e.right)
            self.null_tested.add(id(self.expr_static(tested)))
            self.expr(null)
            return self.c_bool
        l = self.expr(e.left) if e.left.type != "PrivateIdentifier" else self.c_str
        r = self.expr(e.right)
        if op == "+":
            return self._plus(l, r)
        if op in ("==", "!=", "===", "!=="):
            # against the literal null the answer is the same for every object
            # (analysis/shared_objects.py): that looks at no object's identity
            if not _null_literal(e.right):
                self.identity.append(l)
            if not _null_literal(e.left):
                self.identity.append(r)
        if op in ("==", "!=", "===", "!==", "<", ">", "<=", ">=", "instanceof", "in"):
            return self.c_bool
        return self.c_num

    def _plus(self, l: Node, r: Node) -> Node:
        """`l + r`: a string if either side may be (or convert to) a string; a
        number (or bigint) only if both sides may be numeric."""
        out = self.tmp("+")
        numeric = [set(), set()]   # numeric kinds each side may produce: NUM / BIGINT

        def side(i: int):
            def on(values):
                for v in values:
                    if v in (NUM, BOOL, NULL, UNDEF):
                        numeric[i].add(NUM)
                    elif v == BIGINT:
                        numeric[i].add(BIGINT)
                    elif v is EXTERNAL:
                        numeric[i].update((NUM, BIGINT))
                        self.g.add1(out, STR)
                    elif isinstance(v, AObj) and self.has_number_conversion(v):
                        numeric[i].add(NUM)
                        self.g.add1(out, STR)
                    else:
                        self.g.add1(out, STR)
                if numeric[0] and numeric[1]:
                    self.g.add(out, numeric[0] & numeric[1] or {NUM})
            return on
        self.g.watch(l, side(0))
        self.g.watch(r, side(1))
        return out

    def e_LogicalExpression(self, e):
        out = self.tmp(e.operator)
        self.g.edge(self.expr(e.left), out)
        self.g.edge(self.expr(e.right), out)
        return out

    def e_ConditionalExpression(self, e):
        self.expr(e.test)
        out = self.tmp("?:")
        self.g.edge(self.expr(e.consequent), out)
        self.g.edge(self.expr(e.alternate), out)
        return out

    def e_AssignmentExpression(self, e):
        op = e.operator
        left = e.left
        hint = left.name if left.type == "Identifier" else ""
        if op == "=":
            v = self.expr_static(e.right, name_hint=hint) if left.type == "Identifier" else self.expr(e.right)
            if left.type == "Identifier" and e.right.type in ("NewExpression", "ObjectExpression"):
                self.var_allocs[id(v)] = (v, e.right)
            self._assign_target(left, v)
            return v
        if op in ("||=", "&&=", "??="):
            v = self.expr(e.right, name_hint=hint)
            self._assign_target(left, v)
            out = self.tmp()
            self.g.edge(v, out)
            self.g.edge(self.expr(left), out)
            return out
        cur = self.expr(left)
        r = self.expr(e.right)
        v = self._plus(cur, r) if op == "+=" else self.c_num
        self._assign_target(left, v)
        return v

    def e_MemberExpression(self, e):
        if e.object.type == "Super":
            objn = self._super_proto()
        else:
            objn = self._receiver(e)
        key = self.member_key(e)
        dst = self.tmp(key or "[]")
        if key is None:
            self.dyn_load(objn, self.expr(e.property), dst, self.loc(e), f"`{self.snippet(e)}`")
        else:
            self.load(objn, key, dst, self.loc(e))
        if e.optional:
            self.g.add1(dst, UNDEF)
        return dst

    def _receiver(self, m: Any) -> Node:
        """The object of `o.k` / `o["k"]`: a use scalar replacement can follow (the
        build names the field at compile time); any other key makes it opaque."""
        p = m.property
        if not m.computed or (p.type == "Literal" and isinstance(p.value, str)):
            return self.expr_static(m.object)
        return self.expr(m.object)

    def _super_proto(self) -> Node:
        """What `super.x` looks `x` up on: the parent's prototype (or the parent
        class itself inside static methods, approximated by both)."""
        n = self.tmp("super")
        if not self.cls_stack or self.cls_stack[-1].parent_node is None:
            return n
        ci = self.cls_stack[-1]

        def on_parent(values):
            for v in values:
                if isinstance(v, AObj) and v.kind == "class" and v.cls is not None:
                    self.g.add1(n, v.cls.proto)
                    self.g.add1(n, v)
                elif isinstance(v, AObj) and v.builtin is not None:
                    self.g.add1(n, self.builtins.proto_of_builtin(v.builtin))
                elif isinstance(v, AObj) and v.fn is not None:
                    self.obj_load_into(v, "prototype", n, v)
                elif v is EXTERNAL:
                    self.g.add1(n, EXTERNAL)
        self.g.watch(ci.parent_node, on_parent)
        return n

    def e_ChainExpression(self, e):
        out = self.tmp("?.")
        self.g.edge(self.expr(e.expression), out)
        self.g.add1(out, UNDEF)
        return out

    def e_AwaitExpression(self, e):
        return self.builtins.awaited(self.expr(e.argument))

    def e_YieldExpression(self, e):
        if e.argument is not None:
            v = self.expr(e.argument)
            if self.fn is not None and self.fn.gen_obj is not None:
                if e.delegate:
                    self.iterate(v, self.field(self.fn.gen_obj, ELEM), self.loc(e))
                else:
                    self.g.edge(v, self.field(self.fn.gen_obj, ELEM))
        out = self.tmp("yield")
        self.g.add1(out, EXTERNAL)
        return out

    def e_SpreadElement(self, e):
        return self.expr(e.argument)

    def e_MetaProperty(self, e):
        return self.c_ext if e.meta.name == "import" else self.c_undef

    def e_ImportExpression(self, e):
        """`import(x)`: a promise of the module's namespace (for a CommonJS
        module: `default` is its module.exports)."""
        src = e.source
        out = self.tmp("import()")
        promise = self.hidden("hidden", "import()")
        promise.collection = "Promise"
        promise.protos = [self.builtins.protos["Promise"]]
        self.g.add1(out, promise)
        value = self.field(promise, "[promised]")
        spec = constant_string(src)
        if spec is not None:
            target = self.world.resolve_import(self, spec, self.loc(src))
            if target is not None and not target.is_module:
                ns = self.hidden("hidden", "namespace")
                exports = self.field(target.module_obj, "exports")
                self.g.edge(exports, self.field(ns, "default"))
                ns.written["default"] = self.loc(src)
                # node also lifts the named exports of a CommonJS module onto the namespace
                loc = self.loc(src)
                self.g.watch(exports, lambda vs, ns=ns, loc=loc: [
                    self.each_field(v, lambda k, v=v: self.obj_store(ns, k, self.field(v, k), loc, init=True))
                    for v in vs if isinstance(v, AObj)])
                self.g.add1(value, ns)
            else:
                self.g.edge(self.namespace_of(target), value)
        else:
            self.expr(src)
            self.g.add1(value, EXTERNAL)
        return out

    def args(self, arguments, passing=None) -> list[tuple[Node, bool]]:
        out = []
        for i, a in enumerate(arguments):
            if a.type == "SpreadElement":
                out.append((self.expr(a.argument), True))
            else:
                out.append((self.pass_value(a, passing, i), False))
        return out

    def e_CallExpression(self, e):
        callee = e.callee
        loc = self.loc(e)
        dst = self.tmp("call")
        self.call_locations[id(dst)] = loc
        if callee.type == "Identifier":
            name = callee.name
            b, _ = self.scope.lookup(name)
            if b is None and name not in self.globals:
                if name == "require" and not self.file.is_module:
                    return self.require(e, dst)
                if name == "eval":
                    self.direct_eval(e, loc)
                    self.args(e.arguments)
                    self.g.add1(dst, EXTERNAL)
                    return dst
        if callee.type == "MemberExpression" and not callee.computed and callee.object.type == "Identifier" \
                and callee.object.name == "Object" and callee.property.name == "create" \
                and self.scope.lookup("Object")[0] is None and "Object" not in self.globals:
            return self.object_create(e, loc)
        if callee.type == "Super":
            args = self.args(e.arguments)
            if self.cls_stack:
                ci = self.cls_stack[-1]
                thisn = self.fn.this if self.fn is not None else self.c_undef
                self.super_call(ci, thisn, args, loc)
            return self.c_undef
        passing = (callee.type == "Identifier" and getattr(self.scope.lookup(callee.name)[0], "kind", None) == "function"
                   or (callee.type == "MemberExpression" and callee.object.type != "Super"
                       and not callee.optional and self.member_key(callee) is not None)) and not e.optional
        if passing:
            self.call_uses[id(dst)] = (e, None, dst, loc)
        call = (e, dst, loc) if passing else None
        args = self.args(e.arguments, call)
        self.call_expr_callee(callee, args, dst, loc, call, by_name=not e.optional)
        if e.optional:
            self.g.add1(dst, UNDEF)
        return dst

    def pass_value(self, a: Any, call, pos: int) -> Node:
        """The node of a receiver or argument of a plain call: a variable, `this`,
        an allocation, a call's result or a property read `o.k` is recorded as passed (analysis/passing.py decides whether
        a scalar-replaced object may be passed there as its fields); anything else
        is opaque."""
        if call is None or a.type not in ("Identifier", "ThisExpression", "NewExpression", "ObjectExpression",
                                          "CallExpression", "ArrowFunctionExpression", "FunctionExpression",
                                          "MemberExpression"):
            return self.expr(a)
        if a.type == "MemberExpression" and (a.optional or a.object.type == "Super" or self.member_key(a) is None):
            return self.expr(a)   # (a read of an inline field may be passed as its parts: analysis/inline_fields.py)
        n = self.expr_static(a)
        self.passed.setdefault(id(n), []).append((call[0], pos, call[1], call[2]))
        return n

    def call_expr_callee(self, callee, args, dst, loc, passing=None, by_name: bool = False):
        """by_name: a plain call `f(...)` (not a tagged template, not `f?.()`), whose
        callee, when a variable, is recorded in `called` instead of `opaque`."""
        if callee.type == "MemberExpression" and callee.object.type != "Super":
            key = self.member_key(callee)
            recv = self.pass_value(callee.object, passing if key is not None else None, -1)
            self.method_recvs.append((recv, key))
            if key is not None:
                if passing is not None:
                    self.call_recv[id(dst)] = (recv, key)
                self.method_call(recv, key, args, dst, loc, passed=passing is not None)
                return
            fn = self.tmp("[]()")
            self.dyn_load(recv, self.expr(callee.property), fn, self.loc(callee), f"`{self.snippet(callee)}`")
            self.call(fn, recv, args, dst, loc)
            return
        if callee.type == "MemberExpression":
            fn = self.expr(callee)
            self.call(fn, self._super_this(), args, dst, loc)
            return
        if callee.type == "ChainExpression" and callee.expression.type == "MemberExpression" \
                and callee.expression.object.type != "Super":
            inner = callee.expression
            recv = self.expr(inner.object)
            key = self.member_key(inner)
            self.method_recvs.append((recv, key))
            if key is not None:
                self.method_call(recv, key, args, dst, loc)
                self.g.add1(dst, UNDEF)
                return
        if by_name and callee.type == "Identifier" and not any(spread for _, spread in args):
            fn = self.expr_static(callee)
            self.called.add(id(fn))
        else:
            fn = self.expr(callee)
        name = callee.name if callee.type == "Identifier" else "a function"
        self.call(fn, None, args, dst, loc, f"`{name}`" if callee.type == "Identifier" else name)

    def object_create(self, e, loc: Location) -> Node:
        """`Object.create(proto[, descriptors])`: an allocation site of its own."""
        o = self.new_site("object", e)
        o.protos.clear()
        args = self.args(e.arguments)
        if e.arguments and e.arguments[0].type == "Literal" and e.arguments[0].value is None:
            self.deopt(o, "null-prototype", "`Object.create(null)` makes an object without a prototype, "
                       "which engines keep as a dictionary", loc)
        elif args:
            self.g.watch(args[0][0], lambda vs, o=o: [self.add_proto(o, p) for p in vs if isinstance(p, AObj)])
        if len(args) > 1:
            self.deopt(o, "define-property", "`Object.create` with property descriptors defines "
                       "properties outside the object's construction", loc)
            self.escape_node(args[1][0], loc, "used as property descriptors of `Object.create`")
        return self.const(o)

    def require(self, e, dst: Node) -> Node:
        args = e.arguments
        spec = constant_string(args[0]) if len(args) == 1 else None
        if spec is not None:
            target = self.world.resolve_require(self, spec, self.loc(args[0]))
            if target is None:
                self.g.add1(dst, EXTERNAL)
            elif target.is_module:
                self.g.add1(dst, target.exports_obj)
            else:
                self.g.edge(self.field(target.module_obj, "exports"), dst)
            return dst
        pattern = self.require_pattern(args[0]) if len(args) == 1 else None
        self.args(args)
        candidates = self.world.dynamic_candidates(self.file.path, *pattern) if pattern else None
        if candidates is None:
            self.world.diagnostics.append(Diagnostic(
                self.loc(e), "information", "outside-module",
                "`require` with a specifier that is not a constant: the module cannot be known, so its value "
                "is treated as outside the closed world"))
            self.g.add1(dst, EXTERNAL)
            return dst
        loc = self.loc(e)
        table = []
        for spec, path in candidates:
            unit = self.world.load_candidate(path, loc)
            if unit is not None:
                table.append((spec, unit.path))
                self.g.edge(self.field(unit.module_obj, "exports"), dst)
        self.dynamic_requires.append((self.file, e, tuple(table)))
        files = sorted({os.path.basename(p) for _, p in table})
        self.world.diagnostics.append(Diagnostic(
            loc, "information", "dynamic-require",
            f"`require` with a computed path: the program includes the {len(files)} "
            f"file{'s' if len(files) != 1 else ''} it can name ({', '.join(files) or 'none'}); "
            "any other name stops the program when it is required"))
        return dst

    def require_pattern(self, n: Any) -> Optional[tuple[str, str]]:
        """(prefix, suffix) of a computed specifier whose ends are constant:
        `` `./${x}` ``, `'./' + x`, `'./lib/' + x + '.js'`, or a variable
        declared once with such an initialiser (`const file = './' + x + '.js';
        require(file)`). The pattern only lists the files the program includes;
        the build compares the path with each at run time and stops on any
        other (codegen/calls.py computed_require), so a variable written again
        later cannot make it load the wrong file."""
        if n.type == "Identifier":
            init = self.single_initialiser(n.name)
            return self.require_pattern(init) if init is not None and init.type != "Identifier" else None
        if n.type == "TemplateLiteral" and n.expressions:
            return n.quasis[0].value.cooked or "", n.quasis[-1].value.cooked or ""
        if n.type == "BinaryExpression" and n.operator == "+":
            parts = []
            while n.type == "BinaryExpression" and n.operator == "+":
                parts.append(n.right)
                n = n.left
            parts.append(n)
            parts.reverse()
            first = constant_string(parts[0])
            if first is None:
                return None
            last = constant_string(parts[-1]) if len(parts) > 2 else None
            return first, last or ""
        return None

    def single_initialiser(self, name: str) -> Any:
        """The initialiser of the variable `name` visible here, when its function
        (or file) has exactly one declarator of that name, with an initialiser."""
        b, _ = self.scope.lookup(name)
        if b is None or b.kind not in ("var", "let", "const"):
            return None
        root = b.scope.func.ast if b.scope.func is not None else self.file.parsed.tree
        found = []
        stack = [root]
        while stack:
            x = stack.pop()
            if x.type == "VariableDeclarator" and x.id.type == "Identifier" and x.id.name == name:
                found.append(x.init)
            stack.extend(children(x))
        return found[0] if len(found) == 1 else None

    def direct_eval(self, e, loc: Location) -> None:
        seen = set()
        for sc in self.scope.chain():
            for name, b in sc.vars.items():
                if name in seen:
                    continue
                seen.add(name)
                self.escape_node(b.node, loc, f"`{name}` is visible to `eval`", "eval")
                self.g.add1(b.node, EXTERNAL)
        for b in self.file_scope.vars.values():
            self.escape_node(b.node, loc, f"`{b.name}` is visible to `eval`", "eval")

    def e_NewExpression(self, e):
        callee = e.callee
        loc = self.loc(e)
        args = None
        if callee.type == "Identifier":
            b, _ = self.scope.lookup(callee.name)
            if b is None and callee.name not in self.globals:
                args = self.args(e.arguments)
                self.identity_deep.extend(a for a, _ in args)
                made = self.builtins.new_builtin(callee.name, e, args, loc)
                if made is not None:
                    return made
        class_name = None
        if callee.type == "Identifier":
            class_name = callee.name
        elif callee.type == "MemberExpression" and not callee.computed:
            class_name = callee.property.name
        o = self.new_site("new", e, class_name)
        o.waiting_stores = []
        # `new C(...)` naming a class declaration itself (scalar replacement calls its constructor's copy)
        # (or the class's own name inside its body)
        nb = self.scope.lookup(callee.name)[0] if callee.type == "Identifier" else None
        o.class_decl = nb is not None and (nb.kind == "class" or nb.kind == "const" and nb.scope.kind == "class")
        calln = self.expr(callee)
        if args is None:
            args = self.args(e.arguments)
        thisn = self.const(o)
        result = self.tmp("new")
        self.g.edge(thisn, result)
        self.g.watch(calln, lambda vs, o=o: self._construct(o, vs, thisn, args, loc, result))
        return result

    def _returned_objects(self, f: FunctionInfo, result: Node) -> None:
        """A constructor that returns an object replaces `this` as the result of `new`."""
        self.g.watch(f.ret, lambda vs: self.g.add(result, [v for v in vs if isinstance(v, AObj) or v is EXTERNAL]))

    def _construct(self, o: AObj, values, thisn: Node, args, loc: Location, result: Node) -> None:
        waiting = o.waiting_stores
        o.waiting_stores = None
        self._construct_each(o, values, thisn, args, loc, result)
        for prop, valn, sloc in waiting or ():
            self.obj_store(o, prop, valn, sloc)

    def _construct_each(self, o: AObj, values, thisn: Node, args, loc: Location, result: Node) -> None:
        for v in values:
            if isinstance(v, AObj) and v.kind == "class" and v.cls is not None:
                ci = v.cls
                if ci not in o.ctor_classes:
                    o.ctor_classes.append(ci)
                    o.cls = ci
                    self.add_proto(o, ci.proto)
                    self.bind(ci.ctor, thisn, args, self.tmp(), loc)
                    self._returned_objects(ci.ctor, result)
                    if ci.extends_external:
                        self.escape_obj(o, loc, "constructed by a superclass from outside the closed world")
            elif isinstance(v, AObj) and v.fn is not None:
                f = v.fn
                if f not in o.ctor_classes:
                    o.ctor_classes.append(f)
                    pn = self.tmp("prototype")
                    self.obj_load_into(v, "prototype", pn, v)
                    self.g.watch(pn, lambda ps, o=o: [self.add_proto(o, p) for p in ps if isinstance(p, AObj)])
                    self.bind(f, thisn, args, self.tmp(), loc)
                    self._returned_objects(f, result)
            elif isinstance(v, AObj) and v.builtin is not None:
                self.identity_deep.extend(a for a, _ in args)
                self.builtins.construct_into(v.builtin, thisn, args, loc)
            elif v is EXTERNAL:
                self.call_external(None, args, self.tmp(), loc, "a constructor from outside the closed world")
                self.escape_obj(o, loc, "constructed by code outside the closed world")
                self.g.add1(result, EXTERNAL)

    # ================================================================== files
    def walk_file(self, unit: FileUnit) -> None:
        self.file = unit
        self.read_keys |= field_reads.read_keys(unit.parsed.tree)
        self.comments_by_end = {}
        src = unit.source.text
        for c in unit.parsed.comments:
            if c.type != "Block" or "@" not in c.value:
                continue
            words = [w for w in c.value.replace("*", " ").split()]
            ats = [w for w in words if w.startswith("@")]
            bare = len(ats) == len(words)          # a comment of annotations only
            ours = [w for w in ats if w in KNOWN_ANNOTATIONS]
            loc = self.loc_range(c.range[0], c.range[1])
            if bare:
                for w in ats:
                    if w not in KNOWN_ANNOTATIONS:
                        self.annotation_diags.append(("unknown-annotation",
                                                      f"unknown annotation `{w}` (known: {', '.join(KNOWN_ANNOTATIONS)})",
                                                      loc))
            if not ours:
                continue   # e.g. a JSDoc comment: not ours
            # the comment governs the node that starts after it (skipping blanks)
            j = c.range[1]
            while j < len(src) and src[j] in " \t\r\n":
                j += 1
            self.comments_by_end[j] = [ours, loc, False]
        self.fn = None
        self.g.owner = unit
        self.cls_stack = []
        body0 = unit.parsed.tree.body
        self.file_strict = unit.is_module or bool(body0) and getattr(body0[0], "directive", None) == "use strict"
        scope = Scope(self.global_scope, "module")
        self.scope = scope
        self.file_scope = scope
        body = unit.parsed.tree.body
        if not unit.is_module:
            for name, obj in (("module", unit.module_obj), ("exports", unit.exports_obj)):
                b = self.declare_ident(scope, name, 0)
                self.g.add1(b.node, obj)
            self.g.add1(self.declare_ident(scope, "__filename", 0).node, STR)
            self.g.add1(self.declare_ident(scope, "__dirname", 0).node, STR)
        else:
            for s in body:
                if s.type == "ImportDeclaration":
                    for sp in s.specifiers:
                        self.declare(scope, sp.local, "import")
        self.declare_function_scope(scope, body)
        self.statements(body)
        for words, loc, used in self.comments_by_end.values():
            if not used:
                for w in words:
                    self.annotation_diags.append(("misplaced-annotation",
                                                  f"`{w}` is not right before {_ANNOTATION_TARGETS[w]}, "
                                                  "so it governs nothing", loc))
        unit.walked = True
        self.g.owner = None

    def finish(self) -> None:
        """Constraints that need the whole program: host globals, dynamic array keys."""
        for name, b in self.globals.items():
            if not b.node.pts:
                self.g.add1(b.node, EXTERNAL)

    def post_solve(self) -> None:
        # a call by name is an opaque use for every analysis but closure passing; a
        # test against null for every analysis but results by value that may be null
        self.opaque_but_null = frozenset(self.opaque | self.called)
        self.opaque_but_called = frozenset(self.opaque | self.null_tested)
        self.opaque |= self.called | self.null_tested
        for keyn, objn, loc in self.dynamic_array_writes:
            if any(k == STR or k is EXTERNAL or isinstance(k, AObj) for k in keyn.pts):
                for o in objn.pts:
                    if isinstance(o, AObj) and o.typed is None:   # (see obj_store)
                        self.deopt(o, "array-named-property",
                                   "the array is written with a key that may be a non-index string", loc)


_ANNOTATION_TARGETS = {"@stack": "an allocation or a class", "@struct": "an allocation or a class",
                       "@exclave": "an allocation", "@local": "a function parameter",
                       "@global": "a class field"}

_NAMED = ("FunctionExpression", "ArrowFunctionExpression", "ClassExpression", "ObjectExpression")


# builtins that compare no object they are given and keep the arguments only as
# the receiver's elements, where a builtin that does compare (indexOf, a Set made
# from the array) finds them again (Builder.identity_deep follows elements)
IDENTITY_FREE = frozenset({"Array.prototype.push", "Array.prototype.unshift", "Array.prototype.pop",
                           "Array.prototype.shift"})
# builtins that never list their arguments' keys nor read their properties: they
# store them as elements (listed with the array, if it is) or compare them
LISTING_FREE = frozenset({"Array.prototype.push", "Array.prototype.unshift", "Array.prototype.indexOf",
                          "Array.prototype.includes", "Array.prototype.lastIndexOf"})


def _plain_slice(e: Any) -> bool:
    """`x.slice()`: a whole copy of x."""
    c = e.callee if e.type == "CallExpression" else None
    return c is not None and not e.arguments and c.type == "MemberExpression" and not c.computed \
        and c.property.type == "Identifier" and c.property.name == "slice" and not getattr(e, "optional", False) \
        and not getattr(c, "optional", False) and c.object.type != "Super"


def _returnable(e: Any) -> bool:
    """A side of `return c ? x : y` that the analysis follows as a return of its own."""
    return e.type in ("CallExpression", "NewExpression", "ObjectExpression") or _null_literal(e)


def _null_literal(e: Any) -> bool:
    return e.type == "Literal" and e.value is None and getattr(e, "regex", None) is None \
        and getattr(e, "bigint", None) is None
