'use strict';
// Bank simulation with custom error classes, try/catch/finally and rethrow.

class BankError extends Error {
  constructor(message, account) {
    super(message);
    this.name = 'BankError';
    this.account = account;
  }
}

class InsufficientFunds extends BankError {
  constructor(account, needed, available) {
    super(`account ${account} needs ${needed} but has ${available}`, account);
    this.name = 'InsufficientFunds';
    this.shortfall = needed - available;
  }
}

class AccountNotFound extends BankError {
  constructor(account) {
    super(`no such account: ${account}`, account);
    this.name = 'AccountNotFound';
  }
}

class InvalidAmount extends BankError {
  constructor(amount) {
    super(`invalid amount ${amount}`, null);
    this.name = 'InvalidAmount';
  }
}

class FrozenAccount extends BankError {
  constructor(account) {
    super(`account ${account} is frozen`, account);
    this.name = 'FrozenAccount';
  }
}

class AuditFailure extends Error {
  constructor(message, cause) {
    super(message);
    this.name = 'AuditFailure';
    this.inner = cause;
  }
}

class Random {
  constructor(seed) { this.seed = seed; }
  next() {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed;
  }
  int(n) { return Math.floor(this.next() / 1024) % n; }
}

class Account {
  constructor(id, owner, balance) {
    this.id = id;
    this.owner = owner;
    this.balance = balance;
    this.frozen = false;
    this.history = [];
  }
  deposit(amount) {
    if (!(amount > 0)) throw new InvalidAmount(amount);
    if (this.frozen) throw new FrozenAccount(this.id);
    this.balance += amount;
    this.history.push(amount);
  }
  withdraw(amount) {
    if (!(amount > 0)) throw new InvalidAmount(amount);
    if (this.frozen) throw new FrozenAccount(this.id);
    if (amount > this.balance) throw new InsufficientFunds(this.id, amount, this.balance);
    this.balance -= amount;
    this.history.push(-amount);
  }
}

class Bank {
  constructor() {
    this.accounts = {};
    this.log = [];
    this.pending = 0;
  }
  open(id, owner, balance) {
    const acc = new Account(id, owner, balance);
    this.accounts[id] = acc;
    return acc;
  }
  get(id) {
    if (!(id in this.accounts)) throw new AccountNotFound(id);
    return this.accounts[id];
  }
  transfer(from, to, amount) {
    const a = this.get(from);
    const b = this.get(to);
    this.pending++;
    try {
      a.withdraw(amount);
      try {
        b.deposit(amount);
      } catch (e) {
        // undo the withdrawal, then let the caller see the error
        a.balance += amount;
        a.history.push(amount);
        throw e;
      }
      return true;
    } finally {
      this.pending--;
    }
  }
  total() {
    let t = 0;
    for (const id of Object.keys(this.accounts)) t += this.accounts[id].balance;
    return t;
  }
  close(id) {
    const acc = this.get(id);
    delete this.accounts[id];
    return acc.balance;
  }
}

const bank = new Bank();
const names = ['ann', 'bob', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal'];
for (let i = 0; i < names.length; i++) bank.open('AC' + (100 + i), names[i], 1000 + i * 250);
bank.get('AC103').frozen = true;
const startTotal = bank.total();

const errorCounts = {};
const shown = {};
let ok = 0;
let shortfall = 0;
let finallyRuns = 0;
const r = new Random(777);
for (let i = 0; i < 12000; i++) {
  const from = 'AC' + (100 + r.int(9));
  const to = 'AC' + (100 + r.int(9));
  const amount = r.int(15) === 0 ? -5 : 1 + r.int(700);
  try {
    bank.transfer(from, to, amount);
    ok++;
  } catch (e) {
    if (!(e instanceof BankError)) throw e;
    errorCounts[e.name] = (e.name in errorCounts ? errorCounts[e.name] : 0) + 1;
    if (e instanceof InsufficientFunds) shortfall += e.shortfall;
    if (!(e.name in shown)) {
      shown[e.name] = true;
      console.log(`first ${e.name}: ${e.message}`);
    }
  } finally {
    finallyRuns++;
  }
}
console.log('ok', ok, 'finally runs', finallyRuns, 'pending', bank.pending);
let errorLine = 'errors:';
for (const k of Object.keys(errorCounts).sort()) errorLine += ` ${k}=${errorCounts[k]}`;
console.log(errorLine);
console.log('invalid amounts', { count: errorCounts.InvalidAmount });
console.log('shortfall', shortfall);
console.log('money conserved', bank.total() === startTotal, bank.total());

// Rethrow through an audit layer that wraps errors.
function audit(fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof AccountNotFound) throw new AuditFailure('audit failed', e);
    throw e;
  }
}
try {
  audit(() => bank.transfer('AC100', 'AC999', 10));
} catch (e) {
  console.log(e.name, e.message, '<-', e.inner.name, e.inner.message, e instanceof BankError, e instanceof Error);
}
try {
  audit(() => bank.transfer('AC100', 'AC101', 1e9));
} catch (e) {
  console.log('passed through:', e.name, e instanceof InsufficientFunds, e instanceof BankError);
}

// Nested finally ordering.
const order = [];
function nested(depth) {
  try {
    order.push('enter' + depth);
    if (depth === 3) throw new InvalidAmount(depth);
    return nested(depth + 1);
  } finally {
    order.push('leave' + depth);
  }
}
try {
  nested(1);
} catch (e) {
  order.push('caught ' + e.message);
}
let orderLine = '';
for (const s of order) orderLine += s + ';';
console.log(orderLine);

// finally overriding a return value, and errors thrown from finally.
function finallyWins() {
  try {
    return 'try';
  } finally {
    order.push('cleanup');
  }
}
function finallyThrows() {
  try {
    throw new BankError('first', null);
  } finally {
    throw new BankError('second', null);
  }
}
console.log(finallyWins(), order.length);
try {
  finallyThrows();
} catch (e) {
  console.log('finally replaced error:', e.message);
}

// Plain Error is not a BankError.
try {
  throw new Error('plain');
} catch (e) {
  console.log(e.name, e.message, e instanceof BankError);
}

const closed = bank.close('AC107');
console.log('closed AC107 with', closed, 'remaining', Object.keys(bank.accounts).length);
try {
  bank.get('AC107');
} catch (e) {
  console.log(e.name + ': ' + e.message, e.account);
}
