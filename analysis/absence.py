"""Reads that may find no property: undefined in the value-flow graph.

Model
-----
The value-flow graph (graph.py) records the values a property is given, not
whether it is there when read: `o.p` gets an edge from each receiver's field
node, so a read of a property that some receiver lacks would hold only the
values written, and everything downstream of it (a return, a parameter, a
variable, a field, an unboxed function entry) would be typed as if the read
always found one. At run time it gives `undefined`.

This pass makes the graph say so. After the fixed point, for every static read
`o.p` (Builder.static_loads) it asks, for each object that may reach `o`,
whether `p` is surely found on it; if not, it adds UNDEF to the read's node and
solves again, so undefined flows wherever the read's values flow. A property is
surely found on an object when one object of its prototype chain surely has it:

- an instance (`{...}`, `new C`) has the properties it sets during construction:
  a literal's own keys, and keys a spread surely copies; a class instance's
  leading `this.p = ...` and field declarations, parents first (the same
  `initialized` fields the plan reports, shapes.ShapeBuilder.class_of_site_init);
  a property the constructor sets at its top level with no `return` before it
  (after a method call, say) for reads that cannot run during a construction:
  not in a function the constructors may call, or `this.p` in the constructor
  after that statement (assumed: a constructor that throws first has not
  handed `this` to code that catches the error and reads it);
  and none that a `delete` may remove;
- a class has its `prototype`, its static methods and getters, and its static
  fields, except for reads that may run while the static fields are being set:
  inside a static initializer (which sees the fields declared before it), or in
  a function one may call (those its calls bind, the functions and
  constructors it handles as values, the implicit methods of the objects it
  handles, then their callees);
- a class's prototype has `constructor` and the methods of the class body; an
  accessor with a getter is found, one with only a setter reads undefined;
- a function has `prototype`; a module object has `exports`; a builtin (or a
  builtin's prototype) has the properties its model gives it;
- anything else (properties added after construction, a function's or
  exports object's own properties, objects made by builtin models) may be
  missing.

Element reads (`a[i]`, arrays past the end, computed keys) already add
undefined when they are made (constraints.Builder.obj_load_into, dyn_load).

A literal that spreads another object first loses the spread keys that the
source may lack from its construction-time keys (a spread copies only the
properties there at the time), so the plan does not claim them initialized.

Adding undefined changes no object's representation (deopts and escapes come
from objects reaching operations, never from undefined), so the shapes, and
with them the initialized fields, stay as they were: there is no struct
decision to revisit. The loop repeats only while solving again makes new
values reach a read (a builtin model answering undefined with an object) or
prunes more spread keys; both only grow or shrink, so it ends.
"""
from __future__ import annotations

from .constraints import DYN, ClassInfo, FunctionInfo, is_index
from .graph import ELEM, UNDEF, AObj
from .parse import children
from .shapes import ShapeBuilder


# methods the language or a builtin calls without a call in the source
_IMPLICIT = ("valueOf", "toString", "toJSON", "@@toPrimitive", "@@iterator", "next", "return", "then")


