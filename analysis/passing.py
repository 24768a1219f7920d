"""Scalar passing: which calls may receive a scalar-replaced object as its fields.

Model
-----
A scalar-replaced object (analysis/locality.py, `scalar_ok`) is its fields,
held in wasm locals of the function that makes it. It may still be handed to
another function when that function only *reads* it: the build then passes the
fields as separate wasm parameters of a copy of the callee specialised for that
argument (codegen/passing.py), and nothing is allocated.

The nodes are the receivers and arguments the constraint builder records as
*passed* (`Builder.passed`: a variable, `this` or an allocation given to a plain
call `f(a)` / `o.m(a)`), and each function's *parameter holders*: for parameter
i, its parameter node and the variable it binds; for a method's `this`, its
`this` node. A use (call, position) is *approved* when

  - the call has exactly one possible target g in the closed world (a function
    declaration called by its name, or a class's or object literal's method
    called by its key on receivers with no accessor of that name), with no
    spread argument and the position within g's parameters;
  - position i of g is *read-only*;

or when the call is a method call `r.m(..., a, ...)` whose possible targets
are several plain methods of the key m (no accessor of that name on the
receivers, no spread argument), each of them read-only at position i, and
every object the receiver may be finds one of them. The build then tests the
receiver's class and calls that method's copy with the fields; a receiver
whose class has no struct (its objects are dictionaries) takes the call by
name with the object made from its fields, which that method only reads
(approved: `Passing.approved`).

Position i of g is read-only when g is an ordinary function (`plain`: made at a
file's top level, or a function declaration or literal method made inside a
function, whose closure the build then passes along; no `arguments`, no rest
or pattern parameters, not an arrow, generator or async), and each of its
parameter holders is

  - never written through (`p.k = v`, `p.k++`), never reassigned, not captured
    by a closure, not used opaquely (compared, returned, stored, spread...);
  - passed on only by approved uses (its flow edges go to the parameters of
    approved uses and nowhere else).

Read-only positions are the greatest fixed point: start with every candidate,
drop a position when one of its uses is not approved, until nothing changes
(a recursive function passing its parameter to itself stays read-only).

While the callee runs, nothing else can see the object (it lives only in the
caller's locals and the callee's parameters, which nobody writes), so the
fields passed at the call are the fields the callee would have read.
"""
from __future__ import annotations

from typing import Any, Optional

from .constraints import Builder, ClassInfo, FileUnit, FunctionInfo
from . import nested_results
from .graph import ELEM, NULL, UNDEF, AObj


def reads_arguments(b: Builder, f: FunctionInfo) -> bool:
    n = b.args_nodes.get(id(f))
    return n is not None and id(n) in b.arguments_read


def dead_argument_fields(b: Builder) -> set[int]:
    """ids of the element fields of the `arguments` objects of the functions that
    never read `arguments`: nothing reads what those hold."""
    out: set[int] = set()
    for f in b.functions:
        if f.args_obj is not None and not reads_arguments(b, f):
            field = f.args_obj.fields.get(ELEM)
            if field is not None:
                out.add(id(field))
    return out


