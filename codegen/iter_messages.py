"""Node's message for a value that is not iterable.

V8 names the value by the source text of the expression that produced it (its
"call printer") where the bytecode keeps that position, and by the value's type
otherwise. Checked against node 20:

    for (x of o.list)          o.list is not iterable
    for (x of f())             f is not a function or its return value is not iterable
    [...n], const [a] = n      n is not iterable
    f(...n)   (n nullish)      n is not iterable (cannot read property null)
    f(...5)                    Spread syntax requires ...iterable[Symbol.iterator] to be a function
    new Set(5), [a] = 5        number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
    for (const [k] of [5])     .for is not iterable        (sic: V8 names the loop's own temporary)
    const {a: [p]} = o         o is not iterable (cannot read property Symbol(Symbol.iterator))

The build renders the text when it compiles the iteration (`text`, below) for
the forms whose rendering was checked, and hands the runtime's iteration entry
points ($forof_begin, $iterable_array, $pattern_array) a site: the text's slot
in the string table times 4 plus the message's kind (KIND_*). Every other form,
and every entry point without a site (Map and Set constructors, Array.from,
assignment and parameter patterns), gets -1, the type-based message, which
$not_iterable makes from the value at run time. A form node names differently
than rendered here would change only the message's text, never whether it throws.
"""
from __future__ import annotations

from typing import Any, Optional

from analysis.jsnumber import number_to_string

NONE = -1
KIND_TEXT = 0     # "<text> is not iterable"
KIND_CALL = 1     # "<callee> is not a function or its return value is not iterable"
KIND_SPREAD = 2   # a call's spread: nullish "<text> is not iterable (cannot read property null)", else V8's spread message
KIND_NAMED = 3    # "<text> is not iterable (cannot read property Symbol(Symbol.iterator))"

_UNARY = {"-", "+", "!", "~"}


def render(e: Any) -> Optional[str]:
    """The expression as V8's call printer writes it, or None for a form not checked."""
    t = e.type
    if t == "Identifier":
        return e.name
    if t == "ThisExpression":
        return "this"
    if t == "Literal":
        v = e.value
        if v is None and getattr(e, "regex", None) is None:
            return "null"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return number_to_string(float(v))
        return None
    if t == "UnaryExpression" and e.operator in _UNARY:
        a = e.argument
        if e.operator == "-" and a.type == "Literal" and isinstance(a.value, (int, float)) \
                and not isinstance(a.value, bool) and a.value != 0:
            return "-" + number_to_string(float(a.value))   # (a negative literal is one constant)
        inner = render(a)
        return None if inner is None else f"({e.operator}{inner})"
    if t == "MemberExpression":
        return _member(e)
    if t in ("CallExpression", "NewExpression") and not getattr(e, "optional", False):
        return render(e.callee) if e.callee.type != "Super" else None
    if t in ("BinaryExpression", "LogicalExpression"):
        left, right = render(e.left), render(e.right)
        return None if left is None or right is None else f"({left} {e.operator} {right})"
    if t == "UpdateExpression" and e.argument.type == "Identifier":
        return f"({e.operator}{e.argument.name})" if e.prefix else f"({e.argument.name}{e.operator})"
    if t == "SequenceExpression":
        parts = [render(x) for x in e.expressions]
        return None if None in parts else "(" + " , ".join(parts) + ")"
    if t == "AssignmentExpression" and e.operator == "=" and e.left.type == "Identifier":
        return e.left.name
    if t == "ObjectExpression":
        return "{(intermediate value)}" if e.properties else "{}"
    if t in ("ArrowFunctionExpression", "FunctionExpression"):
        return "(intermediate value)"
    return None


def _member(e: Any) -> Optional[str]:
    if getattr(e, "optional", False) or e.object.type == "Super" or e.property.type == "PrivateIdentifier":
        return None
    obj = render(e.object)
    if obj is None:
        return None
    k = e.property
    if not e.computed:
        return f"{obj}.{k.name}"
    if k.type == "Literal" and isinstance(k.value, str):
        return f"{obj}.{k.value}"
    key = render(k)
    return None if key is None else f"{obj}[{key}]"


