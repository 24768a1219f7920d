"""Reading the build's WAT text: where a parenthesised form ends. The passes
that rewrite the finished text (inline.py, roots.py) find forms with it."""
from __future__ import annotations


def form_end(text: str, start: int) -> int:
    """The index just past the parenthesised form starting at text[start] == "(";
    a `;;` comment runs to the end of its line and its parentheses do not count."""
    depth = 0
    i = start
    n = len(text)
    while i < n:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        elif c == ";" and text.startswith(";;", i):
            nl = text.find("\n", i)
            i = n if nl < 0 else nl
            continue
        i += 1
    raise ValueError("unbalanced form")
