'use strict';
// Matrices: a class module, an arithmetic module, and this driver.

const Matrix = require('./matrix');
const { add, scale, multiply, transpose, powerMod, determinant, inverse, ShapeMismatch } = require('./arith');

const a = Matrix.fromRows([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]);
const b = Matrix.fromRows([[1, 2], [3, 4], [5, 6]]);

for (const line of multiply(a, b).format(0)) console.log(line);
console.log('det(a)', determinant(a).toFixed(6), 'trace', a.trace());
const ai = inverse(a);
for (const line of ai.format(4)) console.log(line);
const check = multiply(a, ai);
let err = 0;
for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) err += Math.abs(check.get(i, j) - (i === j ? 1 : 0));
console.log('inverse error small', err < 1e-12);
console.log('transpose twice equals', transpose(transpose(b)).equals(b), 'row 1 of b^T', transpose(b).row(1));

// Fibonacci numbers through powers of [[1,1],[1,0]] modulo a prime.
const fibM = Matrix.fromRows([[1, 1], [1, 0]]);
const fibs = [];
for (const n of [10, 50, 90, 1000, 123456]) fibs.push(powerMod(fibM, n, 1000007).get(0, 1));
console.log('fib mod p', fibs);

// Larger products with a deterministic fill.
function filled(n, seed) {
  const m = new Matrix(n, n);
  let s = seed;
  for (let i = 0; i < n * n; i++) {
    s = (s * 16807) % 2147483647;
    m.data[i] = (s % 21) - 10;
  }
  return m;
}
const p = filled(60, 7);
const q = filled(60, 11);
let prod = multiply(p, q);
for (let k = 0; k < 4; k++) prod = multiply(scale(prod, 1 / 64), add(p, q));
let sum = 0;
for (const v of prod.data) sum += v;
console.log('product trace', prod.trace().toFixed(4), 'sum', sum.toFixed(4));
console.log('det of 8x8 block', determinant(Matrix.fromRows([
  [4, 1, 0, 0, 0, 0, 0, 1], [1, 4, 1, 0, 0, 0, 0, 0], [0, 1, 4, 1, 0, 0, 0, 0], [0, 0, 1, 4, 1, 0, 0, 0],
  [0, 0, 0, 1, 4, 1, 0, 0], [0, 0, 0, 0, 1, 4, 1, 0], [0, 0, 0, 0, 0, 1, 4, 1], [1, 0, 0, 0, 0, 0, 1, 4],
])).toFixed(3));
console.log('det of singular', determinant(Matrix.fromRows([[1, 2], [2, 4]])));

try {
  multiply(b, b);
} catch (e) {
  console.log(e.name, e.message, e instanceof ShapeMismatch);
}
try {
  inverse(Matrix.fromRows([[1, 2], [2, 4]]));
} catch (e) {
  console.log('error:', e.message);
}
