// delete of an array element leaves a hole: the length stays, reads give undefined,
// iteration methods skip it, for-of and join see undefined.
const a = [1, 2, 3, 4];
console.log(delete a[1], a, a.length, a[1], 1 in a);
delete a[10];
delete a["2"];
console.log(a, a.indexOf(undefined), a.includes(undefined), Object.keys(a), JSON.stringify(a));
for (const k in a) console.log("key", k);
a.forEach((x, i) => console.log("each", i, x));
console.log(a.map((x) => x * 2), a.filter(() => true), a.join("-"));
const nums = [1.5, 2.5, 3.5];
delete nums[0];
let s = 0;
for (const x of nums) s += x === undefined ? 100 : x;
console.log(s, nums[0] + 1);
const objs = [{ v: 1 }, { v: 2 }];
delete objs[0];
console.log(objs, objs[0] === undefined, objs.length);
a.push(9);
console.log(a, a.pop(), a.pop());
const b = ["x", "y"];
delete b.foo;
console.log(b, delete b[5]);
const t = [1, 2];
delete t[0];
console.log(t[0], typeof t[0], t[1] * 2);
function sum(xs) {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}
const ys = [1, 2, 3];
console.log(sum(ys));
delete ys[2];
console.log(sum(ys));
class P { constructor() { this.items = [new P0(1), new P0(2)]; } }
class P0 { constructor(v) { this.v = v; } }
const p = new P();
delete p.items[0];
