'use strict';
// Shape hierarchy built on the Vec class of ./vec.

const { Vec, distance } = require('./vec');

let shapeCount = 0;

class Shape {
  constructor(center) {
    this.center = center;
    shapeCount++;
  }
  area() { return 0; }
  perimeter() { return 0; }
  translate(d) {
    this.center = this.center.add(d);
    return this;
  }
  contains(p) { return false; }
  label() { return 'shape'; }
}

class Circle extends Shape {
  constructor(center, radius) {
    super(center);
    this.radius = radius;
  }
  area() { return Math.PI * this.radius * this.radius; }
  perimeter() { return 2 * Math.PI * this.radius; }
  contains(p) { return distance(p, this.center) <= this.radius; }
  label() { return `circle r=${this.radius}`; }
}

class Polygon extends Shape {
  // points are offsets from the center
  constructor(center, offsets) {
    super(center);
    this.offsets = offsets;
  }
  points() { return this.offsets.map((o) => this.center.add(o)); }
  area() {
    const pts = this.offsets;
    let a = 0;
    for (let i = 0; i < pts.length; i++) a += pts[i].cross(pts[(i + 1) % pts.length]);
    return Math.abs(a) / 2;
  }
  perimeter() {
    const pts = this.offsets;
    let p = 0;
    for (let i = 0; i < pts.length; i++) p += distance(pts[i], pts[(i + 1) % pts.length]);
    return p;
  }
  // convex polygons with counter-clockwise points only
  contains(p) {
    const pts = this.points();
    for (let i = 0; i < pts.length; i++) {
      const a = pts[i];
      const b = pts[(i + 1) % pts.length];
      if (b.sub(a).cross(p.sub(a)) < 0) return false;
    }
    return true;
  }
  label() { return `polygon n=${this.offsets.length}`; }
}

class Rect extends Polygon {
  constructor(center, w, h) {
    super(center, [new Vec(-w / 2, -h / 2), new Vec(w / 2, -h / 2), new Vec(w / 2, h / 2), new Vec(-w / 2, h / 2)]);
    this.w = w;
    this.h = h;
  }
  area() { return this.w * this.h; }
  label() { return `rect ${this.w}x${this.h}`; }
}

exports.Shape = Shape;
exports.Circle = Circle;
exports.Polygon = Polygon;
exports.Rect = Rect;
exports.count = function count() { return shapeCount; };
