"""Arguments a callee never reads, left unevaluated where that cannot be seen.

`new Variable("v" + i, 0)` into a constructor that never reads its `name`
made two strings per call (a number's digits and the concatenation) only to
drop them: in a constraint solver that was a third of every object allocated.

Model. A parameter of a function is *dead* when it is a plain name that no
identifier of the program refers to but its own declaration: neither the body
nor a closure, a default value or a shorthand property reads it, and the
function has no `arguments` object (the unboxed entries this is used for never
do). A call whose target is known at build time (a direct call of a `.d`
entry, the constructor call of `new C(...)`) passes a placeholder of the
parameter's wasm type in place of a dead parameter's argument when that
argument is *pure*: its evaluation can neither be observed nor throw, so
leaving it out changes nothing a program can see.

Pure expressions: literals other than regular expressions and bigints; a read
of a variable that is bound when read (a parameter, a `var` or a function, or a
let/const read after its declaration where the text decides it); `undefined`,
`NaN` and `Infinity`; and unary, arithmetic, comparison and equality operators
and template literals over pure *primitive* operands. A primitive operand is a
literal, a read the plan proves a number, boolean, null or undefined, or such
an operator's result: converting those to a number or a string calls no user
code and cannot throw, and the strings they make are short, so not even the
maximum string length's RangeError is skipped. Anything else (a call, `new`, a
property read, an object that might have `valueOf`) is evaluated as written.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from .resolve import FUNCTIONS, static_member_key

_OPERATORS = frozenset(("+", "-", "*", "/", "%", "**", "<", ">", "<=", ">=", "==", "!=", "===", "!==",
                        "&", "|", "^", "<<", ">>", ">>>"))
_UNARY = frozenset(("-", "+", "!", "~", "typeof", "void"))
_GLOBAL_CONSTANTS = frozenset(("undefined", "NaN", "Infinity"))


def dead_params(mod, node: Any) -> frozenset:
    """Indexes of node's parameters no identifier but the declaration refers to."""
    memo = mod.dead_param_memo
    key = id(node)
    if key in memo:
        return memo[key]
    if mod.ref_counts is None:
        mod.ref_counts = Counter(id(v) for v in mod.resolver.refs.values())
    out = set()
    if node.type in FUNCTIONS and mod.resolver.funcs[id(node)].arguments_var is None:
        stored = _stored_unread(mod, node)
        for i, p in enumerate(node.params):
            v = mod.resolver.refs.get(id(p)) if p.type == "Identifier" else None
            if v is not None and v.kind == "param" and mod.ref_counts[id(v)] - stored.get(id(v), 0) == 1:
                out.add(i)
    memo[key] = frozenset(out)
    return memo[key]


def _stored_unread(mod, node: Any) -> Counter:
    """id(Var) -> how many statements `this.k = name` of node's body (outside its
    nested functions) store that variable into a field the plan says no code
    reads (Field.read), which the build leaves out (FunctionLowering.unread_write).
    Not in a class with `extends`: there `this` is bound by super(). Were a write
    kept anyway, it would store the placeholder where nothing looks."""
    out: Counter = Counter()
    fi = mod.resolver.funcs[id(node)]
    if fi.is_arrow or (fi.member_of is not None and fi.member_of.superClass is not None) \
            or node.body.type != "BlockStatement":
        return out
    work = list(node.body.body)
    while work:
        s = work.pop()
        if s.type in ("BlockStatement",):
            work.extend(s.body)
        elif s.type == "IfStatement":
            work.extend(x for x in (s.consequent, s.alternate) if x is not None)
        elif s.type == "ExpressionStatement" and s.expression.type == "AssignmentExpression":
            e = s.expression
            m, rhs = e.left, e.right
            if e.operator != "=" or m.type != "MemberExpression" or m.object.type != "ThisExpression" \
                    or rhs.type != "Identifier" or getattr(m, "optional", False):
                continue
            key = static_member_key(m)   # (a private field's write is never left out)
            v = mod.resolver.refs.get(id(rhs))
            if key is None or key.startswith("#") or v is None or unread_field(mod, fi, m.object, key) is None:
                continue
            out[id(v)] += 1
    return out


def unread_field(mod, fi, this: Any, key: str):
    """The field `this.key` writes when the plan types `this` as objects of one
    struct type (never nullish) whose field key no code reads; else None."""
    rt = mod.read_type(fi.file_index, this)
    if rt is None or not rt.startswith("(ref $"):
        return None
    tname = rt[len("(ref "):-1]
    f = mod.struct_field(tname, key)
    if f is None or f.read or f.inline or mod.accessor_in_hierarchy(tname, key) \
            or (not f.initialized and mod.inherits_key(tname, key)):
        return None
    return f


def placeholder(wasm_type: str) -> str:
    """A value of a dead parameter's wasm type (its callee never looks at it)."""
    return {"f64": "(f64.const 0)", "f64u": "(f64.const 0)", "i32": "(i32.const 0)"}.get(
        wasm_type, "(ref.null any)")


def skippable(fl, node: Any, i: int, arg: Any) -> bool:
    """May the call of function `node` pass a placeholder for its argument i?"""
    return i in dead_params(fl.mod, node) and pure(fl, arg)


def pure(fl, e: Any) -> bool:
    if e.type == "Identifier":
        return _bound_read(fl, e)
    return _primitive(fl, e)


def _primitive(fl, e: Any) -> bool:
    t = e.type
    if t == "Literal":
        return getattr(e, "regex", None) is None and getattr(e, "bigint", None) is None
    if t == "Identifier":
        if fl.var_of(e) is None:
            return e.name in _GLOBAL_CONSTANTS
        return _bound_read(fl, e) and fl.mod.is_primitive_read(fl.fi.file_index, e)
    if t == "UnaryExpression":
        return e.operator in _UNARY and _primitive(fl, e.argument)
    if t == "BinaryExpression":
        return e.operator in _OPERATORS and _primitive(fl, e.left) and _primitive(fl, e.right)
    if t == "TemplateLiteral":
        return all(_primitive(fl, x) for x in e.expressions)
    return False


def _bound_read(fl, ident: Any) -> bool:
    """Does reading ident find its variable bound (no ReferenceError possible)?"""
    v = fl.var_of(ident)
    if v is None:
        return ident.name in _GLOBAL_CONSTANTS
    if v.kind in ("param", "var", "function"):
        return True
    if v.kind not in ("let", "const") or v.case_span is not None or v.decl is None or fl.tdz_risk(v, ident):
        return False
    # the text decides it: in the declaring function (or file), a read after the
    # declaration; from another function, one tdz_risk clears
    declaring = v.owner is fl.fi if v.owner is not None else \
        (fl.kind == "file" and fl.fi.file_index == v.file_index)
    return not declaring or v.decl._start < ident._start
