// A parameter reassigned to results taken as fields (`z = z.mul(z).add(c)`) is
// kept as fields too: its object's fields are copied on entry, which is the
// object only when nothing writes it once made. Each part below is one case of
// that rule; the build must print what node prints either way.

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
  abs2() {
    return this.re * this.re + this.im * this.im;
  }
}

// kept as fields: Complex is never written once made
function escape(z, c, limit) {
  let n = 0;
  while (n < limit && z.abs2() <= 4) {
    z = z.mul(z).add(c);
    n++;
  }
  return n + ":" + z.re.toFixed(6) + "," + z.im.toFixed(6);
}

const c = new Complex(-0.8, 0.156);
for (let i = 0; i < 5; i++) {
  console.log(escape(new Complex(i / 5 - 0.5, 0.25), c, 30));
}
const shared = new Complex(0.1, 0.2);
console.log(escape(shared, c, 3), shared.re, shared.im);   // the caller's object is unchanged

// not kept: a method writes the objects after they are made, while a copy would
// be live (the callback mutates the very object the parameter holds)
class Counter {
  constructor(n) {
    this.n = n;
  }
  bump() {
    this.n++;
    return this;
  }
  next() {
    return new Counter(this.n + 10);
  }
}
function watch(k, poke, rounds) {
  let out = "";
  for (let i = 0; i < rounds; i++) {
    poke();
    out += k.n + " ";
    k = k.next();
  }
  return out;
}
const counter = new Counter(1);
console.log(watch(counter, () => counter.bump(), 3));

// not kept: Object.assign writes an instance after it is made
class Pair {
  constructor(a, b) {
    this.a = a;
    this.b = b;
  }
  swap() {
    return new Pair(this.b, this.a);
  }
}
function spin(p, hook, rounds) {
  let s = "";
  for (let i = 0; i < rounds; i++) {
    hook();
    s += p.a + "/" + p.b + " ";
    p = p.swap();
  }
  return s;
}
const pair = new Pair(1, 2);
console.log(spin(pair, () => Object.assign(pair, { a: 7 }), 3));

// kept: the constructor hands `this` to a function that only reads it, before
// its fields are all written; the parameter gets the object once it is made
let early = "";
class Late {
  constructor(v) {
    this.v = 0;
    peek(this);
    this.v = v;
  }
  twice() {
    return new Late(this.v * 2);
  }
}
function peek(x) {
  early += x.v + " ";
}
function grow(x, rounds) {
  for (let i = 0; i < rounds; i++) {
    x = x.twice();
  }
  return x.v;
}
console.log(grow(new Late(3), 4), early);

// not kept: the parameter may be undefined (its fields could not be read on entry)
function doubled(z, rounds) {
  for (let i = 0; i < rounds; i++) {
    z = z.add(z);
  }
  return rounds > 0 ? z.re + "," + z.im : "skipped";
}
console.log(doubled(new Complex(1, 2), 3), doubled(undefined, 0));
