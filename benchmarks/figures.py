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


# --- allocations: with and without scalar replacement ------------------------
#
# A program's allocations come from one run of its build with counters
# (`shapescape run --stats=json`, see codegen/stats.py). `allObjects` counts
# every GC object the module allocated; the counter of a site the build
# scalar-replaces counts the objects it did not allocate
# (`scalarReplacementAvoided`). Every avoided object is one the plain struct
# build would have allocated, so without scalar replacement the program
# allocates `allObjects + scalarReplacementAvoided`.

@dataclass(frozen=True)
class Allocations:
    """What one program allocated in its run with counters."""
    allocated: int  # every GC object allocated (number boxes, strings and element storage included)
    avoided: int  # objects scalar replacement did not allocate
    site_objects: int  # of `allocated`, the objects the program's allocation sites made
    plan_scalar: int  # objects of the sites the plan marks `scalar`, allocated or avoided

    @property
    def without_scalar_replacement(self) -> float:
        return self.allocated + self.avoided

    @property
    def removed(self) -> float:
        """The share of the allocations scalar replacement removed; NaN for none at all."""
        total = self.without_scalar_replacement
        return self.avoided / total if total else float("nan")


def allocations_of(profile: dict) -> Allocations | str:
    """The figures of a `--stats=json` profile, or why it has none."""
    totals = profile.get("totals") if isinstance(profile, dict) else None
    if not isinstance(totals, dict):
        return "the allocation profile has no totals"
    fields = ("allObjects", "scalarReplacementAvoided", "siteObjects")
    bad = [f for f in fields if not isinstance(totals.get(f), int) or totals[f] < 0]
    if bad:
        return "the allocation profile's totals lack " + ", ".join(bad)
    sites = profile.get("sites") if isinstance(profile.get("sites"), list) else []
    plan_scalar = sum(s.get("count", 0) for s in sites
                      if isinstance(s, dict) and s.get("representation") == "scalar" and isinstance(s.get("count"), int))
    return Allocations(totals["allObjects"], totals["scalarReplacementAvoided"], totals["siteObjects"], plan_scalar)


@dataclass(frozen=True)
class AllocationGoal:
    """At least `bound` of the allocations removed, over the `only` programs together."""
    text: str
    bound: float  # a share, 0.9 for 90%
    only: tuple[str, ...]


@dataclass
class AllocationResult:
    goal: AllocationGoal
    value: float  # the share removed over the programs measured; NaN when none was
    programs: list[str]
    avoided: int
    without: int  # allocations of those programs without scalar replacement
    status: str  # "pass", "miss" or "not measured"
    why_not: str = ""


def judge_allocations(goal: AllocationGoal, measured: dict[str, Allocations]) -> AllocationResult:
    """The share removed over the goal's programs taken together: their avoided
    objects over their allocations without scalar replacement (so a program
    allocating more weighs more, as it does in time)."""
    programs = sorted(p for p in goal.only if p in measured)
    if not programs:
        return AllocationResult(goal, float("nan"), [], 0, 0, "not measured",
                                "none of " + ", ".join(goal.only) + " was measured")
    avoided = sum(measured[p].avoided for p in programs)
    without = sum(measured[p].without_scalar_replacement for p in programs)
    if without == 0:
        return AllocationResult(goal, float("nan"), programs, 0, 0, "not measured", "they allocated nothing")
    value = avoided / without
    return AllocationResult(goal, value, programs, avoided, without, "pass" if value >= goal.bound else "miss")


def percent(share: float) -> str:
    """`93.4%`; `-` for a share of nothing."""
    return "-" if math.isnan(share) else f"{share * 100:.1f}%"


# Programs dominated by short-lived small objects (benchmarks/programs/).
SMALL_OBJECT = ("vectors", "pairs", "iterators")

ALLOCATION_GOAL = AllocationGoal("at least 90% of allocations removed on programs dominated by short-lived "
                                 "small objects", 0.9, SMALL_OBJECT)