class Passing:
    def __init__(self, b: Builder, dead_args: Optional[set[int]] = None):
        self.b = b
        self.holders: dict[tuple[int, int], list] = {}   # (id(f), position) -> holder nodes
        self.owner_of: dict[int, tuple] = {}             # id(holder node) -> (f, position)
        self.ro: set[tuple[int, int]] = set()
        # the element field of the `arguments` object of every function that never
        # reads `arguments`: holding an object there is holding it nowhere
        self.dead_args: set[int] = dead_argument_fields(b) if dead_args is None else dead_args
        self._param_holders: Optional[list] = None
        self._candidates()
        self._fixed_point()

    # ------------------------------------------------------------ candidates
    def _candidates(self) -> None:
        b = self.b
        for f in b.functions:
            if self.plain(f) and not self.reads_arguments(f) and f.this is not None \
                    and id(f) in b.plain_methods and not _static(f):
                self._add(f, -1, [f.this])
        for f, i, hs in self.param_holders():
            self._add(f, i, hs)

    def param_holders(self) -> list:
        """(function, position, [parameter node, the variable it binds]) of every
        parameter of a function the build can copy, a plain name that is never
        reassigned (only its parameter flows into its variable); computed once,
        shared with analysis/closure_passing.py."""
        if self._param_holders is not None:
            return self._param_holders
        b = self.b
        out = []
        for f in b.functions:
            if not self.plain(f) or self.reads_arguments(f):
                continue
            for i, p in enumerate(f.params):
                vs = list(p.succ.values())
                if len(vs) == 1 and vs[0].role == "var" and vs[0].owner is f:
                    out.append((f, i, [p, vs[0]]))
        preds: dict[int, int] = {}
        watched = {id(hs[1]) for _f, _i, hs in out}
        for n in b.g.all_nodes:
            for m in n.succ.values():
                if id(m) in watched:
                    preds[id(m)] = preds.get(id(m), 0) + 1
        self._param_holders = [(f, i, hs) for f, i, hs in out if preds.get(id(hs[1]), 0) == 1]
        return self._param_holders

    def reads_arguments(self, f: FunctionInfo) -> bool:
        return reads_arguments(self.b, f)

    def _add(self, f: FunctionInfo, pos: int, hs: list) -> None:
        b = self.b
        for h in hs:
            if id(h) in b.opaque or id(h) in b.captures or id(h) in b.written_through:
                return
        key = (id(f), pos)
        self.holders[key] = hs
        self.ro.add(key)
        for h in hs:
            self.owner_of[id(h)] = (f, pos)

    # ------------------------------------------------------------ fixed point
    def _fixed_point(self) -> None:
        prune(self.ro, self.holders, self.holders_ok)

    def holders_ok(self, hs: list, target=None) -> bool:
        """Does every use of the holders go where `target` (self.approved unless
        given: the function or functions a use passes to) approves, and every
        flow edge to the parameters of those uses?"""
        target = target or self.approved
        allowed = {id(h) for h in hs}
        for h in hs:
            for use in self.b.passed.get(id(h), ()):
                gs = target(use)
                if gs is None:
                    return False
                if use[1] >= 0:
                    allowed.update(id(g.params[use[1]]) for g in (gs if isinstance(gs, list) else [gs]))
            for m in h.succ.values():
                if id(m) not in allowed and id(m) not in self.dead_args:
                    return False
        return True

    # ------------------------------------------------------------ uses
    def target(self, use, positions: Optional[set] = None) -> Optional[FunctionInfo]:
        """The function an approved use passes to, or None (position None: the
        one plain function a call reaches, whatever it does with its arguments).
        `positions`: the (function, position) pairs that may receive it (the
        read-only ones unless given: analysis/closure_passing.py has its own)."""
        call, pos, dst = use[:3]
        b = self.b
        targets = b.call_targets.get(id(dst), ())
        if len(targets) != 1:
            return None
        g = next(iter(targets))
        if not isinstance(g, FunctionInfo) or not self.plain(g) or self.reads_arguments(g):
            return None
        ok = self.ro if positions is None else positions
        if pos is not None and ((id(g), pos) not in ok or pos >= len(g.params)):
            return None
        if any(a.type == "SpreadElement" for a in call.arguments):
            return None
        callee = call.callee
        if callee.type == "Identifier":
            if g.ast is None or g.ast.type != "FunctionDeclaration" or g.ast.id is None \
                    or g.ast.id.name != callee.name:
                return None
        elif callee.type == "MemberExpression":
            key = b.plain_methods.get(id(g)) or b.literal_methods.get(id(g))
            recv, called = b.call_recv.get(id(dst), (None, None))
            if key is None or recv is None or key != called or self._accessor_on(recv, key):
                return None
            if not all(v is NULL or v is UNDEF or finds_method(v, key, {id(g)}) for v in recv.pts):
                # a receiver that may find another function, or none (node's TypeError):
                # the copy, which takes `this` as g's class, is not what runs for it
                return None
        else:
            return None
        return g

    def approved(self, use) -> Optional[list]:
        """The functions an approved use passes to: its one target, or, for a method
        call whose possible targets are several (`shape.intersect(ray)` over a few
        classes), all of them when each is read-only at the position and every
        receiver finds one of them (see `_several_methods`); the build tests the
        receiver's class and calls that method's copy (codegen/passing.py,
        dispatch_call). None when the use is not approved."""
        g = self.target(use)
        if g is not None:
            return [g]
        pos = use[1]
        if pos is None or pos < 0:
            return None
        gs = self._several_methods(use)
        if gs is None or any((id(g), pos) not in self.ro or pos >= len(g.params) for g in gs):
            return None
        recv, called = self.b.call_recv[id(use[2])]
        ids = {id(g) for g in gs}
        if not all(v is NULL or v is UNDEF or finds_method(v, called, ids) for v in recv.pts):
            return None
        return gs

    def targets(self, use) -> Optional[list]:
        """The functions a call's copies may be: its one approved target, or, for a
        method call that passes no scalar object (position None), every possible
        target when there are several (`_several_methods`; the build tests the
        receiver's class, and calls by name otherwise)."""
        g = self.target(use)
        if g is not None:
            return [g]
        return self._several_methods(use) if use[1] is None else None

    def _several_methods(self, use) -> Optional[list]:
        """The possible targets of a method call `r.m(...)` when they are several,
        all plain methods of the key m (not static, not reading `arguments`), on
        receivers without an accessor of that name, with no spread argument;
        sorted, or None."""
        call, _, dst = use[:3]
        b = self.b
        if call.callee.type != "MemberExpression":
            return None
        ts = b.call_targets.get(id(dst), ())
        if len(ts) < 2 or any(not isinstance(g, FunctionInfo) for g in ts):
            return None
        recv, called = b.call_recv.get(id(dst), (None, None))
        if recv is None or any(a.type == "SpreadElement" for a in call.arguments):
            return None
        for g in ts:
            if not _plain_function(g) or self.reads_arguments(g) or b.plain_methods.get(id(g)) != called or _static(g):
                return None
        return None if self._accessor_on(recv, called) else sorted(ts, key=_fn_key)

    def _accessor_on(self, recv, key: str) -> bool:
        """Might `recv.key` run a getter (so what is called is not a plain lookup's method)?"""
        return any(isinstance(v, AObj) and (_accessor(v, key) or (id(v), key) in self.b.static_accessors)
                   for v in recv.pts)

    def plain(self, f: FunctionInfo) -> bool:
        """An ordinary function the build can copy: made at a file's top level, or a
        function declaration or object literal method made inside a function (the
        build then passes the closure, read from its variable or from the receiver's
        property, as the copy's environment)."""
        if not _plain_function(f, nested=True):
            return False
        if isinstance(f.parent, FileUnit):
            return True
        return f.ast.type == "FunctionDeclaration" or id(f) in self.b.literal_methods

    def holds_ok(self, n) -> bool:
        """Is n a parameter holder of a read-only position (a place a scalar
        object may reach through an approved use), or the arguments of a function
        that never reads `arguments`?"""
        if id(n) in self.dead_args:
            return True
        fp = self.owner_of.get(id(n))
        return fp is not None and (id(fp[0]), fp[1]) in self.ro

    def scalar_calls(self, holders) -> dict:
        """(call location key) -> (target function key, name) of every approved use
        of the given holders: the calls the build lowers to a specialised copy."""
        out = {}
        for n in holders:
            for use in self.b.passed.get(id(n), ()):
                gs = self.approved(use)
                if gs is None:
                    continue
                # one target by its key; several (a dispatch) as a tuple of keys
                keys = _fn_key(gs[0]) if len(gs) == 1 else tuple(_fn_key(g) for g in gs)
                out[_loc_key(use[3])] = (keys, gs[0].name or "(anonymous)")
        return out

    def uses_ok(self, n) -> bool:
        """Is every recorded receiver/argument use of n approved?"""
        return all(self.approved(u) is not None for u in self.b.passed.get(id(n), ()))


