import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseStatus, statusView } from '../src/status';

const good = { uri: 'file:///ws/a.js', version: 3, stale: false, structs: 3, scalar: 1, maps: 2 };

test('a contract payload is read as is', () => {
    assert.deepEqual(parseStatus(good), good);
    assert.deepEqual(parseStatus({ ...good, version: null }), { ...good, version: null });
});

test('malformed payloads are rejected', () => {
    for (const bad of [null, 7, 'x', [], {}, { ...good, uri: 3 }, { ...good, structs: -1 }, { ...good, maps: 1.5 }, { ...good, scalar: '1' }]) {
        assert.equal(parseStatus(bad), undefined, JSON.stringify(bad));
    }
});

test('the text counts structs, scalar and map sites', () => {
    const view = statusView(parseStatus(good), 'a.js');
    assert.equal(view.text, '$(symbol-structure) 3 struct · 1 scalar · 2 map');
    assert.match(view.tooltip, /a\.js: 3 struct sites, 1 scalar site \(no allocation\), 2 map sites/);
    assert.doesNotMatch(view.tooltip, /Stale/);
    assert.match(view.tooltip, /Click to open Object layouts/);
});

test('a stale result is marked in the text and explained in the tooltip', () => {
    const view = statusView(parseStatus({ ...good, stale: true }), 'a.js');
    assert.equal(view.text, '$(symbol-structure) 3 struct · 1 scalar · 2 map $(warning) stale');
    assert.match(view.tooltip, /syntax error/);
});

test('no status yet: says so rather than showing zeros', () => {
    const view = statusView(undefined, 'b.js');
    assert.doesNotMatch(view.text, /\d/);
    assert.match(view.tooltip, /no analysis for b\.js yet/);
});
