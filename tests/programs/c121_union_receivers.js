// Receivers of a few unrelated classes (no common superclass): `s.area()` on a
// value that is a Circle, a Rect or a Square (which extends Rect) is a chain of
// type tests calling each class's own method. Covered here: numbers returned
// unboxed, a method that returns numbers in one class and strings in another,
// a subclass tested before its parent, a receiver that may be null (node's
// TypeError before the arguments run), arguments evaluated once and in order,
// object literals holding numbers, and a hoisted `var` read before it is set.

class Circle {
  constructor(r) {
    this.r = r;
  }
  area() {
    return Math.PI * this.r * this.r;
  }
  name() {
    return "circle";
  }
  grow(k) {
    return new Circle(this.r * k);
  }
}

class Rect {
  constructor(w, h) {
    this.w = w;
    this.h = h;
  }
  area() {
    return this.w * this.h;
  }
  name() {
    return 4;
  }
  grow(k) {
    return new Rect(this.w * k, this.h * k);
  }
}

class Square extends Rect {
  constructor(s) {
    super(s, s);
  }
  name() {
    return "square";
  }
}

class Label {
  constructor(text) {
    this.text = text;
  }
  area() {
    return this.text.length;
  }
  name() {
    return "label " + this.text;
  }
  grow(k) {
    return new Label(this.text.repeat(k));
  }
}

function total(shapes) {
  let sum = 0;
  for (const s of shapes) {
    sum += s.area();
  }
  return sum;
}

function names(shapes) {
  const out = [];
  for (const s of shapes) {
    out.push(s.name());
  }
  return out;
}

let calls = 0;
function factor() {
  calls++;
  return 2;
}

function grown(shapes) {
  const out = [];
  for (const s of shapes) {
    out.push(s.grow(factor()));
  }
  return out;
}

function largest(shapes) {
  let best = null;
  let size = -1;
  for (const s of shapes) {
    const a = s.area();
    if (a > size) {
      best = s;
      size = a;
    }
  }
  return best === null ? null : { shape: best, area: size };
}

function areaOrThrow(s) {
  try {
    return s.area(factor());
  } catch (e) {
    return e.constructor.name + ": " + e.message;
  }
}

function hoisted(flag) {
  if (flag) {
    return v.area();
  }
  var v = new Circle(1);
  return v.area();
}

const shapes = [new Circle(1), new Rect(2, 3), new Square(4), new Label("abc")];
console.log(total(shapes).toFixed(6));
console.log(names(shapes));
console.log(grown(shapes).map((s) => s.area().toFixed(3)).join(" "), calls);
const big = largest(shapes);
console.log(big.shape.name(), big.area, largest([]));
const maybe = [new Circle(2), null, new Rect(1, 1)];
calls = 0;
for (const s of maybe) {
  console.log(areaOrThrow(s));
}
console.log("factor ran", calls, "times");
console.log(hoisted(false).toFixed(4));
try {
  hoisted(true);
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
let sum = 0;
for (let i = 0; i < 1000; i++) {
  sum += shapes[i % shapes.length].area();
}
console.log(sum.toFixed(3));
