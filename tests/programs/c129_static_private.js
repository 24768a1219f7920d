// Static private members: counters, a private static method, `this` in static
// methods, `#x in C`, and the TypeError a subclass meets (static privates are
// the class's own, not inherited).
class Counter {
  static #made = 0;
  static #log = [];
  static #limit = 3;
  #id;
  constructor(name) {
    Counter.#made++;
    this.#id = Counter.#made;
    this.name = name;
    Counter.#note(`made ${name}`);
  }
  static #note(s) { Counter.#log.push(s); return Counter.#log.length; }
  static made() { return Counter.#made; }
  static full() { return this.#made >= Counter.#limit; }
  static reset() { Counter.#made = 0; this.#made += 10; Counter.#made -= 5; Counter.#limit ??= 9; return Counter.#made; }
  static log() { return Counter.#log.join("; "); }
  static owns(x) { return #made in x; }
  static peek(x) { return x.#made; }
  id() { return this.#id; }
}
class Sub extends Counter {}
const a = new Counter("a"), b = new Counter("b");
console.log(Counter.made(), Counter.full(), a.id(), b.id(), Counter.log());
new Sub("c");
console.log(Counter.made(), Counter.full(), Counter.reset(), Counter.owns(Counter), Counter.owns(Sub), Counter.owns(a));
console.log(Counter, Object.keys(Counter), Sub.made(), JSON.stringify(Counter), typeof Counter.made);
try { Counter.peek(Sub); } catch (e) { console.log(e.constructor.name, e.message); }
try { Sub.full(); } catch (e) { console.log(e.constructor.name, e.message); }
try { Counter.owns(5); } catch (e) { console.log("#made in 5:", e.constructor.name); }
