// Private class members: fields, methods, brand checks, `#x in o`, and their
// invisibility to every way of listing or looking up properties.
class Account {
  #balance = 0;
  #history = [];
  #fee;
  #onChange = null;

  constructor(owner, fee = 1) {
    this.owner = owner;
    this.#fee = fee;
  }

  deposit(amount) {
    this.#record("deposit", amount);
    this.#balance += amount;
    return this;
  }

  withdraw(amount) {
    if (amount + this.#fee > this.#balance) {
      throw new RangeError(`${this.owner}: insufficient funds for ${amount}`);
    }
    this.#record("withdraw", amount);
    this.#balance -= amount + this.#fee;
    return this;
  }

  #record(kind, amount) {
    this.#history.push(kind + ":" + amount);
    if (this.#onChange !== null) this.#onChange(kind, amount);
  }

  watch(fn) {
    this.#onChange = fn;
  }

  get balance() {
    return this.#balance;
  }

  history() {
    return this.#history.join(" ");
  }

  transferTo(other, amount) {
    this.withdraw(amount);
    other.#balance += amount;   // another instance's private field
    other.#record("transfer-in", amount);
  }

  static isAccount(x) {
    return #balance in x;
  }

  static richest(list) {
    let best = null;
    for (const a of list) {
      if (best === null || a.#balance > best.#balance) best = a;
    }
    return best.owner;
  }

  static peek(x) {
    return x.#balance;
  }
}

class Savings extends Account {
  #rate;
  constructor(owner, rate) {
    super(owner, 0);
    this.#rate = rate;
  }
  addInterest() {
    this.deposit(Math.round(this.balance * this.#rate));
    return this.#rate;
  }
}

class Counter {
  #n = 0;
  tick() {
    return ++this.#n;
  }
  static count(times) {
    const c = new Counter();   // local: its private field lives in a local
    let last = 0;
    for (let i = 0; i < times; i++) last = c.tick() + c.#n;
    return last;
  }
}

const a = new Account("ann", 2);
const b = new Savings("bob", 0.1);
const events = [];
b.watch((kind, amount) => events.push(kind + "=" + amount));
a.deposit(100).withdraw(30);
b.deposit(50);
a.transferTo(b, 20);
console.log(a.balance, b.balance, b.addInterest(), b.balance);
console.log(a.history(), "|", b.history(), "|", events.join(","));
console.log(a, b, JSON.stringify(b), Object.keys(a), Object.entries(b));
console.log({ ...a }, Account.isAccount(a), Account.isAccount(b), Account.isAccount({}), Account.isAccount([]));
for (const k in b) console.log("key", k);
// a string key spelled like a private name is another property (on another object:
// a dynamic key would make the accounts maps, and private members need structs)
const bag = { n: 1 };
const key = "#balance";
bag[key] = 5;
console.log(bag, bag["#balance"], key in bag, Object.keys(bag));
console.log(Account.richest([a, b]), Counter.count(5));
try {
  a.withdraw(1000);
} catch (e) {
  console.log(e.name, e.message);
}
try {
  Account.peek({ owner: "mallory" });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Account.isAccount(5);
} catch (e) {
  console.log(e.constructor.name);
}
