// Storage benchmark: stresses allocation by building deep trees of arrays
// (inner nodes hold 4 children, leaves are arrays of pseudo-random length).
// Prints the number of arrays allocated, the leaf-slot total and a checksum.

class Random {
  constructor(seed) {
    this.seed = seed;
  }

  next() {
    this.seed = (this.seed * 1309 + 13849) & 65535;
    return this.seed;
  }
}

class StorageBenchmark {
  constructor(seed) {
    this.random = new Random(seed);
    this.arrayCount = 0;
    this.leafSlots = 0;
  }

  makeLeaf() {
    const size = (this.random.next() % 10) + 1;
    const leaf = [];
    for (let i = 0; i < size; i++) {
      leaf.push(i);
    }
    this.arrayCount++;
    this.leafSlots += size;
    return leaf;
  }

  buildTree(depth) {
    if (depth === 1) {
      return this.makeLeaf();
    }
    this.arrayCount++;
    const node = [];
    for (let i = 0; i < 4; i++) {
      node.push(this.buildTree(depth - 1));
    }
    return node;
  }

  static sumTree(tree, depth) {
    if (depth === 1) {
      return tree.reduce((acc, v) => acc + v, 0);
    }
    let total = 0;
    for (const child of tree) {
      total += StorageBenchmark.sumTree(child, depth - 1);
    }
    return total;
  }
}

function main() {
  const depth = 7;
  const rounds = 1000;
  const bench = new StorageBenchmark(74755);
  let checksum = 0;
  for (let r = 0; r < rounds; r++) {
    const tree = bench.buildTree(depth);
    checksum = (checksum + StorageBenchmark.sumTree(tree, depth) + tree.length) % 1000000007;
  }
  console.log("arrays allocated: " + bench.arrayCount);
  console.log("leaf slots: " + bench.leafSlots);
  console.log("checksum: " + checksum);
}

main();
