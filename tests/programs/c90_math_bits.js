// Math.clz32 and Math.fround, computed in the module (bits of ToUint32, float32 rounding).
const xs = [0, 1, -1, 2 ** 31, 2 ** 32 + 5, 0.5, NaN, Infinity, -0, 1e-40, 3.4e39, 16777217, 1 / 3];
console.log(xs.map((x) => Math.clz32(x)), Math.clz32());
console.log(xs.map((x) => Math.fround(x)), Math.fround());
console.log(typeof Math.clz32, typeof Math.fround);
console.log(Math.E, Math.LN10, Math.LN2, Math.LOG10E, Math.LOG2E, Math.PI, Math.SQRT1_2, Math.SQRT2);
