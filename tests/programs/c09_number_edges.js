// Checks number formatting edge cases: toFixed, integer division, negative modulo, bitwise ops, Math.round .5, -0, extremes, NaN.
console.log(0.1 + 0.2, 0.1 + 0.2 === 0.3, (0.1 + 0.2).toFixed(2));
console.log("fixed: " + (1.005).toFixed(2) + " " + (2.5).toFixed(0) + " " + (1.45).toFixed(1) + " " + (-1.5).toFixed(0) + " " + (123.456).toFixed(5));
console.log("fixed big: " + (1e21).toFixed(2) + " " + (0).toFixed(3) + " " + (-0.0001).toFixed(2));

const divs = [[7, 2], [-7, 2], [7, -2], [-7, -2], [1, 3]];
for (const [a, b] of divs) {
  console.log(`${a}/${b}: trunc=${Math.trunc(a / b)} floor=${Math.floor(a / b)} bit=${(a / b) | 0} mod=${a % b} emod=${((a % b) + b) % b}`);
}
console.log("mod floats: " + (5.5 % 2) + " " + (-5.5 % 2) + " " + (5 % 0) + " " + (0 % 5));

console.log("bitwise: " + (5 & 3) + " " + (5 | 3) + " " + (5 ^ 3) + " " + ~5 + " " + (1 << 31) + " " + (1 << 32) + " " + (-1 >>> 0) + " " + (-16 >> 2) + " " + (-16 >>> 28));
console.log("to int32: " + (2147483648 | 0) + " " + (4294967297 | 0) + " " + (3.9 | 0) + " " + (-3.9 | 0) + " " + (NaN | 0) + " " + (Infinity | 0));

const halves = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994];
console.log("round: " + halves.map((x) => Math.round(x)).join(" "));
console.log("ceil/floor: " + Math.ceil(-0.5) + " " + Math.floor(-0.5) + " " + Math.ceil(1.0000001) + " " + Math.floor(-1e-9));

const negZero = -0;
console.log(negZero, "" + negZero, String(negZero), negZero === 0, 1 / negZero, Object.is(negZero, 0));
console.log(Math.round(-0.4), [negZero].join(","), (negZero).toFixed(1), 0 * -5, -0 + 0);

console.log(1e21, 1e20, 123456789012345680000, 2 ** 53, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER);
console.log(1e-6, 1e-7, 0.000001234, 5e-324, Number.MAX_VALUE, Number.MIN_VALUE);
console.log("concat: " + 1e21 + " " + 1e-7 + " " + 1 / 3 + " " + 2 / 3 + " " + 100 / 7);
console.log(-1e-7, 1.5e300 * 1e10, -1.5e300 * 1e10, 1 / 0, -1 / 0);

const nan = 0 / 0;
console.log("NaN: " + nan + " " + (nan === nan) + " " + (nan !== nan) + " " + (nan < 1) + " " + (nan >= 1) + " " + isNaN(nan) + " " + Number.isNaN("x") + " " + isNaN("x"));
console.log("NaN math: " + Math.max(1, nan) + " " + Math.min() + " " + Math.max() + " " + [nan].indexOf(nan) + " " + [nan].includes(nan));

console.log("parse: " + parseInt("42px") + " " + parseInt("0x1F") + " " + parseInt("101", 2) + " " + parseFloat("3.14abc") + " " + Number("") + " " + Number(" 12 ") + " " + Number("1e3") + " " + parseInt("abc"));
console.log("toString: " + (255).toString(16) + " " + (255).toString(2) + " " + (-255).toString(36) + " " + (0.5).toString(2) + " " + (1e21).toString());

let acc = 0;
for (let i = 0; i < 10; i++) acc += 0.1;
console.log("sum of ten 0.1: " + acc + " rounded " + Math.round(acc * 1e10) / 1e10);
console.log("int overflow-ish: " + (2147483647 + 1) + " " + ((2147483647 + 1) | 0) + " " + Math.imul(65536, 65536) + " " + Math.imul(3, -7));
console.log("exp: " + 2 ** 10 + " " + 2 ** -1 + " " + (-2) ** 3 + " " + Math.pow(0, 0) + " " + Math.sqrt(-1) + " " + Math.abs(-0));
console.log("compare: " + (1 < 2 < 3) + " " + (3 > 2 > 1) + " " + ("10" < "9") + " " + (10 < 9) + " " + ("10" < 9) + " " + (null >= 0) + " " + (undefined == 0));
