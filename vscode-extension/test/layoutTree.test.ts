import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { buildLayoutTree, countText, LayoutNode } from '../src/layoutTree';

// Real plans, printed by `shapescape layout --format json` (see fixtures/README.md).
const fixtures = path.join(__dirname, '..', '..', 'test', 'fixtures');
const shapes = JSON.parse(fs.readFileSync(path.join(fixtures, 'shapes-plan.json'), 'utf8'));
const inventory = JSON.parse(fs.readFileSync(path.join(fixtures, 'inventory-plan.json'), 'utf8'));
const overflow = JSON.parse(fs.readFileSync(path.join(fixtures, 'overflow-plan.json'), 'utf8'));

function labels(nodes: readonly LayoutNode[]): string[] {
    return nodes.map((n) => n.label);
}

test('sample program: classes, then literals, in source order, with counts', () => {
    const tree = buildLayoutTree(shapes);
    assert.deepEqual(labels(tree), ['object literals', 'Point', 'Segment']);
    assert.deepEqual(tree.map((n) => n.description), ['1 site: 1 map', '2 sites: 2 struct', '1 site: 1 scalar']);
});

test('struct and scalar sites list their fields with WasmGC types, and jump to the allocation', () => {
    const [, point, segment] = buildLayoutTree(shapes);
    const first = point.children[0];
    assert.equal(first.label, 'new Point  shapes.js:29:15');
    assert.equal(first.description, 'struct $Point, local');
    assert.deepEqual(first.location, { file: 'shapes.js', line: 29, column: 15 });
    assert.deepEqual(first.children.map((c) => [c.kind, c.label, c.description]), [['field', 'x', 'f64'], ['field', 'y', 'f64']]);
    const seg = segment.children[0];
    assert.equal(seg.representation, 'scalar');
    assert.deepEqual(seg.children.map((c) => `${c.label}: ${c.description}`), ['from: (ref $Point)', 'to: (ref $Point)']);
});

test('a map site lists its deopt causes at the operation responsible', () => {
    const [literals] = buildLayoutTree(shapes);
    const box = literals.children[0];
    assert.equal(box.label, 'object literal  shapes.js:24:15');
    assert.equal(box.description, 'map, local');
    assert.deepEqual(box.children.map((c) => [c.kind, c.label]), [['deopt', 'dynamic-key-write'], ['deopt', 'dynamic-key-read']]);
    const cause = box.children[0];
    assert.deepEqual(cause.location, { file: 'shapes.js', line: 25, column: 3 });
    assert.match(cause.description, /^shapes\.js:25:3 `box\[key\]` writes a property whose key is not a constant$/);
    assert.equal(box.children[1].location?.line, 26);
});

test('closures, arrays and builtins are not object layouts', () => {
    const all = buildLayoutTree(inventory).flatMap((g) => g.children);
    const planObjects = inventory.sites.filter((s: { representation: string }) => ['struct', 'scalar', 'map'].includes(s.representation));
    assert.equal(all.length, planObjects.length);
    assert.ok(all.every((s) => ['struct', 'scalar', 'map'].includes(s.representation ?? '')));
});

test('several files: sites keep their own file, and the file filter keeps one', () => {
    const tree = buildLayoutTree(inventory);
    const files = new Set(tree.flatMap((g) => g.children).map((s) => s.location!.file));
    assert.ok(files.size >= 2, 'inventory has object sites in several files');
    const only = buildLayoutTree(inventory, { file: 'examples/inventory/main.js' });
    const kept = only.flatMap((g) => g.children);
    assert.ok(kept.length > 0);
    assert.ok(kept.every((s) => s.location!.file === 'examples/inventory/main.js'));
    const none = buildLayoutTree(inventory, { file: 'nowhere.js' });
    assert.deepEqual(labels(none), ['No object allocations in this file.']);
});

test('a stale answer is marked first', () => {
    const tree = buildLayoutTree({ ...shapes, stale: true, uri: 'file:///ws/shapes.js' });
    assert.equal(tree[0].kind, 'notice');
    assert.match(tree[0].label, /^stale: /);
    assert.deepEqual(labels(tree.slice(1)), ['object literals', 'Point', 'Segment']);
});

test('malformed answers never throw', () => {
    for (const bad of [undefined, null, 42, 'plan', [], { sites: 'no' }]) {
        const tree = buildLayoutTree(bad);
        assert.equal(tree.length, 1);
        assert.equal(tree[0].kind, 'notice');
    }
    const odd = buildLayoutTree({
        sites: [
            null, 5, { representation: 'struct' }, { representation: 'struct', file: 'a.js', line: 0, column: 1 },
            { representation: 'map', file: 'a.js', line: 2, column: 1, kind: 'object', deopt: [null, { code: 'delete' }], fields: 'x' },
            { representation: 'struct', file: 'a.js', line: 1, column: 1, kind: 'new', class: 'P', fields: [{ name: 'x' }, 7] },
        ],
    });
    assert.deepEqual(labels(odd), ['P', 'object literals']);
    assert.deepEqual(odd[0].children[0].children.map((c) => `${c.label}: ${c.description}`), ['x: ?']);
    assert.deepEqual(odd[1].children[0].children.map((c) => [c.label, c.location]), [['delete', undefined]]);
});

test('countText orders representations struct, scalar, map', () => {
    assert.equal(countText([{ representation: 'map' }, { representation: 'struct' }, { representation: 'scalar' }, { representation: 'struct' }]),
        '4 sites: 2 struct, 1 scalar, 1 map');
});

test('a struct with an overflow dictionary says so, lists its fields and the dynamic-key cause', () => {
    const [product] = buildLayoutTree(overflow);
    assert.equal(product.label, 'Product');
    const site = product.children[0];
    assert.equal(site.description, 'struct $Product + overflow, local');
    assert.match(site.tooltip, /overflow dictionary/);
    assert.deepEqual(site.children.map((c) => [c.kind, c.label]),
        [['field', 'name'], ['field', 'price'], ['deopt', 'dynamic-key-write']]);
});
