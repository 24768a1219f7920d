// Shapes module: concrete subclasses of geometry.Shape (circles, rectangles,
// squares, triangles, regular polygons) with static instance counters and a
// static factory that builds shapes from compact spec arrays; uses exports.x.

const geometry = require("./geometry.js");
const Point = geometry.Point;
const BoundingBox = geometry.BoundingBox;
const Shape = geometry.Shape;

class Circle extends Shape {
  static count = 0;

  constructor(center, radius) {
    super("circle", center);
    this.radius = radius;
    Circle.count++;
  }

  area() {
    return Math.PI * this.radius * this.radius;
  }

  perimeter() {
    return 2 * Math.PI * this.radius;
  }

  boundingBox() {
    const c = this.center;
    const r = this.radius;
    return new BoundingBox(c.x - r, c.y - r, c.x + r, c.y + r);
  }

  contains(p) {
    return geometry.distance(p, this.center) <= this.radius;
  }

  kind() {
    return "round";
  }

  static unit(center) {
    return new Circle(center, 1);
  }
}

class Rectangle extends Shape {
  static count = 0;

  constructor(center, width, height) {
    super("rectangle", center);
    this.width = width;
    this.height = height;
    Rectangle.count++;
  }

  area() {
    return this.width * this.height;
  }

  perimeter() {
    return 2 * (this.width + this.height);
  }

  boundingBox() {
    const c = this.center;
    return new BoundingBox(c.x - this.width / 2, c.y - this.height / 2,
      c.x + this.width / 2, c.y + this.height / 2);
  }

  contains(p) {
    return this.boundingBox().contains(p);
  }

  kind() {
    return "angular";
  }
}

class Square extends Rectangle {
  static count = 0;

  constructor(center, side) {
    super(center, side, side);
    this.name = "square";
    Square.count++;
  }

  describe() {
    return super.describe() + "(side " + this.width + ")";
  }
}

class Polygon extends Shape {
  static count = 0;

  constructor(name, vertices) {
    const sum = vertices.reduce((acc, v) => acc.add(v), new Point(0, 0));
    super(name, sum.scale(1 / vertices.length));
    this.vertices = vertices;
    Polygon.count++;
  }

  edges() {
    return this.vertices.map((v, i) => [v, this.vertices[(i + 1) % this.vertices.length]]);
  }

  area() {
    let twice = 0;
    this.edges().forEach((e) => {
      twice += e[0].cross(e[1]);
    });
    return Math.abs(twice) / 2;
  }

  perimeter() {
    return this.edges().reduce((acc, e) => acc + geometry.distance(e[0], e[1]), 0);
  }

  boundingBox() {
    const first = this.vertices[0];
    let box = new BoundingBox(first.x, first.y, first.x, first.y);
    for (const v of this.vertices) {
      box = box.union(new BoundingBox(v.x, v.y, v.x, v.y));
    }
    return box;
  }

  // Convex containment: the point lies on the same side of every edge.
  contains(p) {
    let positive = 0;
    let negative = 0;
    for (const e of this.edges()) {
      const side = e[1].sub(e[0]).cross(p.sub(e[0]));
      if (side > 0) positive++;
      if (side < 0) negative++;
    }
    return positive === 0 || negative === 0;
  }

  kind() {
    return "angular";
  }
}

class Triangle extends Polygon {
  static count = 0;

  constructor(a, b, c) {
    super("triangle", [a, b, c]);
    Triangle.count++;
  }
}

class RegularPolygon extends Polygon {
  static count = 0;

  // Vertices are placed with rational rotations (no trig), so every engine
  // computes bit-identical coordinates.
  constructor(center, sides, radius) {
    const vertices = [];
    let dx = radius;
    let dy = 0;
    const step = RegularPolygon.rotation(sides);
    for (let i = 0; i < sides; i++) {
      vertices.push(new Point(center.x + dx, center.y + dy));
      const nx = dx * step.x - dy * step.y;
      const ny = dx * step.y + dy * step.x;
      dx = nx;
      dy = ny;
    }
    super("polygon" + sides, vertices);
    this.sides = sides;
    RegularPolygon.count++;
  }

  // Unit vectors for a few rotation angles, given as exact-ish fractions.
  static rotation(sides) {
    if (sides === 4) return new Point(0, 1);
    if (sides === 6) return new Point(0.5, Math.sqrt(3) / 2);
    if (sides === 8) return new Point(Math.SQRT1_2, Math.SQRT1_2);
    return new Point(-0.5, Math.sqrt(3) / 2);
  }
}

class ShapeFactory {
  static created = 0;
  static builders = {
    circle: (s) => new Circle(new Point(s[1], s[2]), s[3]),
    rect: (s) => new Rectangle(new Point(s[1], s[2]), s[3], s[4]),
    square: (s) => new Square(new Point(s[1], s[2]), s[3]),
    tri: (s) => new Triangle(new Point(s[1], s[2]), new Point(s[3], s[4]), new Point(s[5], s[6])),
    poly: (s) => new RegularPolygon(new Point(s[1], s[2]), s[3], s[4]),
  };

  // spec is [kind, ...numbers]
  static fromSpec(spec) {
    const builder = ShapeFactory.builders[spec[0]];
    if (builder === undefined) {
      return null;
    }
    ShapeFactory.created++;
    return builder(spec);
  }

  static counts() {
    return [Circle.count, Rectangle.count, Square.count, Triangle.count, RegularPolygon.count, Polygon.count];
  }
}

exports.Circle = Circle;
exports.Rectangle = Rectangle;
exports.Square = Square;
exports.Polygon = Polygon;
exports.Triangle = Triangle;
exports.RegularPolygon = RegularPolygon;
exports.ShapeFactory = ShapeFactory;
