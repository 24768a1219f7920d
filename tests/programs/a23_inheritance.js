// Checks class inheritance: extends, super() constructor calls, super.method(), overriding, instanceof chains.
class Animal {
  constructor(name, legs) {
    this.name = name;
    this.legs = legs;
  }
  speak() {
    return this.name + " makes a sound";
  }
  describe() {
    return this.name + " has " + this.legs + " legs; " + this.speak();
  }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name, 4);
    this.breed = breed;
  }
  speak() {
    return this.name + " barks";
  }
}
class Puppy extends Dog {
  constructor(name) {
    super(name, "mixed");
    this.age = 0;
  }
  speak() {
    return super.speak() + " softly";
  }
  describe() {
    return "[puppy] " + super.describe();
  }
}
class Bird extends Animal {
  constructor(name) {
    super(name, 2);
  }
}
const zoo = [new Animal("Generic", 0), new Dog("Rex", "lab"), new Puppy("Bit"), new Bird("Tweety")];
for (const a of zoo) console.log(a.describe());
const p = zoo[2];
console.log(p instanceof Puppy, p instanceof Dog, p instanceof Animal, zoo[1] instanceof Puppy, zoo[3] instanceof Dog);
console.log(p.breed, p.age, p.legs, zoo[3].breed);

// inherited fields and default constructor
class Base {
  id = 7;
  tags = ["base"];
  constructor() {
    this.created = "base-ctor";
  }
  info() {
    return this.id + ":" + this.created;
  }
}
class Derived extends Base {
  extra = this.id * 2;
}
class Derived2 extends Derived {
  id = 100;
  info() {
    return "D2 " + super.info() + " extra=" + this.extra;
  }
}
const d = new Derived();
const d2 = new Derived2();
console.log(d.info(), d.extra, d.tags);
console.log(d2.info(), d2.tags === d.tags);

// super method calls across three levels that accumulate
class Shape {
  area() {
    return 0;
  }
  report() {
    return "area=" + this.area().toFixed(2);
  }
}
class Square extends Shape {
  constructor(s) {
    super();
    this.s = s;
  }
  area() {
    return this.s * this.s;
  }
}
class Cube extends Square {
  area() {
    return 6 * super.area();
  }
  report() {
    return "cube " + super.report();
  }
}
console.log(new Shape().report(), new Square(1.5).report(), new Cube(2).report());
// calling overridden method from base constructor sees subclass method
class Widget {
  constructor() {
    this.kind = this.getKind();
  }
  getKind() {
    return "widget";
  }
}
class Button extends Widget {
  getKind() {
    return "button";
  }
}
console.log(new Widget().kind, new Button().kind);
// extending with super property access in arrow function inside method
class Loud extends Dog {
  speak() {
    const inner = () => super.speak().toUpperCase();
    return inner() + "!";
  }
}
console.log(new Loud("Max", "pug").describe());
