'use strict';
// Dense matrix class stored as a flat array in row-major order.

class Matrix {
  constructor(rows, cols, data) {
    this.rows = rows;
    this.cols = cols;
    this.data = data === undefined ? new Array(rows * cols).fill(0) : data;
  }
  get(r, c) { return this.data[r * this.cols + c]; }
  set(r, c, v) { this.data[r * this.cols + c] = v; }
  static identity(n) {
    const m = new Matrix(n, n);
    for (let i = 0; i < n; i++) m.set(i, i, 1);
    return m;
  }
  static fromRows(rows) {
    const m = new Matrix(rows.length, rows[0].length);
    for (let r = 0; r < m.rows; r++) for (let c = 0; c < m.cols; c++) m.set(r, c, rows[r][c]);
    return m;
  }
  clone() { return new Matrix(this.rows, this.cols, this.data.slice()); }
  row(r) { return this.data.slice(r * this.cols, (r + 1) * this.cols); }
  trace() {
    let t = 0;
    for (let i = 0; i < Math.min(this.rows, this.cols); i++) t += this.get(i, i);
    return t;
  }
  equals(o) {
    if (o.rows !== this.rows || o.cols !== this.cols) return false;
    for (let i = 0; i < this.data.length; i++) if (this.data[i] !== o.data[i]) return false;
    return true;
  }
  format(digits) {
    const lines = [];
    for (let r = 0; r < this.rows; r++) {
      let line = '';
      for (let c = 0; c < this.cols; c++) line += (c > 0 ? ' ' : '') + this.get(r, c).toFixed(digits);
      lines.push('[' + line + ']');
    }
    return lines;
  }
}

module.exports = Matrix;
