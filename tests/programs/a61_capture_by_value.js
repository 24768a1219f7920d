// Captured variables that are never reassigned: closures hold their values
// (const, let, parameters, a var initialised once in the function body, for-of
// and loop-body bindings, catch parameters, destructured bindings, `this` in
// arrows, numbers kept unboxed by their owner) and the environment chain
// through several levels of functions.
const out = [];

function constants(n) {
  const k = n * 3;            // a number: an unboxed local in its owner
  let label = "k" + n;        // a let that is never assigned again
  var once = [n, n + 1];      // a var with one initialiser in the body
  return () => `${label}=${k} once=${once.join(",")} n=${n}`;
}
out.push(constants(2)(), constants(5)());

// per iteration: each loop-body binding is new, each closure keeps its own
const perIter = [];
for (const word of ["alpha", "beta", "gamma"]) perIter.push(() => word.toUpperCase());
for (let i = 0, n = 3; i < n; i++) {
  const sq = i * i;
  perIter.push(() => `${sq}/${n}`);
}
let w = 0;
while (w < 3) {
  const snapshot = w * 10;
  perIter.push(() => snapshot + 1);
  w++;
}
out.push(perIter.map((f) => f()).join(" "));

// destructured bindings: declarations, parameters, for-of heads
function destructured({ x, y: [y0, y1] }, [first, ...more]) {
  const { p = 7, q } = { q: "Q" };
  return () => [x, y0, y1, first, more.length, p, q].join(":");
}
out.push(destructured({ x: 1, y: [2, 3] }, ["f", "g", "h"])());
const pairs = [];
for (const [key, value] of [["a", 1], ["b", 2]]) pairs.push(() => key + value);
out.push(pairs.map((f) => f()).join(","));

// catch parameters, one per throw
const caught = [];
for (let t = 0; t < 3; t++) {
  try {
    throw new RangeError("bad " + t);
  } catch (e) {
    caught.push(() => `${e.name}: ${e.message}`);
  }
  try {
    JSON.parse("{" + t);
  } catch ({ name }) {
    caught.push(() => name);
  }
}
out.push(caught.map((f) => f()).join(" | "));

// `this` captured by arrows, one and two levels deep
class Box {
  constructor(v) { this.v = v; }
  getter() { return () => this.v; }
  deep() { return () => () => this.v * 2; }
  each(xs) { return xs.map((x) => this.v + x); }
}
const bx = new Box(21);
out.push(`${bx.getter()()} ${bx.deep()()()} ${bx.each([1, 2]).join(",")}`);
const plain = { name: "plain", make: function () { return [1, 2].map(() => this.name); } };
out.push(plain.make().join("+"));

// the environment chain: a closure reading variables two and three functions up
function level1(a) {
  const b = a + 1;
  return function level2(c) {
    const d = b * c;
    return (e) => () => `${a} ${b} ${c} ${d} ${e} ${a + b + c + d + e}`;
  };
}
out.push(level1(1)(2)(3)());
const l2 = level1(10);
out.push(l2(1)(0)(), l2(2)(5)());

// default parameter expressions making closures over earlier parameters
function defaults(a, get = () => a * 2, both = () => get() + a) {
  return [get(), both()];
}
out.push(defaults(4).join(","), defaults(4, () => -1).join(","));

// named function expressions: their own name, also from a closure inside
const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
const viaArrow = function g(n) { const again = () => g; return n === 0 ? "done" : again()(n - 1); };
out.push(`${fact(10)} ${viaArrow(4)}`);

// closures kept in objects and called much later
function makeCounterPair(start) {
  const base = start;
  let count = 0;            // assigned: stays in a cell, shared by both closures
  return { inc: () => { count += base; return count; }, peek: () => count + base };
}
const pair = makeCounterPair(5);
pair.inc(); pair.inc();
out.push(`${pair.inc()} ${pair.peek()}`);

// a class declared in a function, constructed from a closure made after it
function factory(scale) {
  class Pt { constructor(x) { this.x = x; } }
  return (x) => new Pt(x * scale).x;
}
out.push(factory(3)(7));

// hoisted functions reading a parameter and a const declared before their block
function hoistedByValue(p) {
  const before = p + "!";
  let got = "";
  { function inner() { return before + p; } got = inner(); }
  function twiceP() { return p * 2; }
  return got + " " + twiceP();
}
out.push(hoistedByValue(4));

for (const line of out) console.log(line);
