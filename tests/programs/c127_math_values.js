// Math functions read as values: each one's name, length and results over every
// kind of argument list, as callbacks, in tables, through apply and call, and the
// order of the arguments' conversions.
const fs = [Math.max, Math.min, Math.abs, Math.sqrt, Math.floor, Math.ceil, Math.round, Math.trunc, Math.sign, Math.pow,
  Math.imul, Math.clz32, Math.fround, Math.sin, Math.atan2, Math.log2, Math.exp, Math.cbrt];
for (const f of fs) {
  console.log(f.name, f.length, f(), f(-2.5), f(7, 3), f(1, 2, 3, 4, 9, -1), f("4", { valueOf() { return 2; } }), f(NaN, 1), f(-0, 0));
}
console.log([1.5, -2.7, 9].map(Math.floor), [4, 9, 16].map(Math.sqrt), [3, 7, 1].reduce((a, b) => Math.max(a, b)));
console.log([3, 7, 1].reduce(Math.max), Math.max === Math.max, typeof Math.min);
const table = { max: Math.max, min: Math.min, sq: Math.sqrt };
console.log(table.max(1, 5, 3), table.min(4, 2), table["sq"](81), Math.max.apply(null, [1, 8, 3]), Math.min.call(null, 4, 1));
const order = [];
const v = (x) => ({ valueOf() { order.push(x); return x; } });
console.log(Math.max(v(1), v(NaN), v(3)), Math.min(v(5), v(2)), order.join(","));
const m = Math.max; order.length = 0;
console.log(m(v(1), v(NaN), v(3)), order.join(","), [Math.max][0](2, 9));
