// A subclass instance against a base instance.
// expect base: fast struct
// expect derived: fast struct
// same-map base derived: no no
class Base {
  constructor(x) {
    this.x = x;
  }
}
class Derived extends Base {
  constructor(x, y) {
    super(x);
    this.y = y;
  }
}

const base = new Base(1);
const derived = new Derived(2, 3);
if (base.x + derived.x + derived.y !== 6) throw new Error("bad");
