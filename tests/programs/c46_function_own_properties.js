// A function (a class, with its statics) inherits hasOwnProperty and valueOf from
// Object.prototype, as node's do; the build once said "is not a function".
class Klass {
  static A = 7;
  static m() { return 1; }
}
class Sub extends Klass {
  static own = 1;
}
function plain() {}
plain.extra = 2;
const arrow = () => 3;
console.log(Klass.hasOwnProperty("A"), Klass.hasOwnProperty("m"), Klass.hasOwnProperty("zz"), Klass.hasOwnProperty("name"));
console.log(Sub.hasOwnProperty("A"), Sub.hasOwnProperty("own"), Sub.hasOwnProperty("length"), "A" in Sub);
console.log(plain.hasOwnProperty("extra"), arrow.hasOwnProperty("x"), typeof Klass.valueOf, Klass.valueOf() === Klass);
const key = "A";
console.log(Klass.hasOwnProperty(key), Object.keys(Klass), Object.keys(plain));
