// Data structures as programs write them: a matrix class with Array.from rows, a
// grid of strings, memoised recursion, number bases and parsing, FizzBuzz, a binary
// search tree with default parameters in recursion, a queue with a length getter.
class Matrix {
  constructor(rows, cols, fill = 0) { this.rows = rows; this.cols = cols; this.data = Array.from({ length: rows }, () => new Array(cols).fill(fill)); }
  static identity(n) { const m = new Matrix(n, n); for (let i = 0; i < n; i++) m.data[i][i] = 1; return m; }
  mul(o) { const r = new Matrix(this.rows, o.cols); for (let i = 0; i < this.rows; i++) for (let j = 0; j < o.cols; j++) { let s = 0; for (let k = 0; k < this.cols; k++) s += this.data[i][k] * o.data[k][j]; r.data[i][j] = s; } return r; }
  toString() { return this.data.map(r => r.map(v => v.toFixed(1).padStart(6)).join("")).join("\n"); }
}
const a = new Matrix(2, 3, 1.5); a.data[0][2] = -2;
const b = Matrix.identity(3); b.data[2][0] = 0.5;
console.log(String(a.mul(b)));
console.log(a.mul(b).data, Matrix.identity(2));
const grid = []; for (let y = 0; y < 3; y++) { grid.push([]); for (let x = 0; x < 4; x++) grid[y][x] = (x + y) % 2 ? "#" : "."; }
console.log(grid.map(r => r.join("")).join("\n"), grid.flat().filter(c => c === "#").length);
const memo = {}; function fib(n) { if (n < 2) return n; if (memo[n] !== undefined) return memo[n]; return (memo[n] = fib(n - 1) + fib(n - 2)); }
console.log(fib(80), fib(30), Object.keys(memo).length, 2 ** 53 === 2 ** 53 + 1);
const bits = n => n.toString(2).padStart(8, "0"); console.log([5, 255, 128].map(bits), parseInt("1010", 2), (0xff).toString(16).toUpperCase(), Number("0b101"), Number("1e3"), +"  42  ", +"4 2");
let out = ""; for (let i = 1; i <= 15; i++) out += i % 15 === 0 ? "FizzBuzz " : i % 3 === 0 ? "Fizz " : i % 5 === 0 ? "Buzz " : i + " "; console.log(out.trim());
console.log([1, 2, 3].includes("2"), [1, 2, 3].indexOf(2.0), Array.isArray([]), typeof NaN, isNaN("x"), isFinite("12"), Number.isNaN("x"), parseFloat(".5e1"));
class Node { constructor(v) { this.v = v; this.left = null; this.right = null; } }
class BST {
  constructor() { this.root = null; this.size = 0; }
  insert(v) { const n = new Node(v); this.size++; if (!this.root) { this.root = n; return this; } let c = this.root; for (;;) { if (v < c.v) { if (!c.left) { c.left = n; break; } c = c.left; } else { if (!c.right) { c.right = n; break; } c = c.right; } } return this; }
  inorder(n = this.root, out = []) { if (n) { this.inorder(n.left, out); out.push(n.v); this.inorder(n.right, out); } return out; }
  height(n = this.root) { return n ? 1 + Math.max(this.height(n.left), this.height(n.right)) : 0; }
  has(v) { let c = this.root; while (c) { if (c.v === v) return true; c = v < c.v ? c.left : c.right; } return false; }
}
const t = new BST(); [50, 30, 70, 20, 40, 60, 80, 35].forEach(v => t.insert(v));
console.log(t.inorder(), t.height(), t.size, t.has(35), t.has(36), t.root.left.right);
const words = new BST(); ["pear", "apple", "fig", "banana"].forEach(w => words.insert(w)); console.log(words.inorder().join(","), words.root);
class Queue { constructor() { this.a = []; this.h = 0; } push(x) { this.a.push(x); } shift() { return this.h < this.a.length ? this.a[this.h++] : undefined; } get length() { return this.a.length - this.h; } }
const q = new Queue(); for (let i = 0; i < 5; i++) q.push(i * i); const got = []; while (q.length) got.push(q.shift()); console.log(got, q.shift(), q.length);
