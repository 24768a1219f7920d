// A function's `length`: its parameters before the first default or rest (a bound
// function: the target's less the bound arguments). A static field named
// `length` is an own property and reads as usual.
class Sized {
  static length = 3;
}
const sum = (...xs) => xs.reduce((a, b) => a + b, 0);
console.log(Sized.length, sum(1, 2), sum.name);
console.log(sum.length);
function add(a, b) { return a + b; }
const curry = (fn) => { const go = (...args) => args.length >= fn.length ? fn(...args) : (...more) => go(...args, ...more); return go; };
console.log(curry(add)(1)(2), add.length, ((a, b = 1, c) => 0).length, ((...r) => 0).length, (function () {}).length);
class K { constructor(x, y) {} m(a) {} static s(a, b, c) {} }
class L extends K {}
const k = new K();
console.log(K.length, L.length, k.m.length, K.s.length, add.bind(null, 1).length, add.bind(null, 1, 2, 3).length);
