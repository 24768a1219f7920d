"""Hover: a short, factual card from the plan.

What is under the cursor, asked of the plan in this order:
  - an allocation site or a read (variable, property access, call, `this`)
    whose location contains the position; the innermost wins. A read is known
    when the plan proves its type (`read_types`): f64, or objects of one
    struct type, whose card is then shown; or objects of a few struct types
    without a common supertype (`read_unions`);
  - the name of a class whose instances have a struct type (`class Point`);
  - a variable being declared (`const p = <site>`): the card of that site.
A closure site answers only on its first line, so hovering inside a function
body finds what is inside it.
"""
from __future__ import annotations

import re
from typing import Optional

from analysis.plan import Site, StructType

from .positions import contains, extent, plan_path
from .worlds import Result

_WORD = re.compile(r"[A-Za-z_$][\w$]*")

KIND_WORDS = {"object": "object literal", "new": "`new`", "array": "array literal", "function": "function"}


def word_at(line_text: str, column: int) -> Optional[tuple[str, int, int]]:
    """The identifier covering 1-based `column`: (word, start column, end column)."""
    for m in _WORD.finditer(line_text):
        if m.start() + 1 <= column <= m.end() + 1 and not line_text[m.start():m.start() + 1].isdigit():
            return m.group(0), m.start() + 1, m.end() + 1
    return None


def _where(result: Result, loc, here: str) -> str:
    return f"line {loc.line}:{loc.column}" if plan_path(loc.file) == here else f"{loc.file}:{loc.line}:{loc.column}"


def type_by_name(result: Result, name: Optional[str]) -> Optional[StructType]:
    if not name:
        return None
    return next((t for t in result.plan.types if t.name == name), None)


def fields_table(t: StructType) -> list[str]:
    if not t.fields:
        return ["no fields"]
    out = ["| index | field | wasm type |", "|---:|---|---|"]
    for f in t.fields:
        late = " (added after construction)" if not f.initialized else ""
        inl = f" (stored in place: the numbers of `{f.inline}`)" if f.inline else ""
        unread = " (never read: the build leaves out writes it cannot be seen to skip)" if not f.read else ""
        out.append(f"| {f.index} | `{f.name}` | `{f.type}`{late}{inl}{unread} |")
    if t.overflow:
        out += ["", "+ overflow dictionary: keys that are not fields (dynamic keys, keys added after "
                "construction) live in a `$MapObj` made on the first such write"]
    return out


def type_card(t: StructType) -> list[str]:
    sup = f" · supertype `{t.supertype}`" if t.supertype else ""
    fin = " · final" if t.final else ""
    shared = f"{t.sites} allocation site{'s' if t.sites != 1 else ''} share{'s' if t.sites == 1 else ''} this type"
    return [f"wasm type `(ref {t.name})`{sup}{fin} · {shared}", ""] + fields_table(t)


def site_card(result: Result, s: Site, here: str) -> str:
    what = KIND_WORDS.get(s.kind, s.kind)
    if s.kind == "new" and s.class_name:
        what = f"`new {s.class_name}`"
    lines: list[str] = []
    if s.representation in ("struct", "scalar"):
        more = " + overflow" if s.overflow else ""
        lines.append(f"**{s.representation} `{s.type}`{more}** — {what}")
        t = type_by_name(result, s.type)
        if t is not None:
            lines += [""] + type_card(t)
        if s.deopt:   # the causes that the overflow dictionary absorbs
            lines += ["", "Keys outside the struct, because of:"]
            for r in s.deopt:
                lines.append(f"- `{r.code}` at {_where(result, r.location, here)}: {r.message}")
    elif s.representation == "map":
        lines.append(f"**map** — {what}: the property set is not proven, so it is a dictionary (`$MapObj`)")
        lines += ["", "Causes:"]
        for r in s.deopt:
            lines.append(f"- `{r.code}` at {_where(result, r.location, here)}: {r.message}")
    elif s.representation == "array":
        lines.append(f"**array** — {what}, elements `{s.element_type or 'anyref'}`")
    else:
        lines.append(f"**{s.representation}** — {what}")
    lines.append("")
    lines += locality_lines(result, s, here)
    if s.annotations:
        lines += ["", "annotations: " + ", ".join(f"`{a}`" for a in s.annotations)]
    return "\n".join(lines)


