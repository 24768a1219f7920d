// Class fields holding arrow functions that read `this` (base and derived classes),
// toString used by templates, super calls, accessors, an Error subclass.
class Base {
  static count = 0;
  id = ++Base.count;
  label = "base";
  constructor(name) { this.name = name; }
  toString() { return `${this.constructor.name}(${this.name})`; }
  describe() { return "I am " + this.name; }
}
class Child extends Base {
  onClick = () => this.name + "!";
  constructor(name, extra) { super(name); this.extra = extra; }
  describe() { return super.describe() + " and " + this.extra; }
  get upper() { return this.name.toUpperCase(); }
  set upper(v) { this.name = v.toLowerCase(); }
}
const c = new Child("kid", 3);
console.log(`${c}`, String(c), c.describe(), c.upper, c.onClick(), c.id, Base.count);
c.upper = "NEW";
console.log(c.name, c instanceof Base, Object.keys(c));
class MyErr extends Error {
  constructor(msg, code) { super(msg); this.name = "MyErr"; this.code = code; }
}
try { throw new MyErr("bad", 42); } catch (e) { console.log(e.name, e.message, e.code, e instanceof MyErr, e instanceof Error, `${e}`); }
const handlers = [c.onClick, () => "x"];
console.log(handlers.map((h) => h()));
console.log([new Child("a", 1), new Base("b")].map(String));
class B2 { name = "b"; f = () => this.name + "!"; }
console.log(new B2().f());
class C2 extends B2 { g = () => this.name + "?"; }
console.log(new C2().g(), new C2().f());
