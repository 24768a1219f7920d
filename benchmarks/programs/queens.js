// N-queens: counts every placement of N non-attacking queens on an N x N board
// by backtracking over boolean arrays of free rows and diagonals.
// Prints the number of solutions for each board size and a total.

class QueensSolver {
  constructor(n) {
    this.n = n;
    this.rowFree = [];
    this.upFree = [];
    this.downFree = [];
    this.queenRows = [];
    this.solutions = 0;
    this.placements = 0;
    for (let i = 0; i < n; i++) {
      this.rowFree.push(true);
      this.queenRows.push(-1);
    }
    for (let i = 0; i < 2 * n - 1; i++) {
      this.upFree.push(true);
      this.downFree.push(true);
    }
  }

  isFree(col, row) {
    return this.rowFree[row] && this.upFree[col + row] && this.downFree[col - row + this.n - 1];
  }

  setSquare(col, row, occupied) {
    const free = !occupied;
    this.rowFree[row] = free;
    this.upFree[col + row] = free;
    this.downFree[col - row + this.n - 1] = free;
    this.queenRows[col] = occupied ? row : -1;
  }

  placeColumn(col) {
    if (col === this.n) {
      this.solutions++;
      return;
    }
    for (let row = 0; row < this.n; row++) {
      if (this.isFree(col, row)) {
        this.placements++;
        this.setSquare(col, row, true);
        this.placeColumn(col + 1);
        this.setSquare(col, row, false);
      }
    }
  }

  solve() {
    this.placeColumn(0);
    return this.solutions;
  }
}

function main() {
  const sizes = [];
  for (let n = 1; n <= 11; n++) sizes.push(n);
  const results = sizes.map((n) => {
    const solver = new QueensSolver(n);
    solver.solve();
    return solver;
  });
  results.forEach((s) => {
    console.log(s.n + "-queens: " + s.solutions + " solutions, " + s.placements + " placements");
  });

  const REPEAT = 120;
  let total = 0;
  for (let r = 0; r < REPEAT; r++) {
    total += new QueensSolver(10).solve();
  }
  console.log("repeated 10-queens x" + REPEAT + ": " + total);
  const grand = results.reduce((acc, s) => acc + s.solutions, 0);
  console.log("total solutions for sizes 1.." + sizes.length + ": " + grand);
}

main();
