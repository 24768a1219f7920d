// Variables kept as fields that also receive object literals and `new C(...)`
// written into them (analysis/passing.py, Results): the literal's values go
// into the variable's locals, and a function returning such a variable returns
// its fields.

function argMax(values) {
  let best = { value: values[0], index: 0 };
  for (let i = 1; i < values.length; i++) {
    if (values[i] > best.value) best = { value: values[i], index: i };
  }
  return best;
}

function fraction(num, den) {
  let a = Math.abs(num);
  let b = Math.abs(den);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return { num: num / a, den: den / a };
}

function add(x, y) {
  return fraction(x.num * y.den + y.num * x.den, x.den * y.den);
}

function telescope(from, to) {
  let sum = { num: 0, den: 1 };
  for (let k = from; k < to; k++) sum = add(sum, { num: 1, den: k * (k + 1) });
  return sum;
}

class P {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  plus(o) {
    return new P(this.x + o.x, this.y + o.y);
  }
}

function walk(steps) {
  let p = new P(0, 0);
  for (let i = 0; i < steps; i++) p = p.plus(new P(i % 3 - 1, i % 2));
  return p;
}

function label(flag) {
  // a field that is a number in one literal and a string in another
  let r = { tag: 1, ok: false };
  if (flag) r = { tag: "one", ok: true };
  return r;
}

function local(n) {
  // kept as fields without being returned
  let acc = { lo: Infinity, hi: -Infinity };
  for (let i = 0; i < n; i++) {
    const v = (i * 37) % 11;
    if (v < acc.lo || v > acc.hi) acc = { lo: Math.min(acc.lo, v), hi: Math.max(acc.hi, v) };
  }
  return acc.hi - acc.lo;
}

function throwsMidway(n) {
  let cur = { step: 0 };
  try {
    for (let i = 0; i < n; i++) {
      if (i === 3) throw new Error("at " + cur.step);
      cur = { step: i + 1 };
    }
  } catch (e) {
    return e.message + " / " + cur.step;
  }
  return "done " + cur.step;
}

const m = argMax([3, 9, 4, 9, 12, -1]);
console.log(m.value, m.index, argMax([5]).index);
const t = telescope(1, 50);
console.log(t.num, t.den, telescope(3, 3).den);
const w = walk(10);
console.log(w.x, w.y, w instanceof P);
const l1 = label(true);
const l2 = label(false);
console.log(l1.tag, l1.ok, l2.tag, l2.ok);
console.log(local(20), local(0));
console.log(throwsMidway(10), throwsMidway(2));
console.log(argMax([1, 2]), label(true));
