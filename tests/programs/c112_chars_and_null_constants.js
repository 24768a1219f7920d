// One-character strings (shared by the runtime, as V8 shares them) and
// comparisons with a string or a `const X = null` on one side.
'use strict';

const text = 'a{"k": [1, "x\\ny"], "é": null}\u20ac';
const chars = [];
for (let i = 0; i < text.length; i++) {
  chars.push(text.substring(i, i + 1), text.charAt(i), text[i]);
}
console.log(chars.join('|'));
let rebuilt = '';
for (let i = 0; i < text.length; i++) {
  const c = text.substring(i, i + 1);
  rebuilt += c === '"' ? "'" : c === '\n' ? '\\n' : c;
}
console.log(rebuilt, rebuilt.length);
const a = String.fromCharCode(97), b = 'ab'.charAt(0), c = 'xa'.slice(1), d = 'a'.concat('');
console.log(a === b, b === c, c === d, a === 'a', 'a' === d, a !== 'b', String.fromCharCode(8364) === '\u20ac');
const upper = a.toUpperCase();
console.log(upper, a, 'a', b, String.fromCharCode(97, 98));
function isDigit(ch) { return '0' === ch || '1' === ch || '2' === ch || '9' === ch; }
console.log(['0', '9', 'x', null, 1, undefined, '10'].map(isDigit));
function same(x, y) { return x === 'k' ? 'k!' : x === y; }
console.log(same('k', 1), same(text.charAt(3), 'k'), same('', ''), same(1, '1'), same(null, null));

const NONE = null;
class Node {
  constructor(v, next) { this.v = v; this.next = next; }
}
function walk(n) {
  const out = [];
  while (NONE !== n) { out.push(n.v); n = n.next; }
  return out.join(',') + (n === NONE) + (undefined === NONE) + (NONE == undefined);
}
console.log(walk(new Node(1, new Node(2, NONE))), walk(NONE));

// a function reading a null constant before its declaration has run
function tooEarly(x) { return x === LATE; }
try {
  console.log(tooEarly(null));
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const LATE = null;
console.log(tooEarly(null), tooEarly(undefined));
