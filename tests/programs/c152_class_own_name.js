// Classes made inside functions (a module pattern's IIFE, a factory) whose members
// use the class's own name: its inner binding is the class itself, so the class
// needs no environment for it (codegen/resolve.py, class_self).
// CommonJS-style module with a class hierarchy, statics, regex and closures
const Shape = (() => {

  class Shape {
    static registry = new Map();
    static created = 0;
    static register(kind, ctor) { Shape.registry.set(kind, ctor); }
    static parse(spec) {
      const m = /^(\w+)\(([^)]*)\)$/.exec(spec.trim());
      if (!m) throw new SyntaxError(`cannot parse ${JSON.stringify(spec)}`);
      const ctor = Shape.registry.get(m[1].toLowerCase());
      if (!ctor) throw new TypeError(`unknown shape ${m[1]}`);
      return new ctor(...m[2].split(/\s*,\s*/).filter((s) => s !== "").map(Number));
    }
    constructor() { this.id = ++Shape.created; }
    toString() { return `${this.constructor.name}#${this.id}(${this.area().toFixed(2)})`; }
  }
  return Shape;
})();
class Circle extends Shape { constructor(r) { super(); this.r = r; } area() { return Math.PI * this.r ** 2; } }
class Rect extends Shape { constructor(w, h = w) { super(); this.w = w; this.h = h; } area() { return this.w * this.h; } }
Shape.register("circle", Circle);
Shape.register("rect", Rect);
const specs = ["circle(1)", "Rect(2, 3)", " rect(4) ", "tri(1,2,3)", "circle 5", "rect()"];
const shapes = [];
for (const s of specs) {
  try { shapes.push(Shape.parse(s)); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
console.log(shapes.map(String).join("; "));
console.log(shapes.sort((a, b) => b.area() - a.area()).map((s) => s.id), shapes.every((s) => s instanceof Shape));
const totals = shapes.reduce((acc, s) => ({ ...acc, [s.constructor.name]: (acc[s.constructor.name] || 0) + s.area() }), {});
console.log(Object.entries(totals).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(", "), Shape.registry.size);
function makeCounter() {
  class Counter {
    static count = 0;
    static make() { return new Counter(); }
    constructor() { Counter.count++; this.n = Counter.count; }
    clone() { return new Counter(); }
    static get total() { return Counter.count; }
    compare(o) { return o instanceof Counter && o.n < this.n; }
  }
  return Counter;
}
const C = makeCounter();
const a = C.make(), b = a.clone(), c = new C();
console.log(a.n, b.n, c.n, C.count, C.total, c.compare(a), a.compare(c), C.name);
const K = class Named { who() { return Named.name + ":" + (this instanceof Named); } static twice() { return [new Named().who(), Named === K]; } };
console.log(new K().who(), K.twice());
function outer() {
  return class Inner { static ref = Inner; static f() { return Inner.ref === Inner; } arrow() { return (() => Inner)().name; } };
}
const I = outer();
console.log(I.f(), new I().arrow());
