// JSON.stringify: every kind of value, escapes, layout, toJSON, replacers, cycles.

// primitives and the values that write nothing
console.log(JSON.stringify(1), JSON.stringify(-2.5), JSON.stringify(0.1 + 0.2), JSON.stringify(-0));
console.log(JSON.stringify(1e21), JSON.stringify(1e-7), JSON.stringify(123456789012345680000), JSON.stringify(5e-324));
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-Infinity), JSON.stringify(2 ** 31));
console.log(JSON.stringify(true), JSON.stringify(false), JSON.stringify(null), JSON.stringify(""));
console.log(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(() => 1));
console.log(typeof JSON.stringify(undefined), typeof JSON.stringify({}));

// escapes, as V8 writes them
console.log(JSON.stringify("quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f"));
console.log(JSON.stringify("\u0000\u0001\u001f\u007f\u0080\u00e9"));
console.log(JSON.stringify("pair \ud83d\ude00 lone lead \ud800 lone trail \udc00 reversed \udc00\ud800 end \ud83d"));
console.log(JSON.stringify("\u2028\u2029 ü € 𝄞"));
let all = "";
for (let c = 0; c < 40; c++) all += String.fromCharCode(c);
console.log(JSON.stringify(all));

// arrays and plain objects, nested
console.log(JSON.stringify([1, "a", [2, [3, []]], {}, { x: [] }]));
console.log(JSON.stringify({ a: 1, b: [true, null], c: { d: "e", f: { g: {} } } }));
console.log(JSON.stringify([undefined, function () {}, NaN, -0, null]));
console.log(JSON.stringify({ u: undefined, f() {}, n: null, k: 1, arrow: () => 2 }));
console.log(JSON.stringify({ only: undefined }), JSON.stringify([undefined]));

// key order: integer-like keys first, ascending, then insertion order
const keyed = { b: 1, 10: "ten", a: 2, 2: "two", "-1": "minus", "01": "zero-one" };
keyed[1] = "one";
keyed.z = 26;
console.log(JSON.stringify(keyed));
console.log(JSON.stringify(Object.keys(keyed)));

// dictionary objects: dynamic keys, deletes
const dict = {};
for (let i = 0; i < 5; i++) dict["k" + i] = i * i;
delete dict.k2;
dict["with \"quote\""] = "v";
console.log(JSON.stringify(dict));

// class instances: own data only (getters and methods live on the class)
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get norm() { return Math.sqrt(this.x * this.x + this.y * this.y); }
  scale(k) { return new Point(this.x * k, this.y * k); }
}
class Point3 extends Point {
  constructor(x, y, z) { super(x, y); this.z = z; this.label = undefined; }
}
console.log(JSON.stringify(new Point(3, 4)), new Point(3, 4).norm);
console.log(JSON.stringify([new Point(0.5, -1), new Point3(1, 2, 3)]));
console.log(JSON.stringify({ p: new Point(1, 2).scale(1.5) }));

// toJSON, on a class and on an object literal; it gets the key
class Money {
  constructor(cents) { this.cents = cents; }
  toJSON(key) { return (this.cents / 100).toFixed(2) + " (" + key + ")"; }
}
console.log(JSON.stringify({ price: new Money(1999), list: [new Money(5)] }));
console.log(JSON.stringify(new Money(100)));
const custom = { secret: 42, toJSON() { return { shown: true }; } };
console.log(JSON.stringify({ custom: custom }));
class Hidden { constructor() { this.v = 1; } toJSON() { return undefined; } }
console.log(JSON.stringify({ a: new Hidden(), b: [new Hidden()] }), JSON.stringify(new Hidden()));
class Tagged { constructor(name) { this.name = name; } toJSON() { return "<" + JSON.stringify(this.name) + ">"; } }
console.log(JSON.stringify([new Tagged("t"), new Tagged("u")]));

// errors: message and stack are not enumerable
class AppError extends Error {
  constructor(message, code) { super(message); this.code = code; }
}
console.log(JSON.stringify(new Error("boom")), JSON.stringify(new AppError("bad", 7)));
try { null.x; } catch (e) { console.log(JSON.stringify(e), JSON.stringify({ error: e })); }

// space: numbers (clamped to 10) and strings (first 10 units)
const nested = { a: [1, { b: 2 }, []], c: {}, d: "s" };
console.log(JSON.stringify(nested, null, 2));
console.log(JSON.stringify(nested, null, 1.9));
console.log(JSON.stringify(nested, null, 20));
console.log(JSON.stringify(nested, null, 0));
console.log(JSON.stringify(nested, null, -3));
console.log(JSON.stringify(nested, null, "--"));
console.log(JSON.stringify(nested, null, "abcdefghijklmnop"));
console.log(JSON.stringify(nested, null, ""));
console.log(JSON.stringify(nested, null, true));
console.log(JSON.stringify([[]], null, 4), JSON.stringify({}, null, 4), JSON.stringify([], null, 4));
console.log(JSON.stringify({ u: undefined, v: undefined }, null, 2));
console.log(JSON.stringify([undefined], null, 2));
console.log(JSON.stringify("top", null, 2), JSON.stringify(7, null, 2));

// replacer as a list of keys (numbers become keys; duplicates once; nested objects too)
const rec = { id: 1, name: "n", 3: "three", inner: { id: 2, name: "m", extra: true }, list: [{ id: 3, x: 1 }] };
console.log(JSON.stringify(rec, ["name", "id", "inner", 3, "name", "missing", "list"]));
console.log(JSON.stringify(rec, ["id"], 1));
console.log(JSON.stringify(new Point(1, 2), ["y", "norm"]));
console.log(JSON.stringify(rec, []));

// replacer as a function: called with the key, the value and the holder as this
const seen = [];
const out = JSON.stringify({ a: 1, b: [1, 2], c: { d: "x" } }, function (key, value) {
  seen.push(key === "" ? "(root)" : key);
  if (typeof value === "number") return value * 10;
  if (key === "d") return undefined;
  return value;
});
console.log(out, seen.join(","));
console.log(JSON.stringify([1, "two", 3], (k, v) => (typeof v === "string" ? v.length : v)));
console.log(JSON.stringify({ x: 1 }, (k, v) => (k === "" ? [v, v] : v)));
console.log(JSON.stringify(5, (k, v) => undefined));
console.log(JSON.stringify({ keep: 1, drop: 2 }, (k, v) => (k === "drop" ? function () {} : v), 1));

// the same object twice is not a cycle
const shared = { s: 1 };
console.log(JSON.stringify([shared, shared, { again: shared }]));

// cycles
const self = { name: "self" };
self.me = self;
try { JSON.stringify(self); } catch (e) { console.log(e instanceof TypeError, e.name, JSON.stringify(e.message)); }
const deep = { p: { q: [0, { r: { s: { t: {} } } }] } };
deep.p.q[1].r.s.t.back = deep;
try { JSON.stringify(deep); } catch (e) { console.log(e.message); }
class Node2 { constructor() { this.children = []; this.parent = null; } }
const root = new Node2();
const child = new Node2();
child.parent = root;
root.children.push(child);
try { JSON.stringify(root); } catch (e) { console.log(e.message); }
const arr = [1];
arr.push(arr);
try { JSON.stringify(arr); } catch (e) { console.log(e.message); }
const anon = {};
anon[""] = anon;
try { JSON.stringify({ wrap: [anon] }); } catch (e) { console.log(e.message.split("\n").length, e.message); }

// values from JSON round-trip
console.log(JSON.stringify(JSON.parse(JSON.stringify(rec))) === JSON.stringify(rec));
