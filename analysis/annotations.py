"""Checking the annotations: promises about locality and shape.

`@stack` on an allocation (or before a class, for every `new` of it) promises
the object is local; `@exclave` promises it lives at most in its caller's
region; `@struct` promises the shape is proven; `@local` on a parameter
promises the function does not let the argument escape. Each broken promise
is an error at the construct, with the path that breaks it (OxCaml: "This
value escapes its region"). `@global` on a class field needs no check: it
makes values stored there heap (see locality.py). Misplaced and unknown
annotations were recorded while walking the files.
"""
from __future__ import annotations

from .constraints import Builder, FunctionInfo
from .locality import LocalityAnalysis, Verdict
from .plan import Diagnostic, Location, Related


def _class_annotations(o) -> tuple:
    ci = o.cls if o.kind == "new" else None
    return tuple(ci.annotations) if ci is not None and not isinstance(ci, FunctionInfo) else ()


def check_annotations(b: Builder, la: LocalityAnalysis, verdicts: dict[int, Verdict]) -> tuple[list[Diagnostic], set[int]]:
    """Diagnostics for broken promises, and the ids of sites whose deopt is an
    error (`@struct`) rather than a warning."""
    out: list[Diagnostic] = []
    struct_promised: set[int] = set()
    for code, message, loc in b.annotation_diags:
        sev = "warning" if code == "unknown-annotation" else "error"
        out.append(Diagnostic(loc, sev, code, message))
    for o in b.sites:
        own = o.site.annotations
        cls = _class_annotations(o)
        v = verdicts.get(o.id)
        if v is None:
            continue
        related = tuple(Related(r.location, r.message) for r in v.steps)
        why = v.steps[-1].message if v.steps else "it outlives its function"
        if ("@stack" in own or "@stack" in cls) and v.locality != "local":
            origin = "" if "@stack" in own else f" (class `{o.cls.name}` is `@stack`)"
            out.append(Diagnostic(o.site.location, "error", "stack-escapes",
                                  f"This value escapes its region{origin}: {why}", related))
        if "@exclave" in own and v.locality == "heap":
            out.append(Diagnostic(o.site.location, "error", "exclave-escapes",
                                  f"This value escapes its caller's region: {why}", related))
        if ("@struct" in own or "@struct" in cls) and o.deopts:
            struct_promised.add(o.id)
    for f, pn, name, loc in b.local_params:
        where, msg, _ = la.first_escape(f, pn)
        if msg is not None:
            out.append(Diagnostic(where or loc, "error", "local-escapes",
                                  f"This value escapes its region: parameter `{name}` is `@local`, but {msg}",
                                  (Related(loc, f"`{name}` is declared `@local` here"),)))
    return out, struct_promised
