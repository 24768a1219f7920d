// Fields no code reads, and arguments no callee reads: the build leaves out
// writes and arguments whose evaluation cannot be seen, and keeps every one
// that can be (a call, a getter, a dead-zone read), as node runs them.

let calls = 0;
function label(i) {
  calls++;
  return "n" + i;
}

class Node {
  constructor(name, weight) {
    this.name = name;     // never read anywhere: the write is left out
    this.weight = weight;
  }
}

class Tagged {
  constructor(tag, n) {
    this.tag = tag;       // read below: kept
    this.n = n;
  }
}

class Printed {
  constructor(note, v) {
    this.note = note;     // never read by name, but the object is printed
    this.v = v;
  }
}

class Listed {
  constructor(hidden, v) {
    this.hidden = hidden; // listed by Object.keys and JSON: kept
    this.v = v;
  }
}

class Counted {
  constructor(id) {
    this.id = id;
    this.count = 0;
  }
  bump() {
    this.count++;         // an update reads the field
  }
}

class Stepper {
  constructor(step) {
    this.step = step;     // read only through a method call
  }
  run(x) {
    return this.step(x);
  }
}

class Iter {
  constructor(items) {
    this.items = items;
    this.i = 0;
  }
  next() {
    const r = new Result(this.i < this.items.length ? this.items[this.i] : undefined, this.i >= this.items.length);
    this.i++;
    return r;
  }
  [Symbol.iterator]() {
    return this;
  }
}

class Result {
  constructor(value, done) {
    this.value = value;   // read by for-of, never by name in the text
    this.done = done;
  }
}

// fields read only with a key the analysis takes as constant: a const name, a
// number, a template (method calls, which the points-to graph does not tie)
const ACTION = "act";
class Keyed {
  constructor(f, g, h) {
    this.act = f;
    this[0] = g;
    this.tpl = h;
  }
}

function main() {
  let total = 0;
  const nodes = [];
  for (let i = 0; i < 1000; i++) {
    nodes.push(new Node("node" + i, i % 7));          // pure argument: not evaluated
    nodes.push(new Node(label(i), i % 3));            // a call: evaluated
    nodes.push(new Node(`t${i}-${i * 2}`, 1));         // a template of numbers: pure
  }
  for (const n of nodes) total += n.weight;
  console.log("total", total, "label calls", calls);

  const t = new Tagged("x" + 1, 2);
  console.log(t.tag, t.n);

  const p = new Printed("shown", 3);
  console.log(p);
  console.log(`${JSON.stringify(new Listed("h" + 1, 4))}`, Object.keys(new Listed(1, 2)).join(","));

  const c = new Counted(7);
  c.bump();
  c.bump();
  console.log("count", c.count);

  console.log("step", new Stepper((x) => x * 3).run(5));

  const seen = [];
  for (const x of new Iter([10, 20, 30])) seen.push(x);
  console.log("iterated", seen.join(" "));

  // a let read before its declaration throws, dead argument or not
  try {
    new Node(late, 1);
    console.log("no error");
  } catch (e) {
    console.log(e instanceof ReferenceError ? "ReferenceError" : "other");
  }
  let late = 5;
  console.log("late", late);

  // a getter on the argument's object runs (a property read is not pure)
  const obj = { get g() { calls += 100; return "g"; } };
  new Node(obj.g, 0);
  console.log("after getter", calls);

  const k = new Keyed(() => "by const", () => "by number", () => "by template");
  console.log(k[ACTION](), k[0](), k[`tpl`]());
}

main();
