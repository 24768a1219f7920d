"""Locality (escape) analysis: which allocations never outlive the activation
that made them.

Model
-----
An *activation* is a function's invocation (a `FunctionInfo`) or a file's top
level (a `FileUnit`, which lives as long as the program). Every node of the
value-flow graph has an owner: the activation its storage lives in (local
variables, parameters, `this`, results and temporaries of a function), or none
for storage that outlives every activation (implicit globals, the thrown-value
channel). A field node belongs to its object. The call graph (who may call
whom, from the points-to solution) gives each activation A its *nest*: A and
every activation A may call, directly or not. Those run inside A's extent.

An object X allocated by activation A is *bounded* when every node that may
hold X is
  - owned by an activation in nest(A), and is not A's own result;
  - a variable only if no closure that captures it is unbounded;
  - a field of an object T only if T is bounded and allocated inside nest(A).
Boundedness is the greatest fixed point of these rules (start with every
object bounded, drop the ones that break a rule until nothing changes); an
object dropped because it sits in a field of T, or in a variable captured by
closure C, makes the objects in T's fields / C's captures rechecked.

Verdicts: a bounded object is `local` (scope "function", or "module" when A is
a file's top level: that activation lasts the whole program, so such an object
is local unless it leaves the closed world). An object that breaks only by being returned is `caller`
(OxCaml's exclave) when every other node that may hold it lives in A's nest or
in the nests of A's callers, and no caller returns it further. Anything else
is `heap`, with the path of nodes from the allocation to the first place that
outlives A (Go's -m=2 "flow" lines are the model).

Scalar replacement is decided on top: a local struct site all of whose holders
are variables/temporaries of A (or `this` of its class's constructors) that
hold nothing but it, and whose every use is a static property read or write
(no call argument, receiver, comparison, return, capture...), can live in wasm
locals.
"""
from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Optional

from .constraints import Builder, FileUnit, FunctionInfo
from .graph import AObj, Node
from .passing import Passing, dead_argument_fields
from .plan import Location, Reason


@dataclass
class Verdict:
    locality: str                    # local | caller | heap
    scope: str                       # function | module | caller | heap
    steps: list[Reason] = field(default_factory=list)
    scalar: bool = False


def _fname(act) -> str:
    if isinstance(act, FunctionInfo):
        return act.name or "an anonymous function"
    if isinstance(act, FileUnit):
        return f"the top level of {act.display}"
    return "the program"


def _floc(act, fallback: Location) -> Location:
    if isinstance(act, FunctionInfo) and act.ast is not None and getattr(act.ast, "_start", None) is not None:
        return act.file.source.location(act.ast._start, act.ast._start + 1)
    return fallback


