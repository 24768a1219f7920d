// Checks closures: per-iteration let bindings, counters, memoization, factories, and stored callbacks called later.
const fns = [];
for (let i = 0; i < 5; i++) {
  fns.push(() => i * i);
}
console.log("let per iteration: " + fns.map((f) => f()).join(","));

const shared = [];
var j;
for (j = 0; j < 3; j++) {
  shared.push(function () { return j; });
}
console.log("var shared: " + shared.map((f) => f()).join(","));

const loopBodies = [];
for (let k = 0; k < 3; k++) {
  loopBodies.push(() => k);
  k++;
}
console.log("let with body update: " + loopBodies.map((f) => f()).join(","));

function makeCounter(start, step) {
  let value = start;
  return {
    next() { value += step; return value; },
    reset() { value = start; },
    peek: () => value,
  };
}
const c1 = makeCounter(0, 1);
const c2 = makeCounter(100, -10);
c1.next(); c1.next(); c2.next();
console.log("counters: " + c1.peek() + " " + c2.peek() + " " + c1.next() + " " + c2.next());
c1.reset();
console.log("after reset: " + c1.peek() + " " + c2.peek());

function memoize(fn) {
  const cache = {};
  let misses = 0;
  const wrapped = function (n) {
    if (!(n in cache)) {
      misses++;
      cache[n] = fn(n);
    }
    return cache[n];
  };
  wrapped.misses = () => misses;
  return wrapped;
}
const fib = memoize((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log("fib(40)=" + fib(40) + " misses=" + fib.misses());
console.log("fib(30)=" + fib(30) + " misses=" + fib.misses());

function multiplier(m) {
  return (x) => x * m;
}
const ops = { double: multiplier(2), triple: multiplier(3), neg: multiplier(-1) };
const names = Object.keys(ops);
let v = 5;
for (const name of names) {
  v = ops[name](v);
  console.log("after " + name + ": " + v);
}

// Event-like callbacks registered in a loop and fired later
const handlers = {};
function on(evt, cb) {
  if (!handlers[evt]) handlers[evt] = [];
  handlers[evt].push(cb);
}
const received = [];
for (const tag of ["a", "b", "c"]) {
  let count = 0;
  on("tick", () => { count++; received.push(tag + count); });
  on("done", () => received.push(tag + "=" + count));
}
for (let t = 0; t < 2; t++) {
  for (const cb of handlers.tick) cb();
}
for (const cb of handlers.done) cb();
console.log("events: " + received.join(" "));

// Closures capturing loop variable from for-of and a block inside while
const adders = [];
let n = 0;
while (n < 4) {
  const captured = n * 10;
  adders.push((x) => x + captured + n);
  n++;
}
console.log("while captures: " + adders.map((f) => f(1)).join(","));
const compose = (...fs) => (x) => fs.reduce((acc, f) => f(acc), x);
console.log("composed: " + compose(ops.double, adders[2], ops.neg)(7));
