// A field some objects of a type get after construction, over a key they inherit:
// until an object has it, reading it finds the inherited value (a method, a key
// of Object.prototype or Error.prototype), not undefined.
class A { m() { return 1; } }
const a = new A(), b = new A();
b.m = () => 2;
const f = a.m;
console.log(typeof f, a.m(), b.m(), f === new A().m);
function pick(o) { return o.m; }
console.log(typeof pick(a), typeof pick(b), pick(a) === pick(new A()));
const plain = { x: 1 }, other = { x: 2 };
other.toString = () => 'other!';
console.log(String(other), typeof plain.toString, `${plain}`);
const o1 = {}, o2 = {};
o2.constructor = 'mine';
console.log(o1.constructor === Object, o2.constructor);
class E extends Error {}
const e1 = new E('a'), e2 = new E('b');
e2.name = 'Custom';
console.log(e1.name, e2.name, String(e1), String(e2));
