// Reading a let, const or class binding before its declaration has run, in the
// function that declares it, throws node's ReferenceError (the build once read
// undefined, or trapped on a class); a closure that runs later reads the value.
function t(f) { try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; } }
try { console.log(X); } catch (e) { console.log(e.constructor.name, e.message); }
try { console.log(typeof C); } catch (e) { console.log(e.constructor.name, e.message); }
const X = 5;
class C {}
function f() { return X; }
console.log(f(), t(() => X));
function g(k) {
  if (k) {
    try { return y + 1; } catch (e) { return e.message; }
  }
  let y = 2;
  for (let i = 0; i < 2; i++) {
    try { console.log(i, z); } catch (e) { console.log(i, e.message); }
    const z = i * 10;
    console.log(z);
  }
  const h = () => y;
  return h();
}
console.log(g(true), g(false));
let n = 0;
while (n < 2) { n++; }
let after = n;
console.log(after);
switch (n) { case 2: let s = "two"; console.log(s); }
const out = [];
try { out.push(new K(1)); } catch (e) { out.push(e.message); }
try { out.push(K.make()); } catch (e) { out.push(e.message); }
try { out.push(K.LIMIT); } catch (e) { out.push(e.message); }
try { K.OTHER = 3; } catch (e) { out.push(e.message); }
try { out.push(F()); } catch (e) { out.push(e.message); }
try { out.push(N()); } catch (e) { out.push(e.message); }
class K {
  static LIMIT = 5;
  constructor(v) { this.v = v; }
  static make() { return new K(2); }
}
const F = () => 1;
const N = 3;
console.log(out, new K(1).v, K.make().v, K.LIMIT, F(), t(() => N()));
