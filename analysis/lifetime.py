"""The lifetime map (seed 002): every allocation site in one scope.

Scopes, narrowest first: `function` (local to the function that allocates),
`caller` (returned, but kept by every caller: an exclave), `module` (allocated
by a file's top level and living as long as the program) and `heap` (escapes;
collected by the GC). For each file and scope the map counts sites, their
representations, and the reasons that pushed sites out of a narrower scope
(the last step of each escape path). It is computed from the plan alone.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .plan import Plan

SCOPES = ("function", "caller", "module", "heap")
OBJECT_KINDS = ("object", "new", "array")


@dataclass
class ScopeRow:
    sites: int = 0
    representations: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)

    def to_json(self) -> dict:
        return {"sites": self.sites, "representations": dict(sorted(self.representations.items())),
                "reasons": [{"reason": r, "count": n} for r, n in self.reasons.most_common(5)]}


@dataclass
class LifetimeMap:
    files: dict[str, dict[str, ScopeRow]]
    totals: dict[str, ScopeRow]
    object_totals: dict[str, ScopeRow]

    def share(self, rows: dict[str, ScopeRow]) -> tuple[int, dict[str, float]]:
        n = sum(r.sites for r in rows.values())
        return n, {s: (100.0 * rows[s].sites / n if n else 0.0) for s in SCOPES}

    def summary(self, rows: dict[str, ScopeRow] | None = None, label: str = "sites") -> str:
        n, pct = self.share(rows if rows is not None else self.totals)
        return f"{n} {label}: " + ", ".join(f"{pct[s]:.0f}% {s}" for s in SCOPES)

    def to_json(self) -> dict:
        n, pct = self.share(self.totals)
        on, opct = self.share(self.object_totals)
        return {"files": [{"file": f, "scopes": {s: rows[s].to_json() for s in SCOPES}}
                          for f, rows in self.files.items()],
                "totals": {s: self.totals[s].to_json() for s in SCOPES},
                "summary": {"sites": n, "percent": {s: round(pct[s], 1) for s in SCOPES},
                            "objectSites": on, "objectPercent": {s: round(opct[s], 1) for s in SCOPES}}}


def _reason(site) -> str | None:
    if not site.escape:
        return None
    last = site.escape[-1]
    return {"returned": "returned to the caller", "module-variable": "stored in a module variable",
            "global-variable": "stored in a global variable", "field": "stored into an object that escapes",
            "global-field": "stored into a @global field", "captured": "captured by an escaping closure",
            "parameter": "reaches code outside the function", "variable": "stored in an outer variable",
            "thrown": "thrown", "outside": "handed to code outside the closed world"}.get(last.code, last.code)


def lifetime_map(plan: Plan) -> LifetimeMap:
    def rows() -> dict[str, ScopeRow]:
        return {s: ScopeRow() for s in SCOPES}
    files: dict[str, dict[str, ScopeRow]] = defaultdict(rows)
    for f in plan.files:
        if f.source_type != "unparsed":
            files[f.path]
    totals = rows()
    objects = rows()
    for s in plan.sites:
        for table in (files[s.location.file], totals) + ((objects,) if s.kind in OBJECT_KINDS else ()):
            row = table[s.scope]
            row.sites += 1
            row.representations[s.representation] += 1
            r = _reason(s)
            if r is not None:
                row.reasons[r] += 1
    return LifetimeMap(dict(files), totals, objects)
