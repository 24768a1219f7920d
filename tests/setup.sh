#!/usr/bin/env bash
# What the test suite needs besides the Python packages, installed when missing
# (the README's test command runs this; so does .ci/run):
# - Neovim (Debian `neovim`): tests/test_server_nvim.py drives the language server
#   from a real editor;
# - the VS Code extension's npm packages, its unit tests, and the tools of its
#   end-to-end test in a real VS Code (code-server, Playwright, Debian Chromium):
#   vscode-extension/ci.sh, for tests/test_vscode_e2e.py.
# Node.js 20 must be installed already (the differential suite's oracle).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1; then
    echo "tests/setup.sh: node (Node.js 20) is required: it is the oracle of the differential suite" >&2
    exit 1
fi
if ! command -v nvim >/dev/null 2>&1; then
    echo "tests/setup.sh: installing neovim (apt-get)"
    apt-get install -y neovim >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y neovim >/dev/null; }
fi
nvim --version | head -1
bash vscode-extension/ci.sh
