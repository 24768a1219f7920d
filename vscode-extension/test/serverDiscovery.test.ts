import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { discoverServer, DiscoveryInput, isExecutable } from '../src/serverDiscovery';

/** A discovery input whose file system holds exactly `executables`. */
function input(over: Partial<DiscoveryInput> & { executables?: string[] }): DiscoveryInput {
    const present = new Set(over.executables ?? []);
    return {
        configuredPath: over.configuredPath ?? '',
        workspaceFolders: over.workspaceFolders ?? ['/ws'],
        pathEnv: over.pathEnv ?? '/usr/local/bin:/usr/bin',
        platform: over.platform ?? 'linux',
        isExecutable: over.isExecutable ?? ((p) => present.has(p)),
    };
}

test('the workspace .venv wins over venv and PATH', () => {
    const d = discoverServer(input({ executables: ['/ws/.venv/bin/shapescape', '/ws/venv/bin/shapescape', '/usr/bin/shapescape'] }));
    assert.deepEqual(d, { found: true, command: '/ws/.venv/bin/shapescape', source: 'workspace environment', tried: ['/ws/.venv/bin/shapescape'] });
});

test('venv/ is used when there is no .venv', () => {
    const d = discoverServer(input({ executables: ['/ws/venv/bin/shapescape', '/usr/bin/shapescape'] }));
    assert.equal(d.found && d.command, '/ws/venv/bin/shapescape');
});

test('every workspace folder is searched before PATH', () => {
    const d = discoverServer(input({ workspaceFolders: ['/a', '/b'], executables: ['/b/.venv/bin/shapescape', '/usr/bin/shapescape'] }));
    assert.equal(d.found && d.command, '/b/.venv/bin/shapescape');
    assert.deepEqual(d.tried, ['/a/.venv/bin/shapescape', '/a/venv/bin/shapescape', '/b/.venv/bin/shapescape']);
});

test('PATH is searched in order, skipping empty entries', () => {
    const d = discoverServer(input({ pathEnv: ':/opt/x/bin::/usr/bin', executables: ['/usr/bin/shapescape'] }));
    assert.equal(d.found, true);
    assert.equal(d.found && d.source, 'PATH');
    assert.deepEqual(d.tried.slice(2), ['/opt/x/bin/shapescape', '/usr/bin/shapescape']);
});

test('nothing found: the message says where we looked and what to do', () => {
    const d = discoverServer(input({ executables: [] }));
    assert.equal(d.found, false);
    if (!d.found) {
        assert.match(d.message, /\.venv or venv folder nor on PATH/);
        assert.match(d.message, /shapescape\.server\.path/);
        assert.deepEqual(d.tried, ['/ws/.venv/bin/shapescape', '/ws/venv/bin/shapescape', '/usr/local/bin/shapescape', '/usr/bin/shapescape']);
    }
});

test('no workspace folder and no PATH: still an answer, not an exception', () => {
    const d = discoverServer(input({ workspaceFolders: [], pathEnv: undefined }));
    assert.equal(d.found, false);
    assert.match(!d.found ? d.message : '', /no workspace folder is open/);
});

test('a configured absolute path is used as is', () => {
    const d = discoverServer(input({ configuredPath: '/opt/ss/bin/shapescape', executables: ['/opt/ss/bin/shapescape', '/ws/.venv/bin/shapescape'] }));
    assert.deepEqual(d.found && [d.command, d.source], ['/opt/ss/bin/shapescape', 'setting']);
});

test('a configured path that does not exist is an error, with no silent fallback', () => {
    const d = discoverServer(input({ configuredPath: '/nope/shapescape', executables: ['/ws/.venv/bin/shapescape', '/usr/bin/shapescape'] }));
    assert.equal(d.found, false);
    assert.match(!d.found ? d.message : '', /shapescape\.server\.path is "\/nope\/shapescape"/);
});

test('a configured relative path and ${workspaceFolder} resolve against the first folder', () => {
    const rel = discoverServer(input({ configuredPath: 'tools/bin/shapescape', executables: ['/ws/tools/bin/shapescape'] }));
    assert.equal(rel.found && rel.command, '/ws/tools/bin/shapescape');
    const vari = discoverServer(input({ configuredPath: '${workspaceFolder}/env/bin/shapescape', executables: ['/ws/env/bin/shapescape'] }));
    assert.equal(vari.found && vari.command, '/ws/env/bin/shapescape');
});

test('a configured bare name is looked up on PATH', () => {
    const d = discoverServer(input({ configuredPath: 'shapescape-dev', executables: ['/usr/bin/shapescape-dev', '/ws/.venv/bin/shapescape'] }));
    assert.deepEqual(d.found && [d.command, d.source], ['/usr/bin/shapescape-dev', 'setting']);
});

test('Windows: Scripts\\shapescape.exe and PATH with ;', () => {
    const venv = discoverServer(input({ platform: 'win32', workspaceFolders: ['C:\\ws'], pathEnv: 'C:\\bin', executables: ['C:\\ws\\.venv\\Scripts\\shapescape.exe'] }));
    assert.equal(venv.found && venv.command, 'C:\\ws\\.venv\\Scripts\\shapescape.exe');
    const onPath = discoverServer(input({ platform: 'win32', workspaceFolders: [], pathEnv: 'C:\\a;C:\\bin', executables: ['C:\\bin\\shapescape.exe'] }));
    assert.equal(onPath.found && onPath.command, 'C:\\bin\\shapescape.exe');
});

test('isExecutable checks real files: executable bit, regular file', { skip: process.platform === 'win32' }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shapescape-discovery-'));
    try {
        const bin = path.join(dir, '.venv', 'bin');
        fs.mkdirSync(bin, { recursive: true });
        const exe = path.join(bin, 'shapescape');
        fs.writeFileSync(exe, '#!/bin/sh\n');
        fs.chmodSync(exe, 0o644);
        assert.equal(isExecutable(exe), false, 'not executable yet');
        fs.chmodSync(exe, 0o755);
        assert.equal(isExecutable(exe), true);
        assert.equal(isExecutable(bin), false, 'a folder is not an executable');
        assert.equal(isExecutable(path.join(dir, 'missing')), false);
        const d = discoverServer({ configuredPath: '', workspaceFolders: [dir], pathEnv: '', platform: process.platform, isExecutable });
        assert.equal(d.found && d.command, exe);
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});
