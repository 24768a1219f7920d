// Math functions computed by the host: every printed digit must be node's.
// Plain printing shows the shortest round-trip form (a different last bit
// shows as different digits); toPrecision(17) shows all 17 digits.
const unary = {
  sin: (x) => Math.sin(x),
  cos: (x) => Math.cos(x),
  tan: (x) => Math.tan(x),
  exp: (x) => Math.exp(x),
  log: (x) => Math.log(x),
  atan: (x) => Math.atan(x),
  asin: (x) => Math.asin(x),
  acos: (x) => Math.acos(x),
  log10: (x) => Math.log10(x),
  log2: (x) => Math.log2(x),
  expm1: (x) => Math.expm1(x),
  log1p: (x) => Math.log1p(x),
  sinh: (x) => Math.sinh(x),
  cosh: (x) => Math.cosh(x),
  tanh: (x) => Math.tanh(x),
  cbrt: (x) => Math.cbrt(x),
};
const inputs = [0, -0, 0.5, -0.75, 1, 2, 3, 10, 0.1, 1e-10, 1e10, 123.456, -98.7,
  Math.PI / 2, Math.PI, 1e22, 1e300, 5e-324, Infinity, -Infinity, NaN, 710, -745.2];
for (const name of Object.keys(unary)) {
  const f = unary[name];
  const parts = [];
  for (const x of inputs) {
    const y = f(x);
    parts.push(Object.is(y, -0) ? "-0" : String(y));
  }
  console.log(name, parts.join(" "));
}

// A sweep: the same formula over many arguments, summed bit-sensitively.
let acc = 0;
let lines = [];
for (let i = 1; i <= 400; i++) {
  const x = i * 0.37 - 60;
  const v = [Math.sin(x), Math.cos(x), Math.tan(x), Math.exp(x / 8), Math.atan(x),
    Math.sinh(x / 10), Math.cosh(x / 10), Math.tanh(x / 20), Math.cbrt(x), Math.expm1(x / 30),
    Math.log(i), Math.log10(i * 1.1), Math.log2(i + 0.5), Math.log1p(i / 7),
    Math.asin(i / 401), Math.acos(-i / 401), Math.atan2(x, i), Math.pow(i / 9, x / 25),
    (i / 13) ** 0.25, Math.pow(x, 3), 2 ** (-i / 40)];
  for (const y of v) acc += y;
  if (i % 40 === 0) lines.push(v.map((y) => y.toPrecision(17)).join(","));
}
for (const l of lines) console.log(l);
console.log("sum", acc);
console.log("pow", Math.pow(2, -0.25), 0.1 ** 17, Math.pow(3.7, -0.25), 10 ** 308, 10 ** -5,
  Math.pow(1, NaN), Math.pow(-1, Infinity), Math.pow(-8, 1 / 3), Math.pow(-2, 3), Math.pow(0, -1));
console.log("atan2", Math.atan2(0, -0), Math.atan2(-0, -0), Math.atan2(1, 0), Math.atan2(-Infinity, Infinity),
  Math.atan2(1e-300, -1e300));
console.log("big", Math.sin(1e300), Math.cos(2 ** 1000), Math.tan(1e22), Math.sin(-1e15));
console.log(Math.hypot(), Math.hypot(-3), Math.hypot(NaN), Math.hypot(3, 4), Math.hypot(-0));
