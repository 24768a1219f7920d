// Fields that hold immutable value objects (a class of numbers only, never
// compared, never given to a builtin) are stored as their numbers: reads,
// copies, method calls on them, stores of fresh objects and of call results,
// and every generic path that sees the holder (printing, keys, dynamic keys,
// spread, JSON) must behave as if the object were there.

class V {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(o) {
    return new V(this.x + o.x, this.y + o.y);
  }
  scale(k) {
    return new V(this.x * k, this.y * k);
  }
  len() {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
}

class Body {
  constructor(x, y) {
    this.pos = new V(x, y);
    this.prev = new V(x, y);
    this.mass = 1;
  }
  step(force) {
    const v = this.pos.add(this.prev.scale(-1));
    this.prev = this.pos;
    this.pos = this.pos.add(v).add(force);
  }
  where() {
    return this.pos;
  }
}

const bodies = [];
for (let i = 0; i < 5; i++) {
  bodies.push(new Body(i, i * 2));
}
const g = new V(0, -0.5);
for (let t = 0; t < 10; t++) {
  for (const b of bodies) {
    b.step(g);
  }
}
let sum = 0;
for (const b of bodies) {
  const p = b.pos;            // kept as its numbers
  sum += p.x + p.y + b.prev.len();
}
console.log(sum.toFixed(6));

// a copy handed out is a fresh object with the same numbers
const w = bodies[2].where();
console.log(w.x, w.y, w instanceof V, typeof w);
bodies[1].prev = w;          // an object held in a variable: its numbers copied in
console.log(bodies[1].prev.x, bodies[1].prev.y);
console.log(bodies[1]);
console.log(JSON.stringify(bodies[0]));
console.log(Object.keys(bodies[3]).join(","));
for (const k in bodies[4]) {
  console.log(k);
}
console.log({ ...bodies[0] }.pos.y);
// a receiver of several types: the generic setter and getter
const either = sum > 0 ? bodies[0] : { pos: null };
either.pos = new V(7, 8);
console.log(bodies[0].pos.x + bodies[0].pos.y, either.pos.y);

// reading through null or undefined throws as node does
function posX(b) {
  return b.pos.x;
}
try {
  posX(bodies[9]);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}

// objects compared by identity are not values: their holders keep references
class P {
  constructor(a) {
    this.a = a;
  }
}
class Holder {
  constructor(p) {
    this.p = p;
  }
}
const shared = new P(3);
const h1 = new Holder(shared);
const h2 = new Holder(shared);
console.log(h1.p === h2.p, h1.p === new P(3));

// a holder kept in locals (scalar-replaced) in one function, a struct elsewhere:
// its field is a reference there, and the call's result goes into it as one
function local() {
  const b = new Body(2, 3);
  b.pos = b.pos.add(new V(3, 4));
  return b.pos.x + b.pos.y;
}
console.log(local());
