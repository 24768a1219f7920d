'use strict';
// N-queens with boolean arrays for rows and diagonals.

class QueensSolver {
  constructor(n) {
    this.n = n;
    this.freeRows = new Array(n).fill(true);
    this.freeMaxs = new Array(2 * n).fill(true);
    this.freeMins = new Array(2 * n).fill(true);
    this.queenRows = new Array(n).fill(-1);
    this.solutions = 0;
    this.firstSolution = null;
    this.placements = 0;
  }

  isFree(r, c) {
    return this.freeRows[r] && this.freeMaxs[c + r] && this.freeMins[c - r + this.n];
  }

  setRowColumn(r, c, v) {
    this.queenRows[r] = v ? c : -1;
    this.freeRows[r] = !v;
    this.freeMaxs[c + r] = !v;
    this.freeMins[c - r + this.n] = !v;
  }

  // Count every solution.
  placeAll(c) {
    if (c === this.n) {
      this.solutions++;
      if (this.firstSolution === null) this.firstSolution = this.queenRows.slice();
      return;
    }
    for (let r = 0; r < this.n; r++) {
      if (this.isFree(r, c)) {
        this.placements++;
        this.setRowColumn(r, c, true);
        this.placeAll(c + 1);
        this.setRowColumn(r, c, false);
      }
    }
  }

  // Stop at the first solution (classic "queens" benchmark behaviour).
  placeOne(c) {
    for (let r = 0; r < this.n; r++) {
      if (this.isFree(r, c)) {
        this.setRowColumn(r, c, true);
        if (c === this.n - 1 || this.placeOne(c + 1)) return true;
        this.setRowColumn(r, c, false);
      }
    }
    return false;
  }
}

function board(rows) {
  const n = rows.length;
  const lines = [];
  for (let r = 0; r < n; r++) {
    let line = '';
    for (let c = 0; c < n; c++) line += rows[c] === r ? 'Q' : '.';
    lines.push(line);
  }
  return lines;
}

let total = 0;
for (let n = 1; n <= 10; n++) {
  const s = new QueensSolver(n);
  s.placeAll(0);
  total += s.solutions;
  console.log(`n=${n} solutions=${s.solutions} placements=${s.placements}`);
}

const eight = new QueensSolver(8);
eight.placeAll(0);
console.log('first 8-queens solution starts', eight.firstSolution.slice(0, 4));
for (const line of board(eight.firstSolution)) console.log(line);

let okCount = 0;
for (let i = 0; i < 200; i++) {
  const s = new QueensSolver(8);
  if (s.placeOne(0)) okCount++;
}
console.log('placeOne successes', okCount);
console.log('total solutions', total);
