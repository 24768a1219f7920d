'use strict';
// Classes written the old way: methods stored on a constructor's prototype,
// subclasses made with Object.create and a base call on `this`, statics on
// the constructor, an empty base called as a function. They print, dispatch
// and name their methods as node does.
function Shape(name) {
  this.name = name;
}
Shape.prototype.area = function () { return 0; };
Shape.prototype.describe = function () {
  return this.name + " with area " + this.area().toFixed(2);
};

function Circle(r) {
  Shape.call(this, "circle");
  this.r = r;
}
Circle.prototype = Object.create(Shape.prototype);
Circle.prototype.area = function () { return Math.PI * this.r * this.r; };

function Square(side) {
  Shape.call(this, "square");
  this.side = side;
}
Square.prototype = Object.create(Shape.prototype);
Square.prototype.area = function () { return this.side * this.side; };
Square.UNIT = new Square(1);
Square.count = 0;

function Marker() {}
Marker.prototype.mark = function () { return "marked"; };
function Labelled(text) {
  Marker.call(this);
  this.text = text;
}

class Ring extends Circle {
  constructor(r, inner) {
    super(r);
    this.inner = inner;
  }
  area() { return super.area() - Math.PI * this.inner * this.inner; }
}

const shapes = [new Circle(1), new Square(2), Square.UNIT, new Ring(2, 1), new Shape("blob")];
for (const s of shapes) {
  Square.count += s instanceof Square ? 1 : 0;
  console.log(s.describe(), s instanceof Shape, s instanceof Circle);
}
console.log(shapes);
console.log(Square.count, Square.UNIT.side, Object.keys(shapes[1]), JSON.stringify(shapes[0]));
console.log(shapes[0].area.name === "", typeof shapes[0].describe, shapes[3].area.name);
console.log(shapes[0].constructor.name, shapes[1].constructor.name, shapes[3].constructor === Ring);
const l = new Labelled("x");
console.log(l, l.text, typeof l.mark, l instanceof Marker);
