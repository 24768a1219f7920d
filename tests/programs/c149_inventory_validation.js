// An inventory: JSON input validated with regular expressions, error subclasses,
// static private fields and static regular expressions, getters, toJSON, Sets and Maps.
"use strict";
class ValidationError extends Error {
  constructor(field, msg) { super(`${field}: ${msg}`); this.name = "ValidationError"; this.field = field; }
}
class Item {
  static #count = 0;
  static SKU = /^[A-Z]{3}-\d{4}$/;
  constructor({ sku, name, price, tags = [] }) {
    if (!Item.SKU.test(sku)) throw new ValidationError("sku", `bad sku ${JSON.stringify(sku)}`);
    if (!(price >= 0)) throw new ValidationError("price", "must be non-negative");
    this.sku = sku; this.name = name.trim().replace(/\s+/g, " "); this.price = price; this.tags = new Set(tags);
    Item.#count++;
  }
  static get count() { return Item.#count; }
  get label() { return `${this.name} (${this.sku})`; }
  toJSON() { return { sku: this.sku, name: this.name, price: +this.price.toFixed(2), tags: [...this.tags].sort() }; }
}
const raw = `[
  {"sku": "ABC-0001", "name": "  Blue   widget ", "price": 9.5, "tags": ["blue", "small"]},
  {"sku": "abc-0002", "name": "bad", "price": 1},
  {"sku": "XYZ-1234", "name": "Gadget", "price": -3},
  {"sku": "QRS-9999", "name": "Gizmo\\tPro", "price": 120.456, "tags": ["pro"]},
  {"sku": "DEF-0042", "name": "Thing", "price": 0}
]`;
const items = [], errors = [];
for (const rec of JSON.parse(raw)) {
  try { items.push(new Item(rec)); } catch (e) {
    if (e instanceof ValidationError) errors.push(`${e.name} [${e.field}] ${e.message}`); else throw e;
  }
}
console.log(Item.count, items.map((i) => i.label));
console.log(errors);
const byTag = new Map();
for (const it of items) for (const t of it.tags) byTag.set(t, [...(byTag.get(t) || []), it.sku]);
console.log([...byTag].sort(([a], [b]) => a.localeCompare(b)), JSON.stringify(items, null, 1).split("\n").length);
console.log(items.filter((i) => /gi?z/i.test(i.name)).map((i) => i.name), items.reduce((s, i) => s + i.price, 0).toFixed(3));
console.log(JSON.stringify(items[0]), String(Object.keys(items[1])));
