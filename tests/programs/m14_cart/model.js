"use strict";
let nextId = 1;
class Item {
  constructor(name, price, qty = 1) { this.id = nextId++; this.name = name; this.price = price; this.qty = qty; }
  get total() { return this.price * this.qty; }
  toString() { return `${this.name} x${this.qty}`; }
  toJSON() { return { id: this.id, name: this.name, total: +this.total.toFixed(2) }; }
}
class Perishable extends Item {
  constructor(name, price, qty, days) { super(name, price, qty); this.days = days; }
  get total() { return this.days < 2 ? super.total * 0.5 : super.total; }
}
class Cart {
  constructor() { this.items = []; this.listeners = []; }
  on(fn) { this.listeners.push(fn); return () => { this.listeners = this.listeners.filter(l => l !== fn); }; }
  add(item) { this.items.push(item); this.listeners.forEach(l => l("add", item)); return this; }
  remove(id) { const i = this.items.findIndex(x => x.id === id); if (i < 0) throw new RangeError(`no item ${id}`); const [gone] = this.items.splice(i, 1); this.listeners.forEach(l => l("remove", gone)); return gone; }
  get total() { return this.items.reduce((s, i) => s + i.total, 0); }
  byCategory(fn) { return this.items.reduce((acc, it) => { const k = fn(it); (acc[k] ||= []).push(it.name); return acc; }, {}); }
}
module.exports = { Item, Perishable, Cart };
