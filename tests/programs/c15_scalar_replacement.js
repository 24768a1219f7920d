// Objects the plan scalar-replaces (fields in wasm locals, no allocation): object
// literals and `new C(...)` held by one const/let or used in place, read and
// written only as `o.k`. Every shape of use the build handles is here.
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
}
class Particle {
  mass = 1;
  tag = "p";
  constructor(x, v) {
    this.x = x;
    this.v = v;
    if (v < 0) { this.v = -v; return; }
    this.v += 0.5;
  }
}
class Noisy {
  constructor(n) { console.log("constructing", n); this.n = n * 2; }
}
class Empty {}
class Guarded {
  constructor(a) {
    try {
      if (a > 2) throw new Error("too big: " + a);
      this.a = a;
    } finally {
      this.done = true;
    }
  }
}

function length2(ax, ay, bx, by) {
  const d = { x: ax - bx, y: ay - by };
  return d.x * d.x + d.y * d.y;
}

let total = 0;
for (let i = 0; i < 50; i++) {
  const v = new Vec(i, i / 2);      // constructor with unboxed parameters
  v.x += 1;
  v.y *= 2;
  v.x++;
  --v.y;
  total += v.x + v.y + length2(i, 1, 2, i);
}
console.log("total", total);

// the argument count differs from the parameters: the generic constructor entry
const short = new Vec(7);
console.log(short.x, short.y, typeof short.y);

// class fields, an early `return;` in the constructor
const p1 = new Particle(3, -4);
const p2 = new Particle(3, 4);
console.log(p1.mass, p1.tag, p1.x, p1.v, p2.v);
p2.mass += 10;
console.log(p2.mass);

// used in place, and dropped (the constructor's effects still happen)
console.log(new Vec(5, 6).y, ({ a: 1, b: "two" }).b, new Particle(1, 1).tag);
new Noisy(21);
({ k: console.log("literal value evaluated") });

// a field added after construction, on some iterations only: absent (undefined) on the others
for (let i = 0; i < 4; i++) {
  const o = { a: i };
  if (i % 2 === 1) o.b = i * 10;
  console.log(o.a, o.b, o.b === undefined);
}

// optional chaining, nullish and logical assignment on a scalar object
const opts = { size: 0, name: "" };
opts.size ||= 12;
opts.name ??= "unused";
opts.extra ??= "added";
console.log(opts?.size, opts.name === "", opts.extra);

// computed keys given as string literals are fields too
const cfg = { "max-depth": 3 };
cfg["max-depth"] += 1;
console.log(cfg["max-depth"]);

// values of every kind in the fields: strings, booleans, null, undefined, closures, arrays
const rec = { s: "str", b: true, n: null, u: undefined, f: (z) => z + 1, arr: [1, 2] };
console.log(rec.s, rec.b, rec.n, rec.u, rec.f(41), rec.arr.length);
rec.arr.push(3);
console.log(rec.arr);

// an empty class and an empty literal, with a key never written: undefined
const e = new Empty();
const lit = {};
console.log(e.missing, lit.nothing);

// an exception thrown by the constructor leaves the variable unset; a finally still runs
try {
  const g = new Guarded(5);
  console.log("not reached", g.a);
} catch (err) {
  console.log("caught", err.message);
}
const g2 = new Guarded(1);
console.log(g2.a, g2.done);

// a let that is only ever this one object, reassigned fields in a loop
let acc = { sum: 0, count: 0, max: -Infinity };
for (const x of [3, 9, 4, 1]) {
  acc.sum += x;
  acc.count++;
  if (x > acc.max) acc.max = x;
}
console.log(acc.sum / acc.count, acc.max);