def locality_lines(result: Result, s: Site, here: str) -> list[str]:
    if s.representation == "scalar":
        return [f"locality: **{s.locality}** — scalar-replaced: no allocation, the fields live in wasm locals"]
    if s.locality == "local":
        return ["locality: **local** — never outlives the function that allocates it"]
    head = {"caller": "returned to the caller, no further", "heap": "escapes"}.get(s.locality, s.locality)
    out = [f"locality: **{s.locality}** — {head}"]
    for i, r in enumerate(s.escape, 1):
        out.append(f"{i}. {_where(result, r.location, here)}: {r.message}")
    return out


def read_card(result: Result, name: str, wasm_type) -> str:
    if isinstance(wasm_type, tuple):   # a read union: (struct types, may be nullish)
        types, nullish = wasm_type
        shown = ", ".join(f"`{t}`" + _class_of(result, t) for t in types)
        return (f"`{name}`: an object of one of {len(types)} struct types without a common supertype"
                + (" (or null/undefined)" if nullish else "") + f": {shown}\n\n"
                "A method call on it tests each type and calls that class's method directly.")
    if wasm_type == "f64":
        return f"`{name}`: number — unboxed `f64`"
    m = re.search(r"\$[\w$.]+", wasm_type)
    lines = [f"`{name}`: `{wasm_type}`" + (" (or null/undefined)" if "null" in wasm_type else "")]
    t = type_by_name(result, m.group(0) if m else None)
    if t is not None:
        cls = f" (instances of `{t.class_name}`)" if t.class_name else ""
        lines += ["", f"**struct `{t.name}`**{cls}", ""] + type_card(t)
    return "\n".join(lines)


def _class_of(result: Result, name: str) -> str:
    t = type_by_name(result, name)
    return f" (`{t.class_name}`)" if t is not None and t.class_name else ""


def class_card(result: Result, t: StructType, here: str) -> str:
    sites = [s for s in result.plan.sites if s.kind == "new" and s.class_name == t.class_name]
    maps = [s for s in sites if s.representation == "map"]
    lines = [f"**class `{t.class_name}`** → struct `{t.name}`", ""] + type_card(t)
    if maps:
        lines += ["", f"{len(maps)} `new {t.class_name}` site{'s' if len(maps) != 1 else ''} become maps:"]
        for s in maps:
            lines.append(f"- {_where(result, s.location, here)}: " + "; ".join(r.message for r in s.deopt))
    ovf = [s for s in sites if s.overflow and s.deopt]
    if ovf:
        lines += ["", f"{len(ovf)} `new {t.class_name}` site{'s' if len(ovf) != 1 else ''} "
                  "keep the struct with an overflow dictionary:"]
        for s in ovf:
            lines.append(f"- {_where(result, s.location, here)}: " + "; ".join(r.message for r in s.deopt))
    return "\n".join(lines)


def hover_markdown(result: Result, path: str, line: int, column: int) -> Optional[tuple[str, tuple]]:
    """(markdown, (line, column, end line, end column)) for the position, or None."""
    best = None   # (extent, kind, payload, location tuple)
    for s in result.sites_in(path):
        loc = s.location
        if s.kind == "function":
            if not (loc.line == line and loc.column <= column <= loc.column + 8):
                continue
        elif not contains(loc, line, column):
            continue
        key = extent(loc)
        if best is None or key < best[0]:
            best = (key, "site", s, (loc.line, loc.column, loc.end_line, loc.end_column))
    reads = list(result.plan.read_types.items()) + list(result.plan.read_unions.items())
    for (f, l, c, el, ec), t in reads:
        if (l, c) <= (line, column) <= (el, ec):
            if plan_path(f) != path:
                continue
            key = (el - l, (ec - c) if el == l else 10**6)
            if best is None or key < best[0]:
                best = (key, "read", t, (l, c, el, ec))
    text = result.lines(path).line(line - 1)
    w = word_at(text, column)
    if w is not None and (best is None or best[1] != "site"):
        t = next((t for t in result.plan.types if t.class_name == w[0]), None)
        if t is not None and (best is None or best[1] == "read" and best[3][:2] == (line, w[1])):
            return class_card(result, t, path), (line, w[1], line, w[2])
    if best is not None:
        if best[1] == "site":
            return site_card(result, best[2], path), best[3]
        l, c, el, ec = best[3]
        name = result.lines(path).line(l - 1)[c - 1:ec - 1] if el == l else "value"
        return read_card(result, name, best[2]), best[3]
    if w is not None:   # `const p = <site>`: the declared name
        rest = text[w[2] - 1:]
        m = re.match(r"\s*=(?!=)\s*", rest)
        if m:
            col = w[2] + m.end()
            for s in result.sites_in(path):
                if s.location.line == line and s.location.column == col:
                    return f"`{w[0]}` holds this allocation\n\n" + site_card(result, s, path), (line, w[1], line, w[2])
    return None
