// Checks class getters and setters: computed properties, validation, inheritance, and static accessors.
class Circle {
  constructor(r) {
    this._r = r;
  }
  get radius() {
    return this._r;
  }
  set radius(v) {
    if (v < 0) {
      console.log("rejecting negative radius", v);
      return;
    }
    this._r = v;
  }
  get area() {
    return Math.round(Math.PI * this._r * this._r * 100) / 100;
  }
  get diameter() {
    return this._r * 2;
  }
  set diameter(d) {
    this.radius = d / 2;
  }
}
const c = new Circle(1);
console.log(c.radius, c.area, c.diameter);
c.radius = 3;
console.log(c.radius, c.area, c.diameter);
c.radius = -1;
console.log(c.radius);
c.diameter = 10;
console.log(c.radius, c.area);

class Person {
  constructor(first, last) {
    this.first = first;
    this.last = last;
    this.changes = 0;
  }
  get fullName() {
    return this.first + " " + this.last;
  }
  set fullName(v) {
    const sp = v.indexOf(" ");
    this.first = v.substring(0, sp);
    this.last = v.substring(sp + 1);
    this.changes++;
  }
}
const p = new Person("Ada", "Lovelace");
console.log(p.fullName);
p.fullName = "Grace Hopper";
console.log(p.first, "|", p.last, "|", p.fullName, p.changes);

// getter overridden in subclass, super getter
class Item {
  constructor(price) {
    this.price = price;
  }
  get total() {
    return this.price;
  }
  get label() {
    return "item $" + this.total.toFixed(2);
  }
}
class TaxedItem extends Item {
  constructor(price, rate) {
    super(price);
    this.rate = rate;
  }
  get total() {
    return super.total * (1 + this.rate);
  }
}
const items = [new Item(10), new TaxedItem(10, 0.25), new TaxedItem(19.99, 0.08)];
for (const it of items) console.log(it.label, it.total);

// counter getter with side effect
class Ticker {
  n = 0;
  get next() {
    this.n++;
    return this.n;
  }
}
const tk = new Ticker();
console.log(tk.next, tk.next, tk.next, tk.n);

// static getter and setter
class Settings {
  static _level = 1;
  static get level() {
    return "L" + Settings._level;
  }
  static set level(v) {
    Settings._level = Math.max(1, Math.min(5, v));
  }
}
console.log(Settings.level);
Settings.level = 9;
console.log(Settings.level);
Settings.level = -3;
console.log(Settings.level);
// setters used through compound assignment
const c2 = new Circle(2);
c2.radius += 1.5;
c2.diameter *= 2;
console.log(c2.radius, c2.diameter);
