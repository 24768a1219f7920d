// Checks switch statements: fallthrough, default in the middle, strict matching, strings, and returns.
function dayType(d) {
  switch (d) {
    case "sat":
    case "sun":
      return "weekend";
    case "fri":
      return "almost weekend";
    default:
      return "weekday";
  }
}
for (const d of ["mon", "fri", "sat", "sun", "wed", ""]) console.log(d || "(empty)", dayType(d));

function fall(n) {
  const out = [];
  switch (n) {
    case 1:
      out.push("one");
    case 2:
      out.push("two");
      break;
    case 3:
      out.push("three");
    default:
      out.push("default");
    case 4:
      out.push("four");
  }
  return out;
}
for (let i = 0; i <= 5; i++) console.log(i, fall(i));

// strict equality in case matching
function kind(v) {
  switch (v) {
    case 1:
      return "number one";
    case "1":
      return "string one";
    case true:
      return "true";
    case null:
      return "null";
    case undefined:
      return "undefined";
    case NaN:
      return "never NaN";
    default:
      return "other " + typeof v;
  }
}
console.log(kind(1), "|", kind("1"), "|", kind(true), "|", kind(null), "|", kind(undefined), "|", kind(NaN), "|", kind(0));

// switch(true) pattern with expressions in cases
function bmiClass(b) {
  switch (true) {
    case b < 18.5:
      return "under";
    case b < 25:
      return "normal";
    case b < 30:
      return "over";
    default:
      return "obese";
  }
}
console.log([17, 18.5, 24.9, 29, 35].map(bmiClass));

// switch inside a loop: break exits switch only, continue goes to loop
const cmds = ["inc", "inc", "dbl", "skip", "dec", "reset", "inc", "stop", "inc"];
let acc = 0;
let executed = 0;
for (const c of cmds) {
  switch (c) {
    case "inc": acc++; break;
    case "dec": acc--; break;
    case "dbl": acc *= 2; break;
    case "reset": acc = 0; break;
    case "skip":
      continue;
    case "stop":
      executed = -executed;
      break;
  }
  if (c === "stop") break;
  executed++;
}
console.log("acc", acc, "executed", executed);

// case expressions evaluated in order, only until a match
let evals = 0;
const probe = (v) => {
  evals++;
  return v;
};
switch (3) {
  case probe(1):
    console.log("1");
    break;
  case probe(3):
    console.log("matched 3 after evaluating", evals, "cases");
    break;
  case probe(5):
    console.log("5");
}
console.log("evals", evals);
// block scoping in cases
function scoped(x) {
  switch (x) {
    case "a": { const msg = "alpha"; return msg; }
    case "b": { const msg = "beta"; return msg; }
  }
  return "no match";
}
console.log(scoped("a"), scoped("b"), scoped("c"));
