// Map and Set: every method, SameValueZero keys, insertion order, printing
"use strict";

const m = new Map();
console.log(m.set("a", 1) === m, m.size);
m.set("b", 2).set("c", 3);
console.log(m.get("a"), m.get("b"), m.get("zz"), m.has("c"), m.has("d"));
console.log(m);

// keys: SameValueZero
const k = new Map();
k.set(NaN, "nan");
console.log(k.get(NaN), k.get(0 / 0), k.has(Number("x")));
k.set(-0, "zero");
console.log(k.get(0), k.get(-0), k.has(+0), [...k.keys()], Object.is([...k.keys()][1], -0));
k.set(1, "number one");
k.set("1", "string one");
console.log(k.get(1), k.get("1"), k.size);
const half = 0.5;
k.set(half * 4, "two");
console.log(k.get(2), k.get(4 / 2), k.get(2.0000001));
k.set(1.5, "x").set(3e9, "big").set(-7, "neg");
console.log(k.get(3 / 2), k.get(3000000000), k.get(-14 / 2));
k.set(true, "t").set(null, "n").set(undefined, "u");
console.log(k.get(true), k.get(false), k.get(null), k.get(undefined), k.get());
const o1 = { id: 1 }, o2 = { id: 1 };
k.set(o1, "first").set(o2, "second");
console.log(k.get(o1), k.get(o2), k.get({ id: 1 }));
const arr = [1, 2];
k.set(arr, "array");
console.log(k.get(arr), k.get([1, 2]));
function f() { return 1; }
k.set(f, "fn");
console.log(k.get(f), k.has(() => 1));
console.log(k);

// order: set of an existing key keeps its place, delete and re-add moves it last
const ord = new Map([["x", 1], ["y", 2], ["z", 3]]);
ord.set("x", 10);
console.log([...ord.keys()].join(","), ord.get("x"));
console.log(ord.delete("x"), ord.delete("x"), ord.size);
ord.set("x", 100);
console.log([...ord.entries()], ord);
ord.clear();
console.log(ord.size, ord, ord.get("y"));
ord.set("again", 1);
console.log(ord);

// many keys: the table grows and compacts, order survives
const big = new Map();
for (let i = 0; i < 1000; i++) big.set("k" + i, i);
for (let i = 0; i < 1000; i += 2) big.delete("k" + i);
for (let i = 0; i < 10; i++) big.set("n" + i, -i);
let sum = 0;
for (const v of big.values()) sum += v;
console.log(big.size, sum, big.get("k999"), big.get("k998"), [...big.keys()].slice(0, 3), [...big.keys()].slice(-2));

// forEach with (value, key, map)
m.forEach((v, key, map) => console.log(key, v, map === m));
const thisArg = { tag: "T" };
m.forEach(function (v) { console.log(this.tag, v); }, thisArg);

// iterators
const it = m.entries();
console.log(it.next(), it.next());
const kit = m.keys();
console.log(kit.next().value, [...kit]);
console.log(m.values().next());
const done = m.values();
for (const _ of done) { /* drain */ }
console.log(done.next());
for (const [key, value] of m.entries()) console.log(`${key}=${value}`);
for (const e of m) console.log(Array.isArray(e), e.length);
console.log(Array.from(m), Array.from(m.values()), Array.from(m.keys(), (x) => x + "!"));
console.log([...m].map(([a, b]) => a + b));

// Set
const s = new Set();
console.log(s.add(1) === s, s.add(2).add(3).add(2).size);
console.log(s.has(1), s.has(4), s.delete(2), s.delete(2), s);
s.add(NaN).add(NaN).add(-0).add(0);
console.log(s, s.has(NaN), s.size);
console.log(new Set("hello"), new Set([..."banana"]).size);
const s2 = new Set(s);
s2.add("more");
console.log(s.size, s2.size, s2);
s.forEach((v, v2, set) => console.log(v, v2 === v || (v !== v && v2 !== v2), set === s));
console.log([...s.values()], [...s.keys()], [...s.entries()]);
console.log(s.entries().next());
s.clear();
console.log(s, s.size);

// iteration while changing
const live = new Map([[1, "a"], [2, "b"]]);
let rounds = 0;
for (const [key] of live) {
  if (key < 5) live.set(key + 2, "added " + key);
  rounds++;
}
console.log(rounds, live);
const shrink = new Set([1, 2, 3, 4, 5, 6]);
for (const v of shrink) {
  shrink.delete(v + 1);
  console.log("visit", v);
}
console.log(shrink);
const churn = new Set([0]);
let visits = 0;
for (const v of churn) {
  visits++;
  churn.delete(v);
  if (v < 40) churn.add(v + 1);
}
console.log(visits, churn);
const cl = new Map([["a", 1], ["b", 2]]);
const seen = [];
for (const [key] of cl) {
  seen.push(key);
  if (key === "a") { cl.clear(); cl.set("c", 3); }
}
console.log(seen, cl);

