// An assignment in a constructor to a key with a setter on the class chain calls
// the setter (it makes no own property of that key); the setter's own stores set
// their keys at that point of construction.
class Person {
  constructor(name, age) { this.name = name; this.age = age; }
  set name(v) { this._name = v.trim(); }
  get name() { return this._name; }
}
const p = new Person(" Ann ", 30);
console.log(p, p.name, Object.keys(p), JSON.stringify(p));
class Account {
  constructor(b) { this.id = 7; this.balance = b; }
  get balance() { return this._b; }
  set balance(v) { if (v < 0) throw new Error("neg"); this._b = v; }
}
console.log(new Account(5), new Account(5).balance);
class C {
  constructor() { this.w = 1; }
  set v(n) { this._v = n * 2; }
  get v() { return this._v; }
}
const c = new C();
c.v = 3;
console.log(c.v, Object.keys(c));
class D extends C { constructor() { super(); this.v = 5; } }
console.log(new D().v, Object.keys(new D()));
class E { constructor() { this.v = 3; } }
class F extends E { set v(n) { this._v = n; } get v() { return this._v * 10; } }
console.log(new F().v, Object.keys(new F()));
class C2 {
  constructor() { this.v = 3; }
  set v(n) { this._v = n * 2; }
  get v() { return this._v; }
}
console.log(new C2().v, Object.keys(new C2()));
