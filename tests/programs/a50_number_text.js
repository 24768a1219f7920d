// Numbers to text and back: String(x) of many fractions (the module prints the
// easy ones itself, the host the rest) and JSON.parse of many number texts
// (the module converts the easy ones itself), all checked against node.

const fixed = [0.5, -0.5, 1.25, 0.1, 0.2, 0.1 + 0.2, 3.14159, -2.75, 1e-6, 1.5e-6, 9.5e-7, 123456.789,
  0.000123, 1 / 3, 2 / 3, 100.01, 4.35, 1.005, 9007199254740.5, 4503599627370495.5, 0.3, 1e-5, 12.5,
  99.99, 0.07, 1.7976931348623157e308, 5e-324, 2 ** 53 - 0.5, -1e-6, 0.000001234, 1e21 + 0.5, 123e-20];
console.log(fixed.map((x) => String(x)).join(" "));

let seed = 12345;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const scales = [1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 0.01, 0.1, 1, 10, 100, 1000, 1e4, 1e5, 1e6];
const powers = [1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7];
const lines = [];
for (let i = 0; i < 600; i++) {
  const v = rnd() * scales[Math.floor(rnd() * 14)];
  const d = Math.floor(rnd() * 8);
  const r = Math.round(v * powers[d]) / powers[d];
  lines.push([v, r, -r, r * 3, i / 7, i * 0.01, i + 0.125].map((x) => "" + x).join(" "));
}
console.log(lines.join("\n"));

// JSON.parse of number texts agrees with Number() of the same text
const texts = ["0", "-0", "1.5", "-2.25e3", "0.000123", "123.456e-7", "1E22", "1e23", "9.999999999999999e22",
  "123456789012345", "1234567890123456", "0.1", "0.30000000000000004", "5e-324", "2.2250738585072014e-308",
  "1.7976931348623157e308", "1e-22", "1e-23", "4.35", "100e-2", "0.00000000000000000000000001", "7e+0"];
for (let i = 0; i < 2000; i++) {
  const digits = 1 + Math.floor(rnd() * 17);
  let t = "";
  for (let j = 0; j < digits; j++) t += Math.floor(rnd() * 10);
  while (t.length > 1 && t[0] === "0") t = t.slice(1);
  const point = Math.floor(rnd() * (digits + 1));
  if (point > 0 && point < t.length) t = t.slice(0, point) + "." + t.slice(point);
  const e = Math.floor(rnd() * 60) - 30;
  texts.push(rnd() < 0.5 ? t : t + "e" + e);
}
let same = 0;
const differ = [];
for (const t of texts) {
  const a = JSON.parse(t);
  const b = Number(t);
  if (a === b && 1 / a === 1 / b) same++;
  else differ.push(t);
}
console.log(same, texts.length, differ.join(" "));
console.log(texts.slice(0, 60).map((t) => String(JSON.parse(t))).join(" "));
