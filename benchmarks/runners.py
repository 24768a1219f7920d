"""The engines benchmarks/compare.py times, as a list of runners.

A runner has a name, a way to say it is not installed (`missing`, the
install hint), a `setup` step that prepares one program and is timed on its
own (building the module for shapescape; nothing for the others), and a
`run` step that runs the prepared program once in a fresh process and
returns an Outcome: the seconds that count, stdout, stderr, exit status.

Every time is the wall clock of a fresh process, as for `node prog.js`, so
each engine's own start is included (node's; Python and wasmtime's for
shapescape; node and V8 instantiating the module for Porffor; Python and
the QuickJS context for QuickJS). Each runner's start is also measured on an
empty program, so compare.py can print figures with it subtracted. What is
left out is a compile step ahead of time: `shapescape build` (reported as
`build`) and Porffor's JavaScript-to-Wasm compile (reported as `compile_s`).

`allocation_run` is not an engine: it runs a program once more, built with
allocation counters (`shapescape run --stats=json`), for the allocation
figures; that run is never timed.

A further engine or build variant is one more entry in `all_runners`, as the
all-map build is: `shapescape_runner("all-map", ["--layout=dynamic"])`.
"""
from __future__ import annotations

import functools
import importlib.util
import json
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
PEERS = HERE / "peers"
PORFFOR_RUN = PEERS / "porffor_run.mjs"
QUICKJS_RUN = PEERS / "quickjs_run.py"

REFUSED_STATUS = 3  # porffor_run.mjs / quickjs_run.py: the engine would not take the program
SHAPESCAPE_TIMEOUT_STATUS = 124  # `shapescape run` stopped at its --timeout
BUILD_REFUSED_STATUS = 2  # `shapescape run prog.js`: the build refused a construct (build-unsupported)


@dataclass
class Prepared:
    """A program made ready for one engine: the command that runs it."""
    command: list[str]
    cwd: Path
    setup_s: float = 0.0
    refused: str = ""  # why the engine would not take the program ("" when ready)


@dataclass
class Outcome:
    """One run of a prepared program."""
    seconds: float  # wall clock that counts for the program (an ahead-of-time compile taken out)
    stdout: str = ""
    stderr: str = ""
    status: int = 0  # exit status; negative: killed by that signal
    timed_out: bool = False
    refused: str = ""  # the engine would not compile the program
    compile_s: float | None = None  # an ahead-of-time compile done inside the run, not counted


@dataclass
class Runner:
    name: str
    kind: str  # "oracle" (node), "shapescape" (our build), "variant" (another build of ours, only when named) or "peer"
    setup: Callable[[Path, Path, float], Prepared]  # (program, scratch folder, timeout)
    run: Callable[[Prepared, float], Outcome]  # (prepared, timeout)
    missing: Callable[[], str] = field(default=lambda: "")  # "" when installed, else how to install


def timed(cmd: list[str], cwd: Path, timeout: float) -> tuple[float, subprocess.CompletedProcess | None]:
    """Wall clock of a fresh process; None for the process when it ran past the timeout."""
    t0 = time.perf_counter()
    try:
        r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - t0, None
    return time.perf_counter() - t0, r


def run_command(prepared: Prepared, timeout: float) -> Outcome:
    seconds, r = timed(prepared.command, prepared.cwd, timeout)
    if r is None:
        return Outcome(seconds, timed_out=True)
    return Outcome(seconds, r.stdout, r.stderr, r.returncode)


# --- node: the oracle ----------------------------------------------------

def node_runner(node: str) -> Runner:
    def setup(prog: Path, scratch: Path, timeout: float) -> Prepared:
        return Prepared([node, prog.name], prog.parent)
    return Runner("node", "oracle", setup, run_command)


# --- shapescape: build once, then `shapescape run` the module --------------

def shapescape_cmd() -> list[str]:
    return [sys.executable, "-m", "shapescape"]


SHAPESCAPE_PACKAGES = ("analysis", "codegen", "shapescape", "server")


@functools.cache
def compile_bytecode() -> None:
    """Compile shapescape's modules to bytecode before timing, as `pip install`
    of a wheel does; once per process, from shapescape_runner's setup, so every
    script that times `shapescape run` measures the same start. An editable
    install (the README's) leaves that to the first import, and with
    PYTHONDONTWRITEBYTECODE set (as on the machines this was measured on) every
    `shapescape run` compiled the modules it imports again: about 15 ms of each
    run's start. Python reads the files even with that variable set; one whose
    source changed since is compiled again in memory."""
    import compileall
    root = Path(__file__).resolve().parent.parent
    for pkg in SHAPESCAPE_PACKAGES:
        compileall.compile_dir(str(root / pkg), quiet=1)


