// Permutations: generates all permutations of a small array recursively by
// swapping elements in place, counting the recursive calls made.
// Prints call counts, permutation counts and an order-sensitive checksum.

class Permuter {
  constructor(n) {
    this.items = [];
    for (let i = 0; i < n; i++) this.items.push(i + 1);
    this.calls = 0;
    this.permutations = 0;
    this.checksum = 0;
  }

  swap(i, j) {
    const items = this.items;
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }

  // Permute the first n items, visiting each complete arrangement.
  permute(n) {
    this.calls++;
    if (n === 0) {
      this.visit();
      return;
    }
    const last = n - 1;
    this.permute(last);
    for (let i = last - 1; i >= 0; i--) {
      this.swap(last, i);
      this.permute(last);
      this.swap(last, i);
    }
  }

  visit() {
    this.permutations++;
    const items = this.items;
    let value = 0;
    for (let i = 0; i < items.length; i++) value = value * 10 + items[i];
    this.checksum = (this.checksum * 31 + value) % 1000000007;
  }

  run() {
    this.permute(this.items.length);
    return this;
  }
}

function main() {
  const results = [1, 2, 3, 4, 5, 6, 7].map((n) => new Permuter(n).run());
  results.forEach((p) => {
    console.log("n=" + p.items.length + " calls=" + p.calls + " permutations=" +
      p.permutations + " checksum=" + p.checksum + " order=" + p.items.join(""));
  });

  const ROUNDS = 40;
  let calls = 0;
  let checksum = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const p = new Permuter(9).run();
    calls += p.calls;
    checksum = (checksum + p.checksum) % 1000000007;
  }
  console.log("rounds=" + ROUNDS + " n=9 calls=" + calls + " checksum=" + checksum);
}

main();
