"""Incremental re-parsing at top-level-statement granularity.

Model. For each path we keep the previous text and its tree. For a new text we
find the changed region (common prefix and suffix of the two texts) and the
smallest run of top-level statements S_i..S_j of the old tree that covers it.
The fragment that is re-parsed runs from the END of the untouched statement
S_{i-1} (or the start of the text) to the START of the untouched statement
S_{j+1} (or the end of the text), so every comment between them lies wholly
inside it (esprima's statement ranges exclude comments). Only the fragment of
the new text is parsed, with the same source type, and the tree is spliced:

    body     = old[:i] + fragment statements + old[j+1:] shifted
    comments = old comments before the fragment + fragment comments
               + old comments after it, shifted

"Shifted" means every position esprima records on a node: the code-point
offsets `_start`/`_end`/`range` move by the length difference, `_line` by the
difference in line breaks, and `_column` only for nodes on the line where the
fragment ends (the rest of their line moved). The fragment is parsed behind a
prefix that reproduces what the parser had seen at that point: the directive
prologue of the file (so strictness is the same), then line breaks and spaces
so that lines and columns come out right, then a `;` standing exactly where
the last character of S_{i-1} stands (so the scanner is not at the start of a
line: `-->` is not an HTML comment there). The prefix's statements and
comments are dropped; the fragment's offsets move by a constant.

The result must be exactly the tree a full parse of the new text gives. We
fall back to a full parse (return None) whenever that is not certain:

- the fragment does not parse (the full parse then reports the error);
- the statement before the fragment, or the last statement of the fragment,
  is not *closed*: it must end with an explicit `;` or be a declaration or
  block-bodied statement whose last token is `}` and which nothing after it
  can continue (automatic semicolon insertion could otherwise join the
  fragment with its neighbours, e.g. `x = f\n(1)`);
- the fragment ends in a line comment (it would swallow the next statement);
- the change touches the directive prologue, or the fragment starts with a
  statement that could extend it (`"use strict"` would change every
  statement's parse);
- the fragment is the whole file, the file was parsed through the CommonJS
  top-level-`return` wrapper, or its source type could differ (see
  `_kinds_allow`);
- the program-wide early errors esprima checks across statements (a name
  declared twice at the top level, duplicate or undefined exports) fail on
  the spliced tree.

Trees are shared between versions: statements before the fragment are reused
as they are and statements after it are shifted in place, so an old tree is
invalid once a newer one has been made from it. A cache is therefore used
only where one caller parses one version after the other and nothing else
holds the old trees (the language server's analysis thread, see `using`).
The analysis reads nodes and never writes to them (tests check both).
"""
from __future__ import annotations

import bisect
import re
import threading
from collections import Counter, OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator, Optional

import esprima
from esprima.validation import _Context, _strict_directive, _Validator


@dataclass
class Entry:
    text: str
    tree: Any            # esprima Program
    kind: str            # script | module: what the full parse chose
    kinds: tuple         # the kinds parse() tried for this text
    package_type: Optional[str]
    directives: int      # statements in the directive prologue


class Unsure(Exception):
    """Internal: this change is not handled incrementally."""


class ParseCache:
    """The last text and tree per path, for one sequential user."""

    MAX_ENTRIES = 64

    def __init__(self):
        self.entries: OrderedDict = OrderedDict()
        self.stats: Counter = Counter()     # "incremental", and "fallback: <reason>" counts
        self.last: Optional[str] = None     # what the last reparse did (tests)

    def store(self, key: Any, entry: Entry) -> None:
        self.entries[key] = entry
        self.entries.move_to_end(key)
        while len(self.entries) > self.MAX_ENTRIES:
            self.entries.popitem(last=False)

    def reparse(self, key: Any, text: str, kinds: tuple, package_type: Optional[str], options: dict):
        """The tree of `text` spliced from the previous one, or None (then the
        caller parses in full and stores the result)."""
        entry = self.entries.pop(key, None)
        if entry is None:
            self._note("fallback: no previous tree")
            return None
        if entry.text == text and entry.kinds == kinds and entry.package_type == package_type:
            self.entries[key] = entry
            self._note("unchanged")
            return entry.tree, entry.kind
        try:
            if entry.kinds != kinds or entry.package_type != package_type:
                raise Unsure("source type rules differ")
            tree = splice(entry, text, options)
        except Unsure as why:
            # raised before the old tree is touched: it stays the base for the
            # next text (the last text that parsed, while the user types on)
            self.entries[key] = entry
            self._note(f"fallback: {why}")
            return None
        except Exception as exc:   # a bug of ours: the old tree may be half shifted, forget it
            self._note(f"fallback: internal error ({type(exc).__name__}: {exc})")
            return None
        self.store(key, Entry(text, tree, entry.kind, kinds, package_type, prologue(tree.body)))
        self._note("incremental")
        return tree, entry.kind

    def _note(self, what: str) -> None:
        self.last = what
        self.stats[what.split(":")[0] if what.startswith("fallback") else what] += 1
        if what.startswith("fallback"):
            self.stats[what] += 1


