"""Reading the build's WAT text: where a parenthesised form ends. The passes
that rewrite the finished text (inline.py, roots.py) find forms with it."""
from __future__ import annotations

import re

# the only characters that move a form's end: parentheses, and comments, whose
# parentheses do not count
_TOKEN = re.compile(r"[()]|;;[^\n]*")


def form_end(text: str, start: int) -> int:
    """The index just past the parenthesised form starting at text[start] == "(";
    a `;;` comment runs to the end of its line and its parentheses do not count."""
    depth = 0
    for m in _TOKEN.finditer(text, start):
        t = m.group(0)
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
            if depth == 0:
                return m.end()
    raise ValueError("unbalanced form")
