// Closures per iteration, object-literal methods with closures, switch fall-through,
// getters overridden in a subclass with super, hoisting, defaults and rest,
// nested destructuring defaults, strings by code point, default sort order.
const fs = [];
for (let i = 0; i < 3; i++) { fs.push(() => i); i += 0; }
for (let i = 0, j = 10; i < 2; i++, j--) fs.push(() => i * 100 + j);
for (const x of ["a", "b"]) fs.push(() => x);
let k = 0; while (k < 2) { let m = k; fs.push(() => m); k++; }
console.log(fs.map(f => f()));
function counter() { let c = 0; return { inc() { c++; return this; }, get() { return c; } }; }
const c1 = counter(), c2 = counter(); c1.inc().inc(); c2.inc();
console.log(c1.get(), c2.get());
switch (3) { case 1: console.log("one"); case 3: console.log("three"); case 4: console.log("four"); break; case 5: console.log("five"); default: console.log("dflt"); }
switch ("x") { default: console.log("d"); case "y": console.log("y"); }
class A { constructor() { this._v = 1; } get v() { return this._v; } set v(x) { this._v = x * 2; } describe() { return `A(${this.v})`; } }
class B extends A { get v() { return super.v + 100; } describe() { return "B:" + super.describe(); } }
const b = new B(); console.log(b.v, b._v, b.describe(), `${b.describe()} and ${[1, 2]} and ${{}}`);
function hoist() { return typeof inner + typeof later; function inner() {} var later = 1; }
console.log(hoist());
const obj = { name: "o", greet() { return () => this.name; } }; console.log(obj.greet()());
const add = (a, b = a * 2, ...rest) => a + b + rest.length; console.log(add(1), add(1, 1), add(1, 1, 9, 9));
const { a: { b: deep = 5 } = {}, ...others } = { c: 3, d: 4 }; console.log(deep, others);
const [p = 1, [q] = [2]] = []; console.log(p, q);
let s = ""; for (const ch of "a😀b") s += `[${ch}]`; console.log(s, "a😀b".length, [..."a😀b"].length);
console.log([3, 20, 100].sort(), ["b", "B", "a", "é", "e"].sort(), [true, false].sort(), [null, undefined, 1].join("|"));
