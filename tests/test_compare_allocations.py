"""benchmarks/compare.py's allocation figures: the profile read back from the
stderr of `shapescape run --stats=json`, allocations with and without scalar
replacement, the share removed, the 90% goal over the small-object programs,
the table's lines, and one real run with counters of a tiny program.
"""
from __future__ import annotations

import json
import math
import shutil
import sys
from argparse import Namespace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import compare  # noqa: E402
import figures  # noqa: E402
import runners  # noqa: E402
from figures import AllocationGoal, Allocations, allocations_of, judge_allocations, percent  # noqa: E402

NODE = shutil.which("node")


def profile(all_objects: int, avoided: int, site_objects: int, sites=()) -> dict:
    return {"sites": list(sites), "runtime": [],
            "totals": {"siteObjects": site_objects, "allObjects": all_objects,
                       "scalarReplacementAvoided": avoided, "byRepresentation": {}}}


# --- the profile on stderr ----------------------------------------------------------

def test_profile_is_read_after_the_programs_own_stderr():
    prof = profile(10, 2, 7)
    stderr = "warning: x\n{ not the profile\n" + json.dumps(prof, indent=2) + "\n"
    rest, got = runners.profile_from_stderr(stderr)
    assert got == prof
    assert rest == "warning: x\n{ not the profile\n"


def test_profile_alone_on_stderr():
    prof = profile(1, 0, 1)
    assert runners.profile_from_stderr(json.dumps(prof, indent=2) + "\n") == ("", prof)


def test_stderr_without_a_profile_is_kept_whole():
    assert runners.profile_from_stderr("Uncaught Error: x\n") == ("Uncaught Error: x\n", None)
    broken = "oops\n{\n  \"totals\": \n"
    assert runners.profile_from_stderr(broken) == (broken, None)


# --- with and without scalar replacement ----------------------------------------------

def test_without_scalar_replacement_adds_the_avoided_objects():
    sites = [{"representation": "scalar", "count": 900}, {"representation": "struct", "count": 50},
             {"representation": "scalar", "count": 0}]
    a = allocations_of(profile(all_objects=100, avoided=900, site_objects=50, sites=sites))
    assert a == Allocations(allocated=100, avoided=900, site_objects=50, plan_scalar=900)
    assert a.without_scalar_replacement == 1000
    assert a.removed == pytest.approx(0.9)


def test_nothing_avoided_removes_nothing_and_nothing_allocated_has_no_share():
    assert allocations_of(profile(500, 0, 400)).removed == 0.0
    assert math.isnan(allocations_of(profile(0, 0, 0)).removed)


def test_a_profile_without_totals_says_so():
    assert allocations_of({"sites": []}) == "the allocation profile has no totals"
    bad = profile(5, 0, 5)
    del bad["totals"]["scalarReplacementAvoided"]
    bad["totals"]["allObjects"] = -1
    assert allocations_of(bad) == "the allocation profile's totals lack allObjects, scalarReplacementAvoided"
    assert allocations_of([]) == "the allocation profile has no totals"


def test_percent():
    assert percent(0.934) == "93.4%"
    assert percent(0.0) == "0.0%"
    assert percent(float("nan")) == "-"


# --- the 90% goal ----------------------------------------------------------------------

GOAL = AllocationGoal("90% removed", 0.9, ("vectors", "pairs", "iterators"))


def test_goal_is_the_share_over_the_small_object_programs_together():
    measured = {"vectors": Allocations(10, 990, 10, 990),       # 99% of 1000
                "pairs": Allocations(300, 700, 300, 700),       # 70% of 1000
                "richards": Allocations(1000, 0, 1000, 0)}      # not a small-object program
    result = judge_allocations(GOAL, measured)
    assert result.programs == ["pairs", "vectors"]
    assert (result.avoided, result.without) == (1690, 2000)
    assert result.value == pytest.approx(0.845)
    assert result.status == "miss"


def test_goal_met():
    result = judge_allocations(GOAL, {"iterators": Allocations(5, 95, 5, 95)})
    assert result.value == pytest.approx(0.95) and result.status == "pass"


def test_goal_without_the_programs_is_not_measured():
    result = judge_allocations(GOAL, {"richards": Allocations(1, 0, 1, 0)})
    assert result.status == "not measured" and math.isnan(result.value)
    assert result.why_not == "none of vectors, pairs, iterators was measured"
    nothing = judge_allocations(GOAL, {"pairs": Allocations(0, 0, 0, 0)})
    assert nothing.status == "not measured" and nothing.why_not == "they allocated nothing"


def test_the_issue_goal_names_benchmark_programs():
    names = {compare.name_of(p) for p in compare.programs()}
    assert set(figures.ALLOCATION_GOAL.only) <= names
    assert figures.ALLOCATION_GOAL.bound == 0.9


# --- the table ---------------------------------------------------------------------------

def cell(allocated: int, avoided: int, plan_scalar: int) -> dict:
    return {"allocated": allocated, "avoided": avoided, "without_scalar_replacement": allocated + avoided,
            "site_objects": allocated, "plan_scalar": plan_scalar}