class LocalityAnalysis:
    def __init__(self, b: Builder):
        self.b = b
        self.g = b.g
        self.index: dict[int, int] = {}        # id(activation) -> bit
        self.acts: list = []
        self.reach: list[int] = []             # bitset of the nest of each activation
        self.callers: dict[int, set] = defaultdict(set)
        self.containers: dict[int, list[Node]] = defaultdict(list)
        self.bounded: dict[int, bool] = {}
        self.why: dict[int, Node] = {}         # first node that breaks boundedness
        self.obj_by_id: dict[int, AObj] = {}
        self.captured_by: dict[int, list[Node]] = defaultdict(list)   # closure obj id -> variable nodes
        self.caller_why: dict[int, tuple] = {}  # why a returned object is not kept by a caller

    # ------------------------------------------------------------ call graph
    def act_bit(self, act) -> int:
        i = self.index.get(id(act))
        if i is None:
            i = self.index[id(act)] = len(self.acts)
            self.acts.append(act)
        return i

    def nests(self) -> None:
        """reach[i] = bitset of activations reachable from activation i (itself
        included), by Tarjan's SCCs in reverse topological order."""
        edges: dict[int, list[int]] = defaultdict(list)
        for caller, callees in self.b.callees.items():
            if caller is None:
                continue
            ci = self.act_bit(caller)
            for f in callees:
                fi = self.act_bit(f)
                edges[ci].append(fi)
                self.callers[fi].add(ci)
        n = len(self.acts)
        index = [-1] * n
        low = [0] * n
        on = [False] * n
        stack: list[int] = []
        comp = [-1] * n
        comps: list[list[int]] = []
        counter = 0
        for root in range(n):
            if index[root] != -1:
                continue
            work = [(root, 0)]
            index[root] = low[root] = counter
            counter += 1
            stack.append(root)
            on[root] = True
            while work:
                v, i = work[-1]
                succ = edges.get(v, ())
                if i < len(succ):
                    work[-1] = (v, i + 1)
                    w = succ[i]
                    if index[w] == -1:
                        index[w] = low[w] = counter
                        counter += 1
                        stack.append(w)
                        on[w] = True
                        work.append((w, 0))
                    elif on[w]:
                        low[v] = min(low[v], index[w])
                else:
                    work.pop()
                    if work:
                        u = work[-1][0]
                        low[u] = min(low[u], low[v])
                    if low[v] == index[v]:
                        members = []
                        while True:
                            w = stack.pop()
                            on[w] = False
                            comp[w] = len(comps)
                            members.append(w)
                            if w == v:
                                break
                        comps.append(members)
        # comps come out in reverse topological order: callees before callers
        creach = [0] * len(comps)
        for c, members in enumerate(comps):
            bits = 0
            for m in members:
                bits |= 1 << m
            for m in members:
                for w in edges.get(m, ()):
                    if comp[w] != c:
                        bits |= creach[comp[w]]
            creach[c] = bits
        self.reach = [creach[comp[i]] for i in range(n)]
        self.recursive = {i for c, members in enumerate(comps) for i in members
                          if len(members) > 1 or i in edges.get(i, ())}

    def same_recursion(self, a, o) -> bool:
        """Do a and o lie on one call cycle (so an o-activation may enclose this a-activation)?"""
        ai = self.index.get(id(a))
        oi = self.index.get(id(o))
        if ai is None or oi is None:
            return False
        if ai == oi:
            return ai in self.recursive
        return bool(self.reach[ai] >> oi & 1) and bool(self.reach[oi] >> ai & 1)

    def in_nest(self, a, o) -> bool:
        if o is a:
            return True
        ai = self.index.get(id(a))
        oi = self.index.get(id(o))
        if ai is None or oi is None:
            return False
        return bool(self.reach[ai] >> oi & 1)

    def global_fields_of(self, t: AObj) -> set:
        ci = t.cls if t.kind == "new" else None
        out: set = set()
        while ci is not None and not isinstance(ci, FunctionInfo):
            out |= ci.global_fields
            ci = ci.parents[0] if len(ci.parents) == 1 else None
        return out

    # ------------------------------------------------------------ fixed point
    def node_ok(self, n: Node, a, x: AObj) -> bool:
        role = n.role
        if id(n) in self.dead_args:
            return True   # the arguments of a function that never reads `arguments`
        if role == "field":
            t = n.obj
            if n.label in self.global_fields_of(t):
                return False
            if t.owner is None or not self.in_nest(a, t.owner) or self.same_recursion(a, t.owner):
                # an object of a recursive function may come from an outer activation
                return False
            return t is x or self.bounded.get(t.id, False)
        o = n.owner
        if o is None:
            return False
        if role == "ret" and o is a:
            return False
        if not self.in_nest(a, o):
            return False
        if isinstance(a, FunctionInfo):
            for c in self.b.captures.get(id(n), ()):
                if not self.bounded.get(c.id, False) or c.owner is None or not self.in_nest(a, c.owner):
                    return False
        return True

    def run(self) -> None:
        b = self.b
        self.dead_args = dead_argument_fields(b)
        for act in b.functions:
            self.act_bit(act)
        self.nests()
        node_by_id = {}
        for n in self.g.all_nodes:
            for v in n.pts:
                if isinstance(v, AObj) and v.owner is not None:
                    self.containers[v.id].append(n)
            if id(n) in b.captures:
                node_by_id[id(n)] = n
        for nid, closures in b.captures.items():
            for c in closures:
                self.captured_by[c.id].append(node_by_id[nid])
        objs = [o for o in self.g.objects if o.owner is not None]
        for o in objs:
            self.obj_by_id[o.id] = o
            self.bounded[o.id] = o.escaped is None
        work = deque(o for o in objs if self.bounded[o.id])
        queued = {o.id for o in work}
        for o in objs:
            if not self.bounded[o.id]:
                self._dependents(o, work, queued)
        while work:
            x = work.popleft()
            queued.discard(x.id)
            if not self.bounded[x.id]:
                continue
            a = x.owner
            if isinstance(a, FileUnit):
                continue   # a file's top level lasts the whole program: only leaving the closed world ends that
            for n in self.containers.get(x.id, ()):
                if not self.node_ok(n, a, x):
                    self.bounded[x.id] = False
                    self.why[x.id] = n
                    self._dependents(x, work, queued)
                    break

    def _dependents(self, t: AObj, work, queued) -> None:
        """Objects whose verdict may depend on t being bounded."""
        for fnode in t.fields.values():
            for v in fnode.pts:
                if isinstance(v, AObj) and v.owner is not None and v.id not in queued and self.bounded.get(v.id):
                    work.append(v)
                    queued.add(v.id)
        for var in self.captured_by.get(t.id, ()):
            for v in var.pts:
                if isinstance(v, AObj) and v.owner is not None and v.id not in queued and self.bounded.get(v.id):
                    work.append(v)
                    queued.add(v.id)

    # ------------------------------------------------------------ verdicts
    def caller_ok(self, x: AObj) -> bool:
        a = x.owner
        if not isinstance(a, FunctionInfo) or x.escaped is not None:
            return False
        ai = self.index.get(id(a))
        if ai is None or ai in self.recursive:
            return False
        callers = [self.acts[c] for c in self.callers.get(ai, ())]
        if not callers:
            return False
        for n in self.containers.get(x.id, ()):
            if n.role == "ret" and n.owner is a:
                continue
            if self.node_ok(n, a, x):
                continue
            # we cannot tell which call a holder belongs to: it must be fine for every caller
            for c in callers:
                if not self.node_ok(n, c, x):
                    self.caller_why[x.id] = (n, c)
                    return False
        return True

    def scalar_ok(self, x: AObj, ctor_acts: set) -> bool:
        """Can the build keep x's fields in wasm locals of its allocating function?
        Every holder is a temporary or a let/const of that function holding x and
        nothing else (at most one such variable, not captured), or the `this` of
        its constructor, which the build specialises to take and return the fields;
        every use is `o.k` with a key known at compile time (see Builder.expr)."""
        a = x.owner
        b = self.b
        if not _scalar_site_form(x):
            return False
        var_holders = 0
        passing = self.passing
        for n in self.containers.get(x.id, ()):
            if id(n) in b.opaque:
                return False
            if n.role == "this" and id(n.owner) in ctor_acts:
                if id(n) in b.captures or not passing.uses_ok(n):
                    return False   # an arrow function made by the constructor reads `this` later
                continue   # its `this` is shared by all instances: only x's fields are looked at
            if passing.holds_ok(n) or id(n) in b.pass_tmps:
                continue   # a read-only parameter of a callee, reached by approved calls (analysis/passing.py)
            if n.pts != {x}:
                return False   # it may hold something else (another object, undefined...)
            if n.owner is not a or n.role not in ("var", "tmp"):
                return False
            if not passing.uses_ok(n):
                return False   # passed to a call that may not take it as its fields
            if n.role == "var":
                var_holders += 1
                if var_holders > 1 or id(n) in b.captures or id(n) not in b.lexical:
                    return False
        return True

    def verdict(self, x: AObj) -> Verdict:
        if self.bounded.get(x.id, False):
            scope = "module" if isinstance(x.owner, FileUnit) else "function"
            return Verdict("local", scope)
        if x.owner is None:
            return Verdict("heap", "heap")
        steps = self.explain(x)
        a = x.owner
        returned = any(n.role == "ret" and n.owner is a for n in self.containers.get(x.id, ()))
        if returned and self.caller_ok(x):
            return Verdict("caller", "caller", [self._return_step(x)])
        why = self.caller_why.get(x.id)
        if returned and why is not None:
            n, c = why
            site_loc = x.site.location if x.site else Location("?", 1, 1, 1, 1)
            r = self._describe(n, x, site_loc, final=True)
            if r is not None:
                loc = r.location
                for p in self.containers.get(x.id, ()):   # where the flow into that holder happens
                    at = self.b.edge_loc.get((id(p), id(n)))
                    if at is not None:
                        loc = at
                        break
                msg = f"in `{_fname(c)}`, which calls `{_fname(a)}`: {r.message}"
                msg = msg.replace(f"which runs outside {_fname(a)}", f"which runs outside {_fname(c)}")
                steps = [self._return_step(x), Reason(r.code, msg, loc)]
        return Verdict("heap", "heap", steps)

    def _return_step(self, x: AObj) -> Reason:
        """"returned from f", at the `return` that hands x to the caller."""
        a = x.owner
        holders = self.containers[x.id]
        ret = next(n for n in holders if n.role == "ret" and n.owner is a)
        step = self._describe(ret, x, x.site.location if x.site else Location("?", 1, 1, 1, 1), final=True)
        for p in holders:
            at = self.b.edge_loc.get((id(p), id(ret)))
            if at is not None:
                return Reason(step.code, step.message, at)
        return step

    # ------------------------------------------------------------ explanations
    def explain(self, x: AObj, depth: int = 0, fallback: Optional[Location] = None) -> list[Reason]:
        site_loc = x.site.location if x.site is not None else fallback
        if site_loc is None:
            site_loc = Location("?", 1, 1, 1, 1)
        if x.escaped is not None:
            loc, msg = x.escaped
            return [Reason("outside", msg, loc)]
        bad = self.why.get(x.id)
        if bad is None:
            return [Reason("outside", "outlives its activation", site_loc)]
        path = self._path(x, bad)
        steps = []
        prev = None
        for n in path:
            r = self._describe(n, x, site_loc, final=n is bad)
            if r is not None:
                at = self.b.edge_loc.get((id(prev), id(n))) if prev is not None else None
                if at is not None:
                    r = Reason(r.code, r.message, at)
                if prev is not None and prev.role == "param" and n.role == "var" and n is not bad:
                    r = None   # the parameter's own binding: already said
            if r is not None and (not steps or steps[-1].message != r.message):
                steps.append(r)
            prev = n
        if bad.role == "field" and depth < 4 and not self.bounded.get(bad.obj.id, False):
            steps.extend(self.explain(bad.obj, depth + 1, site_loc))
        return steps[:10]

    def _path(self, x: AObj, target: Node) -> list[Node]:
        holders = self.containers.get(x.id, [])
        members = {id(n): n for n in holders}
        preds: dict[int, list[Node]] = defaultdict(list)
        for n in holders:
            for s in n.succ.values():
                if id(s) in members:
                    preds[id(s)].append(n)
        # walk back from the target to a node nothing inside the set flows into
        path = [target]
        seen = {id(target)}
        cur = target
        while True:
            nxt = None
            for p in preds.get(id(cur), ()):
                if id(p) not in seen:
                    nxt = p
                    break
            if nxt is None:
                break
            path.append(nxt)
            seen.add(id(nxt))
            cur = nxt
        path.reverse()
        return path

    def _describe(self, n: Node, x: AObj, site_loc: Location, final: bool) -> Optional[Reason]:
        a = x.owner
        role = n.role
        info = n.info
        if role == "var" and info is not None:
            name, loc = info
            if final:
                if isinstance(n.owner, FileUnit) and not isinstance(a, FileUnit):
                    return Reason("module-variable", f"assigned to module variable `{name}`", loc)
                if id(n) in self.b.captures:
                    return Reason("captured", f"held in `{name}`, which a closure that outlives "
                                              f"{_fname(a)} captures", loc)
                return Reason("variable", f"assigned to `{name}`, a variable of {_fname(n.owner)}, "
                                          f"which may outlive {_fname(a)}", loc)
            return Reason("flow", f"flows to `{name}`", loc)
        if role == "param" and info is not None:
            pname, loc = info
            fn = _fname(n.owner)
            if final:
                return Reason("parameter", f"reaches parameter `{pname}` of `{fn}`, which runs outside "
                                           f"{_fname(a)}", loc)
            return Reason("flow", f"passed to `{fn}` as `{pname}`", loc)
        if role == "this":
            if final:
                return Reason("parameter", f"reaches `this` of `{_fname(n.owner)}`, which runs outside "
                                           f"{_fname(a)}", _floc(n.owner, site_loc))
            return Reason("flow", f"used as `this` of `{_fname(n.owner)}`", _floc(n.owner, site_loc))
        if role == "ret":
            return Reason("returned", f"returned from `{_fname(n.owner)}`", _floc(n.owner, site_loc))
        if role == "global":
            name = info[0] if info else n.label
            return Reason("global-variable", f"assigned to the global variable `{name}`", site_loc)
        if role == "thrown":
            return Reason("thrown", "thrown as an exception", site_loc)
        if role == "field":
            t = n.obj
            prop = n.label
            what = "an element" if prop == "[]" else f"field `{prop}`"
            if prop in self.global_fields_of(t):
                return Reason("global-field", f"stored into `{prop}`, a `@global` field", loc_of_field(t, prop, site_loc))
            where = (f"the {t.site.kind if t.site.kind != 'new' else (t.site.class_name or 'object')} "
                     f"from line {t.site.location.line}") if t.site is not None else \
                f"an object made by {t.name or 'a builtin'}"
            loc = t.site.location if t.site is not None else site_loc
            if not final:
                return Reason("flow", f"stored into {what} of {where}", loc)
            return Reason("field", f"stored into {what} of {where}, which is not local", loc)
        return None


    # ------------------------------------------------------------ parameters
    def outlives(self, f: FunctionInfo, m: Node) -> Optional[str]:
        """Why storage m outlives an activation of f (None if it does not)."""
        role = m.role
        if role == "field":
            t = m.obj
            if m.label in self.global_fields_of(t):
                return f"it is stored into `{m.label}`, a `@global` field"
            if t.owner is None or not self.bounded.get(t.id, False) or not self.in_nest(f, t.owner):
                prop = "an element" if m.label == "[]" else f"field `{m.label}`"
                return f"it is stored into {prop} of an object that is not local"
            return None
        if m.owner is None:
            return "it reaches a global" if role != "thrown" else "it is thrown"
        if role == "ret" and m.owner is f:
            return f"it is returned from `{f.name or 'the function'}`"
        if not self.in_nest(f, m.owner):
            what = m.info[0] if m.info else m.label
            return f"it is assigned to `{what}`, which outlives the call"
        for c in self.b.captures.get(id(m), ()):
            if not self.bounded.get(c.id, False):
                return f"it is held in `{m.info[0] if m.info else m.label}`, captured by a closure that escapes"
        return None

    def first_escape(self, f: FunctionInfo, start: Node, stop_at_result: bool = False):
        """Follow the flow out of a parameter: (location, reason, leaks_to_result)
        of the first place that outlives f, or (None, None, leaks_to_result)."""
        seen = {id(start)}
        queue = deque([start])
        to_result = False
        while queue:
            n = queue.popleft()
            for m in n.succ.values():
                if id(m) in seen:
                    continue
                seen.add(id(m))
                if stop_at_result and m.role == "ret" and m.owner is f:
                    to_result = True
                    continue
                reason = self.outlives(f, m)
                if reason is not None:
                    return self.b.edge_loc.get((id(n), id(m))), reason, to_result
                queue.append(m)
        return None, None, to_result

    def summaries(self) -> list:
        """Every function's parameters (and `this`): none | result | heap."""
        out = []
        for f in self.b.functions:
            if f.ast is None or f.obj.site is None and f.obj.kind != "function":
                continue
            params = []
            for pn in f.params:
                params.append((pn.info[0] if pn.info else "?", self.summary_of(f, pn)))
            this = self.summary_of(f, f.this) if not f.is_arrow and f.this is not None else None
            out.append((f, params, this))
        return out

    def summary_of(self, f: FunctionInfo, start: Node) -> str:
        from .graph import EXTERNAL
        if not any(isinstance(v, AObj) or v is EXTERNAL for v in start.pts):
            return "none"   # it only ever receives primitives, which are copied
        _, reason, to_result = self.first_escape(f, start, stop_at_result=True)
        if reason is not None:
            return "heap"
        return "result" if to_result else "none"


