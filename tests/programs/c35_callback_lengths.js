// The array methods that call a callback read the length once, before the first
// call: elements the callback appends are not visited, and an index the callback
// removed (by pop, or by a shorter `length`) is skipped, as is a hole. find and
// findIndex visit every index below the first length, a missing one as undefined.
// The build once read the length at every step, and map and findIndex misread a
// shrinking array.
function grow(arr, to) {
  if (arr.length < to) arr.push(arr.length * 10);
}

const a = [1, 2, 3];
let visits = 0;
a.forEach((x) => { visits++; grow(a, 8); });
console.log("forEach", visits, a.join(","));

const b = [1, 2, 3];
console.log("map", b.map((x) => { grow(b, 8); return x * 2; }), b.length);
const b2 = [1, 2, 3, 4];
console.log("map shrinking", b2.map((x) => { b2.pop(); return x * 2; }));

const c = [1, 2, 3];
console.log("filter", c.filter((x) => { grow(c, 8); return x > 0; }));
const c2 = [5, 6, 7, 8];
console.log("filter shrinking", c2.filter((x) => { c2.length = 2; return true; }));

const d = [1, 2, 3];
let someCalls = 0;
console.log("some", d.some((x) => { someCalls++; grow(d, 9); return false; }), someCalls);
const e = [1, 2, 3];
let everyCalls = 0;
console.log("every", e.every((x) => { everyCalls++; grow(e, 9); return true; }), everyCalls);
const e2 = [1, 2, 3, 4];
console.log("every shrinking", e2.every((x) => { e2.pop(); return x < 3; }));

const f = [1, 2, 3];
console.log("find", f.find((x) => { grow(f, 9); return x > 50; }), f.length);
const f2 = [1, 2, 3, 4];
const found = [];
console.log("find shrinking", f2.find((x) => { f2.pop(); found.push(x); return false; }), found);
const g = [1, 2, 3, 4];
console.log("findIndex shrinking", g.findIndex((x) => { g.pop(); return x === undefined; }));

const h = [1, 2, 3, 4];
console.log("reduce", h.reduce((s, x) => { grow(h, 12); return s + x; }, 0));
const h2 = [1, 2, 3, 4];
console.log("reduce shrinking", h2.reduce((s, x) => { h2.pop(); return s + x; }));
const h3 = [5, 6, 7, 8, 9];
console.log("reduceRight shrinking", h3.reduceRight((s, x, i, arr) => { arr.length = 2; return s + "/" + x + "@" + i; }, ""));

const k = [1, 2, 3];
console.log("flatMap", k.flatMap((x) => { grow(k, 9); return [x, -x]; }));

// holes made without hole literals: a sparse array and a removed tail
const sparse = new Array(5);
sparse[1] = "b";
sparse[3] = "d";
console.log("holes", sparse.map((x) => x + "!"), sparse.filter(() => true), sparse.flatMap((x) => [x]));
console.log("holes reduce", sparse.reduce((s, x) => s + x), sparse.reduceRight((s, x) => s + x));
let holeCalls = 0;
sparse.forEach(() => { holeCalls++; });
console.log("holes forEach", holeCalls, sparse.some((x) => x === undefined), sparse.every((x) => typeof x === "string"));
console.log("holes find", sparse.find((x) => x === undefined), sparse.findIndex((x) => x === undefined));
try {
  new Array(3).reduce((s, x) => s + x);
} catch (err) {
  console.log(err.constructor.name, err.message);
}
