// benchmarks/programs/iterators.js with a small workload, for the differential suite.
// Iterators benchmark: lazy pipelines of hand-written iterators. Every
// iterator has a `next()` returning a fresh `{ value, done }` record, as the
// iterator protocol does; the loops drive them by hand. There are class-based
// iterators (a range, map, filter, take, zip, enumerate, a tree walk with an
// explicit stack) and closure-based ones made by plain functions returning
// `{ next() {...} }` objects.
// Prints the results of each pipeline and a checksum.

class Iter {
  map(fn) {
    return new MapIter(this, fn);
  }

  filter(pred) {
    return new FilterIter(this, pred);
  }

  take(n) {
    return new TakeIter(this, n);
  }

  reduce(fn, initial) {
    let acc = initial;
    for (let r = this.next(); !r.done; r = this.next()) {
      acc = fn(acc, r.value);
    }
    return acc;
  }

  sum() {
    return this.reduce((a, b) => a + b, 0);
  }

  count() {
    let n = 0;
    while (!this.next().done) {
      n++;
    }
    return n;
  }

  toArray() {
    const out = [];
    let r = this.next();
    while (!r.done) {
      out.push(r.value);
      r = this.next();
    }
    return out;
  }
}

class RangeIter extends Iter {
  constructor(start, end, step) {
    super();
    this.current = start;
    this.end = end;
    this.step = step;
  }

  next() {
    if (this.current >= this.end) {
      return { value: undefined, done: true };
    }
    const value = this.current;
    this.current += this.step;
    return { value, done: false };
  }
}

function range(start, end, step = 1) {
  return new RangeIter(start, end, step);
}

class ArrayIter extends Iter {
  constructor(items) {
    super();
    this.items = items;
    this.index = 0;
  }

  next() {
    if (this.index < this.items.length) {
      return { value: this.items[this.index++], done: false };
    }
    return { value: undefined, done: true };
  }
}

class MapIter extends Iter {
  constructor(source, fn) {
    super();
    this.source = source;
    this.fn = fn;
  }

  next() {
    const r = this.source.next();
    if (r.done) {
      return r;
    }
    return { value: this.fn(r.value), done: false };
  }
}

class FilterIter extends Iter {
  constructor(source, pred) {
    super();
    this.source = source;
    this.pred = pred;
  }

  next() {
    for (let r = this.source.next(); !r.done; r = this.source.next()) {
      if (this.pred(r.value)) {
        return r;
      }
    }
    return { value: undefined, done: true };
  }
}

class TakeIter extends Iter {
  constructor(source, n) {
    super();
    this.source = source;
    this.left = n;
  }

  next() {
    if (this.left <= 0) {
      return { value: undefined, done: true };
    }
    this.left--;
    return this.source.next();
  }
}

class ZipIter extends Iter {
  constructor(a, b) {
    super();
    this.a = a;
    this.b = b;
  }

  next() {
    const x = this.a.next();
    const y = this.b.next();
    if (x.done || y.done) {
      return { value: undefined, done: true };
    }
    return { value: [x.value, y.value], done: false };
  }
}

class EnumerateIter extends Iter {
  constructor(source) {
    super();
    this.source = source;
    this.index = 0;
  }

  next() {
    const r = this.source.next();
    if (r.done) {
      return r;
    }
    return { value: { index: this.index++, item: r.value }, done: false };
  }
}

// --- closure-based iterators --------------------------------------------------

function countdown(from) {
  let n = from;
  return {
    next() {
      if (n <= 0) {
        return { value: undefined, done: true };
      }
      return { value: n--, done: false };
    },
  };
}

function windowsOf(items, size) {
  let start = 0;
  return {
    next() {
      if (start + size > items.length) {
        return { value: undefined, done: true };
      }
      const window = { from: start, to: start + size };
      start++;
      return { value: window, done: false };
    },
  };
}

// --- a binary search tree walked in order by an iterator ---------------------

class Node {
  constructor(key) {
    this.key = key;
    this.left = null;
    this.right = null;
  }
}

class Tree {
  constructor() {
    this.root = null;
    this.size = 0;
  }

