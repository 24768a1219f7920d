// Static accessors (inherited, with and without setters), static methods that are
// not enumerable, a static method replaced by assignment, and an own property that
// shadows a method only on the instance that has it.
class A {
  static m() { return 1; }
  static x = 1;
  static get twice() { return this.x * 2; }
  static set twice(v) { this.x = v / 2; }
  static get only() { return "ro:" + this.name; }
}
A.y = 2;
console.log(Object.keys(A), A.m(), A.x, A.y, A.twice, A.only);
for (const k in A) console.log("key", k);
A.twice = 10;
console.log(A.x, A.twice);
class B extends A { static z = 3; }
console.log(B.twice, B.only, Object.keys(B), B.m());
B.twice = 40;
console.log(B.x, A.x, Object.keys(B));
A.m = () => 5;
console.log(A.m(), Object.keys(A));
class Foo { bar() { return 1; } baz() { return 2; } }
const f = new Foo();
console.log(f.bar(), f.baz());
console.log(f.bar());
const g = new Foo();
g.baz = () => 20;
console.log(g.baz(), f.baz());
