// Geometry module: points, bounding boxes, the abstract Shape base class and
// a few helper functions (some of them closure factories). Used by shapes.js
// and main.js; exports one object through module.exports.

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }

  add(other) {
    return new Point(this.x + other.x, this.y + other.y);
  }

  sub(other) {
    return new Point(this.x - other.x, this.y - other.y);
  }

  scale(k) {
    return new Point(this.x * k, this.y * k);
  }

  cross(other) {
    return this.x * other.y - this.y * other.x;
  }

  length() {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
}

class BoundingBox {
  constructor(minX, minY, maxX, maxY) {
    this.minX = minX;
    this.minY = minY;
    this.maxX = maxX;
    this.maxY = maxY;
  }

  contains(p) {
    return p.x >= this.minX && p.x <= this.maxX && p.y >= this.minY && p.y <= this.maxY;
  }

  union(other) {
    return new BoundingBox(
      Math.min(this.minX, other.minX),
      Math.min(this.minY, other.minY),
      Math.max(this.maxX, other.maxX),
      Math.max(this.maxY, other.maxY));
  }

  width() {
    return this.maxX - this.minX;
  }

  height() {
    return this.maxY - this.minY;
  }
}

let shapesCreated = 0;

class Shape {
  constructor(name, center) {
    this.name = name;
    this.center = center;
    this.id = shapesCreated;
    shapesCreated++;
  }

  area() {
    return 0;
  }

  perimeter() {
    return 0;
  }

  boundingBox() {
    return new BoundingBox(this.center.x, this.center.y, this.center.x, this.center.y);
  }

  contains(p) {
    return false;
  }

  describe() {
    return this.name + "#" + this.id;
  }

  kind() {
    return "shape";
  }
}

function distance(a, b) {
  return a.sub(b).length();
}

// Returns a function that scales points about a fixed origin.
function makeScaler(origin, factor) {
  return (p) => origin.add(p.sub(origin).scale(factor));
}

// Returns a counter object whose methods share a private tally.
function makeCounter() {
  let count = 0;
  return {
    increment: () => {
      count++;
      return count;
    },
    value: () => count,
  };
}

module.exports = {
  Point: Point,
  BoundingBox: BoundingBox,
  Shape: Shape,
  distance: distance,
  makeScaler: makeScaler,
  makeCounter: makeCounter,
  shapesCreated: () => shapesCreated,
};
