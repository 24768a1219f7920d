// Variables the plan types as objects of one struct type (or undefined) live in
// typed wasm locals: written through one cast, read with none. Each case here
// would trap or print something else if a cast were wrong or undefined were lost.

class Shape {
  constructor(name) { this.name = name; this.hits = 0; }
  area() { return 0; }
}
class Square extends Shape {
  constructor(s) { super("square"); this.s = s; }
  area() { return this.s * this.s; }
}
class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  area() { return Math.round(Math.PI * this.r * this.r); }
}

// a base-typed local holding subclass instances, reassigned in a loop
const shapes = [new Square(2), new Circle(1), new Square(3), new Shape("blob")];
let total = 0;
for (let i = 0; i < shapes.length; i++) {
  const s = shapes[i];
  s.hits += 1;
  s.hits *= 3;
  total += s.area() + s.hits;
}
console.log("total", total);

// reads past the end give undefined: kept, compared and printed as undefined
function at(list, i) {
  const item = list[i];
  if (item === undefined) return "none at " + i;
  return item.name + " at " + i;
}
console.log(at(shapes, 1), "|", at(shapes, 9));
const missing = shapes[7];
console.log(typeof missing, missing, missing === undefined, missing == null);

// holes read by for-of are undefined too
const sparse = [];
sparse[2] = new Square(5);
for (const q of sparse) console.log(q === undefined ? "hole" : q.area());
const withHole = new Array(2);
withHole[1] = new Circle(2);
for (const q of withHole) console.log(q && q.area());

// a let reassigned along a chain, then with undefined at the end
class Link {
  constructor(v, next) { this.v = v; this.next = next; }
}
let chain = undefined;
for (let i = 0; i < 5; i++) chain = new Link(i, chain);
let sum = 0;
for (let p = chain; p !== undefined; p = p.next) sum += p.v;
console.log("chain sum", sum);

// a typed parameter, and one called with too few arguments
function describe(shape, scale) {
  return shape.name + ":" + shape.area() * (scale === undefined ? 1 : scale);
}
console.log(describe(new Square(4), 2), describe(new Circle(3)));

// captured by a closure that only reads it
function counterFor(shape) {
  const own = shape;
  own.hits = own.name.length;
  return () => own.name + "#" + (own.hits += 1);
}
const next = counterFor(new Circle(1));
console.log(next(), next());

// reading a field of undefined throws node's TypeError, also in a compound update
function bump(list, i) {
  const s = list[i];
  s.hits += 1;
  return s.hits;
}
try {
  console.log(bump(shapes, 0));
  console.log(bump(shapes, 10));
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
function nameOf(list, i) {
  const s = list[i];
  return s.name;
}
try {
  console.log(nameOf(shapes, 3));
  console.log(nameOf(shapes, 4));
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}

// destructured and default parameters
function firstArea([a, b], { scale = 1 } = {}) {
  const winner = a.area() + a.hits >= b.area() + b.hits ? a : b;
  return winner.name + " " + winner.area() * scale;
}
console.log(firstArea([new Square(1), new Circle(1)]), firstArea([new Square(3), new Circle(1)], { scale: 2 }));

// the same inside a function, where they are locals rather than file globals
function locals() {
  let t = 0;
  for (let i = 0; i < shapes.length; i++) {
    const s = shapes[i];
    s.hits += 1;
    t += s.area() + s.hits;
  }
  const gone = shapes[shapes.length];
  const goneName = gone === undefined ? "-" : gone.name;
  const holes = [];
  holes[1] = new Circle(3);
  const seen = [];
  for (const q of holes) seen.push(q === undefined ? "hole" : q.area() + q.r);
  let head = undefined;
  for (let i = 0; i < 4; i++) head = new Link(i * i, head);
  const top = head.v;
  let s2 = 0;
  for (let p = head; p !== undefined; p = p.next) s2 += p.v;
  let last = new Square(1);
  last = new Circle(2);
  return [t, typeof gone, String(gone), goneName, seen.join(","), top, s2, last.name].join(" ");
}
console.log(locals());