_local = threading.local()


@contextmanager
def using(cache: ParseCache) -> Iterator[ParseCache]:
    """Parses on this thread (analysis.parse.parse) go through `cache`."""
    old = getattr(_local, "cache", None)
    _local.cache = cache
    try:
        yield cache
    finally:
        _local.cache = old


def active() -> Optional[ParseCache]:
    return getattr(_local, "cache", None)


# ------------------------------------------------------------------ the splice
def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:   # binary search over C-level slice comparisons
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    lo, hi = 0, limit
    la, lb = len(a), len(b)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[la - mid:] == b[lb - mid:]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def prologue(body: list) -> int:
    n = 0
    for s in body:
        if getattr(s, "directive", None) is None:
            break
        n += 1
    return n


def _directive_shaped(s: Any, text: str) -> bool:
    """Would this statement be a directive if the prologue reached it? (Its
    first token is a string literal and it is nothing more.)"""
    e = getattr(s, "expression", None)
    return (s.type == "ExpressionStatement" and e is not None and e.type == "Literal"
            and isinstance(e.value, str) and text[s._start:s._start + 1] in ("'", '"'))


_MODULE_ONLY = frozenset({"ImportDeclaration", "ExportNamedDeclaration", "ExportDefaultDeclaration",
                          "ExportAllDeclaration"})
_CLOSED_BY_BRACE = frozenset({"FunctionDeclaration", "ClassDeclaration", "BlockStatement",
                              "SwitchStatement", "TryStatement"})
_BODY_LAST = frozenset({"ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement",
                        "WithStatement", "LabeledStatement"})


def closed(s: Any, text: str) -> bool:
    """Can no token after `s` continue it? True when its last token is an
    explicit `;`, or a `}` ending a declaration or block-bodied statement
    (an `if`/`try` could only be continued by `else`/`catch`/`finally`, which
    cannot start a fragment that parses on its own)."""
    if s._end <= 0 or s._end > len(text):
        return False
    last = text[s._end - 1]
    if last == ";":
        return True
    t = s.type
    if t in _CLOSED_BY_BRACE:
        return last == "}"
    if t == "IfStatement":
        return closed(s.alternate if s.alternate is not None else s.consequent, text)
    if t in _BODY_LAST:
        return closed(s.body, text)
    if t in ("ExportNamedDeclaration", "ExportDefaultDeclaration"):
        d = s.declaration
        return d is not None and d.type in ("FunctionDeclaration", "ClassDeclaration") and closed(d, text)
    return False


def shift(nodes: list, by: int, lines: int = 0, on_line: int = -1, columns: int = 0) -> None:
    """Move every position in the trees `nodes` (in place): offsets by `by`,
    lines by `lines`, and columns by `columns` for nodes on line `on_line`."""
    stack = list(nodes)
    pop, push = stack.pop, stack.append
    seen: set = set()     # a node can have two parents (`import { a }`: local is imported)
    add = seen.add
    while stack:
        n = pop()
        if id(n) in seen:
            continue
        add(id(n))
        d = n.__dict__
        s = d.get("_start")
        if s is not None:
            d["_start"] = s + by
            d["_end"] += by
            line = d.get("_line")
            if line is not None:
                if line == on_line:
                    d["_column"] += columns
                d["_line"] = line + lines
        r = d.get("range")
        if r is not None:
            d["range"] = [r[0] + by, r[1] + by]
        for k, v in d.items():
            if type(v) is list:
                if k != "range":
                    for x in v:
                        if x is not None and hasattr(x, "__dict__"):
                            push(x)
            elif v is not None and hasattr(v, "__dict__"):
                push(v)


def _shift_comments(comments: list, by: int) -> None:
    for c in comments:
        r = c.range
        c.range = [r[0] + by, r[1] + by]
        d = c.__dict__
        if "_start" in d:
            d["_start"] += by
            d["_end"] += by


_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029]")


def _line_col(text: str, offset: int) -> tuple[int, int]:
    """0-based line and column (code points) of an offset, counting line
    breaks as JavaScript (and esprima) do: \n, \r\n, \r, U+2028, U+2029."""
    head = text[:offset]
    if "\r" not in head and "\u2028" not in head and "\u2029" not in head:
        return head.count("\n"), offset - (head.rfind("\n") + 1)
    breaks = list(_BREAK.finditer(head))
    return len(breaks), offset - (breaks[-1].end() if breaks else 0)


class _Invalid(Exception):
    pass


def _report(message, node):
    raise _Invalid(message)


def _program_checks(body: list, module: bool, text: str) -> None:
    """The early errors esprima's validator checks across top-level
    statements (each statement's own checks ran when it was parsed)."""
    ctx = _Context(module=module, strict=module or _strict_directive(body), allow_await=module)
    v = _Validator(_report, 2026, parser_tree=True, no_var="var" not in text)
    try:
        bindings = v.scope(body, ctx, "module" if module else "script")
        if module:
            v.module_exports(body, bindings)
    except _Invalid as exc:
        raise Unsure(f"program-wide early error ({exc})")


