// Base shape classes: a three-deep hierarchy with super calls, statics and accessors.
class Shape {
  static count = 0;
  static registry = [];
  constructor(name) {
    this.name = name;
    Shape.count++;
    Shape.registry.push(name);
  }
  area() { return 0; }
  perimeter() { return 0; }
  describe() { return this.name + " area=" + this.area().toFixed(2); }
  toString() { return "Shape(" + this.name + ")"; }
  static resetCount() { const c = Shape.count; Shape.count = 0; return c; }
}
class Polygon extends Shape {
  constructor(name, sides) {
    super(name);
    this.sides = sides;
  }
  describe() { return super.describe() + " sides=" + this.sides.length; }
  perimeter() { return this.sides.reduce((a, b) => a + b, 0); }
  get sideCount() { return this.sides.length; }
}
class Rect extends Polygon {
  constructor(w, h) {
    super("rect", [w, h, w, h]);
    this.w = w;
    this.h = h;
  }
  area() { return this.w * this.h; }
  describe() { return "[" + super.describe() + "]"; }
  static square(s) { return new Rect(s, s); }
  get aspect() { return this.w / this.h; }
  set width(v) { this.w = v; this.sides[0] = v; this.sides[2] = v; }
  get width() { return this.w; }
}
module.exports = { Shape, Polygon, Rect };
