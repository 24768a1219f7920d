// File-level number bindings: kept in f64 globals when no function can read them
// before their declaration runs (codegen/early.py), and top-level loop counters in
// f64 locals. A late binding (after a call) keeps its boxed global.
"use strict";
const start = Date.now();
const SCALE = 1 / 2147483648;
const HALF = SCALE * 1073741824;
let seed = 42;
let calls = 0;
let total = 0;
console.log("seeded", seed, HALF);

function random() {
  calls++;
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed * SCALE;
}

class Point {
  constructor() {
    this.x = random();
    this.y = random();
  }
}

function bump(by) {
  total += by;
  return total;
}

for (let i = 0; i < 20000; i++) {
  total += random();
}
let hits = 0;
for (let i = 0; i < 1000; i++) {
  const p = new Point();
  if (p.x * p.x + p.y * p.y < 1) hits++;
}
console.log(total.toFixed(6), calls, seed, hits);
console.log(bump(0.5).toFixed(3), `${calls} calls`, typeof seed, seed === seed, -seed < 0);
const counters = [calls, seed, HALF];
console.log(counters, counters.indexOf(HALF), String(calls).length);

// declared after code that runs functions: a function could read it too early
let late = 7;
function readLate() {
  return late + 1;
}
late = late * 2;
console.log(readLate(), late++, ++late, late);
let wide = 2 ** 53;
wide += 1;
console.log(wide, wide - 2 ** 53, Date.now() >= start);
