"""Parsing one source text into an esprima tree, safely.

The parser and every later pass recurse over the tree, so they run on a thread
with a large stack and a raised recursion limit (`run_deep`). Nesting beyond
that still fails cleanly: esprima turns the RecursionError into its own
"nesting exceeds the parser resource limit" error, which we report as
`nesting-too-deep`. A syntax error becomes one diagnostic at the offending
token. A file is a module when it is `.mjs` or uses `import`/`export` at the
top level; otherwise a script (node's CommonJS default).
"""
from __future__ import annotations

import os
import re
import sys
import threading
from dataclasses import dataclass
from typing import Any, Callable, Optional, TypeVar

import esprima

from . import incremental
from .source import SourceText

STACK_BYTES = 512 * 1024 * 1024
RECURSION_LIMIT = 120_000

T = TypeVar("T")

_MODULE_SYNTAX = re.compile(r"^[ \t]*(import[\s{*'\"]|export[\s{*])", re.M)


_NOT_CHILDREN = frozenset({"type", "range", "loc", "leadingComments", "trailingComments"})


def fields(n: Any):
    """(field name, child node) of an esprima node, in field order."""
    for k, v in n.__dict__.items():
        if k.startswith("_") or k in _NOT_CHILDREN:
            continue
        if isinstance(v, list):
            for x in v:
                if x is not None and hasattr(x, "type"):
                    yield k, x
        elif v is not None and hasattr(v, "type"):
            yield k, v


def children(n: Any):
    """The child nodes of an esprima node, in field order."""
    for _, c in fields(n):
        yield c


def is_reference(parent: Any, field_name: Any) -> bool:
    """Does an identifier at parent.field_name name a binding (a use or a
    declaration), rather than a property name or a label? A shorthand property's
    key is its value's name too."""
    if parent is None:
        return True
    t = parent.type
    if t == "MemberExpression" and field_name == "property" and not parent.computed:
        return False
    if t in ("Property", "MethodDefinition", "PropertyDefinition") and field_name == "key" \
            and not parent.computed and not getattr(parent, "shorthand", False):
        return False
    return not (t in ("LabeledStatement", "BreakStatement", "ContinueStatement") and field_name == "label")


def run_deep(fn: Callable[[], T]) -> T:
    """Run `fn` on a thread with a big stack and a high recursion limit."""
    result: list[Any] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # re-raised on the caller's thread
            error.append(exc)

    old_limit = sys.getrecursionlimit()
    old_stack = threading.stack_size()
    lock = _deep_lock
    with lock:
        threading.stack_size(STACK_BYTES)
        sys.setrecursionlimit(RECURSION_LIMIT)
        try:
            t = threading.Thread(target=target, name="shapescape-deep")
            t.start()
        finally:
            threading.stack_size(old_stack)
        t.join()
        sys.setrecursionlimit(old_limit)
    if error:
        raise error[0]
    return result[0]


_deep_lock = threading.Lock()


def deep_lock() -> threading.Lock:
    """The lock held while a deep run changes the recursion limit (for a
    long-lived deep thread that does the same, server/worker.py)."""
    return _deep_lock


@dataclass
class ParseError:
    code: str          # syntax-error | nesting-too-deep
    message: str
    offset: int        # code-point offset of the offending token
    line: int
    column: int        # 1-based


@dataclass
class Parsed:
    tree: Any
    source_type: str   # script | module
    comments: list


# Offsets in code points (Python string indices), not UTF-16 units.
OPTIONS = {"range": True, "comment": True, "tolerant": False, "positionEncoding": "scalar"}
_WRAP = "(function(){\n"


def _error(exc: Exception, text: str) -> ParseError:
    message = str(getattr(exc, "description", None) or getattr(exc, "message", None) or exc)
    message = re.sub(r"^Line \d+: ", "", message)
    index = getattr(exc, "index", None) or 0
    line = getattr(exc, "lineNumber", None) or 1
    column = getattr(exc, "column", None) or 1
    if "resource limit" in message:
        return ParseError("nesting-too-deep", "the file nests deeper than the analysis accepts "
                          "(brackets, calls, operators or blocks nested thousands deep)", index, line, column)
    index, message = _refine(text, index, message)
    return ParseError("syntax-error", message, index, line, column)


