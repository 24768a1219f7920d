// Account classes and ledger error types.
class LedgerError extends Error {
  constructor(message, account) {
    super(message);
    this.name = "LedgerError";
    this.account = account;
  }
}
class InsufficientFunds extends LedgerError {
  constructor(account, needed) {
    super("insufficient funds in " + account + ": short by " + needed, account);
    this.name = "InsufficientFunds";
    this.needed = needed;
  }
}
class Account {
  constructor(id, owner) { this.id = id; this.owner = owner; this.cents = 0; this.frozen = false; }
  get balance() { return (this.cents / 100).toFixed(2); }
  limit() { return 0; }
  withdraw(c) {
    if (this.frozen) throw new LedgerError("account " + this.id + " is frozen", this.id);
    if (this.cents - c < -this.limit()) throw new InsufficientFunds(this.id, c - this.cents - this.limit());
    this.cents -= c;
  }
  deposit(c) { this.cents += c; }
}
class CreditAccount extends Account {
  constructor(id, owner, limitCents) { super(id, owner); this.limitCents = limitCents; }
  limit() { return this.limitCents; }
}
module.exports = { Account, CreditAccount, LedgerError, InsufficientFunds };
