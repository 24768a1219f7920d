"""`JSON.stringify` and `JSON.parse`: the calls, lowered to the module's own
implementation in json.wat (no host call per value), and the strings that
implementation uses.

What is refused, at the call: a reviver (`JSON.parse(text, reviver)`): the
analysis does not model the calls JSON.parse would make to it, so the plan
would not describe its parameters. A replacer function of `JSON.stringify` is
modelled (called with a string and a value from outside the closed world) and
is supported.
"""
from __future__ import annotations

import os
from typing import Any

from .resolve import Unsupported

JSON_WAT = os.path.join(os.path.dirname(__file__), "json.wat")

UNDEF = "(ref.null any)"

# global name (without `$`) -> text, emitted like module.RUNTIME_STRINGS
JSON_STRINGS = {
    "s_toJSON": "toJSON",
    "s_json_spaces": " " * 10,
    "s_json_circular": "Converting circular structure to JSON",
    "s_json_circ_start": "\n    --> starting at object with constructor ",
    "s_json_circ_line": "\n    |     ",
    "s_json_circ_object": " -> object with constructor ",
    "s_json_circ_end": "\n    --- ",
    "s_json_circ_closes": " closes the circle",
    "s_json_ellipsis": "...",
    "s_json_index": "index ",
    "s_json_property": "property '",
    "s_json_anonymous": "<anonymous>",
    "s_jp_at": " in JSON at position ",
    "s_jp_eos": "Unexpected end of JSON input",
    "s_jp_number": "Unexpected number",
    "s_jp_string": "Unexpected string",
    "s_jp_token": "Unexpected token '",
    "s_jp_token_end": "', ",
    "s_jp_quote": "\"",
    "s_jp_not_valid": " is not valid JSON",
    "s_jp_nan": "NaN",
    "s_jp_infinity": "Infinity",
    "s_jp_after": "Unexpected non-whitespace character after JSON at position ",
    "s_jp_prop_or_brace": "Expected property name or '}'",
    "s_jp_quoted_prop": "Expected double-quoted property name",
    "s_jp_colon": "Expected ':' after property name",
    "s_jp_comma_brace": "Expected ',' or '}' after property value",
    "s_jp_comma_bracket": "Expected ',' or ']' after array element",
    "s_jp_unterminated": "Unterminated string",
    "s_jp_control": "Bad control character in string literal",
    "s_jp_escape": "Bad escaped character",
    "s_jp_unicode": "Bad Unicode escape",
    "s_jp_minus": "No number after minus sign",
    "s_jp_fraction": "Unterminated fractional number",
    "s_jp_exponent": "Exponent part is missing a number",
}


def lower_json_call(fl, name: str, e: Any) -> tuple[str, str]:
    """`JSON.<name>(...)`: arguments are evaluated left to right (extra ones too,
    for their effects), missing ones are undefined."""
    args = e.arguments
    if name == "stringify":
        vals = [fl.expr_any(a) for a in args[:3]] + [UNDEF] * max(0, 3 - len(args))
        if len(args) > 3:
            # extra arguments are evaluated (after the third, before the call) and dropped
            tmp = fl.local("anyref")
            drops = " ".join(f"(drop {fl.expr_any(a)})" for a in args[3:])
            vals[2] = f"(block (result anyref) (local.set {tmp} {vals[2]}) {drops} (local.get {tmp}))"
        return f"(call $json_stringify {' '.join(vals)})", "any"
    if name == "parse":
        if len(args) > 1:
            raise Unsupported(args[1], "a reviver function for `JSON.parse` (the analysis does not model its calls)")
        return f"(call $json_parse {fl.expr_any(args[0]) if args else UNDEF})", "any"
    raise Unsupported(e, f"`JSON.{name}`")
