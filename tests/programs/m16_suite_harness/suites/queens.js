'use strict';
const { Benchmark } = require('../benchmark');
class Queens extends Benchmark {
  benchmark() {
    let solved = 0;
    for (let i = 0; i < 10; i++) if (this.queens()) solved++;
    return solved;
  }
  verifyResult(r) { return r === 10; }
  queens() {
    this.freeRows = new Array(8).fill(true);
    this.freeMaxs = new Array(16).fill(true);
    this.freeMins = new Array(16).fill(true);
    this.queenRows = new Array(8).fill(-1);
    return this.placeQueen(0);
  }
  placeQueen(c) {
    for (let r = 0; r < 8; r++) {
      if (this.freeRows[r] && this.freeMaxs[c + r] && this.freeMins[c - r + 7]) {
        this.set(r, c, false);
        if (c === 7 || this.placeQueen(c + 1)) return true;
        this.set(r, c, true);
      }
    }
    return false;
  }
  set(r, c, v) {
    this.queenRows[r] = v ? -1 : c;
    this.freeRows[r] = v;
    this.freeMaxs[c + r] = v;
    this.freeMins[c - r + 7] = v;
  }
}
exports.newInstance = () => new Queens();
