// benchmarks/programs/pairs.js with a small workload, for the differential suite.
// Pairs benchmark: computations whose intermediate results are small records
// of two numbers, written the way such code usually is.
//   - complex numbers: a Julia set and a Newton fractal (z^3 - 1) on a grid;
//   - interval arithmetic: the roots of a polynomial isolated by bisection
//     with an interval extension that proves boxes root-free;
//   - (min, max) ranges and (value, index) results over sliding windows of
//     a pseudo-random series;
//   - fractions: exact sums of Egyptian-fraction series with {num, den} records.
// Prints counts and checksums of each part.

class Complex {
  constructor(re, im) {
    this.re = re;
    this.im = im;
  }

  add(o) {
    return new Complex(this.re + o.re, this.im + o.im);
  }

  sub(o) {
    return new Complex(this.re - o.re, this.im - o.im);
  }

  mul(o) {
    return new Complex(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re);
  }

  div(o) {
    const d = o.re * o.re + o.im * o.im;
    return new Complex((this.re * o.re + this.im * o.im) / d, (this.im * o.re - this.re * o.im) / d);
  }

  scale(k) {
    return new Complex(this.re * k, this.im * k);
  }

  abs2() {
    return this.re * this.re + this.im * this.im;
  }
}

function juliaEscape(z, c, limit) {
  let n = 0;
  while (n < limit && z.abs2() <= 4) {
    z = z.mul(z).add(c);
    n++;
  }
  return n;
}

function julia(size, limit) {
  const c = new Complex(-0.8, 0.156);
  let total = 0;
  let inside = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const z = new Complex((x / size) * 3 - 1.5, (y / size) * 2 - 1);
      const n = juliaEscape(z, c, limit);
      total += n;
      if (n === limit) {
        inside++;
      }
    }
  }
  return { total, inside };
}

const ONE = new Complex(1, 0);
const ROOTS = [new Complex(1, 0), new Complex(-0.5, Math.sqrt(3) / 2), new Complex(-0.5, -Math.sqrt(3) / 2)];

// Newton's method on z^3 - 1: which cube root of unity a start point reaches.
function newtonBasin(z, limit) {
  for (let step = 0; step < limit; step++) {
    const z2 = z.mul(z);
    const f = z2.mul(z).sub(ONE);
    const df = z2.scale(3);
    if (df.abs2() === 0) {
      return { root: -1, steps: step };
    }
    z = z.sub(f.div(df));
    for (let r = 0; r < ROOTS.length; r++) {
      if (z.sub(ROOTS[r]).abs2() < 1e-12) {
        return { root: r, steps: step };
      }
    }
  }
  return { root: -1, steps: limit };
}

function newton(size, limit) {
  const basins = [0, 0, 0];
  let steps = 0;
  let stuck = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const result = newtonBasin(new Complex((x + 0.5) / size * 4 - 2, (y + 0.5) / size * 4 - 2), limit);
      steps += result.steps;
      if (result.root < 0) {
        stuck++;
      } else {
        basins[result.root]++;
      }
    }
  }
  return { basins, steps, stuck };
}

// --- interval arithmetic ---------------------------------------------------

class Interval {
  constructor(lo, hi) {
    this.lo = lo;
    this.hi = hi;
  }

  static point(x) {
    return new Interval(x, x);
  }

  add(o) {
    return new Interval(this.lo + o.lo, this.hi + o.hi);
  }

  mul(o) {
    const a = this.lo * o.lo;
    const b = this.lo * o.hi;
    const c = this.hi * o.lo;
    const d = this.hi * o.hi;
    return new Interval(Math.min(a, b, c, d), Math.max(a, b, c, d));
  }

  contains(x) {
    return this.lo <= x && x <= this.hi;
  }

  width() {
    return this.hi - this.lo;
  }

  split() {
    const mid = (this.lo + this.hi) / 2;
    return [new Interval(this.lo, mid), new Interval(mid, this.hi)];
  }
}

// Horner's scheme over intervals: an enclosure of the polynomial on x.
function evalInterval(coefficients, x) {
  let acc = Interval.point(coefficients[0]);
  for (let i = 1; i < coefficients.length; i++) {
    acc = acc.mul(x).add(Interval.point(coefficients[i]));
  }
  return acc;
}

function evalPoint(coefficients, x) {
  let acc = coefficients[0];
  for (let i = 1; i < coefficients.length; i++) {
    acc = acc * x + coefficients[i];
  }
  return acc;
}

// Boxes of width below `tolerance` whose enclosure contains zero.
function isolateRoots(coefficients, range, tolerance) {
  const found = [];
  const work = [range];
  let evaluations = 0;
  while (work.length > 0) {
    const box = work.pop();
    evaluations++;
    if (!evalInterval(coefficients, box).contains(0)) {
      continue;
    }
    if (box.width() < tolerance) {
      const last = found.length > 0 ? found[found.length - 1] : null;
      if (last !== null && Math.abs(box.lo - last.hi) < tolerance) {
        found[found.length - 1] = new Interval(last.lo, box.hi);
      } else {
        found.push(box);
      }
      continue;
    }
    const halves = box.split();
    work.push(halves[1]);
    work.push(halves[0]);
  }
  return { roots: found, evaluations };
}

