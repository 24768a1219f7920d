// Checks plain object literals: property read/write, nested objects, shorthand, methods, aliasing, printing.
const point = { x: 1, y: 2 };
console.log(point, point.x, point["y"], point.z);
point.x = 10;
point["y"] += 5;
console.log(point);
const name = "widget";
const price = 9.5;
const item = { name, price, tags: ["a", "b"], dims: { w: 2, h: 3 } };
console.log(item.name, item.price, item.tags, item.dims);
console.log({ name, price });
console.log(item.dims.w * item.dims.h, item.tags[1], item.tags.length);
item.dims.w = 4;
item.tags.push("c");
console.log(item.dims, item.tags);

// aliasing vs shallow copy
const alias = item;
const shallow = Object.assign({}, item);
alias.price = 12;
shallow.name = "copy";
shallow.dims.h = 100;
console.log(item.price, item.name, shallow.price, shallow.name, item.dims.h);

// nested object building and deep reads
const company = {
  name: "Acme",
  address: { city: "Springfield", zip: "12345", geo: { lat: 1.5, lng: -2.25 } },
  employees: [
    { name: "A", salary: 100 },
    { name: "B", salary: 250 },
  ],
};
console.log(company.address.geo.lat + company.address.geo.lng, company.employees[1].name);
company.employees.push({ name: "C", salary: 175 });
let payroll = 0;
for (const e of company.employees) payroll += e.salary;
console.log("payroll", payroll, "count", company.employees.length);
console.log(company.address);

// objects with methods and this
const account = {
  owner: "Zoe",
  balance: 0,
  deposit(n) {
    this.balance += n;
    return this;
  },
  summary() {
    return this.owner + ": " + this.balance;
  },
};
console.log(account.deposit(10).deposit(5.5).summary());

// empty object, printing special values
console.log({}, { a: null, b: undefined, c: -0, d: NaN }, { s: "str", t: true });
console.log({ nested: { deeper: { deepest: 1 } } });
console.log({ arr: [1, [2, 3]], e: [] });
// property names that are not identifiers
const odd = { "my key": 1, "with-dash": 2, 3: "three", "": "empty" };
console.log(odd["my key"], odd["with-dash"], odd[3], odd["3"], odd[""]);
// object equality is by reference
const o1 = { v: 1 };
const o2 = { v: 1 };
console.log(o1 === o2, o1 == o2, o1 === o1, o1.v === o2.v);
// objects as records in a list, updated in place
const inventory = [{ sku: "x1", qty: 5 }, { sku: "x2", qty: 0 }, { sku: "x3", qty: 12 }];
for (const rec of inventory) rec.qty = rec.qty > 0 ? rec.qty - 1 : 0;
console.log(inventory[0], inventory[1], inventory[2]);
// numbers as property values print correctly
console.log({ big: 1e21, small: 1e-7, third: 1 / 3 });