def shapescape_runner(name: str = "shapescape", build_flags: list[str] | None = None) -> Runner:
    """`shapescape build` (timed as setup) then `shapescape run` of the module.
    `build_flags` makes a variant of the same compiler, e.g. another layout."""
    flags = list(build_flags or [])

    def setup(prog: Path, scratch: Path, timeout: float) -> Prepared:
        compile_bytecode()
        wasm = scratch / f"{prog.parent.name if prog.name == 'main.js' else prog.stem}.{name}.wasm"
        t_build, b = timed(shapescape_cmd() + ["build", prog.name, "-o", str(wasm)] + flags, prog.parent, timeout)
        if b is None:
            return Prepared([], prog.parent, t_build, refused=f"build timed out after {timeout:g} s")
        if b.returncode != 0:
            return Prepared([], prog.parent, t_build,
                            refused="build refused: " + (b.stderr.strip().splitlines() or ["?"])[0])
        return Prepared(shapescape_cmd() + ["run", str(wasm), "--timeout", str(timeout)], prog.parent, t_build)

    def run(prepared: Prepared, timeout: float) -> Outcome:
        out = run_command(prepared, timeout + 30)  # its own --timeout stops it first
        if out.status == SHAPESCAPE_TIMEOUT_STATUS:
            out.timed_out = True
        return out

    return Runner(name, "shapescape", setup, run)


# --- the allocation profile: one run of the build with counters ---------------

def profile_from_stderr(stderr: str) -> tuple[str, dict | None]:
    """(the program's own stderr, the profile) of `shapescape run --stats=json`.
    The profile is the last thing written, a JSON object whose opening `{`
    stands alone on its line; None when there is none or it does not parse."""
    if stderr.startswith("{\n"):
        at = 0
    else:
        at = stderr.rfind("\n{\n") + 1
        if at == 0:
            return stderr, None
    try:
        profile = json.loads(stderr[at:])
    except ValueError:
        return stderr, None
    return (stderr[:at], profile) if isinstance(profile, dict) else (stderr, None)


def allocation_run(prog: Path, timeout: float) -> tuple[Outcome, dict | None]:
    """`shapescape run prog.js --stats=json`: the program built with allocation
    counters and run once, in a process of its own. Every allocation goes
    through a counting wrapper, so this run is never one of the timed runs."""
    cmd = shapescape_cmd() + ["run", prog.name, "--stats=json", "--timeout", str(timeout)]
    out = run_command(Prepared(cmd, prog.parent), timeout + 60)  # the build comes first
    if out.timed_out:
        return out, None
    if out.status == SHAPESCAPE_TIMEOUT_STATUS:
        out.timed_out = True
    out.stderr, profile = profile_from_stderr(out.stderr)
    if out.status == BUILD_REFUSED_STATUS and "build-unsupported" in out.stderr:
        out.refused = "build refused: " + (out.stderr.strip().splitlines() or ["?"])[0]
    return out, profile


# --- Porffor: npm `porffor` in benchmarks/peers ------------------------------

def porffor_missing(node: str | None) -> str:
    if node is None:
        return "needs node"
    if not (PEERS / "node_modules" / "porffor" / "package.json").is_file():
        return f"not installed: (cd {PEERS.relative_to(HERE.parent)} && npm ci)"
    return ""


COMPILE_MARK = "porffor-compile-ms "


def porffor_runner(node: str) -> Runner:
    """porffor_run.mjs compiles with Porffor and runs the module in node's V8;
    the compile time it reports on stderr is taken out of the wall clock."""
    def setup(prog: Path, scratch: Path, timeout: float) -> Prepared:
        return Prepared([node, str(PORFFOR_RUN), prog.name], prog.parent)

    def run(prepared: Prepared, timeout: float) -> Outcome:
        out = run_command(prepared, timeout)
        if out.timed_out:
            return out
        kept = []
        for line in out.stderr.splitlines(keepends=True):
            if line.startswith(COMPILE_MARK):
                out.compile_s = float(line[len(COMPILE_MARK):]) / 1000.0
            else:
                kept.append(line)
        out.stderr = "".join(kept)
        if out.compile_s is not None:
            out.seconds = max(out.seconds - out.compile_s, 0.0)
        elif out.status == REFUSED_STATUS:
            out.refused = (out.stderr.strip().splitlines() or ["porffor could not compile it"])[-1]
        return out

    return Runner("porffor", "peer", setup, run, lambda: porffor_missing(node))


# --- QuickJS: PyPI `quickjs` ------------------------------------------------

def quickjs_missing() -> str:
    if importlib.util.find_spec("quickjs") is None:
        return "not installed: pip install -e '.[bench]'"
    return ""


def quickjs_runner() -> Runner:
    """quickjs_run.py: a fresh Python process evaluating the program in a QuickJS context."""
    def setup(prog: Path, scratch: Path, timeout: float) -> Prepared:
        return Prepared([sys.executable, str(QUICKJS_RUN), prog.name], prog.parent)

    def run(prepared: Prepared, timeout: float) -> Outcome:
        out = run_command(prepared, timeout)
        if out.status == REFUSED_STATUS and not out.timed_out:
            out.refused = (out.stderr.strip().splitlines() or ["quickjs could not parse it"])[-1]
        return out

    return Runner("quickjs", "peer", setup, run, quickjs_missing)


def all_runners(node: str, peers: bool = True) -> list[Runner]:
    """Every engine compare.py knows, node first (the oracle)."""
    runners = [node_runner(node), shapescape_runner()]
    # the same compiler with every object a map: what the shapes are worth. Slow
    # (minutes per program), so it is measured only when --engines names it.
    all_map = shapescape_runner("all-map", ["--layout=dynamic"])
    all_map.kind = "variant"
    runners.append(all_map)
    if peers:
        runners += [porffor_runner(node), quickjs_runner()]
    return runners