def _scalar_site_form(x: AObj) -> bool:
    """The allocations scalar replacement handles: an object literal with plain
    keys and values (no spread, computed key, accessor or method), or `new C(...)`
    without spread arguments of one class C of the program that has no
    superclass (its constructor is specialised; a `super(...)` call is not)."""
    ast = x.site.ast if x.site is not None else None
    if ast is None:
        return False
    if any(isinstance(k, str) and k.startswith("#") for k in (*x.loaded, *x.written)):
        return False   # private members: the build refuses them where they are declared
    if x.kind == "object":
        for p in getattr(ast, "properties", None) or ():
            if p.type != "Property" or p.kind != "init" or p.method:
                return False
            if p.computed and not (p.key.type == "Literal" and isinstance(p.key.value, str)):
                return False
        return True
    if x.kind == "new":
        if any(arg.type == "SpreadElement" for arg in ast.arguments) or not getattr(x, "class_decl", False):
            return False   # spread arguments, or not a class declaration by its own name
        if len(x.ctor_classes) != 1 or isinstance(x.ctor_classes[0], FunctionInfo):
            return False
        ci = x.ctor_classes[0]
        return ci.parent_node is None and not ci.extends_external and getattr(ci.ast, "type", None) == "ClassDeclaration"
    return False


def loc_of_field(t: AObj, prop: str, fallback: Location) -> Location:
    return t.written.get(prop) or (t.site.location if t.site is not None else fallback)


def analyze_locality(b: Builder) -> tuple[dict[int, Verdict], LocalityAnalysis]:
    la = LocalityAnalysis(b)
    la.run()
    la.passing = Passing(b, la.dead_args)
    out: dict[int, Verdict] = {}
    for o in b.sites:
        v = la.verdict(o)
        if v.locality == "local" and o.kind in ("object", "new") and not o.deopts:
            ctor_acts = set()
            for c in o.ctor_classes:
                cur = c
                while cur is not None:
                    ctor = getattr(cur, "ctor", None) if not isinstance(cur, FunctionInfo) else cur
                    if ctor is not None:
                        ctor_acts.add(id(ctor))
                    parents = getattr(cur, "parents", [])
                    cur = parents[0] if len(parents) == 1 else None
            v.scalar = la.scalar_ok(o, ctor_acts)
        out[o.id] = v
    return out, la
