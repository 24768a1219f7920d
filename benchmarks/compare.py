"""How fast are built programs compared with node and with other engines?

For every benchmark program (benchmarks/programs/*.js and */main.js) this
times, as wall clock of a fresh process each (best of --repeat runs):

  node          `node prog.js` (the oracle)
  shapescape    `shapescape run prog.wasm` (wasmtime; includes starting Python
                and compiling the module, reported separately as `startup`;
                shapescape's modules are compiled to bytecode first, as a
                regular `pip install` does;
                the build is timed once, reported on its own as `build`)
  porffor       Porffor (npm `porffor`, JS to Wasm ahead of time, linear
                memory) compiling the program, then running the module in
                node's V8; Porffor's compile time is taken out
  quickjs       QuickJS (PyPI `quickjs`) evaluating the program in a fresh
                Python process

The engines are the runners of runners.py; the peers (porffor, quickjs) are
measured when installed (`--no-peers` leaves them out) and otherwise the
command says how to install them. A run counts only when its stdout and exit
status equal node's; otherwise the reason is printed (fails to compile,
timeout, crash, wrong output vs node) and the run is not timed. It prints
per-program times, each engine's ratio to node, the geometric mean of the
ratios per engine, and the speed issue's goals with pass or miss (see
figures.py).

With shapescape among the engines it also prints, per program, how many
objects the built program allocates with scalar replacement and without it,
and the share removed, with the total of the small-object programs against
the 90% goal. Those figures come from one more run per program, of a build
with allocation counters (`shapescape run --stats=json`); that run is not
timed (`--no-allocations` leaves it out).

This prints figures; it is not a test.

    python benchmarks/compare.py                  # every program, best of 3
    python benchmarks/compare.py --repeat 1 --only richards,nbody
    python benchmarks/compare.py --no-peers       # node and shapescape only
    python benchmarks/compare.py --engines shapescape,quickjs
    python benchmarks/compare.py --json
    python benchmarks/compare.py --no-allocations  # times only, no run with counters
"""
from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import tempfile
from pathlib import Path

from figures import (ALLOCATION_GOAL, GOALS, Allocations, allocations_of, geomean, judge_allocations, judge_goal,
                     percent, ratio, unfinished, verdict)
from runners import Outcome, Runner, all_runners, allocation_run

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
EMPTY = "console.log(0);\n"


def programs() -> list[Path]:
    single = sorted(PROGRAMS.glob("*.js"))
    multi = sorted(p / "main.js" for p in PROGRAMS.iterdir() if p.is_dir() and (p / "main.js").exists())
    return single + multi


def name_of(p: Path) -> str:
    return p.parent.name if p.name == "main.js" else p.stem


def best_of(runner: Runner, prog: Path, scratch: Path, repeat: int, timeout: float,
            oracle: Outcome | None) -> tuple[float, Outcome | None, str]:
    """(setup seconds, the fastest run that counts, why none counts).
    Without an oracle (node itself, an empty program) every finished run counts."""
    prepared = runner.setup(prog, scratch, timeout)
    if prepared.refused:
        return prepared.setup_s, None, prepared.refused
    best = None
    for _ in range(repeat):
        out = runner.run(prepared, timeout)
        why = verdict(oracle, out, timeout) if oracle is not None else unfinished(out, timeout)
        if why:
            return prepared.setup_s, None, why
        if best is None or out.seconds < best.seconds:
            best = out
    return prepared.setup_s, best, ""


def startup_of(runner: Runner, scratch: Path, repeat: int) -> float | None:
    """The engine's fixed cost: best wall clock of a program printing one number."""
    empty = scratch / "empty.js"
    empty.write_text(EMPTY)
    _, out, _ = best_of(runner, empty, scratch, repeat, 60.0, None)
    return out.seconds if out is not None else None


def short(reason: str) -> str:
    """The table's word for a reason: its part before the first colon."""
    return reason.split(":")[0]


