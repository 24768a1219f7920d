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

import re
import sys
import threading
from dataclasses import dataclass
from typing import Any, Callable, Optional, TypeVar

import esprima

from .source import SourceText

STACK_BYTES = 512 * 1024 * 1024
RECURSION_LIMIT = 120_000

T = TypeVar("T")

_MODULE_SYNTAX = re.compile(r"^[ \t]*(import[\s{*'\"]|export[\s{*])", re.M)


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


def source_type_of(path: str, text: str) -> str:
    if path.endswith(".mjs"):
        return "module"
    if path.endswith(".cjs"):
        return "script"
    return "module" if _MODULE_SYNTAX.search(text) else "script"


def parse(src: SourceText) -> Parsed | ParseError:
    """Parse; must be called on a deep thread (see run_deep)."""
    kind = source_type_of(src.path, src.text)
    options = {"range": True, "comment": True, "tolerant": False}
    try:
        if kind == "module":
            tree = esprima.parseModule(src.text, options)
        else:
            tree = esprima.parseScript(src.text, options)
    except esprima.Error as exc:
        message = str(getattr(exc, "description", None) or exc.message or exc)
        message = re.sub(r"^Line \d+: ", "", message)
        index = getattr(exc, "index", None) or 0
        line = getattr(exc, "lineNumber", None) or 1
        column = getattr(exc, "column", None) or 1
        code = "nesting-too-deep" if "resource limit" in message else "syntax-error"
        if code == "nesting-too-deep":
            message = ("the file nests deeper than the analysis accepts "
                       "(brackets, calls or statements nested tens of thousands deep)")
        return ParseError(code, message, index, line, column)
    except RecursionError:
        return ParseError("nesting-too-deep", "the file nests deeper than the analysis accepts", 0, 1, 1)
    return Parsed(tree, kind, list(tree.comments or []))


def token_end(text: str, offset: int) -> int:
    """End of the token starting at `offset`, for a diagnostic's range."""
    if offset >= len(text):
        return offset
    m = re.compile(r"[\w$]+|\S").match(text, offset)
    return m.end() if m else offset + 1
