// Checks Math functions: floor, ceil, round, abs, sqrt, min, max, pow, sin, cos, PI, trunc, sign.
console.log(Math.PI);
console.log(Math.floor(3.7), Math.floor(-3.2), Math.ceil(3.2), Math.ceil(-3.7));
console.log(Math.round(2.5), Math.round(-2.5), Math.round(3.49), Math.round(-0.6), Math.round(0.5));
console.log(Math.abs(-7.25), Math.abs(3), Math.abs(-0), Math.abs(-Infinity));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.sqrt(0.25));
console.log(Math.min(3, 1, 2), Math.max(3, 1, 2), Math.min(), Math.max());
console.log(Math.min(1, NaN), Math.max(-0, 0), Math.min(0, -0));
console.log(Math.pow(2, 10), Math.pow(2, -2), Math.pow(10, 21), Math.pow(9, 0.5), Math.pow(0, 0));
console.log(Math.sin(0), Math.cos(0), Math.sin(Math.PI / 2), Math.cos(Math.PI));
console.log(Math.trunc(4.9), Math.trunc(-4.9), Math.trunc(0.1));
console.log(Math.sign(-3), Math.sign(5), Math.sign(0), Math.sign(-0), Math.sign(NaN));

// geometry
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  dist(o) {
    const dx = this.x - o.x;
    const dy = this.y - o.y;
    return Math.sqrt(dx * dx + dy * dy);
  }
}
const p = new Point(0, 0);
const q = new Point(3, 4);
console.log("dist:", p.dist(q), q.dist(new Point(1, 1)));

// circle points rounded to 3 decimals
for (let deg = 0; deg < 360; deg += 45) {
  const r = deg * Math.PI / 180;
  const x = Math.round(Math.cos(r) * 1000) / 1000;
  const y = Math.round(Math.sin(r) * 1000) / 1000;
  console.log("deg", deg, x, y);
}

// integer sqrt and gcd
function isqrt(n) {
  return Math.floor(Math.sqrt(n));
}
function gcd(a, b) {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) {
    const t = b;
    b = a % b;
    a = t;
  }
  return a;
}
console.log(isqrt(99), isqrt(100), isqrt(101), gcd(48, -18), gcd(17, 5), gcd(0, 9));

// spread of arrays into min/max
const data = [4, -2, 19, 7.5, 0, 11];
console.log("min/max:", Math.min(...data), Math.max(...data));
let mean = 0;
for (const d of data) mean += d;
mean /= data.length;
let variance = 0;
for (const d of data) variance += Math.pow(d - mean, 2);
variance /= data.length;
console.log("mean", mean, "std", Math.sqrt(variance));
console.log(Math.floor(-0.5), Math.ceil(-0.5), Math.max(-0, -0), 1 / Math.ceil(-0.5));
