"""Math calls (and toFixed) in a hot loop: shapescape's time against node's, per function.

A Math function the host computes costs a Python callback per call (about
15 us); one the module computes costs what its instructions cost. This
script shows which is which, as a user would meet it: for each expression
below, a program evaluating it COUNT times in a loop (and a baseline loop
with `x * x` in its place), run under node and under `shapescape run` of the
built module (build excluded, as in compare.py), each the best of --repeat
runs. It prints node's and shapescape's seconds, their ratio, and the ratio
with the baseline's time taken off both (the cost of the calls alone).
The outputs must agree with node's (the programs print a sum), or the row
says so.

    python benchmarks/math_calls.py [--count N] [--repeat K] [--only pow,atan2]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from runners import node_runner, shapescape_runner  # noqa: E402

EXPRESSIONS = {
    "baseline": "x * x",
    "sqrt": "Math.sqrt(x)",
    "sin": "Math.sin(x)",
    "exp": "Math.exp(x / 1e6)",
    "log": "Math.log(x)",
    "pow": "Math.pow(x, 1.5)",
    "square": "x ** 2",
    "atan": "Math.atan(x)",
    "atan2": "Math.atan2(x, 3)",
    "asin": "Math.asin(1 / x)",
    "log10": "Math.log10(x)",
    "hypot": "Math.hypot(x, 3)",
    "random": "Math.random()",
    "cbrt": "Math.cbrt(x)",
    "tanh": "Math.tanh(x / 1e5)",
    "toFixed": "x.toFixed(2).length",
}


def program(expr: str, count: int) -> str:
    # a sum that does not depend on Math.random's numbers: only whether they are below 1
    use = "(Math.random() < 1 ? 1 : 0)" if "random" in expr else expr
    return (f"let s = 0;\nfor (let i = 0; i < {count}; i++) {{ const x = i * 0.37 + 0.5; s += {use}; }}\n"
            "console.log(s);\n")


def best(runner, prepared, repeat: int, timeout: float):
    outs = [runner.run(prepared, timeout) for _ in range(repeat)]
    return min(outs, key=lambda o: o.seconds)


def loop_options(ap: argparse.ArgumentParser, count: int, count_help: str, what: str) -> argparse.Namespace:
    """The options of a script that times loops under node and the build
    (this one, kernels.py): --count, --repeat, --only (names of `what`), --timeout."""
    ap.add_argument("--count", type=int, default=count, help=count_help)
    ap.add_argument("--repeat", type=int, default=3, help="runs per engine, the best counted (default 3)")
    ap.add_argument("--only", default="", help=f"comma-separated names of the {what} to run")
    ap.add_argument("--timeout", type=float, default=120.0)
    return ap.parse_args()


def node_and_build(script: str):
    """[node, shapescape] runners, or None after saying node is missing."""
    node = shutil.which("node")
    if node is None:
        print(f"{script}: node is not on PATH (it is the oracle)", file=sys.stderr)
        return None
    return [node_runner(node), shapescape_runner()]


def main() -> int:
    args = loop_options(argparse.ArgumentParser(description=__doc__.splitlines()[0]), 1_000_000,
                        "calls per program (default 1,000,000)", "expressions")
    engines = node_and_build("math_calls")
    if engines is None:
        return 2
    names = [n for n in EXPRESSIONS if not args.only or n in args.only.split(",") or n == "baseline"]
    times: dict[str, tuple[float, float]] = {}
    print(f"{'function':<10} {'expression':<20} {'node':>8} {'shapescape':>11} {'ratio':>7} {'calls only':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for name in names:
            prog = scratch / f"{name}.js"
            prog.write_text(program(EXPRESSIONS[name], args.count), encoding="utf-8")
            outs = []
            for eng in engines:
                prepared = eng.setup(prog, scratch, args.timeout)
                if prepared.refused:
                    outs = None
                    print(f"{name:<10} {EXPRESSIONS[name]:<20} {eng.name}: {prepared.refused}")
                    break
                outs.append(best(eng, prepared, args.repeat, args.timeout))
            if outs is None:
                continue
            n, s = outs
            if n.stdout != s.stdout or s.status != 0:
                print(f"{name:<10} {EXPRESSIONS[name]:<20} output differs from node's: {s.stdout.strip()!r} "
                      f"against {n.stdout.strip()!r} {s.stderr.strip()[:200]}")
                continue
            times[name] = (n.seconds, s.seconds)
            base = times.get("baseline")
            only = "-"
            if base is not None and name != "baseline":
                dn, ds = n.seconds - base[0], s.seconds - base[1]
                only = f"{ds / dn:.1f}x" if dn > 0.005 else f"+{ds:.2f}s"
            print(f"{name:<10} {EXPRESSIONS[name]:<20} {n.seconds:>7.2f}s {s.seconds:>10.2f}s "
                  f"{s.seconds / n.seconds:>6.1f}x {only:>11}")
    print(f"({args.count:,} calls per program, best of {args.repeat}; `calls only`: both times less the baseline's, "
          "as a ratio, or shapescape's extra seconds when node's calls took under 5 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
