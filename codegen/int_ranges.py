"""Int32 locals: which number variables a function keeps in an i32, and why
every value they hold fits.

Model
-----
A let/const local the lowering keeps unboxed as a number (an f64 candidate,
ModuleBuilder.lower_typed) is also tried as an *int32 local*: an i32 wasm local
holding the number, read as `(f64.convert_i32_s (local.get $v))`. A JavaScript
number is an int32 exactly when it is an integer in [-2^31, 2^31 - 1] and not
-0, and the read gives that number back, so every use sees what node sees. The
local stays an i32 only while every write to it is *statically* an int32
(FunctionLowering.store_var): an integer constant in range, another int32
local, an array's or string's `length`, a bit operation's result, or a sum or
difference whose operands' ranges keep it inside int32. Any other write drops
the variable (back to an f64 local) and the function is lowered again, the way
the f64 candidates are; the candidates only shrink, so this ends.

What is gained: an index `a[i]` with an int32 local needs no truncation and no
test for a fraction, and `i < a.length` compares two i32s.

The ranges. An expression's range is an interval [lo, hi] of the values it
may have at run time where it is evaluated; `bounds` gives it for the
expressions whose lowered code is an int32 (None when it knows no better than
"a number"). An int32 local's range is all of int32, except where a loop test
says more: in the body and the update of

    for (...; v < B; ...)        (also <=, >, >= and the mirrored forms)

with v an int32 local that the body never writes and B an expression with a
range (a constant, an int32 local, the `length` of what the plan proves an
array or nullish: FunctionLowering.proven_array), v < hi(B) holds wherever the body and the update run, since both run
only after the test held and nothing in between changes v. The body may
change B, but B was an int32 when tested, so the bound hi(B) - 1 stays true.
A `for` that declares v with initial value A and only ever adds a positive
constant to v in its update also keeps v >= lo(A) (and symmetrically for a
loop that only subtracts). Those facts are what make `v++` in the update, and
`v + 1` in the body (`for (let j = i + 1; ...)`), provably int32.

An array's length is at most 2^31 - 1: its element count is an i32, and
wasmtime's GC heap (at most 4 GiB) cannot hold 2^31 elements of 4 bytes or a
string of 2^31 UTF-16 units besides anything else. So both lengths are int32.
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from analysis.parse import children

INT_MIN = -(1 << 31)
INT_MAX = (1 << 31) - 1
FULL = (INT_MIN, INT_MAX)

Range = tuple[int, int]


def fits(r: Range) -> bool:
    return INT_MIN <= r[0] and r[1] <= INT_MAX


def combine(op: str, a: Range, b: Range) -> Optional[Range]:
    """The range of a op b for + and -, when it fits in int32 (else None: the
    result may need an f64)."""
    if op == "+":
        r = (a[0] + b[0], a[1] + b[1])
    elif op == "-":
        r = (a[0] - b[1], a[1] - b[0])
    else:
        return None
    return r if fits(r) else None


def int_literal(e: Any) -> Optional[int]:
    """The value of a number literal that is an int32 (never -0: a literal has no sign)."""
    if e.type != "Literal" or isinstance(e.value, bool) or not isinstance(e.value, (int, float)):
        return None
    if getattr(e, "bigint", None) is not None or getattr(e, "regex", None) is not None:
        return None
    x = e.value
    if x != x or x in (float("inf"), float("-inf")) or x != int(x):
        return None
    x = int(x)
    return x if INT_MIN <= x <= INT_MAX else None


def writes(node: Any, is_target: Callable[[Any], bool]) -> bool:
    """Does code in node assign or update an identifier is_target accepts (in a
    pattern, a for-in/of head, or a nested function too)?"""
    t = node.type
    if t == "AssignmentExpression" and _pattern_has(node.left, is_target):
        return True
    if t == "UpdateExpression" and node.argument.type == "Identifier" and is_target(node.argument):
        return True
    if t in ("ForInStatement", "ForOfStatement") and node.left.type != "VariableDeclaration" \
            and _pattern_has(node.left, is_target):
        return True
    return any(writes(c, is_target) for c in children(node))


def _pattern_has(p: Any, is_target: Callable[[Any], bool]) -> bool:
    """Does the assignment target p bind an identifier is_target accepts? (An
    identifier read inside it, a default's or a computed key's, counts too:
    that only errs toward "written".)"""
    if p.type == "Identifier":
        return is_target(p)
    if p.type == "MemberExpression":
        return False
    return any(_pattern_has(c, is_target) for c in children(p))


def refine(op: str, current: Range, bound: Range) -> Range:
    """v's range where `v op B` held, B having range `bound`."""
    lo, hi = current
    if op == "<":
        hi = min(hi, bound[1] - 1)
    elif op == "<=":
        hi = min(hi, bound[1])
    elif op == ">":
        lo = max(lo, bound[0] + 1)
    elif op == ">=":
        lo = max(lo, bound[0])
    return lo, hi


MIRROR = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}


def step(update: Any, is_v: Callable[[Any], bool]) -> int:
    """The sign of a for-update that only adds a constant to v: +1 for `v++`,
    `++v`, `v += c` (c > 0), -1 for the decrements, 0 for anything else."""
    if update is None:
        return 0
    if update.type == "UpdateExpression" and update.argument.type == "Identifier" and is_v(update.argument):
        return 1 if update.operator == "++" else -1
    if update.type == "AssignmentExpression" and update.left.type == "Identifier" and is_v(update.left) \
            and update.operator in ("+=", "-="):
        c = int_literal(update.right)
        if c is None or c == 0:
            return 0
        return (1 if c > 0 else -1) * (1 if update.operator == "+=" else -1)
    return 0
