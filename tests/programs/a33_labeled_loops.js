// Checks control flow: labeled break/continue, do-while, comma operator, ternary chains, && / || values.
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j === 2) continue outer;
    if (i === 3) break outer;
    console.log("pair", i, j);
  }
}

// find first pair summing to target with labeled break
const nums = [8, 3, 11, 5, 7, 2];
let found = null;
search: for (let i = 0; i < nums.length; i++) {
  for (let j = i + 1; j < nums.length; j++) {
    if (nums[i] + nums[j] === 12) {
      found = [nums[i], nums[j]];
      break search;
    }
  }
}
console.log("found", found);

// labeled continue in while loops, primes
const primes = [];
let n = 2;
candidates: while (primes.length < 10) {
  const cur = n++;
  for (const p of primes) {
    if (p * p > cur) break;
    if (cur % p === 0) continue candidates;
  }
  primes.push(cur);
}
console.log(primes.slice(0, 5), primes.slice(5));

// do-while runs at least once
let k = 10;
let iterations = 0;
do {
  iterations++;
  k++;
} while (k < 5);
console.log("do-while", iterations, k);
let collatz = 27;
let steps = 0;
do {
  collatz = collatz % 2 === 0 ? collatz / 2 : 3 * collatz + 1;
  steps++;
} while (collatz !== 1);
console.log("collatz(27) steps", steps);

// comma operator and for with multiple variables
let a = (1, 2, 3);
console.log("comma", a);
for (let i = 0, j = 10; i < j; i += 3, j -= 2) console.log("ij", i, j);
let x = 0;
const y = (x++, x++, x * 10);
console.log(x, y);

// && and || return operand values
console.log(0 || "fallback", "" || null, "first" || "second", null && "x", 1 && "y", 0 && "z");
console.log(undefined || 0 || "" || "last", 1 && 2 && 3, 1 && 0 && 3, NaN || -0);
const opts = {};
const size = opts.size || 12;
const label = (opts.label && opts.label.toUpperCase()) || "NONE";
console.log(size, label);
let calls = 0;
const bump = () => {
  calls++;
  return true;
};
false && bump();
true || bump();
true && bump();
false || bump();
console.log("short-circuit calls", calls);

// nested ternaries
function grade(s) {
  return s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : s >= 60 ? "D" : "F";
}
let gs = "";
for (const s of [95, 85, 75, 65, 55, 90, 89.99]) gs += grade(s);
console.log(gs);
// logical assignment-free accumulations with ! and !!
console.log(!0, !1, !!"", !!"0", !!{}, !![], !null, !!NaN);
// break out of nested for-of from inside a switch using label
const matrix = [[1, 2], [3, -1], [5, 6]];
let firstNeg = "none";
rows: for (const row of matrix) {
  for (const v of row) {
    switch (Math.sign(v)) {
      case -1:
        firstNeg = "found " + v;
        break rows;
      default:
        break;
    }
  }
}
console.log(firstNeg);