class _Facts:
    """What is surely there, computed once per pass."""

    def __init__(self, builder) -> None:
        self.b = builder
        self.shapes = ShapeBuilder(builder)     # only its construction-time field lists
        self.init: dict[int, frozenset] = {}
        self.static_nodes: dict[int, tuple] = {}   # id(node) -> (ClassInfo, static fields set before)
        self.static_reach: set[int] = set()     # ids of FunctionInfos that may run during static init
        self.late: dict[int, tuple] = {}        # class id -> (keys set later in construction, reach)
        self._static_init_reach()

    def _static_init_reach(self) -> None:
        """The functions that may run while static initializers run: those a call
        in an initializer binds (a call, `new`, a getter or setter: the call's
        `this`, result or an argument is a node of the initializer), functions and
        constructors the initializers handle as values (a callback handed to a
        builtin), the methods a builtin may call implicitly on objects they
        handle; then everything those may call."""
        b = self.b
        nodes = b.g.all_nodes
        first_hop: list = []
        for first, end, ci, before in b.static_init_nodes:
            for n in nodes[first:end]:
                self.static_nodes[id(n)] = (ci, before)
        if not self.static_nodes:
            return
        for f, ids in b.binds:
            if any(i in self.static_nodes for i in ids):
                first_hop.append(f)
        seen: set[int] = set()
        for first, end, _, _ in b.static_init_nodes:
            for n in nodes[first:end]:
                for v in n.pts:
                    if not isinstance(v, AObj) or v.id in seen:
                        continue
                    seen.add(v.id)
                    if v.fn is not None:
                        first_hop.append(v.fn)
                    if v.cls is not None and v.kind == "class" and v.cls.ctor is not None:
                        first_hop.append(v.cls.ctor)
                    for h in b.chain([v]):
                        for name in _IMPLICIT:
                            fn = h.fields.get(name)
                            if fn is not None:
                                first_hop.extend(x.fn for x in fn.pts if isinstance(x, AObj) and x.fn is not None)
        self.static_reach = self._reach(first_hop)

    def _reach(self, fns: list) -> set[int]:
        """ids of fns and every function they may call, transitively."""
        out: set[int] = set()
        while fns:
            f = fns.pop()
            if id(f) in out:
                continue
            out.add(id(f))
            fns.extend(self.b.callees.get(f, ()))
        return out

    def own_init(self, o: AObj) -> frozenset:
        keys = self.init.get(o.id)
        if keys is None:
            if o.kind == "new":
                keys = frozenset(self.shapes.class_of_site_init(o))
            else:
                keys = frozenset(o.init_props)
            self.init[o.id] = keys
        return keys

    def surely_own(self, o: AObj, key: str, dst, read=None) -> bool:
        """Does o itself surely have the property `key` when `dst` reads it?"""
        if o.builtin is not None:
            return key in o.fields
        if o.is_array:   # an unchanged array literal has its elements (no holes)
            return key == "length" or (o.tuple is not None and not o.changed and is_index(key)
                                       and int(key) < len(o.tuple))
        gone = self.b.deleted.get(o.id)
        if gone and (key in gone or DYN in gone):
            return False
        if key in self.own_init(o):
            return True
        if dst is None:
            return False
        if o.kind == "new":
            late = self.late_keys(o)
            if late is not None and key in late[0]:
                # set by every construction, after code that could read it: a read is safe
                # unless it may run during a construction, or is `this.p` in the
                # constructor after the statement that sets it
                if id(dst.owner) not in late[1]:
                    return True
                return read is not None and any(
                    dst.owner is f and read[0] is f.this and (read[1].file, read[1].line, read[1].column) >= after
                    for f, after in late[0][key])
        if o.kind == "class" and o.cls is not None and key in o.cls.static_fields:
            # set by the static initializers, in order: a read they may run could come first
            inside = self.static_nodes.get(id(dst))
            if inside is not None:   # in an initializer: fields of its class declared before it are set
                return inside[0] is o.cls and key in inside[1]
            return id(dst.owner) not in self.static_reach
        if o.kind == "module":
            return key == "exports"
        return False

    def late_keys(self, o: AObj):
        """(keys every construction of o sets, ids of the functions that may run
        during a construction), or None when o's class is not known."""
        c = self.shapes.site_class(o)
        if c is None:
            return None
        got = self.late.get(id(c))
        if got is None:
            keys: dict = {}
            ctors: list = []
            cur = c
            while cur is not None:
                f = cur.ctor if isinstance(cur, ClassInfo) else cur
                if f is not None:
                    ctors.append(f)
                    if f.ast is not None and (not isinstance(cur, ClassInfo) or f.ast is not cur.ast):
                        for k, end in _always_set(f.ast.body, self.b.member_key_scoped(f)):
                            at = f.file.source.location(end, end)
                            after = (at.file, at.line, at.column)
                            keys.setdefault(k, []).append((f, after))
                cur = self.shapes.class_parent(cur) if isinstance(cur, ClassInfo) else None
            got = self.late[id(c)] = (keys, self._reach(ctors))
        return got

    def surely_found(self, o: AObj, key: str, dst, read=None) -> bool:
        for h in self.b.chain([o]):
            acc = self.b.accessor(h, key)
            if acc is not None:
                return acc[0] is not None
            if self.surely_own(h, key, dst, read):
                return True
        return False


def _always_set(body, member_key) -> list[tuple[str, int]]:
    """Properties a constructor body sets on every normal completion, with the
    offset where the statement that sets them ends: `this.p = e` statements at
    its top level with no `return` before them (a throw ends the construction:
    the object is never made)."""
    out: list[tuple[str, int]] = []
    if body is None or body.type != "BlockStatement":
        return out
    for s in body.body:
        if s.type == "ExpressionStatement":
            e = s.expression
            if e.type == "AssignmentExpression" and e.operator == "=" and e.left.type == "MemberExpression" \
                    and e.left.object.type == "ThisExpression":
                k = member_key(e.left)
                if k is not None:
                    out.append((k, s._end))
        if _may_return(s):
            break
    return out


def _may_return(node) -> bool:
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type in ("FunctionExpression", "FunctionDeclaration", "ArrowFunctionExpression",
                      "ClassExpression", "ClassDeclaration"):
            continue
        if n.type == "ReturnStatement":
            return True
        stack.extend(children(n))
    return False


def _prune_spreads(builder, facts: _Facts) -> None:
    """A key a spread copied is set during construction only if one spread
    source surely has it as an own property (a spread copies own properties
    present at that time; `...undefined` copies nothing)."""
    changed = True
    while changed:
        changed = False
        for o in builder.sites:
            entry = builder.spreads.get(o.id)
            if entry is None:
                continue
            own, srcs = entry
            keep = []
            for k in o.init_props:
                if k in own or any(n.pts and all(isinstance(v, AObj) and not v.is_array
                                                 and facts.surely_own(v, k, None) for v in n.pts)
                                   for n in srcs):
                    keep.append(k)
            if len(keep) != len(o.init_props):
                o.init_props[:] = keep
                facts.init.pop(o.id, None)
                changed = True


def add_absent_reads(builder, graph) -> int:
    """Give UNDEF to every static read that may find nothing and solve again,
    until no read changes. Returns how many reads got it. May raise
    graph.BudgetExceeded, like any solve."""
    added = 0
    while True:
        facts = _Facts(builder)
        _prune_spreads(builder, facts)
        new = 0
        for objn, key, dst, loc in builder.static_loads:
            if UNDEF in dst.pts or key == ELEM:
                continue
            if any(isinstance(v, AObj) and not facts.surely_found(v, key, dst, (objn, loc)) for v in objn.pts):
                graph.add1(dst, UNDEF)
                new += 1
        if not new:
            return added
        added += new
        graph.solve()
