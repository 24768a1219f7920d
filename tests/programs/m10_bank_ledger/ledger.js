// Ledger functions exported with exports.x; they throw errors defined in account.js.
const acc = require("./account");
const accounts = {};
const journal = [];

exports.open = function (id, owner, creditLimit) {
  if (id in accounts) throw new acc.LedgerError("duplicate account " + id, id);
  accounts[id] = creditLimit ? new acc.CreditAccount(id, owner, creditLimit) : new acc.Account(id, owner);
  return accounts[id];
};
function get(id) {
  if (!(id in accounts)) throw new acc.LedgerError("no such account " + id, id);
  return accounts[id];
}
exports.get = get;
exports.transfer = function (from, to, cents) {
  if (cents <= 0) throw new RangeError("amount must be positive: " + cents);
  const a = get(from);
  const b = get(to);
  a.withdraw(cents);
  b.deposit(cents);
  journal.push(from + "->" + to + ":" + cents);
};
exports.deposit = (id, cents) => { get(id).deposit(cents); journal.push("+" + id + ":" + cents); };
exports.journal = () => journal.slice();
exports.total = () => Object.keys(accounts).reduce((s, k) => s + accounts[k].cents, 0);
