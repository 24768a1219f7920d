// Results by value: a function that returns a fresh object of one type may hand
// it back as its fields to a caller that only uses it the way a scalar object
// may be used. Every form below must print what node prints.

class Complex {
  constructor(re, im) {
    this.re = re;
    this.im = im;
  }
  add(o) {
    return new Complex(this.re + o.re, this.im + o.im);
  }
  mul(o) {
    return new Complex(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re);
  }
  scale(k) {
    return new Complex(this.re * k, this.im * k);
  }
  abs2() {
    return this.re * this.re + this.im * this.im;
  }
  // returned as is: by value in this method's own copy
  square() {
    return this.mul(this);
  }
  half() {
    return this.scale(0.5);
  }
}

function escape(cr, ci, limit) {
  let zr = 0;
  let zi = 0;
  let n = 0;
  while (n < limit) {
    const z = new Complex(zr, zi);
    const next = z.square().add(new Complex(cr, ci));
    if (next.abs2() > 4) {
      break;
    }
    zr = next.re;
    zi = next.im;
    n++;
  }
  return n;
}

let total = 0;
for (let y = -1; y <= 1; y += 0.25) {
  let line = "";
  for (let x = -2; x <= 0.5; x += 0.125) {
    const n = escape(x, y, 30);
    total += n;
    line += n >= 30 ? "#" : n > 5 ? "+" : ".";
  }
  console.log(line);
}
console.log("total", total);

// a literal result, two return sites of one layout
function divmod(a, b) {
  if (b === 0) {
    return { q: 0, r: a };
  }
  return { q: Math.floor(a / b), r: a % b };
}
let acc = 0;
for (let i = 0; i < 20; i++) {
  const d = divmod(i * 7, i % 5);
  acc += d.q * 3 + d.r;
  d.q += 100; // the caller owns its copy
  acc += d.q;
}
console.log("divmod", acc);

// forwarded through several functions, and used in place
function origin() {
  return { x: 0, y: 0 };
}
function shifted(dx) {
  const unused = dx * 2;
  return origin2(dx, unused);
}
function origin2(dx, u) {
  return { x: dx, y: u };
}
console.log(origin().x, shifted(3).y, shifted(4).x + origin().y);

// a result that is kept by some callers: they get a real object
const kept = [];
for (let i = 0; i < 3; i++) {
  const c = new Complex(i, 1).half();
  kept.push(new Complex(i, 2).half());
  console.log(c.re, c.im, kept[i].re, kept[i] instanceof Complex);
}

// the constructor's effects happen in order, once per object
let made = 0;
class Noisy {
  constructor(v) {
    made++;
    this.v = v;
    console.log("made", v);
  }
  plus(k) {
    return new Noisy(this.v + k);
  }
}
{
  const a = new Noisy(1).plus(1).plus(2);
  console.log("noisy", a.v, made);
}

// a return inside try/finally: the finally block runs before the fields leave
function guarded(v) {
  try {
    return { value: v * 2, ok: true };
  } finally {
    console.log("finally", v);
  }
}
for (let i = 0; i < 2; i++) {
  const g = guarded(i);
  console.log(g.value, g.ok);
}

// a constructor that keeps `this`: every object is real
const registry = [];
class Registered {
  constructor(id) {
    this.id = id;
    registry.push(this);
  }
}
function register(id) {
  return new Registered(id);
}
for (let i = 0; i < 3; i++) {
  const r = register(i);
  console.log(r.id, registry.length, registry[i] === r);
}

// a function that may return undefined: its results are real
function maybe(i) {
  if (i % 2 === 0) {
    return { n: i };
  }
}
for (let i = 0; i < 4; i++) {
  const m = maybe(i);
  console.log(m === undefined ? "none" : m.n);
}

// arguments are evaluated before the callee runs, and a throwing callee throws
function boom(c) {
  if (c.re > 1) {
    throw new Error("too big: " + c.re);
  }
  return new Complex(c.re + 1, c.im);
}
for (let i = 0; i < 3; i++) {
  try {
    const r = boom(new Complex(i, 0));
    console.log("ok", r.re);
  } catch (e) {
    console.log(e.message);
  }
}
