"""Which class definitions are evaluated at most once.

In JavaScript every evaluation of a class declaration or expression makes a new
class: `function make() { return class {} }` gives a different class per call,
with its own statics, its own `constructor` for its instances, and `instanceof`
telling the two apart. The build has one class per definition: one descriptor
(the `$Class` global) that instances point to, `instanceof` walks and
`constructor` reads, and one mirror global per static (the statics cache). That
is exact only for a definition evaluated at most once.

The model is the syntax tree. Every file runs once, so a node reached from a
file's root without passing through a function (its body runs per call), a
loop (per iteration) or a class body (a field initialiser runs per `new`, a
static one per evaluation of the class) is evaluated at most once. The result
is the set of class nodes so reached. The build guards every other class
definition: its second evaluation stops the program with a not-supported
message (ModuleBuilder.class_value) instead of reusing the first class.
"""
from __future__ import annotations

from analysis.parse import children

_CLASSES = ("ClassDeclaration", "ClassExpression")
_REPEATED = frozenset(("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression",
                       "ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement",
                       "DoWhileStatement", "ClassBody"))


def classes_evaluated_once(programs: list) -> set:
    """ids of the class nodes evaluated at most once in a run of the program."""
    once: set = set()
    stack = list(programs)
    while stack:   # iterative: deeply nested files must not exhaust the Python stack
        n = stack.pop()
        if n.type in _CLASSES:
            once.add(id(n))
        stack.extend(c for c in children(n) if c.type not in _REPEATED)
    return once
