"""Name resolution for the build: which storage each JavaScript variable gets.

Model: every function (and each file's top level) is a FuncInfo; every block
a scope mapping names to Vars. A pass over the tree declares names where
JavaScript hoists them (var and function declarations to the function, let,
const and class to the block) and resolves each identifier to its Var. A
reference from an inner function to a Var of an outer function *captures* it:
the Var then lives in a heap cell, and every function between the owner and
the user lists it among its free variables, so closures carry the cells they
need (their environment). Variables declared directly at a file's top level
are wasm globals and are never captured, since they live as long as the
program. An arrow function's `this` is a captured pseudo-variable of the
nearest enclosing non-arrow function.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from analysis.parse import children


class Unsupported(Exception):
    """A construct the WasmGC build does not compile; reported at `node`."""

    def __init__(self, node: Any, what: str):
        super().__init__(what)
        self.node = node
        self.what = what


@dataclass(eq=False)
class Var:
    name: str
    kind: str                      # var | let | const | function | class | param | catch | this | import
    owner: Optional["FuncInfo"]    # None: a file-level global
    wasm: str = ""                 # local or global name
    captured: bool = False
    assigned: bool = False         # written after its declaration
    file_index: int = 0
    decl: Any = None


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

    def add_free(self, v: Var) -> int:
        if id(v) not in self.free_index:
            self.free_index[id(v)] = len(self.free)
            self.free.append(v)
        return self.free_index[id(v)]


FUNCTIONS = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")


def pattern_idents(p: Any) -> list:
    out: list = []
    _pattern_idents(p, out)
    return out


def _pattern_idents(p: Any, out: list) -> None:
    if p is None:
        return
    t = p.type
    if t == "Identifier":
        out.append(p)
    elif t == "ObjectPattern":
        for prop in p.properties:
            _pattern_idents(prop.argument if prop.type == "RestElement" else prop.value, out)
    elif t == "ArrayPattern":
        for e in p.elements:
            _pattern_idents(e, out)
    elif t == "AssignmentPattern":
        _pattern_idents(p.left, out)
    elif t == "RestElement":
        _pattern_idents(p.argument, out)


class Resolver:
    def __init__(self) -> None:
        self.refs: dict[int, Var] = {}        # id(Identifier) -> Var (references and declarations)
        self.funcs: dict[int, FuncInfo] = {}  # id(function node or Program) -> FuncInfo
        self.block_vars: dict[int, list] = {}  # id(block-like node) -> Vars declared there (let/const/class/function)
        self.globals: list[Var] = []
        self.this_uses: dict[int, Var] = {}   # id(ThisExpression in an arrow) -> captured this Var
        self.counter = 0

    # ------------------------------------------------------------------ scopes
    def _new_var(self, name: str, kind: str, fi: FuncInfo, decl: Any, top: bool) -> Var:
        self.counter += 1
        if top:
            v = Var(name, kind, None, f"$g{fi.file_index}_{_safe(name)}_{self.counter}", file_index=fi.file_index, decl=decl)
            self.globals.append(v)
        else:
            v = Var(name, kind, fi, f"$v_{_safe(name)}_{self.counter}", file_index=fi.file_index, decl=decl)
            fi.vars.append(v)
        return v

    def resolve_file(self, program: Any, index: int) -> FuncInfo:
        fi = FuncInfo(program, None, False, file_index=index, is_file=True)
        self.funcs[id(program)] = fi
        scope: dict = {}
        self._hoist(program.body, fi, scope, top=True)
        self._block(program.body, fi, [scope], top=True, owner_node=program)
        return fi

    def _declare(self, ident: Any, kind: str, fi: FuncInfo, scope: dict, top: bool, block_node: Any = None) -> Var:
        v = scope.get(ident.name)
        if v is None or kind in ("let", "const", "class"):
            v = self._new_var(ident.name, kind, fi, ident, top)
            scope[ident.name] = v
            if block_node is not None and not top:
                self.block_vars.setdefault(id(block_node), []).append(v)
        self.refs[id(ident)] = v
        return v

    def _hoist(self, stmts: list, fi: FuncInfo, scope: dict, top: bool) -> None:
        """var declarations anywhere in the function body (not in nested functions)."""
        for node in _var_decls(stmts):
            for ident in pattern_idents(node.id):
                self._declare(ident, "var", fi, scope, top)

    def _block(self, stmts: list, fi: FuncInfo, chain: list, top: bool, owner_node: Any) -> None:
        scope = chain[-1]
        for s in stmts:
            if s.type == "FunctionDeclaration" and s.id is not None:
                self._declare(s.id, "function", fi, scope, top, owner_node)
            elif s.type == "ClassDeclaration" and s.id is not None:
                self._declare(s.id, "class", fi, scope, top, owner_node)
            elif s.type == "VariableDeclaration" and s.kind != "var":
                for d in s.declarations:
                    for ident in pattern_idents(d.id):
                        self._declare(ident, s.kind, fi, scope, top, owner_node)
            elif s.type in ("ExportNamedDeclaration", "ExportDefaultDeclaration") and s.declaration is not None:
                d = s.declaration
                if d.type in ("FunctionDeclaration", "ClassDeclaration") and d.id is not None:
                    self._declare(d.id, "function" if d.type == "FunctionDeclaration" else "class", fi, scope, top, owner_node)
                elif d.type == "VariableDeclaration" and d.kind != "var":
                    for dd in d.declarations:
                        for ident in pattern_idents(dd.id):
                            self._declare(ident, d.kind, fi, scope, top, owner_node)
        for s in stmts:
            self._stmt(s, fi, chain, top)

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
        self._capture(v, fi)

    def _capture(self, v: Var, fi: FuncInfo) -> None:
        if v.owner is None or v.owner is fi:
            return
        v.captured = True
        f: Optional[FuncInfo] = fi
        while f is not None and f is not v.owner:
            f.add_free(v)
            f = f.parent

    # ------------------------------------------------------------------ walk
    def _function(self, node: Any, parent: FuncInfo, chain: list) -> None:
        fi = FuncInfo(node, parent, node.type == "ArrowFunctionExpression", file_index=parent.file_index)
        self.funcs[id(node)] = fi
        scope: dict = {}
        fchain = chain + [scope]
        if node.type == "FunctionExpression" and node.id is not None:
            # a named function expression sees its own name
            inner = {}
            v = self._new_var(node.id.name, "const", fi, node.id, False)
            inner[node.id.name] = v
            self.refs[id(node.id)] = v
            fchain = chain + [inner, scope]
        for p in node.params:
            for ident in pattern_idents(p):
                self._declare(ident, "param", fi, scope, False)
        for p in node.params:
            self._pattern_defaults(p, fi, fchain)
        body = node.body
        if body.type == "BlockStatement":
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
                    if s.kind == "var":
                        for ident in pattern_idents(d.id):
                            v = self.refs.get(id(ident))
                            if v is not None:
                                v.assigned = True
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
                        for d in s.init.declarations:
                            for ident in pattern_idents(d.id):
                                self._declare(ident, s.init.kind, fi, scope, False, s)
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
                    for d in s.left.declarations:
                        for ident in pattern_idents(d.id):
                            self._declare(ident, s.left.kind, fi, scope, False, s)
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
            # declarations of every case share one block
            for c in stmts:
                if c.type == "VariableDeclaration" and c.kind != "var":
                    for d in c.declarations:
                        for ident in pattern_idents(d.id):
                            self._declare(ident, c.kind, fi, scope, False, s)
                elif c.type in ("FunctionDeclaration", "ClassDeclaration") and c.id is not None:
                    self._declare(c.id, "function" if c.type == "FunctionDeclaration" else "class", fi, scope, False, s)
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
                        self._declare(ident, "catch", fi, scope, False, s.handler)
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
            for spec in s.specifiers:
                self._declare(spec.local, "import", fi, chain[-1], top)
        # Empty, Break, Continue, Debugger, ExportAll: nothing to resolve

    def _stmt_scoped(self, s: Any, fi: FuncInfo, chain: list) -> None:
        if s.type == "BlockStatement":
            self._stmt(s, fi, chain, False)
        else:
            scope: dict = {}
            self._block([s], fi, chain + [scope], False, s)

    def _class(self, c: Any, fi: FuncInfo, chain: list) -> None:
        inner = chain
        if c.type == "ClassExpression" and c.id is not None:
            v = self._new_var(c.id.name, "const", fi, c.id, False)
            self.refs[id(c.id)] = v
            inner = chain + [{c.id.name: v}]
        if c.superClass is not None:
            self._expr(c.superClass, fi, chain)
        for m in c.body.body:
            if m.computed:
                self._expr(m.key, fi, inner)
            if m.type == "MethodDefinition":
                self._function(m.value, fi, inner)
            elif m.value is not None:
                # a field initialiser runs as if in a method: its own function
                self._function_like_field(m, fi, inner)

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
            home.this_var = Var("this", "this", home, f"$this_cell_{id(home.node)}", captured=True)
        self.this_uses[id(e)] = home.this_var
        self._capture(home.this_var, fi)


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


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in name)
