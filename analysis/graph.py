"""The value-flow graph and its fixed point (an inclusion-based points-to analysis).

Model
-----
Values are abstract: an `AObj` stands for every object one allocation site
(or one builtin, prototype, module...) creates at run time; the strings in
`PRIMS` stand for primitive types; `EXTERNAL` stands for every value made by
code outside the closed world.

Nodes are sets of values: one per variable binding, per expression that needs
one, per function parameter / `this` / result, and per field of an abstract
object (`AObj.field(name)`, with `ELEM` for array elements).

Edges `a -> b` say pts(a) ⊆ pts(b). Constraints that depend on values
(property loads and stores, calls, `new`) are *watchers*: callbacks run with
every value newly added to a node; they add edges and values as they learn
what flows where (a load `x = o.p` adds, for each object reaching `o`, the edge
`field(obj, p) -> x`).

The fixed point is the least solution of these inclusions: the solver
propagates only deltas (values a node gained since it last propagated) along
edges and to watchers until no node gains anything. Every set only grows and
the universe of values is finite, so this terminates. The analysis is
flow-insensitive and context-insensitive: a variable's node holds everything
it may hold at any time, in any call.

Escape to the outside world is a watcher too: anything reaching an outside
sink is marked escaped, and so, transitively, is everything reachable from it
through fields; escaped functions get `EXTERNAL` arguments (the host may call
them) and their results escape.
"""
from __future__ import annotations

from collections import deque
from typing import Callable, Iterable, Optional

from .plan import Location

class _Prim(int):
    """A primitive type tag. It hashes by its number, in C (a str's hash changes
    per process, an object's with its address), so sets of values iterate in the
    same order on every run and the plan, escape paths included, is
    deterministic. It prints as its name."""
    __slots__ = ()
    _names: dict[int, str] = {}

    def __new__(cls, number: int, name: str) -> "_Prim":
        p = super().__new__(cls, number)
        cls._names[number] = name
        return p

    def __str__(self) -> str:
        return self._names[int(self)]

    __repr__ = __str__

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


NUM = _Prim(-2, "num")
STR = _Prim(-3, "str")
BOOL = _Prim(-4, "bool")
NULL = _Prim(-5, "null")
UNDEF = _Prim(-6, "undef")
BIGINT = _Prim(-7, "bigint")
SYMBOL = _Prim(-8, "symbol")
PRIMS = frozenset({NUM, STR, BOOL, NULL, UNDEF, BIGINT, SYMBOL})

ELEM = "[]"       # the field that stands for every array element / collection entry
KEY = "[key]"     # Map keys


class Node:
    __slots__ = ("pts", "succ", "watchers", "pending", "label", "owner", "role", "obj", "info")

    def __init__(self, label: str = "", owner=None):
        self.pts: set = set()
        self.succ: dict[int, Node] = {}        # id -> successor (ordered, O(1) membership)
        self.watchers: list[tuple] = []        # (callback, owner it was registered under)
        self.pending: Optional[set] = None
        self.label = label
        self.owner = owner      # the activation the node lives in: FunctionInfo, FileUnit (top level) or None (global)
        self.role = "tmp"       # tmp | var | param | this | ret | field | global | thrown
        self.obj: Optional["AObj"] = None      # for field nodes: the object the field belongs to
        self.info = None        # for messages: (name, Location) of a variable or parameter

    def __repr__(self) -> str:
        return f"<Node {self.label} {len(self.pts)}>"


