// Checks NaN, Infinity, -0 semantics in arithmetic, comparisons, isNaN/isFinite and printing.
const nan = 0 / 0;
console.log(nan, typeof nan, nan === nan, nan !== nan, nan == nan);
console.log(isNaN(nan), isNaN(5), isNaN("abc"), isNaN("12"), Number.isNaN("abc"), Number.isNaN(nan));
console.log(1 / 0, -1 / 0, Infinity - Infinity, Infinity * 0, Infinity / Infinity);
console.log(isFinite(1e308), isFinite(1e308 * 10), isFinite(nan), Number.isFinite("5"), isFinite("5"));
console.log(Infinity > 1e308, -Infinity < -1e308, Infinity === Infinity, Infinity + 1 === Infinity);
console.log(nan < 1, nan > 1, nan <= nan, nan >= 1, nan == 0);
console.log(0 === -0, 0 == -0, Object.is(0, -0), Object.is(nan, nan), Object.is(1, 1));
console.log(-0 < 0, -0 > 0, 1 / -0 < 0);
console.log(Math.max(nan, 1), Math.min(Infinity, 5), Math.abs(-Infinity));
console.log("str: " + nan + " " + Infinity + " " + -Infinity + " " + -0);
console.log([nan, Infinity, -Infinity, -0, 0]);
console.log(String(-0), (-0).toString(), `${-0}`, String(nan), String(-Infinity));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON > 0, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(parseInt("abc"), parseFloat("x1"), Number("1x"), Number(""), Number(" "), Number(undefined), Number(null));

// safe division that reports special cases
function divide(a, b) {
  const r = a / b;
  if (r !== r) return "undefined result";
  if (r === Infinity) return "+inf";
  if (r === -Infinity) return "-inf";
  if (r === 0 && 1 / r < 0) return "negative zero";
  return r;
}
const pairs = [[1, 2], [1, 0], [-1, 0], [0, 0], [0, -5], [-0, 5], [9, 3]];
for (const [a, b] of pairs) {
  console.log(a + "/" + b + " ->", divide(a, b));
}
// NaN propagation in reductions
const vals = [1, 2, nan, 4];
let total = 0;
for (const v of vals) total += v;
console.log("total with NaN:", total);
let cleaned = 0;
for (const v of vals) if (v === v) cleaned += v;
console.log("total cleaned:", cleaned);
console.log([1, nan, 3].indexOf(nan), [0].indexOf(-0));
console.log(nan ? "truthy" : "falsy", 0 ? "truthy" : "falsy", -0 ? "truthy" : "falsy", Infinity ? "truthy" : "falsy");
