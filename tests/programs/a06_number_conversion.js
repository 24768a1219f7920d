// Checks number<->string conversion: String, '' + x, toString, toFixed, parseInt, parseFloat, Number.
const nums = [0, 7, -7, 3.14159, 2.5, 1e21, 1e-7, 255, 0.1 + 0.2, 1234.5678];
for (const n of nums) {
  console.log(String(n), "" + n, n.toString(), n.toFixed(2), n.toFixed(0));
}
console.log((255).toString(16), (255).toString(2), (-255).toString(16), (35).toString(36), (8).toString(8));
console.log((1.005).toFixed(2), (1.45).toFixed(1), (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0));
console.log((123.456).toFixed(4), (0).toFixed(3), (-1.5).toFixed(1), (1e-10).toFixed(5), (-0.0001).toFixed(2));

console.log(parseInt("42"), parseInt("42px"), parseInt("-17"), parseInt("3.99"), parseInt("  12"));
console.log(parseInt("ff", 16), parseInt("101", 2), parseInt("z", 36), parseInt("08"), parseInt(""));
console.log(parseFloat("3.14"), parseFloat("3.14abc"), parseFloat("-0.5"), parseFloat(".25"), parseFloat("1e3"));
console.log(Number("42"), Number("3.5"), Number("-0"), Number("abc"), Number(true), Number(false), Number("1e3"));

// string arithmetic coercion
console.log("5" * "4", "10" - 3, "10" + 3, 3 + "10", 1 + 2 + "3", "1" + 2 + 3, "6" / "2", "7" % "4");
console.log(true + 1, null + 1, undefined + 1, "x" - 1, false + false, "" - 1);

// digits of a number via string
function digitSum(n) {
  const s = String(n);
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) sum += c - 48;
  }
  return sum;
}
console.log("digit sums:", digitSum(12345), digitSum(-908), digitSum(999));

// format money with toFixed and manual commas
function money(x) {
  const fixed = Math.abs(x).toFixed(2);
  const dot = fixed.indexOf(".");
  let intPart = fixed.substring(0, dot);
  let out = "";
  let count = 0;
  for (let i = intPart.length - 1; i >= 0; i--) {
    out = intPart[i] + out;
    count++;
    if (count % 3 === 0 && i > 0) out = "," + out;
  }
  return (x < 0 ? "-$" : "$") + out + fixed.substring(dot);
}
console.log(money(0), money(5.5), money(1234.567), money(-9876543.21), money(1000000));

// round trip
const samples = ["0.1", "100", "-2.75", "1e21", "6.02e23"];
for (const s of samples) {
  const v = Number(s);
  console.log(s, "->", v, "->", String(v), String(v) === s);
}
