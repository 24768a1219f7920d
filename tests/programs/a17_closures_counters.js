// Checks closures: counters with private state, shared captured variables, reassignment, IIFEs.
function makeCounter(start, step) {
  let count = start;
  return {
    inc() {
      count += step;
      return count;
    },
    dec() {
      count -= step;
      return count;
    },
    get() {
      return count;
    },
    reset() {
      count = start;
    },
  };
}
const c1 = makeCounter(0, 1);
const c2 = makeCounter(100, 10);
c1.inc();
c1.inc();
c2.dec();
console.log(c1.get(), c2.get(), c1.inc(), c2.inc(), c2.inc());
c1.reset();
console.log("after reset", c1.get(), c2.get());

// two closures sharing one variable
function shared() {
  let v = 1;
  const double = () => (v *= 2);
  const read = () => v;
  const set = (n) => {
    v = n;
  };
  return [double, read, set];
}
const [dbl, read, set] = shared();
dbl();
dbl();
console.log("shared", read());
set(7);
dbl();
console.log("shared", read());

// captured variable reassigned after closure creation
let message = "before";
const say = () => "msg: " + message;
message = "after";
console.log(say());

// IIFE module pattern
const bank = (function () {
  let balance = 0;
  const log = [];
  function record(kind, amt) {
    log.push(kind + ":" + amt);
  }
  return {
    deposit(n) {
      balance += n;
      record("dep", n);
      return balance;
    },
    withdraw(n) {
      if (n > balance) {
        record("denied", n);
        return balance;
      }
      balance -= n;
      record("wd", n);
      return balance;
    },
    history: () => log.slice(),
  };
})();
console.log(bank.deposit(50), bank.withdraw(20), bank.withdraw(100), bank.deposit(5));
console.log(bank.history());

// memoization with closure cache
function memo(fn) {
  const cache = {};
  let hits = 0;
  const wrapped = (n) => {
    if (n in cache) {
      hits++;
      return cache[n];
    }
    const r = fn(n);
    cache[n] = r;
    return r;
  };
  return [wrapped, () => hits];
}
const [fib, fibHits] = memo((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log("fib(50)", fib(50), "fib(80)", fib(80), "hits", fibHits());

// once
function once(fn) {
  let done = false;
  let result;
  return (x) => {
    if (!done) {
      done = true;
      result = fn(x);
    }
    return result;
  };
}
const init = once((x) => x * 3);
console.log(init(5), init(10), init(20));
// closure capturing a loop accumulator in nested function
let total = 0;
const adders = [1, 2, 3].map((n) => () => (total += n));
adders[2]();
adders[0]();
adders[2]();
console.log("total", total);
