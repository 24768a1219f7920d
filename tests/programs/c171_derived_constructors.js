// Constructors of classes with `extends` that bind `this` with one super(...)
// statement: work before it that does not touch `this` (node would throw a
// ReferenceError there, which the build refuses to compile), arrow functions
// made after it, early returns after it, and ordinary functions that have a
// `this` of their own.

class Base {
  constructor(a, b) {
    this.a = a;
    this.b = b;
  }
  sum() {
    return this.a + this.b;
  }
}

class Scaled extends Base {
  constructor(x, k) {
    const doubled = x * 2;
    const helper = function () { return this === undefined ? "own this" : "bound"; };
    if (k < 0) {
      k = -k;
    }
    super(doubled, k);
    this.label = helper();
    if (k > 5) return;
    this.small = true;
  }
  sum() {
    return super.sum() * 10;
  }
}

class Counter extends Base {
  constructor(n) {
    super(n, 0);
    this.read = () => this.a + this.b;
    this.b += 1;
  }
}

class Guarded extends Base {
  constructor(v) {
    if (typeof v !== "number") throw new TypeError("not a number: " + v);
    super(v, v);
  }
}

const s = new Scaled(3, -2);
console.log(s.sum(), s.label, s.small);
const t = new Scaled(1, 9);
console.log(t.sum(), t.small === undefined);
const c = new Counter(4);
console.log(c.read());
console.log(new Guarded(2).sum());
try {
  new Guarded("x");
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
