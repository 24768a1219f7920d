"""The lifetime map (`shapescape audit`, `analysis.lifetime.lifetime_map`): every
site in exactly one scope, counts that add up, the summary line, the JSON form,
and the same numbers from the command line as from the plan."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from analysis.lifetime import SCOPES, lifetime_map

ROOT = Path(__file__).resolve().parent.parent

PROGRAM = """
    let keep = null;
    const cfg = /*M*/{ a: 1 };
    function local() { const o = /*F*/{ x: 1 }; return o.x + cfg.a; }
    function make() { return /*C*/{ v: 1 }; }
    function use() { return make().v; }
    function leak() { keep = /*H*/{ y: 1 }; }
    local(); use(); leak();
"""

SUMMARY = re.compile(r"(\d+) sites: (\d+)% function, (\d+)% caller, (\d+)% module, (\d+)% heap")


def audit(path, *extra):
    return subprocess.run([sys.executable, "-m", "shapescape", "audit", str(path), *extra],
                          cwd=str(ROOT), capture_output=True, text=True, timeout=60)


def scope_counts(plan):
    return Counter(s.scope for s in plan.sites)


def table_rows(section: str) -> dict[str, list[str]]:
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells and cells[0] in SCOPES:
            rows[cells[0]] = cells
    return rows


def test_every_site_falls_in_the_expected_scope(js):
    prog = js(PROGRAM)
    assert prog.site("M").scope == "module"
    assert prog.site("F").scope == "function"
    assert prog.site("C").scope == "caller"
    assert prog.site("H").scope == "heap"
    assert all(s.scope in SCOPES for s in prog.plan.sites)
    counts = scope_counts(prog.plan)
    # 4 top-level function declarations are module-scope closures
    assert counts == Counter({"function": 1, "caller": 1, "module": 5, "heap": 1})


def test_lifetime_map_counts_add_up(js):
    prog = js(PROGRAM)
    plan = prog.plan
    lm = lifetime_map(plan)
    n = len(plan.sites)
    assert sum(lm.totals[s].sites for s in SCOPES) == n
    counts = scope_counts(plan)
    for s in SCOPES:
        row = lm.totals[s]
        assert row.sites == counts[s]
        assert sum(row.representations.values()) == row.sites
    assert sum(sum(rows[s].sites for s in SCOPES) for rows in lm.files.values()) == n
    assert lm.totals["heap"].reasons == Counter({"stored in a module variable": 1})
    assert lm.totals["caller"].reasons == Counter({"returned to the caller": 1})
    assert lm.totals["function"].reasons == Counter()
    assert lm.summary() == f"{n} sites: 12% function, 12% caller, 62% module, 12% heap"
    # objects only: the four literals, one per scope
    assert [lm.object_totals[s].sites for s in SCOPES] == [1, 1, 1, 1]


def test_audit_markdown(js):
    prog = js(PROGRAM)
    path = prog.files["main.js"]
    r = audit(path)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    m = SUMMARY.search(out)
    assert m, out
    n = len(prog.plan.sites)
    counts = scope_counts(prog.plan)
    assert int(m.group(1)) == n
    pct = [int(x) for x in m.groups()[1:]]
    assert pct == [int(f"{100.0 * counts[s] / n:.0f}") for s in SCOPES]
    # the all-files table: one row per scope, the counts of the plan
    all_files = out[out.index("All files"):]
    rows = table_rows(all_files)
    assert set(rows) == set(SCOPES)
    assert {s: int(rows[s][1]) for s in SCOPES} == {s: counts[s] for s in SCOPES}
    assert sum(int(rows[s][1]) for s in SCOPES) == n
    assert "stored in a module variable" in rows["heap"][-1]
    assert "returned to the caller" in rows["caller"][-1]
    # the per-file table names the file
    assert str(path) in out or path.name in out


def test_audit_json(js):
    prog = js(PROGRAM)
    r = audit(prog.files["main.js"], "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert {"files", "totals", "summary"} <= set(data)
    n = len(prog.plan.sites)
    counts = scope_counts(prog.plan)
    assert data["summary"]["sites"] == n
    assert {s: data["totals"][s]["sites"] for s in SCOPES} == {s: counts[s] for s in SCOPES}
    assert data["summary"]["percent"] == {s: round(100.0 * counts[s] / n, 1) for s in SCOPES}
    assert len(data["files"]) == 1
    f = data["files"][0]
    assert f["file"].endswith("main.js")
    assert sum(f["scopes"][s]["sites"] for s in SCOPES) == n
    for s in SCOPES:
        row = data["totals"][s]
        assert sum(row["representations"].values()) == row["sites"]
    assert data["totals"]["heap"]["reasons"] == [{"reason": "stored in a module variable", "count": 1}]
    assert data["summary"]["objectSites"] == 4


def test_audit_multi_file(js):
    prog = js({
        "main.js": """
            const lib = require('./lib.js');
            function f() { const o = { a: 1 }; lib.put(o); return lib.make().v; }
            f();
        """,
        "lib.js": """
            let kept = null;
            function put(x) { kept = x; }
            function make() { return { v: 2 }; }
            module.exports = { put, make };
        """,
    })
    n = len(prog.plan.sites)
    lm = lifetime_map(prog.plan)
    assert len(lm.files) == 2
    per_file = Counter()
    for s in prog.plan.sites:
        per_file[s.location.file] += 1
    for file, rows in lm.files.items():
        assert sum(rows[s].sites for s in SCOPES) == per_file[file]
    r = audit(prog.files["main.js"], "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["summary"]["sites"] == n
    assert len(data["files"]) == 2
    assert sum(sum(f["scopes"][s]["sites"] for s in SCOPES) for f in data["files"]) == n
    r = audit(prog.files["main.js"])
    assert r.returncode == 0, r.stderr
    m = SUMMARY.search(r.stdout)
    assert m and int(m.group(1)) == n
