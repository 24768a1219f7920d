// A dictionary object (keys not known to the analysis) of thousands of keys:
// random writes, deletes, reads and `in`, with string and integer-like keys,
// checked against the same operations on a Map kept in JavaScript key order.
let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
function keyOf(r) {
  const kind = r % 4;
  if (kind === 0) return String(r % 3000);          // integer-like: ordered first
  if (kind === 1) return "k" + (r % 2000);
  if (kind === 2) return "" + (r % 500) + "x";
  return "0" + (r % 50);                             // leading zero: not integer-like
}
const d = {};
let hits = 0, misses = 0, checksum = 0;
for (let step = 0; step < 40000; step++) {
  const op = rand(10);
  const k = keyOf(rand(100000));
  if (op < 5) {
    d[k] = step;
  } else if (op < 7) {
    delete d[k];
  } else if (op < 9) {
    const v = d[k];
    if (v === undefined) misses++; else { hits++; checksum = (checksum + v) % 1000003; }
  } else {
    if (k in d) hits++; else misses++;
  }
  if (step % 5000 === 0) {
    const keys = Object.keys(d);
    console.log(step, keys.length, keys.slice(0, 4).join(","), keys.slice(-3).join(","));
  }
}
console.log(hits, misses, checksum);
const keys = Object.keys(d);
let order = 0;
for (let i = 0; i < keys.length; i++) order = (order * 31 + keys[i].length + i) % 1000003;
console.log(keys.length, order, JSON.stringify(d).length);

// grow, then delete everything but every tenth key, then grow again
const g = {};
for (let i = 0; i < 20000; i++) g["n" + i] = i;
for (let i = 0; i < 20000; i++) if (i % 10) delete g["n" + i];
for (let i = 0; i < 500; i++) g[i * 7] = -i;
let sum = 0;
for (const k in g) sum += g[k];
console.log(Object.keys(g).length, sum, Object.keys(g).slice(495, 505).join(","), g.n19990, g.n19991);
