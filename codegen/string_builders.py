"""String variables built by appending in a loop.

`let s = ""; for (...) s += piece;` builds s by repeated concatenation. A
string of the module is an `(array i16)` of exactly its length, so each `+=`
allocates the whole new string and copies the old one into it: n appends of
short pieces cost O(n^2) copying (400,000 one-character appends took 10 s,
node 0.1 s). Such a variable is kept instead as a *builder*: two locals, a
buffer `(ref null $Str)` that may be longer than the string, and the string's
length in it (`<local>_n`). An append writes the piece after the length,
growing the buffer by doubling when it is full ($sb_append, amortised O(1) per
unit). A read gives the string itself: the buffer when it is exactly full,
else a copy of its first `_n` units, which then becomes the buffer ($sb_flat).

Sharing. Only a buffer with spare room is ever written in place, and such a
buffer is never handed out: a read of a buffer with room copies, and a buffer
that came from elsewhere (`s = t`, or a read's result) is exactly full, so the
next append makes a new one. So every string another part of the program holds
stays unchanged, as strings must.

Which variables. A local of the function (let, or a var set by one
declarator of the body: no read can precede it) that is not captured by a
closure (nothing else can reach its locals), that some `v += e` statement in
a loop appends to, and that is declared with a string literal or a template
(`let total = 0; total += x` is a number: an f64 local, not a builder). The lowering
then checks that it always holds a string: the initial value and every `v = e`
statically a string, every `v += e` a statement (whose value nobody uses);
anything else (a number assigned, `v++`, an append whose value is used, a
destructuring write) is a violation, and the function is lowered again without
that builder (ModuleBuilder.lower_typed), as for the number locals.
"""
from __future__ import annotations

from typing import Any

from analysis.parse import children

_LOOPS = ("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement")
_FUNCTIONS = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression", "ClassDeclaration",
              "ClassExpression")


def candidates(mod, fi) -> set:
    """ids of fi's variables that may be kept as builders (see above)."""
    appended: set = set()
    first_use: dict = {}   # id(Var) -> the earliest offset of a reference to it (not its declaration)
    text_init: set = set()   # ids of the Vars declared with a string literal or a template
    body = getattr(fi.node, "body", None)
    if body is None:
        return appended
    refs = mod.resolver.refs
    stack = [(body, False)]
    while stack:   # iterative: deeply nested code must not exhaust the Python stack
        n, in_loop = stack.pop()
        if isinstance(n, list):
            stack.extend((c, in_loop) for c in n)
            continue
        if n.type in _FUNCTIONS:
            continue
        if n.type == "Identifier":
            v = refs.get(id(n))
            if v is not None and n is not v.decl:
                first_use[id(v)] = min(first_use.get(id(v), n._start), n._start)
        if n.type == "VariableDeclarator" and n.id.type == "Identifier" and n.init is not None \
                and (n.init.type == "TemplateLiteral" or (n.init.type == "Literal" and isinstance(n.init.value, str))):
            v = refs.get(id(n.id))
            if v is not None:
                text_init.add(id(v))
        if in_loop and n.type == "ExpressionStatement" and n.expression.type == "AssignmentExpression" \
                and n.expression.operator == "+=" and n.expression.left.type == "Identifier":
            v = refs.get(id(n.expression.left))
            if v is not None:
                appended.add(id(v))
        inner = in_loop or n.type in _LOOPS
        stack.extend((c, inner) for c in children(n))
    out = set()
    for v in fi.vars:
        if id(v) not in appended or id(v) not in text_init or v.in_cell or v.captured or v.in_pattern:
            continue
        if v.kind == "let" or (v.kind == "var" and mod.set_var(v) and v.init_at is not None
                               and first_use.get(id(v), 0) >= v.init_at[0]):
            # (a var: no reference before its one declarator, which would read undefined)
            out.add(id(v))
    return out


def length_local(v) -> str:
    return f"{v.wasm}_n"


def read(fl, v) -> str:
    """v's string, as (ref $Str) code; the buffer becomes exactly it."""
    return (f"(block (result (ref $Str)) (local.set {v.wasm} (call $sb_flat (local.get {v.wasm}) "
            f"(local.get {length_local(v)}))) (ref.as_non_null (local.get {v.wasm})))")


def store(fl, v, code: str, t: str) -> str:
    """`v = e`: a string becomes the (full) buffer; anything else is a violation."""
    if t != "str":
        fl.sb_violations.add(id(v))
        return "(nop)"
    return (f"(local.set {v.wasm} {code}) "
            f"(local.set {length_local(v)} (array.len (ref.as_non_null (local.get {v.wasm}))))")


def append(fl, v, e: Any, want_value: bool) -> str:
    """`v += e` as a statement: the piece (e converted as `+` converts it after a
    string) written into the buffer."""
    if want_value:
        fl.sb_violations.add(id(v))
        return "(ref.null any)"
    c, t = fl.expr(e.right)
    piece = fl.local("(ref $Str)")
    if t == "str":
        value = c
    elif t == "f64":
        value = f"(call $num_to_str {c})"
    else:   # ToPrimitive (default hint), then ToString: what "" + e gives
        value = f"(ref.cast (ref $Str) (call $add (global.get $s_empty) {fl.to_any(c, t)}))"
    return (f"(local.set {piece} {value})\n"
            f"(local.set {v.wasm} (call $sb_append (local.get {v.wasm}) (local.get {length_local(v)}) "
            f"(local.get {piece})))\n"
            f"(local.set {length_local(v)} (i32.add (local.get {length_local(v)}) (array.len (local.get {piece}))))")