def finds_method(v, key: str, methods: set, absent_ok: bool = False) -> bool:
    """Does the receiver value v find `key` as one of `methods` (ids of
    FunctionInfos), and nothing else: on the class chain of a class instance
    with no own property of that name, or as an own property (an object
    literal's method, a class's static method)? With absent_ok, a class instance
    that finds no `key` at all on its chain also passes (no class of a build's
    class test is among its classes)."""
    def only(n) -> bool:
        return all(isinstance(x, AObj) and x.fn is not None and id(x.fn) in methods for x in n.pts)
    if not isinstance(v, AObj):
        return False
    if v.kind != "new":
        n = v.fields.get(key)
        return n is not None and bool(n.pts) and only(n) and v.kind in ("object", "class")
    if key in v.written or key in v.fields:
        return False
    ci = v.cls
    while isinstance(ci, ClassInfo):
        n = ci.proto.fields.get(key)
        if n is not None and n.pts:
            return only(n)
        if not ci.parents:
            return absent_ok
        if len(ci.parents) != 1:
            return False
        ci = ci.parents[0]
    return False


def prune(positions: set, holders: dict, ok) -> None:
    """The greatest fixed point: drop from `positions` every key whose holders
    (holders[key]) break `ok`, until none does."""
    changed = True
    while changed:
        changed = False
        for key in list(positions):
            if not ok(holders[key]):
                positions.discard(key)
                changed = True


def _static(f: FunctionInfo) -> bool:
    """Is f a static method (its `this` is the class, never a scalar object)?"""
    return any(isinstance(v, AObj) and v.kind == "class" for v in f.this.pts)


