"""The `shapescape` command line.

    shapescape check  PATH... [--format text|json|sarif] [--hints]
    shapescape layout PATH... [--format table|json]
    shapescape audit  PATH... [--format md|json]
    shapescape build  FILE -o OUT.wasm [--wat OUT.wat] [--stats] [--layout plan|dynamic]
    shapescape run    FILE.js|FILE.wasm [--timeout SECONDS] [--max-memory MB] [--stats[=json]]
    shapescape serve  [--stdio | --tcp HOST:PORT] [--log-level LEVEL]

Exit status: 0 when no error was found, 1 when the analysis reported errors
(or, for `run`, when the program ended with an uncaught exception), 2 for a
usage problem, a construct the build does not support, or a command that is
not available yet; `run` gives 124 when the time limit stopped the program.
"""
from __future__ import annotations

import argparse
import json
import sys

# Only what every command needs is imported here: `shapescape run prog.wasm`
# needs neither the analysis nor package metadata, and importing them was half
# of its start-up time (about 150 ms of 340).


def _version() -> str:
    from importlib import metadata
    try:
        return metadata.version("shapescape")
    except metadata.PackageNotFoundError:
        return "0.0.0"


class _Version(argparse.Action):
    """`--version`, which looks the version up only when asked."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"shapescape {_version()}")
        parser.exit()


NOT_YET: dict[str, str] = {}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="shapescape",
        description="Closed-world shape analysis for JavaScript: which objects become typed WasmGC "
                    "structs and which deoptimise to a map, and why.")
    p.add_argument("--version", action=_Version, help="show the version and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("check", help="report deopts and other diagnostics, compiler-style",
                       description="Analyse the closed world reachable from PATHs (files or folders) "
                                   "and print its diagnostics. Exit status 1 if any is an error.")
    c.add_argument("paths", nargs="+", metavar="PATH")
    c.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    c.add_argument("--hints", action="store_true",
                   help="also print hints (facts such as `struct-site`), which are hidden by default")

    lay = sub.add_parser("layout", help="print the plan: every allocation site and what it becomes",
                         description="Print the plan for the closed world reachable from PATHs: for each "
                                     "allocation site its representation, struct type, fields and causes.")
    lay.add_argument("paths", nargs="+", metavar="PATH")
    lay.add_argument("--format", choices=("table", "json"), default="table")

    au = sub.add_parser("audit", help="the lifetime map: sites per scope (function, caller, module, heap)",
                        description="Print the lifetime map of the closed world reachable from PATHs: per "
                                    "file and per scope (function, caller, module, heap) the number of "
                                    "allocation sites, their representations, and the most frequent "
                                    "reasons that pushed sites out of a narrower scope.")
    au.add_argument("paths", nargs="+", metavar="PATH")
    au.add_argument("--format", choices=("md", "json"), default="md")

    b = sub.add_parser("build", help="compile a program (its closed world) to a WasmGC module",
                       description="Compile FILE and every file it requires into one WebAssembly GC module "
                                   "through the plan. A construct the build does not support is reported at "
                                   "the construct (exit status 2); nothing is written then.")
    b.add_argument("file", metavar="FILE")
    b.add_argument("-o", "--output", metavar="OUT.wasm", help="where to write the module (default: FILE with .wasm)")
    b.add_argument("--wat", metavar="OUT.wat", help="also write the module as WebAssembly text")
    b.add_argument("--stats", action="store_true",
                   help="count every allocation, per allocation site and per runtime type, so that "
                        "`shapescape run OUT.wasm --stats` can print the allocation profile (slower)")
    b.add_argument("--layout", choices=("plan", "dynamic"), default="plan",
                   help="`plan` (default): objects as the plan says (structs where shapes are proven); "
                        "`dynamic`: every object a map, to measure what the shapes are worth")

    r = sub.add_parser("run", help="build (if given .js) and run a program under wasmtime",
                       description="Run FILE.js (built first, in memory) or a FILE.wasm built by shapescape "
                                   "under wasmtime. Output goes to stdout/stderr as node would print it. The "
                                   "module can reach only console output, time and number conversions: no "
                                   "file system, no network.")
    r.add_argument("file", metavar="FILE")
    r.add_argument("args", nargs="*", metavar="ARG",
                   help="arguments for the program, which it reads as process.argv[2], [3], ... "
                        "(as `node FILE ARG...`); put them right after FILE, and `--` before any that "
                        "starts with `-`")
    r.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                   help="stop the program after this many seconds (default 10; exit status 124)")
    r.add_argument("--max-memory", type=int, default=1024, metavar="MB",
                   help="bound the module's linear memory (default 1024 MB)")
    r.add_argument("--stats", nargs="?", const="text", choices=("text", "json"), metavar="text|json",
                   help="after the program, print its allocation profile to stderr: objects allocated "
                        "per allocation site (with the plan's representation) and by the runtime, and "
                        "allocations avoided by scalar replacement; `--stats=json` for tools. A .js is "
                        "built with counters; a .wasm must come from `shapescape build --stats`")
    r.add_argument("--layout", choices=("plan", "dynamic"), default="plan",
                   help="when building a .js: `dynamic` makes every object a map (see `build --layout`)")

    sub.add_parser("serve", help="the language server (LSP over stdio, or --tcp HOST:PORT)", add_help=False,
                   description="Start the language server; see docs/server.md.").add_argument(
        "rest", nargs=argparse.REMAINDER)

    for name, text in NOT_YET.items():
        q = sub.add_parser(name, help=f"(not available yet) {text.split(':')[0]}", add_help=False)
        q.add_argument("rest", nargs=argparse.REMAINDER)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["serve"]:   # its options are its own (server/main.py)
        from server.main import serve
        return serve(argv[1:])
    program_args: list[str] = []
    if argv[:1] == ["run"] and "--" in argv:   # `run FILE [options] -- ARG...`: all of them the program's
        cut = argv.index("--")
        argv, program_args = argv[:cut], argv[cut + 1:]
    args = _parser().parse_args(argv)
    if args.command == "run":
        args.args = list(args.args) + program_args
    if args.command is None:
        _parser().print_help(sys.stderr)
        return 2
    if args.command in NOT_YET:
        print(f"shapescape: {NOT_YET[args.command]}", file=sys.stderr)
        return 2
    if args.command in ("build", "run"):
        from . import buildcmd
        return buildcmd.build_command(args) if args.command == "build" else buildcmd.run_command(args)
    from analysis import analyze

    from . import report
    plan = analyze(args.paths)
    out = sys.stdout
    if args.command == "audit":
        if args.format == "json":
            from analysis.lifetime import lifetime_map
            json.dump(lifetime_map(plan).to_json(), out, indent=2)
            out.write("\n")
        else:
            out.write(report.audit_markdown(plan) + "\n")
        errors = report.visible(plan, "error")
        if errors:
            sys.stderr.write(report.diagnostics_text(errors) + "\n")
        return 1 if plan.has_errors() else 0
    if args.command == "layout":
        if args.format == "json":
            json.dump(plan.to_json(), out, indent=2)
            out.write("\n")
        else:
            out.write(report.layout_table(plan) + "\n")
        return 1 if plan.has_errors() else 0
    # check
    diags = report.visible(plan, "hint" if args.hints else "information")
    if args.format == "json":
        out.write(report.diagnostics_json(plan, diags) + "\n")
    elif args.format == "sarif":
        out.write(report.diagnostics_sarif(diags, _version()) + "\n")
    else:
        text = report.diagnostics_text(diags)
        if text:
            out.write(text + "\n")
        out.write(report.summary_line(plan) + "\n")
    return 1 if plan.has_errors() else 0


def run() -> int:
    """main(), quiet when the reader goes away (`shapescape layout ... | head`)."""
    try:
        return main()
    except BrokenPipeError:
        import os
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("shapescape: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(run())
