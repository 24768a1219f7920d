"""Inlay hints: after each object allocation (`{...}`, `new C(...)`) what it
becomes — `struct $Point`, `struct $Point +overflow` (a struct with an overflow
dictionary for its other keys), `scalar` (no allocation) or `map`."""
from __future__ import annotations

from lsprotocol import types

from .worlds import Result


def label(site) -> str | None:
    if site.representation == "struct":
        return f"struct {site.type}" + (" +overflow" if site.overflow else "")
    if site.representation == "scalar":
        return "scalar"
    if site.representation == "map":
        return "map"
    return None


def hints(result: Result, path: str, first_line: int, last_line: int) -> list[types.InlayHint]:
    """Hints for sites ending within lines [first_line, last_line] (1-based)."""
    out = []
    lines = result.lines(path)
    for s in result.sites_in(path):
        text = label(s)
        loc = s.location
        if text is None or not (first_line <= loc.end_line <= last_line):
            continue
        tip = text if s.representation != "map" else "map: " + "; ".join(r.message for r in s.deopt[:3])
        if s.overflow and s.deopt:
            tip = text + ": other keys in a dictionary because " + "; ".join(r.message for r in s.deopt[:3])
        out.append(types.InlayHint(position=lines.to_client(loc.end_line, loc.end_column), label=text,
                                   kind=types.InlayHintKind.Type, padding_left=True, tooltip=tip))
    return out
