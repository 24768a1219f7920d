// Checks default parameters (incl. referencing earlier params and undefined vs null) and rest parameters.
function greet(name = "stranger", greeting = "Hello") {
  return greeting + ", " + name + "!";
}
console.log(greet());
console.log(greet("Ann"));
console.log(greet("Bob", "Hi"));
console.log(greet(undefined, "Hey"));
console.log(greet(null));
console.log(greet(""));

function box(w, h = w, label = "box " + w + "x" + h) {
  return { w, h, label };
}
console.log(box(2), box(2, 5), box(3, undefined, "custom"));

let counter = 0;
function nextId(id = ++counter) {
  return id;
}
console.log(nextId(), nextId(), nextId(50), nextId());

const arrowDefault = (x, y = x * 2, z = x + y) => [x, y, z];
console.log(arrowDefault(1), arrowDefault(1, 1), arrowDefault(1, 1, 1));

function sumAll(first, ...rest) {
  let s = first;
  for (const r of rest) s += r;
  return { first, count: rest.length, total: s };
}
console.log(sumAll(1), sumAll(1, 2, 3), sumAll("a", "b", "c"));

function tagged(label, ...values) {
  return label + "(" + values.length + "): " + values.map((v) => String(v)).reduce((a, b) => a + "|" + b, "");
}
console.log(tagged("none"));
console.log(tagged("nums", 1, 2.5, -0));
console.log(tagged("mixed", null, undefined, true, "s"));

const restArrow = (...all) => all.length;
console.log(restArrow(), restArrow(1, 2, 3), restArrow(...[4, 5, 6, 7]));

// defaults that are objects and arrays, fresh each call
function addItem(item, list = []) {
  list.push(item);
  return list;
}
console.log(addItem(1), addItem(2), addItem(3, [0]));

// default using a function call and a closure
const base = 10;
function scaled(x, factor = (() => base / 2)()) {
  return x * factor;
}
console.log(scaled(3), scaled(3, 2));

// class methods with default and rest params
class Logger {
  constructor(prefix = "[log]") {
    this.prefix = prefix;
    this.lines = 0;
  }
  log(level = "info", ...parts) {
    this.lines++;
    let s = this.prefix + " " + level + ":";
    for (const p of parts) s += " " + p;
    console.log(s);
    return this.lines;
  }
}
const lg = new Logger();
lg.log();
lg.log("warn", "disk", "almost", "full");
const lg2 = new Logger("[app]");
console.log(lg2.log(undefined, "started"), lg.lines);
// default parameters evaluated left to right, seeing earlier ones
function range(start = 0, end = start + 5, step = end > start ? 1 : -1) {
  const out = [];
  for (let v = start; step > 0 ? v < end : v > end; v += step) out.push(v);
  return out;
}
console.log(range(), range(2), range(3, 0), range(0, 10, 4));
