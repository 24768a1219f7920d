// Vectors and shapes: every object here has a property set the closed world
// can prove, so each class becomes a WasmGC struct type.
class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
  scale(k) { return new Vec(this.x * k, this.y * k); }
  length() { return Math.sqrt(this.x * this.x + this.y * this.y); }
}

class Shape {
  constructor(center) {
    this.center = center;
    this.visible = true;
  }
  area() { return 0; }
}

class Circle extends Shape {
  constructor(center, r) {
    super(center);
    this.r = r;
  }
  area() { return Math.PI * this.r * this.r; }
}

class Rect extends Shape {
  constructor(center, w, h) {
    super(center);
    this.w = w;
    this.h = h;
  }
  area() { return this.w * this.h; }
}

module.exports = { Vec, Circle, Rect };
