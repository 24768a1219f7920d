"""The arithmetic and the verdicts of benchmarks/compare.py, free of processes.

A run of an engine counts only when it behaves as node does: the same
stdout and the same exit status. Otherwise `verdict` says why in one line,
in this order: the engine refused to compile the program, it ran past the
time limit, it crashed (an exit status or signal node did not have, with the
last line it wrote to stderr), or its output differs (the first differing
line, both sides). Ratios are times divided; a summary over programs is the
geometric mean of the per-program ratios (the mean that treats "2x faster"
and "2x slower" symmetrically). A goal is a bound on the geometric mean of
time(numerator) / time(denominator) over the programs both engines ran.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from runners import Outcome

SHOWN = 60  # characters of a differing line shown in a verdict


def clip(text: str, width: int = SHOWN) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def first_difference(expected: str, got: str) -> str:
    """Where `got` first departs from `expected`, e.g. `line 4: 'x' (node 'y')`;
    "" when they are equal."""
    if expected == got:
        return ""
    want, have = expected.splitlines(), got.splitlines()
    for i, (w, h) in enumerate(zip(want, have)):
        if w != h:
            return f"line {i + 1}: {clip(h)!r} (node {clip(w)!r})"
    if len(have) < len(want):
        return f"output stops after {len(have)} lines (node prints {len(want)}, next {clip(want[len(have)])!r})"
    if len(have) > len(want):
        return f"extra output after line {len(want)}: {clip(have[len(want)])!r}"
    return "line endings differ"


def last_line(text: str) -> str:
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return clip(lines[-1].strip(), 100) if lines else ""


def unfinished(run: Outcome, timeout: float) -> str:
    """Why a run did not run the program to its end ("" when it did)."""
    if run.refused:
        return "fails to compile: " + clip(run.refused, 100)
    if run.timed_out:
        return f"timeout after {timeout:g} s"
    return ""


def verdict(node: Outcome, other: Outcome, timeout: float) -> str:
    """"" when `other` counts (same stdout and exit status as node), else why not."""
    stopped = unfinished(other, timeout)
    if stopped:
        return stopped
    if other.status != node.status:
        if other.status < 0:
            return f"crash: killed by signal {-other.status}"
        said = last_line(other.stderr)
        return f"crash: exit status {other.status}" + (f": {said}" if said else "")
    diff = first_difference(node.stdout, other.stdout)
    if diff:
        return "wrong output vs node: " + diff
    return ""


def ratio(numerator: float, denominator: float, floor: float = 1e-3) -> float:
    """numerator / denominator, both kept above `floor` seconds so that a
    figure at the clock's noise level cannot divide by zero."""
    return max(numerator, floor) / max(denominator, floor)


def geomean(values: list[float]) -> float:
    """Geometric mean; NaN for no values."""
    if not values:
        return float("nan")
    return math.exp(sum(math.log(v) for v in values) / len(values))


@dataclass(frozen=True)
class Goal:
    """geomean over programs of time(numerator) / time(denominator), bounded."""
    text: str
    numerator: str  # runner names
    denominator: str
    bound: float
    at_least: bool  # True: the geomean must be >= bound; False: <= bound
    only: tuple[str, ...] = ()  # judged on these programs only (e.g. the property-heavy ones); () = all


@dataclass
class GoalResult:
    goal: Goal
    value: float  # NaN when no program was run by both
    programs: list[str]
    status: str  # "pass", "miss" or "not measured"
    why_not: str = ""  # for "not measured"


def judge_goal(goal: Goal, times: dict[str, dict[str, float]]) -> GoalResult:
    """`times[runner][program]` holds the seconds of every run that counted;
    a runner that was not part of the measurement has no entry."""
    absent = [n for n in (goal.numerator, goal.denominator) if n not in times]
    if absent:
        return GoalResult(goal, float("nan"), [], "not measured", f"{' and '.join(absent)} not in this run")
    num, den = times[goal.numerator], times[goal.denominator]
    both = sorted(set(num) & set(den) & set(goal.only or num))
    if not both:
        return GoalResult(goal, float("nan"), [], "not measured", "no program ran correctly under both")
    value = geomean([ratio(num[p], den[p]) for p in both])
    met = value >= goal.bound if goal.at_least else value <= goal.bound
    return GoalResult(goal, value, both, "pass" if met else "miss")


# Programs whose time goes mostly to reading and writing fields of class instances.
PROPERTY_HEAVY = ("richards", "deltablue", "nbody", "cd", "bounce", "havlak")

# The goals of the speed issue that compare.py can judge.
GOALS = [
    Goal("shapescape at most 1.5x node's time", "shapescape", "node", 1.5, at_least=False),
    Goal("shapescape at least 5x faster than Porffor", "porffor", "shapescape", 5.0, at_least=True),
    Goal("shapescape at least 20x faster than QuickJS", "quickjs", "shapescape", 20.0, at_least=True),
    Goal("shapescape at least 10x faster than its all-map build on property-heavy programs", "all-map",
         "shapescape", 10.0, at_least=True, only=PROPERTY_HEAVY),
]
