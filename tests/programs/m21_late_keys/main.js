// Keys a subclass sets after its parent's constructor has run other code
// (analysis/shapes.py, _constructed_in_order): printed, listed and serialised
// in the order node gives them, across files, with accessors in the hierarchy,
// with a private field the parent's code uses, and a class field over an
// inherited getter.
const { Account, Checking, Savings } = require("./accounts");

function bill(a) { a.charge(); }
const c = new Checking(1, "ann");
console.log(c, Object.keys(c), JSON.stringify(c), c.balance);
bill(c);
bill(new Account(2));
console.log(c, c.balance, c._owner);

const s1 = new Savings(3, 0.1), s2 = new Savings(4, 0.01);
for (const s of [s1, s2]) console.log(s, Object.keys(s), JSON.stringify(s));

class Counter {
  #n = 0;
  constructor() { this.bump(); }
  bump() { this.#n++; }
  get n() { return this.#n; }
}
class Named extends Counter {
  constructor(name) { super(); this.name = name; this.tags = []; }
}
new Counter();
class Ledger extends Counter {
  #entries = [];
  constructor(owner, opening) {
    super();
    this.owner = owner;
    if (opening) { this.post(opening); }
    this.closed = false;
  }
  post(v) { this.#entries.push(v); }
  get size() { return this.#entries.length; }
}
const ledgers = [new Ledger("a", 5), new Ledger("b", 0)];
for (const l of ledgers) console.log(l, l.size, Object.keys(l), JSON.stringify(l));
const named = new Named("x");
console.log(named, named.n, Object.keys(named));

class Base {
  get v() { return "getter"; }
  constructor() { this.id = 0; this.setup(); }
  setup() {}
}
class Shadow extends Base {
  v = "field";
  constructor(flag) {
    super();
    if (flag) { this.p = 1; this.q = 2; } else { this.q = 3; this.p = 4; }
  }
}
for (const x of [new Shadow(true), new Shadow(false)]) console.log(x, x.v, Object.keys(x), JSON.stringify(x));
