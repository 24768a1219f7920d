"""Does the struct with an overflow dictionary pay? (analysis/overflow.py)

Builds each program twice with the same compiler, with the rule on (the
default) and off (SHAPESCAPE_OVERFLOW=0: every such site a map, as before the
rule existed), runs each module under `shapescape run` several times, checks
its output against node's, and prints the best wall-clock and CPU times (user +
system of the process) and the CPU time net of an empty program's. CPU time is
the figure to read on a machine shared with other work.

    python benchmarks/overflow_pays.py [--repeat N] [PROGRAM.js ...]

Without programs: benchmarks/programs/records.js and benchmarks/overflow/*.js.
It prints figures; it is not a test.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = [HERE / "programs" / "records.js"] + sorted((HERE / "overflow").glob("*.js"))


def build(prog: Path, out: Path, overflow: bool) -> None:
    env = dict(os.environ, SHAPESCAPE_OVERFLOW="1" if overflow else "0")
    r = subprocess.run([sys.executable, "-m", "shapescape", "build", prog.name, "-o", str(out)],
                       cwd=prog.parent, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{prog}: build failed: {r.stderr.strip()}")


def best_run(wasm: Path, cwd: Path, repeat: int) -> tuple[float, float, str]:
    """(best wall seconds, best CPU seconds, stdout) of `shapescape run wasm`."""
    wall = cpu = float("inf")
    out = ""
    for _ in range(repeat):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.run([sys.executable, "-m", "shapescape", "run", str(wasm), "--timeout", "600"],
                           cwd=cwd, capture_output=True, text=True)
        w = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        if p.returncode != 0:
            sys.exit(f"{wasm}: exit {p.returncode}: {p.stderr.strip()}")
        wall = min(wall, w)
        cpu = min(cpu, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime))
        out = p.stdout
    return wall, cpu, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per build; the best is kept (default 3)")
    ap.add_argument("programs", nargs="*", type=Path, help="program files (default: the overflow benchmarks)")
    args = ap.parse_args()
    progs = [p.resolve() for p in args.programs] or DEFAULT
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.js"
        empty.write_text("console.log(0);\n")
        build(empty, Path(tmp) / "empty.wasm", True)
        _, start_cpu, _ = best_run(Path(tmp) / "empty.wasm", Path(tmp), args.repeat)
        print(f"startup (empty program): cpu {start_cpu:.3f} s")
        print(f"{'program':18} {'map (off)':>22} {'overflow (on)':>22} {'net cpu off/on':>22}")
        for prog in progs:
            node = subprocess.run(["node", prog.name], cwd=prog.parent, capture_output=True, text=True).stdout
            row = {}
            for on in (False, True):
                wasm = Path(tmp) / f"{prog.stem}.{'on' if on else 'off'}.wasm"
                build(prog, wasm, on)
                wall, cpu, out = best_run(wasm, prog.parent, args.repeat)
                if out != node:
                    sys.exit(f"{prog.name} ({'on' if on else 'off'}): output differs from node's")
                row[on] = (wall, cpu)
            net = [max(row[on][1] - start_cpu, 1e-3) for on in (False, True)]
            cells = [f"wall {row[on][0]:6.2f} cpu {row[on][1]:6.2f}" for on in (False, True)]
            ratio = f"{net[0]:.2f} / {net[1]:.2f} = {net[0] / net[1]:.2f}x"
            print(f"{prog.stem:18} {cells[0]:>22} {cells[1]:>22} {ratio:>22}")


if __name__ == "__main__":
    main()
