// Checks polymorphic call sites: the same method name called on many classes and on plain objects.
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
    return "rect";
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
class Triangle {
  constructor(b, h) {
    this.h = h;
    this.b = b;
  }
  area() {
    return 0.5 * this.b * this.h;
  }
  name() {
    return "triangle";
  }
}
const literalShape = {
  side: 2,
  area() {
    return this.side * this.side * 3;
  },
  name() {
    return "literal";
  },
};
const shapes = [new Circle(1), new Rect(2, 3), new Square(4), new Triangle(3, 5), literalShape, new Circle(0.5)];
let total = 0;
for (const s of shapes) {
  const a = s.area();
  total += a;
  console.log(s.name(), a.toFixed(3));
}
console.log("total", total.toFixed(3));

// polymorphic property reads at the same site: objects with different shapes
const records = [{ x: 1, y: 2 }, { y: 3, x: 4 }, { x: 5, z: 0, y: 6 }, { w: 9, x: 7, y: 8 }, new (class { constructor() { this.y = 10; this.x = 9; } })()];
let sx = 0;
let sy = 0;
for (const r of records) {
  sx += r.x;
  sy += r.y;
}
console.log("sums", sx, sy);

// visitor-style dispatch: nodes of an expression tree
class Num {
  constructor(v) { this.v = v; }
  evaluate() { return this.v; }
  show() { return String(this.v); }
}
class Add {
  constructor(l, r) {
    this.l = l;
    this.r = r;
  }
  evaluate() {
    return this.l.evaluate() + this.r.evaluate();
  }
  show() {
    return "(" + this.l.show() + " + " + this.r.show() + ")";
  }
}
class Mul extends Add {
  evaluate() {
    return this.l.evaluate() * this.r.evaluate();
  }
  show() {
    return "(" + this.l.show() + " * " + this.r.show() + ")";
  }
}
class Neg {
  constructor(e) { this.e = e; }
  evaluate() { return -this.e.evaluate(); }
  show() { return "-" + this.e.show(); }
}
const expr = new Add(new Mul(new Num(3), new Num(4)), new Neg(new Add(new Num(1.5), new Num(0.25))));
console.log(expr.show(), "=", expr.evaluate());
const exprs = [new Num(7), new Neg(new Num(0)), new Mul(new Num(2), new Neg(new Num(8))), expr];
for (const e of exprs) console.log(e.show(), "->", e.evaluate());
// same function applied to different kinds of values via duck typing
function describe(v) {
  if (v && typeof v.show === "function") return "node " + v.show();
  if (v && typeof v.area === "function") return "shape " + v.name();
  return "plain " + typeof v;
}
console.log(describe(expr.l), describe(shapes[3]), describe(5), describe(null), describe({ show: 1 }));
