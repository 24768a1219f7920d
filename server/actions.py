"""Code actions: rewrites that keep a shape stable where the meaning allows it.

  - `o["key"]` -> `o.key` for a constant string key that is a name (the same
    property, said in the form that is visibly constant);
  - a property first added outside the constructor (`field-widened` on a
    field not written at construction) -> `this.p = undefined;` in the
    constructor, so the field exists from construction on;
  - `delete o.p;` -> `o.p = undefined;` on `delete-property`, only where the
    `delete` is a statement of its own (its result unused), with the
    difference said in the title: the property stays, holding undefined;
  - `/* @stack */` before a site the plan proves local, turning the fact into
    a promise the analysis checks on every edit.
Fixes tied to the plan are offered only when the plan was made from the
document's current version, so their positions are exact.
"""
from __future__ import annotations

import re
from typing import Optional

from lsprotocol import types

from .positions import Lines, contains
from .syntax import MEMBER, find_class, indent_of_line, stands_alone
from .worlds import Result

_CONST_KEY = re.compile(r"(?<=[\w$\)\]])\[\s*(['\"])([A-Za-z_$][\w$]*)\1\s*\]")
_LATE_FIELD = re.compile(r"^field `([^`]+)` of (\$[\w$.]+) holds")


def _edit(uri: str, lines: Lines, text: str, start: int, end: int, new: str) -> types.WorkspaceEdit:
    def pos(offset: int) -> types.Position:
        line = text.count("\n", 0, offset) + 1
        col = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return lines.to_client(line, col)
    return types.WorkspaceEdit(changes={uri: [types.TextEdit(range=types.Range(start=pos(start), end=pos(end)),
                                                             new_text=new)]})


def dot_access(uri: str, text: str, lines: Lines, first: int, last: int) -> list[types.CodeAction]:
    out = []
    for m in _CONST_KEY.finditer(text, first, last):
        key = m.group(2)
        out.append(types.CodeAction(
            title=f"Use dot access `.{key}` for the constant key {m.group(1)}{key}{m.group(1)}",
            kind=types.CodeActionKind.RefactorRewrite,
            edit=_edit(uri, lines, text, m.start(), m.end(), "." + key)))
    return out


def delete_fix(uri: str, text: str, lines: Lines, d: types.Diagnostic) -> Optional[types.CodeAction]:
    start = lines.offset(*lines.from_client(d.range.start))
    end = lines.offset(*lines.from_client(d.range.end))
    m = re.match(r"delete\s+(.+)$", text[start:end], re.S)
    if m is None or not MEMBER.match(m.group(1).strip()) or not stands_alone(text, start, end):
        return None
    target = m.group(1).strip()
    prop = re.split(r"\.|\[", target)[-1].strip(" ]'\"")
    return types.CodeAction(
        title=(f"Replace `delete {target}` with `{target} = undefined` (keeps the shape; unlike delete, "
               f"`{prop}` stays a property: `'{prop}' in` is still true and Object.keys still lists it)"),
        kind=types.CodeActionKind.QuickFix, diagnostics=[d],
        edit=_edit(uri, lines, text, start, end, f"{target} = undefined"))


def late_field_fix(uri: str, text: str, lines: Lines, d: types.Diagnostic, result: Result) -> Optional[types.CodeAction]:
    m = _LATE_FIELD.match(d.message)
    if m is None:
        return None
    field, tname = m.groups()
    t = next((t for t in result.plan.types if t.name == tname), None)
    if t is None or t.class_name is None:
        return None
    f = next((f for f in t.fields if f.name == field), None)
    if f is None or f.initialized or not re.fullmatch(r"[A-Za-z_$][\w$]*", field):
        return None
    cls = find_class(text, t.class_name)
    if cls is None:
        return None
    assign = f"this.{field} = undefined;"
    if cls.ctor_open is not None and cls.ctor_close is not None:
        close = cls.ctor_close
        body = text[cls.ctor_open + 1:close]
        if "\n" in body:
            indent = indent_of_line(text, close)
            line_start = text.rfind("\n", 0, close) + 1
            at = line_start if text[line_start:close].strip() == "" else close
            new = f"{indent}  {assign}\n" if at == line_start else f"\n{indent}  {assign}\n{indent}"
        else:
            at, new = close, (" " if not body.endswith(" ") else "") + assign + " "
    else:
        indent = indent_of_line(text, cls.body_open) + "  "
        ctor = (f"constructor(...args) {{ super(...args); {assign} }}" if cls.derived
                else f"constructor() {{ {assign} }}")
        at, new = cls.body_open + 1, f"\n{indent}{ctor}"
    return types.CodeAction(
        title=(f"Initialise `{field}` in the constructor of {t.class_name} (`{assign}`): the field exists "
               f"from construction; `'{field}' in` and Object.keys now see it before the first write"),
        kind=types.CodeActionKind.QuickFix, diagnostics=[d],
        edit=_edit(uri, lines, text, at, at, new))


def stack_annotation(uri: str, text: str, lines: Lines, result: Result, path: str,
                     line: int, column: int, end_line: int, end_column: int) -> list[types.CodeAction]:
    out = []
    for s in result.sites_in(path):
        if s.kind not in ("object", "new", "array") or s.locality != "local" or s.annotations:
            continue
        loc = s.location
        if not (contains(loc, line, column) or contains(loc, end_line, end_column)):
            continue
        start = lines.offset(loc.line, loc.column)
        what = f"new {s.class_name}" if s.kind == "new" else s.kind
        out.append(types.CodeAction(
            title=f"Promise this {what} stays local: insert /* @stack */ (checked on every analysis)",
            kind=types.CodeActionKind.RefactorRewrite,
            edit=_edit(uri, lines, text, start, start, "/* @stack */ ")))
    return out


def code_actions(uri: str, path: str, text: str, encoding: str, result: Optional[Result], current: bool,
                 params: types.CodeActionParams) -> list[types.CodeAction]:
    lines = Lines(text, encoding)
    rng = params.range
    line, column = lines.from_client(rng.start)
    end_line, end_column = lines.from_client(rng.end)
    first = lines.offset(line, 1)
    last_line_text = lines.line(end_line - 1)
    last = lines.offset(end_line, 1) + len(last_line_text)
    out = dot_access(uri, text, lines, first, last)
    if result is None or not current:
        return out
    for d in params.context.diagnostics:
        if d.source != "shapescape":
            continue
        fix = None
        if d.code == "delete-property":
            fix = delete_fix(uri, text, lines, d)
        elif d.code == "field-widened":
            fix = late_field_fix(uri, text, lines, d, result)
        if fix is not None:
            out.append(fix)
    out += stack_annotation(uri, text, lines, result, path, line, column, end_line, end_column)
    return out