def _plain_function(f: FunctionInfo, nested: bool = False) -> bool:
    ast = f.ast
    if ast is None or f.is_arrow or f.is_generator or f.is_async \
            or f.rest is not None or f.forwards_to is not None or not (nested or isinstance(f.parent, FileUnit)):
        return False
    if ast.type not in ("FunctionDeclaration", "FunctionExpression"):
        return False
    return all(p.type == "Identifier" for p in ast.params)


def _accessor(v: AObj, key: str) -> bool:
    """Might `v.key` run an accessor (so the method called is not what a plain lookup finds)?"""
    ci = v.cls if v.kind == "new" else None
    while ci is not None and not isinstance(ci, FunctionInfo):
        if key in ci.accessors:
            return True
        ci = ci.parents[0] if len(ci.parents) == 1 else None
    return False



# ---------------------------------------------------------------------------
# Results by value.
#
# A function g *returns by value* (type T) when every value it returns is a
# fresh object that nothing else keeps: each `return` is an allocation written
# right there (`return new C(...)`, `return {...}`, of a form scalar replacement
# handles, whose constructor lets `this` go nowhere), a call returned as is
# (`return h(...)`) whose targets all return by value, or a variable holding only
# such calls' results and allocations written into it as they are (`let b = {...}`,
# `b = new C(...)`); and no path falls off the end. Functions that return one
# another's results, or that one call may reach, share one T (see `_returning`).
# A greatest fixed point, as above. The build gives such a function a copy
# returning T's fields (wasm multi-value) instead of a reference (codegen/passing.py).
#
# A call to it is a *value call* when its result is used only the way a scalar
# object may be: in place or through a let/const that receives nothing but such
# results (and allocations written into it, each of a plain struct site whose
# fields fit T and that nothing else holds: `let sum = {num: 0, den: 1}`), by
# static field reads and writes and approved passing. The caller then keeps
# the fields in its locals: the object is never allocated. A let/const of such
# allocations alone is kept as fields the same way. A `return h(...)` in a
# function that returns by value is a *returned call*: by value in that
# function's copy only.

