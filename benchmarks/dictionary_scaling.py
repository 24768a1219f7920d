"""Do dictionary objects scale? (codegen/runtime.wat, "dictionary objects")

An object whose keys the analysis cannot list is a dictionary ($MapObj). This
script writes one program per size N: it adds N distinct string keys, reads
each, deletes them oldest first (a cache evicting), adds N integer-like keys in
ascending order and reads them back, all through one plain object. It runs each
under node and, built once, under `shapescape run`, checks the outputs agree,
and prints the CPU time (user + system) per operation of each, net of an empty
program's, and shapescape's ratio to node. The last column, per-operation time
at N over per-operation time at the smallest N, stays near 1 when every
operation costs the same at any size; a scan per lookup makes it grow with N.

    python benchmarks/dictionary_scaling.py [--sizes 4000,16000,64000,256000] [--repeat N]

It prints figures; it is not a test.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAM = """
const N = %d;
const d = {};
let s = 0;
for (let i = 0; i < N; i++) d["key" + i] = i;
for (let i = 0; i < N; i++) s += d["key" + i];
for (let i = 0; i < N; i++) delete d["key" + i];
for (let i = 0; i < N; i++) d[i] = i;
for (let i = 0; i < N; i++) s += d[i];
console.log(s, Object.keys(d).length);
"""
OPS_PER_KEY = 5


def cpu_of(cmd: list[str], cwd: Path) -> tuple[float, str]:
    """(CPU seconds of the child, its stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=900)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr.strip()[:500]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), r.stdout


def best(cmd: list[str], cwd: Path, repeat: int) -> tuple[float, str]:
    runs = [cpu_of(cmd, cwd) for _ in range(repeat)]
    return min(t for t, _ in runs), runs[0][1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="4000,16000,64000,256000")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    node = shutil.which("node")
    if node is None:
        sys.exit("node is needed: it is the baseline")
    sizes = [int(x) for x in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "empty.js").write_text("")
        ss = [sys.executable, "-m", "shapescape"]
        subprocess.run(ss + ["build", "empty.js", "-o", "empty.wasm"], cwd=work, check=True, capture_output=True)
        node0, _ = best([node, "empty.js"], work, args.repeat)
        ss0, _ = best(ss + ["run", "empty.wasm"], work, args.repeat)
        print(f"empty program: node {node0 * 1e3:.0f} ms, shapescape {ss0 * 1e3:.0f} ms (subtracted below)")
        print(f"{'N':>8} {'node ns/op':>11} {'shapescape ns/op':>17} {'ratio':>7} {'growth':>7}")
        first = None
        for n in sizes:
            js = work / f"dict{n}.js"
            js.write_text(PROGRAM % n)
            subprocess.run(ss + ["build", js.name, "-o", f"dict{n}.wasm"], cwd=work, check=True, capture_output=True)
            tn, out_n = best([node, js.name], work, args.repeat)
            ts, out_s = best(ss + ["run", f"dict{n}.wasm", "--timeout", "600"], work, args.repeat)
            if out_n != out_s:
                sys.exit(f"N={n}: outputs differ: node {out_n!r}, shapescape {out_s!r}")
            ops = n * OPS_PER_KEY
            per_n = max(tn - node0, 0.0) / ops * 1e9
            per_s = max(ts - ss0, 0.0) / ops * 1e9
            first = first or per_s
            ratio = f"{per_s / per_n:.1f}" if per_n else "-"
            growth = f"{per_s / first:.2f}" if first else "-"
            print(f"{n:>8} {per_n:>11.0f} {per_s:>17.0f} {ratio:>7} {growth:>7}")


if __name__ == "__main__":
    main()