// (x - 1)(x + 2)(x - 0.5)(x + 0.25)(x - 3) expanded, and a shifted copy per round.
function polynomial(shift) {
  let coefficients = [1];
  const roots = [1, -2, 0.5, -0.25, 3];
  for (const r of roots) {
    const next = new Array(coefficients.length + 1).fill(0);
    for (let i = 0; i < coefficients.length; i++) {
      next[i] += coefficients[i];
      next[i + 1] -= coefficients[i] * (r + shift);
    }
    coefficients = next;
  }
  return coefficients;
}

function intervals(rounds) {
  let evaluations = 0;
  let rootCount = 0;
  let checksum = 0;
  for (let round = 0; round < rounds; round++) {
    const coefficients = polynomial((round % 16) / 64);
    const result = isolateRoots(coefficients, new Interval(-4, 4), 1e-7);
    evaluations += result.evaluations;
    rootCount += result.roots.length;
    for (const root of result.roots) {
      const mid = (root.lo + root.hi) / 2;
      checksum += Math.round(mid * 1000) + (Math.abs(evalPoint(coefficients, mid)) < 1e-5 ? 1 : 0);
    }
  }
  return { evaluations, rootCount, checksum };
}

// --- (min, max) ranges and (value, index) results ---------------------------

class Random {
  constructor(seed) {
    this.state = seed;
  }

  next() {
    this.state = (this.state * 69069 + 1) % 4294967296;
    return this.state / 4294967296;
  }
}

function rangeOf(values, from, to) {
  let min = values[from];
  let max = values[from];
  for (let i = from + 1; i < to; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

function argMax(values, from, to) {
  let best = { value: values[from], index: from };
  for (let i = from + 1; i < to; i++) {
    if (values[i] > best.value) {
      best = { value: values[i], index: i };
    }
  }
  return best;
}

function mergeRanges(a, b) {
  return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}

function windows(length, width, rounds) {
  const random = new Random(20240611);
  const values = [];
  for (let i = 0; i < length; i++) {
    values.push(Math.floor(random.next() * 100000));
  }
  let spread = 0;
  let peaks = 0;
  let overall = { min: Infinity, max: -Infinity };
  for (let round = 0; round < rounds; round++) {
    for (let start = round % 7; start + width <= length; start += 7) {
      const left = rangeOf(values, start, start + (width >> 1));
      const right = rangeOf(values, start + (width >> 1), start + width);
      const both = mergeRanges(left, right);
      spread += both.max - both.min;
      const peak = argMax(values, start, start + width);
      peaks = (peaks * 7 + peak.index) % 1000003;
      overall = mergeRanges(overall, both);
    }
  }
  return { spread, peaks, min: overall.min, max: overall.max };
}

// --- fractions --------------------------------------------------------------

function gcd(a, b) {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function fraction(num, den) {
  const g = gcd(Math.abs(num), Math.abs(den));
  return { num: num / g, den: den / g };
}

function addFractions(a, b) {
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

// Sums 1/(k(k+1)) for k in [from, to): telescopes to 1/from - 1/to.
function telescope(from, to) {
  let sum = { num: 0, den: 1 };
  for (let k = from; k < to; k++) {
    sum = addFractions(sum, { num: 1, den: k * (k + 1) });
  }
  return sum;
}

function fractions(rounds) {
  let checksum = 0;
  let exact = 0;
  for (let round = 0; round < rounds; round++) {
    const from = 1 + (round % 50);
    const to = from + 40 + (round % 13);
    const sum = telescope(from, to);
    const expected = fraction(to - from, from * to);
    if (sum.num === expected.num && sum.den === expected.den) {
      exact++;
    }
    checksum = (checksum * 31 + sum.num + sum.den) % 1000003;
  }
  return { exact, checksum };
}

function main() {
  const j = julia(40, 60);
  console.log("julia: " + j.total + " iterations, " + j.inside + " points inside");
  const n = newton(30, 40);
  console.log("newton: basins " + n.basins.join(" ") + ", " + n.steps + " steps, " + n.stuck + " stuck");
  const iv = intervals(6);
  console.log("intervals: " + iv.rootCount + " roots, " + iv.evaluations + " evaluations, checksum " + iv.checksum);
  const w = windows(2000, 64, 3);
  console.log("windows: spread " + w.spread + ", peaks " + w.peaks + ", range " + w.min + ".." + w.max);
  const f = fractions(200);
  console.log("fractions: " + f.exact + " exact, checksum " + f.checksum);
}

main();
