"""benchmarks/compare.py's logic: when a run counts, ratios and geometric
means, the goals, Porffor's compile time taken out of a run, the install
hints, the QuickJS host's console.log against node's own, and one whole
measurement over a tiny program with engines CI has (node, Python).

Nothing here needs Porffor or QuickJS installed; the checks that do run them
are in benchmarks/peers/test_peers_installed.py, outside the default suite.
"""
from __future__ import annotations

import math
import shutil
import subprocess
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
from figures import Goal, first_difference, geomean, judge_goal, ratio, verdict  # noqa: E402
from runners import Outcome, Prepared, Runner  # noqa: E402

NODE = shutil.which("node")


# --- when a run counts ---------------------------------------------------------

def test_equal_outputs_have_no_difference():
    assert first_difference("a\nb\n", "a\nb\n") == ""


def test_first_differing_line_is_named_with_both_sides():
    assert first_difference("a\nb\nc\n", "a\nB\nc\n") == "line 2: 'B' (node 'b')"


def test_output_that_stops_early_says_what_node_printed_next():
    msg = first_difference("a\nb\nc\n", "a\n")
    assert msg.startswith("output stops after 1 lines (node prints 3")
    assert "'b'" in msg


def test_extra_output_is_shown():
    assert first_difference("a\n", "a\nzzz\n") == "extra output after line 1: 'zzz'"


def test_a_missing_final_newline_is_a_difference():
    assert first_difference("a\n", "a") == "line endings differ"


def test_long_lines_are_clipped():
    msg = first_difference("x" * 200 + "\n", "y" * 200 + "\n")
    assert "..." in msg and len(msg) < 200


NODE_OK = Outcome(1.0, "42\n", "", 0)


def test_same_output_and_status_counts():
    assert verdict(NODE_OK, Outcome(3.0, "42\n", "noise on stderr\n", 0), 60) == ""


def test_refused_program_is_a_compile_failure():
    why = verdict(NODE_OK, Outcome(0.1, "", "", 3, refused="SyntaxError: Unexpected token (1:8)"), 60)
    assert why == "fails to compile: SyntaxError: Unexpected token (1:8)"


def test_timeout_names_the_limit():
    assert verdict(NODE_OK, Outcome(60.0, timed_out=True), 60) == "timeout after 60 s"


def test_other_exit_status_is_a_crash_with_the_last_stderr_line():
    out = Outcome(0.3, "", "at f\nRuntimeError: memory access out of bounds\n", 1)
    assert verdict(NODE_OK, out, 60) == "crash: exit status 1: RuntimeError: memory access out of bounds"


def test_death_by_signal_is_a_crash():
    assert verdict(NODE_OK, Outcome(0.3, "", "", -11), 60) == "crash: killed by signal 11"


def test_same_status_other_stdout_is_wrong_output():
    assert verdict(NODE_OK, Outcome(0.3, "41\n", "", 0), 60) == "wrong output vs node: line 1: '41' (node '42')"


def test_a_program_node_ends_with_an_exception_counts_when_the_peer_does_the_same():
    node = Outcome(1.0, "before\n", "Uncaught Error: x\n", 1)
    assert verdict(node, Outcome(2.0, "before\n", "Error: x\n", 1), 60) == ""


# --- ratios, geometric means, goals -----------------------------------------------

def test_geomean_of_reciprocals_is_one():
    assert geomean([4.0, 0.25]) == pytest.approx(1.0)
    assert geomean([2.0, 8.0]) == pytest.approx(4.0)


def test_geomean_of_nothing_is_nan():
    assert math.isnan(geomean([]))


def test_ratio_keeps_both_times_above_the_floor():
    assert ratio(3.0, 1.5) == pytest.approx(2.0)
    assert ratio(0.5, 0.0) == pytest.approx(500.0)
    assert ratio(-0.2, 0.002) == pytest.approx(0.5)


PORFFOR_GOAL = Goal("5x faster than Porffor", "porffor", "shapescape", 5.0, at_least=True)


