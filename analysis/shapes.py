"""From the solved value-flow graph to the plan: representations, struct
types, field types, and the diagnostics that explain them.

Representation of a site: an object site (`{...}`, `new C`) is a `struct`
unless some operation recorded a deopt against it, then a `map`. Arrays are
`array` (a WasmGC array of their element type) or `map`; functions are
`closure`; builtin collections (`new Map`, `new Set`, `new Date`...) are
`builtin`.

Struct types: instances of a class share the class's type; a subclass's type
is a subtype whose fields start with the parent's (so a field keeps one type
across the whole hierarchy: it is the join over every struct site of the class
and its subclasses). Object literals get a type per layout (field names and
types in order): identical layouts share one. A field's order is construction
order first (class fields, then leading `this.p = ...` in constructors, parent
first; a literal's keys), then properties added later, by first write in the
source. A property that is not set during construction holds `undefined` until
it is written, which joins into its type.

Field types form a small lattice: f64 (numbers), i32 (booleans), string, null,
undefined, closure, array, map, (ref $T) / (ref null $T) for struct objects of
one type (or of a common superclass), and anyref on top. A field that needs
anyref because it mixes kinds is reported as `field-widened` information.
"""
from __future__ import annotations

import re
from dataclasses import replace
from collections import defaultdict
from typing import Iterable, Optional

from .builtins import COLLECTIONS, ERRORS
from .codes import CODES
from .constraints import Builder, ClassInfo, FunctionInfo, is_index
from .parse import children
from .graph import AObj, BIGINT, BOOL, ELEM, EXTERNAL, NULL, NUM, STR, SYMBOL, UNDEF
from .overflow import OverflowRule
from .plan import Diagnostic, Field, Location, Plan, Reason, Related, Site, StructType

_PRIM_TYPES = {NUM: "f64", BOOL: "i32", STR: "string", NULL: "null", UNDEF: "undefined"}
_KIND_WORD = {"object": "object literal", "new": "object", "array": "array"}


def _sanitize(name: str) -> str:
    s = re.sub(r"[^A-Za-z0-9_$.]", "_", name)
    return s or "anon"


def _observes_this(node, ready: set, member_key) -> bool:
    """Could evaluating `node` see a property of `this` that is not yet set?
    Safe uses are `this.p` reads of properties in `ready`, not called as
    methods (a method call hands `this` to code that may read anything)."""
    stack = [(node, None)]
    while stack:
        n, parent = stack.pop()
        t = n.type
        if t in ("FunctionExpression", "FunctionDeclaration", "ClassExpression", "ClassDeclaration"):
            continue   # their own `this`
        if t == "Super":
            return True
        if t == "ThisExpression":
            if parent is None or parent.type != "MemberExpression" or parent.object is not n:
                return True
            k = member_key(parent)
            if k is None or k not in ready:
                return True
            continue
        if t == "CallExpression" and n.callee.type == "MemberExpression" \
                and n.callee.object.type == "ThisExpression":
            return True
        for c in children(n):
            stack.append((c, n))
    return False


def leading_this_assignments(body_stmts: list, member_key, inherited: tuple = ()) -> list[str]:
    """Properties a constructor body sets before anything can observe them
    missing: the leading run of statements that only read properties already
    set, in which `this.p = e` sets p; `super(...)` with arguments free of
    `this` is allowed. The run ends at the first statement that could observe
    `this` (a method call on it, passing it along, reading an unset property)."""
    return leading_run(body_stmts, member_key, inherited)[0]


def leading_run(body_stmts: list, member_key, inherited: tuple = ()) -> tuple[list[str], bool]:
    """leading_this_assignments, and whether the run is the whole body."""
    out: list[str] = []
    ready: set = set()
    for s in body_stmts:
        if s.type == "ExpressionStatement":
            e = s.expression
            if e.type == "AssignmentExpression" and e.operator == "=" and e.left.type == "MemberExpression" \
                    and e.left.object.type == "ThisExpression":
                k = member_key(e.left)
                if k is None or _observes_this(e.right, ready, member_key):
                    return out, False
                if k not in out:
                    out.append(k)
                ready.add(k)
                continue
            if e.type == "CallExpression" and e.callee.type == "Super":
                if any(_observes_this(a, ready, member_key) for a in e.arguments):
                    return out, False
                ready.update(inherited)
                continue
        if s.type in ("ReturnStatement", "ThrowStatement"):
            return out, False
        if _observes_this(s, ready, member_key):
            return out, False
    return out, True


# keys the language reads on its own: conversions to primitives and JSON, a
# thenable's `then` (`await o`), the iteration protocol (for-of, spread and
# destructuring read `next`, `done`, `value`, `return`); an own field of such a
# name is always read
CONVERSION_KEYS = frozenset({"toString", "valueOf", "toJSON", "toLocaleString", "then",
                             "next", "done", "value", "return", "throw", "length"})


