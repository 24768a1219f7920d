// A temporary object handed to a method call with several possible targets
// (analysis/passing.py, Passing.approved; codegen/passing.py, dispatch_call):
// the receiver's class picks the method's copy, which takes the object's
// fields; a receiver whose class is a dictionary takes the call by name with
// the object made after all. Results as numbers, as anything, and as fields.
class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}

class Probe {
  constructor(at, dir) {
    this.at = at;
    this.dir = dir;
  }
}

class Shape {
  constructor(k) {
    this.k = k;
  }
  hit(p, bias) {
    return p.at.x * this.k + p.dir.y + bias;
  }
  label(p) {
    return "shape " + p.at.x;
  }
  span(p) {
    return { lo: p.at.x, hi: p.at.x + this.k };
  }
}

class Circle extends Shape {
  hit(p, bias) {
    return p.dir.x * p.dir.x + p.at.y * this.k - bias;
  }
  span(p) {
    return { lo: p.at.y - this.k, hi: p.at.y + this.k };
  }
}

class Square extends Shape {}   // inherits Shape's methods

class Loose {
  constructor(k) {
    this.k = k;
  }
  hit(p) {
    return p.at.x + p.at.y + p.dir.x + this.k;
  }
  label(p) {
    return p.dir.y > 0 ? 1 : 0;
  }
  span(p) {
    return { lo: -p.dir.x, hi: p.dir.y };
  }
}

const loose = new Loose(4);
delete loose.k;   // Loose's objects become dictionaries: the call by name
loose.k = 9;

const shapes = [new Shape(2), new Circle(3), new Square(5), loose];
let calls = 0;
function arg(v) {
  calls++;
  return v;
}

function scan(list, probe) {
  let best = -Infinity;
  let width = 0;
  const labels = [];
  for (const s of list) {
    const t = s.hit(probe, arg(1), arg("extra"));
    if (t > best) best = t;
    const w = s.span(probe);
    width += w.hi - w.lo;
    labels.push(s.label(probe));
  }
  return [best, width, labels.join("|")];
}

let total = 0;
let last = null;
for (let i = 0; i < 300; i++) {
  last = scan(shapes, new Probe(new Vec(i % 7, i % 5), new Vec(i % 3, (i % 11) - 5)));
  total += last[0] + last[1];
}
console.log(total, calls, last);

// a null receiver throws before the arguments are evaluated, as node does
try {
  scan([shapes[0], null], new Probe(new Vec(1, 2), new Vec(3, 4)));
} catch (e) {
  console.log(e instanceof TypeError, e.message, calls);
}

// a fresh object passed to a recursive call of a function that never reads
// `arguments` (analysis/locality.py: its arguments hold nothing)
function bounce(p, depth, list) {
  const here = list[depth % list.length].hit(p, depth);
  return depth === 0 ? here : here + bounce(new Probe(new Vec(p.at.y, p.at.x + 1), p.dir), depth - 1, list);
}
console.log(bounce(new Probe(new Vec(1, 2), new Vec(3, 4)), 12, shapes));
