// Checks higher-order functions: compose, curry, partial application, callbacks, returning closures.
const compose = (...fns) => (x) => {
  let v = x;
  for (let i = fns.length - 1; i >= 0; i--) v = fns[i](v);
  return v;
};
const pipe = (...fns) => (x) => fns.reduce((v, f) => f(v), x);
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
const sq = (x) => x * x;
console.log(compose(inc, dbl)(5), pipe(inc, dbl)(5), compose(sq, inc, dbl)(3), pipe()(42));

function curry3(f) {
  return (a) => (b) => (c) => f(a, b, c);
}
const vol = curry3((l, w, h) => l * w * h);
console.log(vol(2)(3)(4), vol(1.5)(2)(2));
const partial = (f, ...fixed) => (...rest) => f(...fixed, ...rest);
const greet = (greeting, name, punct) => greeting + ", " + name + punct;
const hello = partial(greet, "Hello");
const helloBob = partial(greet, "Hi", "Bob");
console.log(hello("Ann", "!"), helloBob("?"));

// callbacks with early exit
function findFirst(arr, pred) {
  for (let i = 0; i < arr.length; i++) {
    if (pred(arr[i], i)) return { index: i, value: arr[i] };
  }
  return null;
}
console.log(findFirst([3, 8, 12, 5], (x) => x > 7), findFirst([1, 2], (x) => x > 9));

// function returning different functions based on argument
function op(sym) {
  switch (sym) {
    case "+": return (a, b) => a + b;
    case "-": return (a, b) => a - b;
    case "*": return (a, b) => a * b;
    case "/": return (a, b) => a / b;
    default: return () => NaN;
  }
}
const exprs = [["+", 6, 3], ["-", 6, 3], ["*", 6, 3], ["/", 6, 3], ["%", 6, 3], ["/", 1, 3]];
for (const [s, a, b] of exprs) console.log(a, s, b, "=", op(s)(a, b));

// repeat a function n times
function times(n, f) {
  return (x) => {
    for (let i = 0; i < n; i++) x = f(x);
    return x;
  };
}
console.log(times(10, dbl)(1), times(0, dbl)(7), times(3, (s) => s + "ab")("x"));

// function that takes and returns functions: memoized unary
function counted(f) {
  let n = 0;
  const g = (x) => {
    n++;
    return f(x);
  };
  return [g, () => n];
}
const [csq, count] = counted(sq);
[1, 2, 3, 4].map(csq);
csq(10);
console.log("count", count());

// zipWith and unfold
const zipWith = (f, xs, ys) => {
  const out = [];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) out.push(f(xs[i], ys[i]));
  return out;
};
console.log(zipWith((a, b) => a * b, [1, 2, 3], [4, 5, 6, 7]));
const unfold = (f, seed) => {
  const out = [];
  let r = f(seed);
  while (r !== null) {
    out.push(r[0]);
    r = f(r[1]);
  }
  return out;
};
console.log(unfold((n) => (n > 40 ? null : [n, n * 3]), 1));
console.log(typeof compose, typeof compose(inc), typeof compose(inc)(1));
