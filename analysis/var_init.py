"""Which `var` bindings every read finds assigned.

A `var` exists from the entry of its function and holds undefined until
something assigns it (hoisting), so a read may see undefined although no
assignment in the text stores it. The constraint builder therefore seeds every
`var` with undefined -- unless this module shows that no read can run before an
assignment. Such a var then has exactly the values assigned to it, like a
`let`: the build may keep it in an unboxed f64 local, a typed reference local,
or as a scalar object's fields.

The model is a set of text spans per name. The nodes are the statements of
the function's own statement lists: its body, block bodies, and the single
statement a loop or `if` holds without braces (a list of one). Nested
functions are not walked (they run at other times; the caller rules out a var
a closure reads or writes), nor are a `switch`'s case lists (a jump enters
them in the middle). A statement list runs its statements in order from the
first: nothing enters a list anywhere else, and a loop runs its body list from
its start on every iteration. So when statement k of a list is `var x = e`
(any declarator with an initialiser) or `x = e;`, every statement after it in
the same list runs after x was assigned: the span from the end of that
declarator or assignment to the end of the list. A `for` head's initialiser
(`for (var i = 0; ...)`, `for (i = 0; ...)`) runs before the loop's test,
update and body and before the statements after the `for` in its list; a
`for (var k in o)` or `for-of` assigns k before each run of its body.

Spans are per name, not per binding: an assignment to an inner `let x` (or to
a catch parameter `x`, which `var x = e` inside that catch assigns) makes a
span that ends with the list holding the assignment, inside the block where
that binding hides the var, so no read of the var lies in it. A var is set
before every read when each read's offset lies in one of its name's spans.
The walk over lists keeps its own stack; what a nested block or `if` assigns
on completion recurses as the constraint builder's own walk does (on the
analysis's deep-stack thread, analysis/parse.run_deep).
"""
from __future__ import annotations

from typing import Any, Iterable

from .scopes import pattern_names

Spans = dict[str, list[tuple[int, int]]]

_FUNCTIONS = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression",
              "ClassDeclaration", "ClassExpression")


def assigned_spans(stmts: list) -> Spans:
    """The spans of a function body's statements (see the top) in which each
    name has certainly been assigned."""
    spans: Spans = {}
    lists: list[tuple[list, bool]] = [(stmts, True)]

    def add(node: Any, end: int) -> None:
        """Spans from each assignment a declaration or expression makes to end."""
        for ident, at in _assignments(node):
            spans.setdefault(ident.name, []).append((at, end))

    while lists:
        body, in_order = lists.pop()
        if not body:
            continue
        list_end = body[-1]._end
        for s in body:
            labeled = False
            while s is not None and s.type == "LabeledStatement":
                s, labeled = s.body, True
            if s is None:
                continue
            t = s.type
            if t in _FUNCTIONS:
                continue
            if in_order and not labeled and t in ("IfStatement", "BlockStatement", "TryStatement"):
                # (a labeled one may complete by `break label` past its assignments)
                for name in _completes_assigning(s):
                    spans.setdefault(name, []).append((s._end, list_end))
            if t in ("VariableDeclaration", "ExpressionStatement"):
                if in_order:
                    add(s, list_end)
            elif t == "ForStatement":
                if s.init is not None:
                    add(s.init, list_end if in_order else s._end)
                lists.append(([s.body], True))
            elif t in ("ForInStatement", "ForOfStatement"):
                left = s.left.declarations[0].id if s.left.type == "VariableDeclaration" else \
                    s.left if s.left.type == "Identifier" else None
                for ident in pattern_names(left):
                    spans.setdefault(ident.name, []).append((s.body._start, s.body._end))
                lists.append(([s.body], True))
            elif t == "BlockStatement" or t == "StaticBlock":
                lists.append((s.body, True))
            elif t == "IfStatement":
                lists.append(([s.consequent], True))
                if s.alternate is not None:
                    lists.append(([s.alternate], True))
            elif t in ("WhileStatement", "DoWhileStatement"):
                lists.append(([s.body], True))
            elif t == "TryStatement":
                lists.append((s.block.body, True))
                if s.handler is not None:
                    lists.append((s.handler.body.body, True))
                if s.finalizer is not None:
                    lists.append((s.finalizer.body, True))
            elif t == "SwitchStatement":
                for case in s.cases:
                    lists.append((case.consequent, False))
            # with: its body reads names that may be the object's; no spans there
    return spans


def _completes_assigning(s: Any) -> set:
    """The names a statement has certainly assigned when it completes normally
    (and the statement after it runs): a block, all its statements'; an `if`
    with an `else`, those both branches assign; a `try`, those its block and its
    handler both assign, and its `finally`'s. A statement that may complete by
    a jump past its end (a labeled block's `break`, a loop, a switch) assigns
    nothing here, which is the safe answer. A name a block or a catch clause
    binds itself is not the var's."""
    t = s.type
    if t in ("VariableDeclaration", "ExpressionStatement"):
        return {ident.name for ident, _at in _assignments(s)}
    if t == "BlockStatement":
        out = set()
        for c in s.body:
            if c.type not in _FUNCTIONS:
                out |= _completes_assigning(c)
        return out - _lexical_names(s.body)   # those are the block's own bindings
    if t == "IfStatement":
        if s.alternate is None:
            return set()
        return _completes_assigning(s.consequent) & _completes_assigning(s.alternate)
    if t == "TryStatement":
        got = _completes_assigning(s.block)
        if s.handler is not None:
            caught = {i.name for i in pattern_names(s.handler.param)}
            got &= _completes_assigning(s.handler.body) - caught
        if s.finalizer is not None:
            got |= _completes_assigning(s.finalizer)
        return got
    return set()


def _assignments(node: Any) -> list:
    """(identifier, offset where its assignment has run) of each name a `var`
    declaration's initialisers, or an expression statement's (or `for` head's)
    plain `x = e` assignments, possibly in a comma list, assign."""
    if node.type == "VariableDeclaration":
        if node.kind != "var":
            return []
        return [(ident, d._end) for d in node.declarations if d.init is not None for ident in pattern_names(d.id)]
    out = []
    todo = [node.expression if node.type == "ExpressionStatement" else node]
    while todo:
        e = todo.pop()
        if e.type == "SequenceExpression":
            todo.extend(e.expressions)
        elif e.type == "AssignmentExpression" and e.operator == "=" and e.left.type == "Identifier":
            out.append((e.left, e._end))
    return out


def _lexical_names(stmts: list) -> set:
    """The names a block's own let, const, class and function declarations bind."""
    out = set()
    for c in stmts:
        if c.type == "VariableDeclaration" and c.kind != "var":
            out.update(i.name for d in c.declarations for i in pattern_names(d.id))
        elif c.type in ("FunctionDeclaration", "ClassDeclaration") and c.id is not None:
            out.add(c.id.name)
    return out


def set_at_reads(spans: list, reads: Iterable[int]) -> bool:
    """Does every read (an offset in the text) lie in one of the spans?"""
    return all(any(a <= r < b for a, b in spans) for r in reads)
