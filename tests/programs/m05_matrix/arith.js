'use strict';
// Matrix arithmetic as free functions over the Matrix class.

const Matrix = require('./matrix');

class ShapeMismatch extends Error {
  constructor(op, a, b) {
    super(`${op}: ${a.rows}x${a.cols} vs ${b.rows}x${b.cols}`);
    this.name = 'ShapeMismatch';
  }
}

function add(a, b) {
  if (a.rows !== b.rows || a.cols !== b.cols) throw new ShapeMismatch('add', a, b);
  return new Matrix(a.rows, a.cols, a.data.map((v, i) => v + b.data[i]));
}

function scale(a, k) {
  return new Matrix(a.rows, a.cols, a.data.map((v) => v * k));
}

function multiply(a, b) {
  if (a.cols !== b.rows) throw new ShapeMismatch('multiply', a, b);
  const out = new Matrix(a.rows, b.cols);
  for (let i = 0; i < a.rows; i++) {
    for (let k = 0; k < a.cols; k++) {
      const aik = a.data[i * a.cols + k];
      if (aik === 0) continue;
      for (let j = 0; j < b.cols; j++) out.data[i * b.cols + j] += aik * b.data[k * b.cols + j];
    }
  }
  return out;
}

function transpose(a) {
  const out = new Matrix(a.cols, a.rows);
  for (let r = 0; r < a.rows; r++) for (let c = 0; c < a.cols; c++) out.set(c, r, a.get(r, c));
  return out;
}

// Integer matrix power by repeated squaring, entries reduced modulo mod.
function powerMod(a, e, mod) {
  let result = Matrix.identity(a.rows);
  let base = a.clone();
  while (e > 0) {
    if (e % 2 === 1) result = reduce(multiply(result, base), mod);
    base = reduce(multiply(base, base), mod);
    e = Math.floor(e / 2);
  }
  return result;
}

function reduce(a, mod) {
  return new Matrix(a.rows, a.cols, a.data.map((v) => v % mod));
}

// Determinant by Gaussian elimination with partial pivoting.
function determinant(a) {
  if (a.rows !== a.cols) throw new ShapeMismatch('determinant', a, a);
  const m = a.clone();
  const n = m.rows;
  let det = 1;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m.get(r, col)) > Math.abs(m.get(pivot, col))) pivot = r;
    if (m.get(pivot, col) === 0) return 0;
    if (pivot !== col) {
      for (let c = 0; c < n; c++) {
        const t = m.get(col, c);
        m.set(col, c, m.get(pivot, c));
        m.set(pivot, c, t);
      }
      det = -det;
    }
    const p = m.get(col, col);
    det *= p;
    for (let r = col + 1; r < n; r++) {
      const f = m.get(r, col) / p;
      if (f === 0) continue;
      for (let c = col; c < n; c++) m.set(r, c, m.get(r, c) - f * m.get(col, c));
    }
  }
  return det;
}

// Inverse by Gauss-Jordan elimination.
function inverse(a) {
  const n = a.rows;
  const m = a.clone();
  const inv = Matrix.identity(n);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m.get(r, col)) > Math.abs(m.get(pivot, col))) pivot = r;
    if (m.get(pivot, col) === 0) throw new Error('singular matrix');
    for (let c = 0; c < n; c++) {
      let t = m.get(col, c); m.set(col, c, m.get(pivot, c)); m.set(pivot, c, t);
      t = inv.get(col, c); inv.set(col, c, inv.get(pivot, c)); inv.set(pivot, c, t);
    }
    const p = m.get(col, col);
    for (let c = 0; c < n; c++) {
      m.set(col, c, m.get(col, c) / p);
      inv.set(col, c, inv.get(col, c) / p);
    }
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m.get(r, col);
      if (f === 0) continue;
      for (let c = 0; c < n; c++) {
        m.set(r, c, m.get(r, c) - f * m.get(col, c));
        inv.set(r, c, inv.get(r, c) - f * inv.get(col, c));
      }
    }
  }
  return inv;
}

module.exports = { add, scale, multiply, transpose, powerMod, determinant, inverse, ShapeMismatch };
