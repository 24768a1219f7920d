// Assorted semantics: var capture in loops, chained calls, arrow this at top level,
// switch in arrows, hoisting, operators, number parsing and printing, sort
// stability and default order, strict-mode this.
const fns = [];
for (var i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map(f => f()));
let total = 0;
function add(n) { total += n; return add; }
add(1)(2)(3);
console.log(total, (() => typeof this)());
console.log([1,2,3].map((x) => { switch (x) { case 1: return "one"; case 2: { return "two"; } default: return "many"; } }));
var hoisted = typeof later; function later() {}
console.log(hoisted, typeof notDefined, void 0, (1, 2), !!"", +"3" + 1, "3" * "4", 7 % -3, -7 % 3, 2 ** 10, 5 / 0, -5 / 0, 0 / 0);
console.log(parseInt("12px"), parseFloat("3.5e2x"), Number("0x10"), Number(""), Number(" 12 "), (12.345).toFixed(1), (0.000001234).toString(), (1e-7).toString(), 123e20, 2**53 + 1);
const recs = [];
for (let i = 0; i < 30; i++) recs.push({k: i % 3, i});
recs.sort((a, b) => a.k - b.k);
console.log(recs.map(r => r.i).join(","));
console.log([10, 1, 5, 100, 25].sort(), ["b", "a", "B", "é", "e", "Z"].sort(), [3, undefined, 1, undefined, 2].sort());
console.log([1, 2, 3].sort(() => 0), [5, 1, 4].sort((a, b) => b > a ? 1 : -1));
class PQ { constructor() { this.h = []; } push(x) { this.h.push(x); this.h.sort((a, b) => a.p - b.p); } pop() { return this.h.shift(); } get size() { return this.h.length; } }
const q = new PQ(); [5, 3, 9, 1].forEach((p, i) => q.push({p, name: "t" + i}));
let out = []; while (q.size) out.push(q.pop().name); console.log(out.join(" "));
const m = {}; m[3] = "c"; m[1] = "a"; m.b = "x"; m[2] = "b"; console.log(Object.keys(m));
function strictThis() { "use strict"; return typeof this; }
console.log(strictThis(), [1].map(function () { "use strict"; return this; }));
