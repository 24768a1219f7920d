// A shopping cart across two files: getters overridden with super, toJSON, listeners
// removed through a returned closure, splice, errors, JSON with indentation,
// padded columns, grouping with ||= on computed keys, a two-key sort.
const { Item, Perishable, Cart } = require("./model");
const log = [];
const cart = new Cart();
const off = cart.on((what, item) => log.push(`${what}:${item}`));
cart.add(new Item("pen", 1.25, 4)).add(new Perishable("milk", 0.99, 2, 1)).add(new Item("book", 12.5)).add(new Perishable("cheese", 4.2, 1, 10));
console.log(cart.total.toFixed(2), cart.items.length, String(cart.items[1]));
off();
cart.remove(3);
try { cart.remove(99); } catch (e) { console.log(e.name, e.message); }
console.log(log, cart.items.map(i => i.name));
console.log(JSON.stringify(cart.items), JSON.stringify({ n: cart.items.length, first: cart.items[0] }, null, 2));
const rows = cart.items.map(i => `${String(i.id).padStart(3, "0")} ${i.name.padEnd(8, ".")} ${i.total.toFixed(2).padStart(7)}`);
console.log(rows.join("\n"));
console.log(cart.byCategory(i => (i instanceof Perishable ? "fresh" : "dry")), Object.entries(cart.byCategory(i => i.qty > 1 ? "multi" : "single")));
const sorted = [...cart.items].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
console.log(sorted.map(String), cart.items.some(i => i.total > 5), cart.items.every(i => i.qty >= 1));
