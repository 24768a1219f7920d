// A getter alone in a subclass shadows the parent's setter: node ignores the write
// in sloppy code and throws in strict code; the build cannot tell which, so it stops.
class A { constructor() { this._v = 1; } get v() { return this._v; } set v(x) { this._v = x * 2; } }
class B extends A { get v() { return super.v + 100; } }
const b = new B();
console.log(b.v);
b.v = 5;
console.log(b.v, b._v);
