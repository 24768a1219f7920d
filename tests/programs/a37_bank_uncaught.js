// Checks a bank-account simulation with classes and inheritance that ends with an uncaught Error (exit 1).
class Account {
  static nextNumber = 1000;
  constructor(owner, balance = 0) {
    this.owner = owner;
    this.balance = balance;
    this.number = Account.nextNumber++;
    this.history = [];
  }
  deposit(amount) {
    if (amount <= 0) throw new Error("deposit must be positive");
    this.balance += amount;
    this.history.push("+" + amount);
    return this.balance;
  }
  withdraw(amount) {
    if (amount > this.available()) {
      throw new Error("insufficient funds in " + this.number + ": need " + amount + ", have " + this.available());
    }
    this.balance -= amount;
    this.history.push("-" + amount);
    return this.balance;
  }
  available() {
    return this.balance;
  }
  monthEnd() {}
  summary() {
    return this.owner + "#" + this.number + " " + this.balance.toFixed(2);
  }
}
class Savings extends Account {
  constructor(owner, balance, rate) {
    super(owner, balance);
    this.rate = rate;
  }
  monthEnd() {
    const interest = Math.round(this.balance * this.rate / 12 * 100) / 100;
    this.balance += interest;
    this.history.push("i" + interest);
  }
}
class Checking extends Account {
  constructor(owner, balance, overdraft) {
    super(owner, balance);
    this.overdraft = overdraft;
  }
  available() {
    return this.balance + this.overdraft;
  }
  monthEnd() {
    if (this.balance < 0) {
      this.balance -= 15;
      this.history.push("fee15");
    }
  }
}
function transfer(from, to, amount) {
  from.withdraw(amount);
  to.deposit(amount);
}
const alice = new Savings("alice", 1000, 0.06);
const bob = new Checking("bob", 50, 100);
const carol = new Account("carol");
transfer(alice, bob, 200);
transfer(bob, carol, 300);
console.log(alice.summary(), "|", bob.summary(), "|", carol.summary());
for (const acct of [alice, bob, carol]) acct.monthEnd();
console.log(alice.summary(), "|", bob.summary(), "|", carol.summary());
try {
  transfer(carol, alice, 500);
} catch (e) {
  console.log("transfer failed:", e.message);
}
try {
  carol.deposit(-5);
} catch (e) {
  console.log("deposit failed:", e.message);
}
for (let m = 0; m < 3; m++) for (const acct of [alice, bob, carol]) acct.monthEnd();
console.log(alice.history);
console.log(bob.history);
console.log(carol.history);
console.log("totals", (alice.balance + bob.balance + carol.balance).toFixed(2));
// the final transfer is not guarded and exceeds bob's overdraft
console.log("attempting large transfer from bob");
transfer(bob, alice, 1000);
console.log("unreachable");
