// `===` between a number and another value evaluates its operands left to right
// (the build once evaluated the non-number side first), and ToInt32 of every kind
// of number, which the build now truncates inline inside ±2^31.
const log = [];
function n(v) { log.push("n" + v); return v; }
function a(v) { log.push("a" + v); return v; }
const xs = [1, 2.5, "3", null, undefined, true];
let i = 0;
console.log(n(1) === a(xs[0]), a(xs[1]) === n(2.5), n(3) !== a(xs[2]), (i++ * 1) === xs[i]);
console.log(n(0) === a(xs[3]), a(xs[4]) !== n(0), n(1) === a(xs[5]), a(2 ** 40) === n(2 ** 40));
console.log(log.join(" "));

const edges = [2 ** 31, -(2 ** 31), 2 ** 32 + 5, 3.9, -3.9, NaN, Infinity, -Infinity, -0, 2 ** 31 - 1,
  1e20, -2147483648.5, 2147483647.9, -2147483649, 4294967295, 0.5, -0.5];
console.log(edges.map((x) => x | 0).join(" "));
console.log(edges.map((x) => x >> 1).join(" "));
console.log(edges.map((x) => x >>> 0).join(" "));
console.log(edges.map((x) => (x & 0xff) + "/" + (x ^ 1) + "/" + ~x).join(" "));

let h = 0;
for (const c of "a string hashed the usual way") h = (h * 31 + c.charCodeAt(0)) | 0;
console.log(h, h >>> 0, h ^ 0x5bd1e995, ~h, h << 3, h >> 5);

// booleans read back from arrays and fields, tested inline
const flags = [true, false, true];
let count = 0;
for (let k = 0; k < 5; k++) if (flags[k]) count++;
const o = { on: false, off: 0, name: "", list: [] };
console.log(count, !!o.on, !!o.off, !!o.name, !!o.list, flags[9] ? "y" : "n", !flags[1]);
