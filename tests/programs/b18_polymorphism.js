'use strict';
// Polymorphic calls over a heterogeneous array of shapes, with static counters.

class Shape {
  static created = 0;

  constructor(name) {
    this.name = name;
    this.id = Shape.created;
    Shape.created++;
  }
  area() { return 0; }
  perimeter() { return 0; }
  kind() { return 'shape'; }
  describe() {
    return `${this.kind()} #${this.id} ${this.name}: area=${this.area().toFixed(3)} perimeter=${this.perimeter().toFixed(3)}`;
  }
  static compareByArea(a, b) {
    const d = a.area() - b.area();
    if (d !== 0) return d < 0 ? -1 : 1;
    return a.id - b.id;
  }
}

class Circle extends Shape {
  static count = 0;
  constructor(name, r) {
    super(name);
    this.r = r;
    Circle.count++;
  }
  area() { return Math.PI * this.r * this.r; }
  perimeter() { return 2 * Math.PI * this.r; }
  kind() { return 'circle'; }
}

class Rect extends Shape {
  static count = 0;
  constructor(name, w, h) {
    super(name);
    this.w = w;
    this.h = h;
    Rect.count++;
  }
  area() { return this.w * this.h; }
  perimeter() { return 2 * (this.w + this.h); }
  kind() { return 'rect'; }
  get isSquare() { return this.w === this.h; }
}

class Square extends Rect {
  static count = 0;
  constructor(name, side) {
    super(name, side, side);
    Square.count++;
  }
  kind() { return 'square'; }
  describe() { return super.describe() + ` side=${this.w}`; }
  get side() { return this.w; }
  set side(s) {
    this.w = s;
    this.h = s;
  }
}

class Triangle extends Shape {
  static count = 0;
  constructor(name, a, b, c) {
    super(name);
    if (a + b <= c || a + c <= b || b + c <= a) throw new Error(`not a triangle: ${a}, ${b}, ${c}`);
    this.a = a;
    this.b = b;
    this.c = c;
    Triangle.count++;
  }
  area() {
    const s = this.perimeter() / 2;
    return Math.sqrt(s * (s - this.a) * (s - this.b) * (s - this.c));
  }
  perimeter() { return this.a + this.b + this.c; }
  kind() { return 'triangle'; }
}

function makeShape(i) {
  switch (i % 5) {
    case 0: return new Circle('c' + i, 1 + (i % 7));
    case 1: return new Rect('r' + i, 1 + (i % 4), 2 + (i % 9));
    case 2: return new Square('s' + i, 1 + (i % 6));
    case 3: return new Triangle('t' + i, 3 + (i % 3), 4 + (i % 2), 5);
    default: return (i % 10) === 4 ? new Circle('C' + i, 0.5) : new Square('S' + i, 2);
  }
}

const shapes = [];
for (let i = 0; i < 20000; i++) shapes.push(makeShape(i));

let totalArea = 0;
let totalPerimeter = 0;
const byKind = {};
for (let round = 0; round < 5; round++) {
  for (const s of shapes) {
    totalArea += s.area();
    totalPerimeter += s.perimeter();
    if (round === 0) {
      const k = s.kind();
      byKind[k] = (k in byKind ? byKind[k] : 0) + 1;
    }
  }
}
console.log('total area', totalArea.toFixed(4), 'total perimeter', totalPerimeter.toFixed(4));
console.log('by kind', byKind);
console.log('created', Shape.created, 'circles', Circle.count, 'rects', Rect.count, 'squares', Square.count, 'triangles', Triangle.count);

let squares = 0;
let rects = 0;
for (const s of shapes) {
  if (s instanceof Rect) {
    rects++;
    if (s.isSquare) squares++;
  }
}
console.log('rect instances', rects, 'square-shaped', squares);

const sample = shapes.slice(0, 12).sort(Shape.compareByArea);
for (const s of sample) console.log(s.describe());

const sq = new Square('grow', 3);
sq.side = sq.side + 4;
console.log(sq.describe(), sq.isSquare);

try {
  new Triangle('bad', 1, 2, 10);
} catch (e) {
  console.log('error:', e.message);
}
console.log('created after all', Shape.created, 'triangles', Triangle.count);