def test_goal_uses_only_programs_both_engines_ran():
    times = {"porffor": {"a": 10.0, "b": 40.0, "c": 1.0}, "shapescape": {"a": 1.0, "b": 4.0, "d": 1.0}}
    result = judge_goal(PORFFOR_GOAL, times)
    assert result.programs == ["a", "b"]
    assert result.value == pytest.approx(10.0)
    assert result.status == "pass"


def test_goal_on_a_subset_of_programs():
    goal = Goal("10x faster than all-map on property-heavy programs", "all-map", "shapescape", 10.0,
                at_least=True, only=("richards", "deltablue"))
    times = {"all-map": {"richards": 20.0, "deltablue": 8.0, "sieve": 1.0},
             "shapescape": {"richards": 1.0, "deltablue": 1.0, "sieve": 1.0}}
    result = judge_goal(goal, times)
    assert result.programs == ["deltablue", "richards"] and result.value == pytest.approx(math.sqrt(160.0))
    assert result.status == "pass"


def test_goal_missed():
    result = judge_goal(PORFFOR_GOAL, {"porffor": {"a": 2.0}, "shapescape": {"a": 1.0}})
    assert result.value == pytest.approx(2.0) and result.status == "miss"


def test_an_upper_bound_goal():
    goal = Goal("at most 1.5x node", "shapescape", "node", 1.5, at_least=False)
    assert judge_goal(goal, {"shapescape": {"a": 1.2}, "node": {"a": 1.0}}).status == "pass"
    assert judge_goal(goal, {"shapescape": {"a": 1.8}, "node": {"a": 1.0}}).status == "miss"


def test_goal_without_common_programs_is_not_measured():
    result = judge_goal(PORFFOR_GOAL, {"porffor": {}, "shapescape": {"a": 1.0}})
    assert result.status == "not measured" and math.isnan(result.value)
    assert result.why_not == "no program ran correctly under both"


def test_goal_of_an_engine_left_out_says_so():
    result = judge_goal(PORFFOR_GOAL, {"shapescape": {"a": 1.0}})
    assert result.status == "not measured" and result.why_not == "porffor not in this run"


def test_the_speed_issue_goals_name_known_engines():
    names = {r.name for r in runners.all_runners("node")}
    for goal in figures.GOALS:
        assert goal.numerator in names and goal.denominator in names
    texts = {(g.numerator, g.denominator, g.bound, g.at_least) for g in figures.GOALS}
    assert ("porffor", "shapescape", 5.0, True) in texts
    assert ("quickjs", "shapescape", 20.0, True) in texts


# --- runners ----------------------------------------------------------------------

def python_prints(stdout: str, stderr: str, status: int = 0) -> Prepared:
    code = f"import sys; sys.stdout.write({stdout!r}); sys.stderr.write({stderr!r}); sys.exit({status})"
    return Prepared([sys.executable, "-c", code], ROOT)


def test_porffor_run_takes_its_compile_time_out_and_hides_the_mark():
    run = runners.porffor_runner("node").run
    out = run(python_prints("hi\n", "warn\nporffor-compile-ms 40.5\n"), 60)
    assert out.compile_s == pytest.approx(0.0405)
    assert out.stdout == "hi\n" and out.stderr == "warn\n" and out.status == 0
    assert not out.refused
    # a compile reported longer than the whole process leaves nothing to count
    longer = run(python_prints("hi\n", "porffor-compile-ms 100000\n"), 60)
    assert longer.compile_s == pytest.approx(100.0) and longer.seconds == 0.0


def test_porffor_refusal_is_read_from_its_status():
    out = runners.porffor_runner("node").run(
        python_prints("", "porffor compile failed: SyntaxError: Unexpected token (1:8)\n", 3), 60)
    assert out.refused == "porffor compile failed: SyntaxError: Unexpected token (1:8)"
    assert verdict(NODE_OK, out, 60).startswith("fails to compile: porffor compile failed")


def test_porffor_runtime_error_is_not_a_refusal():
    out = runners.porffor_runner("node").run(
        python_prints("", "RuntimeError: memory access out of bounds\nporffor-compile-ms 3\n", 1), 60)
    assert not out.refused
    assert verdict(NODE_OK, out, 60) == "crash: exit status 1: RuntimeError: memory access out of bounds"


