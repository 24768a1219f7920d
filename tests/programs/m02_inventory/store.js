'use strict';
// The Store class: items keyed by SKU in a plain object used as a dictionary.

class Item {
  constructor(sku, name, category, priceCents, quantity) {
    this.sku = sku;
    this.name = name;
    this.category = category;
    this.priceCents = priceCents;
    this.quantity = quantity;
  }
  value() { return this.priceCents * this.quantity; }
}

class OutOfStock extends Error {
  constructor(sku, wanted, have) {
    super(`${sku}: wanted ${wanted}, have ${have}`);
    this.name = 'OutOfStock';
  }
}

class Store {
  constructor(name) {
    this.name = name;
    this.items = {};
    this.revenueCents = 0;
    this.sales = 0;
  }
  add(item) {
    if (item.sku in this.items) {
      this.items[item.sku].quantity += item.quantity;
    } else {
      this.items[item.sku] = item;
    }
    return this;
  }
  sell(sku, qty) {
    const item = this.items[sku];
    if (item === undefined) throw new Error('unknown sku ' + sku);
    if (item.quantity < qty) throw new OutOfStock(sku, qty, item.quantity);
    item.quantity -= qty;
    this.revenueCents += qty * item.priceCents;
    this.sales++;
    if (item.quantity === 0) delete this.items[sku];
    return qty * item.priceCents;
  }
  restock(sku, qty) {
    if (sku in this.items) this.items[sku].quantity += qty;
  }
  list() {
    const out = [];
    for (const sku in this.items) out.push(this.items[sku]);
    return out;
  }
  get size() { return Object.keys(this.items).length; }
}

module.exports = Store;
module.exports.Item = Item;
module.exports.OutOfStock = OutOfStock;
