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
