// A class value called as a function throws node's TypeError, whatever way
// the call is made; `new`, an implicit `super(...)` and spread construction
// still run the constructor.
class Counter {
  constructor(start) {
    this.value = start;
    console.log("constructor ran with", start);
  }
}
class Sub extends Counter {}
const holder = { Counter, anon: [class {}][0] };
const target = {};
const attempts = [
  ["plain call", () => holder.Counter(1)],
  ["call", () => holder.Counter.call(target, 2)],
  ["apply", () => holder.Counter.apply(target, [3])],
  ["anonymous", () => holder.anon()],
  ["subclass", () => [Sub][0](4)],
];
for (const [what, attempt] of attempts) {
  try {
    attempt();
    console.log(what, "did not throw");
  } catch (e) {
    console.log(what, e instanceof TypeError, e.message);
  }
}
console.log("target untouched:", Object.keys(target).length);
const made = [new Sub(5), new Sub(...[6]), new holder.Counter(7)];
console.log(made.map((c) => c.value), made[0] instanceof Counter);
