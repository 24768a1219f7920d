// Whole copies `const v = x.slice()` that nothing keeps reuse one array of
// their own (analysis/reuse.py, reusable_slices); the ones that are kept do not.

function drain(pool) {
  // a work list copied from the pool, consumed and refilled: the copy is reusable
  const work = pool.slice();
  let seen = 0;
  while (work.length > 0) {
    const x = work.shift();
    seen += x;
    if (x > 2) work.push(x - 3);
  }
  return seen;
}

function copies(xs) {
  // the copy is independent of the original, and empty after an empty source
  const c = xs.slice();
  c.push(0);
  xs[0] = -1;
  return [c.join(","), xs.join(","), c.length];
}

function kept(xs, into) {
  // the copy is stored: a new array every time
  const c = xs.slice();
  into.push(c);
  return c.length;
}

function recursive(xs, depth) {
  // each activation holds its own copy while the inner one runs
  const c = xs.slice();
  if (depth > 0) recursive(xs, depth - 1);
  c.push(depth);
  return c.join(",");
}

function strings(s) {
  // a string's slice is a string: the ordinary call
  const c = s.slice();
  return typeof c + ":" + c;
}

function throwing(xs) {
  const c = xs.slice();
  if (c.length > 2) throw new Error("too long: " + c.length);
  return c.length;
}

let total = 0;
for (let i = 0; i < 5; i++) total += drain([i, i + 1, i + 2]);
console.log(total, drain([]));
console.log(copies([5, 6]), copies([]), copies([7]));
const store = [];
console.log(kept([1, 2], store), kept([3], store), store);
console.log(recursive([9, 8], 2));
console.log(strings("abc"), strings(""));
for (const xs of [[1], [1, 2, 3], [4, 5]]) {
  try {
    console.log(throwing(xs));
  } catch (e) {
    console.log(e.message);
  }
}
