'use strict';
// Inventory simulation: a store module exporting a class, a helpers module exporting functions.

const Store = require('./store');
const { Item, OutOfStock } = require('./store');
const helpers = require('./helpers');

class Random {
  constructor(seed) { this.seed = seed; }
  next() {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed;
  }
  int(n) { return Math.floor(this.next() / 1024) % n; }
}

const CATEGORIES = ['tools', 'garden', 'kitchen', 'toys', 'books'];
const NOUNS = ['hammer', 'rake', 'pan', 'kite', 'novel', 'saw', 'hose', 'kettle', 'yoyo', 'atlas'];

const store = new Store('corner shop');
const r = new Random(99);
for (let i = 0; i < 400; i++) {
  const noun = NOUNS[r.int(NOUNS.length)];
  store.add(new Item('SKU-' + (1000 + r.int(300)), noun, CATEGORIES[r.int(CATEGORIES.length)], 99 + r.int(5000), 1 + r.int(20)));
}
console.log(store.name, 'skus', store.size, 'value', helpers.formatPrice(helpers.totalValue(store.list())));
for (const line of helpers.summarize(helpers.groupByCategory(store.list()))) console.log(line);
console.log('cheapest', helpers.cheapest(store.list(), 4));

let outOfStock = 0;
let unknown = 0;
for (let day = 0; day < 60; day++) {
  for (let k = 0; k < 200; k++) {
    const sku = 'SKU-' + (1000 + r.int(300));
    try {
      store.sell(sku, 1 + r.int(4));
    } catch (e) {
      if (e instanceof OutOfStock) outOfStock++;
      else unknown++;
    }
  }
  if (day % 10 === 9) {
    for (const it of store.list()) store.restock(it.sku, 5);
  }
}
console.log('sales', store.sales, 'revenue', helpers.formatPrice(store.revenueCents));
console.log('out of stock', outOfStock, 'unknown', unknown, 'skus left', store.size);
for (const line of helpers.summarize(helpers.groupByCategory(store.list()))) console.log(line);
try {
  store.sell('SKU-9999', 1);
} catch (e) {
  console.log('error:', e.message, e instanceof OutOfStock);
}
const first = store.list()[0];
try {
  store.sell(first.sku, first.quantity + 1);
} catch (e) {
  console.log(e.name + ':', e.message);
}
console.log(helpers.formatPrice(5), helpers.formatPrice(1234567), typeof Store, typeof helpers.summarize);
