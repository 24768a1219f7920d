// List benchmark: builds singly linked lists of Element nodes and runs the
// classic Takeuchi-style "tail" recursion driven by "is shorter than".
// Prints the length of the resulting list per round and a total checksum.

class Element {
  constructor(val) {
    this.val = val;
    this.next = null;
  }

  length() {
    if (this.next === null) {
      return 1;
    }
    return 1 + this.next.length();
  }
}

class ListBenchmark {
  constructor() {
    this.created = 0;
    this.calls = 0;
  }

  makeList(n) {
    if (n === 0) {
      return null;
    }
    const e = new Element(n);
    this.created++;
    e.next = this.makeList(n - 1);
    return e;
  }

  isShorterThan(a, b) {
    let x = a;
    let y = b;
    while (y !== null) {
      if (x === null) {
        return true;
      }
      x = x.next;
      y = y.next;
    }
    return false;
  }

  tail(x, y, z) {
    this.calls++;
    if (this.isShorterThan(y, x)) {
      return this.tail(
        this.tail(x.next, y, z),
        this.tail(y.next, z, x),
        this.tail(z.next, x, y)
      );
    }
    return z;
  }

  run(a, b, c) {
    const result = this.tail(this.makeList(a), this.makeList(b), this.makeList(c));
    return result.length();
  }
}

function main() {
  const rounds = 10000;
  let checksum = 0;
  const bench = new ListBenchmark();
  const lengths = [];
  for (let i = 0; i < rounds; i++) {
    const len = bench.run(15, 10, 6);
    checksum += len;
    if (i % 2500 === 0) {
      lengths.push(len);
    }
  }
  const other = bench.run(12, 8, 4);
  console.log("lengths: " + lengths.join(","));
  console.log("other: " + other);
  console.log("checksum: " + checksum);
  console.log("elements created: " + bench.created);
  console.log("tail calls: " + bench.calls);
}

main();
