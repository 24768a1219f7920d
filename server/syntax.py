"""Small text scans the code actions need: where a class and its constructor
are, where a brace block ends, whether an expression stands alone as a
statement. They skip strings, template literals and comments; they never
parse the whole file (code actions are asked for on every cursor move)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

IDENT = r"[A-Za-z_$][\w$]*"
MEMBER = re.compile(rf"^{IDENT}(?:\s*(?:\.\s*{IDENT}|\[\s*(?:'[^'\\\n]*'|\"[^\"\\\n]*\"|\d+)\s*\]))+$")


def _code_chars(text: str, start: int, stop: int) -> Iterator[tuple[int, str]]:
    """(index, character) of text[start:stop] outside strings, template literals
    and comments."""
    i = start
    while i < stop:
        c = text[i]
        if c in "'\"`":
            i = _skip_string(text, i)
            continue
        if text.startswith("//", i):
            nl = text.find("\n", i)
            i = stop if nl < 0 else nl
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = stop if end < 0 else end + 2
            continue
        yield i, c
        i += 1


def skip_to_close(text: str, open_index: int) -> Optional[int]:
    """Index of the `}` (or `)`) closing the bracket at `open_index`."""
    opening = text[open_index]
    closing = {"{": "}", "(": ")", "[": "]"}[opening]
    depth = 0
    for i, c in _code_chars(text, open_index, len(text)):
        if c == opening:
            depth += 1
        elif c == closing:
            depth -= 1
            if depth == 0:
                return i
    return None


def _skip_string(text: str, i: int) -> int:
    quote = text[i]
    i += 1
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == quote:
            return i + 1
        if c == "\n" and quote != "`":
            return i
        i += 1
    return i


@dataclass
class ClassInfo:
    name: str
    derived: bool
    body_open: int                 # index of the class body's `{`
    body_close: int                # index of its `}`
    ctor_open: Optional[int]       # index of the constructor body's `{`
    ctor_close: Optional[int]


def find_class(text: str, name: str) -> Optional[ClassInfo]:
    """The declaration `class Name ... { ... }` in the text (the first one)."""
    m = re.search(rf"\bclass\s+{re.escape(name)}\b(\s+extends\b)?[^{{]*\{{", text)
    if m is None:
        return None
    body_open = m.end() - 1
    body_close = skip_to_close(text, body_open)
    if body_close is None:
        return None
    ctor_open = ctor_close = None
    depth_text = text[body_open + 1:body_close]
    for c in re.finditer(r"\bconstructor\s*\(", depth_text):
        at = body_open + 1 + c.start()
        if _depth(text, body_open, at) != 1:
            continue
        paren = body_open + 1 + c.end() - 1
        close_paren = skip_to_close(text, paren)
        if close_paren is None:
            return None
        brace = text.find("{", close_paren)
        if brace < 0:
            return None
        ctor_open, ctor_close = brace, skip_to_close(text, brace)
        break
    return ClassInfo(name, m.group(1) is not None, body_open, body_close, ctor_open, ctor_close)


def _depth(text: str, start: int, at: int) -> int:
    """Brace depth at `at`, counting from the `{` at `start` (depth 1 inside it)."""
    depth = 0
    for _, c in _code_chars(text, start, at):
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
    return depth


def indent_of_line(text: str, index: int) -> str:
    start = text.rfind("\n", 0, index) + 1
    m = re.match(r"[ \t]*", text[start:])
    return m.group(0) if m else ""


def stands_alone(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole expression statement (its value unused)?"""
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    return (before == "" or before[-1] in "\n;{}") and (after == "" or after[0] in ";\n}" or after.startswith("//"))
