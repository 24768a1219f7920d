// Checks nested arrays: matrices, grids, jagged arrays, deep copies and printing nested arrays.
function makeMatrix(r, c, f) {
  const m = [];
  for (let i = 0; i < r; i++) {
    const row = [];
    for (let j = 0; j < c; j++) row.push(f(i, j));
    m.push(row);
  }
  return m;
}
function mul(a, b) {
  return makeMatrix(a.length, b[0].length, (i, j) => {
    let s = 0;
    for (let k = 0; k < b.length; k++) s += a[i][k] * b[k][j];
    return s;
  });
}
function transpose(m) {
  return makeMatrix(m[0].length, m.length, (i, j) => m[j][i]);
}
const A = [[1, 2], [3, 4]];
const B = [[5, 6], [7, 8]];
console.log(mul(A, B));
console.log(transpose([[1, 2, 3], [4, 5, 6]]));
const I = makeMatrix(3, 3, (i, j) => (i === j ? 1 : 0));
console.log(I);
let P = A;
for (let n = 0; n < 4; n++) P = mul(P, A);
console.log("A^5", P);

// grid flood fill
const grid = [
  "#########",
  "#..#....#",
  "#..#.##.#",
  "#....#..#",
  "######..#",
  "#....#..#",
  "#########",
];
const cells = grid.map((row) => {
  const arr = [];
  for (let i = 0; i < row.length; i++) arr.push(row[i]);
  return arr;
});
function fill(r, c) {
  if (cells[r][c] !== ".") return 0;
  cells[r][c] = "o";
  return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1);
}
console.log("region at 1,1:", fill(1, 1));
console.log("region at 5,1:", fill(5, 1));
for (const row of cells) {
  let s = "";
  for (const ch of row) s += ch;
  console.log(s);
}

// jagged arrays (Pascal's triangle)
const pascal = [[1]];
for (let i = 1; i < 6; i++) {
  const prev = pascal[i - 1];
  const row = [1];
  for (let j = 1; j < i; j++) row.push(prev[j - 1] + prev[j]);
  row.push(1);
  pascal.push(row);
}
for (const row of pascal) console.log(row);

// deep copy and independence
function deepCopy(x) {
  if (!Array.isArray(x)) return x;
  return x.map(deepCopy);
}
const orig = [[1, [2, 3]], [4]];
const cp = deepCopy(orig);
cp[0][1][0] = 99;
console.log(orig, cp);
console.log([[], [[]], [[], []]], [["a", ["b"]], "c"]);
console.log(orig[0][1][1], orig.length, orig[0].length, orig[0][1].length);
