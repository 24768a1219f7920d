// Checks a bank ledger split across modules: account classes, exports.x functions, and custom errors caught across modules.
const ledger = require("./ledger");
const { LedgerError, InsufficientFunds, CreditAccount } = require("./account");

ledger.open("A1", "ann");
ledger.open("B2", "bob");
ledger.open("C3", "cy", 5000);
ledger.deposit("A1", 10000);
ledger.deposit("B2", 2550);

const ops = [
  ["A1", "B2", 2500],
  ["B2", "C3", 6000],
  ["C3", "A1", 4000],
  ["C3", "A1", 2000],
  ["A1", "ZZ", 100],
  ["B2", "A1", -5],
  ["A1", "C3", 7500],
];
let failed = 0;
for (const [from, to, cents] of ops) {
  try {
    ledger.transfer(from, to, cents);
    console.log("ok   " + from + "->" + to + " " + cents);
  } catch (e) {
    failed++;
    if (e instanceof InsufficientFunds) {
      console.log("FAIL " + e.name + " needed=" + e.needed + " (" + e.message + ")");
    } else if (e instanceof LedgerError) {
      console.log("FAIL " + e.name + " account=" + e.account + ": " + e.message);
    } else {
      console.log("FAIL other " + e.name + ": " + e.message);
    }
  }
}
try {
  ledger.open("A1", "again");
} catch (e) {
  console.log("open: " + e.message + " isLedger=" + (e instanceof LedgerError) + " isError=" + (e instanceof Error));
}
ledger.get("B2").frozen = true;
try {
  ledger.transfer("B2", "A1", 1);
} catch (e) {
  console.log("frozen: " + e.name + " " + e.message);
}
for (const id of ["A1", "B2", "C3"]) {
  const a = ledger.get(id);
  console.log(id + " " + a.owner.padEnd(4) + a.balance.padStart(9) + (a instanceof CreditAccount ? " credit" : ""));
}
console.log("failed=" + failed + " total=" + ledger.total() + " journal=" + ledger.journal().length);
console.log(ledger.journal().join(" "));
