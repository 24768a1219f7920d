"""The plan's diagnostics as LSP diagnostics, filtered by category.

Categories (each switched by a setting, see docs/server.md):
  deopt        the deopt cause codes and `shape-deoptimized` (warnings)
  annotations  broken `@stack`/`@local`/`@struct`... promises (errors)
  info         other information-severity codes (`field-widened`, `outside-module`)
  facts        hints (`struct-site`), off by default
Input, module and build problems are always shown.

A deopt comes twice, linked by related information: at the cause (pointing to
each site it sent to a map) and at each site (pointing to its causes). Every
diagnostic carries its code and a `codeDescription` link to its section in
docs/diagnostics.md. While a world is stale, the non-input diagnostics come
from its last good analysis and say so in their message.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from lsprotocol import types

from analysis.codes import CODES
from analysis.plan import Diagnostic

from .positions import path_to_uri, plan_path
from .settings import Settings
from .worlds import Result, World

SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "information": types.DiagnosticSeverity.Information, "hint": types.DiagnosticSeverity.Hint}

STALE_SUFFIX = " [stale: from the last version without syntax errors]"

_DOCS = Path(__file__).resolve().parent.parent / "docs" / "diagnostics.md"
DOCS_URI: Optional[str] = _DOCS.as_uri() if _DOCS.is_file() else None


def code_link(code: str) -> Optional[types.CodeDescription]:
    """The link to a code's section: file:///.../docs/diagnostics.md#<code> of the
    installed source tree (absent when the docs are not installed)."""
    if DOCS_URI is None or code not in CODES:
        return None
    return types.CodeDescription(href=f"{DOCS_URI}#{code}")


def category(d: Diagnostic) -> Optional[str]:
    """The settings category of a diagnostic; None = always shown."""
    c = CODES.get(d.code)
    if d.severity == "hint":
        return "facts"
    if c is not None and c.category == "annotation":
        return "annotations"
    if c is not None and c.category == "deopt":
        return "deopt"
    if d.severity == "information":
        return "info"
    return None


def is_input(d: Diagnostic) -> bool:
    c = CODES.get(d.code)
    return c is not None and c.category == "input"


def to_lsp(d: Diagnostic, result: Result, suffix: str = "", message: Optional[str] = None) -> types.Diagnostic:
    path = plan_path(d.location.file)
    related = []
    for r in d.related:
        rpath = plan_path(r.location.file)
        related.append(types.DiagnosticRelatedInformation(
            location=types.Location(uri=path_to_uri(rpath), range=result.lines(rpath).range(r.location)),
            message=r.message))
    return types.Diagnostic(
        range=result.lines(path).range(d.location),
        severity=SEVERITY.get(d.severity, types.DiagnosticSeverity.Warning),
        code=d.code, code_description=code_link(d.code), source="shapescape",
        message=(message or d.message) + suffix,
        related_information=related or None)


def _fact_message(d: Diagnostic, result: Result) -> Optional[str]:
    """`struct-site` on a site the locality analysis made scalar says so."""
    if d.code != "struct-site":
        return None
    loc = d.location
    for s in result.plan.sites:
        if s.location == loc and s.representation == "scalar":
            return d.message + "; scalar-replaced: no allocation, its fields live in wasm locals"
    return None


def for_file(world: World, path: str, settings: Settings) -> list[types.Diagnostic]:
    """Everything to publish for one file of a world."""
    current = world.current
    if current is None:
        return []
    out: list[types.Diagnostic] = []
    stale = world.stale
    source = world.good if stale else current
    if stale:   # the input problems (the syntax error) are today's
        out += [to_lsp(d, current) for d in current.diagnostics_in(path) if is_input(d)]
    for d in source.diagnostics_in(path):
        if stale and is_input(d):
            continue
        cat = category(d)
        if cat is not None and not settings.shows(cat):
            continue
        out.append(to_lsp(d, source, STALE_SUFFIX if stale else "", _fact_message(d, source)))
    for d in world.build_diagnostics.get(path, ()):
        out.append(to_lsp(d, current))
    return out


def counts(world: World, path: str) -> dict:
    """Sites of a file by representation, from what the editor is shown."""
    shown = world.shown
    c = {"structs": 0, "scalar": 0, "maps": 0}
    if shown is None:
        return c
    for s in shown.sites_in(path):
        if s.representation == "struct":
            c["structs"] += 1
        elif s.representation == "scalar":
            c["scalar"] += 1
        elif s.representation == "map":
            c["maps"] += 1
    return c