class Results:
    def __init__(self, b: Builder, passing: Passing, site_type: dict, field_types: dict, ctor_this_ok, immutable,
                 inline_slots: Optional[dict] = None):
        """site_type: id(AObj) -> its plan struct type (plain struct sites only);
        field_types: struct type -> {field name: is it f64}; ctor_this_ok(AObj) ->
        does the allocation's constructor let `this` go nowhere; immutable(AObj) ->
        is the object never written once its constructor has returned."""
        self.b = b
        self.p = passing
        self.site_type = site_type
        self.field_types = field_types
        self.fields = {t: set(fs) for t, fs in field_types.items()}
        self.ctor_this_ok = ctor_this_ok
        self.immutable = immutable
        # id(dst of a call) -> T when its result goes only into inline fields of T
        # (analysis/inline_fields.py, stored_calls), which store its fields
        self.inline_slots: dict[int, str] = inline_slots or {}
        self.rv: dict[int, str] = {}           # id(FunctionInfo) -> T
        self.returned_sites: list = []         # allocations returned as fields (in reached functions)
        self.returns: dict[int, list] = {}     # id(FunctionInfo) -> the call results it returns as is
        self.families: list[list[int]] = []    # the ids of each family's members (one T each)
        self.nullable: dict[str, str] = {}     # the layout of a family that may return null -> T
        self.returned_vars: dict[int, list] = {}   # id(f) -> ids of the variables it returns (`return v`)
        self._preds()
        self._var_candidates()
        self._returning()
        # nested results (analysis/nested_results.py): decide the layouts, then the
        # calls; a family whose reads do not fit is not nested, and the calls are
        # decided again
        plain_rv = dict(self.rv)
        plain_types = dict(self.field_types)
        banned: set = set()
        while True:
            self.rv = dict(plain_rv)
            self.field_types = dict(plain_types)
            self.fields = {t: set(fs) for t, fs in self.field_types.items()}
            self.nested = nested_results.decide(self, self.families, banned)
            self._value_vars()
            while self._drop_unreturnable():
                self._value_vars()
            self.value_calls: dict = {}        # call location key -> (target key, name, T)
            self.returned_calls: dict = {}
            self.value_holders: list = []      # the nodes holding value call results
            self.holder_type: dict[int, str] = {}   # id(value holder) -> T
            self.rv_only_holders: set[int] = set()  # ids of those kept as fields only in a copy returning them
            self.reached: set[int] = set()     # ids of the functions whose copy returning fields is built
            self._calls()
            bad, self.nested_reads, self.nested_vars = nested_results.check_reads(self, self.nested)
            if not bad:
                break
            banned |= bad
        # the variables of the nested objects, kept as fields in the copies returning them
        for ext, nest in self.nested.items():
            if not any(k in self.reached for k in nest.members):
                continue
            for v in nest.var_nodes:
                loc = v.info[1]
                self.plan_vars[(loc.file, loc.line, loc.column)] = (nest.inner, ext, None)
        for key, inner in self.nested_vars.items():
            self.plan_vars[key] = (inner, False, None)

    def passing_holders(self, extra: list) -> list:
        """Every node that may hold an object the build keeps as fields because of
        results by value (value call results and the `this` of the constructors of
        allocations returned as fields), and the callee parameters they reach through
        approved uses: their calls pass fields (Passing.scalar_calls)."""
        out = list(self.value_holders) + list(extra)
        seen = {id(n) for n in out}
        i = 0
        while i < len(out):
            n = out[i]
            i += 1
            for use in self.b.passed.get(id(n), ()):
                for g in self.p.approved(use) or ():
                    for h in self.p.holders.get((id(g), use[1]), ()):
                        if id(h) not in seen:
                            seen.add(id(h))
                            out.append(h)
        return out

    def _preds(self) -> None:
        self.preds: dict[int, list] = {}
        for n in self.b.g.all_nodes:
            for m in n.succ.values():
                self.preds.setdefault(id(m), []).append(n)

    def _var_candidates(self) -> None:
        """let/const variables that receive only results of calls (which may turn out
        to be value calls) and allocations written right there (`let v = {...}`,
        `v = new C(...)`), and are used only the way a scalar object may be, or
        returned: id(V) -> (V, its calls, returned?, seed, its allocations' nodes)."""
        b = self.b
        self.alloc_of = {id(o.site.ast): o for o in b.sites if o.site is not None and o.site.ast is not None}
        groups: dict[int, list] = {}
        for did, use in b.call_uses.items():
            d = use[2]
            succ = list(d.succ.values())
            if len(succ) == 1 and succ[0].role == "var" and id(d) not in b.opaque_but_null:
                groups.setdefault(id(succ[0]), []).append(d)
        lits: dict[int, list] = {}
        for n, _ in b.var_allocs.values():
            succ = list(n.succ.values())
            if len(succ) == 1 and succ[0].role == "var" and id(n) not in b.opaque:
                lits.setdefault(id(succ[0]), []).append(n)
        self.var_cands: dict[int, tuple] = {}
        for vid in list(groups) + [k for k in lits if k not in groups]:
            ds, ls = groups.get(vid, []), lits.get(vid, [])
            first = (ds or ls)[0]
            v = first.succ[next(iter(first.succ))]
            a = v.owner
            seed = self._param_seed(v, a, {id(x) for x in self.preds.get(vid, [])} - {id(d) for d in ds}
                                    - {id(n) for n in ls})
            if any(d.owner is not a for d in ds + ls) or (id(v) not in b.lexical and seed is None) \
                    or id(v) in b.captures or id(v) in b.file_vars \
                    or id(v) in b.opaque_but_null or not self.p.uses_ok(v) or seed is False:
                continue   # (seed False: it also receives something other than those calls' results)
            returned = False
            ok = True
            for m in v.succ.values():
                if id(m) in self.p.dead_args or self.p.holds_ok(m):
                    continue
                if isinstance(a, FunctionInfo) and m is a.ret:
                    returned = True
                    continue
                ok = False
            if ok and not (returned and seed is not None):
                self.var_cands[vid] = (v, ds, returned, seed, ls)

    def _var_allocs(self, ls: list) -> Optional[list]:
        """The allocations whose nodes are ls, each a plain struct site's object and
        nothing else, or None."""
        out = []
        for n in ls:
            x = self.alloc_of.get(id(self.b.var_allocs[id(n)][1]))
            if x is None or n.pts != {x} or self.site_type.get(x.id) is None:
                return None
            out.append(x)
        return out

    def _param_seed(self, v, a, others: set):
        """What v receives besides the calls' results: None (nothing), the position
        of a's parameter whose variable v is (its object's fields are loaded on
        entry), or False (anything else)."""
        if not others:
            return None
        if len(others) != 1 or not isinstance(a, FunctionInfo) or id(v) in self.b.written_through:
            return False
        for i, p in enumerate(a.params):
            if id(p) in others and len(p.succ) == 1:
                return i
        return False

    def _value_vars(self) -> None:
        """The variables whose calls are all value calls of one type T: id(V) ->
        (V, T, only in the copy of its function returning fields?)."""
        self.value_vars: dict[int, tuple] = {}
        for vid, (v, ds, returned, seed, ls) in self.var_cands.items():
            ts = set()
            for d in ds:
                gs = self._call_targets(d)
                if gs:
                    ts.update(self.rv.get(id(g)) for g in gs)
                else:
                    ts.add(None)
            xs = self._var_allocs(ls)
            if xs is None or len(ts) > 1 or None in ts:
                continue
            # the allocations' fields must fit the calls' layout (or, with no calls,
            # the widest of their types), and each be all its object is
            # (a returned variable of allocations alone takes its function's layout)
            t = ts.pop() if ts else self.rv.get(id(v.owner)) if returned and id(v.owner) in self.rv \
                else self._widest({self.site_type[x.id] for x in xs})
            if t is None or any(self._widest({t, self.site_type[x.id]}) != t or not self._fresh(x, t) for x in xs):
                continue
            if returned and self.rv.get(id(v.owner)) != t:
                continue
            if not self.holder_fits(v, t):
                continue
            if seed is not None and not self._seed_ok(v.owner.params[seed], t):
                continue
            self.value_vars[vid] = (v, t, returned, seed)

    def _seed_ok(self, p, t: str) -> bool:
        """May the variable of parameter p keep, instead of the object p receives,
        a copy of its fields? Yes when every such object is of struct type t and
        immutable once made: nothing but its constructor's `this` writes it, and
        that `this` goes nowhere before the constructor returns (so no copy can be
        taken while it is still being written)."""
        if not p.pts:
            return False
        for x in p.pts:
            if not isinstance(x, AObj) or self.site_type.get(x.id) != t or not self.immutable(x):
                return False
        return True

    def _returning(self) -> None:
        """Which functions return by value, and with which T. Functions that return
        one another's results (`return h(...)`, a variable of such calls) or that one
        call may reach form a *family*, which shares one T: the widest of its
        allocations' types (all with the same keys; a field is f64 only if it is f64
        in every type), so one multi-value layout fits all of them."""
        b = self.b
        cand: dict[int, tuple] = {}   # id(f) -> (f, [call results returned as is])
        self.allocs: dict[int, list] = {}
        for f in b.functions:
            if not self.p.plain(f) or self.p.reads_arguments(f) or f.ret is None:
                continue
            srcs = self.preds.get(id(f.ret), [])
            # (null comes from a `return null` of the family's: every other source is
            # checked below; the family's layout then says whether the object is there)
            if not srcs or any(not isinstance(v, AObj) and v is not NULL for v in f.ret.pts):
                continue   # it may return undefined, a primitive or something from outside
            calls = []
            allocs = []
            ok = True
            for n in srcs:
                if n.owner is not f or id(n) in b.opaque or (len(n.succ) != 1 and id(n) not in self.var_cands):
                    ok = False
                    break
                if n.role == "tmp" and id(n) in b.call_targets and id(n) in self.b.return_calls:
                    calls.append(n)
                    continue
                vc = self.var_cands.get(id(n))
                if vc is not None and vc[2]:
                    # `return v`: v holds only results of calls and allocations
                    xs = self._var_allocs(vc[4])
                    if xs is None:
                        ok = False
                        break
                    calls.extend(vc[1])
                    allocs.extend(xs)
                    self.returned_vars.setdefault(id(f), []).append(id(n))
                    continue
                objs = [v for v in n.pts if isinstance(v, AObj)]
                alloc = self.alloc_of.get(id(self.b.return_allocs.get(id(n))))
                if alloc is None or len(objs) != 1 or objs[0] is not alloc or len(n.pts) != 1 \
                        or self.site_type.get(alloc.id) is None:
                    ok = False
                    break
                allocs.append(alloc)
            if ok and (allocs or calls):
                cand[id(f)] = (f, calls)
                self.allocs[id(f)] = allocs
        # families: union a function with what it returns, and the targets of one call
        parent = {k: k for k in cand}

        def find(k):
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        def union(a, c):
            ra, rc = find(a), find(c)
            if ra != rc:
                parent[ra] = rc
        for k, (f, calls) in cand.items():
            for d in calls:
                for g in self._call_targets(d) or ():
                    if id(g) in cand:
                        union(k, id(g))
        for use in b.call_uses.values():
            gs = self.p.targets(use)
            if gs and len(gs) > 1 and all(id(g) in cand for g in gs):
                for g in gs[1:]:
                    union(id(gs[0]), id(g))
        # drop functions that return a call we cannot take by value, until none is left
        live = set(cand)
        changed = True
        while changed:
            changed = False
            for k in list(live):
                for d in cand[k][1]:
                    gs = self._call_targets(d)
                    if not gs or any(id(g) not in live for g in gs):
                        live.discard(k)
                        changed = True
                        break
        # one T per family, from the allocations of its live members
        family: dict[int, list] = {}
        for k in live:
            family.setdefault(find(k), []).append(k)
        for members in family.values():
            types = {self.site_type[x.id] for k in members for x in self.allocs[k]}
            t = self._widest(types)
            if t is None or not all(self._fresh(x, t) for k in members for x in self.allocs[k]):
                continue
            # the members that may return null (a `return null`, or a call returned as
            # is to such a member) return in a layout that says whether the object is
            # there; the others keep T's (and one of those may return their calls)
            maybe_null = {k for k in members if id(cand[k][0]) in b.return_nulls}
            grew = bool(maybe_null)
            while grew:
                grew = False
                for k in members:
                    if k not in maybe_null and any(id(g) in maybe_null for d in cand[k][1]
                                                   for g in self._call_targets(d) or ()):
                        maybe_null.add(k)
                        grew = True
            tn = nullable_name(t)
            if maybe_null:
                self.nullable[tn] = t
                self.field_types[tn] = {**self.field_types[t], "?": False}
                self.fields[tn] = set(self.field_types[tn])
            for k in members:
                self.rv[k] = tn if k in maybe_null else t
                self.returns[k] = cand[k][1]
            self.families.append(members)
        self._settle()

    def _settle(self) -> None:
        """A member returning a call into a family that lost its T loses it too."""
        stable = False
        while not stable:
            stable = True
            for k in list(self.rv):
                for d in self.returns[k]:
                    gs = self._call_targets(d)
                    if not gs or any(not self.returns_into(self.rv.get(id(g)), self.rv[k]) for g in gs):
                        del self.rv[k]
                        stable = False
                        break

    def _drop_unreturnable(self) -> bool:
        """A function returning a variable it cannot keep as fields (its allocations
        do not fit the function's layout) does not return by value after all; nor
        do the members returning its calls. Did any function lose its layout?"""
        gone = [fid for fid, vids in self.returned_vars.items()
                if fid in self.rv and any(vid not in self.value_vars for vid in vids)]
        for fid in gone:
            del self.rv[fid]
        if gone:
            self._settle()
        return bool(gone)

    def returns_into(self, callee: Optional[str], caller: str) -> bool:
        """May a function returning in layout `caller` return as is a call whose
        target returns in layout `callee`? The same layout, or T's into T's that
        may be null (the object is then there)."""
        return callee is not None and (callee == caller or self.nullable.get(caller) == callee)

    def _widest(self, types: set) -> Optional[str]:
        """The type among `types` (all with the same keys) whose every field is as
        wide as in any of them (anyref where any is not f64), or None."""
        if not types:
            return None
        keys = {frozenset(self.field_types[t]) for t in types}
        if len(keys) != 1:
            return None
        for w in sorted(types):
            if all(not self.field_types[w][k] or all(self.field_types[t][k] for t in types)
                   for k in self.field_types[w]):
                return w
        return None

    def _fresh(self, x: AObj, t: str) -> bool:
        """Is x a fresh object whose fields are all the build keeps of it, read only as fields?"""
        from .locality import _scalar_site_form
        names = self.fields.get(t)
        if names is None or not _scalar_site_form(x) or not (x.loaded <= names and x.written.keys() <= names):
            return False
        return self.ctor_this_ok(x)

    def _call_targets(self, d) -> Optional[list]:
        use = self.b.call_uses.get(id(d))
        return self.p.targets(use) if use is not None else None

    def _calls(self) -> None:
        b = self.b
        returned = []   # (caller, target, key, T, holders): by value only in the caller's copy returning fields
        for did, use in b.call_uses.items():
            gs = self.p.targets(use)
            if not gs or any(id(g) not in self.rv for g in gs) or len({self.rv[id(g)] for g in gs}) != 1:
                continue
            d = use[2]
            t = self.rv[id(gs[0])]
            if (id(d) in b.opaque_but_null and self.inline_slots.get(id(d)) != t) or id(d) in b.captures:
                continue   # (a call stored only into inline fields is opaque for that store alone)
            if not self.holder_fits(d, t) or (t in self.nullable and len(gs) > 1):
                continue
            key = _loc_key(use[3])
            a = d.owner
            succ = list(d.succ.values())
            if isinstance(a, FunctionInfo) and len(succ) == 1 and succ[0] is a.ret and id(a) in self.rv \
                    and d in self.returns.get(id(a), ()):
                returned.append((a, gs, key, t, []))
                continue
            if len(succ) == 1 and id(succ[0]) in self.value_vars:
                v, vt, only_rv, _ = self.value_vars[id(succ[0])]
                if vt != t:
                    continue
                if only_rv:
                    returned.append((a, gs, key, t, [d, v]))
                    continue
                holders = [d, v]
            elif self._value_use(d) or self.inline_slots.get(id(d)) == t:
                holders = [d]
            else:
                continue
            self.value_calls[key] = (tuple(_fn_key(g) for g in gs), gs[0].name or "(anonymous)", t)
            self.value_holders.extend(holders)
            self.holder_type.update((id(n), t) for n in holders)
            self.reached.update(id(g) for g in gs)
        # a function's copy returning fields exists when a value call (or a returned
        # call in such a copy) reaches it: only there are its returned calls lowered
        grew = True
        while grew:
            grew = False
            for a, gs, key, t, holders in returned:
                if id(a) in self.reached and key not in self.returned_calls:
                    self.returned_calls[key] = (tuple(_fn_key(g) for g in gs), gs[0].name or "(anonymous)", t)
                    self.value_holders.extend(holders)
                    self.holder_type.update((id(n), t) for n in holders)
                    self.rv_only_holders.update(id(n) for n in holders)
                    self.reached.update(id(g) for g in gs)
                    grew = True
        self.returned_sites = [x for k in self.reached for x in self.allocs.get(k, ())]
        # the variables the build keeps as fields: always, or in the copy returning fields
        self.plan_vars = {}
        for vid, (v, t, only_rv, seed) in self.value_vars.items():
            if only_rv and id(v.owner) not in self.reached:
                continue
            self.value_holders.append(v)   # (a variable of allocations alone has no call that adds it)
            self.holder_type[id(v)] = t
            if only_rv:
                self.rv_only_holders.add(id(v))
            if v.info is not None:
                loc = v.info[1]
                self.plan_vars[(loc.file, loc.line, loc.column)] = (t, only_rv, seed)

    def _value_use(self, d) -> bool:
        """Is a call's result used only in place, the way a scalar object may be?"""
        b = self.b
        for m in d.succ.values():
            if not (id(m) in self.p.dead_args or self.p.holds_ok(m)):
                return False
        return id(d) not in b.opaque_but_null and id(d) not in b.captures and self.p.uses_ok(d)

    def holder_fits(self, n, t: str) -> bool:
        """May n hold results of type t, as far as null tests go? It may be tested
        against null only when t may be null (a result by value or null), and then
        it is passed nowhere (the copies it would go to take fields, not whether
        the object is there) and written nowhere (node's TypeError for writing to
        null is not given there)."""
        if t in self.nullable:
            return id(n) not in self.b.passed and id(n) not in self.b.written_through
        return id(n) not in self.b.null_tested


