// An inventory across modules: static counters, static factories, destructuring defaults, switch fallthrough, memoisation.
const { Item, Perishable, Store } = require("./store");
const money = require("./money");

const s = new Store("eu").add(Item.of("pen", 150, "office"), Item.parse("  paper ; 4.99 ; 3"), new Perishable({ name: "milk", cents: 129, qty: 2 }, 3));
s.add(new Perishable({ name: "bread", cents: 250 }, 0), new Item());
console.log(s.report());
for (const r of ["eu", "us", "ca", "uk", "xx", undefined, "us"]) console.log(r, money.taxRate(r), money.taxRate(r, 0.3));
console.log(money.stats());
const milk = s.find(it => it.name === "milk");
console.log(milk?.days, s.find(it => it.name === "eggs")?.days, s.find(it => it.cents > 1000)?.name ?? "none");
console.log(milk instanceof Item, milk instanceof Perishable, Item.created, s.items.map(i => i.id).join(","));
const { name, tags: [firstTag = "untagged"] = [], ...rest } = s.items[0];
console.log(name, firstTag, rest);
const [a, , c = "dflt", ...others] = s.items.map(i => i.name);
console.log(a, c, others);
outer: for (const it of s.items) {
  for (const t of it.tags) {
    if (t === "office") { console.log("office item found:", it.name); break outer; }
  }
  console.log("checked", it.name);
}
let count = 0;
scan: for (let i = 0; i < 5; i++) {
  for (let j = 0; j < 5; j++) {
    if (j > i) continue scan;
    if (i + j === 6) break scan;
    count += i * j;
  }
}
console.log("count", count);
console.log(money.fmt(-1234), money.fmt(5), money.fmt(100000));
