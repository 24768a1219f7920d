// Old-style classes whose prototype is an object literal of methods
// (`F.prototype = { constructor: F, m: function () {...} }`), with and without
// `constructor` (an instance then prints as a plain object, as in node), method
// shorthand and string keys, mixed with Object.create subclasses (with and
// without `F.prototype.constructor = F`), and `x.constructor === F`
// (analysis/constructor_functions.py).
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype = {
  constructor: Point,
  add: function (o) { return new Point(this.x + o.x, this.y + o.y); },
  toString: function () { return "(" + this.x + ", " + this.y + ")"; }
};
function Stack() { this.items = []; }
Stack.prototype = {
  push: function (x) { this.items.push(x); return this; },
  pop() { return this.items.pop(); },
  "peek": function () { return this.items[this.items.length - 1]; },
  size: function () { return this.items.length; }
};
Stack.prototype.clear = function () { this.items.length = 0; };
function Shape() {}
Shape.prototype = { constructor: Shape, area: function () { return 0; } };
function Animal(name) { this.name = name; }
Animal.prototype = {
  constructor: Animal,
  speak: function () { return this.name + " makes a sound"; },
  describe: function () { return "<" + this.speak() + ">"; }
};
function Dog(name) { Animal.call(this, name); this.tricks = 0; }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.speak = function () { return this.name + " barks"; };

function Beast(name) { this.name = name; }
Beast.prototype.speak = function () { return this.name + " speaks"; };
function Hound(name) { Beast.call(this, name); this.good = true; }
Hound.prototype = Object.create(Beast.prototype);
Hound.prototype.constructor = Hound;
Hound.prototype.speak = function () { return this.name + " barks"; };
function Tabby(name) { Beast.call(this, name); }
Tabby.prototype = Object.create(Beast.prototype);
function Blank() {}
Blank.prototype = { constructor: Blank };

var p = new Point(1, 2).add(new Point(3, 4));
console.log(p.toString(), p instanceof Point, String(p), p);
var s = new Stack().push(1).push(2).push(3);
console.log(s.pop(), s.peek(), s.size(), s.constructor === Object);
console.log(s);
s.clear();
console.log(s.size(), new Shape(), new Shape().area());
var animals = [new Animal("cat"), new Dog("rex")];
for (var i = 0; i < animals.length; i++) console.log(animals[i].describe(), animals[i] instanceof Animal, animals[i] instanceof Dog);
console.log(animals);
var hd = new Hound("rex"), tb = new Tabby("tom");
console.log(hd.speak(), tb.speak(), hd.constructor === Hound, tb.constructor === Beast, hd instanceof Beast);
console.log(hd, tb, new Blank(), new Blank().constructor === Blank);
