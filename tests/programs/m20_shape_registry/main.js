// A class registry across CommonJS files: a base class exported as module.exports,
// subclasses registered by passing a static method to forEach, objects made by
// name with new (registry.get(name))(...args), and Math's members destructured.
const { make, Circle } = require('./lib/shapes');
const Shape = require('./lib/shape.js');
const shapes = [make('Circle', 1), make('Rect', 2, 3), make('Square', 4), new Circle(0.5)];
for (const s of shapes) console.log(s.describe(), s instanceof Shape);
try { new Shape().describe(); } catch (e) { console.log(e.message); }
console.log([...Shape.registry.keys()], typeof __filename);
const { PI, sqrt, max, E: e, floor = 3 } = Math;
let { abs } = Math;
console.log(PI, sqrt(16), max(1, 7, 3), e, floor(2.5), abs(-2), [4, 9].map(sqrt));
function f() { const { min, LN2 } = Math; return min(LN2, 1); }
console.log(f());
