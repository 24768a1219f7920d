// Number formatting past 28 significant digits (toFixed up to 100 places,
// toPrecision and toExponential up to 100 digits) and trim of every JavaScript
// white space character.
const xs = [123456789.5, 0.1, 123.456, 1 / 3, 2 ** 60, 1e-300, 1e20, 5e-324, 1.7976931348623157e308, 0.000001234];
for (const x of xs) {
  console.log(x.toFixed(20), x.toFixed(50).length, x.toPrecision(40), x.toPrecision(100).length, x.toExponential(100).length, x.toExponential(60));
}
console.log((1e20).toFixed(100));
const s = "\u3000\u1680x\u2000\u200a\u2028\u2029\u202f\u205f\ufeff";
console.log(JSON.stringify([s.trim(), s.trimStart(), s.trimEnd()]), Number("\u200512\u2028"), "\u180ex".trim().length);
