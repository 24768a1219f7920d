// Checks how numbers print via console.log and string concatenation (exponents, large/small, -0).
const values = [
  0, -0, 1, -1, 1.5, 100, 1e21, 1e20, 123456789012345680000, 1e-7, 1e-6,
  0.000001234, 1.5e-10, 2.5e+30, 9007199254740991, 9007199254740992,
  0.1, 1 / 3, 123.456, -98.765, 5e-324, 1.7976931348623157e308, 4294967296,
  2147483647, -2147483648, 1e100, 12345678.9, 0.5e-6
];
for (let i = 0; i < values.length; i++) {
  const v = values[i];
  console.log(i, v, "str:" + v, `tpl:${v}`);
}
console.log([0, -0, 1e21, 1e-7]);
console.log("neg zero concat: " + -0 + " and " + (0 * -1));
console.log(-0);
console.log(0 * -5, -0 + 0, -0 - 0);
console.log(1 / -0, 1 / (0 * -1));
console.log(Math.round(-0.4), Math.ceil(-0.5), Math.trunc(-0.9));
let big = 1;
for (let i = 0; i < 25; i++) {
  big *= 10;
  if (i % 4 === 0) console.log("10^" + (i + 1) + " = " + big);
}
let small = 1;
for (let i = 0; i < 10; i++) {
  small /= 10;
}
console.log("1e-10 computed:", small);
console.log(0.1 * 3, 0.7 + 0.1, 3 * 1.1);
console.log(100 / 3, 1000000 / 7, 22 / 7);
// numbers near exponent switch-over points
const edges = [999999999999999900000, 1e-6 * 0.999, 0.00001, 1.0e+0, 2 / 1e7, 12e20];
for (const v of edges) console.log(v, String(v).length);
