// Object literals with stable fields that also get keys later: dynamic keys and
// keys first written after construction live in the overflow dictionary.
"use strict";

function make(x, y) { return { x: x, y: y, tag: "p" }; }

const pts = [];
for (let i = 0; i < 5; i++) pts.push(make(i, i * 0.5));
const names = ["alpha", "beta", "1", "gamma", "0"];
for (let i = 0; i < pts.length; i++) {
  const p = pts[i];
  p[names[i]] = i * 10;        // dynamic key
  if (i % 2) p.late = "odd";   // a key added after construction
}
let sum = 0;
for (const p of pts) sum += p.x + p.y;   // fields stay struct reads
console.log(sum);
for (const p of pts) console.log(p, Object.keys(p).length, JSON.stringify(p));

// dynamic reads find fields, overflow keys, and nothing
function read(o, k) { return o[k]; }
const q = pts[3];
console.log(read(q, "x"), read(q, "gamma"), read(q, "late"), read(q, "absent"), q.late, pts[0].late);

// a number field written with a string by a dynamic key
q[names[0].slice(0, 0) + "x"] = "ex";
console.log(q.x, typeof q.x, q);

// delete of a key added after construction
delete q.late;
console.log(q, "late" in q);
q.late = "again";
console.log(Object.keys(q));

// toString from the prototype is still found, and string conversion works
console.log(String(pts[1]), `${pts[2].tag}`);

// entries and for-in over the integer-like keys
const counts = { total: 0, last: "" };
const words = ["b", "a", "3", "b", "1", "a", "b"];
for (const w of words) {
  counts[w] = (counts[w] || 0) + 1;
  counts.total += 1;
  counts.last = w;
}
console.log(counts, counts.total, counts.last);
for (const k in counts) console.log(k, counts[k]);
console.log(Object.entries(counts));

// integer-like fields and integer-like overflow keys merge in ascending order
const row = { 2: "two", name: "row", 0: "zero" };
for (const k of ["3", "x", "1", "10", "y"]) row[k] = k + "!";
console.log(row, row.name, row[2], Object.keys(row).join(" "));
console.log(JSON.stringify(row));
