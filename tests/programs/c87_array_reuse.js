// A `local` empty array literal bound to a let/const may give out the same
// array again (emptied) on its next run: in the next call of its function, or
// in the next iteration of a loop. Each part checks one way that could show.

// the common case: a scratch array per call
function pathTo(n) {
  const path = [];
  while (n > 1) {
    path.push(n);
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  }
  return path.length + ":" + path.slice(0, 4).join(",");
}
let collatz = "";
for (let i = 2; i < 12; i++) {
  collatz += pathTo(i) + " ";
}
console.log(collatz);

// recursion: the caller still holds its array while the callee runs
function depthList(d) {
  const seen = [];
  seen.push("d" + d);
  if (d > 0) {
    seen.push(depthList(d - 1));
  }
  seen.push("/" + d);
  return seen.join(" ");
}
console.log(depthList(3));
console.log(depthList(2));

// a loop gives out the array of the previous iteration again
function rows(n) {
  let out = "";
  for (let r = 0; r < n; r++) {
    const row = [];
    for (let c = 0; c <= r; c++) {
      row.push(r * c);
    }
    out += "[" + row.join(",") + "]";
  }
  return out;
}
console.log(rows(4));

// a literal with elements: they are pushed into the array given out, in order,
// also when evaluating one runs the function again
function walk(tree) {
  const todo = [tree, tree.length];
  const seen = [];
  while (todo.length > 0) {
    const t = todo.pop();
    if (Array.isArray(t)) {
      for (const x of t) {
        todo.push(x);
      }
    } else {
      seen.push(t);
    }
  }
  return seen.join(",");
}
function nested(n) {
  const here = [n, n > 0 ? nested(n - 1) : "end", n];
  return "(" + here.join(" ") + ")";
}
console.log(walk([1, [2, [3, 4]], 5]), walk([[6], 7]), nested(2), nested(1));

// an early return and an exception leave the function with the array taken
function firstNegative(xs) {
  const before = [];
  for (const x of xs) {
    if (x < 0) {
      return before.length;
    }
    if (Number.isNaN(x)) {
      throw new Error("NaN after " + before.join("+"));
    }
    before.push(x);
  }
  return -1;
}
console.log(firstNegative([1, 2, -3, 4]), firstNegative([5, 6]));
try {
  firstNegative([7, 8, NaN]);
} catch (e) {
  console.log(e.message);
}
console.log(firstNegative([9, -1]));

// holes and length changes on a given-out array look as on a fresh one
function shaped(k) {
  const a = [];
  a.push(k, k + 1, k + 2);
  a.length = 1;
  a[3] = "x";
  return a;
}
function shapedText(k) {
  const s = [];
  const a = shaped(k);
  for (let i = 0; i < a.length; i++) {
    s.push(i in a ? String(a[i]) : "hole");
  }
  return s.join(" ");
}
console.log(shapedText(1), "|", shapedText(2));

// a big array is not kept (its storage is dropped), and the next one starts empty
function big(n) {
  const a = [];
  for (let i = 0; i < n; i++) {
    a.push(i);
  }
  let sum = 0;
  for (const x of a) {
    sum += x;
  }
  return a.length + "/" + sum;
}
console.log(big(70000), big(3), big(0));

// not reused: the array is kept after the call (stored, returned, captured,
// put in another array, held by a second variable)
const kept = [];
function keep() {
  const a = [];
  a.push(kept.length);
  kept.push(a);
  return a.length;
}
function give() {
  const a = [];
  a.push(1);
  return a;
}
function capture() {
  const a = [];
  const add = (x) => a.push(x);
  add(1);
  add(2);
  return a.length;
}
function alias() {
  const a = [];
  let b = null;
  for (let i = 0; i < 3; i++) {
    const c = [];
    c.push(i);
    if (b === null) {
      b = c;
    }
    a.push(c.length);
  }
  return b.join() + ":" + a.join();
}
keep();
keep();
const g1 = give();
const g2 = give();
console.log(kept.map((a) => a.join()).join("|"), g1 === g2, capture(), capture(), alias(), alias());
