// Classes made inside functions whose members use that function's variables
// (codegen/class_env.py): module-pattern IIFEs, factories called once, nested
// classes, field initialisers, static blocks, private members, dispatch.
// Each part is a block: its bindings are the file function's locals.

{
const Lib = (function () {
  const DEFAULT = 10;
  let count = 0;
  const log = [];
  function helper(x) { return x * 2; }
  class Counter {
    tag = "c" + DEFAULT;
    handler = () => this.n + DEFAULT;
    static made = DEFAULT * 3;
    constructor(n) { this.n = n || DEFAULT; count++; log.push("new " + this.n); }
    double() { return helper(this.n); }
    get twice() { return this.n * 2 + count; }
    set twice(v) { this.n = v / 2; log.push("set " + v); }
    static total() { return count; }
    each(f) { return [1, 2, 3].map(x => f(x + this.n + count)); }
  }
  class Sub extends Counter {
    double() { return super.double() + DEFAULT; }
  }
  return { Counter, Sub, log, reset() { count = 0; } };
})();
const c = new Lib.Counter(3);
const d = new Lib.Counter();
const s = new Lib.Sub(5);
console.log(c.double(), d.double(), s.double(), c.twice, Lib.Counter.total(), Lib.Counter.made);
c.twice = 40;
console.log(c.n, c.tag, c.handler(), c.each(x => x * 10), Lib.log);
Lib.reset();
console.log(Lib.Counter.total(), s instanceof Lib.Counter, c);
function run(k) {
  let acc = 0;
  class Acc { add(x) { acc += x * k; return this; } }
  const a = new Acc();
  for (let i = 0; i < 5; i++) a.add(i);
  return acc;
}
console.log(run(3));
}

{
// module pattern with state, helpers, statics, private members and nested classes
const Geometry = (function () {
  "use strict";
  let created = 0;
  const EPS = 1e-9;
  const registry = new Map();
  function sq(x) { return x * x; }
  class Vec {
    #id;
    static #count = 0;
    static ORIGIN;
    static { Vec.ORIGIN = new Vec(0, 0); registry.set("origin", Vec.ORIGIN); }
    constructor(x, y) { this.x = x; this.y = y; this.#id = created++; Vec.#count++; }
    len() { return Math.sqrt(sq(this.x) + sq(this.y)); }
    near(o) { return Math.abs(this.x - o.x) < EPS && Math.abs(this.y - o.y) < EPS; }
    add(o) { return new Vec(this.x + o.x, this.y + o.y); }
    get id() { return this.#id; }
    #secret() { return created * 100; }
    reveal() { return this.#secret(); }
    static count() { return Vec.#count + created; }
  }
  class Shape {
    sides = [];
    label = "shape#" + created;
    add(v) { this.sides.push(v); registry.set(this.label + ":" + this.sides.length, v); return this; }
    perimeter() {
      let p = 0;
      this.sides.forEach((s, i) => { p += s.add(this.sides[(i + 1) % this.sides.length]).len() * 0 + s.len(); });
      return p;
    }
    static make(...vs) { const s = new Shape(); for (const v of vs) s.add(v); return s; }
  }
  return { Vec, Shape, registry, created: () => created };
})();
const { Vec, Shape } = Geometry;
const a = new Vec(3, 4), b = new Vec(1, 1);
console.log(a.len(), a.add(b).len().toFixed(5), a.near(new Vec(3, 4 + 1e-12)), a.id, b.id);
console.log(Vec.count(), Geometry.created(), a.reveal(), Vec.ORIGIN);
const s = Shape.make(a, b, new Vec(-2, 0));
console.log(s.label, s.perimeter().toFixed(6), [...Geometry.registry.keys()]);

// class in a function whose methods use its parameters and locals; called once
function makeBank(rate, log) {
  let total = 0;
  const fee = rate / 10;
  class Account {
    constructor(owner) { this.owner = owner; this.balance = 0; }
    deposit(n) { this.balance += n; total += n; log.push(`${this.owner}+${n}`); return this; }
    interest() { return this.balance * rate - fee; }
    static total() { return total; }
    toString() { return `Account(${this.owner}, ${this.balance})`; }
  }
  class Savings extends Account {
    interest() { return super.interest() * 2 + fee; }
  }
  return [Account, Savings];
}
const log = [];
const [Account, Savings] = makeBank(0.05, log);
const x = new Account("ann").deposit(100).deposit(50), y = new Savings("bob").deposit(200);
console.log(String(x), `${y}`, x.interest(), y.interest(), Account.total(), log, y instanceof Account);

// a class in a method of a class in a function
function outer(k) {
  class A {
    build(m) {
      const self = this;
      class B { get v() { return k * m + self.base; } }
      return new B();
    }
    constructor() { this.base = k; }
  }
  return new A().build(7).v;
}
console.log(outer(3));

// temporal dead zone through a member
function tdz() {
  class T { m() { return later; } }
  const t = new T();
  try { t.m(); } catch (e) { console.log(e.constructor.name, e.message); }
  let later = 42;
  return t.m();
}
console.log(tdz());

// a top-level block's bindings
{
  let hits = 0;
  class Hit { hit() { return ++hits; } }
  const h = new Hit();
  h.hit(); h.hit();
  console.log(h.hit(), hits);
}

// a class without a constructor whose field initialisers read the function's variables
const Cfg = (() => { const defaults = { depth: 2 }; let n = 0; return class { opts = { ...defaults, n: ++n }; } })();
console.log(new Cfg().opts, new Cfg().opts);
}

{
function f(n) {
  return class Leaf {
    static { Leaf.n = n; }
    static twice = () => n * 2;
    static #hidden() { return n + 100; }
    static peek() { return Leaf.#hidden(); }
  };
}
const L = f(1);
console.log(L.n, L.twice(), L.peek());

class Base { constructor(a) { this.a = a; } describe() { return "base " + this.a; } get kind() { return "B"; } }
const Mid = (function (suffix) {
  let calls = 0;
  return class Mid extends Base {
    constructor(a, b) { super(a); this.b = b + suffix; }
    describe() { calls++; return super.describe() + " mid " + this.b + " " + calls; }
    get kind() { return "M" + suffix + calls; }
  };
})("!");
class Top extends Mid { describe() { return "top/" + super.describe(); } }
const shapes = [new Base(1), new Mid(2, "x"), new Top(3, "y")];
for (const s of shapes) console.log(s.describe(), s.kind);
for (let i = 0; i < 3; i++) console.log(shapes[i % 3].describe().length, shapes[(i + 1) % 3].kind);

// callbacks and iteration inside members using captures
const Stats = (function () {
  const weights = [1, 2, 3];
  let scale = 1;
  class Stats {
    constructor(xs) { this.xs = xs; }
    weighted() { return this.xs.map((x, i) => x * weights[i % weights.length] * scale); }
    sum() { return this.weighted().reduce((a, b) => a + b, 0); }
    sorted() { return [...this.xs].sort((a, b) => (a - b) * scale); }
    [Symbol.iterator]() { let i = 0; const xs = this.xs; return { next: () => i < xs.length ? { value: xs[i++] * scale, done: false } : { value: undefined, done: true } }; }
    static setScale(s) { scale = s; }
  }
  return Stats;
})();
const st = new Stats([5, 1, 4]);
console.log(st.weighted(), st.sum(), st.sorted());
Stats.setScale(-1);
console.log(st.weighted(), st.sum(), st.sorted());
console.log([...st], Array.from(st));
}
