// An anonymous class expression takes its name from its binding, as node names it.
const o = { Kid: class {}, "str key": class { hi() { return 1; } } };
const C = class {};
let D;
D = class extends C {};
class Base { who() { return this.constructor.name; } }
const E = class extends Base {};
console.log(o.Kid.name, o.Kid, C.name, C, new o.Kid(), new C(), D.name, new D(), new E().who(), o["str key"].name);
const F = class Named {};
console.log(F.name, new F(), (class {}).name === "", [class {}][0].name === "");
