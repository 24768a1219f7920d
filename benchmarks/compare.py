"""How fast are built programs compared with node?

For every benchmark program (benchmarks/programs/*.js and */main.js) this
builds the module once (build time reported on its own), then times, as wall
clock of a fresh process each:

  node          `node prog.js`
  shapescape    `shapescape run prog.wasm` (wasmtime; includes starting Python
                and compiling the module, reported separately as `startup`)

and checks the two outputs are identical (a mismatch is reported, never
timed). It prints per-program times, the ratio shapescape/node, and the
geometric mean of the ratios. Goal of the WasmGC build issue: geometric mean
at most 3x node.

This prints figures; it is not a test.

    python benchmarks/compare.py                  # every program, best of 3
    python benchmarks/compare.py --repeat 1 --only richards,nbody
    python benchmarks/compare.py --json
"""
from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
EMPTY = "console.log(0);\n"


def programs() -> list[Path]:
    single = sorted(PROGRAMS.glob("*.js"))
    multi = sorted(p / "main.js" for p in PROGRAMS.iterdir() if p.is_dir() and (p / "main.js").exists())
    return single + multi


def name_of(p: Path) -> str:
    return p.parent.name if p.name == "main.js" else p.stem


def timed(cmd: list[str], cwd: Path, timeout: float) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    return time.perf_counter() - t0, r


def shapescape_cmd() -> list[str]:
    return [sys.executable, "-m", "shapescape"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per engine; the best is kept (default 3)")
    ap.add_argument("--only", default="", help="comma-separated program names")
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    node = shutil.which("node")
    if node is None:
        print("compare.py: node is not installed", file=sys.stderr)
        return 2
    only = {x for x in args.only.split(",") if x}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        # the fixed cost of a run: Python, wasmtime, instantiating a tiny module
        empty = Path(tmp) / "empty.js"
        empty.write_text(EMPTY)
        subprocess.run(shapescape_cmd() + ["build", str(empty), "-o", str(Path(tmp) / "empty.wasm")],
                       capture_output=True, check=True)
        startup = min(timed(shapescape_cmd() + ["run", str(Path(tmp) / "empty.wasm")], Path(tmp), 60)[0]
                      for _ in range(args.repeat))
        node_startup = min(timed([node, str(empty)], Path(tmp), 60)[0] for _ in range(args.repeat))
        for prog in programs():
            name = name_of(prog)
            if only and name not in only:
                continue
            print(f"... {name}", file=sys.stderr, flush=True)
            wasm = Path(tmp) / f"{name}.wasm"
            t_build, b = timed(shapescape_cmd() + ["build", prog.name, "-o", str(wasm)], prog.parent, args.timeout)
            row = {"program": name, "build_s": round(t_build, 3)}
            if b.returncode != 0:
                row["error"] = "build refused: " + b.stderr.strip().splitlines()[0]
                rows.append(row)
                continue
            t_node, r_node = min((timed([node, prog.name], prog.parent, args.timeout) for _ in range(args.repeat)),
                                 key=lambda x: x[0])
            try:
                runs = [timed(shapescape_cmd() + ["run", str(wasm), "--timeout", str(args.timeout)], prog.parent,
                              args.timeout + 30) for _ in range(args.repeat)]
            except subprocess.TimeoutExpired:
                row["error"] = "timed out"
                rows.append(row)
                continue
            t_ss, r_ss = min(runs, key=lambda x: x[0])
            if r_ss.stdout != r_node.stdout or r_ss.returncode != r_node.returncode:
                row["error"] = "output differs from node: " + (r_ss.stderr.strip().splitlines() or ["?"])[-1]
                rows.append(row)
                continue
            row.update(node_s=round(t_node, 3), shapescape_s=round(t_ss, 3), ratio=round(t_ss / t_node, 2),
                       ratio_net=round(max(t_ss - startup, 1e-3) / max(t_node - node_startup, 1e-3), 2))
            rows.append(row)
    ok = [r for r in rows if "ratio" in r]
    geo = math.exp(sum(math.log(r["ratio"]) for r in ok) / len(ok)) if ok else float("nan")
    geo_net = math.exp(sum(math.log(r["ratio_net"]) for r in ok) / len(ok)) if ok else float("nan")
    if args.json:
        json.dump({"startup_s": round(startup, 3), "node_startup_s": round(node_startup, 3), "programs": rows,
                   "geomean": round(geo, 2), "geomean_net": round(geo_net, 2)}, sys.stdout, indent=2)
        print()
        return 0
    print(f"startup: shapescape run of an empty module {startup:.3f} s, node {node_startup:.3f} s")
    print(f"{'program':<16} {'build':>7} {'node':>8} {'shapescape':>11} {'ratio':>7} {'net':>7}")
    for r in rows:
        if "error" in r:
            print(f"{r['program']:<16} {r['build_s']:>6.2f}s  {r['error']}")
        else:
            print(f"{r['program']:<16} {r['build_s']:>6.2f}s {r['node_s']:>7.2f}s {r['shapescape_s']:>10.2f}s "
                  f"{r['ratio']:>6.1f}x {r['ratio_net']:>6.1f}x")
    print(f"geometric mean over {len(ok)} of {len(rows)} programs: {geo:.2f}x node "
          f"({geo_net:.2f}x with both startups subtracted)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
