// Results by value that may be null (analysis/passing.py, Results): a search
// that returns a fresh `{ ... }` or null gives its callers the fields and
// whether the object is there; `x === null` tests that, and reading a field of
// a null result throws node's TypeError. `return c ? {...} : null` returns
// either side. Callers that keep the result get the real object or null.
class Shape {
  constructor(at, size) {
    this.at = at;
    this.size = size;
  }
}

function nearest(shapes, x) {
  let best = null;
  let distance = Infinity;
  for (const s of shapes) {
    const d = Math.abs(s.at - x) - s.size;
    if (d > 0 && d < distance && d < 8) {
      best = s;
      distance = d;
    }
  }
  return best === null ? null : { shape: best, d: distance };
}

function firstAbove(shapes, limit) {
  for (let i = 0; i < shapes.length; i++) {
    if (shapes[i].size > limit) {
      return { index: i, size: shapes[i].size };
    }
  }
  return null;
}

function nearestEither(shapes, x, left) {
  return left ? nearest(shapes, -x) : nearest(shapes, x);
}

const shapes = [];
for (let i = 0; i < 30; i++) shapes.push(new Shape((i * 37) % 101 - 50, (i * 13) % 7));

function scan() {
  let total = 0;
  let misses = 0;
  for (let x = -120; x <= 120; x += 3) {
    const hit = nearest(shapes, x);
    if (hit === null) {
      misses++;
      continue;
    }
    total += hit.d + hit.shape.size;
    const other = nearestEither(shapes, x, x % 2 === 0);
    if (other != null && other.d < hit.d) total += 1;
  }
  let above = 0;
  for (let limit = 0; limit < 9; limit++) {
    const f = firstAbove(shapes, limit);
    above += f !== null ? f.index * 10 + f.size : -1;
    if (null == f) above += 1000;
  }
  return [total.toFixed(3), misses, above];
}
console.log(scan());

// a null result read anyway: node's TypeError, at the read
function readNull() {
  const f = firstAbove(shapes, 100);
  try {
    return f.index;
  } catch (e) {
    return e instanceof TypeError ? e.message : "?";
  }
}
console.log(readNull());
function inPlace() {
  try {
    return firstAbove(shapes, 100).size;
  } catch (e) {
    return e.message;
  }
}
console.log(inPlace());

// a caller that keeps the results gets real objects and null
const kept = [];
for (let limit = 4; limit < 9; limit++) kept.push(firstAbove(shapes, limit));
console.log(kept);

// either side of a conditional, both objects
function pick(c, n) {
  return c ? { k: n, v: n * 2 } : { k: -n, v: n / 2 };
}
let sum = 0;
for (let i = 0; i < 10; i++) {
  const p = pick(i % 3 === 0, i);
  sum += p.k + p.v;
}
console.log(sum, pick(false, 3).v);

// one function of a family may return null; the others keep their layout, and
// its `return a.plus(b).half()` returns their fields with the object there
class V {
  constructor(x) {
    this.x = x;
  }
  plus(o) {
    return new V(this.x + o.x);
  }
  half() {
    return new V(this.x / 2);
  }
}
function meet(a, b) {
  if (a.x > 10) return null;
  return a.plus(b).half();
}
function meets() {
  const out = [];
  for (let i = 0; i < 8; i++) {
    const p = new V(i).plus(new V(i + 1));
    const m = meet(p, p);
    out.push(m === null ? "-" : m.x + p.plus(p).x);
  }
  return out.join(" ");
}
console.log(meets());
