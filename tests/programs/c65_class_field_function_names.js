// Functions in class fields (instance and static) are named after the field.
class C {
  inc = () => 1;
  dec = function () { return -1; };
  named = function inner() { return 0; };
  static make = () => new C();
  static helper = function () {};
}
const c = new C();
console.log(c, c.inc.name, c.dec.name, c.named.name, C.make.name, C.helper.name);
console.log({ f: () => 1, g: function () {} });
