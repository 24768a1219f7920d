import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { readBuildResult, readRunResult, readWatResult, runTranscript, sizeText } from '../src/commandResults';

test('a build answer gives the path and a readable size', () => {
    assert.deepEqual(readBuildResult({ output: '/ws/build/a.wasm', size: 30781 }),
        { ok: true, output: '/ws/build/a.wasm', size: 30781, message: 'Built /ws/build/a.wasm (30.1 KiB)' });
    assert.equal(sizeText(900), '900 bytes');
    assert.equal(sizeText(3 * 1024 * 1024), '3.0 MiB');
});

test('a refused build says why and how many diagnostics were shown', () => {
    const outcome = readBuildResult({ error: 'build-unsupported: eval', diagnostics: [{}, {}] });
    assert.deepEqual(outcome, { ok: false, message: 'Build refused: build-unsupported: eval (2 diagnostics shown in the editor)' });
});

test('unexpected answers become errors that quote them', () => {
    for (const bad of [null, undefined, 'x', { output: 3 }, { size: 1 }]) {
        const outcome = readBuildResult(bad);
        assert.equal(outcome.ok, false);
        assert.match(!outcome.ok ? outcome.message : '', /^Build: the server answered something unexpected/);
    }
    assert.equal(readRunResult({ stdout: 'x' }).ok, false);
    assert.equal(readWatResult({ wat: 5 }).ok, false);
});

test('a run transcript has the program output between a header and the exit code', () => {
    const outcome = readRunResult({ exitCode: 0, stdout: '5 12\n', stderr: '', timedOut: false });
    assert.deepEqual(runTranscript('/ws/a.js', outcome), ['[run] /ws/a.js', '5 12', '[run] exit code 0']);
});

test('a run stopped by the time limit says so', () => {
    const outcome = readRunResult({ exitCode: 124, stdout: '', stderr: 'killed\n', timedOut: true });
    assert.equal(outcome.ok && outcome.summary, 'stopped by the time limit (exit code 124)');
    assert.deepEqual(runTranscript('a.js', outcome), ['[run] a.js', 'killed', '[run] stopped by the time limit (exit code 124)']);
});

test('WAT text is passed through; a refused build is an error', () => {
    assert.deepEqual(readWatResult({ wat: '(module)' }), { ok: true, wat: '(module)' });
    assert.deepEqual(readWatResult({ error: 'syntax error', diagnostics: [] }), { ok: false, message: 'WAT refused: syntax error' });
});
