"""The cost of one operation in a hot loop, node against shapescape: where the floor is.

compare.py times whole programs. This script times the operations they are
made of, one per program, so a ratio there can be read against the cost of
its parts here: an array element read, a field read through a reference, a
call dispatched over two classes, an allocation that outlives its iteration.
Each kernel is a function `main` that sets up a little data (outside the
timed loop's body) and then runs one statement COUNT times in a loop:

    for (let i = 0; i < COUNT; i++) { <body> }

Each engine also runs the empty program once per kernel setup (COUNT 0), and
the script prints nanoseconds per iteration for both, start and setup taken
off: (time - time of COUNT 0) / COUNT, each the best of --repeat runs, and
their ratio. `loop` is the loop alone (a counter and an integer add), the
cost every other row includes. Outputs must agree with node's (each kernel
prints a checksum), or the row says so. The build is excluded, as in
compare.py.

    python benchmarks/kernels.py [--count N] [--repeat K] [--only elem_bool,alloc]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from math_calls import best, loop_options, node_and_build  # noqa: E402


@dataclass
class Kernel:
    what: str        # the operation, for the table
    setup: str       # statements before the loop
    body: str        # the loop's body; `s` is the checksum, `i` the counter
    share: int = 1   # the kernel runs COUNT // share iterations (slow ones)


KERNELS = {
    "loop": Kernel("counter and integer add", "", "s += i & 7;"),
    "elem_bool": Kernel("read a boolean element", "const a = []; for (let k = 0; k < 1024; k++) a.push(k % 3 === 0);",
                        "if (a[i & 1023]) s++;"),
    "elem_num": Kernel("read a number element", "const a = []; for (let k = 0; k < 1024; k++) a.push(k * 0.5);",
                       "s += a[i & 1023];"),
    "elem_write": Kernel("write a number element", "const a = []; for (let k = 0; k < 1024; k++) a.push(0);",
                         "a[i & 1023] = i & 7; s += a[(i + 3) & 1023];"),
    "linked": Kernel("follow a reference, read a field",
                     "class N { constructor(x) { this.x = x; this.next = null; } }\n"
                     "  const first = new N(0.5); let n = first;\n"
                     "  for (let k = 1; k < 1024; k++) { const m = new N(k * 0.5); n.next = m; n = m; }\n"
                     "  n.next = first; n = first;",
                     "s += n.x; n = n.next;"),
    "dispatch": Kernel("call a method of one of two classes",
                       "class A { get(x) { return x & 3; } }\n"
                       "  class B extends A { get(x) { return x & 1; } }\n"
                       "  const objs = [new A(), new B()];",
                       "s += objs[i & 1].get(i);"),
    "alloc": Kernel("make an object that outlives its iteration",
                    "class V { constructor(x, y) { this.x = x; this.y = y; } }\n"
                    "  const keep = []; for (let k = 0; k < 64; k++) keep.push(null);",
                    "keep[i & 63] = new V(i, 1); const v = keep[(i + 1) & 63]; if (v !== null) s += v.y;",
                    share=10),
}


def program(k: Kernel, count: int) -> str:
    return (f"function main() {{\n  {k.setup}\n  let s = 0;\n"
            f"  for (let i = 0; i < {count}; i++) {{ {k.body} }}\n  console.log(s);\n}}\nmain();\n")


def main() -> int:
    args = loop_options(argparse.ArgumentParser(description=__doc__.splitlines()[0]), 50_000_000,
                        "iterations per kernel (default 50,000,000; a slow kernel runs a tenth)", "kernels")
    engines = node_and_build("kernels")
    if engines is None:
        return 2
    names = [n for n in KERNELS if not args.only or n in args.only.split(",")]
    print(f"{'kernel':<11} {'operation':<44} {'node':>9} {'shapescape':>11} {'ratio':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for name in names:
            k = KERNELS[name]
            count = max(1, args.count // k.share)
            runs = []   # per engine: the best run with no iterations, with COUNT
            for eng in engines:
                best_runs = []
                for n in (0, count):
                    prog = scratch / f"{name}_{n}.js"
                    prog.write_text(program(k, n), encoding="utf-8")
                    prepared = eng.setup(prog, scratch, args.timeout)
                    if prepared.refused:
                        print(f"{name:<11} {k.what:<44} {eng.name}: {prepared.refused}")
                        return 1
                    best_runs.append(best(eng, prepared, args.repeat, args.timeout))
                runs.append(best_runs)
            (n0, n1), (s0, s1) = runs
            if n1.stdout != s1.stdout or s1.status != 0 or n0.stdout != s0.stdout:
                print(f"{name:<11} {k.what:<44} output differs from node's: {s1.stdout.strip()!r} "
                      f"against {n1.stdout.strip()!r} {s1.stderr.strip()[:200]}")
                continue
            ns_node = max(n1.seconds - n0.seconds, 0.0) / count * 1e9
            ns_ss = max(s1.seconds - s0.seconds, 0.0) / count * 1e9
            # under 0.2 ns an iteration, a difference of two times is noise (the loop row)
            ratio = f"{ns_ss / ns_node:.1f}x" if min(ns_node, ns_ss) >= 0.2 else "-"
            print(f"{name:<11} {k.what:<44} {ns_node:>6.2f} ns {ns_ss:>8.2f} ns {ratio:>7}")
    shares = ", ".join(f"1/{k.share} for `{n}`" for n, k in KERNELS.items() if k.share != 1 and n in names)
    print(f"(nanoseconds per iteration: the time less the same program's with no iterations, over the "
          f"{args.count:,} iterations{', ' + shares if shares else ''}; best of {args.repeat} runs each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
