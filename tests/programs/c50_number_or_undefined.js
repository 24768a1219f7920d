// Fields and parameters that hold numbers or undefined: the build keeps them
// as f64 with undefined as one NaN (f64|undefined). Every way of reading one
// must still see undefined, never NaN, and NaN must stay NaN.
class Interval {
  constructor(lo, hi) {
    this.lo = lo;
    this.hi = hi;
  }
  add(o) { return new Interval(this.lo + o.lo, this.hi + o.hi); }
  width() { return this.hi - this.lo; }
  describe() { return `[${this.lo}, ${this.hi}]`; }
  static point(x) { return new Interval(x, x); }
}

const data = [1.5, -2, 0, NaN, -0];
const items = [];
for (let i = 0; i <= data.length; i++) items.push(Interval.point(data[i]));
for (const it of items) {
  console.log(it, it.lo, it.width(), it.describe(), it.lo === undefined, it.lo == null, it.lo === null,
              typeof it.hi, it.lo !== it.lo, Object.is(it.lo, -0), String(it.hi), "s" + it.lo, it.lo + "s");
  console.log(JSON.stringify(it), Object.values(it), { ...it }, it.lo ? "t" : "f", !it.hi, it.lo ?? "dflt",
              it.lo || "or", Math.max(it.lo, 1), [it.lo].indexOf(undefined), [it.hi].includes(NaN));
}
let acc = Interval.point(0);
for (let i = 0; i < 7; i++) acc = acc.add(Interval.point(data[i % 3]));
console.log(acc, acc.describe());
acc = acc.add(Interval.point(data[9]));
console.log(acc, acc.lo === undefined, isNaN(acc.lo));

// a parameter of numbers and undefined, reassigned, defaulted by hand, captured
function scale(x, k) {
  if (x === undefined) x = 10;
  x *= 2;
  return x + (k === undefined ? 0 : k);
}
function keep(x) { return x; }
function later(x) { return () => x; }
function bump(x) { x++; return x; }
console.log(scale(1, 2), scale(undefined, 1), scale(3), scale(data[7]), keep(data[8]), keep(2.5), keep(-0),
            later(data[9])(), later(4)(), bump(undefined), bump(1.25), bump(data[0]));
function compare(a, b) { return a === b ? "same" : a < b ? "less" : a > b ? "more" : "neither"; }
console.log(compare(1, 2), compare(undefined, 1), compare(undefined, undefined), compare(NaN, NaN), compare(2, 1));

// literal fields, some missing, read through a variable of several shapes
function record(i) { return { id: i, score: data[i] }; }
let total = 0;
const seen = [];
for (let i = 0; i < 8; i++) {
  const r = record(i);
  if (r.score !== undefined) total += r.score; else seen.push(r.id);
  r.score = r.score === undefined ? undefined : r.score * 2;
  console.log(r, r.score);
}
console.log(total, seen);

// a field assigned later, incremented, compound-assigned, deleted-free updates
class Counter {
  constructor(start) { this.n = start; }
  tick() { this.n++; return this.n; }
  addTo(v) { this.n += v; return this.n; }
}
const cs = [new Counter(1), new Counter(undefined), new Counter(data[2])];
for (const c of cs) console.log(c.tick(), c.addTo(0.5), c, c.n === undefined);
const maybe = Math.random() < 2 ? cs[1] : null;
console.log(maybe.n, maybe?.n, cs[0]?.n);
const keyed = "n";
cs[0][keyed] = undefined;
console.log(cs[0], cs[0].n, cs[0][keyed], Object.entries(cs[0]));
const { n = "defaulted" } = cs[0];
console.log(n);
