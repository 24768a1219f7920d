"""The plan is the same on every run: the editor's hover and the build read it,
and an escape path that changes between runs would make them drift. Python's
string hashes change per process (PYTHONHASHSEED), so two processes with
different seeds must print the same plan."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "benchmarks" / "programs"


def plan_json(seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-m", "shapescape", "layout", "--format", "json", str(PROGRAMS)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_plan_is_identical_across_processes_and_hash_seeds():
    first = plan_json("1")
    assert '"escape"' in first and first.count('"code": "returned"') > 0   # paths are part of what is compared
    assert plan_json("2") == first
    assert plan_json("12345") == first


def module_bytes(seed: str, tmp: Path) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = tmp / f"m{seed}.wasm"
    r = subprocess.run([sys.executable, "-m", "shapescape", "build", str(PROGRAMS / "modular" / "main.js"),
                        "-o", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return out.read_bytes()


def test_the_module_is_identical_across_processes(tmp_path: Path):
    """wasmtime caches compiled modules by their bytes: a name taken from an
    object's address (once, the local holding `this` for arrow functions) made
    every build a new module, compiled again on every first run."""
    assert module_bytes("1", tmp_path) == module_bytes("2", tmp_path)
