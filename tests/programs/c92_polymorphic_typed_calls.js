// Calls on a receiver the plan types as one class hierarchy whose classes have
// different methods of one name: each class's own method is called, with typed
// (unboxed) arguments and results where the methods have them.

class Shape {
  constructor(name) {
    this.name = name;
  }
  describe(prefix) {
    return prefix + this.name + " with area " + this.area().toFixed(2);
  }
}

class Circle extends Shape {
  constructor(r) {
    super("circle");
    this.r = r;
  }
  area() { return Math.PI * this.r * this.r; }
  scale(k, extra) { return this.r * k + (extra === undefined ? 0 : extra); }
  flag() { return this.r > 1; }
}

class Rect extends Shape {
  constructor(w, h) {
    super("rect");
    this.w = w;
    this.h = h;
  }
  area() { return this.w * this.h; }
  scale(k, extra) { return (this.w + this.h) * k + (extra === undefined ? 1 : extra); }
  flag() { return this.w === this.h; }
}

// a class with instances of its own and a subclass that overrides: the subclass's
// instances must meet their own method, not the parent's
class Square extends Rect {
  constructor(s) {
    super(s, s);
    this.name = "square";
  }
  area() { return this.w * this.w + 0; }
  scale(k, extra) { return "square scaled by " + k; }
  flag() { return "not a boolean"; }
}

const shapes = [new Circle(2), new Rect(2, 3), new Square(4), new Circle(0.5), new Rect(5, 5)];
let total = 0;
for (let i = 0; i < shapes.length; i++) {
  const s = shapes[i];
  total += s.area();
  console.log(s.describe("#" + i + " "), s.scale(2), s.scale(2, 0.5), s.flag());
}
console.log("total", total.toFixed(3));

// arguments are evaluated once each, in order, after the receiver
const log = [];
function arg(v) { log.push(v); return v; }
function pick(i) { log.push("recv" + i); return shapes[i]; }
for (let i = 0; i < 3; i++) {
  pick(i).scale(arg(i + 1), arg(10 * i));
}
console.log(log.join(","));

// a receiver that may be undefined: node's TypeError comes before the arguments run
class Node1 { constructor(v) { this.v = v; } value() { return this.v; } }
class Node2 extends Node1 { value() { return -this.v; } }
const nodes = [new Node1(3), new Node2(4)];
let sum = 0;
for (let i = 0; i < 3; i++) {
  try {
    sum += nodes[i].value(arg("arg" + i));
  } catch (e) {
    console.log(e instanceof TypeError, e.message);
  }
}
console.log("sum", sum, log.slice(-3).join(","));

// a number-or-undefined argument reaches both methods unchanged
class Acc { constructor() { this.n = 0; } add(x) { this.n += x === undefined ? 100 : x; return this.n; } }
class Acc2 extends Acc { add(x) { this.n -= x === undefined ? 1000 : x; return this.n; } }
const accs = [new Acc(), new Acc2()];
const maybe = [1, undefined, 2.5];
for (const a of accs) {
  for (let j = 0; j < 4; j++) console.log(a.add(maybe[j]));
}

// Object.prototype's names stay with the generic path
class P { toString() { return "P!"; } }
class Q extends P { }
class R extends P { toString() { return "R!"; } }
const ps = [new P(), new Q(), new R()];
for (const p of ps) console.log(p.toString(), `${p}`);
