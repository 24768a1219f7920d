// Array methods called with a function literal run their loop in place and call
// the literal directly (codegen/callbacks.py); any receiver that is not an array
// at run time takes the ordinary method call. Each case here must print what
// node prints: arrays, and receivers of other kinds under the same call.
class Bag {
  constructor(items) {
    this.items = items;
    this.visits = 0;
  }

  forEach(f) {
    for (const x of this.items) f(x * 100);
  }

  map(f) {
    return "Bag.map of " + this.items.length + " gave " + f(this.items[0]);
  }

  total() {
    let sum = 0;
    this.items.forEach((x) => {
      this.visits++;
      sum += x;
    });
    return sum + this.items.reduce((acc, x) => acc * x, 1);
  }
}

function receivers() {
  return [[1, 2, 3], new Bag([4, 5]), new Map([["k", 6]]), new Set([7, 8]), { forEach: (f) => f("own") }];
}

for (const r of receivers()) {
  const seen = [];
  r.forEach((x) => seen.push(x));
  console.log("forEach", seen);
}
for (const r of [[9, 8], new Bag([3])]) {
  console.log("map", r.map((x) => x + 1));
}

const bag = new Bag([1, 2, 3, 4]);
console.log("arrows see the method's this", bag.total(), bag.visits);

// every method, with captured variables written inside the callback
const xs = [5, 3, 8, 1, 9, 2];
let calls = 0;
console.log(xs.map((x, i) => { calls++; return x * i; }), calls);
console.log(xs.filter((x) => x > calls / 2), xs.some((x) => x === 8), xs.every((x) => x > 0));
console.log(xs.find((x) => x > 5), xs.findIndex((x) => x > 5), xs.find((x) => x > 50), xs.findIndex((x) => x > 50));
console.log(xs.reduce((a, b) => a + b), xs.reduce((a, b) => a + b, 100), xs.reduce((a, b) => (a > b ? a : b)));
console.log(xs.reduce((acc, x, i, arr) => acc + (arr === xs ? i : -1000), 0));
console.log(xs.reduce((acc, ...rest) => acc + rest.length, 0), xs.reduce(function (acc, x, i, a) { return acc + a.length; }, 0));

// the receiver is evaluated before the initial value, which is evaluated before the length is read
let order = [];
function recv() { order.push("receiver"); return xs; }
function start() { order.push("init"); xs.push(10); return 0; }
console.log(recv().reduce((a, b) => a + b, start()), order.join(" > "), xs.length);

// a thrown exception leaves the loop, and the caller sees the array as it was left
const ys = [1, 2, 3, 4];
try {
  ys.forEach((y) => {
    if (y === 3) throw new Error("stop at " + y);
    ys[y - 1] = -y;
  });
} catch (err) {
  console.log(err.message, ys);
}

// a named function expression may call itself; nested literals each run in place
console.log([3, 4].map(function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }));
const grid = [[1, 2], [3, 4], [5]];
let cells = 0;
grid.forEach((row, r) => row.forEach((v, c) => { cells += v * (r + 1) * (c + 1); }));
console.log("grid", cells, grid.map((row) => row.filter((v) => v % 2 === 1).length));

// return inside the callback ends that call only; default parameters apply
console.log([1, 2, 3].map((x, i, a, extra = "d") => { if (x === 2) return extra; return x; }));

// a callback made in a loop closes over that iteration's binding
const makers = [];
[10, 20].forEach((base) => { makers.push(() => base + 1); });
console.log(makers.map((m) => m()));

// holes, undefined elements and a receiver that is null
const sparse = new Array(4);
sparse[2] = undefined;
console.log(sparse.map((x) => typeof x), sparse.filter(() => true).length, sparse.findIndex((x) => x === undefined));
let nothing = null;
try {
  nothing.forEach((x) => x);
} catch (err) {
  console.log(err.constructor.name, err.message);
}
try {
  [1].forEach(5);
} catch (err) {
  console.log(err.constructor.name, err.message);
}

// a callback that is not a function: node names the value
class Pt {
  constructor() {
    this.x = 1;
  }
}
for (const v of [5, "abc", null, undefined, {}, [1, 2], true, 1.5, new Pt(), new Map()]) {
  for (const call of [(f) => [1].forEach(f), (f) => [1].map(f), (f) => [].reduce(f), (f) => [1].find(f)]) {
    try {
      call(v);
    } catch (err) {
      console.log(err.message);
    }
  }
}
for (const call of [() => [2, 1].sort(3), () => [1].flatMap(null), () => Array.from([1], 2), () => [1].reduceRight(-0)]) {
  try {
    call();
  } catch (err) {
    console.log(err.constructor.name, err.message);
  }
}
