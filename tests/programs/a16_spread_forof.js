// Checks spread in array literals and calls, for-of over arrays and strings, and rest collection.
const a = [1, 2, 3];
const b = [4, 5];
const merged = [...a, ...b];
console.log(merged, merged.length);
const withExtras = [0, ...a, 99, ...b, 100];
console.log(withExtras.length, withExtras[0], withExtras[4], withExtras[7]);
const copy = [...a];
copy.push(4);
console.log(a, copy);
const chars = [..."héllo"];
console.log(chars);
console.log([..."a😀"].length, [...""].length);

function sum3(x, y, z) {
  return x + y + z;
}
console.log(sum3(...a), sum3(...[10, 20], 30), sum3(1, ...[2, 3]));
function total(...nums) {
  let t = 0;
  for (const n of nums) t += n;
  return t;
}
console.log(total(), total(...merged), total(...a, ...b, 6));
console.log(Math.max(...merged), Math.min(...b, -1));

// for-of with index via counter, break and continue
let idx = 0;
for (const v of [5, 10, 15, 20, 25]) {
  idx++;
  if (v === 10) continue;
  if (v === 25) break;
  console.log("item", idx, v);
}
// for-of over a string
let vowels = 0;
for (const ch of "programming language") {
  if ("aeiou".indexOf(ch) >= 0) vowels++;
}
console.log("vowels", vowels);
// for-of with destructuring
const pairs = [["x", 1], ["y", 2], ["z", 3]];
for (const [k, v] of pairs) console.log(k + "=" + v);
// for-of over array of objects with destructuring
const pts = [{ x: 1, y: 2 }, { x: -3, y: 4 }];
for (const { x, y } of pts) console.log("point", x, y, Math.abs(x) + Math.abs(y));
// mutation during for-of (push extends iteration)
const grow = [1, 2];
let iterations = 0;
for (const g of grow) {
  iterations++;
  if (g < 4) grow.push(g + 2);
}
console.log("grow", grow, "iterations", iterations);
// spread to clone then sort without affecting original
const orig = [3, 1, 2];
const sortedCopy = [...orig].sort((p, q) => p - q);
console.log(orig, sortedCopy);
// nested spread
const matrix = [[1, 2], [3, 4]];
const flat = [...matrix[0], ...matrix[1]];
console.log(flat, [...[...[7]]]);
// let in for-of creates fresh binding per iteration
const fns = [];
for (const n of [1, 2, 3]) fns.push(() => n * 100);
console.log(fns.map((f) => f()));
