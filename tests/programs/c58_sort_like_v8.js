// Array.prototype.sort orders as node's V8 does (TimSort): the same comparator
// calls, with the same arguments in the same order, and the same result even
// for comparators that are not a consistent order (never 0, booleans, random,
// always -1 or 1). Small arrays print every call; large ones (where runs are
// merged and galloping starts) print checksums. Also: undefined and holes, the
// default string order, and what a comparator sees of the array while it runs.
let seed = 20240611;
function rnd(m) { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor(seed / 65536) % m; }

function makeKeys(n, pattern) {
  const k = [];
  for (let i = 0; i < n; i++) {
    if (pattern === 0) k.push(rnd(5));                      // many ties
    else if (pattern === 1) k.push(rnd(100000));            // distinct-ish
    else if (pattern === 2) k.push(i % 97 < 60 ? i : n - i); // runs up and down
    else k.push(Math.floor(i / 3) + (rnd(8) === 0 ? rnd(1000) : 0)); // nearly sorted
  }
  return k;
}

const kinds = {
  num: (a, b) => a.k - b.k,
  pm1: (a, b) => a.k > b.k ? 1 : -1,
  bool: (a, b) => a.k > b.k,
  hash: (a, b) => (a.id * 7919 + b.id * 104729 + 3) % 1000003 % 3 - 1,
  neg: (a, b) => -1,
  pos: (a, b) => 1,
  zero: (a, b) => 0,
  text: (a, b) => String(a.k) < String(b.k) ? -1 : String(a.k) > String(b.k) ? 1 : 0,
};
const names = Object.keys(kinds);

function run(n, pattern, name, full) {
  const keys = makeKeys(n, pattern);
  const arr = [];
  for (let i = 0; i < n; i++) arr.push({ id: i, k: keys[i] });
  const f = kinds[name];
  const log = [];
  let calls = 0, callHash = 0;
  arr.sort((a, b) => {
    calls++;
    callHash = (callHash * 31 + a.id * 7 + b.id) % 1000000007;
    if (full) log.push(a.id + ':' + b.id);
    return f(a, b);
  });
  if (full) {
    console.log(n, name, arr.map(o => o.id).join(','), '|', log.join(' '));
  } else {
    let orderHash = 0;
    for (let i = 0; i < n; i++) orderHash = (orderHash * 31 + arr[i].id) % 1000000007;
    console.log(n, pattern, name, 'calls', calls, callHash, 'order', orderHash);
  }
}

for (const n of [0, 1, 2, 3, 5, 10]) {
  for (const name of names) run(n, n % 4, name, true);
}
for (const n of [63, 64, 65, 200]) {
  for (const name of names) run(n, n % 4, name, false);
}
for (const n of [1000, 5000]) {
  for (let p = 0; p < 4; p++) {
    for (const name of ['num', 'pm1', 'bool', 'hash', 'neg', 'pos']) run(n, p, name, false);
  }
}

// plain numbers: a - b, a boolean comparator, and the default (string) order
const nums = [];
for (let i = 0; i < 300; i++) nums.push(rnd(50) - 10);
const byDiff = nums.slice().sort((a, b) => a - b);
const byBool = nums.slice().sort((a, b) => a > b);
const byText = nums.slice().sort();
console.log(byDiff.slice(0, 30).join(','), byDiff.slice(270).join(','));
console.log(byBool.slice(0, 30).join(','), byBool.slice(270).join(','));
console.log(byText.slice(0, 30).join(','), byText.slice(270).join(','));
console.log([10, 9, 1, 100, 25, 'b', 'a', 'B', true, null, 2].sort().join(','));

// comparators returning strings, NaN and undefined: ToNumber, NaN as 0
const calls = [];
console.log([5, 1, 4, 2, 3].sort((a, b) => { calls.push(a + '' + b); return String(a - b); }).join(','), calls.join(' '));
console.log([5, 1, 4, 2, 3, 0].sort((a, b) => a === 0 ? NaN : undefined).join(','));
console.log([3, 1, 2].sort((a, b) => (a < b ? '-1' : 'x')).join(','));

// undefined goes last without reaching the comparator, holes after it
const withGaps = [3, undefined, 1];
withGaps[4] = 2; withGaps[5] = undefined; withGaps[7] = 0;   // holes at 3 and 6
const seen = [];
withGaps.sort((a, b) => { seen.push(a + '/' + b); return b - a; });
console.log(withGaps, withGaps.length, 3 in withGaps, 6 in withGaps, seen.join(' '));
const sparse = [];
sparse[2] = 'z'; sparse[3] = undefined; sparse[4] = 'a';
sparse.sort();
console.log(sparse, sparse.length);

// the array itself is untouched while the comparator runs
const watched = [4, 3, 2, 1, 0, 9, 8];
const views = [];
watched.sort((a, b) => { views.push(watched.join('')); return a - b; });
console.log(watched.join(''), views.length, views[0], views[views.length - 1]);

// a comparator that throws leaves the array as it was; one that shortens it gets it back
const stopped = [5, 4, 3, 2, 1, 9, 8];
let count = 0;
try { stopped.sort((a, b) => { if (++count === 5) throw new Error('stop'); return a - b; }); } catch (e) { console.log(e.message); }
console.log(stopped.join(','), count);
const shrunk = [3, 1, 2, 7, 5];
shrunk.sort((a, b) => { if (shrunk.length === 5) { shrunk.pop(); shrunk.pop(); } return a - b; });
console.log(shrunk.join(','), shrunk.length);

// a sort inside a comparator
const outer = [3, 1, 2];
outer.sort((a, b) => { const inner = [b, a, 7, 5].sort((x, y) => y - x); return inner[0] === 7 ? a - b : 0; });
console.log(outer.join(','));

// a comparator that is not a function
try { [2, 1].sort(5); } catch (e) { console.log(e instanceof TypeError, e.message); }