def nullable_name(t: str) -> str:
    """The layout of a family of type T that may also return null: T's fields and
    `?`, whether the object is there."""
    return t + "?"


def _loc_key(loc) -> tuple:
    return (loc.file, loc.line, loc.column, loc.end_line, loc.end_column)


def _fn_key(g: FunctionInfo) -> tuple:
    gl = g.file.source.location(g.ast._start, g.ast._start + 1)
    return (gl.file, gl.line, gl.column)


def ctor_this_nodes(containers: dict, x: AObj) -> list:
    """The `this` nodes of the constructors of `new C(...)` that hold x (none for a literal)."""
    if x.kind != "new":
        return []
    ctors = set()
    for c in x.ctor_classes:
        ctor = getattr(c, "ctor", None) if not isinstance(c, FunctionInfo) else c
        if ctor is not None:
            ctors.add(id(ctor))
    return [n for n in containers.get(x.id, ()) if n.role == "this" and id(n.owner) in ctors]


def immutable(b: Builder, passing: Passing, containers: dict, x: AObj) -> bool:
    """Is the object never written once made: nothing is written through but, for
    `new C(...)`, its constructors' `this`, which goes nowhere a copy of the
    fields could be taken before the constructor returns (ctor_this_ok)?"""
    ctor = {id(n) for n in ctor_this_nodes(containers, x)}
    if any(id(n) in b.written_through and id(n) not in ctor for n in containers.get(x.id, ())):
        return False
    return ctor_this_ok(b, passing, containers, x)


def ctor_this_ok(b: Builder, passing: Passing, containers: dict, x: AObj) -> bool:
    """Does the constructor of `new C(...)` let `this` go nowhere but field reads,
    writes and approved passing (so the object is all its fields once made)?"""
    for n in ctor_this_nodes(containers, x):
        if id(n) in b.opaque or id(n) in b.captures or not passing.uses_ok(n):
            return False
        if any(not (id(m) in passing.dead_args or passing.holds_ok(m)) for m in n.succ.values()):
            return False
    return True