def measure(runners: list[Runner], args) -> dict:
    node = runners[0]
    only = {x for x in args.only.split(",") if x}
    rows = []
    startups: dict[str, float | None] = {}
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for r in runners:
            startups[r.name] = startup_of(r, scratch, args.repeat)
        for prog in programs():
            name = name_of(prog)
            if only and name not in only:
                continue
            print(f"... {name}", file=sys.stderr, flush=True)
            row: dict = {"program": name, "engines": {}}
            _, oracle, why = best_of(node, prog, scratch, args.repeat, args.timeout, None)
            if oracle is None:
                row["error"] = "node: " + why
                rows.append(row)
                continue
            row["node_s"] = round(oracle.seconds, 3)
            for r in runners[1:]:
                setup_s, out, why = best_of(r, prog, scratch, args.repeat, args.timeout, oracle)
                cell: dict = {"setup_s": round(setup_s, 3)} if setup_s else {}
                if out is None:
                    cell["error"] = why
                else:
                    cell.update(seconds=round(out.seconds, 3), ratio=round(ratio(out.seconds, oracle.seconds), 2))
                    if out.compile_s is not None:
                        cell["compile_s"] = round(out.compile_s, 3)
                    if startups[r.name] is not None and startups["node"] is not None:
                        cell["ratio_net"] = round(ratio(out.seconds - startups[r.name],
                                                        oracle.seconds - startups["node"]), 2)
                row["engines"][r.name] = cell
            legacy(row)
            if getattr(args, "allocations", False) and any(r.name == "shapescape" for r in runners):
                row["allocations"] = allocation_cell(prog, oracle, args.timeout)
            rows.append(row)
    return {"rows": rows, "startups": startups}


def allocation_cell(prog: Path, oracle: Outcome, timeout: float) -> dict:
    """The allocation figures of one run of the build with counters (not timed),
    or why there are none; the run must print what node prints."""
    out, profile = allocation_run(prog, timeout)
    why = verdict(oracle, out, timeout)
    if why:
        return {"error": why}
    if profile is None:
        return {"error": "no allocation profile on stderr"}
    figures = allocations_of(profile)
    if isinstance(figures, str):
        return {"error": figures}
    return {"allocated": figures.allocated, "avoided": figures.avoided,
            "without_scalar_replacement": figures.without_scalar_replacement,
            "removed": nan_to_none(round(figures.removed, 4)),
            "site_objects": figures.site_objects, "plan_scalar": figures.plan_scalar,
            "stats_run_s": round(out.seconds, 3)}


def cell_allocations(cell: dict) -> Allocations | None:
    if "allocated" not in cell:
        return None
    return Allocations(cell["allocated"], cell["avoided"], cell["site_objects"], cell["plan_scalar"])


def measured_allocations(rows: list[dict]) -> dict[str, Allocations]:
    """The programs whose allocations were measured, by name."""
    found = {}
    for row in rows:
        figures = cell_allocations(row.get("allocations", {}))
        if figures is not None:
            found[row["program"]] = figures
    return found


def legacy(row: dict) -> None:
    """The keys compare.py has always written for shapescape, kept for tools reading --json."""
    cell = row["engines"].get("shapescape")
    if cell is None:
        return
    if "setup_s" in cell:
        row["build_s"] = cell["setup_s"]
    if "error" in cell:
        row["error"] = cell["error"]
    else:
        row.update(shapescape_s=cell["seconds"], ratio=cell["ratio"])
        if "ratio_net" in cell:
            row["ratio_net"] = cell["ratio_net"]


def summarise(runners: list[Runner], rows: list[dict]) -> dict:
    times: dict[str, dict[str, float]] = {r.name: {} for r in runners}
    for row in rows:
        if "node_s" in row:
            times["node"][row["program"]] = row["node_s"]
        for name, cell in row.get("engines", {}).items():
            if "seconds" in cell:
                times[name][row["program"]] = cell["seconds"]
    engines = {}
    for r in runners[1:]:
        counted = [row["engines"][r.name] for row in rows if "seconds" in row.get("engines", {}).get(r.name, {})]
        engines[r.name] = {
            "programs": len(counted),
            "geomean": round(geomean([c["ratio"] for c in counted]), 2),
            "geomean_net": round(geomean([c["ratio_net"] for c in counted if "ratio_net" in c]), 2),
        }
    goals = [judge_goal(g, times) for g in GOALS]
    allocation = None
    if any("allocations" in row for row in rows):
        allocation = judge_allocations(ALLOCATION_GOAL, measured_allocations(rows))
    return {"engines": engines, "goals": goals, "allocation_goal": allocation}


def nan_to_none(x: float):
    return None if isinstance(x, float) and math.isnan(x) else x


