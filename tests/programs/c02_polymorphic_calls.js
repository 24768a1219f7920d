// Checks polymorphic call sites: one loop calling the same methods on instances of 5 classes and object literals.
class Shape {
  constructor(name) {
    this.name = name;
  }
  area() {
    return 0;
  }
  describe() {
    return this.name + " with area " + this.area().toFixed(2);
  }
  scale(k) {
    return this;
  }
}

class Circle extends Shape {
  constructor(r) {
    super("circle");
    this.r = r;
  }
  area() {
    return 3.14159 * this.r * this.r;
  }
  scale(k) {
    return new Circle(this.r * k);
  }
}

class Rect extends Shape {
  constructor(w, h) {
    super("rect");
    this.w = w;
    this.h = h;
  }
  area() {
    return this.w * this.h;
  }
  scale(k) {
    return new Rect(this.w * k, this.h * k);
  }
}

class Square extends Rect {
  constructor(s) {
    super(s, s);
    this.name = "square";
  }
  describe() {
    return "square side " + this.w + ": " + super.describe();
  }
  scale(k) {
    return new Square(this.w * k);
  }
}

class Triangle extends Shape {
  constructor(b, h) {
    super("triangle");
    this.b = b;
    this.h = h;
  }
  area() {
    return 0.5 * this.b * this.h;
  }
}

class Label {
  constructor(text) {
    this.text = text;
  }
  area() {
    return this.text.length;
  }
  describe() {
    return "label '" + this.text + "'";
  }
  scale(k) {
    return new Label(this.text.repeat(k));
  }
}

const items = [new Circle(1), new Rect(2, 3), new Square(4), new Triangle(3, 5), new Label("hi")];
items.push({ name: "point", area() { return 0; }, describe() { return "literal point"; }, scale(k) { return this; } });
items.push({ extra: true, area: function () { return 42; }, describe: () => "arrow literal", scale(k) { return this; } });

let total = 0;
for (const it of items) {
  console.log(it.describe());
  total += it.area();
}
console.log("total area: " + total.toFixed(3));

const scaled = items.map((it) => it.scale(2));
for (let i = 0; i < scaled.length; i++) {
  const same = scaled[i] === items[i];
  console.log(i + ": " + scaled[i].area().toFixed(1) + (same ? " (same object)" : " (new object)"));
}

// Megamorphic hot loop
let acc = 0;
for (let round = 0; round < 2000; round++) {
  const it = items[round % items.length];
  acc += it.area();
}
console.log("hot loop sum: " + acc.toFixed(2));
console.log("instanceof Rect: " + items.filter((x) => x instanceof Rect).length + ", Shape: " + items.filter((x) => x instanceof Shape).length);