def text(e: Any, context: str) -> tuple[Optional[str], int]:
    """(text, kind) of node's message for the value of `e` iterated in `context`:
    "loop" (for-of, an array literal's spread), "declaration" (`const [a] = e`),
    "call" (a call's spread); (None, NONE) for the type-based message."""
    if context == "call":
        got = render(e)
        return (got, KIND_SPREAD) if got is not None else (None, NONE)
    call = e.type in ("CallExpression", "NewExpression")
    if context == "declaration":
        # checked: names, `this`, literals (object literals too) and calls of a name; V8 loses a member's
        # and a method call's text here (the type-based message)
        if call:
            return (e.callee.name, KIND_CALL) if e.type == "CallExpression" and e.callee.type == "Identifier" \
                else (None, NONE)
        if e.type in ("Identifier", "ThisExpression", "Literal", "ObjectExpression") or \
                (e.type == "UnaryExpression" and e.operator == "-" and e.argument.type == "Literal"):
            got = render(e)
            return (got, KIND_TEXT) if got is not None else (None, NONE)
        return None, NONE
    got = render(e)
    if got is None:
        return None, NONE
    return got, (KIND_CALL if call else KIND_TEXT)


def site(mod, e: Optional[Any], context: str) -> int:
    """The site naming the message for `e` (None: the for-of head's own
    temporary, V8's `.for`): a string slot times 4 plus the kind, or NONE."""
    got, kind = (".for", KIND_TEXT) if e is None else text(e, context)
    return NONE if got is None else _slot(mod, got) * 4 + kind


def _slot(mod, s: Optional[str]) -> int:
    """s's slot in the module's string table (-1 for None)."""
    if s is None:
        return -1
    mod.string(s)
    return mod.strings[s]


# ------------------------------------------------------------------ patterns
# A pattern's source says where its value comes from: NESTED (inside another
# pattern), ("declaration", init), ("assignment", right), ("loop", None) for a
# for-of head's declaration, ("value", None) for a parameter or an assignment
# head, or ("named", site) for an array pattern that is a property's value in an
# object pattern whose own source is named by a text.
NESTED = None


def array_site(mod, source: Optional[tuple]) -> int:
    """The site of an array pattern's message (see `site`)."""
    if source is None:
        return NONE
    kind, e = source
    if kind == "declaration":
        return site(mod, e, "declaration")
    if kind == "loop":
        return site(mod, None, "")
    if kind == "named":
        return _slot(mod, e) * 4 + KIND_NAMED
    return NONE   # (an assignment's or a parameter's array pattern: the type-based message)


def nested(source: Optional[tuple]) -> Optional[tuple]:
    """The source of an array pattern that is a property's value in an object
    pattern of `source`: V8 names the outer value, with the type-based
    message's ending (`const {a: [p]} = o`: "o is not iterable (cannot read
    property Symbol(Symbol.iterator))"), for the forms checked."""
    if source is None:
        return NESTED
    kind, e = source
    if kind in ("declaration", "assignment") and e.type == "Identifier":
        return ("named", e.name)
    if kind == "loop":
        return ("named", ".for")
    return NESTED


def nullish_operands(mod, source: Optional[tuple], p: Any) -> str:
    """The operands after the value of $destructure_error for object pattern p:
    the text's string slot (-1: name the value itself), the first key's slot
    and the form: 0 "Cannot read properties of undefined (reading 'k')" (a
    nested pattern, or a first property with a default), 1 "Cannot destructure
    property 'k' of 'x' as it is undefined.", 2 "Cannot destructure 'x' as it is
    undefined." (no first key: none, rest or computed)."""
    from .module import callee_text
    first = p.properties[0] if p.properties else None
    key = None
    if first is not None and first.type != "RestElement" and not first.computed:
        k = first.key
        key = k.name if k.type == "Identifier" else number_to_string(float(k.value)) \
            if isinstance(k.value, (int, float)) else str(k.value)
    form = 1 if key is not None else 2
    if source is None or (first is not None and first.type != "RestElement" and first.value.type == "AssignmentPattern"):
        form = 0
    text = None
    if source is not None:
        kind, e = source
        if kind in ("declaration", "assignment"):
            text = callee_text(e) if e.type != "Literal" else render(e)
        elif kind == "loop":
            text = ".for"
    return f"(i32.const {_slot(mod, text)}) (i32.const {_slot(mod, key)}) (i32.const {form})"
