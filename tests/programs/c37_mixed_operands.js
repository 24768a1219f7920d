// `+`, `<`, `==` and truthiness over every pair of value kinds the runtime knows,
// and `&&`, `||`, `!` in conditions. The runtime answers primitives first (a test
// against an object type costs wasmtime a call), and a condition tests each side
// of `&&` and `||` where it is without making the value; neither may change what
// is computed or in which order.
const log = [];
function note(tag, v) {
  log.push(tag);
  return v;
}

class Money {
  constructor(cents) {
    this.cents = cents;
  }
  valueOf() {
    note("valueOf", 0);
    return this.cents / 100;
  }
}
class Label {
  constructor(text) {
    this.text = text;
  }
  toString() {
    return "<" + this.text + ">";
  }
}

const fn = function named() { return 1; };
const values = [0, 1, -1, 2.5, -0, NaN, "", "0", "2", "abc", true, false, null, undefined,
  [], [3], [1, 2], {}, new Money(250), new Label("x")];
const names = ["0", "1", "-1", "2.5", "-0", "NaN", "''", "'0'", "'2'", "'abc'", "true", "false", "null",
  "undefined", "[]", "[3]", "[1,2]", "{}", "Money", "Label"];

for (let i = 0; i < values.length; i++) {
  const row = [];
  for (let j = 0; j < values.length; j++) {
    const a = values[i];
    const b = values[j];
    const sum = a + b;
    row.push(typeof sum === "number" ? String(sum) : JSON.stringify(sum));
    row.push(a < b ? "<" : a > b ? ">" : a <= b ? "=" : "?");
    row.push(a == b ? "eq" : "ne");
    row.push(a === b ? "same" : "diff");
  }
  console.log(names[i], row.join(" "));
}

// the same object is loosely equal to itself; two equal-looking ones are not
const m = new Money(5);
const arr = [1];
console.log(m == m, arr == arr, fn == fn, m == new Money(5), [1] == [1], arr == "1", m == 0.05);
// a function is NaN as a number, and loosely equal only to itself
console.log(fn < 1, fn > 1, fn == 1, fn == true, fn == null, fn == m, fn == arr, fn === fn, fn * 2, -fn);

// conditions: each side evaluated once, left to right, the right one only when needed
function t(tag, v) {
  return note(tag, v);
}
log.length = 0;
if (t("a", 1) && t("b", 0)) log.push("then"); else log.push("else");
if (t("c", 0) && t("d", 1)) log.push("then"); else log.push("else");
if (t("e", 0) || t("f", "")) log.push("then"); else log.push("else");
if (t("g", "x") || t("h", 0)) log.push("then"); else log.push("else");
if (!t("i", null) && !(t("j", []) && t("k", NaN))) log.push("then"); else log.push("else");
while (t("l", log.length < 14) && t("m", true)) log.push("loop");
console.log(log.join(","));

// the value of `&&` and `||` is still an operand, not a boolean
const mixed = [1 && "one", 0 && "zero", "" || null, null || undefined, {} && 7, NaN || "nan", !!fn, !fn, !!"", !![]];
console.log(JSON.stringify(mixed.map((v) => (v === undefined ? "undefined" : v))));

// a typed call's boolean and a dispatched call's value under one `&&`
class Box {
  constructor(lo, hi) {
    this.lo = lo;
    this.hi = hi;
  }
  contains(x) {
    return this.lo <= x && x <= this.hi;
  }
}
class Odd {
  contains(x) {
    return x % 2 === 1 ? "odd" : 0;
  }
}
class Any {
  contains(x) {
    return x > 5 ? [x] : null;
  }
}
const box = new Box(2, 8);
const tests = [new Odd(), new Any()];
let hits = 0;
for (let x = 0; x < 10; x++) {
  for (let k = 0; k < tests.length; k++) {
    if (box.contains(x) && tests[k].contains(x)) hits += x * (k + 1);
    if (!box.contains(x) || !tests[k].contains(x)) hits -= 1;
  }
}
console.log("hits", hits);
