'use strict';
// Geometry across modules: classes defined in ./vec and ./shapes, subclassed here.

const { Vec, distance, ORIGIN } = require('./vec');
const shapes = require('./shapes');
const { Circle, Rect, Polygon } = shapes;

class Square extends Rect {
  constructor(center, side) {
    super(center, side, side);
  }
  label() { return `square ${this.w} (${super.label()})`; }
}

class Triangle extends shapes.Polygon {
  constructor(center, a, b, c) {
    super(center, [a, b, c]);
  }
  label() { return 'triangle ' + super.label(); }
}

const list = [
  new Circle(new Vec(0, 0), 2),
  new Rect(new Vec(5, 5), 4, 2),
  new Square(Vec.of(-3, 4), 3),
  new Triangle(new Vec(1, -1), new Vec(0, 0), new Vec(4, 0), new Vec(0, 3)),
  new Polygon(ORIGIN, [new Vec(1, 0), new Vec(0, 1), new Vec(-1, 0), new Vec(0, -1)]),
];

for (const s of list) {
  console.log(`${s.label()}: area=${s.area().toFixed(4)} perimeter=${s.perimeter().toFixed(4)} center=${s.center}`);
}
console.log('shapes created', shapes.count());
console.log('instanceof', list[2] instanceof Square, list[2] instanceof Rect, list[2] instanceof shapes.Shape, list[0] instanceof Polygon);

// Sample a grid and count which shapes contain each point.
let hits = 0;
const perShape = new Array(list.length).fill(0);
for (let x = -80; x <= 80; x++) {
  for (let y = -80; y <= 80; y++) {
    const p = new Vec(x / 10, y / 10);
    for (let i = 0; i < list.length; i++) {
      if (list[i].contains(p)) {
        hits++;
        perShape[i]++;
      }
    }
  }
}
console.log('grid hits', hits, perShape);

// Move everything and measure the spread.
let spread = 0;
for (let step = 0; step < 200; step++) {
  for (const s of list) s.translate(new Vec((step % 3) - 1, (step % 5) - 2).scale(0.25));
}
for (let i = 0; i < list.length; i++) {
  for (let j = i + 1; j < list.length; j++) spread += distance(list[i].center, list[j].center);
}
console.log('spread', spread.toFixed(6), 'first center', list[0].center.toString());
console.log('shapes created at end', shapes.count());
