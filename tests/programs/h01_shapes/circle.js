const { Shape } = require("./base");
class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  area() { return Math.PI * this.r * this.r; }
  perimeter() { return 2 * Math.PI * this.r; }
  static unit() { return new Circle(1); }
}
exports.Circle = Circle;
exports.ringArea = function (outer, inner) {
  return new Circle(outer).area() - new Circle(inner).area();
};
