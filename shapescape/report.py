"""Printers of the plan for the command line: compiler-style diagnostics,
the layout table, JSON and SARIF 2.1.0. They only format; every fact comes
from the plan."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from analysis.codes import CODES
from analysis.plan import Diagnostic, Plan

SEVERITY_RANK = {"error": 0, "warning": 1, "information": 2, "hint": 3}
DOCS_URL = "docs/diagnostics.md"


def visible(plan: Plan, min_severity: str) -> list[Diagnostic]:
    limit = SEVERITY_RANK[min_severity]
    return [d for d in plan.diagnostics if SEVERITY_RANK[d.severity] <= limit]


def summary_line(plan: Plan) -> str:
    counts = Counter(d.severity for d in plan.diagnostics)
    reps = Counter(s.representation for s in plan.sites)
    files = len(plan.files)
    parts = [f"{counts.get('error', 0)} error{'s' if counts.get('error', 0) != 1 else ''}",
             f"{counts.get('warning', 0)} warning{'s' if counts.get('warning', 0) != 1 else ''}"]
    rep = ", ".join(f"{n} {r}" for r, n in sorted(reps.items(), key=lambda kv: (-kv[1], kv[0])))
    return (f"{', '.join(parts)} in {files} file{'s' if files != 1 else ''}; "
            f"{len(plan.sites)} allocation site{'s' if len(plan.sites) != 1 else ''}"
            + (f" ({rep})" if rep else ""))


def one_line(text: str) -> str:
    """A message on one line: control characters (from property names, say) escaped."""
    return "".join(c if c >= " " or c == "\t" else repr(c)[1:-1] for c in text)


def diagnostics_text(diags: list[Diagnostic]) -> str:
    lines = []
    for d in diags:
        loc = d.location
        lines.append(f"{loc.file}:{loc.line}:{loc.column}: {d.severity}[{d.code}]: {one_line(d.message)}")
        for r in d.related:
            rl = r.location
            lines.append(f"    {rl.file}:{rl.line}:{rl.column}: note: {one_line(r.message)}")
    return "\n".join(lines)


def diagnostics_json(plan: Plan, diags: list[Diagnostic]) -> str:
    counts = Counter(d.severity for d in diags)
    return json.dumps({"diagnostics": [d.to_json() for d in diags],
                       "summary": {"errors": counts.get("error", 0), "warnings": counts.get("warning", 0),
                                   "information": counts.get("information", 0), "hints": counts.get("hint", 0),
                                   "files": len(plan.files), "sites": len(plan.sites)}}, indent=2)


def diagnostics_sarif(diags: list[Diagnostic], version: str) -> str:
    level = {"error": "error", "warning": "warning", "information": "note", "hint": "note"}
    used = sorted({d.code for d in diags})
    rules = [{"id": c, "name": c, "shortDescription": {"text": CODES[c].title},
              "helpUri": f"{DOCS_URL}#{c}",
              "defaultConfiguration": {"level": level[CODES[c].severity.value]},
              "properties": {"category": CODES[c].category}} for c in used]
    index = {c: i for i, c in enumerate(used)}

    def phys(loc, with_end=True):
        region = {"startLine": loc.line, "startColumn": loc.column}
        if with_end:
            region.update({"endLine": loc.end_line, "endColumn": loc.end_column})
        return {"physicalLocation": {"artifactLocation": {"uri": Path(loc.file).as_posix()}, "region": region}}

    results = []
    for d in diags:
        r = {"ruleId": d.code, "ruleIndex": index[d.code], "level": level[d.severity],
             "message": {"text": d.message}, "locations": [phys(d.location)]}
        if d.related:
            r["relatedLocations"] = [dict(phys(x.location, with_end=False), id=i, message={"text": x.message})
                                     for i, x in enumerate(d.related)]
        results.append(r)
    doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
           "runs": [{"tool": {"driver": {"name": "shapescape", "version": version,
                                         "informationUri": "https://example.invalid/shapescape",
                                         "rules": rules}},
                     "columnKind": "unicodeCodePoints", "results": results}]}
    return json.dumps(doc, indent=2)


def layout_table(plan: Plan) -> str:
    """The plan as a readable table: per file, each site and what it becomes."""
    out: list[str] = []
    by_file: dict[str, list] = {}
    for s in plan.sites:
        by_file.setdefault(s.location.file, []).append(s)
    for f in plan.files:
        sites = by_file.get(f.path, [])
        if f.source_type == "unparsed":
            out.append(f"{f.path}: not analysed (see diagnostics)")
            continue
        out.append(f"{f.path} ({len(sites)} site{'s' if len(sites) != 1 else ''})")
        if not sites:
            continue
        rows = []
        for s in sites:
            what = s.kind if s.kind != "new" else f"new {s.class_name or '?'}"
            if s.representation in ("struct", "scalar"):
                shape = f"{s.representation} {s.type}"
                detail = "{" + ", ".join(f"{x.name}: {x.type}" for x in s.fields) + "}"
                if s.overflow:
                    shape += " +overflow"
                    if s.deopt:
                        detail += f" + overflow: {s.deopt[0].code} at {s.deopt[0].location.line}:{s.deopt[0].location.column}"
            elif s.representation == "array":
                shape, detail = "array", f"of {s.element_type}"
            elif s.representation == "map":
                shape = "map"
                first = s.deopt[0]
                more = f" (+{len(s.deopt) - 1} more)" if len(s.deopt) > 1 else ""
                detail = f"{first.code} at {first.location.line}:{first.location.column}: {first.message}{more}"
            else:
                shape, detail = s.representation, ""
            rows.append((f"{s.location.line}:{s.location.column}", what, shape, s.locality, detail))
        w = [max(len(r[i]) for r in rows) for i in range(4)]
        for r in rows:
            out.append(f"  {r[0]:<{w[0]}}  {r[1]:<{w[1]}}  {r[2]:<{w[2]}}  {r[3]:<{w[3]}}  {r[4]}".rstrip())
    if plan.types:
        out.append("")
        out.append("struct types")
        for t in plan.types:
            sup = f" <: {t.supertype}" if t.supertype else ""
            fin = " final" if t.final else ""
            out.append(f"  {t.name}{sup}{fin} ({t.sites} site{'s' if t.sites != 1 else ''})")
            for fld in t.fields:
                late = "" if fld.initialized else "   (added after construction)"
                inl = f"   (stored in place: the numbers of {fld.inline})" if fld.inline else ""
                out.append(f"    {fld.index}: {fld.name}: {fld.type}{late}{inl}")
            if t.key_order:
                out.append(f"    keys listed as: {', '.join(t.key_order)}")
            if t.overflow:
                out.append("    + overflow dictionary (other keys: dynamic, or added after construction)")
    out.append("")
    out.append(summary_line(plan))
    return "\n".join(out)


def audit_markdown(plan: Plan) -> str:
    """The lifetime map as a Markdown report: a table per file, then totals."""
    from analysis.lifetime import SCOPES, lifetime_map
    m = lifetime_map(plan)
    reps = ("struct", "scalar", "map", "array", "closure", "builtin")
    head = "| scope | sites | " + " | ".join(reps) + " | most frequent reasons |"
    sep = "|---|---:|" + "---:|" * len(reps) + "---|"

    def table(rows) -> list[str]:
        out = [head, sep]
        for sc in SCOPES:
            r = rows[sc]
            reasons = ", ".join(f"{k} ({n})" for k, n in r.reasons.most_common(3)) or "—"
            out.append(f"| {sc} | {r.sites} | " + " | ".join(str(r.representations.get(x, 0)) for x in reps)
                       + f" | {reasons} |")
        return out

    lines = ["# Lifetime map", ""]
    for f, rows in m.files.items():
        lines += [f"## {f}", ""] + table(rows) + [""]
    lines += ["## All files", ""] + table(m.totals) + [""]
    lines.append(f"**{m.summary()}**")
    lines.append("")
    lines.append(f"Objects only (object literals, `new`, arrays): {m.summary(m.object_totals, 'object sites')}")
    return "\n".join(lines)
