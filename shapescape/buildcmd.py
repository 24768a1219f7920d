"""`shapescape build` and `shapescape run`."""
from __future__ import annotations

import json
import os
import sys
import time



def _build(path: str, stats: bool = False, layout: str = "plan"):
    from analysis.parse import run_deep
    from codegen.build import build
    if not os.path.isfile(path):
        print(f"shapescape: {path}: no such file", file=sys.stderr)
        return None, 2
    t0 = time.perf_counter()
    # on the analysis's deep-stack thread, as `check` and the server's build run:
    # nesting the analysis accepts must not fail the build's parse
    result = run_deep(lambda: build(path, stats=stats, layout=layout))
    if not result.ok:
        from . import report
        sys.stderr.write(report.diagnostics_text(result.diagnostics) + "\n")
        unsupported = any(d.code == "build-unsupported" for d in result.diagnostics)
        return None, 2 if unsupported else 1
    skipped = [d for d in result.diagnostics + result.plan.diagnostics if d.code == "dynamic-require-skipped"]
    if skipped:
        from . import report
        sys.stderr.write(report.diagnostics_text(skipped) + "\n")
    result.seconds = time.perf_counter() - t0
    return result, 0


def build_command(args) -> int:
    result, status = _build(args.file, stats=args.stats, layout=args.layout)
    if result is None:
        return status
    out = args.output or os.path.splitext(args.file)[0] + ".wasm"
    with open(out, "wb") as fh:
        fh.write(result.wasm)
    if args.wat:
        with open(args.wat, "w", encoding="utf-8") as fh:
            fh.write(result.wat)
    print(f"shapescape: wrote {out} ({len(result.wasm):,} bytes) in {result.seconds:.2f} s", file=sys.stderr)
    return 0


def run_command(args) -> int:
    from codegen.host import run_module
    if args.file.endswith(".wasm"):
        try:
            with open(args.file, "rb") as fh:
                wasm = fh.read()
        except OSError as exc:
            print(f"shapescape: {args.file}: {exc.strerror}", file=sys.stderr)
            return 2
    else:
        result, status = _build(args.file, stats=bool(args.stats), layout=args.layout)
        if result is None:
            return status
        wasm = result.wasm
    table = None
    if args.stats:
        from codegen.stats import table_of
        table = table_of(bytes(wasm))
        if table is None:
            print(f"shapescape: {args.file} was built without allocation counters: build it with "
                  "`shapescape build --stats`, or run the .js with --stats", file=sys.stderr)
            return 2
    try:
        res = run_module(wasm, timeout=args.timeout, max_memory_mb=args.max_memory, stats=bool(args.stats),
                         argv=tuple(args.args))
    except Exception as exc:   # an invalid or foreign module
        print(f"shapescape: cannot run {args.file}: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 2
    if res.message:
        sys.stdout.flush()
        print(f"shapescape: {res.message}", file=sys.stderr)
    if table is not None and res.counts is not None:
        _print_stats(table, res.counts, args.stats)
    return res.status


def _print_stats(table: dict, counts: list, form: str) -> None:
    from codegen.stats import profile, report_text
    prof = profile(table, counts)
    sys.stdout.flush()
    if form == "json":
        sys.stderr.write(json.dumps(prof, indent=2) + "\n")
    else:
        sys.stderr.write(report_text(prof) + "\n")
