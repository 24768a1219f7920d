#!/usr/bin/env bash
# CI for the VS Code extension, called by .ci/run before the pytest suite:
# installs the locked npm packages, compiles, runs the unit tests, and installs
# the end-to-end test's tools (e2e/setup.sh). The end-to-end test itself, which
# also packages the .vsix (`vsce package`, offline), runs in pytest:
# tests/test_vscode_e2e.py.
# Prints how long each step took.
set -euo pipefail
cd "$(dirname "$0")"

if [ -d /usr/include/node ]; then
    export npm_config_nodedir=/usr   # node-gyp: the local Node headers, no download
fi

step() {
    local name=$1
    shift
    local started=$SECONDS
    echo "-- $name"
    "$@"
    echo "-- $name: $((SECONDS - started)) s"
}

step "npm ci" npm ci --no-audit --no-fund --loglevel=error
step "unit tests (compile, node --test)" npm test
step "e2e tools: chromium, code-server, playwright-core (e2e/setup.sh)" bash e2e/setup.sh
