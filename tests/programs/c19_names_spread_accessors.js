// Function names given by bindings, object spread copies (maps, in node's key
// order, missing keys missing), and reading a property that has only a setter.
const f = () => 1;
const g = function () {};
let h;
h = (x) => x;
function withDefault(cb = () => 0) { return cb.name; }
const o = { m: () => 2, n() {} };
console.log(f, g, h, o.m, o.n, f.name, g.name, h.name, o.m.name, withDefault());
const named = function inner() {};
console.log(named.name, [() => 1][0].name === "");

const src = { a: 1 };
const copy = { ...src, b: 2 };
console.log(copy, copy.b, Object.keys(copy));
function mk(flag) { const s = { x: 1 }; if (flag) s.y = 2; return s; }
for (const flag of [false, true]) {
  const c = { w: 0, ...mk(flag), z: 3, x: 9 };
  console.log(c, c.y, c.z, JSON.stringify(c), "y" in c);
}
const defaults = { size: 12, color: "black" };
const opts = { ...defaults, ...{ color: "red" } };
opts.size += 1;
console.log(opts, opts.size, opts.color);

class A {
  set v(x) { this._v = x; }
  static set s(x) { A._s = x; }
}
const a = new A();
console.log(a.v, A.s);
a.v = 5;
A.s = 6;
console.log(a._v, a.v, A._s, A.s);