// typeof, instanceof, JSON
console.log(typeof m, m instanceof Map, s instanceof Set, m instanceof Set, m instanceof Object, [] instanceof Map);
console.log(JSON.stringify(m), JSON.stringify({ m, s: new Set([1]) }), JSON.stringify([...m]));
const C = Map;
const viaVar = new C([["v", 1]]);
console.log(viaVar.get("v"), viaVar instanceof Map);

// nested printing
console.log([new Map([[1, { a: [1, 2] }]]), new Set([[1, 2], "s"])]);
console.log({ a: { b: { c: new Map([[1, 2]]), d: new Map(), e: new Set() } } });
console.log(new Map([[{ a: 1 }, [1, 2]], [NaN, -0]]));
const wide = new Set();
for (let i = 0; i < 30; i++) wide.add("item" + i);
console.log(wide);
const huge = new Set();
for (let i = 0; i < 120; i++) huge.add(i);
console.log(huge);
const mm = new Map();
for (let i = 0; i < 8; i++) mm.set("key" + i, { index: i, name: "n" + i });
console.log(mm);

// errors
try {
  new Map([1, 2]);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  m.forEach(5);
} catch (e) {
  console.log(e.constructor.name);
}

// array patterns over Maps, Sets, iterators and strings
const dm = new Map([["a", 1], ["b", 2], ["c", 3]]);
const [first, second] = dm;
console.log(first, second);
const [x0, ...others] = new Set([5, 6, 7]);
console.log(x0, others);
const dit = dm.keys();
const [k1] = dit;
console.log(k1, [...dit]);
let p, q;
[p, q] = new Set(["p", "q"]);
console.log(p, q);
function pairSum([a, b] = new Set([1, 2])) { return a + b; }
console.log(pairSum(), pairSum(new Map([[3, 4]]).values()));

// `in` finds the prototype's methods and `size`
const pm = new Map(), ps = new Set();
console.log("size" in pm, "get" in pm, "add" in pm, "add" in ps, "get" in ps, "forEach" in ps, "constructor" in pm, "zzz" in pm);
console.log("next" in pm.keys(), "value" in pm.keys(), pm.constructor === Map, ps.constructor === Set, `${pm}|${ps}`, String(ps));

// spread into calls, nesting, circular references, layouts
const sp = new Set([3, 9, 1]);
console.log(Math.max(...sp), Math.min(...sp.values()));
function three(a, b, c) { return a * 100 + b * 10 + c; }
console.log(three(...sp), [0, ...sp, 10]);
const nested = new Map([["inner", new Map([["deep", new Set([1, [2, 3]])]])]]);
console.log(nested);
console.log([nested, { sp }]);
const selfMap = new Map();
selfMap.set("me", selfMap);
console.log(selfMap);
const selfSet = new Set();
selfSet.add(selfSet);
console.log(selfSet, [selfSet]);
const objs = new Map();
objs.set("a", { list: [1, 2, 3], name: "alpha" }).set("b", { list: [], name: "beta" });
console.log(objs);
const long = new Map();
for (let i = 0; i < 5; i++) long.set("a-rather-long-key-number-" + i, "and a rather long value " + i);
console.log(long);
const mixed = new Map([[1, "one"], ["1", "string one"], [true, null], [null, undefined], [undefined, NaN]]);
console.log(mixed);
console.log(new Set(["a\nb", "it's", 1.5, -0, 1e21, -1e-7]), new Set([-0]).has(0));

// break, continue (labelled), return and throw inside loops over Maps and Sets
const lm = new Map([[1, "a"], [2, "b"], [3, "c"], [4, "d"]]);
const lout = [];
outer: for (const [k, v] of lm) {
  if (k === 2) continue;
  for (const x of new Set([10, 20, 30])) {
    if (x === 20 && k === 3) continue outer;
    if (x === 30) break;
    lout.push(k + v + x);
  }
  if (k === 4) break;
}
console.log(lout);
let ln = 0;
for (const k of lm.keys()) { for (const v of lm.values()) { ln += k; if (v === "b") break; } }
console.log(ln);
function findKey(map, want) { for (const [k, v] of map) { if (v === want) return k; } return -1; }
console.log(findKey(lm, "c"), findKey(lm, "z"));
try { for (const x of new Set([1, 2])) { throw new Error("in loop " + x); } } catch (e) { console.log(e.message); }
