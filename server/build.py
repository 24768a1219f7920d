"""Build, run and show the module text, for the editor.

These run on the server's build thread, never on the protocol loop. A build
compiles a program as `shapescape build` does (codegen.build, from the files
on disk) and writes `<outputDir>/<entry relative to the workspace>.wasm`,
only inside the workspace. A run starts `shapescape run` in a child process
with the run timeout, so a runaway program is stopped (exit status 124, or
killed a few seconds later if it does not stop) and never blocks the server;
its output is kept up to a bound.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from typing import Optional

from analysis.parse import run_deep
from shapescape import report

OUTPUT_LIMIT = 1024 * 1024      # bytes of stdout/stderr kept from a run
KILL_GRACE = 5.0                # seconds past the run timeout before the child is killed


@dataclass
class Built:
    ok: bool
    output: Optional[str] = None      # absolute path of the .wasm written
    size: int = 0
    wat: Optional[str] = None
    error: Optional[str] = None
    diagnostics: list = field(default_factory=list)   # analysis.plan.Diagnostic


def compile_entry(entry: str) -> Built:
    """Compile `entry` (and what it requires) in memory."""
    from codegen.build import build
    if not os.path.isfile(entry):
        return Built(False, error=f"{entry}: no such file (save it first: the build reads files from disk)")
    try:
        result = run_deep(lambda: build(entry))
    except Exception as exc:   # a bug of the build: say so, keep serving
        return Built(False, error=f"the build failed inside shapescape ({type(exc).__name__}: {exc}); "
                                  "please report it with the program")
    if not result.ok:
        diags = list(result.diagnostics)
        first = report.diagnostics_text(diags[:1]) if diags else "no diagnostic"
        n = len(diags)
        return Built(False, error=f"build refused: {n} error{'s' if n != 1 else ''}; {first}", diagnostics=diags)
    return Built(True, size=len(result.wasm), wat=result.wat, diagnostics=[]), result.wasm


def output_path(entry: str, out_dir: str, root: str) -> str:
    """Where the module of `entry` goes: the entry's path under the workspace
    root, mirrored under the output folder, with `.wasm`."""
    rel = os.path.relpath(os.path.realpath(entry), os.path.realpath(root))
    if rel.startswith(".."):
        rel = os.path.basename(entry)
    target = os.path.realpath(os.path.join(out_dir, os.path.splitext(rel)[0] + ".wasm"))
    if os.path.commonpath([out_dir, target]) != out_dir:
        target = os.path.join(out_dir, os.path.splitext(os.path.basename(entry))[0] + ".wasm")
    return target


def build_to(entry: str, out_dir: Optional[str], root: Optional[str], why_no_dir: Optional[str]) -> Built:
    got = compile_entry(entry)
    if isinstance(got, Built):
        return got
    built, wasm = got
    if out_dir is None or root is None:
        return Built(False, error=f"not written: {why_no_dir}")
    target = output_path(entry, out_dir, root)
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as fh:
            fh.write(wasm)
    except OSError as exc:
        return Built(False, error=f"cannot write {target}: {exc.strerror or exc}")
    built.output = target
    return built


def show_wat(entry: str) -> Built:
    got = compile_entry(entry)
    return got if isinstance(got, Built) else got[0]


@dataclass
class Ran:
    exit_code: int
    stdout: str
    stderr: str
    timed_out: bool


def _read_bounded(fh) -> str:
    fh.seek(0)
    data = fh.read(OUTPUT_LIMIT + 1)
    text = data[:OUTPUT_LIMIT].decode("utf-8", errors="replace")
    if len(data) > OUTPUT_LIMIT:
        text += f"\n[shapescape: output cut at {OUTPUT_LIMIT:,} bytes]\n"
    return text


def run_program(entry: str, timeout: float, cwd: Optional[str]) -> Ran:
    """`shapescape run ENTRY --timeout T` in a child process."""
    cmd = [sys.executable, "-m", "shapescape", "run", entry, "--timeout", repr(float(timeout))]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                cwd=cwd or os.path.dirname(entry) or None, start_new_session=True)
        timed_out = False
        try:
            code = proc.wait(timeout=timeout + KILL_GRACE)
        except subprocess.TimeoutExpired:
            timed_out = True
            proc.kill()
            code = proc.wait()
        if code == 124:
            timed_out = True
        return Ran(code, _read_bounded(out), _read_bounded(err), timed_out)