class ShapeBuilder:
    def __init__(self, builder: Builder, verdicts: Optional[dict] = None, promises: Optional[list] = None,
                 struct_promised: Optional[set] = None, fallback: bool = False):
        self.b = builder
        self.fallback = fallback   # the solver ran out of budget: claim nothing, report only that
        self.verdicts = verdicts or {}
        self.promises = promises or []               # diagnostics of broken annotations
        self.struct_promised = struct_promised or set()   # sites whose deopt breaks a @struct promise
        self.rep: dict[int, str] = {}            # obj id -> representation
        self.site_type: dict[int, str] = {}      # struct site id -> type name
        self.class_type: dict[int, str] = {}     # ClassInfo id -> type name
        self.class_fields: dict[int, list[str]] = {}
        self.class_init: dict[int, tuple] = {}   # class id -> construction_of
        self.types: list[StructType] = []
        self.widened: list[tuple[str, str, Location, str]] = []
        self.used_names: set[str] = set()
        self.site_fields: dict[int, list[Field]] = {}
        self.type_by_name: dict[str, StructType] = {}
        self.parent_type: dict[str, Optional[str]] = {}
        self._sites_by_type: Optional[dict] = None
        self.overflow = OverflowRule(self)
        self.listed_memo: Optional[set] = None   # _listed(), once the types are laid out
        self.overflow_sites: set[int] = set()    # struct sites whose type has an overflow dictionary
        self.late_orders: dict[int, list] = {}   # class id -> its late keys in the order construction writes them
        self.overflow_roots: set[int] = set()    # ids of the root classes of such hierarchies

    # ---------------------------------------------------------------- naming
    def fresh(self, base: str) -> str:
        name = "$" + _sanitize(base)
        if name not in self.used_names:
            self.used_names.add(name)
            return name
        i = 2
        while f"{name}_{i}" in self.used_names:
            i += 1
        self.used_names.add(f"{name}_{i}")
        return f"{name}_{i}"

    # ---------------------------------------------------------------- classes
    def site_class(self, o: AObj):
        if len(o.ctor_classes) == 1:
            return o.ctor_classes[0]
        return None

    def class_parent(self, c) -> Optional[ClassInfo]:
        if isinstance(c, ClassInfo) and len(c.parents) == 1:
            return c.parents[0]
        return None

    def init_props_of(self, c) -> list[str]:
        """Properties set during construction, in order, parents first."""
        return self.construction_of(c)[0]

    def construction_of(self, c) -> tuple[list[str], bool]:
        """(init_props_of(c), whether no code can see `this` before construction ends).

        A property counts as set during construction only when nothing can read it
        before it is set. A subclass's own fields are set after `super()` returns, so
        when a parent's construction hands `this` to other code (a method call, say,
        which may reach an override that reads the subclass's fields), none of them
        count; the same holds from the first field initialiser that may observe `this`."""
        key = id(c)
        if key in self.class_init:
            return self.class_init[key]
        self.class_init[key] = ([], False)   # cycle guard
        out, complete = self._construction(c)
        # An assignment `this.k = v` to a key with an accessor on the class chain
        # calls the nearest setter, which makes no property k. A setter whose body
        # is a run of `this.x = e` that reads nothing of `this` (`set name(v) {
        # this._name = v; }`) sets its keys there, in order; any other setter, a
        # getter alone (a TypeError in class code) or a class field of that key
        # (which defines an own property: cut, conservatively) ends what counts.
        acc = self.accessor_pairs(c)
        if acc and any(k in acc for k in out):
            fields = self.field_keys(c)
            got_keys: list[str] = []
            for k in out:
                if k not in acc:
                    if k not in got_keys:
                        got_keys.append(k)
                    continue
                setter = acc[k][1]
                fn = getattr(setter, "fn", None)
                body = getattr(getattr(fn, "ast", None), "body", None)
                if k in fields or body is None or body.type != "BlockStatement":
                    complete = False
                    break
                props, whole = leading_run(body.body, self.b.member_key_scoped(fn))
                if any(p in acc for p in props):
                    complete = False
                    break
                got_keys.extend(p for p in props if p not in got_keys)
                if not whole:
                    complete = False
                    break
            out = got_keys
        self.class_init[key] = got = (out, complete)
        return got

    def ancestry(self, c):
        """The class c, then its ancestors, nearest first (each once)."""
        seen: set[int] = set()
        while isinstance(c, ClassInfo) and id(c) not in seen:
            seen.add(id(c))
            yield c
            c = self.class_parent(c)

    def accessor_pairs(self, c) -> dict:
        """key -> [getter, setter] of the nearest accessor of that key on the class c
        or one of its ancestors."""
        pairs: dict = {}
        for a in self.ancestry(c):
            for k, pair in (getattr(a, "accessors", None) or {}).items():
                pairs.setdefault(k, pair)
        return pairs

    def field_keys(self, c) -> set[str]:
        """The instance field keys (`k = e;` in the class body) of c and its ancestors."""
        keys: set[str] = set()
        for a in self.ancestry(c):
            for m in getattr(getattr(a.ast, "body", None), "body", None) or ():
                if m.type == "PropertyDefinition" and not m.static:
                    k = self.b.class_key(m)
                    if k is not None:
                        keys.add(k)
        return keys

    def _construction(self, c) -> tuple[list[str], bool]:
        if isinstance(c, FunctionInfo):
            body = c.ast.body
            if body.type != "BlockStatement":
                return [], True
            return leading_run(body.body, self.b.member_key_scoped(c))
        if not isinstance(c, ClassInfo):
            return [], False
        out: list[str] = []
        parent = self.class_parent(c)
        if parent is not None:
            out, complete = self.construction_of(parent)
            out = list(out)
            if not complete:
                return out, False
        elif c.parent_node is not None and c.extends_builtin is None:
            return [], False     # a superclass not known statically may run anything
        elif c.extends_builtin in ERRORS:
            out.extend(["stack", "message"])
        member_key = self.b.member_key_scoped(c.ctor)
        ready = set(out)
        for m in getattr(getattr(c.ast, "body", None), "body", None) or ():
            if m.type != "PropertyDefinition" or m.static:
                continue
            k = self.b.class_key(m)
            if k is None or (m.value is not None and _observes_this(m.value, ready, member_key)):
                return out, False
            if k not in out:
                out.append(k)
            ready.add(k)
        ctor_ast = getattr(c.ctor, "ast", None) if c.ctor is not None else None
        if ctor_ast is None or ctor_ast is c.ast or ctor_ast.body.type != "BlockStatement":
            return out, True     # the implicit constructor: super(...args) at most
        props, complete = leading_run(ctor_ast.body.body, member_key, tuple(out))
        out.extend(p for p in props if p not in out)
        return out, complete

    # ---------------------------------------------------------------- types
    def value_type(self, values: Iterable, nullable_undef: bool = False) -> str:
        prims = set()
        structs: set[str] = set()
        other: set[str] = set()
        for v in values:
            if isinstance(v, AObj):
                r = self.rep.get(v.id)
                if r == "struct" or r == "scalar":
                    structs.add(self.site_type[v.id])
                elif r == "array" or (r is None and v.is_array):
                    other.add("array")
                elif r == "closure" or v.fn is not None or v.kind in ("class", "builtin-fn"):
                    other.add("closure")
                elif r == "map":
                    other.add("map")
                else:
                    other.add("anyref")
            elif v is EXTERNAL:
                other.add("anyref")
            elif v in (BIGINT, SYMBOL):
                other.add("anyref")
            else:
                prims.add(v)
        if structs and not other:
            nonnull = prims - {NULL}
            if nonnull:
                return "anyref"
            t = self.common_super(structs)
            if t is None:
                return "anyref"
            return f"(ref null {t})" if NULL in prims else f"(ref {t})"
        if other and not prims and not structs and len(other) == 1:
            return next(iter(other))
        if not other and not structs:
            if not prims:
                return "undefined"
            if len(prims) == 1:
                return _PRIM_TYPES[next(iter(prims))]
        return "anyref"

    def field_type(self, values, initialized: bool = True) -> str:
        """A struct field's type: value_type, except that a field of numbers and
        undefined is `f64|undefined` (an f64 that spells undefined as one NaN the
        arithmetic never makes, see codegen/runtime.wat) instead of anyref: a
        field that holds `undefined` until a number comes, or an array element
        that may be missing, costs no number box. Not for a field added after
        construction: that one must also tell "absent" apart, so it is anyref."""
        values = list(values)
        t = self.value_type(values)
        if t == "anyref" and set(values) == {NUM, UNDEF} and initialized:
            return "f64|undefined"
        return t

    def struct_union(self, values: Iterable) -> Optional[tuple[tuple[str, ...], bool]]:
        """(struct types, may be null or undefined) when every value is a struct
        object, null or undefined, and the objects have more than one type with no
        common supertype (value_type says anyref there): the types, sorted."""
        structs: set[str] = set()
        nullish = False
        for v in values:
            if v is NULL or v is UNDEF:
                nullish = True
            elif isinstance(v, AObj) and self.rep.get(v.id) in ("struct", "scalar"):
                structs.add(self.site_type[v.id])
            else:
                return None
        if len(structs) < 2 or self.common_super(structs) is not None:
            return None
        return tuple(sorted(structs)), nullish

    def common_super(self, names: set[str]) -> Optional[str]:
        if len(names) == 1:
            return next(iter(names))
        chains = []
        for n in names:
            chain = []
            cur: Optional[str] = n
            while cur is not None:
                chain.append(cur)
                cur = self.parent_type.get(cur)
            chains.append(chain)
        common = set(chains[0])
        for c in chains[1:]:
            common &= set(c)
        for t in chains[0]:
            if t in common:
                return t
        return None

    # ---------------------------------------------------------------- main
    def build(self) -> Plan:
        b = self.b
        sites = [o for o in b.sites]
        self._late_keys(sites)
        # 1. representations
        for o in sites:
            if o.kind == "function":
                self.rep[o.id] = "closure"
            elif o.collection is not None:
                self.rep[o.id] = "builtin"
            elif o.deopts:
                self.rep[o.id] = "struct" if self.overflow.enabled and not self.fallback and self.overflow.site_ok(o) \
                    else "map"
            elif o.kind == "array" or o.is_array:
                self.rep[o.id] = "array"
            else:
                self.rep[o.id] = "struct"
        self._overflow_hierarchies(sites)
        # 2. group struct sites: by class (and superclasses), or by literal layout
        by_class: dict[int, list[AObj]] = defaultdict(list)
        class_of: dict[int, object] = {}
        literals: list[AObj] = []
        for o in sites:
            if self.rep[o.id] != "struct":
                continue
            c = self.site_class(o)
            if c is not None:
                by_class[id(c)].append(o)
                class_of[id(c)] = c
            elif o.kind == "new" and o.name in ERRORS:
                by_class[-1].append(o)
            else:
                literals.append(o)
        self._class_types(by_class, class_of)
        self._literal_types(literals)
        # 3. the plan
        return self._plan(sites)

    def class_root(self, c):
        while True:
            p = self.class_parent(c)
            if p is None:
                return c
            c = p

    def _overflow_hierarchies(self, sites: list[AObj]) -> None:
        """Which struct sites get an overflow dictionary (analysis/overflow.py):
        literal sites with dynamic keys, one by one; class sites by hierarchy,
        since its types share the slot and drop the properties added after
        construction: every site of it that gets such keys must construct closed."""
        roots: dict[int, list[AObj]] = defaultdict(list)
        for o in sites:
            if self.rep[o.id] != "struct" or o.kind not in ("object", "new"):
                continue
            c = self.site_class(o)
            if c is None:
                if o.deopts:
                    self.overflow_sites.add(o.id)   # a literal (the rule accepts no other)
                continue
            if o.kind == "new" and o.name in ERRORS:
                continue
            roots[id(self.class_root(c))].append(o)
        for rid, members in roots.items():
            if not any(o.deopts for o in members):
                continue
            why = None
            if any(a.accessors for o in members for a in self.ancestry(self.site_class(o))):
                # the overflow form does not keep a hierarchy's accessors (a key that moves to the
                # dictionary, a class field over an inherited accessor); a map does
                why = "a class of the hierarchy has getters or setters, which the overflow dictionary does not keep"
            for o in members if why is None else ():
                c = self.site_class(o)
                late = [p for p in o.written if p not in self.init_props_of(c)]
                if o.deopts or late:
                    why = self.overflow.construction_closed(c)
                    if why is not None:
                        break
            if why is not None:
                for o in members:
                    if o.deopts:
                        self.rep[o.id] = "map"
                        self.overflow.why_not[o.id] = why
                continue
            self.overflow_roots.add(rid)
            self.overflow_sites.update(o.id for o in members)

    def _class_types(self, by_class, class_of) -> None:
        b = self.b
        # every class with struct instances, and its ancestors
        involved: dict[int, object] = {}
        for cid, c in class_of.items():
            cur = c
            while cur is not None and id(cur) not in involved:
                involved[id(cur)] = cur
                cur = self.class_parent(cur)
        error_base = None
        if by_class.get(-1) or any(isinstance(c, ClassInfo) and self.class_parent(c) is None and c.extends_builtin in ERRORS
                                   for c in involved.values()):
            error_base = self.fresh("Error")
            self.parent_type[error_base] = None
        children: dict[int, list] = defaultdict(list)
        for c in involved.values():
            p = self.class_parent(c)
            if p is not None:
                children[id(p)].append(c)
        # names, parents first
        order: list = []
        seen: set[int] = set()

        def visit(c):
            if id(c) in seen:
                return
            seen.add(id(c))
            p = self.class_parent(c)
            if p is not None:
                visit(p)
            order.append(c)
        for c in involved.values():
            visit(c)
        for c in order:
            name = self.fresh(c.name or "anonymous_class")
            self.class_type[id(c)] = name
            p = self.class_parent(c)
            if p is not None:
                self.parent_type[name] = self.class_type[id(p)]
            elif isinstance(c, ClassInfo) and c.extends_builtin in ERRORS:
                self.parent_type[name] = error_base
            else:
                self.parent_type[name] = None
        for o in by_class.get(-1, []):
            self.site_type[o.id] = error_base
        for cid, objs in by_class.items():
            if cid == -1:
                continue
            for o in objs:
                self.site_type[o.id] = self.class_type[cid]

        # field lists, parents first
        def sites_under(c) -> list[AObj]:
            out = list(by_class.get(id(c), []))
            for ch in children.get(id(c), []):
                out.extend(sites_under(ch))
            return out

        error_fields = ["stack", "message"]
        if error_base is not None:   # keys a plain `new Error` gets later (`err.code = ...`)
            error_fields += self._later_keys(by_class.get(-1, []), error_fields)
        for c in order:
            p = self.class_parent(c)
            base = list(self.class_fields[id(p)]) if p is not None else (
                list(error_fields) if isinstance(c, ClassInfo) and c.extends_builtin in ERRORS else [])
            own = [x for x in self.init_props_of(c) if x not in base]
            sites = by_class.get(id(c), []) if id(self.class_root(c)) not in self.overflow_roots else ()
            self.class_fields[id(c)] = base + own + self._later_keys(sites, base + own)
        if error_base is not None:
            under = list(by_class.get(-1, []))
            for c in order:
                if isinstance(c, ClassInfo) and self.class_parent(c) is None and c.extends_builtin in ERRORS:
                    under.extend(sites_under(c))
            ftypes = [self._field(f, i, under, self.class_of_site_init) for i, f in enumerate(error_fields)]
            st = StructType(error_base, tuple(ftypes), None, False, "Error", len(by_class.get(-1, [])))
            self.types.append(st)
            self.type_by_name[error_base] = st
        # field types: join over every struct site of the class and its subclasses
        for c in order:
            name = self.class_type[id(c)]
            under = sites_under(c)
            fields = self.class_fields[id(c)]
            parent_name = self.parent_type[name]
            inherited = len(self.type_by_name[parent_name].fields) if parent_name is not None else 0
            ftypes = []
            for i, f in enumerate(fields):
                if i < inherited:
                    ftypes.append(self.type_by_name[parent_name].fields[i])
                    continue
                fld, values = self._field(f, i, under, self.class_of_site_init)
                if not self._field_read(f, under, c):
                    fld = replace(fld, read=False)
                ftypes.append((fld, values))
            final = not children.get(id(c))
            built = self.init_props_of(c)
            built = built + [k for k in self.late_orders.get(id(c), ()) if k not in built]
            order = tuple([f for f in built if f in fields] + [f for f in fields if f not in built])
            st = StructType(name, tuple(ftypes), parent_name, final, c.name or None,
                            len(by_class.get(id(c), [])), id(self.class_root(c)) in self.overflow_roots,
                            order if order != tuple(fields) else ())
            self.types.append(st)
            self.type_by_name[name] = st

    def _late_keys(self, sites: list) -> None:
        """A struct prints, enumerates and serialises its keys in layout order. Keys
        first written after construction come in whatever order each object gets
        them: with two or more (not counting integer-like keys, which JavaScript
        always lists first, ascending), objects of one site may differ, so the site
        keeps them in insertion order instead (the overflow dictionary, or a map).
        A scalar-replaced object is never enumerated: it keeps its layout."""
        listed = self._listed()
        for o in sites:
            if o.kind not in ("object", "new") or o.is_array or o.collection is not None or o.builtin is not None:
                continue
            v = self.verdicts.get(o.id)
            if o.deopts or (v is not None and v.scalar) or o.id not in listed:
                continue   # already a map or an overflow struct (both keep insertion order), or never listed
            init = set(self.class_of_site_init(o))
            late = [k for k in o.written if k not in init and not is_index(k) and not k.startswith("#")]
            if len(late) >= 2 and not self._constructed_in_order(o, late):
                o.deopts.append(("late-keys", f"`{late[0]}` and `{late[1]}` are added after the object is made, "
                                 "so objects of this site may get them in different orders", o.written[late[1]]))

    def _constructed_in_order(self, o: AObj, late: list) -> bool:
        """Does every object of `new C` site o get its late keys in one order, the
        one C's construction writes them in? True when each late key is written
        to o's objects at exactly one place in the program, and that place is a
        statement `this.k = e` at the top level of a constructor of C's chain
        (_write_run). Other code run during construction (a method the parent's
        constructor calls) may read those keys, which is why they are late, but
        writes none of them: the top-level statements run in order, at most once
        per object. The order is recorded for C's type (late_orders)."""
        c = self.site_class(o) if o.kind == "new" else None
        if not isinstance(c, ClassInfo) or "[dynamic]" in o.fields:
            return False
        run = self._write_run(c)
        if run is None:
            return False
        where = {}
        for k, loc in run:
            where.setdefault(k, loc)
        for k in late:
            locs = o.write_locs.get(k, [])
            if k not in where or len(locs) != 1 or locs[0] != where[k]:
                return False
        order = [k for k, _ in run if k in late]
        known = self.late_orders.get(id(c))
        if known is not None and [k for k in known if k in late] != order:
            return False
        self.late_orders[id(c)] = list(dict.fromkeys((known or []) + order))
        return True

    def _write_run(self, c) -> Optional[list]:
        """[(key, location of `this.key`)] of the `this.k = e` statements at the top
        level of the constructors of c's chain (the root's first), in the order
        they run; None when a constructor of the chain is not known. The other
        statements between them do not matter: one that writes such a key is a
        second write place (_constructed_in_order then refuses the key), and
        one that returns or throws early only leaves the later keys out, so
        every object's keys still come in this order."""
        chain = list(self.ancestry(c))[::-1]
        root = chain[0]
        if root.parent_node is not None and root.extends_builtin is None:
            return None
        out: list = []
        for x in chain:
            ctor = getattr(x.ctor, "ast", None) if x.ctor is not None else None
            if ctor is None or ctor is x.ast:
                continue   # the implicit constructor: super(...args)
            member_key = self.b.member_key_scoped(x.ctor)
            for s in ctor.body.body:
                if s.type != "ExpressionStatement":
                    continue   # (see above)
                e = s.expression
                if e.type == "AssignmentExpression" and e.operator == "=" and e.left.type == "MemberExpression" \
                        and e.left.object.type == "ThisExpression":
                    k = member_key(e.left)
                    if k is not None:
                        out.append((k, x.file.source.location(e.left._start, e.left._end)))
        return out

    def _listed(self) -> set:
        """Ids of the objects whose keys may be listed: those a builtin, a for-in or a
        spread gets, those thrown or leaving the closed world, and every object reachable
        from them through fields and elements (console.log and JSON go deep)."""
        b = self.b
        work = [v for n in b.listed for v in n.pts if isinstance(v, AObj)]
        work += [v for v in b.thrown.pts if isinstance(v, AObj)]   # an uncaught exception is printed too
        work += [o for o in b.sites if o.escaped is not None or o.id in b.listed_objs]
        seen: set = set()
        while work:
            o = work.pop()
            if o.id in seen:
                continue
            seen.add(o.id)
            for fnode in o.fields.values():
                work.extend(v for v in fnode.pts if isinstance(v, AObj) and v.id not in seen)
        return seen

    def class_of_site_init(self, o: AObj) -> list[str]:
        c = self.site_class(o)
        if c is None:
            return ["stack", "message"] if o.name in ERRORS else list(o.init_props)
        return self.init_props_of(c)

    def _field_read(self, name: str, sites: list[AObj], c) -> bool:
        """May some code see the value of field `name` of class c's objects (sites:
        those of c and its subclasses)? Only `o.name` reads it in the closed world
        (compound assignments and destructuring are such reads) once the objects
        are never listed (printed, serialised, enumerated, given to a builtin, thrown
        or escaping: _listed), never dictionaries, and never another object's
        prototype. Objects of a class with a builtin ancestor are always read (an
        Error's `message` is read by its toString, which `${e}` calls).
        The keys the text reads are counted by name, whatever the object
        (analysis/field_reads.py), so a read the points-to graph does not tie to
        these objects still counts."""
        if not sites or not isinstance(c, ClassInfo) or name in CONVERSION_KEYS \
                or any(x.extends_builtin is not None for x in self.ancestry(c)):
            return True
        if name in self.b.read_keys:
            return True
        if self.listed_memo is None:
            self.listed_memo = self._listed()
        return any(name in o.loaded or o.id in self.listed_memo or o.deopts or o.escaped is not None
                   or o.id in self.b.protos_used or o.kind != "new" for o in sites)

    def _field(self, name: str, index: int, sites: list[AObj], init_of) -> Field:
        values: set = set()
        initialized = True
        for o in sites:
            n = o.fields.get(name)
            if n is not None:
                values |= n.pts
            dyn = o.fields.get("[dynamic]")
            if dyn is not None:
                values |= dyn.pts
            if name not in init_of(o):
                initialized = False
                values.add(UNDEF)
        return Field(name, "?", index, initialized), values

    def _literal_types(self, literals: list[AObj]) -> None:
        # phase 1: coarse layout (names) -> provisional name; phase 2 re-keys on concrete types
        by_names: dict[tuple, str] = {}
        for o in literals:
            names = self._literal_field_names(o)
            self.site_fields[o.id] = names
            key = tuple(names) + ((None,) if o.id in self.overflow_sites else ())
            if key not in by_names:
                by_names[key] = self.fresh("obj_" + "_".join(_sanitize(n) for n in names)[:40] if names else "obj_empty")
                self.parent_type[by_names[key]] = None
            self.site_type[o.id] = by_names[key]

    def _literal_field_names(self, o: AObj) -> list[str]:
        init = [p for p in o.init_props if p in o.written]
        if o.id in self.overflow_sites:
            return init   # later keys go to the overflow dictionary
        later = [p for p in o.written if p not in init]
        later.sort(key=lambda k: (o.written[k].line, o.written[k].column))
        return init + later

    def _plan(self, sites: list[AObj]) -> Plan:
        b = self.b
        # class types hold (Field, values) pairs; a subtype shares its parent's pairs for the
        # inherited prefix, so each pair is made concrete once and reported at its declaring type
        concrete: dict[str, StructType] = {}
        resolved: dict[int, Field] = {}
        for st in self.types:
            inherited = len(self.type_by_name[st.supertype].fields) if st.supertype else 0
            fields = []
            for i, (fld, values) in enumerate(st.fields):
                f = resolved.get(id(values))
                if f is None:
                    t = self.field_type(values, fld.initialized)
                    if i >= inherited:
                        self._note_widened(st.name, fld.name, values, t)
                    f = resolved[id(values)] = Field(fld.name, t, fld.index, fld.initialized, read=fld.read)
                fields.append(f)
            concrete[st.name] = StructType(st.name, tuple(fields), st.supertype, st.final, st.class_name, st.sites,
                                           st.overflow, st.key_order)
        # literal types: per-site concrete fields, grouped by (provisional name, concrete layout)
        layout_names: dict[tuple, str] = {}
        provisional_taken: dict[str, tuple] = {}
        lit_sites = [o for o in sites if o.id in self.site_fields]
        for o in lit_sites:
            names = self.site_fields[o.id]
            fields = []
            for i, n in enumerate(names):
                fld, values = self._field(n, i, [o], lambda s: s.init_props)
                fields.append((fld, values))
            layout = tuple((f.name, self.field_type(v, f.initialized), f.initialized) for f, v in fields)
            prov = self.site_type[o.id]
            ovf = o.id in self.overflow_sites
            key = (prov, layout)
            if key not in layout_names:
                if prov not in provisional_taken:
                    provisional_taken[prov] = layout
                    layout_names[key] = prov
                else:
                    layout_names[key] = self.fresh(prov[1:])
            tname = layout_names[key]
            self.site_type[o.id] = tname
            if tname not in concrete:
                concrete[tname] = StructType(tname, tuple(Field(n, t, i, init) for i, (n, t, init) in enumerate(layout)),
                                             None, True, None, 0, ovf)
                for (f, v), (_, t, _) in zip(fields, layout):
                    self._note_widened(tname, f.name, v, t, o)
            st = concrete[tname]
            concrete[tname] = StructType(st.name, st.fields, st.supertype, st.final, st.class_name, st.sites + 1,
                                         st.overflow)
        types = sorted(concrete.values(), key=lambda t: t.name)

        plan = Plan()
        plan.types = types
        self.scalar_objs: list[AObj] = []
        self.site_by_obj: dict[int, Site] = {}
        # sites
        ordered = sorted(sites, key=lambda o: (o.site.location.file, o.site.offset))
        site_ids: dict[int, int] = {}
        for i, o in enumerate(ordered):
            site_ids[o.id] = i
        for o in ordered:
            rep = self.rep[o.id]
            tname = self.site_type.get(o.id) if rep == "struct" else None
            fields: tuple = ()
            if tname is not None:
                fields = concrete[tname].fields
            elem = None
            if o.is_array:
                n = o.fields.get(ELEM)
                elem = self.value_type(n.pts if n is not None else ())
            deopt = tuple(Reason(c, m, l) for c, m, l in sorted(o.deopts, key=lambda d: (d[2].file, d[2].line, d[2].column)))
            class_name = o.site.class_name
            if o.kind == "new":
                c = self.site_class(o)
                if c is not None and getattr(c, "name", None):
                    class_name = c.name
            v = self.verdicts.get(o.id)
            locality = v.locality if v is not None else "heap"
            escape = tuple(v.steps) if v is not None and locality != "local" else ()
            names = {f.name for f in fields}
            if rep == "struct" and v is not None and v.scalar and o.loaded <= names and o.written.keys() <= names \
                    and not self._reads_inherited(o, fields):
                rep = "scalar"   # (a key read that is not a field would look up the prototype chain)
                self.scalar_objs.append(o)
            overflow = rep == "struct" and tname is not None and concrete[tname].overflow
            plan.sites.append(Site(site_ids[o.id], o.site.location, o.kind, class_name, rep, tname, fields, elem,
                                   locality, deopt, escape, o.site.annotations,
                                   v.scope if v is not None else "heap", overflow))
            self.site_by_obj[o.id] = plan.sites[-1]
        plan.diagnostics = self._diagnostics(ordered, plan, site_ids)
        return plan

    @staticmethod
    def _later_keys(sites, known: list) -> list[str]:
        """The keys the objects of sites get beyond known, in the order of their
        first write in the source."""
        later: dict[str, Location] = {}
        for o in sites:
            for prop, loc in o.written.items():
                if prop not in known:
                    if prop not in later or (loc.line, loc.column) < (later[prop].line, later[prop].column):
                        later[prop] = loc
        return sorted(later, key=lambda k: (later[k].file, later[k].line, later[k].column))

    def _reads_inherited(self, o: AObj, fields) -> bool:
        """Does o read a field it may not have yet (added after construction, to
        it or to another object of its type) whose key its prototype chain also
        has? Until o has it the read finds the inherited value (`a.m` after
        `b.m = f` over a method m), which a slot of o's own fields cannot give."""
        late = {f.name for f in fields if not f.initialized} & o.loaded
        return bool(late) and any(k in h.written or k in h.fields
                                  for h in self.b.chain(o.protos) for k in late)

    def _label(self, o: AObj) -> str:
        label = _KIND_WORD.get(o.kind, "object")
        if o.kind == "new" and o.site.class_name:
            label = f"`{o.site.class_name}` object"
        return label

    def _becomes(self, o: AObj) -> str:
        word = _KIND_WORD.get(o.kind, "object")
        if self.rep[o.id] == "map":
            return f"this {word} becomes a map"
        return f"this {word} keeps struct {self.site_type.get(o.id)}; other keys go to an overflow dictionary"

    def _overflow_diagnostic(self, o: AObj, plan: Plan) -> Diagnostic:
        """The site keeps a struct for its fields, with an overflow dictionary
        (analysis/overflow.py): `shape-overflow`, or `struct-broken` when promised."""
        first = sorted(o.deopts, key=lambda d: (d[2].file, d[2].line, d[2].column))
        code, msg, loc = first[0]
        more = f" (and {len(first) - 1} more cause{'s' if len(first) > 2 else ''})" if len(first) > 1 else ""
        related = tuple(Related(l, m) for _, m, l in first)
        where = f"line {loc.line}" if loc.file == o.site.location.file else loc.short()
        tname = self.site_type[o.id]
        st = next(t for t in plan.types if t.name == tname)
        names = ", ".join(f.name for f in st.fields) or "no field"
        label = self._label(o)
        if o.id in self.struct_promised:
            return Diagnostic(o.site.location, "error", "struct-broken",
                              f"`@struct` promise broken: this {label} needs an overflow dictionary beside "
                              f"struct {tname} because {msg} ({where}){more}", related)
        return Diagnostic(o.site.location, CODES["shape-overflow"].severity.value, "shape-overflow",
                          f"struct with overflow: this {label} keeps {names} in struct {tname} and puts other "
                          f"keys in a dictionary because {msg} ({where}){more}", related)

    def _note_widened(self, tname: str, fname: str, values, t: str, site: Optional[AObj] = None) -> None:
        if t != "anyref":
            return
        kinds = self._describe(values)
        if len(kinds) < 2:
            return
        self.widened.append((tname, fname, kinds, site))

    def _describe(self, values) -> list[str]:
        words = set()
        for v in values:
            if isinstance(v, AObj):
                r = self.rep.get(v.id)
                if r in ("struct", "scalar"):
                    words.add(f"{self.site_type.get(v.id)} objects")
                elif v.is_array:
                    words.add("arrays")
                elif v.fn is not None:
                    words.add("functions")
                else:
                    words.add("objects without a proven shape")
            elif v is EXTERNAL:
                words.add("values from outside the closed world")
            else:
                words.add({NUM: "numbers", STR: "strings", BOOL: "booleans", NULL: "null", UNDEF: "undefined",
                           BIGINT: "bigints", SYMBOL: "symbols"}[v])
        return sorted(words)

    def _diagnostics(self, ordered: list[AObj], plan: Plan, site_ids) -> list[Diagnostic]:
        b = self.b
        out: list[Diagnostic] = list(b.world.diagnostics) + list(self.promises)
        if self.fallback:
            out.sort(key=lambda d: (d.location.file, d.location.line, d.location.column, d.code))
            return out
        # causes, at the operation
        for (code, loc), (message, objs) in b.causes.items():
            objs = [o for o in objs if o.site is not None]
            if not objs:
                continue
            related = tuple(Related(o.site.location, self._becomes(o))
                            for o in sorted(objs, key=lambda o: (o.site.location.file, o.site.offset)))
            n = sum(1 for o in objs if self.rep[o.id] == "map")
            k = len(objs) - n
            parts = []
            if n:
                parts.append(f"{n} allocation site{'s' if n != 1 else ''} deoptimised to a map")
            if k:
                parts.append(f"{k} allocation site{'s' if k != 1 else ''} "
                             + ("keeps its struct fields and puts" if k == 1 else "keep their struct fields and put")
                             + " other keys in an overflow dictionary")
            sev = CODES[code].severity.value
            out.append(Diagnostic(loc, sev, code, f"{message}: {', '.join(parts)}", related))
        # each deoptimised site
        for o in ordered:
            rep = self.rep[o.id]
            if rep == "map" and all(d[0] == "analysis-budget" for d in o.deopts):
                continue   # said once, by the analysis-budget warning
            if rep == "struct" and o.deopts:
                out.append(self._overflow_diagnostic(o, plan))
            elif rep == "map":
                first = sorted(o.deopts, key=lambda d: (d[2].file, d[2].line, d[2].column))
                code, msg, loc = first[0]
                more = f" (and {len(first) - 1} more cause{'s' if len(first) > 2 else ''})" if len(first) > 1 else ""
                related = tuple(Related(l, m) for _, m, l in first)
                where = f"line {loc.line}" if loc.file == o.site.location.file else loc.short()
                label = _KIND_WORD.get(o.kind, "object")
                if o.kind == "new" and o.site.class_name:
                    label = f"`{o.site.class_name}` object"
                if o.id in self.struct_promised:
                    out.append(Diagnostic(o.site.location, "error", "struct-broken",
                                          f"`@struct` promise broken: this {label} becomes a map because {msg} "
                                          f"({where}){more}", related))
                else:
                    out.append(Diagnostic(o.site.location, CODES["shape-deoptimized"].severity.value,
                                          "shape-deoptimized",
                                          f"shape deoptimized: this {label} becomes a map because {msg} ({where}){more}",
                                          related))
            elif rep == "struct":
                tname = self.site_type[o.id]
                st = next(t for t in plan.types if t.name == tname)
                fields = ", ".join(f"{f.name}: {f.type}" for f in st.fields)
                more = " + overflow dictionary (keys added after construction)" if st.overflow else ""
                out.append(Diagnostic(o.site.location, "hint", "struct-site",
                                      f"struct {tname} {{{fields}}}{more}"))
        # widened fields
        seen = set()
        for tname, fname, kinds, site in self.widened:
            if (tname, fname) in seen:
                continue
            seen.add((tname, fname))
            loc = self._first_write(tname, fname, site)
            if loc is None:
                continue
            out.append(Diagnostic(loc, "information", "field-widened",
                                  f"field `{fname}` of {tname} holds {', '.join(kinds)}: it is stored as anyref"))
        out.sort(key=lambda d: (d.location.file, d.location.line, d.location.column, d.code))
        return out

    def _first_write(self, tname: str, fname: str, site: Optional[AObj]) -> Optional[Location]:
        if site is not None:
            cands = [site]
        else:
            if self._sites_by_type is None:
                self._sites_by_type = defaultdict(list)
                for o in self.b.sites:
                    t = self.site_type.get(o.id)
                    if t is not None:
                        self._sites_by_type[t].append(o)
            cands = self._sites_by_type.get(tname, [])
        best = None
        for o in cands:
            loc = o.written.get(fname)
            if loc is not None and (best is None or (loc.file, loc.line, loc.column) < (best.file, best.line, best.column)):
                best = loc
        if best is None and cands:
            return cands[0].site.location
        return best
