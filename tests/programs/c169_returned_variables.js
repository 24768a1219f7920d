// A function that returns a variable of literals by value (analysis/passing.py,
// Results): the variable takes the function's layout, which may be wider than
// its literal's own type (`{value: w}` where the family's `value` also holds
// undefined). When it cannot (a function that may also return null), the
// function returns real objects. (tests/test_passing.py has the top-level form
// of the first, which built to an internal error before.)
function windows(n) {
  let i = 0;
  return {
    next() {
      if (i >= n) return { value: undefined, done: true };
      const w = { from: i, to: i + 2 };
      i++;
      const res = { value: w, done: false };
      if (res.value.from > 100) i = n;
      return res;
    },
  };
}

function f(c) {
  if (c > 2) return null;
  const o = { a: c, b: 2 };
  return o;
}

function g(c) {
  let o = { a: c, b: 1 };
  if (c > 1) o = { a: 0, b: c };
  return o;
}

function main() {
  const it = windows(5);
  let t = 0;
  for (let r = it.next(); !r.done; r = it.next()) {
    const x = r.value;
    t += x.to - x.from + x.from;
  }
  for (let i = 0; i < 5; i++) {
    const r = f(i);
    if (r !== null) t += r.a + r.b;
    const q = g(i);
    t += q.a * q.b;
  }
  const all = [];
  const it2 = windows(3);
  for (;;) {
    const r = it2.next();
    all.push(r);
    if (r.done) break;
  }
  return t + " " + JSON.stringify(all);
}
console.log(main());