class AObj(int):
    """An abstract object: what one allocation site (or builtin) creates. It is
    its index as an int, so it hashes by index, in C: sets of values iterate in
    the same order on every run (an address-based hash would not)."""
    # no __slots__: an int subtype cannot have them (there are only thousands of these)

    def __new__(cls, oid: int, kind: str, name: str = ""):
        return super().__new__(cls, oid)

    def __bool__(self) -> bool:
        return True          # object 0 is an object, not a false number

    def __init__(self, oid: int, kind: str, name: str = ""):
        self.id = oid
        self.kind = kind          # object|new|array|function|class|proto|module|exports|builtin|hidden
        self.name = name
        self.fields: dict[str, Node] = {}
        self.protos: list[AObj] = []
        self.load_subs: dict[str, dict[int, Node]] = {}   # prop -> loads of it (id(dst) -> dst), connected
                                                          # when the field appears, replayed on new prototypes
        self.written: dict[str, Location] = {}   # own properties written, first write location
        self.write_locs: dict[str, list] = {}    # own properties written, every write location
        self.loaded: set[str] = set()            # keys read from it with `o.k` (static reads)
        self.fn = None            # FunctionInfo for callable objects
        self.cls = None           # ClassInfo for class values and their instances' class
        self.site = None          # SiteInfo when this is a plan allocation site
        self.escaped: Optional[tuple] = None      # (Location, message) of the first escape
        self.deopts: list = []    # [(code, message, Location)]
        self.deopt_watchers: list[Callable[[], None]] = []   # told once, at the first deopt (Builder.when_dynamic)
        self.init_props: list[str] = []          # properties set when constructed, in order
        self.builtin: Optional[str] = None       # name of the builtin this object models
        self.field_watchers: list[Callable[[str], None]] = []   # told of each new own property
        self.ctor_classes: list = []              # for `new` sites: the classes/functions constructed
        self.is_array = kind == "array"
        self.collection: Optional[str] = None     # Map | Set | WeakMap | WeakSet | Promise | Date | RegExp...
        self.typed: Optional[str] = None          # array sites of a typed array: Float64Array, ...
        self.owner = None         # the activation that allocates it (see Node.owner)
        self.waiting_stores: Optional[list] = None   # `new` objects: stores held until the constructor is known
        # an array literal without holes or spread: the node of each element, read by
        # `a[k]` with a constant k in range until something may change the array
        # (Builder.array_changed), after which every read takes the whole element set
        self.tuple: Optional[list] = None
        self.tuple_reads: list = []
        self.changed = False

    def __repr__(self) -> str:
        return f"<AObj {self.id} {self.kind} {self.name}>"


class BudgetExceeded(Exception):
    """The fixed point is taking more work than the program's size warrants."""


class _External(int):
    """The one value standing for everything made outside the closed world; an
    int tag like the primitives (no object index is negative)."""
    __slots__ = ()

    def __new__(cls):
        return super().__new__(cls, -1_000_003)

    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        return "EXTERNAL"

    __str__ = __repr__


EXTERNAL = _External()


class Graph:
    def __init__(self) -> None:
        self.worklist: deque[Node] = deque()
        self.deferred: deque = deque()
        self.objects: list[AObj] = []
        self.node_count = 0
        self.owner = None          # the activation whose code is being turned into constraints
        self.all_nodes: list[Node] = []
        self.work = 0              # values propagated so far (a measure of solving effort)
        self.budget: Optional[int] = None   # stop with BudgetExceeded past this much work

    # -- construction -----------------------------------------------------
    def node(self, label: str = "") -> Node:
        self.node_count += 1
        n = Node(label, self.owner)
        self.all_nodes.append(n)
        return n

    def obj(self, kind: str, name: str = "") -> AObj:
        o = AObj(len(self.objects), kind, name)
        o.owner = self.owner
        self.objects.append(o)
        return o

    def field(self, obj: AObj, prop: str) -> Node:
        n = obj.fields.get(prop)
        if n is None:
            n = obj.fields[prop] = self.node(prop)
            n.owner = None
            n.role = "field"
            n.obj = obj
        return n

    # -- constraints ------------------------------------------------------
    def add(self, node: Node, values) -> None:
        pts = node.pts
        new = [v for v in values if v not in pts]
        if not new:
            return
        pts.update(new)
        if node.pending is None:
            node.pending = set(new)
            self.worklist.append(node)
        else:
            node.pending.update(new)

    def add1(self, node: Node, value) -> None:
        if value in node.pts:
            return
        node.pts.add(value)
        if node.pending is None:
            node.pending = {value}
            self.worklist.append(node)
        else:
            node.pending.add(value)

    def edge(self, a: Node, b: Node) -> None:
        if a is b or id(b) in a.succ:
            return
        a.succ[id(b)] = b
        if a.pts:
            self.add(b, a.pts)

    def watch(self, node: Node, fn: Callable[[Iterable], None]) -> None:
        """Run fn on every value node gets, now and later. It runs with the
        owner that is current now, so nodes it creates belong where the
        constraint came from."""
        node.watchers.append((fn, self.owner))
        if node.pts:
            self.deferred.append((fn, tuple(node.pts), self.owner))

    # -- fixed point ------------------------------------------------------
    def solve(self) -> None:
        worklist, deferred = self.worklist, self.deferred
        saved = self.owner
        while worklist or deferred:
            while deferred:
                fn, values, owner = deferred.popleft()
                self.owner = owner
                fn(values)
            while worklist:
                node = worklist.popleft()
                delta = node.pending
                node.pending = None
                if not delta:
                    continue
                self.work += len(delta) * (len(node.succ) + len(node.watchers) + 1)
                if self.budget is not None and self.work > self.budget:
                    raise BudgetExceeded(self.work)
                for s in node.succ.values():
                    self.add(s, delta)
                for w, owner in node.watchers:
                    self.owner = owner
                    w(delta)
                if deferred:
                    break
        self.owner = saved
