// Function.prototype.bind: a function named "bound f" that calls f with the bound
// this and arguments first (the build once threw "object.bind is not a function").
function f(a, b) { return (this ? this.k : 0) + a + (b === undefined ? 0 : b); }
const o = { k: 1 };
console.log(f.call(o, 2), f.apply(o, [3]), f.bind(o)(4), f.bind(o, 10)(5), f.bind(o, 1, 2)(99));
const g = f.bind(o);
console.log(g.name, typeof g, [1, 2, 3].map(f.bind(o, 100)));
class Counter {
  constructor() { this.n = 0; this.inc = this.inc.bind(this); }
  inc() { this.n++; return this.n; }
}
const c = new Counter();
const inc = c.inc;
inc(); inc();
console.log(c.n, inc.name);
const arrow = (x) => x * 2;
console.log(arrow.bind(null)(21), arrow.bind(o, 5)());
const bb = f.bind(o, 1).bind(null, 2);
console.log(bb(), bb.name);
console.log(g, [g]);
class Pt { constructor(x) { this.x = x; } }
try { const B = Pt.bind(null, 3); console.log(typeof B); } catch (e) { console.log(e.message); }
