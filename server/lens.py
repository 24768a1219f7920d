"""Code lens over each class declaration: what its instances become,
`struct $Point · 3 sites · 1 deopt` (sites = `new Point` expressions in the
closed world, deopts = those that became maps). The class declarations are
found in the document text; every figure comes from the plan."""
from __future__ import annotations

import re

from lsprotocol import types

from .positions import Lines
from .worlds import Result

_CLASS = re.compile(r"^[ \t]*(?:export[ \t]+(?:default[ \t]+)?)?class[ \t]+([A-Za-z_$][\w$]*)", re.M)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def title(result: Result, name: str) -> str | None:
    t = next((t for t in result.plan.types if t.class_name == name), None)
    sites = [s for s in result.plan.sites if s.kind == "new" and s.class_name == name]
    deopts = sum(1 for s in sites if s.representation == "map")
    if t is None and not sites:
        return None
    head = f"struct {t.name}" if t is not None else "map"
    return f"{head} · {_plural(len(sites), 'site')} · {_plural(deopts, 'deopt')}"


def lenses(result: Result, text: str, lines: Lines) -> list[types.CodeLens]:
    """Lenses for the classes declared in `text` (the document now; `lines` converts its positions)."""
    out = []
    for m in _CLASS.finditer(text):
        name = m.group(1)
        label = title(result, name)
        if label is None:
            continue
        line = text.count("\n", 0, m.start(1)) + 1
        col = m.start(1) - (text.rfind("\n", 0, m.start(1)) + 1) + 1
        start = lines.to_client(line, col)
        end = lines.to_client(line, col + len(name))
        out.append(types.CodeLens(range=types.Range(start=start, end=end),
                                  command=types.Command(title=label, command="")))
    return out
