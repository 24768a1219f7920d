// Checks array literals, push/pop, length read/write (truncate/extend-by-fill), new Array(n).fill, slice, indexOf.
const a = [10, 20, 30];
console.log(a, a.length, a[0], a[2], a[3]);
console.log(a.push(40), a.push(50, 60), a);
console.log(a.pop(), a.pop(), a.length, a);
a.length = 2;
console.log("truncated", a, a.length, a[2]);
a.length = 0;
console.log("emptied", a, a.length, a.pop());

const b = new Array(5).fill(0);
console.log(b, b.length);
for (let i = 0; i < b.length; i++) b[i] = i * i;
console.log(b);
const c = new Array(4);
for (let i = 0; i < c.length; i++) c[i] = "s" + i;
console.log(c);
const d = [1, 2, 3, 4, 5, 6];
d.fill(9, 2, 4);
console.log(d);
d.fill(7, -2);
console.log(d);
console.log(d.slice(1, 3), d.slice(-2), d.slice(), d.slice(4, 1), d.slice(-100, 1));
console.log(d.indexOf(9), d.indexOf(7), d.indexOf(42), d.indexOf(9, 3), d.lastIndexOf(9));

// writing at index == length appends
const e = [];
for (let i = 0; i < 5; i++) e[e.length] = i + 0.5;
console.log(e, e.length);

// stack and queue simulation with push/pop and index shifting
const stack = [];
const ops = ["push 3", "push 4", "pop", "push 5", "push 6", "pop", "pop"];
for (const op of ops) {
  if (op[1] === "u") {
    stack.push(Number(op.substring(5)));
  } else {
    const v = stack.pop();
    console.log("popped", v, "size", stack.length);
  }
}
console.log("stack left", stack);

// array identity vs copy
const orig = [1, 2, 3];
const alias = orig;
const copy = orig.slice();
alias.push(4);
copy[0] = 100;
console.log(orig, copy, orig === alias, orig === copy);

// array of mixed values
const mixed = [1, "two", true, null, undefined, 3.5];
console.log(mixed);
for (const m of mixed) console.log(typeof m);

// shrink by length then grow by push
const g = [5, 6, 7, 8, 9];
g.length = 3;
g.push(1);
console.log(g, g.length);
console.log(Array.isArray(g), Array.isArray("no"), [].length, [[]].length);
