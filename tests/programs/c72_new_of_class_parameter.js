// new C(...) of a class parameter that may be one of several classes, one of them
// with no constructor of its own (the object was a dictionary; the constructor trapped).
function make(C, a) { return new C(a); }
class P { constructor(a) { this.s = a + 1; } }
class Q {}
class R extends P { constructor(a) { super(a * 10); this.r = true; } }
console.log(make(Q, 'x'));
console.log(make(P, 1));
console.log(make(R, 2), make(P, 3) instanceof P, make(Q) instanceof P);
const registry = { p: P, q: Q };
for (const k of ['p', 'q', 'p']) console.log(k, new registry[k](5));