def test_table_lines():
    rows = [{"program": "pairs", "allocations": cell(1000, 9000, 9500)},
            {"program": "iterators", "allocations": {"error": "timeout after 60 s"}},
            {"program": "sieve"}]
    goal = judge_allocations(GOAL, compare.measured_allocations(rows))
    lines = compare.allocation_lines(rows, goal)
    assert "not timed" in lines[0]
    assert lines[2].split() == ["pairs", "1,000", "10,000", "90.0%", "9,500"]
    assert lines[3] == "iterators        not measured: timeout after 60 s"
    assert not any(line.startswith("sieve") for line in lines)
    assert lines[4].split()[:6] == ["small", "objects", "1,000", "10,000", "90.0%", "9,500"]
    assert lines[4].endswith("(pairs; goal >= 90% removed)")
    assert compare.allocation_goal_line(goal) == \
        "90% removed: 9,000 of 10,000 allocations removed = 90.0% over pairs (goal >= 90%): pass"


def test_no_allocation_rows_no_table_and_no_goal():
    assert compare.allocation_lines([{"program": "sieve"}], None) == []
    assert compare.summarise([runners.node_runner("node")], [{"program": "sieve"}])["allocation_goal"] is None


# --- one real run with counters ------------------------------------------------------------

TINY = """class P { constructor(x, y) { this.x = x; this.y = y; } }
function spread(a) { const d = { x: a, y: a + 1 }; return d.x * d.y; }
const kept = [];
let s = 0;
for (let i = 0; i < 500; i++) { kept.push(new P(i, i)); s += spread(i); }
console.log('sum ' + s + ' ' + kept.length);
"""


@pytest.mark.skipif(NODE is None, reason="node is the oracle and is not installed")
def test_measure_runs_the_build_with_counters_once_and_checks_its_output(tmp_path, monkeypatch):
    progs = tmp_path / "programs"
    progs.mkdir()
    (progs / "tiny.js").write_text(TINY)
    monkeypatch.setattr(compare, "PROGRAMS", progs)
    engines = [runners.node_runner(NODE), runners.shapescape_runner()]
    result = compare.measure(engines, Namespace(only="", repeat=1, timeout=60.0, allocations=True))
    [row] = result["rows"]
    assert "error" not in row, row
    a = row["allocations"]
    assert "error" not in a, a
    assert a["without_scalar_replacement"] == a["allocated"] + a["avoided"]
    assert a["site_objects"] >= 500                     # the 500 `new P` at least
    assert a["plan_scalar"] == 500                      # `d`, once per call: scalar in the plan
    assert a["avoided"] in (0, 500)                     # struct-built today, avoided once scalar-replaced
    assert a["stats_run_s"] > 0
    summary = compare.summarise(engines, result["rows"])
    assert summary["allocation_goal"].status == "not measured"   # tiny is not a small-object program
    without = compare.measure(engines, Namespace(only="", repeat=1, timeout=60.0, allocations=False))
    assert "allocations" not in without["rows"][0]


@pytest.mark.skipif(NODE is None, reason="node is the oracle and is not installed")
def test_a_stats_run_that_differs_from_node_gives_no_figures(tmp_path):
    (tmp_path / "p.js").write_text("console.log(1);\n")
    oracle = runners.Outcome(0.1, "2\n", "", 0)   # what node would print if the program said 2
    assert compare.allocation_cell(tmp_path / "p.js", oracle, 60.0) == {
        "error": "wrong output vs node: line 1: '1' (node '2')"}


def test_a_refused_build_is_a_compile_failure(tmp_path):
    (tmp_path / "p.js").write_text("function* g() { yield 1; }\nconsole.log(1);\n")
    oracle = runners.Outcome(0.1, "1\n", "", 0)
    why = compare.allocation_cell(tmp_path / "p.js", oracle, 60.0)["error"]
    assert why.startswith("fails to compile: build refused: p.js:1:1: error[build-unsupported]"), why


def test_json_carries_the_figures_and_the_goal(capsys):
    rows = [{"program": "pairs", "node_s": 1.0, "engines": {}, "allocations": cell(100, 900, 900)},
            {"program": "vectors", "node_s": 1.0, "engines": {}, "allocations": {"error": "timeout after 60 s"}}]
    engines = [runners.node_runner("node"), runners.shapescape_runner()]
    compare.print_json({"rows": rows, "startups": {"node": 0.1, "shapescape": 0.4}},
                       compare.summarise(engines, rows), {})
    out = json.loads(capsys.readouterr().out)
    assert out["programs"][0]["allocations"]["without_scalar_replacement"] == 1000
    assert out["programs"][1]["allocations"] == {"error": "timeout after 60 s"}
    goal = out["allocation_goal"]
    assert (goal["programs"], goal["avoided"], goal["without_scalar_replacement"]) == (["pairs"], 900, 1000)
    assert goal["removed"] == 0.9 and goal["status"] == "pass"
