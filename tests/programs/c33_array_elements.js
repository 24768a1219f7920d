// Element reads and writes on expressions the plan finds hold arrays (fields,
// call results, nested arrays): the build tries the element storage first and
// falls back to the generic path. Evaluation order and every miss must match node.

class Grid {
  constructor(w, h) {
    this.w = w;
    this.cells = new Array(w * h).fill(0);
    this.rows = [];
    for (let y = 0; y < h; y++) this.rows.push(new Array(w).fill(y));
    this.spare = undefined;
  }
  get(x, y) { return this.cells[y * this.w + x]; }
  set(x, y, v) { this.cells[y * this.w + x] = v; }
  sumRows() {
    let s = 0;
    for (let y = 0; y < this.rows.length; y++) {
      for (let x = 0; x < this.rows[y].length; x++) s += this.rows[y][x] * (x + 1);
    }
    return s;
  }
}
const g = new Grid(4, 3);
for (let i = 0; i < 12; i++) g.set(i % 4, Math.floor(i / 4), i * i);
console.log(g.get(3, 2), g.get(0, 1), g.get(5, 5), g.cells.length, g.sumRows());
g.cells[20] = "far";                    // past the end: grows through the generic path
console.log(g.cells.length, g.cells[15], g.cells[20]);

// a field that is sometimes undefined: reading an element throws node's TypeError
try {
  console.log(g.spare[0]);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
g.spare = [1, 2];
console.log(g.spare[1], g.spare.length);

// evaluation order: object, then key, then value, each once
const log = [];
const arrays = [[0, 0, 0], [0, 0, 0]];
function pick(i) { log.push("obj" + i); return arrays[i]; }
function key(k) { log.push("key" + k); return k; }
function val(v) { log.push("val" + v); return v; }
pick(1)[key(2)] = val(7);
pick(0)[key(5)] = val(8);
console.log(log.join(" "), JSON.stringify(arrays), pick(1)[key(2)] + pick(0)[key(9)]);

// non-integer and negative indexes read through the generic path
const data = { list: [5, 6, 7] };
console.log(data.list[1.5], data.list[-1], data.list[NaN], data.list[-0], data.list["2"], data.list[2]);

// nested arrays and in-place updates
const tri = [];
for (let i = 0; i < 5; i++) {
  tri.push([]);
  for (let j = 0; j <= i; j++) tri[i].push(j === 0 || j === i ? 1 : tri[i - 1][j - 1] + tri[i - 1][j]);
}
console.log(tri.map((r) => r.join(" ")).join(" / "));
tri[4][2] += 100;
tri[3][1]++;
console.log(tri[4][2], tri[3][1], tri[5] === undefined);

// a read from a call result, and `.length` of one
function makeList(n) { const out = []; for (let i = 0; i < n; i++) out.push(i * 3); return out; }
console.log(makeList(4)[2], makeList(6).length, makeList(0)[0]);

// holes inside the length stay undefined
const sparse = new Array(3);
const box = { items: sparse };
box.items[1] = "one";
console.log(box.items[0], box.items[1], box.items.length, 0 in box.items);
