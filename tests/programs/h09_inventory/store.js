// Items with static factories and a counter; a Store keyed by sku.
const { taxRate, fmt } = require("./money");
class Item {
  static next = 1;
  static created = 0;
  constructor({ name, cents, qty = 1, tags = [] } = {}) {
    this.id = Item.next++;
    Item.created++;
    this.name = name;
    this.cents = cents;
    this.qty = qty;
    this.tags = tags;
  }
  static of(name, cents, ...tags) { return new Item({ name, cents, tags }); }
  static parse(line) {
    const [name, price, qty = "1"] = line.split(";");
    return new Item({ name: name.trim(), cents: Math.round(parseFloat(price) * 100), qty: parseInt(qty, 10) });
  }
  get total() { return this.cents * this.qty; }
  toString() { return `${this.name} x${this.qty} @ ${fmt(this.cents)}`; }
}
class Perishable extends Item {
  constructor(opts, days) { super(opts); this.days = days; }
  get total() { return this.days <= 0 ? 0 : super.total; }
  toString() { return super.toString() + ` (${this.days}d)`; }
}
class Store {
  constructor(region) { this.region = region; this.items = []; }
  add(...items) { this.items.push(...items); return this; }
  find(pred) { return this.items.find(pred) ?? null; }
  subtotal() { return this.items.reduce((s, it) => s + it.total, 0); }
  tax() { return Math.round(this.subtotal() * taxRate(this.region)); }
  report() {
    const lines = this.items.map((it, i) => `${String(i + 1).padStart(2)}. ${it}`);
    lines.push(`subtotal ${fmt(this.subtotal())} tax ${fmt(this.tax())} (${this.region})`);
    return lines.join("\n");
  }
}
module.exports = { Item, Perishable, Store };
