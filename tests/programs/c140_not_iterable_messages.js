// Node's messages for values that are not iterable, and for object patterns
// given undefined or null: named by the expression's text where V8 keeps it
// (for-of, spread, declarations), by the value's type or the pattern's key
// elsewhere (codegen/iter_messages.py). Each case prints the caught message.
"use strict";
function t(f) { try { f(); } catch (e) { console.log(e.constructor.name + ": " + e.message); } }
(function part_a() {
const o = { a: 1, n: null };
let u;
t(() => { for (const x of 5) {} });
t(() => { for (const x of o) {} });
t(() => { for (const x of o.n) {} });
t(() => { for (const x of u) {} });
t(() => { const [a, b] = o; });
t(() => { const [a, b] = 7; });
t(() => { return [...o]; });
t(() => { return [...u]; });
t(() => { return Math.max(...o); });
t(() => { return Math.max(...u); });
t(() => { return new Map(o); });
t(() => { return new Set(5); });
t(() => { return Array.from(5).length; });
t(() => { let a, b; [a, b] = o; });
t(() => { const [a] = {}; });
t(() => { const [a] = { k: 1 }; });
})();
(function part_b() {
const o = { a: 1, n: null, f() { return 3; }, arr: [o => 1] };
function g() { return 4; }
let u; let i = 0;
t(() => { for (const x of g()) {} });
t(() => { for (const x of o.f()) {} });
t(() => { for (const x of o["n"]) {} });
t(() => { for (const x of o[i]) {} });
t(() => { for (const x of (i + 1)) {} });
t(() => { for (const x of this) {} });
t(() => { for (const x of null) {} });
t(() => { for (const x of true) {} });
t(() => { for (const x of {}) {} });
t(() => { for (const x of o.a.b) {} });
t(() => { for (const x of new Object()) {} });
t(() => { const {a: [p]} = o; });
t(() => { function h([a]) {} h(5); });
t(() => { let a; for ([a] of [5]) {} });
t(() => { const [[a]] = [o]; });
t(() => { return [...g()]; });
t(() => { return g(...o); });
t(() => { return g(...5); });
t(() => { return g(...null); });
t(() => { return new Set(o); });
t(() => { return new Map([1]); });
t(() => { return Array.from(o); });
t(() => { return Array.from(null); });
t(() => { for (const [k, v] of [1]) {} });
})();
(function part_c() {
const o = { a: 1 }; class P {}; const p = new P(); function fn() {}
for (const v of [5, 1.5, -0, NaN, true, false, null, undefined, o, p, fn, "abc"]) {
  t(() => new Set(v));
}
t(() => { let a, b; [a, b] = o; });
t(() => { let a, b; [a, b] = 5; });
t(() => { let a, b; [a, b] = null; });
t(() => { const [a, b] = null; });
t(() => { const [a, b] = undefined; });
t(() => { function h([a]) {} h(o); });
t(() => { const f = ([a]) => a; f(null); });
t(() => { for (const [k] of [5]) {} });
t(() => { for (const [k] of [o]) {} });
t(() => { const [[a]] = [5]; });
})();
(function part_d() {
const o = { a: 1, n: null, b: { c: 5 }, k: "b" }; let u; let i = 0; const arr = [5, o];
t(() => { for (const x of (o, 5)) {} });
t(() => { for (const x of (i ? o : 5)) {} });
t(() => { for (const x of (u || 5)) {} });
t(() => { for (const x of -i) {} });
t(() => { for (const x of { a: 1 }) {} });
t(() => { for (const x of o?.n) {} });
t(() => { for (const x of o.b.c) {} });
t(() => { for (const x of o[o.k]) {} });
t(() => { for (const x of arr[0]) {} });
t(() => { for (const x of arr[1]) {} });
t(() => { for (const x of o["b"]) {} });
t(() => { for (const x of 1.50) {} });
t(() => { for (const x of 1e21) {} });
t(() => { for (const x of 0x10) {} });
t(() => { for (const x of (() => 1)) {} });
t(() => { for (const x of typeof i) {} });
t(() => { for (const x of undefined) {} });
t(() => { for (const x of o.b.c.d) {} });
t(() => { for (const x of i++) {} });
t(() => { for (const x of (i = 3)) {} });
t(() => { let a, b; [a, b] = undefined; });
t(() => { function h([a]) {} h(); });
t(() => { return [...o.b]; });
t(() => { return [1, ...5]; });
t(() => { const n = null; return Math.max(...n); });
t(() => { return Math.max(...o.n); });
t(() => { return [...new Object()]; });
class K { m() { for (const x of this.v) {} } }
t(() => new K().m());
})();
(function part_e() {
const o = { a: 1, n: null, b: { c: 5 }, k: "b", f() { return 5; } }; let u; let i = 0; function g() { return 4; }
t(() => { let a; for ([a] of [5]) {} });
t(() => { for (const [[a]] of [[5]]) {} });
t(() => { for (const {a: [b]} of [o]) {} });
t(() => { const [a] = g(); });
t(() => { const [a] = o.f(); });
t(() => { const [a] = 5; });
t(() => { const [a] = this; });
t(() => { const [a] = (i + 1); });
t(() => { let [a] = o; });
t(() => { var [a] = o; });
t(() => { const x = 1, [a] = o; });
t(() => { for (const x of o) { } });
t(() => { for (let x of o) { } });
t(() => { for (var x of o) { } });
t(() => { let x; for (x of o) { } });
t(() => { return g(...u); });
t(() => { return g(1, ...o.n); });
t(() => { return o.f(...5); });
t(() => { return [...-1]; });
t(() => { return [...true]; });
t(() => { return [...o["n"]]; });
t(() => { return [...o[i]]; });
t(() => { return [...o.b["c"]]; });
t(() => { return [...o["a b"]]; });
t(() => { const [a] = undefined; });
t(() => { const [a] = null; });
t(() => { const [a] = u; });
})();
(function part_f() {
const o = { a: 1, n: null, b: { c: 5 }, k: "b", f() { return o; }, g() { return 5; } }; let u; let i = 0; function g() { return 4; }
t(() => { for (const x of o.f().a) {} });
t(() => { for (const x of g().a) {} });
t(() => { for (const x of new Object().a) {} });
t(() => { for (const x of o.g()) {} });
t(() => { for (const x of o.f().g()) {} });
t(() => { for (const x of o[0]) {} });
t(() => { return [...o["1x"]]; });
})();
(function part_g() {
const o = { a: 1, b: { c: 2 }, d: [1] }; let u;
t(() => { const {a: [p]} = o; });
t(() => { const {b: {c: [p]}} = o; });
t(() => { const {a: [p] = 5} = o; });
t(() => { const [{a: [p]}] = [o]; });
t(() => { let p; ({a: [p]} = o); });
t(() => { function h({a: [p]}) {} h(o); });
t(() => { for (const {b: {c: [p]}} of [o]) {} });
})();
(function part_h() {
let u; const o = {n: null};
t(() => { const {a} = u; });
t(() => { const {a} = o.n; });
t(() => { const {a} = null; });
t(() => { let a; ({a} = u); });
t(() => { function h({a}) {} h(); });
t(() => { for (const {a} of [null]) {} });
t(() => { const [{a}] = [u]; });
t(() => { const {a: {b}} = {}; });
})();
(function part_i() {
let u; const o = {n: null}; function g() {}
t(() => { const {} = u; });
t(() => { const {...r} = u; });
t(() => { const {["a"]: x} = u; });
t(() => { const {a} = g(); });
t(() => { const {a} = o.n.m; });
t(() => { const [{}] = [u]; });
t(() => { const {a = 1} = u; });
t(() => { const {"b c": x} = u; });
t(() => { const {1: x} = u; });
})();
