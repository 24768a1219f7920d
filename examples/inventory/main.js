// Entry point: node examples/inventory/main.js
const { Vec, Circle, Rect } = require('./geometry');
const { makeRegistry, tag } = require('./registry');

const shapes = [];
let pos = new Vec(0, 0);
for (let i = 0; i < 6; i++) {
  pos = pos.add(new Vec(1, 2)).scale(0.5);
  shapes.push(i % 2 === 0 ? new Circle(pos, i + 1) : new Rect(pos, i, i + 2));
}

const registry = makeRegistry();
shapes.forEach((s, i) => registry.add('shape' + i, tag(s, 'item' + i)));
registry.remove('shape0');

const options = { precision: 2, unit: 'cm' };
const key = process.argv[2] || 'unit';
console.log('option', key, '=', options[key]);

const total = shapes.reduce((sum, s) => sum + s.area(), 0);
console.log('shapes', registry.count(), 'total area', total.toFixed(options.precision));
console.log('last center', pos.length().toFixed(3));