def splice(entry: Entry, new: str, options: dict) -> Any:
    old, tree = entry.text, entry.tree
    body = tree.body
    n = len(body)
    if n == 0:
        raise Unsure("the old program has no statements")
    p = _common_prefix(old, new)
    q = _common_suffix(old, new, min(len(old), len(new)) - p)
    r_old = len(old) - q            # changed region: old[p:r_old] became new[p:len(new)-q]
    delta = len(new) - len(old)
    ends = [s._end for s in body]
    starts = [s._start for s in body]
    i = bisect.bisect_right(ends, p)          # first statement ending after p
    j = bisect.bisect_left(starts, r_old) - 1  # last statement starting before r_old
    if i == 0 and j == n - 1:
        raise Unsure("the change spans the whole program")
    if entry.kind == "module" and "script" in entry.kinds and \
            not any(s.type in _MODULE_ONLY for s in body[:i]):
        # parse() tries a script first: only an untouched import/export before
        # the change proves the new text still fails as a script
        raise Unsure("the file might parse as a script now")
    k = entry.directives
    if i < k:
        raise Unsure("the change touches the directive prologue")
    if i > 0 and not closed(body[i - 1], old):
        raise Unsure("the statement before the change does not end with `;` or a closing `}`")
    a = body[i - 1]._end if i > 0 else 0
    b_old = body[j + 1]._start if j + 1 < n else len(old)
    b_new = b_old + delta
    if b_new < a or p < a or r_old > b_old:
        raise Unsure("the change is not inside one run of statements")
    # the prefix: what the parser had seen before `a`, with the same lines and columns
    if i == 0:
        prefix = ""
    elif i == k:     # right after the directive prologue: the prologue itself, verbatim
        prefix = old[:a]
    else:
        d_end = body[k - 1]._end if k > 0 else 0
        head = old[:d_end]
        line_a, col_a = _line_col(old, a - 1)
        line_d, col_d = _line_col(old, d_end) if k > 0 else (0, 0)
        if line_a == line_d:
            prefix = head + " " * (col_a - col_d) + ";"
        else:
            prefix = head + "\n" * (line_a - line_d) + " " * col_a + ";"
    fragment = prefix + new[a:b_new]
    module = entry.kind == "module"
    try:
        sub = (esprima.parseModule if module else esprima.parseScript)(fragment, options)
    except esprima.Error as exc:
        raise Unsure(f"the fragment does not parse ({exc})")
    except RecursionError:
        raise Unsure("the fragment nests too deep")
    lp = len(prefix)
    by = a - lp
    stmts = [s for s in sub.body if s._start >= lp]
    skipped = len(sub.body) - len(stmts)
    expect = k if i == k else (k + 1 if i > 0 else 0)   # prologue copies, then the `;`
    if skipped != expect:
        raise Unsure("the fragment's prefix did not parse as expected")
    comments = [c for c in (sub.comments or []) if c.range[0] >= lp]
    shift(stmts, by)
    _shift_comments(comments, by)
    if stmts and not closed(stmts[-1], new):
        raise Unsure("the fragment's last statement does not end with `;` or a closing `}`")
    if comments and comments[-1].type == "Line" and comments[-1].range[1] >= b_new:
        raise Unsure("the fragment ends in a line comment")
    new_body = body[:i] + stmts + body[j + 1:]
    if i == k and k < len(new_body) and _directive_shaped(new_body[k], new if stmts else old):
        # the statement after the old prologue would extend it (and could make the file strict)
        raise Unsure("the change could extend the directive prologue")
    _program_checks(new_body, module, new)
    if i == 0 and not new_body:
        raise Unsure("no statement is left")   # (the program then starts at the end of the text)
    # commit: from here on the old tree is changed in place
    rest = body[j + 1:]
    old_comments = tree.comments or []
    before = [c for c in old_comments if c.range[1] <= a]
    after = [c for c in old_comments if c.range[0] >= b_old]
    if rest or after:
        line_b, col_b = _line_col(old, b_old)
        nline_b, ncol_b = _line_col(new, b_new)
        shift(rest, delta, nline_b - line_b, line_b + 1, ncol_b - col_b)
        _shift_comments(after, delta)
    out = type(tree).__new__(type(tree))
    out.__dict__.update(tree.__dict__)
    out.body = new_body
    out.comments = before + comments + after
    if i == 0:
        # a program starts where its first statement does (a fragment with no
        # statement, the change only removing text before them, says nothing)
        first = new_body[0]
        out._start, out._line, out._column = first._start, first._line, first._column
        out.__dict__.pop("hashbang", None)
        if "hashbang" in sub.__dict__:
            out.hashbang = sub.hashbang
    if j + 1 == n:
        out._end = sub._end + by
    else:
        out._end = tree._end + delta
    out.range = [out._start, out._end]
    return out
