"""The environment of a class made inside a function.

A class written inside a function (the module pattern: an IIFE that declares
helpers and state, then a class whose methods use them) has members that read
and write that function's variables. A closure carries such captures in its
`$Fn` struct, but a member is mostly not called through a closure: the build
calls methods directly (`call $f12_Counter_area`), dispatches them by the
receiver's struct type, inlines them, and runs constructors and field
initialisers from `new`. None of those paths has a closure to read from.

Model. The build has one class per definition, evaluated at most once
(codegen/class_once.py guards a second evaluation). So a class's captures
can live beside its descriptor: one global per class, `$cenv_u<N>`, an array
of the captured cells (or values, for variables captured by value), filled
by the class's evaluation before any member can run (the static members run
during it; instances and direct static calls exist only after it). Its slots
are the union of the captures of the class's *member functions* (each
method, accessor and the constructor, static ones included, each static
block and each field initialiser; codegen/resolve.py `member_of`), in the
order first seen. A member reads a captured variable from that slot, whoever
calls it and however; a function nested in a member keeps its own closure
environment, made from the member's reads. A field initialiser runs inside
the constructor, and a class with no constructor of its own gets a
synthesised one whose function is the class node itself: both read the
class's slots.

By value stays sound: a variable is captured by value only when every
closure capturing it is created after its initialisation, and a member's
creation point is its place in the class's text (resolve.py), which the
class's evaluation precedes only by code that cannot initialise a variable
(a computed key, the heritage): the variable is set when the class is
evaluated and the slot copies it then. A class made from a constructor
function is evaluated away from its members' text, so its members capture
nothing by value (resolve.py, Resolver._member).
"""
from __future__ import annotations

from typing import Any, Optional

_CLASS_NODES = ("ClassDeclaration", "ClassExpression")


def member_infos(resolver, node: Any) -> list:
    """The FuncInfos of class node's member functions, in member order."""
    out = []
    for m in node.body.body:
        if m.type == "StaticBlock":
            out.append(resolver.funcs[id(resolver.static_blocks[id(m)])])
        elif m.type == "MethodDefinition":
            out.append(resolver.funcs[id(m.value)])
        elif id(m) in resolver.funcs:
            out.append(resolver.funcs[id(m)])
    return out


def captured(resolver, node: Any) -> list:
    """The variables of enclosing functions that class node's members use: its slots."""
    seen: dict = {}
    for fi in member_infos(resolver, node):
        for v in fi.free:
            seen.setdefault(id(v), v)
    return list(seen.values())


def reads_closure(fi) -> bool:
    """Does the function read captured variables from its own closure (`$self`)?
    A class member reads them from its class's slots instead."""
    return bool(fi.free) and fi.member_of is None


def global_name(ci) -> str:
    return f"$cenv_u{ci.index}"


def globals_(mod) -> list:
    return [f"(global {global_name(ci)} (mut (ref null $Vals)) (ref.null $Vals))"
            for ci in sorted(mod.classes.values(), key=lambda c: c.index) if ci.env]


def class_of(fl) -> Optional[Any]:
    """The class node whose slots this function reads: it is one of the class's
    members or its synthesised constructor."""
    fi = fl.fi
    if fi.member_of is not None:
        return fi.member_of
    return fi.node if getattr(fi.node, "type", None) in _CLASS_NODES else None


def slot(fl, v) -> Optional[str]:
    """v's cell (or value) from the class's slots, when this function is a member
    of a class that captures v; else None."""
    node = class_of(fl)
    if node is None:
        return None
    ci = fl.mod.class_info(node, fl)
    idx = ci.env_index.get(id(v))
    if idx is None:
        return None
    return f"(array.get $Vals (ref.as_non_null (global.get {global_name(ci)})) (i32.const {idx}))"


def fill(fl, ci) -> str:
    """The statement of the class's evaluation (in fl, the code evaluating it) that
    fills its slots."""
    cells = " ".join(fl.cell_ref(v) for v in ci.env)
    return f"(global.set {global_name(ci)} (array.new_fixed $Vals {len(ci.env)} {cells}))"
