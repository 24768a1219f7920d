"""A real editor: headless Neovim (Debian's 0.7) starts `shapescape serve`,
opens a file, receives diagnostics, asks for a hover, edits the buffer, and
this test checks what it saw before and after the edit (tests/nvim/session.lua).

Neovim is required: .ci/run installs it when `nvim` is missing. Without it the
test fails, saying so; it is never skipped."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(__file__).resolve().parent / "nvim" / "session.lua"

SOURCE = """\
const q = { b: 1, c: 2 };
delete q.b;
class Point {
  constructor(x) { this.x = x; }
}
const p = new Point(1);
console.log(q, p.x);
"""


def test_neovim_gets_diagnostics_hover_and_updates_after_an_edit(tmp_path):
    nvim = shutil.which("nvim")
    assert nvim, "nvim is not installed: run `bash tests/setup.sh` (the README's test command does)"
    (tmp_path / "main.js").write_text(SOURCE, encoding="utf-8")
    out = tmp_path / "seen.json"
    env = dict(os.environ, SS_ROOT=str(tmp_path), SS_FILE=str(tmp_path / "main.js"), SS_PYTHON=sys.executable,
               SS_PYTHONPATH=str(ROOT), SS_OUT=str(out), HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    r = subprocess.run([nvim, "--headless", "--clean", "-c", f"luafile {SCRIPT}"], env=env, cwd=tmp_path,
                       capture_output=True, text=True, timeout=120)
    seen = json.loads(out.read_text()) if out.exists() else {}
    assert r.returncode == 0, f"nvim failed: {seen.get('error')!r}\n{r.stdout}\n{r.stderr}"
    assert seen["steps"] == ["diagnostics", "hover", "edit"]
    first = {(d["code"], d["lnum"]) for d in seen["first"]}
    assert {("shape-deoptimized", 0), ("delete-property", 1)} <= first
    [site] = [d for d in seen["first"] if d["code"] == "shape-deoptimized"]
    assert site["col"] == 10 and site["severity"] == 2          # vim.diagnostic.severity.WARN
    assert "map" in seen["hover"] and "delete-property" in seen["hover"]   # the card of the `{ b, c }` site
    second = {d["code"] for d in seen["second"]}
    assert "delete-property" not in second and "shape-deoptimized" not in second
    assert "field-widened" in second          # b now holds a number or a string