def test_a_run_past_the_timeout_is_stopped():
    prepared = Prepared([sys.executable, "-c", "import time; time.sleep(30)"], ROOT)
    out = runners.run_command(prepared, 0.5)
    assert out.timed_out and out.seconds < 10


def test_missing_porffor_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(runners, "PEERS", tmp_path / "peers")
    monkeypatch.setattr(runners, "HERE", tmp_path)
    assert "npm ci" in runners.porffor_missing("node")
    (tmp_path / "peers" / "node_modules" / "porffor").mkdir(parents=True)
    (tmp_path / "peers" / "node_modules" / "porffor" / "package.json").write_text("{}")
    assert runners.porffor_missing("node") == ""
    assert runners.porffor_missing(None) == "needs node"


def test_missing_quickjs_says_how_to_install(monkeypatch):
    monkeypatch.setattr(runners.importlib.util, "find_spec", lambda name: None)
    assert runners.quickjs_missing() == "not installed: pip install -e '.[bench]'"


def test_peers_are_in_the_list_unless_left_out():
    assert [r.name for r in runners.all_runners("node")] == ["node", "shapescape", "all-map", "porffor", "quickjs"]
    assert [r.name for r in runners.all_runners("node", peers=False)] == ["node", "shapescape", "all-map"]
    assert {r.kind for r in runners.all_runners("node")} == {"oracle", "shapescape", "variant", "peer"}


def test_the_all_map_build_is_measured_only_when_named():
    everything = runners.all_runners("node")
    assert "all-map" not in [r.name for r in compare.choose(everything, "")]
    assert "all-map" not in [r.name for r in compare.choose(everything, "", peers=False)]
    assert [r.name for r in compare.choose(everything, "shapescape,all-map")] == ["node", "shapescape", "all-map"]


def test_engines_are_chosen_by_name_and_node_stays():
    chosen = compare.choose(runners.all_runners("node"), "quickjs")
    assert [r.name for r in chosen] == ["node", "quickjs"]
    with pytest.raises(SystemExit, match="unknown engine spidermonkey"):
        compare.choose(runners.all_runners("node"), "spidermonkey")


def test_no_peers_leaves_the_peers_out_and_conflicts_with_naming_one():
    assert [r.name for r in compare.choose(runners.all_runners("node"), "", peers=False)] == ["node", "shapescape"]
    with pytest.raises(SystemExit, match="--engines names porffor but --no-peers"):
        compare.choose(runners.all_runners("node"), "porffor,shapescape", peers=False)


def test_only_names_known_programs():
    assert compare.check_only("richards,modular") == ""
    assert compare.check_only("") == ""
    assert "no benchmark program nosuch (known: " in compare.check_only("richards,nosuch")


def test_quickjs_host_resolves_relative_requires_like_node(tmp_path):
    sys.path.insert(0, str(BENCH / "peers"))
    try:
        import quickjs_run
    finally:
        sys.path.remove(str(BENCH / "peers"))
    (tmp_path / "lib").mkdir()
    (tmp_path / "a.js").write_text("")
    (tmp_path / "lib" / "index.js").write_text("")
    assert quickjs_run.resolve(str(tmp_path), "./a.js") == str(tmp_path / "a.js")
    assert quickjs_run.resolve(str(tmp_path), "./a") == str(tmp_path / "a.js")
    assert quickjs_run.resolve(str(tmp_path / "lib"), "../a") == str(tmp_path / "a.js")
    assert quickjs_run.resolve(str(tmp_path), "./lib") == str(tmp_path / "lib" / "index.js")
    assert quickjs_run.resolve(str(tmp_path), "./nope") == ""
    assert quickjs_run.resolve(str(tmp_path), "fs") == ""


# --- the QuickJS host's console.log, checked against node's own --------------------

