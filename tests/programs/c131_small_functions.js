// Small functions the build copies into their callers (codegen/inline.py):
// pure helpers, getters and setters, early returns, throws, recursion one
// level deep, closures, and constructors that only set fields.

function sq(x) { return x * x; }
function clamp(x, lo, hi) { if (x < lo) return lo; if (x > hi) return hi; return x; }
function sign(x) { return x > 0 ? 1 : x < 0 ? -1 : x; }
function checked(x) { if (x < 0) throw new RangeError("negative: " + x); return x; }
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function first(a) { return a[0]; }
function label(x) { if (x === undefined) return "none"; return "v" + x; }

class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  dot(o) { return this.x * o.x + this.y * o.y; }
  get len2() { return this.dot(this); }
  setX(v) { this.x = v; return this; }
}

let total = 0;
for (let i = -5; i < 50; i++) {
  total += sq(i) + clamp(i, 0, 10) * sign(i - 20);
  const v = new Vec(i, i / 2);
  total += v.dot(new Vec(1, -1)) + v.len2 - v.setX(i + 1).x;
}
console.log(total, sq(-0), Object.is(sign(-0), -0), sign(NaN), clamp(NaN, 0, 1));
console.log(fib(20), first([7, 8]), first([]), label(), label(3), label(null));

let caught = 0;
for (let i = 3; i > -3; i--) {
  try { total += checked(i); } catch (e) { caught++; if (caught === 1) console.log(e.name, e.message); }
}
console.log(total, caught);

function makeCounter() {
  let n = 0;
  const inc = (k) => { n += k; return n; };
  return { inc, read: () => n };
}
const c = makeCounter();
for (let i = 0; i < 1000; i++) c.inc(i % 3);
console.log(c.read());

function acc(x, y) { let s; if (x > y) s = x - y; else s = y - x; return s; }
let d = 0;
for (let i = 0; i < 100; i++) d += acc(i, 50) + acc(50, i);
console.log(d);

// a helper whose argument is another helper's call, and calls as arguments of calls
console.log(sq(sq(3)), clamp(sq(4), sign(-3), fib(7)), Math.max(sq(2), clamp(9, 0, 5)));
