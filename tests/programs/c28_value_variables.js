// Variables that hold only results returned as fields: a let reassigned in a
// loop, in branches, in a for-loop's update, and returned from a function that
// itself returns fields. Every form must print what node prints.

class Range {
  constructor(lo, hi) {
    this.lo = lo;
    this.hi = hi;
  }
  static of(x) {
    return new Range(x, x);
  }
  plus(o) {
    return new Range(this.lo + o.lo, this.hi + o.hi);
  }
  times(o) {
    const a = this.lo * o.lo;
    const b = this.lo * o.hi;
    const c = this.hi * o.lo;
    const d = this.hi * o.hi;
    return new Range(Math.min(a, b, c, d), Math.max(a, b, c, d));
  }
  width() {
    return this.hi - this.lo;
  }
}

// Horner's scheme: `acc` is reassigned and returned
function horner(coefficients, x) {
  let acc = Range.of(coefficients[0]);
  for (let i = 1; i < coefficients.length; i++) {
    acc = acc.times(x).plus(Range.of(coefficients[i]));
  }
  return acc;
}

let widths = 0;
for (let k = 0; k < 8; k++) {
  const box = new Range(k / 4 - 1, k / 4 - 0.75);
  const r = horner([1, -2, 0.5, k / 10], box); // by value
  widths += r.width();
}
console.log("widths", widths.toFixed(6));
const kept = horner([2, 1], new Range(0, 1)); // kept as a real object
console.log(kept instanceof Range, kept.lo, kept.hi);

// assigned in branches
function pick(flag) {
  let r = Range.of(0);
  if (flag) {
    r = Range.of(1).plus(Range.of(2));
  } else {
    r = Range.of(-1);
  }
  return r.lo + r.hi;
}
console.log(pick(true), pick(false));

// a hand-written iterator with one class: `r` is reassigned in the update clause
class Counter {
  constructor(n) {
    this.i = 0;
    this.n = n;
  }
  next() {
    if (this.i >= this.n) {
      return { value: -1, done: true };
    }
    this.i++;
    return { value: this.i * this.i, done: false };
  }
}
let squares = 0;
const counter = new Counter(10);
for (let r = counter.next(); !r.done; r = counter.next()) {
  squares += r.value;
}
console.log("squares", squares);

// a variable that also receives something else stays a real object
function mixed(flag) {
  let r = Range.of(3);
  if (flag) {
    r = null;
  }
  return r === null ? "null" : r.lo;
}
console.log(mixed(true), mixed(false));

// a variable captured by a closure stays a real object
function captured() {
  let r = Range.of(4);
  const get = () => r.hi;
  r = r.plus(Range.of(1));
  return get();
}
console.log(captured());

// reassigned inside try; the catch sees the last value
function guarded(limit) {
  let r = Range.of(0);
  try {
    for (let i = 0; i < 5; i++) {
      r = r.plus(Range.of(1));
      if (i === limit) {
        throw new Error("stop at " + i);
      }
    }
  } catch (e) {
    return e.message + " with " + r.hi;
  }
  return "done with " + r.hi;
}
console.log(guarded(2), guarded(9));
