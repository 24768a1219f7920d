// The unfavourable case for a struct with an overflow dictionary: the same
// catalogue as benchmarks/programs/records.js, but most of the work reads and
// writes attributes by name (every attribute, every round) and the fixed
// fields are touched once per round. Prints a checksum.

class Product {
  constructor(id, price, stock) {
    this.id = id;
    this.price = price;
    this.stock = stock;
  }
}

const SCHEMA = ["colour", "size", "origin", "rating", "batch"];

function main() {
  const items = [];
  for (let i = 0; i < 1000; i++) {
    const p = new Product(i, 1 + (i % 97) * 0.25, i % 13);
    for (let j = 0; j < SCHEMA.length; j++) p[SCHEMA[j]] = (i + j) % 10;
    items.push(p);
  }
  let checksum = 0;
  for (let round = 0; round < 1000; round++) {
    for (let i = 0; i < items.length; i++) {
      const p = items[i];
      let s = 0;
      for (let j = 0; j < SCHEMA.length; j++) s += p[SCHEMA[j]];
      p[SCHEMA[round % SCHEMA.length]] = (s + round) % 10;
      checksum = (checksum + s + p.stock) % 1000000007;
    }
  }
  console.log("checksum=" + checksum);
}

main();
