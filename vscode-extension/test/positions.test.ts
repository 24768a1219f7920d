import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { resolvePlanFile, utf16Character } from '../src/positions';

test('ASCII: column n is character n-1', () => {
    assert.equal(utf16Character('const box = {};', 13), 12);
    assert.equal(utf16Character('abc', 1), 0);
});

test('code points outside the BMP take two UTF-16 units', () => {
    // "😀" is one code point, two UTF-16 code units; the plan counts it once.
    const line = 'const s = "😀"; const o = {};';
    const column = [...line].indexOf('{') + 1;
    assert.equal(utf16Character(line, column), line.indexOf('{'));
    assert.notEqual(column - 1, line.indexOf('{'));
});

test('a column past the end clamps to the end of the line', () => {
    assert.equal(utf16Character('ab', 10), 2);
    assert.equal(utf16Character('', 1), 0);
});

test('plan files resolve against the server folder unless absolute', () => {
    assert.equal(resolvePlanFile('src/a.js', '/ws'), path.join('/ws', 'src/a.js'));
    assert.equal(resolvePlanFile('/abs/a.js', '/ws'), '/abs/a.js');
    assert.equal(resolvePlanFile('a.js', undefined), 'a.js');
});
