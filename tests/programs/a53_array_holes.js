// Arrays with holes (new Array(n), writes past the end, a longer length): reads give
// undefined, the built-ins that skip holes skip them, console.log shows empty items.
const a = new Array(3);
console.log(a, a.length, Object.keys(a), 0 in a, "x" in a, "length" in a);
const b = []; b[4] = "e"; b[1] = "b";
console.log(b, b.length, Object.keys(b), b.indexOf(undefined), b.includes(undefined), b.lastIndexOf(undefined));
let calls = 0; b.forEach(() => calls++); console.log(calls, b.map(x => x + "!"), b.filter(() => true), b.some(x => x === undefined), b.every(x => typeof x === "string"));
console.log(b.reduce((acc, x) => acc + x, ""), b.reduce((acc, x) => acc + x), [1, 2, 3].concat(b), b.slice(0, 3), b.join("-"), [...b], Array.from(b));
const c = [5, 1]; c.length = 4; console.log(c, c.sort(), [3, undefined, 1].sort(), b.flat());
const d = new Array(5).fill(0); d[7] = 1; console.log(d, JSON.stringify(new Array(2)), new Array(3).map((x, i) => i));
for (const x of new Array(2)) console.log("of", x);
const h3 = [1, 2, 3]; h3.length = 5; h3[6] = 7; for (const k in h3) console.log("in", k);
const big = new Array(150); big[3] = 1; big[140] = 2; console.log(big);
const nums = new Array(10); for (let i = 0; i < 10; i++) if (i % 3) nums[i] = i * 1.5; console.log(nums);
console.log(new Array(3).reduce((a, b) => a + b, "init"));
try { new Array(2).reduce((a, b) => a + b); } catch (e) { console.log(e.message); }
const e = [1, 2, 3]; console.log(e.pop(), e.shift(), e, new Array(2).pop());
{ const a = new Array(3); let s = 0; for (let i = 0; i < 3; i++) { console.log(a[i]); a[i] = i; }
console.log(a, a[1] + a[2]); }
