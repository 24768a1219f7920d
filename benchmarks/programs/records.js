// Records with fixed fields plus user-defined attributes: a product catalogue
// whose products have an id, a price, a stock count and a weight set in the
// constructor, and a handful of attributes named by a schema that is data
// (written and read with `p[name]`). The pricing passes read and write the
// fixed fields with static keys; a filter and a report read the attributes
// by name. Prints totals and a checksum.

class Product {
  constructor(id, price, stock, weight) {
    this.id = id;
    this.price = price;
    this.stock = stock;
    this.weight = weight;
  }

  value() {
    return this.price * this.stock;
  }

  restock(n) {
    this.stock += n;
  }
}

const SCHEMA = ["colour", "size", "origin", "rating", "batch"];
const COLOURS = ["red", "green", "blue", "black"];
const ORIGINS = ["north", "south", "east"];

function setAttribute(p, name, value) {
  p[name] = value;
}

function attribute(p, name) {
  return p[name];
}

function makeCatalogue(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const p = new Product(i, 1 + (i % 97) * 0.25, i % 13, 0.5 + (i % 7) * 0.125);
    // not every product has every attribute
    for (let j = 0; j < SCHEMA.length; j++) {
      if ((i + j) % 4 === 0) continue;
      const name = SCHEMA[j];
      let v;
      if (name === "colour") v = COLOURS[i % COLOURS.length];
      else if (name === "origin") v = ORIGINS[i % ORIGINS.length];
      else v = (i * 7 + j) % 10;
      setAttribute(p, name, v);
    }
    out.push(p);
  }
  return out;
}

// the hot pass: static field reads and writes only
function reprice(items, round) {
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const p = items[i];
    if (p.stock < 3) p.restock(5);
    p.price = p.price * 1.001 + (round % 3) * 0.01;
    p.stock -= 1;
    total += p.value() + p.weight * 0.5;
  }
  return total;
}

// the dynamic pass: attributes read by name
function countWith(items, name, value) {
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    if (attribute(items[i], name) === value) n++;
  }
  return n;
}

function main() {
  const items = makeCatalogue(2000);
  let checksum = 0;
  for (let round = 0; round < 400; round++) {
    const total = reprice(items, round);
    checksum = (checksum * 31 + Math.floor(total)) % 1000000007;
    if (round % 10 === 0) {
      const name = SCHEMA[round % SCHEMA.length];
      checksum = (checksum + countWith(items, name, name === "colour" ? "red" : 3)) % 1000000007;
    }
  }
  let rated = 0;
  for (const p of items) if ("rating" in p) rated++;
  console.log("products: " + items.length + ", rated: " + rated);
  console.log("first: " + JSON.stringify(items[1]));
  console.log("keys of #7: " + Object.keys(items[7]).join(","));
  console.log("checksum=" + checksum);
}

main();
