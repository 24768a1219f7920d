// Classes that are iterable through a `[Symbol.iterator]()` method: for-of
// (stepped lazily, with break and continue), spread, destructuring,
// Array.from, Map and Set built from them, inheritance of the method, and
// iterators that are class instances, object literals or closures.

class Range {
  constructor(from, to, step = 1) {
    this.from = from;
    this.to = to;
    this.step = step;
  }

  [Symbol.iterator]() {
    let current = this.from;
    const { to, step } = this;
    return {
      next: () => {
        if (current >= to) {
          return { value: undefined, done: true };
        }
        const value = current;
        current += step;
        return { value, done: false };
      },
    };
  }
}

class LinkedList {
  constructor() {
    this.head = null;
    this.size = 0;
  }

  push(value) {
    const node = { value, next: null };
    if (this.head === null) {
      this.head = node;
    } else {
      let at = this.head;
      while (at.next !== null) {
        at = at.next;
      }
      at.next = node;
    }
    this.size++;
    return this;
  }

  [Symbol.iterator]() {
    return new ListIterator(this.head);
  }
}

class ListIterator {
  constructor(node) {
    this.node = node;
    this.steps = 0;
  }

  next() {
    if (this.node === null) {
      return { done: true, value: "ignored when done" };
    }
    const value = this.node.value;
    this.node = this.node.next;
    this.steps++;
    return { done: false, value };
  }
}

class SortedList extends LinkedList {
  add(value) {
    return this.push(value);
  }
}

// an endless iterator: only a loop that stops early can use it
class Naturals {
  [Symbol.iterator]() {
    let n = 0;
    return {
      next() {
        n++;
        return { value: n, done: false };
      },
    };
  }
}

// prints as it steps, so the order of calls is visible
class Noisy {
  constructor(n) {
    this.n = n;
  }

  [Symbol.iterator]() {
    console.log("  [Symbol.iterator] called");
    let i = 0;
    const n = this.n;
    return {
      next() {
        console.log("  next() ->", i < n ? i : "done");
        return i < n ? { value: i++, done: false } : { value: undefined, done: true };
      },
    };
  }
}

const r = new Range(0, 10, 3);
const seen = [];
for (const x of r) {
  seen.push(x);
}
console.log(seen, [...r], [...new Range(5, 5)], Array.from(new Range(1, 4)));

const list = new LinkedList().push("a").push("b").push("c");
for (const v of list) {
  if (v === "b") {
    continue;
  }
  console.log("list item", v);
}
const [first, ...others] = list;
console.log(first, others, list.size);

const sorted = new SortedList().add(3).add(1).add(2);
console.log([...sorted].sort(), Math.max(...sorted));

let total = 0;
for (const n of new Naturals()) {
  if (n > 100) {
    break;
  }
  total += n;
}
console.log("sum of 1..100:", total);
const [one, two, three] = new Naturals();
console.log(one, two, three);

console.log("for-of with break:");
for (const x of new Noisy(3)) {
  console.log("  body", x);
  if (x === 1) {
    break;
  }
}
console.log("destructuring two:");
const [p, q] = new Noisy(5);
console.log(p, q);
console.log("spread:");
console.log([...new Noisy(2)]);
console.log("Array.from with a mapping function:");
console.log(Array.from(new Noisy(2), (x, i) => {
  console.log("  map", x, i);
  return x * 10;
}));

const set = new Set(new Range(0, 6, 2));
const pairs = new LinkedList().push(["x", 1]).push(["y", 2]);
const map = new Map(pairs);
console.log(set.has(4), set.size, map.get("y"), [...map.keys()]);

for (const [i, label] of new LinkedList().push([1, "one"]).push([2, "two"])) {
  console.log(i, label);
}

function sumOf(iterable) {
  let s = 0;
  for (const v of iterable) {
    s += v;
  }
  return s;
}
console.log(sumOf(new Range(0, 100)), sumOf([1, 2, 3]), sumOf(new Set([4, 5])), sumOf(new SortedList().add(7)));

class Empty {
  [Symbol.iterator]() {
    return { next: () => ({ done: true }) };
  }
}
console.log([...new Empty()].length);

const errors = [
  () => {
    class NotObject {
      [Symbol.iterator]() {
        return 5;
      }
    }
    for (const x of new NotObject()) {
      console.log(x);
    }
  },
  () => {
    class BadResult {
      [Symbol.iterator]() {
        return { next: () => 3 };
      }
    }
    for (const x of new BadResult()) {
      console.log(x);
    }
  },
  () => {
    class NullResult {
      [Symbol.iterator]() {
        return { next: () => null };
      }
    }
    const [a] = new NullResult();
    console.log(a);
  },
];
for (const e of errors) {
  try {
    e();
  } catch (err) {
    console.log(err.name + ": " + err.message);
  }
}

let checksum = 0;
for (let round = 0; round < 300; round++) {
  for (const v of new Range(0, 200, 1 + (round % 3))) {
    checksum = (checksum * 31 + v) % 1000003;
  }
}
console.log("checksum", checksum);
