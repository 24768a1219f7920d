// An instance of an anonymous class prints with the nearest named class up its
// chain, or none (it printed with a leading space).
const make = () => class {};
const C = make();
console.log(new C());
console.log([new C()]);
class Base { constructor() { this.b = 1; } }
const mk2 = () => class extends Base {};
const D = mk2();
console.log(new D(), [new D()]);
