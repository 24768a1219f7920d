// Shapes across modules: inheritance three deep, super.method(), statics as factories, instanceof across modules.
const { Shape, Polygon, Rect } = require("./base");
const circ = require("./circle");

const shapes = [new Rect(3, 4), Rect.square(2.5), circ.Circle.unit(), new circ.Circle(2), new Polygon("tri", [3, 4, 5])];
for (const s of shapes) {
  console.log(s.describe());
  console.log("  perimeter", s.perimeter().toFixed(3), s instanceof Shape, s instanceof Polygon, s instanceof Rect, s instanceof circ.Circle);
}
const r = shapes[0];
console.log(r.width, r.aspect, r.sideCount);
r.width = 6;
console.log(r.width, r.aspect, r.area(), r.perimeter());
console.log(String(r), `${shapes[2]}`, "" + shapes[4]);
console.log(Shape.count, Shape.registry.join(","));
console.log(circ.ringArea(3, 2).toFixed(5));
console.log(Shape.resetCount(), Shape.count);
const byArea = shapes.slice().sort((a, b) => a.area() - b.area());
console.log(byArea.map(s => s.name + ":" + Math.round(s.area())).join(" "));
console.log(shapes.filter(s => s instanceof Polygon).length, shapes.findIndex(s => s instanceof circ.Circle));
