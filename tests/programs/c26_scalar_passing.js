// Scalar replacement across calls: an object that only lives in its function
// may be handed to functions and methods that only read it, as its fields.
// Every form below must print what node prints, whether or not the object is
// passed as fields (the plan decides; tests/test_scalar.py checks the build follows).

class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  dot(o) {
    return this.x * o.x + this.y * o.y;
  }
  len() {
    return Math.sqrt(this.dot(this));
  }
  cross(o) {
    return this.x * o.y - this.y * o.x;
  }
  describe(label) {
    return label + "(" + this.x + ", " + this.y + ")";
  }
}

function manhattan(v) {
  return Math.abs(v.x) + Math.abs(v.y);
}

function twice(v) {
  return manhattan(v) * 2;
}

// recursion with the object passed to itself
function sumDown(v, n) {
  if (n === 0) {
    return 0;
  }
  return v.x + v.y + sumDown(v, n - 1);
}

// more and fewer arguments than parameters
function three(a, b, c) {
  return a.x + (b === undefined ? -1 : b) + (c === undefined ? -2 : c);
}

let total = 0;
for (let i = 0; i < 5; i++) {
  const a = new Vec(i, 2);
  const b = new Vec(1, -i);
  total += a.dot(b) + b.len() + twice(a) + manhattan(new Vec(i, -i)) + a.cross(b);
  total += sumDown(a, 3) + three(a) + three(b, 10) + three(a, 1, 2, console.log("extra", i));
  console.log(a.describe("a"), b.describe("b"));
}
console.log("total", total);

// a literal object passed to a reader
function area(r) {
  return r.w * r.h;
}
let areas = 0;
for (let i = 1; i <= 4; i++) {
  const r = { w: i, h: i + 1 };
  areas += area(r);
}
console.log("areas", areas);

// evaluation order: the callee sees the object as it is when called
function show(p, q) {
  return p.x + ":" + q;
}
{
  const p = { x: 1 };
  console.log(show(p, (p.x = 5)));
  const v = new Vec(1, 1);
  console.log(v.dot(new Vec((v.x = 3), 4)));
}

// a scalar object written after a call and passed again
{
  const acc = { n: 0, sum: 0 };
  for (let i = 0; i < 6; i++) {
    acc.n++;
    acc.sum += i;
    console.log(mean(acc));
  }
}
function mean(s) {
  return s.n === 0 ? 0 : s.sum / s.n;
}

// a receiver that is null throws before the arguments are read
class Reader {
  read(o) {
    return o.x;
  }
}
function tryRead(reader) {
  const o = { x: 7 };
  try {
    return reader.read(o);
  } catch (e) {
    return e.constructor.name;
  }
}
console.log(tryRead(new Reader()), tryRead(null));

// callees that do more than read: the object stays a real one
function bump(o) {
  o.x++;
  return o.x;
}
function keep(o) {
  return o;
}
const kept = [];
function store(o) {
  kept.push(o);
  return kept.length;
}
for (let i = 0; i < 3; i++) {
  const o = { x: i };
  console.log(bump(o), keep(o).x, store(o), o.x);
}
console.log(kept.map((o) => o.x).join(","));

// two classes with a method of one name: which one runs is known only at run time
class Circle {
  constructor(r) {
    this.r = r;
  }
  scaled(f) {
    return this.r * f.k;
  }
}
class Square {
  constructor(s) {
    this.s = s;
  }
  scaled(f) {
    return this.s * this.s * f.k;
  }
}
const shapes = [new Circle(1), new Square(2)];
for (const s of shapes) {
  const f = { k: 3 };
  console.log(s.scaled(f));
}

// a getter of the method's name in a subclass: the getter runs
class Base {
  get2(o) {
    return o.x * 2;
  }
}
class Derived extends Base {
  get get2() {
    console.log("getter ran");
    return (o) => o.x * 3;
  }
}
for (const b of [new Base(), new Derived()]) {
  const o = { x: 5 };
  console.log(b.get2(o));
}