PRINTS = r"""
class Point { constructor(x, y) { this.x = x; this.y = y; } }
console.log(1, -0, 0.1 + 0.2, 1e21, -1e-7, NaN, -Infinity, "text", true, null, undefined);
console.log([], {}, [1, "a", [2, [3, [4, [5]]]]], { a: 1, "b-c": "it's", n: { m: { k: { z: 1 } } } });
console.log(new Point(1, 2.5), [new Point(0, 0)], [ , 1, , , 2]);
console.log(function named() {}, () => 1, Point, [undefined, null]);
console.log({ alpha: "aaaaaaaaaaaaaaaa", beta: "bbbbbbbbbbbbbbbbbb", gamma: "ccccccccccccccccccccc", d: 1 });
console.log({ list: [1, 2, 3], inner: { name: "a long enough name to wrap", other: "and another string" } });
console.log("a", "b\nc", ["b\nc"]);
console.log(["it's", 'say "hi"', `both ' and "`, "tab\there", "back\\slash", "\u0001"]);
"""


def test_quickjs_console_prints_as_node_does(tmp_path):
    """The console of quickjs_console.js, run in a node vm context with the
    host functions stubbed, prints what node's console.log prints."""
    assert NODE is not None, "node is needed for the tests (README: quick start)"
    snippet = tmp_path / "prints.js"
    snippet.write_text(PRINTS)
    host = tmp_path / "host.js"
    host.write_text(
        "const vm = require('vm'), fs = require('fs');\n"
        "const out = [];\n"
        "const ctx = vm.createContext({ __host_write: (s, t) => out.push(t), __host_resolve: () => '',\n"
        "  __host_read: () => '', __host_refuse: () => {} });\n"
        f"vm.runInContext(fs.readFileSync({str(BENCH / 'peers' / 'quickjs_console.js')!r}, 'utf8'), ctx);\n"
        f"vm.runInContext(fs.readFileSync({str(snippet)!r}, 'utf8'), ctx);\n"
        "process.stdout.write(out.join(''));\n")
    ours = subprocess.run([NODE, str(host)], capture_output=True, text=True, timeout=60)
    theirs = subprocess.run([NODE, str(snippet)], capture_output=True, text=True, timeout=60)
    assert ours.returncode == 0, ours.stderr
    assert theirs.stdout.count("\n") >= 8
    assert ours.stdout == theirs.stdout, first_difference(theirs.stdout, ours.stdout)


# --- one whole measurement, with engines CI has -------------------------------------

def test_measure_counts_a_matching_engine_and_explains_the_others(tmp_path, monkeypatch):
    assert NODE is not None, "node is needed for the tests (README: quick start)"
    progs = tmp_path / "programs"
    progs.mkdir()
    (progs / "tiny.js").write_text("let s = 0;\nfor (let i = 0; i < 1000; i++) s += i;\nconsole.log('sum ' + s);\n")
    monkeypatch.setattr(compare, "PROGRAMS", progs)

    def fixed(stdout: str, status: int = 0) -> Runner:
        return Runner("fixed", "peer", lambda p, s, t: python_prints(stdout, "boom\n" if status else "", status),
                      runners.run_command)

    same = Runner("node-again", "peer", runners.node_runner(NODE).setup, runners.run_command)
    wrong = fixed("sum 1\n")
    wrong.name = "wrong"
    crash = fixed("", 2)
    crash.name = "crash"
    engines = [runners.node_runner(NODE), same, wrong, crash]
    result = compare.measure(engines, Namespace(only="", repeat=1, timeout=60.0))
    [row] = result["rows"]
    assert row["program"] == "tiny" and row["node_s"] > 0
    cells = row["engines"]
    assert cells["node-again"]["ratio"] > 0 and "error" not in cells["node-again"]
    assert cells["wrong"]["error"] == "wrong output vs node: line 1: 'sum 1' (node 'sum 499500')"
    assert cells["crash"]["error"] == "crash: exit status 2: boom"
    summary = compare.summarise(engines, result["rows"])
    assert summary["engines"]["node-again"]["programs"] == 1
    assert summary["engines"]["node-again"]["geomean"] == cells["node-again"]["ratio"]
    assert summary["engines"]["wrong"]["programs"] == 0
