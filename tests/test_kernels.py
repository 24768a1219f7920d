"""benchmarks/kernels.py: every kernel builds and prints what node prints, and the
script prints a row of figures for a kernel (a tiny count: this checks the
script, it times nothing)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import kernels  # noqa: E402

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is the oracle and is not installed")


@pytest.mark.parametrize("name", sorted(kernels.KERNELS))
def test_each_kernel_prints_what_node_prints(name, tmp_path):
    prog = tmp_path / f"{name}.js"
    prog.write_text(kernels.program(kernels.KERNELS[name], 3000), encoding="utf-8")
    want = subprocess.run([NODE, str(prog)], capture_output=True, text=True, timeout=60)
    got = subprocess.run([sys.executable, "-m", "shapescape", "run", str(prog)],
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert want.returncode == 0 and got.returncode == 0, got.stderr
    assert got.stdout == want.stdout
    assert want.stdout.strip() not in ("", "0")   # the checksum depends on the loop having run


def test_the_script_prints_nanoseconds_per_iteration_for_a_kernel():
    r = subprocess.run([sys.executable, str(BENCH / "kernels.py"), "--count", "20000", "--repeat", "1",
                        "--only", "elem_num"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    rows = [line for line in r.stdout.splitlines() if line.startswith("elem_num ")]
    assert len(rows) == 1 and rows[0].count(" ns") == 2, r.stdout
    assert "differs" not in r.stdout
