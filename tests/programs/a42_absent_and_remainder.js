// Checks reads that find no value (a hoisted var before its assignment, a
// property added after construction, a missing dictionary key, a missing
// literal key) and the remainder operator on fractions, huge and tiny numbers.
function hoisted() {
  console.log(x, typeof x);
  var x = 5;
  return x;
}
console.log(hoisted());
class P {
  constructor() { this.a = 1; }
  init() { this.b = 2; }
}
const p = new P();
console.log(p.b, p.b === undefined);
p.init();
console.log(p.b + 1);
const o = { k: 3 };
console.log(o.z, o.k + 1, o.z === undefined);
const counts = {};
for (const w of ["a", "b", "a", "c", "a"]) {
  if (counts[w] === undefined) counts[w] = 0;
  counts[w]++;
}
console.log(counts, counts.zz);
function lateVar(flag) {
  if (flag) var node = new P();
  return node === undefined ? "none" : node.a;
}
console.log(lateVar(false), lateVar(true));

const vals = [5.5, -5.5, 1e300, -1e-300, 5e-324, 1e-310, 3.14159, 0.1, 0.3, 1e15 + 0.5, -0.0000123, 7,
  1.7976931348623157e308, 2.2250738585072014e-308, -0, 2 ** 53, 2 ** 53 + 2];
let rem = [];
for (const a of vals) for (const b of vals) rem.push(a % b);
console.log(rem.join(" "));
let x = 12345.678;
let sum = 0;
for (let i = 0; i < 2000; i++) {
  x = (x * 1.0001 + 0.37) % 977.3;
  sum += x;
}
console.log(sum, -7.5 % 2, 7.5 % -2, Object.is(-4 % 2, -0));
