"""Shared objects: allocation sites whose objects no run of the program can tell apart.

Model
-----
Every run of `new C(...)` makes a fresh object. When the objects a site makes
are all equal in every way a program can look at, one object serves for all
of them: the build makes it the first time the site runs, keeps it in a module
global, and hands out that same object every later time (codegen/module.py,
ModuleBuilder.construct). Binary trees make their leaves with
`new TreeNode(null, null)`: half of the tree's nodes, all alike.

A site X is *shared* when

  - it is `new C(a1, ..., an)` of a class declaration C with no superclass,
    written at its file's top level (so evaluated once: a class declared in a
    function or a block is a new class each time, and the objects of two of
    them differ in their constructor),
    every argument a literal (a number, string, boolean or null, or the
    negation of a number), and the plan builds it as a struct of its type
    (not scalar, no overflow dictionary, no deoptimisation);
  - C's constructor is *quiet*: its parameters are plain names and its body
    only stores a parameter or a literal in a property of `this`
    (`this.left = left;`), with no accessor of that name anywhere on C, and C
    declares no instance fields. So running it makes the same object from the
    same arguments, can throw nothing and does nothing else;
  - the objects are immutable once made (analysis/passing.py, `immutable`:
    nothing writes through a reference to one but the constructor's `this`);
  - their identity is never observed (analysis/inline_fields.py,
    `observed_objects`: no `===`, `switch`, Map or Set key, builtin argument,
    at any depth). Comparing with the literal `null` does not observe it: the
    answer is false for every object.

Their fields hold only literals, so a shared object holds no other object and
is in no cycle: printing or serialising it looks the same whether it is one
object or many. The first run of the site still runs `new` (with the class
binding's dead-zone test); only later runs reuse its result.

The decision is a plain check over the solved points-to sets (no fixed point).
"""
from __future__ import annotations

from typing import Any

from .constraints import Builder, ClassInfo
from .inline_fields import observed_objects
from .passing import Passing, immutable


def shared_sites(b: Builder, passing: Passing, containers: dict, site_by_obj: dict) -> frozenset:
    """The ids of the plan's shared sites (see the module comment)."""
    observed = None
    out = set()
    for x in b.sites:
        site = site_by_obj.get(x.id)
        if site is None or x.kind != "new" or site.representation != "struct" or site.overflow \
                or not site.type or x.deopts:
            continue
        ast = x.site.ast if x.site is not None else None
        if ast is None or not all(_literal(a) for a in ast.arguments):
            continue
        if not getattr(x, "class_decl", False) or len(x.ctor_classes) != 1:
            continue
        ci = x.ctor_classes[0]
        if not isinstance(ci, ClassInfo) or ci.parents or ci.parent_node is not None \
                or ci.extends_external or ci.extends_builtin is not None or not _top_level(ci) \
                or not _quiet(ci):
            continue
        if observed is None:
            observed = observed_objects(b)
        if x.id in observed or not immutable(b, passing, containers, x):
            continue
        out.add(site.id)
    return frozenset(out)


def _literal(e: Any) -> bool:
    if e.type == "UnaryExpression" and e.operator == "-":
        e = e.argument
        return e.type == "Literal" and isinstance(e.value, (int, float)) and not isinstance(e.value, bool)
    return e.type == "Literal" and getattr(e, "regex", None) is None and getattr(e, "bigint", None) is None


def _top_level(ci: ClassInfo) -> bool:
    """Is ci's declaration a statement of its file's top level (maybe exported)?"""
    parsed = getattr(ci.file, "parsed", None)
    body = parsed.tree.body if parsed is not None else ()
    return any(s is ci.ast or getattr(s, "declaration", None) is ci.ast for s in body)


def _quiet(ci: ClassInfo) -> bool:
    """Does making an instance of ci only store parameters and literals in `this`?"""
    if ci.field_defs or getattr(ci.ast, "type", None) != "ClassDeclaration":
        return False
    ctor = None
    for m in ci.ast.body.body:
        if m.type == "PropertyDefinition" and not m.static:
            return False
        if m.type == "MethodDefinition" and m.kind == "constructor":
            ctor = m.value
    if ctor is None:
        return True
    if any(p.type != "Identifier" for p in ctor.params):
        return False
    params = {p.name for p in ctor.params}
    for s in ctor.body.body:
        e = s.expression if s.type == "ExpressionStatement" else None
        if e is None or e.type != "AssignmentExpression" or e.operator != "=":
            return False
        t = e.left
        if t.type != "MemberExpression" or t.computed or t.object.type != "ThisExpression" \
                or t.property.type != "Identifier" or t.property.name in ci.accessors:
            return False
        v = e.right
        if not (_literal(v) or (v.type == "Identifier" and v.name in params)):
            return False
    return True
