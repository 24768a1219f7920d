// A class's own or inherited static `call`, `apply` or `bind` shadows
// Function.prototype's; a function's own `call` property too. Everything else
// still gets the built-in ones.
class A {
  static call(x) { return "A.call " + x + " on " + this.name; }
  static apply(x) { return "A.apply " + x; }
  static bind(x) { return "A.bind " + x; }
}
class B extends A {}
class C extends B {
  static get bind() { return (y) => "getter bind " + y; }
}
console.log(B.call(1));
console.log(B.apply(2));
console.log(B.bind(3));
console.log(A.call(4));
console.log(C.bind(5), C.call(6));

function f(a) { return "f " + this + " " + a; }
console.log(f.call("t", 1), f.apply("u", [2]), f.bind("v")(3));
function g() { return "g"; }
g.call = function (z) { return "own call " + z; };
console.log(g.call(7), g.apply(null, []));

// the same name reached through a variable holding any of them
const fs = [f, g, A, B, C];
for (const h of fs) console.log(h.call("w", 8));

class D { static m() { return "D.m"; } }
console.log(D.m.call(null), D.m.apply(null), D.m.bind(null)());