def print_json(result: dict, summary: dict, left_out: dict[str, str]) -> None:
    startups = result["startups"]
    ss = summary["engines"].get("shapescape", {})
    json.dump({
        "startup_s": nan_to_none(round(startups.get("shapescape") or float("nan"), 3)),
        "node_startup_s": nan_to_none(round(startups.get("node") or float("nan"), 3)),
        "startups_s": {k: (round(v, 3) if v is not None else None) for k, v in startups.items()},
        "programs": result["rows"],
        "geomean": nan_to_none(ss.get("geomean", float("nan"))),
        "geomean_net": nan_to_none(ss.get("geomean_net", float("nan"))),
        "engines": {k: {kk: nan_to_none(vv) for kk, vv in v.items()} for k, v in summary["engines"].items()},
        "goals": [{"goal": g.goal.text, "ratio": f"{g.goal.numerator}/{g.goal.denominator}",
                   "bound": g.goal.bound, "at_least": g.goal.at_least, "value": nan_to_none(round(g.value, 2)),
                   "programs": g.programs, "status": g.status, "why_not": g.why_not} for g in summary["goals"]],
        "allocation_goal": allocation_goal_json(summary.get("allocation_goal")),
        "left_out": left_out,
    }, sys.stdout, indent=2)
    print()


def allocation_goal_json(a) -> dict | None:
    if a is None:
        return None
    return {"goal": a.goal.text, "bound": a.goal.bound, "programs": a.programs, "avoided": a.avoided,
            "without_scalar_replacement": a.without, "removed": nan_to_none(round(a.value, 4)),
            "status": a.status, "why_not": a.why_not}


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def seconds(x: float | None) -> str:
    return f"{x:.3f} s" if x is not None else "failed"


def print_table(runners: list[Runner], result: dict, summary: dict, left_out: dict[str, str]) -> None:
    rows, startups = result["rows"], result["startups"]
    others = runners[1:]
    if "shapescape" in startups:
        print(f"startup: shapescape run of an empty module {seconds(startups['shapescape'])}, "
              f"node {seconds(startups['node'])}")
    rest = [f"{r.name} {seconds(startups[r.name])}" for r in others if r.name != "shapescape"]
    if rest:
        print("startup of the others (empty program): " + ", ".join(rest))
    head = f"{'program':<16} {'build':>7} {'node':>8}"
    for r in others:
        head += f" {r.name:>11} {'ratio':>7}" + (f" {'net':>7}" if r.name == "shapescape" else "")
    print(head)
    reasons = []
    for row in rows:
        cells = row.get("engines", {})
        build = cells.get("shapescape", {}).get("setup_s")
        line = f"{row['program']:<16} " + (f"{build:>6.2f}s" if build is not None else f"{'':>7}")
        if "node_s" not in row:
            print(line + f"  {row['error']}")
            continue
        line += f" {row['node_s']:>7.2f}s"
        for r in others:
            cell = cells.get(r.name, {})
            wide = r.name == "shapescape"
            if "seconds" in cell:
                line += f" {cell['seconds']:>10.2f}s {cell['ratio']:>6.1f}x"
                if wide:
                    line += f" {cell['ratio_net']:>6.1f}x" if "ratio_net" in cell else f" {'':>7}"
            else:
                line += f" {short(cell.get('error', '?'))[:19]:>19}" + (f" {'':>7}" if wide else "")
                reasons.append(f"  {r.name:<11} {row['program']:<16} {cell.get('error', '?')}")
        print(line)
    n = len(rows)
    for r in others:
        e = summary["engines"][r.name]
        if e["programs"] == 0:
            print(f"{r.name}: no program of {n} ran as node does, no geometric mean")
        elif r.name == "shapescape":
            print(f"geometric mean over {e['programs']} of {n} programs: {e['geomean']:.2f}x node "
                  f"({e['geomean_net']:.2f}x with both startups subtracted)")
        else:
            print(f"{r.name}: geometric mean over {e['programs']} of {n} programs: {e['geomean']:.2f}x node "
                  f"({e['geomean_net']:.2f}x with both startups subtracted)")
    if reasons:
        print("not counted (a run counts only when its output and exit status equal node's):")
        print("\n".join(reasons))
    for name, hint in left_out.items():
        print(f"left out: {name} ({hint})")
    lines = allocation_lines(rows, summary.get("allocation_goal"))
    if lines:
        print("\n".join(lines))
    print("goals of the speed issue (geometric mean of time ratios over the programs both ran):")
    for g in summary["goals"]:
        what = f"{g.goal.numerator}/{g.goal.denominator}"
        bound = (">=" if g.goal.at_least else "<=") + f" {g.goal.bound:g}x"
        if g.status == "not measured":
            print(f"  {g.goal.text}: not measured ({what}: {g.why_not})")
        else:
            print(f"  {g.goal.text}: {what} = {g.value:.2f}x over {plural(len(g.programs), 'program')} "
                  f"(goal {bound}): {g.status}")
    a = summary.get("allocation_goal")
    if a is not None:
        print("  " + allocation_goal_line(a))


