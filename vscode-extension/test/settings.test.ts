import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, defaultFor, serverSettings, serverSettingKeys } from '../src/settings';

// The extension's package.json (tests run from out/test/).
const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const contributed: Record<string, { default: unknown; type: string }> = manifest.contributes.configuration.properties;

test('nothing set: the contract defaults', () => {
    const { settings, warnings } = serverSettings(() => undefined);
    assert.deepEqual(settings, {
        debounceMs: 100, buildOnSave: true, outputDir: 'build', runTimeout: 10,
        diagnostics: { deopt: true, annotations: true, info: true, facts: false },
        inlayHints: true, codeLens: true,
    });
    assert.deepEqual(warnings, []);
});

test('set values reach the server object, nested categories included', () => {
    const values: Record<string, unknown> = {
        debounceMs: 250, buildOnSave: false, outputDir: 'out/wasm', runTimeout: 2.5,
        'diagnostics.facts': true, 'diagnostics.info': false, inlayHints: false, codeLens: false,
    };
    const { settings } = serverSettings((k) => values[k]);
    assert.equal(settings.debounceMs, 250);
    assert.equal(settings.buildOnSave, false);
    assert.equal(settings.outputDir, 'out/wasm');
    assert.equal(settings.runTimeout, 2.5);
    assert.deepEqual(settings.diagnostics, { deopt: true, annotations: true, info: false, facts: true });
    assert.equal(settings.inlayHints, false);
    assert.equal(settings.codeLens, false);
});

test('wrong types fall back to the default, with one warning naming each key', () => {
    const values: Record<string, unknown> = { debounceMs: 60001, runTimeout: 'soon', outputDir: '  ', 'diagnostics.deopt': 'yes', buildOnSave: 1.5 };
    const { settings, warnings } = serverSettings((k) => values[k]);
    assert.equal(settings.debounceMs, 100);
    assert.equal(serverSettings((k) => (k === 'debounceMs' ? -5 : undefined)).settings.debounceMs, 100);
    assert.equal(serverSettings((k) => (k === 'debounceMs' ? 60000 : undefined)).settings.debounceMs, 60000);
    assert.equal(settings.runTimeout, 10);
    assert.equal(settings.outputDir, 'build');
    assert.equal(settings.diagnostics.deopt, true);
    assert.equal(settings.buildOnSave, true);
    assert.equal(warnings.length, 5);
    for (const key of ['debounceMs', 'runTimeout', 'outputDir', 'diagnostics.deopt', 'buildOnSave']) {
        assert.ok(warnings.some((w) => w.startsWith(`shapescape.${key}:`)), `warning for ${key}`);
    }
});

test('serverSettings does not change the defaults object', () => {
    const before = JSON.stringify(DEFAULT_SETTINGS);
    serverSettings((k) => (k === 'diagnostics.facts' ? true : undefined));
    assert.equal(JSON.stringify(DEFAULT_SETTINGS), before);
});

test('package.json contributes every server setting with the same default', () => {
    const keys = serverSettingKeys();
    assert.equal(keys.length, 10);
    for (const key of keys) {
        const entry = contributed[`shapescape.${key}`];
        assert.ok(entry, `shapescape.${key} is contributed`);
        assert.deepEqual(entry.default, defaultFor(key), `default of shapescape.${key}`);
    }
});

test('package.json contributes no shapescape setting the extension does not know', () => {
    const own = new Set(['shapescape.server.path', 'shapescape.trace.server', ...serverSettingKeys().map((k) => `shapescape.${k}`)]);
    assert.deepEqual(Object.keys(contributed).filter((k) => !own.has(k)), []);
});
