// replace and replaceAll with a string pattern and a replacer function: called
// with (match, position, string) in order of the matches, its result made a string.
console.log('a-b-c'.replace('-', (m) => '+'));
console.log('a-b-c'.replaceAll('-', (m, i, s) => `[${m}${i}${s.length}]`));
console.log('abc'.replaceAll('', (m, i) => i));
console.log('abc'.replace('', (m, i) => '<' + i + '>'));
console.log('x1x2'.replace('x', () => 5), 'x1x2'.replaceAll('x', () => undefined));
const seen = [];
console.log('aXbXc'.replaceAll('X', (m, i) => { seen.push(i); return '$&'; }), seen);
console.log('aaa'.replace(1, 'z'), '1a1'.replaceAll(1, '$&$&'));
console.log('ab'.replace('zz', () => { throw new Error('never'); }));
try { 'ab'.replace('a', () => { throw new Error('boom'); }); } catch (e) { console.log(e.message); }
console.log('a.b.c'.replaceAll('.', (m, i) => i + 1), 'q'.replace('q', (m, i, s) => typeof i + typeof s));
class Counter { constructor() { this.n = 0; } bump(m) { this.n++; return m.toUpperCase(); } }
const c = new Counter();
console.log('a,b,c'.replaceAll(',', (m) => c.bump(';')), c.n);
