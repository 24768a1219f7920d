// End-to-end test of the extension in a real VS Code: code-server 4.100.3
// (VS Code 1.100.3 with a real extension host) driven by Playwright through
// Debian's Chromium. It installs the .vsix, opens a copy of e2e/workspace/,
// and checks what a person would see: the deopt squiggle, the layout card on
// hover, the status bar counts, the Object layouts view (and that a click on a
// site jumps to it), Run's output, and Build's .wasm on disk. Screenshots go
// to e2e/artifacts/. The extension finds `shapescape` the default way, in the
// workspace's `.venv/bin/` (a link to the executable given with --shapescape;
// VS Code's server takes PATH from a login shell, so PATH is no way in).
//
//   node e2e/run.mjs --vsix shapescape.vsix --shapescape .venv/bin/shapescape
//
// Prints one line per check and a closing "vscode e2e: N passed, M failed";
// exits 1 when a check fails (after a screenshot of the moment).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const codeServer = path.join(here, 'node_modules', '.bin', 'code-server');
const artifacts = path.join(here, 'artifacts');
const runDir = path.join(here, '.run');

function arg(name, fallback) {
    const i = process.argv.indexOf(name);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const vsix = path.resolve(arg('--vsix', path.join(here, '..', 'shapescape.vsix')));
const shapescape = path.resolve(arg('--shapescape', path.join(here, '..', '..', '.venv', 'bin', 'shapescape')));
const browserPath = arg('--chromium', '/usr/bin/chromium');
const headed = process.argv.includes('--headed');

for (const [what, file] of [['the .vsix', vsix], ['code-server (run e2e/setup.sh)', codeServer],
    ['Chromium', browserPath], ['shapescape', shapescape]]) {
    if (!fs.existsSync(file)) {
        console.error(`vscode e2e: ${what} is missing: ${file}`);
        process.exit(2);
    }
}

const results = [];
let page;
let server;

function log(message) {
    console.log(`[${(performance.now() / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

async function check(name, body) {
    const started = performance.now();
    try {
        const detail = await body();
        results.push({ name, ok: true });
        log(`ok   ${name}${detail ? ` — ${detail}` : ''} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (err) {
        results.push({ name, ok: false });
        log(`FAIL ${name}: ${err instanceof Error ? err.message : String(err)}`);
        if (page) {
            const shot = path.join(artifacts, `failure-${results.length}.png`);
            await page.screenshot({ path: shot }).catch(() => {});
            log(`     screenshot of the failure: ${shot}`);
        }
        throw err;
    }
}

function freePort() {
    return new Promise((resolve, reject) => {
        const s = net.createServer();
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => {
            const { port } = s.address();
            s.close(() => resolve(port));
        });
    });
}

async function waitFor(what, probe, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
        try {
            const value = await probe();
            if (value) {
                return value;
            }
        } catch (err) {
            last = err;
        }
        await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${last ? ` (${last.message})` : ''}`);
}

/** Runs a command from the command palette by its title. */
async function runCommand(title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

function editorLine(text) {
    return page.locator('.monaco-editor .view-lines .view-line', { hasText: text }).first();
}

async function main() {
    fs.rmSync(runDir, { recursive: true, force: true });
    fs.rmSync(artifacts, { recursive: true, force: true });
    fs.mkdirSync(artifacts, { recursive: true });
    const userData = path.join(runDir, 'user-data');
    const extensions = path.join(runDir, 'extensions');
    const config = path.join(runDir, 'config.yaml');
    const workspace = path.join(runDir, 'workspace');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.cpSync(path.join(here, 'workspace'), workspace, { recursive: true });
    fs.mkdirSync(path.join(workspace, '.venv', 'bin'), { recursive: true });
    fs.symlinkSync(shapescape, path.join(workspace, '.venv', 'bin', 'shapescape'));
    fs.writeFileSync(config, 'auth: none\ncert: false\n');
    fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'editor.hover.delay': 300,
        'editor.minimap.enabled': false,
        'window.zoomLevel': 0,
        'git.enabled': false,
        'git.openRepositoryInParentFolders': 'never',
    }, null, 2));
    const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', config];
    const env = { ...process.env };

    await check('install the .vsix into code-server', async () => {
        const r = spawnSync(codeServer, [...common, '--install-extension', vsix], { encoding: 'utf8', env, timeout: 120_000 });
        if (r.status !== 0) {
            throw new Error(`code-server --install-extension exited ${r.status}: ${r.stderr || r.stdout}`);
        }
        const installed = fs.readdirSync(extensions).filter((d) => d.startsWith('shapescape.shapescape-'));
        if (installed.length !== 1) {
            throw new Error(`expected one shapescape extension in ${extensions}, found ${JSON.stringify(fs.readdirSync(extensions))}`);
        }
        return installed[0];
    });

    const port = await freePort();
    const serverLog = fs.openSync(path.join(artifacts, 'code-server.log'), 'w');
    server = spawn(codeServer, [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
        '--disable-getting-started-override', '--ignore-last-opened', workspace],
    { env, stdio: ['ignore', serverLog, serverLog], detached: true });

    await check('code-server answers on 127.0.0.1', () => waitFor('code-server', async () => {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        return res.ok && `port ${port}`;
    }, 60_000));

    const browser = await chromium.launch({
        executablePath: browserPath,
        headless: !headed,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    try {
        const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
        page = await context.newPage();
        await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);

        await check('the workbench opens the sample workspace', async () => {
            await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
            const file = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'shapes.js' }).first();
            await file.waitFor({ state: 'visible', timeout: 60_000 });
            await file.click();
            await editorLine('const box = { width: 3').waitFor({ state: 'visible', timeout: 30_000 });
        });

        await check('the deopt squiggle appears at the object literal', async () => {
            // The server publishes shape-deoptimized at the literal and dynamic-key-write at `box[key]`.
            await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 60_000 });
            const count = await page.locator('.monaco-editor .squiggly-warning').count();
            await page.screenshot({ path: path.join(artifacts, 'deopt-squiggle.png') });
            await runCommand('Problems: Focus on Problems View');
            const problems = page.locator('.markers-panel .monaco-list-row');
            await waitFor('the Problems panel to list the deopt', async () => {
                const texts = await problems.allInnerTexts();
                return texts.some((t) => /shape deoptimized/.test(t) && /box\[key\]/.test(t));
            }, 20_000);
            const rows = await problems.allInnerTexts();
            await page.screenshot({ path: path.join(artifacts, 'problems.png') });
            await page.keyboard.press('Control+J'); // hide the panel again
            return `${count} warning squiggle(s); Problems: ${rows.map((t) => t.split('\n')[0]).join(' | ')}`;
        });

        await check('the status bar counts the file\'s sites', async () => {
            const item = page.locator('.statusbar-item', { hasText: 'struct ·' }).first();
            const text = await waitFor('the shapescape status item', async () => {
                const t = await item.innerText({ timeout: 1000 });
                return /\d+ struct · \d+ scalar · \d+ map/.test(t) && t;
            }, 60_000);
            if (!/2 struct · 1 scalar · 1 map/.test(text)) {
                throw new Error(`status bar says "${text}", expected 2 struct · 1 scalar · 1 map`);
            }
            return text.trim();
        });

        await check('hovering an allocation shows its layout card', async () => {
            const line = editorLine('const end = new Point');
            const token = line.locator('span > span', { hasText: /^Point$/ }).first();
            await token.hover();
            const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content').first();
            const text = await waitFor('the hover card', async () => {
                const t = await hover.innerText({ timeout: 1000 });
                return /\$Point/.test(t) && t;
            }, 20_000);
            await page.waitForTimeout(800); // let the hover finish fading in for the screenshot
            await page.screenshot({ path: path.join(artifacts, 'hover-layout.png') });
            for (const want of ['struct', '$Point', 'x', 'y', 'f64']) {
                if (!text.includes(want)) {
                    throw new Error(`hover card lacks "${want}": ${text}`);
                }
            }
            await page.keyboard.press('Escape');
            return text.replace(/\s+/g, ' ').slice(0, 160);
        });

        await check('Show object layouts lists the classes, sites, fields and deopt causes', async () => {
            await runCommand('shapescape: Show object layouts');
            // Widen the side bar so the rows' descriptions fit in the screenshot.
            const sidebar = await page.locator('.part.sidebar').boundingBox();
            if (sidebar) {
                const y = sidebar.y + sidebar.height / 2;
                await page.mouse.move(sidebar.x + sidebar.width + 1, y);
                await page.mouse.down();
                await page.mouse.move(sidebar.x + sidebar.width + 200, y, { steps: 8 });
                await page.mouse.up();
            }
            const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Object layouts/i }) });
            const rows = view.locator('.monaco-list-row');
            const labels = await waitFor('the Object layouts rows', async () => {
                const t = await rows.allInnerTexts();
                return t.some((r) => r.startsWith('Point')) && t.some((r) => r.startsWith('Segment')) && t;
            }, 30_000);
            const joined = labels.join('\n');
            for (const want of ['object literals', '1 site: 1 map', 'Point', '2 sites: 2 struct', 'Segment', '1 site: 1 scalar',
                'new Point  shapes.js:29:15', 'struct $Point, local']) {
                if (!joined.includes(want)) {
                    throw new Error(`Object layouts lacks "${want}": ${JSON.stringify(labels)}`);
                }
            }
            // Open the map site to show its deopt cause, and a struct site to show its fields.
            // (the twistie expands a row; a click on the row itself jumps to the source)
            await rows.filter({ hasText: 'object literal  shapes.js:24:15' }).first().locator('.monaco-tl-twistie').click();
            await rows.filter({ hasText: 'dynamic-key-write' }).first().waitFor({ state: 'visible', timeout: 10_000 });
            const point = rows.filter({ hasText: 'new Point  shapes.js:30:13' }).first();
            await point.locator('.monaco-tl-twistie').click();
            await rows.filter({ hasText: /^x\s*f64/ }).first().waitFor({ state: 'visible', timeout: 10_000 });
            await point.click();
            await page.screenshot({ path: path.join(artifacts, 'object-layouts.png') });
            // The last click also jumped to the allocation: the cursor is at 30:13.
            const cursor = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
            const where = await waitFor('the cursor to move to line 30', async () => {
                const t = await cursor.innerText({ timeout: 1000 });
                return /Ln 30, Col 13/.test(t) && t;
            }, 10_000);
            return `${labels.length} rows; click moved the cursor to ${where}`;
        });

        await check('Run prints the program\'s output in the shapescape channel', async () => {
            await editorLine('const end = new Point').click();
            await runCommand('shapescape: Run');
            const output = page.locator('.part.panel .monaco-editor .view-lines');
            await waitFor('the program output "5 12"', async () => {
                // Monaco renders spaces as no-break spaces: normalise before matching.
                const t = (await output.first().innerText({ timeout: 1000 })).replace(/\s+/g, ' ');
                // (the transcript's own lines: "[run] <file>", the output, "[run] exit code 0")
                return /\[run\] .*\[info\] 5 12 .*\[run\] exit code 0/.test(t);
            }, 60_000);
            await page.screenshot({ path: path.join(artifacts, 'run-output.png') });
            return 'printed "5 12", exit code 0';
        });

        await check('Build WasmGC module writes a .wasm', async () => {
            const buildDir = path.join(workspace, 'build');
            fs.rmSync(buildDir, { recursive: true, force: true });
            await editorLine('const end = new Point').click();
            await runCommand('shapescape: Build WasmGC module');
            const wasm = await waitFor('a .wasm in the workspace build folder', async () => {
                const found = fs.existsSync(buildDir) ? fs.readdirSync(buildDir).filter((f) => f.endsWith('.wasm')) : [];
                return found.length > 0 && path.join(buildDir, found[0]);
            }, 60_000);
            const bytes = fs.readFileSync(wasm);
            if (bytes.length < 8 || bytes.subarray(0, 4).toString('latin1') !== '\0asm') {
                throw new Error(`${wasm} is not a WebAssembly module`);
            }
            const toast = page.locator('.notification-toast', { hasText: '.wasm' }).first();
            await toast.waitFor({ state: 'visible', timeout: 20_000 });
            const message = (await toast.innerText()).split('\n')[0];
            await page.screenshot({ path: path.join(artifacts, 'build.png') });
            return `${path.relative(workspace, wasm)}, ${bytes.length} bytes; notification: ${message}`;
        });

        await check('Show WAT opens the module text in a read-only editor', async () => {
            await editorLine('const end = new Point').click();
            await runCommand('shapescape: Show WAT');
            const tab = page.locator('.tabs-container .tab', { hasText: 'shapes.wat' }).first();
            await tab.waitFor({ state: 'visible', timeout: 30_000 });
            const editor = page.locator('.editor-group-container', { has: page.locator('.tab.active', { hasText: 'shapes.wat' }) })
                .locator('.monaco-editor .view-lines').first();
            const text = await waitFor('the module text', async () => {
                const t = (await editor.innerText({ timeout: 1000 })).replace(/\s+/g, ' ');
                return /\(module/.test(t) && t;
            }, 20_000);
            // Typing into it is refused: the document has no file behind it.
            await editor.click();
            await page.keyboard.type('x');
            await page.locator('.monaco-editor-overlaymessage, .monaco-editor .message', { hasText: /read-only/i }).first()
                .waitFor({ state: 'visible', timeout: 5_000 });
            // The class's struct type is in the module: find it with the editor's Find widget.
            await page.keyboard.press('Control+F');
            await page.keyboard.type('Point (sub');
            const count = page.locator('.find-widget .matchesCount').first();
            const found = await waitFor('"Point (sub" in the WAT', async () => {
                const t = await count.textContent({ timeout: 1000 });
                return /\d+ of \d+/.test(t ?? '') && t.trim();
            }, 10_000);
            await page.screenshot({ path: path.join(artifacts, 'show-wat.png') });
            await page.keyboard.press('Escape');
            await tab.locator('.codicon-close').click();
            return `${text.slice(0, 40)}...; "Point (sub": ${found}`;
        });

        await check('a syntax error marks the status bar stale and keeps the last results', async () => {
            await editorLine('console.log(segment').click();
            await page.keyboard.press('End');
            const broken = ' const = ;';
            await page.keyboard.type(broken);
            const item = page.locator('.statusbar-item', { hasText: 'struct ·' }).first();
            const text = await waitFor('the stale marker', async () => {
                const t = await item.innerText({ timeout: 1000 });
                return /stale/.test(t) && t;
            }, 30_000);
            if (!/2 struct · 1 scalar · 1 map/.test(text)) {
                throw new Error(`stale status lost the last good counts: "${text}"`);
            }
            // The Object layouts view says so too, above the last good results.
            const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Object layouts/i }) });
            await view.locator('.monaco-list-row', { hasText: /^stale: / }).first().waitFor({ state: 'visible', timeout: 10_000 });
            await page.screenshot({ path: path.join(artifacts, 'stale.png') });
            for (let i = 0; i < broken.length; i++) {
                await page.keyboard.press('Backspace');
            }
            await waitFor('the stale marker to go', async () => {
                const t = await item.innerText({ timeout: 1000 });
                return !/stale/.test(t) && /2 struct · 1 scalar · 1 map/.test(t);
            }, 30_000);
            return text.trim();
        });

        await check('a server path that names nothing is reported, with the way out', async () => {
            // As a person would: the Settings editor, search, type the value.
            await runCommand('Preferences: Open User Settings');
            const search = page.locator('.settings-editor .suggest-input-container textarea, .settings-editor .search-container input').first();
            await search.waitFor({ state: 'visible', timeout: 20_000 });
            await search.fill('shapescape.server.path');
            // The setting is machine-overridable: in code-server it lives in the Remote (machine) settings.
            await page.locator('.settings-editor .settings-tabs-widget .action-label', { hasText: 'Remote' }).first().click();
            const input = page.locator('.settings-editor input[aria-label="shapescape.server.path"]').first();
            await input.waitFor({ state: 'visible', timeout: 20_000 });
            await input.fill('/nonexistent/shapescape');
            await input.press('Tab');
            const toast = page.locator('.notification-toast', { hasText: 'shapescape.server.path' }).first();
            await toast.waitFor({ state: 'visible', timeout: 30_000 });
            const message = (await toast.innerText()).replace(/\s+/g, ' ');
            for (const want of ['/nonexistent/shapescape', 'Open Settings', 'Setup Instructions']) {
                if (!message.includes(want)) {
                    throw new Error(`the notification lacks "${want}": ${message}`);
                }
            }
            await page.locator('.tabs-container .tab', { hasText: 'shapes.js' }).first().click();
            const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Object layouts/i }) });
            await view.locator('.monaco-list-row', { hasText: 'language server is not running (server not found)' }).first().waitFor({ state: 'visible', timeout: 10_000 });
            await page.locator('.statusbar-item', { hasText: 'server not found' }).first().waitFor({ state: 'visible', timeout: 10_000 });
            await page.screenshot({ path: path.join(artifacts, 'server-not-found.png') });
            return message.slice(0, 120);
        });
    } finally {
        await browser.close().catch(() => {});
    }
}

let failed = false;
try {
    await main();
} catch {
    failed = true;
} finally {
    if (server && server.exitCode === null) {
        try {
            process.kill(-server.pid, 'SIGTERM');
        } catch {
            server.kill('SIGTERM');
        }
    }
}
const passed = results.filter((r) => r.ok).length;
console.log(`vscode e2e: ${passed} passed, ${results.length - passed} failed`);
console.log(`artifacts: ${artifacts}`);
process.exit(failed || passed !== results.length ? 1 : 0);
