#!/usr/bin/env bash
# Installs what the end-to-end test needs, offline-friendly (npm registry and
# Debian packages only; nothing is downloaded from anywhere else):
#   - Debian: chromium (the browser Playwright drives), libkrb5-dev (code-server's
#     `kerberos` module builds against it), ripgrep (VS Code's search binary),
#     g++/make/python3 (node-gyp for the native modules).
#   - npm, in this folder: code-server 4.100.3 (VS Code 1.100.3, the last release
#     for Node 20) and playwright-core, pinned by package-lock.json.
# code-server's own install downloads ripgrep from GitHub and prebuilt binaries,
# so it is installed with --ignore-scripts and finished by hand: Debian's rg in
# place of the download, native modules rebuilt from source against the local
# Node headers, then code-server's postinstall.sh. Never `playwright install`:
# it downloads a browser; we use /usr/bin/chromium.
# Idempotent: a stamp records a finished setup of this package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v g++ >/dev/null || need_apt+=(g++)
command -v make >/dev/null || need_apt+=(make)
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "e2e setup: apt-get install ${need_apt[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

stamp=node_modules/.shapescape-e2e-setup
want="$(node --version) $(sha256sum package-lock.json | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "e2e setup: code-server and playwright-core already installed"
    exit 0
fi

# node-gyp builds against the installed Node's headers instead of downloading them.
if [ -d /usr/include/node ]; then
    export npm_config_nodedir=/usr
fi
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_build_from_source=true

echo "e2e setup: npm ci (code-server, playwright-core)"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
# argon2 (code-server's password hashing) is native: build it here.
npm rebuild argon2 --loglevel=error

vscode=node_modules/code-server/lib/vscode
echo "e2e setup: VS Code's own dependencies"
(cd "$vscode" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
mkdir -p "$vscode/node_modules/@vscode/ripgrep/bin"
cp "$(command -v rg)" "$vscode/node_modules/@vscode/ripgrep/bin/rg"
echo "e2e setup: rebuilding VS Code's native modules"
(cd "$vscode" && npm rebuild --loglevel=error)
echo "e2e setup: code-server postinstall"
mkdir -p .run
if ! (cd node_modules/code-server && npm_config_user_agent="npm/$(npm --version) node/$(node --version) linux x64" \
        sh ./postinstall.sh) > .run/postinstall.log 2>&1; then
    cat .run/postinstall.log
    echo "e2e setup: code-server's postinstall.sh failed (log above)" >&2
    exit 1
fi

node_modules/.bin/code-server --version --config .run/config.yaml | tail -1
echo "$want" > "$stamp"