def allocation_lines(rows: list[dict], goal) -> list[str]:
    """The allocation table: per program, objects allocated with scalar
    replacement, without it, the share removed; [] when not measured."""
    measured = [row for row in rows if "allocations" in row]
    if not measured:
        return []
    out = ["allocations (GC objects; one more run per program, built with counters, not timed):",
           f"{'program':<16} {'with SR':>14} {'without SR':>14} {'removed':>8} {'plan scalar':>13}"]
    for row in measured:
        a = cell_allocations(row["allocations"])
        if a is None:
            out.append(f"{row['program']:<16} not measured: {row['allocations'].get('error', '?')}")
            continue
        out.append(f"{row['program']:<16} {a.allocated:>14,} {a.without_scalar_replacement:>14,} "
                   f"{percent(a.removed):>8} {a.plan_scalar:>13,}")
    if goal is not None and goal.programs:
        together = [cell_allocations(row["allocations"]) for row in measured if row["program"] in goal.programs]
        allocated = sum(a.allocated for a in together)
        out.append(f"{'small objects':<16} {allocated:>14,} {goal.without:>14,} {percent(goal.value):>8} "
                   f"{sum(a.plan_scalar for a in together):>13,}   ({' + '.join(goal.programs)}; goal >= "
                   f"{goal.goal.bound * 100:g}% removed)")
    out.append("  (with SR: every GC object the run allocated; without SR: that plus the objects scalar "
               "replacement avoided; plan scalar: objects of the sites the plan marks `scalar`)")
    return out


def allocation_goal_line(a) -> str:
    if a.status == "not measured":
        return f"{a.goal.text}: not measured ({a.why_not})"
    return (f"{a.goal.text}: {a.avoided:,} of {a.without:,} allocations removed = {percent(a.value)} over "
            f"{', '.join(a.programs)} (goal >= {a.goal.bound * 100:g}%): {a.status}")


def choose(runners: list[Runner], engines: str, peers: bool = True) -> list[Runner]:
    """node always; the others as --engines names them (all when empty),
    without the peers when `peers` is false."""
    wanted = [x for x in engines.split(",") if x]
    known = {r.name for r in runners}
    unknown = [x for x in wanted if x not in known and x != "node"]
    if unknown:
        raise SystemExit(f"compare.py: unknown engine {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    named_peers = [r.name for r in runners if r.kind == "peer" and r.name in wanted]
    if named_peers and not peers:
        raise SystemExit(f"compare.py: --engines names {', '.join(named_peers)} but --no-peers leaves the peers out")
    return [r for r in runners
            if r.name == "node" or (r.name in wanted if wanted or r.kind == "variant"
                                    else (peers or r.kind != "peer"))]


def check_only(only: str) -> str:
    """"" when every name in --only is a benchmark program, else the message."""
    names = {name_of(p) for p in programs()}
    unknown = [x for x in only.split(",") if x and x not in names]
    if unknown:
        return f"compare.py: no benchmark program {', '.join(unknown)} (known: {', '.join(sorted(names))})"
    return ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per engine; the best is kept (default 3)")
    ap.add_argument("--only", default="", help="comma-separated program names")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run of one engine (default 300)")
    ap.add_argument("--peers", action=argparse.BooleanOptionalAction, default=True,
                    help="also measure Porffor and QuickJS when installed (default: yes)")
    ap.add_argument("--engines", default="", help="comma-separated engines to measure besides node "
                    "(shapescape, porffor, quickjs, and all-map: the same compiler with every object a map, "
                    "measured only when named; default all but all-map)")
    ap.add_argument("--allocations", action=argparse.BooleanOptionalAction, default=True,
                    help="also run each program once built with allocation counters (not timed) and print "
                         "its allocations with and without scalar replacement (default: yes, when shapescape "
                         "is measured)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    node = shutil.which("node")
    if node is None:
        print("compare.py: node is not installed", file=sys.stderr)
        return 2
    if args.repeat < 1:
        print("compare.py: --repeat must be at least 1", file=sys.stderr)
        return 2
    problem = check_only(args.only)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    runners = choose(all_runners(node), args.engines, args.peers)
    left_out = {}
    for r in list(runners):
        hint = r.missing()
        if hint:
            left_out[r.name] = hint
            runners.remove(r)
            print(f"compare.py: leaving out {r.name}: {hint}", file=sys.stderr)
    result = measure(runners, args)
    summary = summarise(runners, result["rows"])
    if args.json:
        print_json(result, summary, left_out)
    else:
        print_table(runners, result, summary, left_out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
