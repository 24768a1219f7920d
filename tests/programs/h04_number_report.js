// Number formatting as a report generator uses it: toFixed, toPrecision, radix strings, exponents, -0, NaN, int edges.
const values = [0, -0, 1, -1, 0.1, 0.5, 1.5, 2.5, -2.5, 1e21, 1e-7, 123.456, -123.456, 1 / 3, 2 / 3, 1e300 * 10,
  -Infinity, NaN, 2 ** 31, 2 ** 32 + 5, -(2 ** 31) - 1, 9007199254740993, 0.000001, 1.005, 255, 4096.75];
for (const v of values) {
  console.log(String(v), v.toFixed(2), v.toPrecision(4), (v * 3).toPrecision(2),
    Number.isInteger(v) ? v.toString(16) : "frac", Object.is(v, -0));
}
const ints = [0, 1, 7, 255, 1023, 65535, 123456789, 2147483647];
console.log(ints.map(n => n.toString(2)).join(" | "));
console.log(ints.map(n => n.toString(36)).join(" "));
console.log(ints.map(n => (-n).toString(16)).join(" "));
const big = [2147483647 + 1, 4294967295, 4294967296, -2147483648, 1e10];
for (const b of big) {
  console.log(b, b | 0, b >>> 0, b >> 1, b << 1, ~b, b % 7, -b % 7, Math.floor(-b / 3), Math.trunc(-b / 3));
}
console.log(-7 % 3, 7 % -3, -7.5 % 2, 5.5 % -2, 0 % 5, -0 % 5, Object.is(-0 % 5, -0));
console.log(Math.floor(-0.5), Math.ceil(-0.5), Math.round(-0.5), Math.round(2.5), Math.round(-2.5), Math.round(-2.6));
console.log(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 100 * 1.1, 3 * 1.1, 1e16 + 1, 2 ** 53 + 2);
console.log(1 / 0, -1 / 0, 0 / 0, -0, [-0], [0, -0], { z: -0 }, `${-0}`, JSON.stringify(-0), String(-0));
console.log(123e-20, 1e21, 1e-6, 1.5e-7, 123456789012345680000, 0.000123, 5e-324, 1.7976931348623157e308);
console.log(parseInt("42px"), parseInt("-0x1f"), parseInt("1010", 2), parseFloat("3.14abc"), Number("  12  "), Number(""), Number("1e3"), +"0b101", +"abc");
console.log((25).toString(2).padStart(8, "0"), (0xff).toString(2).length, (1234.5678).toFixed(0), (0.000001234).toPrecision(2), (123456).toPrecision(2));
console.log((1.45).toFixed(1), (1.55).toFixed(1), (8.345).toFixed(2), (10.235).toFixed(2), (-1.5).toFixed(0), (1e21).toFixed(2));
let acc = 0;
for (let i = 0; i < 100; i++) acc = (acc * 31 + i) | 0;
console.log(acc, acc >>> 0, (acc >>> 0).toString(16), acc & 0xffff, acc ^ -1);
let h = 2166136261;
for (const ch of "hello world") { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619) >>> 0; }
console.log(h, h.toString(16));
