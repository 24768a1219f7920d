// Checks class getters/setters, inherited and overridden accessors, and super.method() / super accessor calls.
class Temperature {
  constructor(celsius) {
    this._c = celsius;
    this.log = [];
  }
  get celsius() {
    return this._c;
  }
  set celsius(v) {
    this.log.push("set " + v);
    this._c = v;
  }
  get fahrenheit() {
    return this._c * 9 / 5 + 32;
  }
  set fahrenheit(f) {
    this.celsius = (f - 32) * 5 / 9;
  }
  describe() {
    return this._c.toFixed(1) + "C";
  }
}

class ClampedTemperature extends Temperature {
  constructor(c, lo, hi) {
    super(c);
    this.lo = lo;
    this.hi = hi;
  }
  set celsius(v) {
    const clamped = v < this.lo ? this.lo : v > this.hi ? this.hi : v;
    super.celsius = clamped;
  }
  get celsius() {
    return super.celsius;
  }
  describe() {
    return "clamped " + super.describe() + " in [" + this.lo + "," + this.hi + "]";
  }
}

const t = new Temperature(20);
console.log("t: " + t.celsius + "C = " + t.fahrenheit + "F");
t.fahrenheit = 212;
console.log("after f=212: " + t.describe() + ", log=" + t.log.join("|"));

const ct = new ClampedTemperature(10, -5, 40);
ct.celsius = 100;
console.log("clamped high: " + ct.celsius + ", f=" + ct.fahrenheit);
ct.fahrenheit = -40;
console.log("clamped low: " + ct.celsius + ", " + ct.describe());
ct.celsius = 25;
console.log("log: " + ct.log.join("|"));

class Account {
  constructor(owner) {
    this.owner = owner;
    this._balance = 0;
    this.history = 0;
  }
  get balance() {
    return this._balance;
  }
  set balance(v) {
    if (v < 0) throw new RangeError("negative balance for " + this.owner);
    this._balance = v;
    this.history++;
  }
  deposit(x) {
    this.balance = this.balance + x;
    return this;
  }
  get summary() {
    return this.owner + ":" + this.balance;
  }
}

class Savings extends Account {
  constructor(owner, rate) {
    super(owner);
    this.rate = rate;
  }
  deposit(x) {
    const bonus = Math.floor(x * this.rate);
    return super.deposit(x + bonus);
  }
  get summary() {
    return "savings " + super.summary + " @" + this.rate;
  }
}

const a = new Account("ann");
a.deposit(50).deposit(25);
console.log(a.summary + " changes=" + a.history);
const s = new Savings("bob", 0.1);
s.deposit(100).deposit(55);
console.log(s.summary + " changes=" + s.history);
try {
  s.balance = -1;
} catch (e) {
  console.log(e.name + ": " + e.message + " (balance still " + s.balance + ")");
}
const accounts = [a, s, new Savings("cy", 0.5).deposit(10)];
console.log(accounts.map((x) => x.summary).join(" / "));
console.log("has own _balance: " + Object.keys(s).includes("_balance") + ", own summary: " + Object.keys(s).includes("summary"));