def _refine(text: str, index: int, message: str) -> tuple[int, str]:
    """Point the error at the token responsible and say what it is."""
    index = max(0, min(index, len(text)))
    m = re.match(r"Illegal (break|continue) statement", message)
    if m:
        k = text.rfind(m.group(1), 0, index + 1)
        if k != -1:
            return k, f"`{m.group(1)}` outside a loop{' or switch' if m.group(1) == 'break' else ''}"
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    if message == "Unexpected token ILLEGAL" or message.startswith("Invalid or unexpected token"):
        ch = text[index] if index < len(text) else ""
        if ch in "'\"":
            return index, "unterminated string literal"
        if ch == "`":
            return index, "unterminated template literal"
        if ch == "/":
            return index, "unterminated regular expression or comment"
        if ch:
            return index, f"invalid or unexpected character `{ch}` (U+{ord(ch):04X})"
    if index >= len(text) and message.startswith("Unexpected end of input"):
        return index, "unexpected end of input: a bracket, string, template or comment is not closed"
    return index, message


def _shift(node: Any, by: int) -> None:
    """Move every offset of a tree parsed from wrapped text back by `by`."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, list):
            stack.extend(n)
            continue
        if not hasattr(n, "__dict__"):
            continue
        d = n.__dict__
        if "_start" in d and isinstance(d["_start"], int):
            d["_start"] -= by
            d["_end"] -= by
        r = d.get("range")
        if isinstance(r, list) and len(r) == 2:
            d["range"] = [r[0] - by, r[1] - by]
        for k, v in d.items():
            if k.startswith("_") or k in ("range", "loc"):
                continue
            if isinstance(v, list) or hasattr(v, "__dict__"):
                stack.append(v)


def _parse_commonjs_with_return(text: str):
    """node runs a CommonJS file inside a function, so a top-level `return` is
    legal there: parse it the same way and map offsets back."""
    tree = esprima.parseScript(_WRAP + text + "\n})", OPTIONS)
    fn = tree.body[0].expression
    body = fn.body.body
    _shift(body, len(_WRAP))
    comments = list(tree.comments or [])
    _shift(comments, len(_WRAP))
    tree.body = body
    tree.comments = comments
    return tree


def parse(src: SourceText, package_type: Optional[str] = None) -> Parsed | ParseError:
    """Parse; must be called on a deep thread (see run_deep). Inside
    `incremental.using(cache)` a file parsed before is re-parsed only around
    the change (analysis/incremental.py). As node decides:
    `.mjs` is a module, `.cjs` a script, `.js` a module when the nearest
    package.json says `"type": "module"`; otherwise a CommonJS script, unless
    it has module syntax (import/export) and parses only as a module."""
    text = src.text
    if src.path.endswith(".mjs") or (package_type == "module" and not src.path.endswith(".cjs")):
        kinds = ("module",)
    elif src.path.endswith(".cjs") or not _MODULE_SYNTAX.search(text):
        kinds = ("script",)
    else:
        kinds = ("script", "module")
    cache = incremental.active()
    key = (os.getcwd(), src.path)
    if cache is not None:
        got = cache.reparse(key, text, kinds, package_type, OPTIONS)
        if got is not None:
            tree, kind = got
            return Parsed(tree, kind, list(tree.comments or []))
    first_error: Optional[ParseError] = None
    for kind in kinds:
        try:
            if kind == "module":
                tree = esprima.parseModule(text, OPTIONS)
            else:
                try:
                    tree = esprima.parseScript(text, OPTIONS)
                except esprima.Error as exc:
                    if "Illegal return statement" not in str(exc):
                        raise
                    tree = _parse_commonjs_with_return(text)
                    cache = None   # offsets were moved back from the wrapper: not spliced later
            if cache is not None:
                cache.store(key, incremental.Entry(text, tree, kind, kinds, package_type,
                                                   incremental.prologue(tree.body)))
            return Parsed(tree, kind, list(tree.comments or []))
        except esprima.Error as exc:
            err = _error(exc, text)
            if kind == "module" and first_error is not None and \
                    not re.search(r"import|export", first_error.message):
                return first_error   # the script error explains the file better
            if kind == "module" or first_error is None:
                first_error = err if first_error is None or kind == "module" else first_error
        except RecursionError:
            return ParseError("nesting-too-deep", "the file nests deeper than the analysis accepts", 0, 1, 1)
        except AssertionError as exc:   # esprima's own checks, on some malformed input
            return ParseError("syntax-error", f"the parser cannot read this file ({exc})", 0, 1, 1)
    return first_error


def token_end(text: str, offset: int) -> int:
    """End of the token starting at `offset`, for a diagnostic's range."""
    if offset >= len(text):
        return offset
    if text[offset] in "'\"`":
        nl = text.find("\n", offset)
        return len(text) if nl == -1 else nl
    m = re.compile(r"[\w$]+|\S").match(text, offset)
    return m.end() if m else offset + 1
