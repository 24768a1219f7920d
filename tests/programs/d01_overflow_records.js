// Records with fixed fields plus user-defined attributes written with dynamic keys:
// the sites keep their fields in a struct and put the attributes in an overflow
// dictionary (analysis/overflow.py). Every path that looks keys up by name.
"use strict";

class Record {
  constructor(id, name, price) {
    this.id = id;
    this.name = name;
    this.price = price;
  }
  label() { return this.name + "#" + this.id; }
  total(n) { return this.price * n; }
}

class Special extends Record {
  constructor(id, name, price, discount) {
    super(id, name, price);
    this.discount = discount;
  }
  total(n) { return super.total(n) - this.discount; }
}

function setAttr(o, key, value) { o[key] = value; }
function getAttr(o, key) { return o[key]; }

const attrs = [["color", "red"], ["10", "ten"], ["size", 3], ["2", "two"], ["weight", 1.5]];
const items = [];
for (let i = 0; i < 4; i++) {
  const r = i % 2 === 0 ? new Record(i, "item" + i, 2.5 * i) : new Special(i, "spec" + i, 10 + i, 1);
  for (let j = 0; j <= i; j++) setAttr(r, attrs[j][0], attrs[j][1]);
  items.push(r);
}

// static and dynamic access to the same key
const a = items[3];
console.log(a.price, getAttr(a, "price"), a.total(2), a.label());
setAttr(a, "price", 99);          // a dynamic write that hits a field
console.log(a.price, a.total(1));
a.price = 7;
console.log(getAttr(a, "price"), getAttr(a, "color"), getAttr(a, "missing"));
// a field written with a string through a dynamic key
setAttr(items[0], "id", "zero");
console.log(items[0].id, items[0].label());

// in, Object.keys / values / entries, for-in: integer-like keys first
for (const r of items) {
  console.log("color" in r, "10" in r, "label" in r, "nope" in r);
  console.log(Object.keys(r).join(","));
}
console.log(Object.values(items[2]));
console.log(Object.entries(items[3]));
for (const k in items[3]) console.log(k, getAttr(items[3], k));

// delete of an overflow key, then it comes back at the end
delete a.color;
console.log(Object.keys(a), "color" in a);
setAttr(a, "color", "blue");
console.log(Object.keys(a));

// JSON and console.log print fields and overflow keys in JS order
console.log(JSON.stringify(items));
console.log(JSON.stringify(a, null, 2));
console.log(items);
console.log(a instanceof Special, a instanceof Record, items[2] instanceof Special);

// Object.assign onto and from such an object
const copy = Object.assign({}, a);
console.log(copy);
Object.assign(items[1], { extra: true, 3: "three" });
console.log(items[1]);
