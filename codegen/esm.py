"""ES modules in the build: which binding each import names, and the order modules run in.

Model
-----
A module's *exports* map names to bindings. A binding is a file-level Var of
some module (a wasm global, codegen/resolve.py) or, for a CommonJS file, its
`module.exports` once its code has run:

  - `export const a = ...`, `export function f`, `export class C` export the
    module's own bindings under their names; `export { x as y }` exports x's
    binding as y (x may itself be an import: its binding, followed);
  - `export default function f` / `class C` export f / C as `default`;
    `export default <expression>` and an anonymous default function or class
    export a binding of their own, named `default` (Resolver.default_vars), set
    where the statement runs (a function: where functions are hoisted);
  - `export { x as y } from './m'` exports m's binding x as y, and
    `export * from './m'` every name of m but `default` that the module does not
    export itself; a name two `export *` give different bindings is ambiguous,
    and importing it is node's SyntaxError, refused here.

An import binding has no storage of its own: every use of `y` after
`import { x as y } from './m'` is a use of the binding m exports as x
(`link` repoints the resolver's references), so it is live, as in JavaScript,
and its temporal dead zone is the exporter's (codegen/early.py). A namespace
`import * as ns` is only read as `ns.name` (that binding again); any other use
of the namespace object is refused. A default import of a CommonJS file is the
one binding with storage: the importer's own global, set to the file's
`module.exports` when the importer links.

Order. A module's code runs once (the `$require_i` guard every file has). It
initialises its function declarations (JavaScript initialises every module's
functions before any code runs), then runs the modules it imports, in the order
of its `import` and `export ... from` declarations, skipping those already
running or done, then its own statements. So a module's code runs after all of
its imports', except around a cycle, where a binding read before its
declaration has run throws node's ReferenceError (codegen/early.py decides
which reads are tested).

Refused at the construct, since node would not run them or the build would
compute something else: an import of a file that is not one of the program's
(a package or a builtin module), a specifier that is not a file's exact name
(node's ES module loader adds no extension and reads no index file), a name
the module does not export (node's SyntaxError), named and namespace imports of
a CommonJS file, `require` of an ES module (node 20's ERR_REQUIRE_ESM), and an
assignment to an import binding (node's TypeError).
"""
from __future__ import annotations

import os
from typing import Any, Optional, Union

from .resolve import Unsupported, Var

Binding = Union[Var, int]   # a Var, or the index of a CommonJS file (its module.exports)


def _name(n: Any) -> str:
    """An export or import name: an identifier or a string literal (`export { a as "b c" }`)."""
    return n.name if n.type == "Identifier" else str(n.value)


