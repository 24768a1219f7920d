// Function literals handed to methods that only call them (or pass them on to
// another such method): the build passes their captures instead of making the
// closure. Every way the literal may be called must behave as in node.
'use strict';

class List {
  constructor() { this.items = []; }
  add(x) { this.items.push(x); return this; }
  forEach(fn) { for (let i = 0; i < this.items.length; i++) fn(this.items[i]); }
  some(fn) {
    for (let i = 0; i < this.items.length; i++) if (fn(this.items[i], i)) return true;
    return false;
  }
  fold(fn, acc) { for (const x of this.items) acc = fn(acc, x); return acc; }
  // calls with fewer and more arguments than the literal declares
  odd(fn) { return [fn(), fn(1), fn(1, 2, 3, 4, 5)].join('|'); }
  // hands its callback to itself and to another method
  walk(fn, depth) {
    if (depth > 0) this.walk(fn, depth - 1);
    this.forEach(fn);
  }
}

class Group {
  constructor(name) { this.name = name; this.list = new List(); this.seen = 0; }
  add(x) { if (!this.has(x)) this.list.add(x); }
  has(x) { return this.list.some((e) => e === x); }
  each(fn) { this.list.forEach(fn); }
  // an arrow reading `this` of the method that wrote it
  tally() { this.list.forEach((x) => { this.seen += x; }); return this.seen; }
}

const g = new Group('g');
for (const x of [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]) g.add(x);
let sum = 0;
let calls = 0;
g.each((x) => { sum += x; calls++; });                         // a captured `let` written
console.log(sum, calls, g.has(9), g.has(7), g.tally(), g.tally());

const limit = 4;
const big = [];
g.each(function (x) { if (x > limit) big.push(x); });          // a function expression
console.log(big.join(','));

const l = new List().add(1).add(2).add(3);
console.log(l.fold((a, x) => a + x * x, 0), l.fold((a, x) => a + String(x), ''));
console.log(l.odd((a, b = 'dflt', ...rest) => `${a}/${b}/${rest.length}`));
console.log(l.odd(function () { return typeof this; }));        // strict: `this` is undefined

let visits = 0;
l.walk((x) => { visits += x; }, 3);
console.log('visits', visits);

// each literal gets its own copy of the callee: two literals, two behaviours
const doubled = [];
const negated = [];
l.forEach((x) => doubled.push(x * 2));
l.forEach((x) => negated.push(-x));
console.log(doubled.join(','), negated.join(','));

// an exception thrown by the literal leaves through the callee to the caller
try {
  l.forEach((x) => { if (x === 2) throw new Error('stop at ' + x); });
} catch (e) {
  console.log('caught', e.message);
}

// a loop variable captured per iteration
const seen = [];
for (let i = 0; i < 3; i++) l.forEach((x) => seen.push(i * 10 + x));
console.log(seen.join(','));

// a literal kept by the callee must be made (not call-only): same output
class Keeper {
  constructor() { this.fns = []; }
  keep(fn) { this.fns.push(fn); }
  runAll(v) { return this.fns.map((f) => f(v)); }
}
const k = new Keeper();
for (let i = 1; i <= 3; i++) k.keep((v) => v * i);
console.log(k.runAll(7).join(','));

// callees that test the callback before calling it, or call it optionally: the
// callback is used as a value there, so it is made, and the output is node's
class Guarded {
  run(fn) { if (fn) return fn(1); return 0; }
  maybe(fn) { return fn?.(2); }
  either(fn) { return fn && fn(3); }
  pick(fn) { return fn ? fn(4) : -1; }
}
const gd = new Guarded();
let hits = 0;
console.log(gd.run((x) => (hits += x)), gd.maybe((x) => (hits += x)), gd.either((x) => (hits += x)),
  gd.pick((x) => (hits += x)), gd.maybe(undefined), hits);

// one call, several possible methods: the receiver's class picks the copy; a
// receiver of another kind (an object literal with its own method) gets the closure
class Shape {
  constructor(n) { this.n = n; }
  each(fn) { for (let i = 0; i < this.n; i++) fn(i); }
  hasAny(fn) { return fn(this.n); }
}
class Pair extends Shape {
  each(fn) { fn('left'); fn('right'); }
}
class Deep extends Pair {}
const parts = [];
for (const s of [new Shape(3), new Pair(0), new Deep(9)]) {
  s.each((x) => parts.push(`${s.n}:${x}`));
  parts.push(String(s.hasAny((n) => n > 2)));
}
console.log(parts.join(' '));
// an object literal's method among the targets (it reads fn.length): closures are made
const custom = { each(fn) { fn('custom'); return fn.length; } };
for (const s of [new Pair(1), custom]) console.log(s.each((x, y) => parts.push(x)), parts.length);

// receivers that may be arrays or instances of the program's classes: an array
// keeps the array method's own path, a class instance its method's copy
class Ring { constructor(xs) { this.xs = xs; } forEach(fn) { for (let i = this.xs.length - 1; i >= 0; i--) fn(this.xs[i]); } }
class Plain { constructor() { this.k = 1; } }
const mixedRecv = [[1, 2], new Ring([3, 4]), [5], new Ring([])];
const order = [];
for (const r of mixedRecv) r.forEach((x) => order.push(x * limit));
console.log(order.join(','));
try {
  for (const r of [new Ring([7]), new Plain()]) r.forEach((x) => order.push(x));
} catch (err) {
  console.log(err instanceof TypeError, order.length);
}
