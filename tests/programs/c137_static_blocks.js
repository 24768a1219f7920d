// Class static blocks: run once, in member order with the static fields, with
// the class as `this`, their own var scope, super, and the temporal dead zone of
// bindings declared later.
class Registry {
  static items = [];
  static count = 0;
  static {
    for (const name of ['a', 'b', 'c']) Registry.items.push(name.toUpperCase());
    Registry.count = Registry.items.length;
  }
  static limit = Registry.count * 10;
  static {
    this.ready = true;
    this.describe = () => `${this.count} items, limit ${this.limit}`;
    var local = 'scoped';
    Registry.note = local;
  }
  static add(x) { Registry.items.push(x); return ++Registry.count; }
}
console.log(Registry.items, Registry.count, Registry.limit, Registry.ready, Registry.describe(), Registry.note, Registry.add('d'));
let log = [];
class Order {
  static a = log.push('field a');
  static { log.push('block 1'); }
  static b = log.push('field b');
  static { log.push('block 2 sees b=' + Order.b); }
}
console.log(log.join(', '), typeof local);
class Base { static greet() { return 'base'; } }
class Derived extends Base { static { Derived.msg = super.greet() + '!'; } }
console.log(Derived.msg);
class A { static { try { console.log(A.x); } catch (e) { console.log(e.message); } } static x = 1; }
console.log(A.x);
let later = 5;
class B { static { try { console.log(later2); } catch (e) { console.log(e.message); } } }
let later2 = 6;
