// Map and Set under a long random mix of operations (a fixed-seed generator):
// keys of every kind, deletes, re-adds, clears, iteration while changing
"use strict";

let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const objs = [];
for (let i = 0; i < 20; i++) objs.push({ i });
const arrs = [[], [1], [2, 3]];
function key() {
  switch (rand(9)) {
    case 0: return rand(50);
    case 1: return rand(50) + 0.5;
    case 2: return "s" + rand(50);
    case 3: return String(rand(50));
    case 4: return objs[rand(objs.length)];
    case 5: return [NaN, -0, 0, Infinity, -Infinity][rand(5)];
    case 6: return [true, false, null, undefined][rand(4)];
    case 7: return arrs[rand(arrs.length)];
    default: return rand(3000000000) - 1500000000;
  }
}
function show(k) {
  if (typeof k === "object" && k !== null) return Array.isArray(k) ? "arr" + k.length : "obj" + k.i;
  if (Object.is(k, -0)) return "-0";
  return typeof k + ":" + String(k);
}

const m = new Map();
const s = new Set();
let log = 0;
for (let step = 0; step < 8000; step++) {
  const op = rand(100);
  const k = key();
  if (op < 40) {
    m.set(k, step);
    s.add(k);
  } else if (op < 60) {
    log = (log * 31 + (m.delete(k) ? 1 : 2) + (s.delete(k) ? 3 : 5)) % 1000000007;
  } else if (op < 90) {
    const v = m.get(k);
    log = (log * 31 + (v === undefined ? 7 : v) + (s.has(k) ? 11 : 13) + (m.has(k) ? 17 : 19)) % 1000000007;
  } else if (op < 99) {
    let i = 0;
    for (const [kk, v] of m) {
      log = (log * 31 + v + i++) % 1000000007;
      if (rand(10) === 0) m.delete(key());
      if (rand(20) === 0) m.set(key(), -step);
    }
    for (const v of s) {
      if (rand(15) === 0) s.delete(v);
      log = (log * 7 + show(v).length) % 1000000007;
    }
  } else {
    if (rand(4) === 0) { m.clear(); s.clear(); }
  }
  if (step % 1000 === 0) console.log(step, m.size, s.size, log);
}
console.log(m.size, s.size, log);
console.log([...m.keys()].map(show).join(" "));
console.log([...s].map(show).join(" "));
console.log([...m.values()].slice(0, 20));
