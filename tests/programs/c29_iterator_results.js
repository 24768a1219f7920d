// Results returned as fields through calls with several targets: hand-written
// iterators whose `next()` returns a fresh `{ value, done }`, driven through a
// base-class method, forwarding to each other, of different field types
// (`value: undefined` and numbers), and one iterator kept as a dictionary object
// (it deletes a property), which the build reaches by name.

class Iter {
  sum() {
    let total = 0;
    for (let r = this.next(); !r.done; r = this.next()) {
      total += r.value;
    }
    return total;
  }
  count() {
    let n = 0;
    while (!this.next().done) {
      n++;
    }
    return n;
  }
  map(fn) {
    return new MapIter(this, fn);
  }
  take(n) {
    return new TakeIter(this, n);
  }
}

class RangeIter extends Iter {
  constructor(lo, hi) {
    super();
    this.at = lo;
    this.hi = hi;
  }
  next() {
    if (this.at >= this.hi) {
      return { value: undefined, done: true };
    }
    return { value: this.at++, done: false };
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

// a dictionary object: `delete` makes its class's site a map
class ListIter extends Iter {
  constructor(items) {
    super();
    this.items = items;
    this.i = 0;
    this.scratch = 1;
    delete this.scratch;
  }
  next() {
    if (this.i < this.items.length) {
      return { value: this.items[this.i++], done: false };
    }
    return { value: undefined, done: true };
  }
}

let checksum = 0;
for (let round = 0; round < 20; round++) {
  checksum += new RangeIter(0, 50).map((x) => x * round).sum();
  checksum += new RangeIter(0, 1000).map((x) => x + 1).take(round).sum();
  checksum += new ListIter([round, 2, 3]).map((x) => x * 10).sum();
  checksum += new ListIter([1, 2, 3, 4]).take(2).count();
}
console.log("checksum", checksum);

// the last record of an exhausted iterator, and its keys
const it = new RangeIter(0, 2);
let last = it.next();
while (!last.done) {
  last = it.next();
}
console.log(last.value, last.done, Object.keys(it.next()).join(","));

// closure-based iterators: object literal methods and nested functions that use
// their enclosing function's variables (the copy gets the closure's environment)
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
    next: function next() {
      if (start + size > items.length) {
        return { value: undefined, done: true };
      }
      const w = { from: start, to: start + size };
      start++;
      return { value: w, done: false };
    },
  };
}
function scaledPairs(k) {
  function pair(a) {
    return { a: a, b: a * k };
  }
  let t = 0;
  for (let i = 0; i < 5; i++) {
    const p = pair(i);
    t += p.a + p.b;
  }
  return t;
}
let closures = 0;
for (let round = 0; round < 30; round++) {
  const down = countdown(20 + (round % 7));
  for (let r = down.next(); !r.done; r = down.next()) {
    closures += r.value % 7;
  }
  const ws = windowsOf([1, 2, 3, 4, 5, 6], 2 + (round % 3));
  for (let r = ws.next(); !r.done; r = ws.next()) {
    closures += r.value.to - r.value.from;
  }
  closures += scaledPairs(round);
}
console.log("closures", closures);
