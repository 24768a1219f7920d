// A field read while the object is still being constructed is undefined, even
// when every finished object has it: a base constructor calling a method that a
// subclass overrides, a field initialiser calling a method, a subclass with no
// constructor of its own.
class Shape {
  constructor(name) {
    this.name = name;
    this.describe();
  }
  describe() { console.log('shape', this.name); }
}

class Circle extends Shape {
  constructor(r) {
    super('circle');
    this.r = r;
    this.label = 'C' + r;
    this.center = { x: 0, y: 0 };
    this.filled = true;
  }
  describe() {
    console.log('circle', this.name, this.r, this.label, this.center, this.filled,
                typeof this.r, this.r === undefined, this.r + 1, String(this.label));
  }
  area() { return 3 * this.r * this.r; }
}

const c = new Circle(2);
console.log(c.area(), c.label, c.center.x, c.filled);
c.describe();

class Counted extends Shape {
  count = 10;
  tag = 'counted';
  describe() { console.log('counted', this.count, this.tag, this.count * 2); }
}
const k = new Counted('k');
console.log(k.count + 1, k.tag);
k.describe();

// three levels: the grandparent calls the hook, the middle class adds nothing
class Middle extends Shape {}
class Leaf extends Middle {
  constructor() {
    super('leaf');
    this.depth = 3;
  }
  describe() { console.log('leaf', this.depth, this.depth === undefined ? 'unset' : 'set'); }
}
const leaf = new Leaf();
console.log(leaf.depth * 2);

// a field initialiser that calls a method reading a later field
class Config {
  size = this.computeSize();
  base = 4;
  computeSize() { return this.base === undefined ? -1 : this.base * 2; }
}
const cfg = new Config();
console.log(cfg.size, cfg.base, Object.keys(cfg));

// a base class whose field initialiser calls the hook
class Widget {
  id = this.makeId();
  makeId() { return 1; }
}
class Button extends Widget {
  caption = 'ok';
  makeId() { return this.caption === undefined ? 'no caption yet' : this.caption; }
}
console.log(new Button().id, new Widget().id);

// the hook may also write the subclass's field; the constructor then overwrites it
class Resettable extends Shape {
  constructor() {
    super('r');
    this.value = 7;
  }
  describe() { this.value = -1; console.log('reset', this.value); }
}
const r = new Resettable();
console.log(r.value, Object.keys(r));
