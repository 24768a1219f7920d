"""The VS Code extension in a real VS Code: packages the extension into a
.vsix (offline, as `npx vsce package` does), then runs
vscode-extension/e2e/run.mjs, which installs it into code-server 4.100.3,
opens vscode-extension/e2e/workspace/ in Debian's Chromium through Playwright
and checks the deopt squiggle, the hover card, the status bar, the Object
layouts view, Run, Build and the stale marker against this checkout's
`shapescape serve`. Screenshots: vscode-extension/e2e/artifacts/.

Its tools are installed by `bash tests/setup.sh` (the README's test command; it calls vscode-extension/ci.sh):
npm packages of the extension, Chromium, code-server and playwright-core.
Without them the test fails, saying what to run; it is never skipped."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXT = ROOT / "vscode-extension"
E2E = EXT / "e2e"
SETUP = "bash tests/setup.sh"
CHECKS = 12  # the checks run.mjs makes; a run that stops early must not pass


def _require(condition: bool, what: str) -> None:
    assert condition, f"{what} is missing: run `{SETUP}` first (.ci/run does)"


def test_extension_in_code_server(tmp_path):
    node = shutil.which("node")
    _require(node is not None, "node")
    _require((EXT / "node_modules" / "@vscode" / "vsce").is_dir(), "vscode-extension/node_modules (npm ci)")
    _require((E2E / "node_modules" / ".shapescape-e2e-setup").is_file(), "code-server and playwright-core (e2e/setup.sh)")
    _require(Path("/usr/bin/chromium").exists(), "Debian's chromium")
    shapescape = Path(sys.executable).parent / "shapescape"
    _require(shapescape.exists(), f"{shapescape} (pip install -e .)")

    vsix = tmp_path / "shapescape.vsix"
    packaged = subprocess.run(["npx", "--no-install", "vsce", "package", "-o", str(vsix)], cwd=EXT,
                              capture_output=True, text=True, timeout=300)
    assert packaged.returncode == 0 and vsix.is_file(), f"vsce package failed:\n{packaged.stdout}\n{packaged.stderr}"

    run = subprocess.run([node, str(E2E / "run.mjs"), "--vsix", str(vsix), "--shapescape", str(shapescape)],
                         cwd=EXT, capture_output=True, text=True, timeout=600)
    report = f"{run.stdout}\n{run.stderr}"
    print(report)
    summary = re.search(r"^vscode e2e: (\d+) passed, (\d+) failed$", run.stdout, re.M)
    assert run.returncode == 0 and summary, f"the editor test failed (screenshots in {E2E / 'artifacts'}):\n{report}"
    assert (int(summary.group(1)), int(summary.group(2))) == (CHECKS, 0), report
    for shot in ["deopt-squiggle.png", "hover-layout.png", "object-layouts.png", "build.png"]:
        assert (E2E / "artifacts" / shot).stat().st_size > 10_000, f"screenshot {shot} is missing or empty"
