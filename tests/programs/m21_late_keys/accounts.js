// A base class whose constructor calls a method (so a subclass's keys are set
// after code that could see the object) and that has accessors.
class Account {
  constructor(id) {
    if (id < 0) throw new RangeError("id");
    this.id = id;
    if (id > 1) { this.reset(); }
    this.reset();
  }
  get balance() { return this.total - this.fees; }
  set owner(name) { this._owner = name.toUpperCase(); }
  reset() {}
  charge() {}
}

class Checking extends Account {
  constructor(id, owner) {
    super(id);
    this.total = 100;
    this.owner = owner;
    this.fees = 0;
  }
  charge() { this.fees += 2; }
}

class Savings extends Account {
  label = "savings";
  constructor(id, rate) {
    super(id);
    if (rate > 0.05) { this.rate = rate; this.bonus = true; } else { this.bonus = false; this.rate = rate; }
  }
}

module.exports = { Account, Checking, Savings };
