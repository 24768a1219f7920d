// ES5 subclasses calling their base's methods: `P.prototype.m.call(this, ...)` in a
// converted class's own code is `super.m(...)` (analysis/constructor_functions.py).
function Shape(name) { this.name = name; }
Shape.prototype.describe = function (prefix) { return (prefix || "") + "shape " + this.name; };
Shape.prototype.area = function () { return 0; };
function Square(side) { Shape.call(this, "square"); this.side = side; }
Square.prototype = Object.create(Shape.prototype);
Square.prototype.constructor = Square;
Square.prototype.area = function () { return this.side * this.side; };
Square.prototype.describe = function (prefix) {
  const parts = [1, 2].map(() => Shape.prototype.area.call(this));
  return Shape.prototype.describe.call(this, prefix) + " of area " + this.area() + " " + parts;
};
var s = new Square(3);
console.log(s.describe("> "), s instanceof Shape, s);
var Widgets = (function () {
  var count = 0;
  function Widget(id) { this.id = id; count++; }
  Widget.prototype.render = function (depth) { return "<w" + this.id + ":" + depth + ">"; };
  Widget.prototype.count = function () { return count; };
  function Button(id, label) { Widget.call(this, id); this.label = label; }
  Button.prototype = Object.create(Widget.prototype);
  Button.prototype.render = function (depth) {
    return "[" + this.label + "]" + Widget.prototype.render.call(this, depth + 1);
  };
  return { Widget: Widget, Button: Button };
})();
var ws = [new Widgets.Widget(1), new Widgets.Button(2, "ok")];
ws.forEach(function (w) { console.log(w.render(0), w.count(), w); });
