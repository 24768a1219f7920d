// join builds its result in one pass over the converted elements (it concatenated
// one element at a time: 200,000 elements took 32 s), reading each element in
// order so a toString that changes the array is seen; toString(radix) of an
// integer is written in the module instead of a host call per number.
const a = [1, null, undefined, 'x', [2, [3, 4]], {}, true, 1.5];
console.log(a.join(), a.join(''), a.join(' - '), [].join('x'), [7].join('x'));
const arr = [1, 2, 3];
const o = { toString() { arr.length = 1; return 'o'; } };
arr.push(o, 9); console.log(arr.join('|'));
const arr2 = ['a', { toString() { arr2[2] = 'changed'; return 'T'; } }, 'b'];
console.log(arr2.join('+'), String([1, [2, 3]]), `${['p', 'q']}`);
console.log(['é', '日本', '😀'].join('·'));
const xs = [0, -0, 1, -1, 35, 36, -36, 255, 2**31, -(2**31), 2**32 + 5, 2**53 - 1, -(2**53 - 1), 123456789, 1e15];
for (const r of [2, 3, 8, 16, 36]) console.log(r, xs.map(x => x.toString(r)).join(' '));
console.log((255).toString(16), (-255).toString(2), (2**52).toString(36));
const many = []; for (let i = 0; i < 50000; i++) many.push('x' + i.toString(36));
const joined = many.join(', '); console.log(joined.length, joined.slice(0, 40), joined.slice(-20));
{
// past 2^53 V8 writes zeros for the digits a double does not hold
const ys = [2**53, 2**53 + 2, 2**60, 2**60 + 2**10, 1e21, 1.7976931348623157e308, -(2**64), 123456789012345678901234, 2**70 * 3, 9007199254740993 * 1000];
for (const r of [2, 3, 7, 16, 36]) console.log(r, ys.map(x => x.toString(r)).join(' '));
}
{
// an array that contains itself joins to "" where it recurs, as in V8; a
// toString that throws leaves no array marked as being joined
const a = [1, 2]; a.push(a); console.log(a.join('-'), String(a), `${a}`);
const b = [1, [2, 3]]; const c = ['x', b]; b.push(c); console.log(c.join('|'), b.join('/'));
const d = [1, { toString() { throw new Error('boom'); } }];
try { d.join(); } catch (e) { console.log('caught', e.message); }
const e = [d[0], 'after']; console.log(e.join(), [e, e].join(';'));
let fail = true; const f = [1, { toString() { if (fail) throw new Error('x'); return 'ok'; } }];
try { f.join(); } catch (err) { console.log('first', err.message); }
fail = false; console.log(f.join(), [f].join());
}
