"""Lexical scopes: which declaration an identifier refers to.

A `Scope` is a function body, a block, a `for` head, a `catch` clause, a class
body or a module/script top level. Before a scope's statements are walked,
every name it declares is bound (Builder.declare_function_scope and
declare_block): `var` and function
declarations hoist to the nearest function scope, `let`/`const`/`class` bind in
their block. Lookups then walk outwards, so uses before the declaration
(hoisting) and shadowing resolve as JavaScript does. Each binding owns one
value-flow node.
"""
from __future__ import annotations

from typing import Any, Iterator, Optional

from .graph import Node


class Binding:
    __slots__ = ("name", "node", "kind", "const_value", "scope", "offset")

    def __init__(self, name: str, node: Node, kind: str, scope: "Scope", offset: int):
        self.name = name
        self.node = node
        self.kind = kind              # var | let | const | function | class | param | import | catch | implicit
        self.const_value: Optional[str] = None   # a const bound to a string/number literal
        self.scope = scope
        self.offset = offset


class Scope:
    __slots__ = ("parent", "vars", "func", "kind", "is_with")

    def __init__(self, parent: Optional["Scope"], kind: str, func: Any = None):
        self.parent = parent
        self.vars: dict[str, Binding] = {}
        self.kind = kind              # function | block | module | class | catch | with
        self.func = func if func is not None else (parent.func if parent else None)
        self.is_with = kind == "with"

    def lookup(self, name: str) -> tuple[Optional[Binding], bool]:
        """The binding of `name`, and whether a `with` scope lies in between."""
        s: Optional[Scope] = self
        through_with = False
        while s is not None:
            if s.is_with:
                through_with = True
            b = s.vars.get(name)
            if b is not None:
                return b, through_with
            s = s.parent
        return None, through_with

    def function_scope(self) -> "Scope":
        s = self
        while s.kind not in ("function", "module") and s.parent is not None:
            s = s.parent
        return s

    def chain(self) -> Iterator["Scope"]:
        s: Optional[Scope] = self
        while s is not None:
            yield s
            s = s.parent


def pattern_names(p: Any) -> Iterator[Any]:
    """The Identifier nodes a binding pattern declares."""
    if p is None:
        return
    t = p.type
    if t == "Identifier":
        yield p
    elif t == "ObjectPattern":
        for prop in p.properties:
            if prop.type == "RestElement":
                yield from pattern_names(prop.argument)
            else:
                yield from pattern_names(prop.value)
    elif t == "ArrayPattern":
        for el in p.elements:
            yield from pattern_names(el)
    elif t == "RestElement":
        yield from pattern_names(p.argument)
    elif t == "AssignmentPattern":
        yield from pattern_names(p.left)


_NESTED = ("body", "consequent", "alternate", "block", "handler", "finalizer", "cases")


def var_declarations(stmts: list) -> Iterator[tuple[Any, Any]]:
    """(declarator or function node, identifier) for every `var` in these
    statements and nested blocks, not entering nested functions."""
    stack = list(reversed(stmts))
    while stack:
        s = stack.pop()
        if s is None:
            continue
        t = s.type
        if t == "VariableDeclaration":
            if s.kind == "var":
                for d in s.declarations:
                    for ident in pattern_names(d.id):
                        yield d, ident
            continue
        if t in ("ForStatement",):
            stack.append(s.init)
            stack.append(s.body)
            continue
        if t in ("ForInStatement", "ForOfStatement"):
            stack.append(s.left)
            stack.append(s.body)
            continue
        if t in ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression",
                 "ClassDeclaration", "ClassExpression"):
            continue
        if t == "BlockStatement" or t == "StaticBlock":
            stack.extend(reversed(s.body))
        elif t == "IfStatement":
            stack.append(s.consequent)
            stack.append(s.alternate)
        elif t in ("WhileStatement", "DoWhileStatement", "LabeledStatement", "WithStatement"):
            stack.append(s.body)
        elif t == "TryStatement":
            stack.append(s.block)
            if s.handler is not None:
                stack.append(s.handler.body)
            stack.append(s.finalizer)
        elif t == "SwitchStatement":
            for c in s.cases:
                stack.extend(reversed(c.consequent))
        elif t == "ExportNamedDeclaration" or t == "ExportDefaultDeclaration":
            stack.append(s.declaration)
