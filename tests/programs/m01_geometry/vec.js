'use strict';
// 2D vector class shared by the geometry modules.

class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
  sub(o) { return new Vec(this.x - o.x, this.y - o.y); }
  scale(k) { return new Vec(this.x * k, this.y * k); }
  dot(o) { return this.x * o.x + this.y * o.y; }
  cross(o) { return this.x * o.y - this.y * o.x; }
  length() { return Math.sqrt(this.dot(this)); }
  toString() { return `(${this.x}, ${this.y})`; }
  static of(x, y) { return new Vec(x, y); }
}

function distance(a, b) {
  return a.sub(b).length();
}

const ORIGIN = new Vec(0, 0);

module.exports = { Vec, distance, ORIGIN };
