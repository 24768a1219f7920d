"""How fast is the analysis compared with parsing?

The goal: on generated programs of 1k, 5k and 20k lines, the analysis (all the
work after parsing) takes at most as long as esprima's parse of the same
program, and the locality analysis (part of "analysis") at most half of it.

For each size this generates a program with benchmarks/gen_program.py, writes
it to a temporary directory and runs `analysis.analyze([path])` `--repeat`
times, taking the median of each timing the plan reports. Every size runs in
its own child process so the peak memory (getrusage maxrss) is that size's.

This prints figures; it is not a test. It exits non-zero only when something
crashes (the generator, the child process or the analysis).

    python benchmarks/analysis_speed.py                 # 1000,5000,20000 x3
    python benchmarks/analysis_speed.py --sizes 1000 --repeat 1
    python benchmarks/analysis_speed.py --json
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Optional

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _p in (str(ROOT), str(HERE)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from gen_program import generate  # noqa: E402

ANALYSIS_GOAL = 1.0   # analysis / parse
LOCALITY_GOAL = 0.5   # locality / parse
CHILD_TAG = "ANALYSIS_SPEED_RESULT "


def _maxrss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # kilobytes on Linux, bytes on macOS
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _median(values: list) -> Optional[float]:
    present = [v for v in values if v is not None]
    if not present:
        return None
    return statistics.median(present)


def measure(size: int, repeat: int, seed: int) -> dict:
    """Generate one program and analyse it `repeat` times (in this process)."""
    try:
        from analysis import analyze
    except ImportError as exc:
        raise SystemExit(f"cannot import analysis.analyze: {exc!r}")

    source = generate(size, seed)
    runs = []
    with tempfile.TemporaryDirectory(prefix="shapescape-bench-") as tmp:
        path = os.path.join(tmp, f"program_{size}.js")
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        rss_base = _maxrss_mb()
        plan = None
        for _ in range(repeat):
            plan = None
            gc.collect()
            t0 = time.perf_counter()
            plan = analyze([path])
            wall = time.perf_counter() - t0
            timings = dict(plan.timings)
            runs.append({
                "parse": timings.get("parse"),
                "analysis": timings.get("analysis"),
                "locality": timings.get("locality"),
                "wall": wall,
                "other_timings": {k: v for k, v in timings.items()
                                  if k not in ("parse", "analysis", "locality")},
            })
        rss_peak = _maxrss_mb()

    assert plan is not None
    codes = Counter(getattr(d, "code", "?") for d in plan.diagnostics)
    errors = [d for d in plan.diagnostics if getattr(d, "severity", "") == "error"]
    parse = _median([r["parse"] for r in runs])
    analysis = _median([r["analysis"] for r in runs])
    locality = _median([r["locality"] for r in runs])
    ratio = analysis / parse if parse and analysis is not None else None
    loc_ratio = locality / parse if parse and locality is not None else None
    goal = None
    if ratio is not None:
        goal = ratio <= ANALYSIS_GOAL and (loc_ratio is None or loc_ratio <= LOCALITY_GOAL)
    return {
        "size": size,
        "lines": source.count("\n"),
        "bytes": len(source.encode("utf-8")),
        "sites": len(plan.sites),
        "diagnostics": len(plan.diagnostics),
        "diagnostic_codes": dict(sorted(codes.items())),
        "errors": [f"{d.location.short()}: {d.code}: {d.message}"
                   for d in errors[:5]] if errors else [],
        "parse_s": parse,
        "analysis_s": analysis,
        "ratio": ratio,
        "locality_s": locality,
        "locality_ratio": loc_ratio,
        "goal_met": goal,
        "wall_s": _median([r["wall"] for r in runs]),
        "rss_base_mb": round(rss_base, 1),
        "peak_rss_mb": round(rss_peak, 1),
        "runs": runs,
    }


def run_child(size: int, repeat: int, seed: int) -> dict:
    """Measure one size in a fresh interpreter, so maxrss is that size's."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(size),
           "--repeat", str(repeat), "--seed", str(seed)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=str(ROOT))
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(CHILD_TAG):
            if proc.returncode == 0:
                return json.loads(line[len(CHILD_TAG):])
    sys.stderr.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    raise SystemExit(f"benchmark of {size} lines failed (exit {proc.returncode})")


def _fmt(v: Optional[float], spec: str) -> str:
    return "n/a" if v is None else format(v, spec)


def print_table(results: list, repeat: int, seed: int) -> None:
    print(f"shapescape analysis speed (median of {repeat}, seed {seed}, "
          f"Python {platform.python_version()})")
    print(f"goal: analysis/parse <= {ANALYSIS_GOAL:g}, "
          f"locality/parse <= {LOCALITY_GOAL:g}")
    head = ("lines", "sites", "diags", "parse s", "analysis s", "ana/parse",
            "locality s", "loc/parse", "goal", "peak MB")
    rows = []
    for r in results:
        goal = {True: "met", False: "NOT met", None: "n/a"}[r["goal_met"]]
        if r["goal_met"] is not None and r["locality_s"] is None:
            goal += " (no locality)"
        rows.append((str(r["lines"]), str(r["sites"]), str(r["diagnostics"]),
                     _fmt(r["parse_s"], ".3f"), _fmt(r["analysis_s"], ".3f"),
                     _fmt(r["ratio"], ".2f"), _fmt(r["locality_s"], ".3f"),
                     _fmt(r["locality_ratio"], ".2f"), goal,
                     _fmt(r["peak_rss_mb"], ".0f")))
    widths = [max(len(h), *(len(row[k]) for row in rows)) for k, h in enumerate(head)]
    print("  ".join(h.rjust(w) for h, w in zip(head, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.rjust(w) for c, w in zip(row, widths)))
    for r in results:
        extra = {}
        for run in r["runs"]:
            for k, v in run["other_timings"].items():
                extra.setdefault(k, []).append(v)
        if extra:
            # Not all entries are durations (e.g. a node count): no unit.
            parts = ", ".join(f"{k}={_fmt(_median(v), '.4g')}"
                              for k, v in sorted(extra.items()))
            print(f"{r['lines']} lines, other plan.timings entries: {parts}")
        if r["errors"]:
            print(f"{r['lines']} lines: the plan has error diagnostics:")
            for e in r["errors"]:
                print(f"  {e}")


def main(argv: Optional[list] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,5000,20000",
                    help="comma-separated program sizes in lines (default 1000,5000,20000)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="analyses per size; the median is reported (default 3)")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--in-process", action="store_true",
                    help="measure all sizes in this process (peak memory is then cumulative)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")

    if args.child is not None:
        result = measure(args.child, args.repeat, args.seed)
        print(CHILD_TAG + json.dumps(result))
        return 0

    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        ap.error(f"--sizes: not a list of integers: {args.sizes!r}")
    if not sizes or min(sizes) < 1:
        ap.error("--sizes: give positive line counts")

    results = []
    for size in sizes:
        if args.in_process:
            results.append(measure(size, args.repeat, args.seed))
        else:
            results.append(run_child(size, args.repeat, args.seed))

    if args.json:
        print(json.dumps({"python": platform.python_version(), "seed": args.seed,
                          "repeat": args.repeat, "analysis_goal": ANALYSIS_GOAL,
                          "locality_goal": LOCALITY_GOAL, "results": results},
                         indent=2))
    else:
        print_table(results, args.repeat, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
