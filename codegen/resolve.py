"""Name resolution for the build: which storage each JavaScript variable gets.

Model: every function (and each file's top level) is a FuncInfo; every block
a scope mapping names to Vars. A pass over the tree declares names where
JavaScript hoists them (var and function declarations to the function, let,
const and class to the block) and resolves each identifier to its Var. A
reference from an inner function to a Var of an outer function *captures* it:
every function between the owner and the user lists it among its free
variables, so closures carry what they need (their environment). Variables
declared directly at a file's top level are wasm globals and are never
captured, since they live as long as the program. An arrow function's `this`
is a captured pseudo-variable of the nearest enclosing non-arrow function.

Capture by value. A captured Var lives in a heap cell (`in_cell`) shared by
its owner and the closures, unless it is *by value*: then its owner keeps it
in a plain local and each closure's environment slot holds the value itself,
copied when the closure is created. The rule, decided per Var once its file
is resolved:

    by value  <=>  never written after its initialisation (`assigned` is
                   false: no assignment or update anywhere, in closures
                   included, and at most one initialisation)
              and  every closure that captures it is created after that
                   initialisation, in every execution.

The second half is checked on the text. Each initialisation and each closure
creation gets a point `(offset, phase, index)`; a closure is created after
the initialisation when its point is greater. Only the closures created by
the owner itself matter (`capturers`: the outermost function between the
owner and each use); a closure nested deeper is created later still, by one
of them, and copies the value from its own environment. The points:

- a function expression, arrow or class member: its start in the text;
- a function declaration: on entry to its block, before the block's first
  statement, in declaration order: `(first statement, 0, i)` (in a switch,
  `(switch, 0, i)`: on entry to the cases). So a hoisted
  function never sees by value a `let`/`const`/`class` of its own block or
  a function declared after it (or itself: recursion keeps its cell);
- a `let`/`const` binding: the end of its declarator (a closure in its own
  initialiser keeps the cell), a class: the end of the class; a parameter:
  the end of its parameter (a closure in a default of the same or an
  earlier parameter keeps the cell); a catch parameter: the end of the
  parameter; a function's `this` and the name of a named function
  expression: the function's entry;
- a `var`: only when its one initialising declarator is a statement of the
  function body itself (not in a block, loop or switch, which may run it
  again or skip it): the end of that declarator; any other var keeps a cell.
- `let`/`const`/`class` of a switch keep their cells (a jump to a later case
  skips the declaration).

Statements of a block run in order and nothing jumps into the middle of one,
so a point later in the text of the binding's scope is reached only after
the binding's initialisation in the same entry of the scope (a loop body's
bindings are new on each iteration, and so is the copy a closure takes).

The temporal dead zone. Reading or writing a let/const/class binding before
its declaration has run throws node's ReferenceError. Where the point of the
access alone decides it, the lowering decides it statically
(FunctionLowering.before_initialisation: the owner's own code, in text
order). Two kinds of access cannot be decided on the text, and the binding
then holds the runtime's `$uninit` marker until its declaration runs, which
those accesses test (FunctionLowering.tdz_risk):

- a closure's, when the binding is in a cell and a closure that captures it
  may be created no later than the initialisation (`tdz_captured`): the same
  points as above, except that a class's own methods and field initialisers
  run only once the class is bound;
- the owner's, for a let/const/class of a switch read outside the text of
  its own case after its declaration (`case_span`): a jump to a later case
  skips the declaration. Such a binding is kept in a cell (`tdz_cell`), where
  the marker fits whatever the value's type.

A file-level binding is a global; whether a function can read it too early is
decided by the build over the whole program (codegen/early.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from analysis.parse import children

from . import arguments_object


class Unsupported(Exception):
    """A construct the WasmGC build does not compile; reported at `node`."""

    def __init__(self, node: Any, what: str):
        super().__init__(what)
        self.node = node
        self.what = what


@dataclass(eq=False)
class Var:
    name: str
    kind: str                      # var | let | const | function | class | param | catch | this | import | arguments
    owner: Optional["FuncInfo"]    # None: a file-level global
    wasm: str = ""                 # local or global name
    captured: bool = False
    assigned: bool = False         # written after its declaration (or initialised twice)
    file_index: int = 0
    decl: Any = None
    init_at: Optional[tuple] = None   # the point of its initialisation; None: not known (see above)
    capturers: list = field(default_factory=list)   # the owner's closures that capture it
    by_value: bool = False         # captured, but closures hold copies of its value: no cell
    in_pattern: bool = False       # declared in a destructuring pattern, initialised before init_at
    case_span: Optional[tuple] = None   # a switch's let/const/class: (init point, end of its case)
    tdz_cell: bool = False         # such a binding its owner may read before it is set: in a cell
    tdz_captured: bool = False     # a closure may read it before it is set (see the top)
    null_const: bool = False       # `const X = null`: once set, every read is null

    def set_before(self, ident: Any) -> bool:
        """For a switch's binding read by its owner at ident: is that read in the
        text of its own case, after its declaration (so the declaration ran)?"""
        return self.case_span[0] <= text_point(ident._start) and ident._start < self.case_span[1]

    @property
    def in_cell(self) -> bool:
        """Lives in a heap cell: captured, and not by value (or a switch's binding
        that must be able to hold the uninitialised marker)."""
        return (self.captured and not self.by_value) or self.tdz_cell


@dataclass(eq=False)
class FuncInfo:
    node: Any
    parent: Optional["FuncInfo"]
    is_arrow: bool
    free: list = field(default_factory=list)        # captured Vars from outer functions, env order
    free_index: dict = field(default_factory=dict)
    this_var: Optional[Var] = None                   # the captured `this`, when an arrow needs it
    vars: list = field(default_factory=list)
    file_index: int = 0
    is_file: bool = False
    created_at: tuple = ()    # the point where its closure is created (see above)
    member_of: Any = None     # a class member's function or field initialiser: the class node
    body_vars: frozenset = frozenset()   # ids of the var statements directly in its body
    arguments_var: Optional["Var"] = None   # its `arguments` binding, when its code names it

    def add_free(self, v: Var) -> int:
        if id(v) not in self.free_index:
            self.free_index[id(v)] = len(self.free)
            self.free.append(v)
        return self.free_index[id(v)]


FUNCTIONS = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")

ENTRY = (-1, 0, 0)   # a function's entry: before every point of its text


def static_member_key(m: Any) -> Optional[str]:
    """The key of a member expression `o.k`, `o.#k` ("#k") or `o["k"]`; None for a
    key computed at run time (and `o["#x"]`, which names no private field: a
    dynamic key, as in the analysis)."""
    if not m.computed:
        return ("#" + m.property.name) if m.property.type == "PrivateIdentifier" else m.property.name
    p = m.property
    if p.type == "Literal" and isinstance(p.value, str) and not p.value.startswith("#"):
        return p.value
    return None


def is_null_literal(e: Any) -> bool:
    """`null` written as a literal (not a regex or bigint, whose value is None too)."""
    return e.type == "Literal" and e.value is None and getattr(e, "regex", None) is None \
        and getattr(e, "bigint", None) is None


EARLIEST = (-1, 0, 0)   # a point before every other


def text_point(offset: int) -> tuple:
    """A point in the text: after every hoisted function of a block starting there."""
    return (offset, 1, 0)


def hoist_point(block_start: int, index: int) -> tuple:
    """Where the index-th function declaration of a block is created: on entry."""
    return (block_start, 0, index)


def pattern_idents(p: Any) -> list:
    """The names a pattern binds or assigns."""
    return [x for x in pattern_targets(p) if x.type == "Identifier"]


def pattern_targets(p: Any) -> list:
    """What a pattern writes: its names and, in an assignment or a for-in/of
    head, its member expressions (`[o.a, b] = ...`)."""
    out: list = []
    _pattern_targets(p, out)
    return out


def _pattern_targets(p: Any, out: list) -> None:
    if p is None:
        return
    t = p.type
    if t in ("Identifier", "MemberExpression"):
        out.append(p)
    elif t == "ObjectPattern":
        for prop in p.properties:
            _pattern_targets(prop.argument if prop.type == "RestElement" else prop.value, out)
    elif t == "ArrayPattern":
        for e in p.elements:
            _pattern_targets(e, out)
    elif t == "AssignmentPattern":
        _pattern_targets(p.left, out)
    elif t == "RestElement":
        _pattern_targets(p.argument, out)


class Resolver:
    def __init__(self) -> None:
        self.refs: dict[int, Var] = {}        # id(Identifier) -> Var (references and declarations)
        self.funcs: dict[int, FuncInfo] = {}  # id(function node or Program) -> FuncInfo
        self.block_vars: dict[int, list] = {}  # id(block-like node) -> Vars declared there (let/const/class/function)
        self.globals: list[Var] = []
        # id(ExportDefaultDeclaration) -> the binding of `export default <expression>` or of an
        # anonymous default function or class (named "default", as JavaScript names them)
        self.default_vars: dict[int, Var] = {}
        self.this_uses: dict[int, Var] = {}   # id(ThisExpression in an arrow) -> captured this Var
        self.static_blocks: dict[int, "StaticBlockFunction"] = {}   # id(StaticBlock) -> its function
        # A class declared in a function names itself inside its body through its inner
        # binding, which holds the class from before its static initialisers run and is
        # never reassigned: such a read (from a member, or a function nested in one) is
        # not a capture of the enclosing function's variable, so the class needs no
        # environment for it; the build reads the class from its descriptor
        # (FunctionLowering.raw_read; each class is evaluated once).
        self._classes_open: list = []   # (class node, its binding, the function it is made in)
        self.const_inits: dict[int, Any] = {}   # id(Var) of a `const x = e` (a plain name) -> e
        self.counter = 0
        self.hoist_points: dict[int, tuple] = {}   # id(FunctionDeclaration) -> its creation point
        self.captured_vars: list[Var] = []          # of the file being resolved, for the by-value decision

    # ------------------------------------------------------------------ scopes
    def _new_var(self, name: str, kind: str, fi: FuncInfo, decl: Any, top: bool) -> Var:
        self.counter += 1
        if top:
            v = Var(name, kind, None, f"$g{fi.file_index}_{wat_label(name)}_{self.counter}", file_index=fi.file_index, decl=decl)
            self.globals.append(v)
        else:
            v = Var(name, kind, fi, f"$v_{wat_label(name)}_{self.counter}", file_index=fi.file_index, decl=decl)
            fi.vars.append(v)
        return v

    def resolve_file(self, program: Any, index: int) -> FuncInfo:
        fi = FuncInfo(program, None, False, file_index=index, is_file=True)
        self.funcs[id(program)] = fi
        scope: dict = {}
        self._hoist(program.body, fi, scope, top=True)
        self._block(program.body, fi, [scope], top=True, owner_node=program)
        for v in self.captured_vars:
            v.by_value = by_value(v)
            v.tdz_captured = tdz_captured(v)
        self.captured_vars = []
        return fi

    def _declare(self, ident: Any, kind: str, fi: FuncInfo, scope: dict, top: bool, block_node: Any = None) -> Var:
        v = scope.get(ident.name)
        if v is None or kind in ("let", "const", "class"):
            v = self._new_var(ident.name, kind, fi, ident, top)
            scope[ident.name] = v
            if block_node is not None and not top:
                self.block_vars.setdefault(id(block_node), []).append(v)
        elif kind == "function":
            v.assigned = True   # a function declaration over a parameter, var or function: a second write
        self.refs[id(ident)] = v
        return v

    def _hoist(self, stmts: list, fi: FuncInfo, scope: dict, top: bool) -> None:
        """var declarations anywhere in the function body (not in nested functions)."""
        for node in _var_decls(stmts):
            for ident in pattern_idents(node.id):
                self._declare(ident, "var", fi, scope, top)

    def _block(self, stmts: list, fi: FuncInfo, chain: list, top: bool, owner_node: Any) -> None:
        scope = chain[-1]
        hoisted = 0
        for s in stmts:
            if top and s.type == "ImportDeclaration":
                # bound before any code of the module runs: a function above the import uses it too
                for spec in s.specifiers:
                    self._declare(spec.local, "import", fi, scope, top)
                continue
            if top and s.type == "ExportDefaultDeclaration" and getattr(s.declaration, "id", None) is None:
                d = s.declaration
                kind = "function" if d.type == "FunctionDeclaration" else "const"
                v = self._new_var("default", kind, fi, s, top)
                self.default_vars[id(s)] = v
                if kind == "function":
                    v.init_at = hoist_point(stmts[0]._start, hoisted)
                    hoisted += 1
                    self.hoist_points[id(d)] = v.init_at
                else:
                    v.init_at = text_point(s._end)
                continue
            if s.type in ("ExportNamedDeclaration", "ExportDefaultDeclaration") and s.declaration is not None \
                    and s.declaration.type in ("FunctionDeclaration", "ClassDeclaration", "VariableDeclaration"):
                s = s.declaration
            if s.type == "FunctionDeclaration" and s.id is not None:
                v = self._declare(s.id, "function", fi, scope, top, owner_node)
                point = hoist_point(stmts[0]._start, hoisted)
                hoisted += 1
                self.hoist_points[id(s)] = point
                v.init_at = point
            elif s.type == "ClassDeclaration" and s.id is not None:
                v = self._declare(s.id, "class", fi, scope, top, owner_node)
                v.init_at = text_point(s._end)
            elif s.type == "VariableDeclaration" and s.kind != "var":
                self._declare_lexical(s, fi, scope, top, owner_node)
        for s in stmts:
            self._stmt(s, fi, chain, top)

    def _declare_lexical(self, s: Any, fi: FuncInfo, scope: dict, top: bool, block_node: Any) -> None:
        """The names of a let/const declaration, initialised at the end of their declarator."""
        for d in s.declarations:
            for ident in pattern_idents(d.id):
                v = self._declare(ident, s.kind, fi, scope, top, block_node)
                v.init_at = text_point(d._end)
                v.in_pattern = d.id.type != "Identifier"
                if s.kind == "const" and d.id.type == "Identifier" and d.init is not None:
                    self.const_inits[id(v)] = d.init

    def _lookup(self, name: str, chain: list) -> Optional[Var]:
        for scope in reversed(chain):
            v = scope.get(name)
            if v is not None:
                return v
        return None

    def _use(self, ident: Any, fi: FuncInfo, chain: list, write: bool = False) -> None:
        v = self._lookup(ident.name, chain)
        if v is None:
            return   # a global of the host (console, Math, ...) or undeclared
        self.refs[id(ident)] = v
        if write:
            v.assigned = True
        if not write and v.owner is not None and any(cv is v and fi is not made_in
                                                     for _, cv, made_in in self._classes_open):
            return   # the class's own name in its body (see _classes_open)
        if v.case_span is not None and v.owner is fi and not v.set_before(ident):
            v.tdz_cell = True
        self._capture(v, fi)

    def _capture(self, v: Var, fi: FuncInfo) -> None:
        if v.owner is None or v.owner is fi:
            return
        if not v.captured:
            v.captured = True
            self.captured_vars.append(v)
        f: Optional[FuncInfo] = fi
        outermost = None
        while f is not None and f is not v.owner:
            f.add_free(v)
            outermost = f
            f = f.parent
        if outermost is not None and outermost not in v.capturers:
            v.capturers.append(outermost)

    # ------------------------------------------------------------------ walk
    def _function(self, node: Any, parent: FuncInfo, chain: list) -> None:
        fi = FuncInfo(node, parent, node.type == "ArrowFunctionExpression", file_index=parent.file_index)
        fi.created_at = self.hoist_points.get(id(node), text_point(node._start))
        self.funcs[id(node)] = fi
        scope: dict = {}
        fchain = chain + [scope]
        if node.type == "FunctionExpression" and node.id is not None:
            # a named function expression sees its own name, bound on entry
            inner = {}
            v = self._new_var(node.id.name, "const", fi, node.id, False)
            v.init_at = ENTRY
            inner[node.id.name] = v
            self.refs[id(node.id)] = v
            fchain = chain + [inner, scope]
        for p in node.params:
            for ident in pattern_idents(p):
                v = self._declare(ident, "param", fi, scope, False)
                if v.init_at is not None:
                    v.assigned = True   # a repeated parameter name: bound twice
                v.init_at = text_point(p._end)
        if not fi.is_arrow and "arguments" not in scope and arguments_object.mentions(node):
            # the implicit binding of a non-arrow function, set on entry (codegen/arguments_object.py);
            # a `var arguments` or `function arguments` of the body is this same binding
            v = self._new_var("arguments", "arguments", fi, None, False)
            v.init_at = ENTRY
            scope["arguments"] = v
            fi.arguments_var = v
        for p in node.params:
            self._pattern_defaults(p, fi, fchain)
        body = node.body
        if body.type == "BlockStatement":
            fi.body_vars = frozenset(id(s) for s in body.body if s.type == "VariableDeclaration" and s.kind == "var")
            self._hoist(body.body, fi, scope, False)
            self._block(body.body, fi, fchain, False, node)
        else:
            self._expr(body, fi, fchain)

    def _pattern_defaults(self, p: Any, fi: FuncInfo, chain: list) -> None:
        if p is None:
            return
        t = p.type
        if t == "AssignmentPattern":
            self._expr(p.right, fi, chain)
            self._pattern_defaults(p.left, fi, chain)
        elif t == "ObjectPattern":
            for prop in p.properties:
                if prop.type == "RestElement":
                    self._pattern_defaults(prop.argument, fi, chain)
                else:
                    if prop.computed:
                        self._expr(prop.key, fi, chain)
                    self._pattern_defaults(prop.value, fi, chain)
        elif t == "ArrayPattern":
            for e in p.elements:
                self._pattern_defaults(e, fi, chain)
        elif t == "RestElement":
            self._pattern_defaults(p.argument, fi, chain)
        elif t == "MemberExpression":
            self._expr(p, fi, chain)

    def _assign_target(self, p: Any, fi: FuncInfo, chain: list) -> None:
        if p.type == "Identifier":
            self._use(p, fi, chain, write=True)
        elif p.type == "MemberExpression":
            self._expr(p, fi, chain)
        else:
            for ident in pattern_idents(p):
                self._use(ident, fi, chain, write=True)
            self._pattern_defaults(p, fi, chain)

    def _stmt(self, s: Any, fi: FuncInfo, chain: list, top: bool) -> None:
        t = s.type
        if t == "FunctionDeclaration":
            self._function(s, fi, chain)
        elif t == "ClassDeclaration":
            self._class(s, fi, chain)
        elif t == "VariableDeclaration":
            for d in s.declarations:
                self._pattern_defaults(d.id, fi, chain)
                if d.init is not None:
                    self._expr(d.init, fi, chain)
                    if s.kind == "const" and d.id.type == "Identifier" and is_null_literal(d.init):
                        v = self.refs.get(id(d.id))
                        if v is not None:
                            v.null_const = True
                    if s.kind == "var":
                        for ident in pattern_idents(d.id):
                            v = self.refs.get(id(ident))
                            if v is not None:
                                self._var_init(v, s, d, fi)
        elif t == "ExpressionStatement":
            self._expr(s.expression, fi, chain)
        elif t == "BlockStatement":
            scope: dict = {}
            self._block(s.body, fi, chain + [scope], False, s)
        elif t == "IfStatement":
            self._expr(s.test, fi, chain)
            self._stmt_scoped(s.consequent, fi, chain)
            if s.alternate is not None:
                self._stmt_scoped(s.alternate, fi, chain)
        elif t == "ForStatement":
            scope = {}
            inner = chain + [scope]
            if s.init is not None:
                if s.init.type == "VariableDeclaration":
                    if s.init.kind != "var":
                        self._declare_lexical(s.init, fi, scope, False, s)
                    self._stmt(s.init, fi, inner, False)
                else:
                    self._expr(s.init, fi, inner)
            if s.test is not None:
                self._expr(s.test, fi, inner)
            if s.update is not None:
                self._expr(s.update, fi, inner)
            self._stmt_scoped(s.body, fi, inner)
        elif t in ("ForInStatement", "ForOfStatement"):
            scope = {}
            inner = chain + [scope]
            self._expr(s.right, fi, chain)
            if s.left.type == "VariableDeclaration":
                if s.left.kind != "var":
                    self._declare_lexical(s.left, fi, scope, False, s)
                for d in s.left.declarations:
                    self._pattern_defaults(d.id, fi, inner)
                    for ident in pattern_idents(d.id):
                        v = self.refs.get(id(ident))
                        if v is not None and s.left.kind == "var":
                            v.assigned = True
            else:
                self._assign_target(s.left, fi, inner)
            self._stmt_scoped(s.body, fi, inner)
        elif t in ("WhileStatement", "DoWhileStatement"):
            self._expr(s.test, fi, chain)
            self._stmt_scoped(s.body, fi, chain)
        elif t == "ReturnStatement" or t == "ThrowStatement":
            if s.argument is not None:
                self._expr(s.argument, fi, chain)
        elif t == "LabeledStatement":
            self._stmt(s.body, fi, chain, top)
        elif t == "SwitchStatement":
            self._expr(s.discriminant, fi, chain)
            scope = {}
            stmts = [c for case in s.cases for c in case.consequent]
            inner = chain + [scope]
            # declarations of every case share one block; a jump to a later case
            # skips the let/const/class of earlier ones, so they keep their cells
            # (no init_at); functions are created on entry
            hoisted = 0
            for case in s.cases:
                for c in case.consequent:
                    if c.type == "VariableDeclaration" and c.kind != "var":
                        for d in c.declarations:
                            for ident in pattern_idents(d.id):
                                v = self._declare(ident, c.kind, fi, scope, False, s)
                                v.case_span = (text_point(d._end), case._end)
                    elif c.type == "ClassDeclaration" and c.id is not None:
                        v = self._declare(c.id, "class", fi, scope, False, s)
                        v.case_span = (text_point(c._end), case._end)
            for c in stmts:
                if c.type == "FunctionDeclaration" and c.id is not None:
                    v = self._declare(c.id, "function", fi, scope, False, s)
                    self.hoist_points[id(c)] = v.init_at = hoist_point(s._start, hoisted)
                    hoisted += 1
            for case in s.cases:
                if case.test is not None:
                    self._expr(case.test, fi, inner)
                for c in case.consequent:
                    self._stmt(c, fi, inner, False)
        elif t == "TryStatement":
            self._stmt(s.block, fi, chain, False)
            if s.handler is not None:
                scope = {}
                if s.handler.param is not None:
                    for ident in pattern_idents(s.handler.param):
                        v = self._declare(ident, "catch", fi, scope, False, s.handler)
                        v.init_at = text_point(s.handler.param._end)
                self._block(s.handler.body.body, fi, chain + [scope], False, s.handler.body)
            if s.finalizer is not None:
                self._stmt(s.finalizer, fi, chain, False)
        elif t in ("ExportNamedDeclaration", "ExportDefaultDeclaration"):
            if s.declaration is not None:
                d = s.declaration
                if d.type in ("FunctionDeclaration", "ClassDeclaration", "VariableDeclaration"):
                    self._stmt(d, fi, chain, top)
                else:
                    self._expr(d, fi, chain)
            for spec in getattr(s, "specifiers", None) or []:
                if getattr(s, "source", None) is None:
                    self._use(spec.local, fi, chain)
        elif t == "ImportDeclaration":
            pass   # its bindings are declared with the block's (_block)
        # Empty, Break, Continue, Debugger, ExportAll: nothing to resolve

    def _var_init(self, v: Var, s: Any, d: Any, fi: FuncInfo) -> None:
        """A var's initialiser: its initialisation when it is the only one and a
        statement of the function body itself (it runs once, in order); any
        other is an assignment."""
        if v.kind == "var" and v.owner is fi and id(s) in fi.body_vars and v.init_at is None and not v.assigned:
            v.init_at = text_point(d._end)
        else:
            v.assigned = True
            v.init_at = None

    def _stmt_scoped(self, s: Any, fi: FuncInfo, chain: list) -> None:
        if s.type == "BlockStatement":
            self._stmt(s, fi, chain, False)
        else:
            scope: dict = {}
            self._block([s], fi, chain + [scope], False, s)

    def _class(self, c: Any, fi: FuncInfo, chain: list) -> None:
        inner = chain
        own = None
        if c.type == "ClassExpression" and c.id is not None:
            v = self._new_var(c.id.name, "const", fi, c.id, False)
            self.refs[id(c.id)] = v
            inner = chain + [{c.id.name: v}]
            own = v
        elif c.type == "ClassDeclaration" and c.id is not None:
            own = self._lookup(c.id.name, chain)
        if c.superClass is not None:
            self._expr(c.superClass, fi, chain)
        self._classes_open.append((c, own, fi))
        try:
            self._class_body(c, fi, inner)
        finally:
            self._classes_open.pop()

    def _class_body(self, c: Any, fi: FuncInfo, inner: list) -> None:
        for m in c.body.body:
            if m.type == "StaticBlock":
                # run as a method of the class with `this` the class (codegen/module.py)
                fn = self.static_blocks[id(m)] = StaticBlockFunction(m)
                self._function(fn, fi, inner)
                self._member(fn, c)
                continue
            if m.computed:
                self._expr(m.key, fi, inner)
            if m.type == "MethodDefinition":
                self._function(m.value, fi, inner)
                self._member(m.value, c)
            elif m.value is not None:
                # a field initialiser runs as if in a method: its own function
                self._function_like_field(m, fi, inner)
                self._member(m, c)

    def _member(self, node: Any, c: Any) -> None:
        """Mark node's function a member of class c. A class made from a
        constructor function (analysis/constructor_functions.py) is evaluated
        where the rewrite put it (first in its block, or at its heritage), not
        where its members' text is (the prototype statements, later): its
        members count as created on entry to the file, before any variable is
        set, so none captures a variable by value (a copy taken when the class
        is evaluated could precede the variable's initialisation)."""
        f = self.funcs[id(node)]
        f.member_of = c
        if getattr(c, "from_function", False):
            f.created_at = EARLIEST

    def _function_like_field(self, m: Any, fi: FuncInfo, chain: list) -> None:
        fake = _FieldInit(m)
        info = FuncInfo(fake, fi, False, file_index=fi.file_index)
        self.funcs[id(m)] = info
        self._expr(m.value, info, chain + [{}])

    def _expr(self, e: Any, fi: FuncInfo, chain: list) -> None:
        if e is None:
            return
        t = e.type
        if t == "Identifier":
            self._use(e, fi, chain)
        elif t in FUNCTIONS:
            self._function(e, fi, chain)
        elif t == "ClassExpression":
            self._class(e, fi, chain)
        elif t in ("ThisExpression", "Super"):
            self._this(e, fi)
        elif t == "AssignmentExpression":
            self._assign_target(e.left, fi, chain)
            if e.operator != "=" and e.left.type == "Identifier":
                self._use(e.left, fi, chain, write=True)
            self._expr(e.right, fi, chain)
        elif t == "UpdateExpression":
            if e.argument.type == "Identifier":
                self._use(e.argument, fi, chain, write=True)
            else:
                self._expr(e.argument, fi, chain)
        elif t == "MemberExpression":
            self._expr(e.object, fi, chain)
            if e.computed:
                self._expr(e.property, fi, chain)
        elif t == "Property":
            if e.computed:
                self._expr(e.key, fi, chain)
            self._expr(e.value, fi, chain)
        elif t == "ObjectExpression":
            for p in e.properties:
                self._expr(p, fi, chain)
        else:
            for x in children(e):
                self._expr(x, fi, chain)

    def _this(self, e: Any, fi: FuncInfo) -> None:
        if not fi.is_arrow:
            return
        home = fi
        while home.is_arrow and home.parent is not None:
            home = home.parent
        if home.is_file:
            return   # `this` at a file's top level: module.exports (CommonJS), handled by lowering
        if home.this_var is None:
            # named by the resolver's counter, never by an address: the module text must be
            # the same on every build (wasmtime's compile cache is keyed by its bytes)
            self.counter += 1
            home.this_var = Var("this", "this", home, f"$this_{self.counter}", init_at=ENTRY)
        self.this_uses[id(e)] = home.this_var
        self._capture(home.this_var, fi)


def tdz_captured(v: Var) -> bool:
    """May a closure that captures this let/const/class read or write it before
    its declaration runs? (The rule at the top of this module.)"""
    if v.kind not in ("let", "const", "class") or not v.in_cell:
        return False
    if v.init_at is None:
        return True
    return any(c.created_at <= v.init_at and not (v.kind == "class" and c.member_of is not None
                                                  and c.member_of.id is v.decl)
               for c in v.capturers)


def by_value(v: Var) -> bool:
    """The rule at the top of this module: never written after an initialisation
    that every capturing closure's creation follows."""
    return (v.captured and not v.assigned and v.init_at is not None
            and all(c.created_at > v.init_at for c in v.capturers))


class StaticBlockFunction:
    """Stands in for a function node for a class's `static { ... }` block: a
    function without parameters whose body is the block, which the class's
    definition calls once, in member order, with the class as `this`."""
    type = "FunctionExpression"
    id = None
    generator = False
    isAsync = False
    expression = False

    def __init__(self, block: Any):
        self.block = block
        self.params: list = []
        self.body = _Block(block.body, block)
        self._start, self._end = block._start, block._end
        self.range, self.loc = getattr(block, "range", None), getattr(block, "loc", None)


class _Block:
    """A block statement over a static block's statements (same positions)."""
    type = "BlockStatement"

    def __init__(self, body: list, at: Any):
        self.body = body
        self._start, self._end = at._start, at._end


class _FieldInit:
    """Stands in for a function node for a class field initialiser."""
    type = "FieldInit"

    def __init__(self, m: Any):
        self.m = m
        self.params: list = []


def _var_decls(stmts: list):
    for s in stmts:
        yield from _var_decls_stmt(s)


def _var_decls_stmt(s: Any):
    if s is None:
        return
    t = s.type
    if t == "VariableDeclaration":
        if s.kind == "var":
            yield from s.declarations
    elif t in ("ExportNamedDeclaration",) and s.declaration is not None:
        yield from _var_decls_stmt(s.declaration)
    elif t == "BlockStatement":
        yield from _var_decls(s.body)
    elif t == "IfStatement":
        yield from _var_decls_stmt(s.consequent)
        yield from _var_decls_stmt(s.alternate)
    elif t == "ForStatement":
        if s.init is not None and s.init.type == "VariableDeclaration":
            yield from _var_decls_stmt(s.init)
        yield from _var_decls_stmt(s.body)
    elif t in ("ForInStatement", "ForOfStatement"):
        if s.left.type == "VariableDeclaration":
            yield from _var_decls_stmt(s.left)
        yield from _var_decls_stmt(s.body)
    elif t in ("WhileStatement", "DoWhileStatement", "LabeledStatement"):
        yield from _var_decls_stmt(s.body)
    elif t == "SwitchStatement":
        for c in s.cases:
            yield from _var_decls(c.consequent)
    elif t == "TryStatement":
        yield from _var_decls_stmt(s.block)
        if s.handler is not None:
            yield from _var_decls_stmt(s.handler.body)
        yield from _var_decls_stmt(s.finalizer)


def wat_label(name: str) -> str:
    """A readable part of a WAT identifier made unique by a number elsewhere (so it
    need not be one to one): ASCII letters, digits and `_` stay, anything else is
    `_` (WAT identifiers are ASCII; `café` would make an invalid module)."""
    return "".join(ch if (ch.isascii() and ch.isalnum()) or ch == "_" else "_" for ch in name)