  insert(key) {
    const node = new Node(key);
    this.size++;
    if (this.root === null) {
      this.root = node;
      return;
    }
    let at = this.root;
    while (true) {
      if (key < at.key) {
        if (at.left === null) {
          at.left = node;
          return;
        }
        at = at.left;
      } else {
        if (at.right === null) {
          at.right = node;
          return;
        }
        at = at.right;
      }
    }
  }

  keys() {
    return new InOrderIter(this.root);
  }
}

class InOrderIter extends Iter {
  constructor(root) {
    super();
    this.stack = [];
    this.pushLeft(root);
  }

  pushLeft(node) {
    while (node !== null) {
      this.stack.push(node);
      node = node.left;
    }
  }

  next() {
    if (this.stack.length === 0) {
      return { value: undefined, done: true };
    }
    const node = this.stack.pop();
    this.pushLeft(node.right);
    return { value: node.key, done: false };
  }
}

// --- the workload -------------------------------------------------------------

function pipelines(rounds) {
  let checksum = 0;
  let last = null;
  for (let round = 0; round < rounds; round++) {
    const n = 2000 + (round % 100);
    const squares = range(0, n).map((x) => x * x).filter((x) => x % 3 === 1).sum();
    const evens = range(round % 5, n, 2).filter((x) => x % 10 !== 0).count();
    const firsts = range(0, 1000000).filter((x) => (x * 7) % 11 === round % 11).take(50).toArray();
    checksum = (checksum * 31 + (squares % 1000003) + evens + firsts[49]) % 1000003;
    last = { squares, evens, first: firsts[0], fiftieth: firsts[49] };
  }
  return { checksum, last };
}

function dotProducts(rounds) {
  const a = [];
  const b = [];
  for (let i = 0; i < 1000; i++) {
    a.push((i * 37) % 101);
    b.push((i * 53) % 97);
  }
  let total = 0;
  let best = { index: -1, item: -Infinity };
  for (let round = 0; round < rounds; round++) {
    const dot = new ZipIter(new ArrayIter(a), new ArrayIter(b)).reduce((acc, pair) => acc + pair[0] * pair[1], 0);
    total += dot;
    const products = new EnumerateIter(new ZipIter(new ArrayIter(a), range(round, round + 1000)).map((p) => p[0] * p[1]));
    for (let r = products.next(); !r.done; r = products.next()) {
      if (r.value.item > best.item) {
        best = r.value;
      }
    }
  }
  return { total, best };
}

function closures(rounds) {
  let total = 0;
  let widest = 0;
  const samples = [];
  for (let i = 0; i < 300; i++) {
    samples.push((i * 7919) % 1009);
  }
  for (let round = 0; round < rounds; round++) {
    const down = countdown(500 + round % 17);
    for (let r = down.next(); !r.done; r = down.next()) {
      total += r.value % 7;
    }
    const windows = windowsOf(samples, 8 + (round % 5));
    for (let r = windows.next(); !r.done; r = windows.next()) {
      const w = r.value;
      const spread = samples[w.to - 1] - samples[w.from];
      if (spread > widest) {
        widest = spread;
      }
    }
  }
  return { total, widest };
}

function treeWalks(rounds) {
  const tree = new Tree();
  let seed = 12345;
  for (let i = 0; i < 4000; i++) {
    seed = (seed * 69069 + 1) % 4294967296;
    tree.insert(seed % 100000);
  }
  let ordered = 0;
  let sum = 0;
  for (let round = 0; round < rounds; round++) {
    const keys = tree.keys();
    let previous = -1;
    let inOrder = true;
    for (let r = keys.next(); !r.done; r = keys.next()) {
      if (r.value < previous) {
        inOrder = false;
      }
      previous = r.value;
    }
    if (inOrder) {
      ordered++;
    }
    sum += tree.keys().filter((k) => k % 2 === round % 2).take(100).sum();
  }
  return { ordered, sum, size: tree.size };
}

function main() {
  const p = pipelines(12);
  console.log("pipelines: checksum " + p.checksum + ", last " + JSON.stringify(p.last));
  const d = dotProducts(6);
  console.log("zip: dot total " + d.total + ", best product " + d.best.item + " at " + d.best.index);
  const c = closures(60);
  console.log("closures: total " + c.total + ", widest window " + c.widest);
  const t = treeWalks(6);
  console.log("tree: " + t.size + " keys, " + t.ordered + " ordered walks, sum " + t.sum);
}

main();
