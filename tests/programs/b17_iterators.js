'use strict';
// Hand-made iterator protocol: next() returns {value, done} literals; consumed manually.

class Range {
  constructor(start, end, step = 1) {
    this.start = start;
    this.end = end;
    this.step = step;
  }
  iterator() { return new RangeIterator(this); }
  get size() {
    if (this.step > 0) return Math.max(0, Math.ceil((this.end - this.start) / this.step));
    return Math.max(0, Math.ceil((this.start - this.end) / -this.step));
  }
}

class RangeIterator {
  constructor(range) {
    this.current = range.start;
    this.end = range.end;
    this.step = range.step;
  }
  next() {
    const finished = this.step > 0 ? this.current >= this.end : this.current <= this.end;
    if (finished) return { value: undefined, done: true };
    const v = this.current;
    this.current += this.step;
    return { value: v, done: false };
  }
}

class ArrayIterator {
  constructor(items) {
    this.items = items;
    this.index = 0;
  }
  next() {
    if (this.index >= this.items.length) return { value: undefined, done: true };
    return { value: this.items[this.index++], done: false };
  }
}

class MapIterator {
  constructor(source, fn) {
    this.source = source;
    this.fn = fn;
  }
  next() {
    const r = this.source.next();
    if (r.done) return r;
    return { value: this.fn(r.value), done: false };
  }
}

class FilterIterator {
  constructor(source, pred) {
    this.source = source;
    this.pred = pred;
  }
  next() {
    for (;;) {
      const r = this.source.next();
      if (r.done || this.pred(r.value)) return r;
    }
  }
}

class TakeIterator {
  constructor(source, n) {
    this.source = source;
    this.left = n;
  }
  next() {
    if (this.left <= 0) return { value: undefined, done: true };
    this.left--;
    return this.source.next();
  }
}

class Pair {
  constructor(first, second) {
    this.first = first;
    this.second = second;
  }
  swap() { return new Pair(this.second, this.first); }
  toString() { return `(${this.first}, ${this.second})`; }
}

class ZipIterator {
  constructor(a, b) {
    this.a = a;
    this.b = b;
  }
  next() {
    const x = this.a.next();
    const y = this.b.next();
    if (x.done || y.done) return { value: undefined, done: true };
    return { value: new Pair(x.value, y.value), done: false };
  }
}

class ChainIterator {
  constructor(iterators) {
    this.iterators = iterators;
    this.index = 0;
  }
  next() {
    while (this.index < this.iterators.length) {
      const r = this.iterators[this.index].next();
      if (!r.done) return r;
      this.index++;
    }
    return { value: undefined, done: true };
  }
}

// Infinite Fibonacci sequence, pairs of consecutive numbers modulo a prime.
class FibIterator {
  constructor(mod) {
    this.a = 0;
    this.b = 1;
    this.mod = mod;
  }
  next() {
    const v = this.a;
    const t = (this.a + this.b) % this.mod;
    this.a = this.b;
    this.b = t;
    return { value: v, done: false };
  }
}

function reduce(it, fn, init) {
  let acc = init;
  for (let r = it.next(); !r.done; r = it.next()) acc = fn(acc, r.value);
  return acc;
}

function collect(it) {
  const out = [];
  let r = it.next();
  while (!r.done) {
    out.push(r.value);
    r = it.next();
  }
  return out;
}

// 1. Sum over ranges.
let total = 0;
for (let k = 0; k < 200; k++) {
  total += reduce(new Range(0, 1000 + k).iterator(), (a, b) => a + b, 0);
}
console.log('range sums', total);
console.log('sizes', new Range(0, 10).size, new Range(10, 0, -3).size, new Range(5, 5).size);
console.log('down by three', collect(new Range(10, 0, -3).iterator()));

// 2. Pipelines of map / filter / take.
const squaresOfOdds = collect(new TakeIterator(
  new MapIterator(new FilterIterator(new Range(0, 1000000).iterator(), (x) => x % 2 === 1), (x) => x * x), 5));
console.log('squares of odds', squaresOfOdds);

let pipelineSum = 0;
for (let k = 0; k < 50; k++) {
  const it = new MapIterator(
    new FilterIterator(new Range(k, k + 2000).iterator(), (x) => x % 3 === 0 || x % 5 === 0),
    (x) => (x * 7) % 101);
  pipelineSum += reduce(it, (a, b) => a + b, 0);
}
console.log('pipeline sum', pipelineSum);

// 3. Zipping into pairs.
const words = ['zero', 'one', 'two', 'three', 'four'];
const pairs = collect(new ZipIterator(new Range(0, 100).iterator(), new ArrayIterator(words)));
let pairText = '';
for (const p of pairs) pairText += p.swap().toString() + ' ';
console.log('pairs', pairs.length, pairText);
let zipDot = 0;
for (let k = 0; k < 100; k++) {
  zipDot += reduce(new ZipIterator(new Range(0, 500).iterator(), new Range(500, 0, -1).iterator()),
    (acc, p) => acc + p.first * p.second, 0);
}
console.log('zip dot', zipDot);

// 4. Chains and an infinite source.
const chained = collect(new ChainIterator([
  new Range(0, 3).iterator(),
  new ArrayIterator([]),
  new ArrayIterator(['a', 'b']),
  new TakeIterator(new FibIterator(1000003), 6),
]));
console.log('chained', chained.length, chained[0], chained[3], chained[4], chained[chained.length - 1]);
const fib = new FibIterator(1000003);
let fibSum = 0;
for (let i = 0; i < 100000; i++) fibSum = (fibSum + fib.next().value) % 1000003;
console.log('fib sum', fibSum);

// 5. Manual protocol: stop early and resume the same iterator.
const it = new Range(0, 20).iterator();
const firstHalf = [];
for (let r = it.next(); !r.done; r = it.next()) {
  if (r.value === 4) break;
  firstHalf.push(r.value);
}
const rest = collect(it);
console.log('first part', firstHalf, 'rest', rest.length, 'next after end', it.next());
