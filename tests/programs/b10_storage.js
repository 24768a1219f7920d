'use strict';
// Storage: build trees of arrays with random leaf sizes and count allocations.

class Random {
  constructor(seed) {
    this.seed = seed;
  }
  next() {
    // Park-Miller minimal standard generator (products stay below 2^53)
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed;
  }
  below(n) {
    return Math.floor(this.next() / 1024) % n;
  }
}

class Storage {
  constructor(seed) {
    this.random = new Random(seed);
    this.count = 0;
    this.leafCells = 0;
  }

  build(depth) {
    this.count++;
    if (depth === 1) {
      const size = this.random.below(10) + 1;
      this.leafCells += size;
      const leaf = new Array(size).fill(0);
      for (let i = 0; i < size; i++) leaf[i] = depth + i;
      return leaf;
    }
    const arr = new Array(4);
    for (let i = 0; i < 4; i++) arr[i] = this.build(depth - 1);
    return arr;
  }
}

function sumTree(t, depth) {
  if (depth === 1) {
    let s = 0;
    for (const x of t) s += x;
    return s;
  }
  let total = 0;
  for (let i = 0; i < t.length; i++) total += sumTree(t[i], depth - 1);
  return total;
}

function maxLeaf(t, depth) {
  if (depth === 1) return t.length;
  return t.map((c) => maxLeaf(c, depth - 1)).reduce((a, b) => (a > b ? a : b), 0);
}

let totalCount = 0;
let totalCells = 0;
let checksum = 0;
for (let round = 0; round < 20; round++) {
  const st = new Storage(74755 + round);
  const tree = st.build(8);
  totalCount += st.count;
  totalCells += st.leafCells;
  checksum = (checksum * 17 + sumTree(tree, 8)) % 1000000007;
  if (round === 0) {
    console.log('first round count', st.count, 'cells', st.leafCells, 'max leaf', maxLeaf(tree, 8));
    const leaf = tree[0][0][0][0][0][0][0];
    console.log('first leaf', leaf.length, leaf.slice(0, 3));
  }
}
console.log('total arrays', totalCount);
console.log('total cells', totalCells);
console.log('checksum', checksum);
