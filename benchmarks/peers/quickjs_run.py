"""Run one JavaScript program under QuickJS (PyPI `quickjs`) as node would.

    python quickjs_run.py prog.js

The program is evaluated as a CommonJS main module in a fresh QuickJS
context whose host gives it what node gives the benchmark programs:
`console.log` printing as node prints (quickjs_console.js) and `require` of
relative files. QuickJS's own stack limit is tiny by default (under 1000
frames), so it is raised to about node's depth (7 MiB of C stack, bounded by
this process's stack limit).

stdout: what the program printed (buffered, written once at the end).
Exit status: 0; 1 when the program throws (`Uncaught <first line>` on
stderr, like node); 3 when QuickJS cannot parse a file of the program or the
`quickjs` module is not installed.
"""
from __future__ import annotations

import json
import os
import resource
import sys
from pathlib import Path

CONSOLE = Path(__file__).resolve().parent / "quickjs_console.js"
STACK_BYTES = 7 * 1024 * 1024
REFUSED = 3


def stack_budget() -> int:
    soft, _ = resource.getrlimit(resource.RLIMIT_STACK)
    if soft == resource.RLIM_INFINITY:
        return STACK_BYTES
    return max(256 * 1024, min(STACK_BYTES, soft - 1024 * 1024))


def resolve(from_dir: str, spec: str) -> str:
    """node's resolution for relative paths: the file, then with .js, then dir/index.js."""
    if not spec.startswith(("./", "../", "/")):
        return ""
    base = Path(from_dir, spec)
    for candidate in (base, base.with_name(base.name + ".js"), base / "index.js"):
        if candidate.is_file():
            return os.path.normpath(str(candidate.resolve()))
    return ""


def run(path: Path) -> tuple[str, str, int]:
    """Evaluate the program; returns (stdout, stderr, exit status)."""
    import quickjs

    out: list[str] = []
    err: list[str] = []
    ctx = quickjs.Context()
    ctx.set_max_stack_size(stack_budget())
    ctx.add_callable("__host_write", lambda stream, text: (out if stream == 1 else err).append(text))
    ctx.add_callable("__host_resolve", resolve)
    ctx.add_callable("__host_read", lambda p: Path(p).read_text(encoding="utf-8"))
    refused: list[str] = []
    ctx.add_callable("__host_refuse", lambda message: refused.append(message))
    ctx.eval(CONSOLE.read_text(encoding="utf-8"))
    try:
        ctx.eval(f"__shapescape_require_from({json.dumps(str(path.resolve().parent))})"
                 f"({json.dumps('./' + path.name)});")
    except quickjs.JSException as exc:
        if refused:
            return "".join(out), f"quickjs cannot parse {refused[0]}\n", REFUSED
        first = (str(exc).splitlines() or ["exception"])[0]
        err.append(f"Uncaught {first}\n")
        return "".join(out), "".join(err), 1
    return "".join(out), "".join(err), 0


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python quickjs_run.py prog.js", file=sys.stderr)
        return 2
    try:
        import quickjs  # noqa: F401
    except ImportError:
        print("quickjs is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return REFUSED
    stdout, stderr, status = run(Path(argv[0]))
    sys.stdout.write(stdout)
    sys.stderr.write(stderr)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
