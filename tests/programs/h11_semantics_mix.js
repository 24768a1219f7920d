// A grab bag of everyday semantics: rest arguments, Array.from, closures in loops, super property reads, statics inherited, getters on statics, string iteration.
function sum(...args) { let s = 0; for (let i = 0; i < args.length; i++) s += args[i]; return s + "/" + args.length; }
console.log(sum(), sum(1), sum(1, 2, 3, 4, 5));
console.log(Array.from({ length: 5 }, (_, i) => i * i), Array.from("héllo"), Array.from([1, 2, 3], x => x * 2), Array.isArray([]), Array.isArray("a"));
console.log(new Array(4).fill(0), new Array(3).fill().map((_, i) => i), Array.of(7, 8), [..."abc"].reverse().join(""));
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
var vfns = [];
for (var j = 0; j < 3; j++) vfns.push(() => j);
console.log(fns.map(f => f()), vfns.map(f => f()));
class Base {
  static kind = "base";
  static make() { return new this(); }
  static get label() { return "<" + this.kind + ">"; }
  greet() { return "hi from " + this.constructor.name; }
  get who() { return "base"; }
}
class Mid extends Base {
  static kind = "mid";
  greet() { return super.greet() + " via Mid"; }
  get who() { return "mid>" + super.who; }
}
class Leaf extends Mid {
  greet() { return super.greet() + " via Leaf"; }
  get who() { return "leaf>" + super.who; }
}
const leaf = Leaf.make();
console.log(leaf.greet(), leaf.who, Leaf.kind, Leaf.label, Mid.label, Base.label, leaf instanceof Mid);
console.log(typeof Leaf, typeof leaf, leaf.constructor === Leaf, Leaf.name, String(Leaf.make === Base.make));
function counter(start = 0, step = start > 10 ? 10 : 1) {
  let n = start;
  return { next: () => (n += step), peek: () => n, reset() { n = start; return this; } };
}
const c1 = counter(), c2 = counter(20), c3 = counter(5, -2);
c1.next(); c1.next(); c2.next(); c3.next(); c3.next(); c3.next();
console.log(c1.peek(), c2.peek(), c3.peek(), c3.reset().peek(), c1.next());
const memo = new Map();
function fib(n) { if (n < 2) return n; if (memo.has(n)) return memo.get(n); const v = fib(n - 1) + fib(n - 2); memo.set(n, v); return v; }
console.log(fib(50), fib(90), memo.size);
const compose = (...fs) => x => fs.reduceRight((acc, f) => f(acc), x);
console.log(compose(x => x + 1, x => x * 2, x => x - 3)(10));
const s = "a😀b";
console.log(s.length, [...s].length, s.charCodeAt(1), s.codePointAt(1), s.split(""), Array.from(s));
const obj = { a: 1, b: { c: [1, 2, { d: 3 }] } };
const copy = { ...obj, b: { ...obj.b }, e: 5 };
copy.b.c.push(4);
console.log(obj.b.c.length, copy, Object.assign({}, { x: 1 }, null, { y: 2 }, { x: 3 }));
console.log(Object.values({ p: 1, q: "two", r: [3] }), Object.entries({ 2: "b", 1: "a", z: "z" }), Object.keys("str"));
let x = 5;
x ||= 7; let y = 0; y ||= 7; let z = null; z ??= "dflt"; let w = 1; w &&= "and";
console.log(x, y, z, w, null ?? 0 ?? 1, (0 || null) ?? "n");
console.log([10, 1, 3].sort().concat([undefined, 2].sort()), [3, undefined, 1].sort((a, b) => a - b));
console.log(typeof null, typeof undefined);