class Linker:
    def __init__(self, mod) -> None:
        self.mod = mod
        self.exports: dict[int, dict[str, tuple]] = {}   # file -> name -> (Binding, node that exports it)
        self.namespaces: dict[int, int] = {}             # id(namespace Var) -> file
        self.cjs_defaults: dict[int, list] = {}          # file -> [(import Var, CommonJS file)]
        self.deps: dict[int, list[int]] = {}             # file -> the modules it runs first, in order

    # ------------------------------------------------------------ files
    def is_module(self, i: int) -> bool:
        return not self.mod.is_commonjs(i)

    def target(self, i: int, decl: Any) -> int:
        """The file an import or re-export of file i names."""
        spec = decl.source.value
        if not isinstance(spec, str) or not spec.startswith(("./", "../")):
            raise Unsupported(decl.source, f"importing `{spec}`, which is not a file of the program "
                                           "(only relative imports of the program's own files are compiled)")
        mod = self.mod
        here = mod.units[i].path
        path = mod.resolve_path(here, spec)
        exact = os.path.abspath(os.path.join(os.path.dirname(here), spec))
        if path is None or path not in mod.file_of:
            raise Unsupported(decl.source, f"importing `{spec}`: no such file of the program")
        if path != exact:
            raise Unsupported(decl.source, f"importing `{spec}`: node loads an ES module import by its exact "
                                           f"file name only (write `{_suggest(here, path)}`)")
        return mod.file_of[path]

    # ------------------------------------------------------------ exports
    def exports_of(self, i: int, busy: frozenset = frozenset()) -> dict:
        """name -> (Binding, node) of module i; None as the Binding: ambiguous."""
        got = self.exports.get(i)
        if got is not None:
            return got
        out: dict = {}
        stars: list = []
        res = self.mod.resolver
        for s in self.mod.units[i].parsed.tree.body:
            t = s.type
            if t == "ExportNamedDeclaration":
                d = s.declaration
                if d is not None:
                    for ident in _declared(d):
                        out[ident.name] = (res.refs[id(ident)], ident)
                elif s.source is not None:
                    j = self.target(i, s)
                    for spec in s.specifiers:
                        out[_name(spec.exported)] = (self.imported(i, j, _name(spec.local), spec, busy), spec)
                else:
                    for spec in s.specifiers:
                        out[_name(spec.exported)] = (self.follow(res.refs[id(spec.local)], spec, busy), spec)
            elif t == "ExportDefaultDeclaration":
                d = s.declaration
                v = res.default_vars.get(id(s))
                out["default"] = (v if v is not None else res.refs[id(d.id)], s)
            elif t == "ExportAllDeclaration":
                j = self.target(i, s)
                if getattr(s, "exported", None) is not None:
                    raise Unsupported(s, "`export * as name from` (a module namespace object as a value)")
                stars.append((j, s))
        own = set(out)
        for j, s in stars:
            if not self.is_module(j):
                raise Unsupported(s, "`export * from` a CommonJS file")
            if j in busy:
                continue   # a star cycle adds nothing new
            for name, (b, node) in self.exports_of(j, busy | {i}).items():
                if name == "default" or name in own:
                    continue
                prev = out.get(name)
                out[name] = (b, node) if prev is None or prev[0] is b else (None, node)
        if not busy:
            self.exports[i] = out
        return out

    def imported(self, i: int, j: int, name: str, node: Any, busy: frozenset = frozenset()) -> Binding:
        """The binding module i gets as `name` from file j."""
        if not self.is_module(j):
            if name == "default":
                return j
            raise Unsupported(node, f"the named import `{name}` from a CommonJS file (import its default, "
                                    "`module.exports`, and read the property)")
        if i in busy:   # a re-export cycle that never reaches a declaration: node's SyntaxError too
            raise Unsupported(node, f"`{name}`: a circular re-export")
        got = self.exports_of(j, busy | {i}).get(name)
        if got is None:
            raise Unsupported(node, f"`{name}`: {os.path.basename(self.mod.units[j].path)} does not export it "
                                    "(node's SyntaxError)")
        if got[0] is None:
            raise Unsupported(node, f"`{name}`: ambiguous, two `export *` of "
                                    f"{os.path.basename(self.mod.units[j].path)} give different bindings")
        return got[0]

    def follow(self, v: Var, node: Any, busy: frozenset = frozenset()) -> Binding:
        """An exported local name: its own binding, or the one an import of it names."""
        if v.kind != "import":
            return v
        if id(v) in self.namespaces:
            raise Unsupported(node, "exporting a module namespace object")
        i, j, name, spec = self.import_of[id(v)]
        return self.imported(i, j, name, spec, busy)

    # ------------------------------------------------------------ linking
    def link(self) -> None:
        """Every module's dependencies and import bindings; repoints the references."""
        mod = self.mod
        res = mod.resolver
        self.import_of: dict[int, tuple] = {}   # id(import Var) -> (file, file imported, name, specifier)
        for i, u in enumerate(mod.units):
            deps: list[int] = []
            for s in u.parsed.tree.body:
                if s.type == "ExportDefaultDeclaration" and s.declaration.type == "ClassDeclaration" \
                        and s.declaration.id is None:
                    mod.class_shown[id(s.declaration)] = "default"   # its `name`, as JavaScript gives it
                if s.type != "ImportDeclaration" and not (s.type.startswith("Export") and getattr(s, "source", None)):
                    continue
                j = self.target(i, s)
                if j not in deps:
                    deps.append(j)
                for spec in s.specifiers if s.type == "ImportDeclaration" else ():
                    v = res.refs[id(spec.local)]
                    if spec.type == "ImportNamespaceSpecifier":
                        if not self.is_module(j):
                            raise Unsupported(spec, "a namespace import of a CommonJS file (import its default)")
                        self.namespaces[id(v)] = j
                    else:
                        name = "default" if spec.type == "ImportDefaultSpecifier" else _name(spec.imported)
                        self.import_of[id(v)] = (i, j, name, spec)
            self.deps[i] = deps
        bound: dict[int, Var] = {}
        for vid, (i, j, name, spec) in self.import_of.items():
            v = res.refs[id(spec.local)]
            if v.assigned:
                raise Unsupported(spec, f"assigning to the import `{v.name}` (node's TypeError: "
                                        "an import binding is read-only)")
            b = self.imported(i, j, name, spec)
            if isinstance(b, Var):
                bound[vid] = b
            else:
                self.cjs_defaults.setdefault(i, []).append((v, b))
        for ident_id, v in list(res.refs.items()):
            b = bound.get(id(v))
            if b is not None:
                res.refs[ident_id] = b

    # ------------------------------------------------------------ lowering
    def prologue(self, fl) -> str:
        """The code a module runs after hoisting its functions: its imports' code,
        then its CommonJS default imports' values."""
        i = fl.fi.file_index
        out = [f"(drop (call $require_{j}))" for j in self.deps.get(i, ())]
        for v, j in self.cjs_defaults.get(i, ()):
            out.append(f"(global.set {v.wasm} (call $require_{j}))")
        return "\n".join(out)

    def namespace(self, fl, e: Any) -> Optional[int]:
        """The module a namespace import `e` (an identifier) names, or None."""
        if e.type != "Identifier":
            return None
        v = fl.var_of(e)
        return self.namespaces.get(id(v)) if v is not None else None

    def member(self, fl, e: Any) -> Optional[Var]:
        """The binding `ns.name` reads, for a namespace import ns; None for any other expression."""
        if e.type != "MemberExpression":
            return None
        j = self.namespace(fl, e.object)
        if j is None:
            return None
        key = fl.static_member_key(e)
        if key is None:
            raise Unsupported(e, "a computed member of a module namespace object")
        got = self.exports_of(j).get(key)
        if got is None:
            raise Unsupported(e, f"`{key}`: {os.path.basename(self.mod.units[j].path)} does not export it "
                                 "(the namespace object has no such member)")
        if got[0] is None:
            raise Unsupported(e, f"`{key}`: ambiguous, two `export *` give different bindings")
        b = got[0]
        if not isinstance(b, Var):
            raise Unsupported(e, f"`{key}`: a CommonJS file's exports through a namespace object")
        return b


def _declared(d: Any) -> list:
    """The identifiers an exported declaration binds."""
    from .resolve import pattern_idents
    if d.type == "VariableDeclaration":
        return [ident for x in d.declarations for ident in pattern_idents(x.id)]
    return [d.id]


def _suggest(here: str, path: str) -> str:
    rel = os.path.relpath(path, os.path.dirname(here)).replace(os.sep, "/")
    return rel if rel.startswith("../") else "./" + rel
