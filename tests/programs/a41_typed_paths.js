// Checks the paths the build types from the plan: fields and methods of struct
// receivers that may be null or undefined, getters reached from several classes,
// `new this()` in a static method, and comparisons with null and undefined.
class Node {
  constructor(value, next) {
    this.value = value;
    this.next = next;
  }
  sum() {
    let s = 0;
    let n = this;
    while (n !== null) {
      s += n.value;
      n = n.next;
    }
    return s;
  }
  get doubled() { return this.value * 2; }
}
class Tagged extends Node {
  constructor(value, next, tag) {
    super(value, next);
    this.tag = tag;
  }
}
const list = new Node(1, new Tagged(2, new Node(3, null), "t"));
console.log(list.sum(), list.next.sum(), list.next.tag);
for (const n of [list, list.next, list.next.next]) console.log(n.doubled);

function tail(n) {
  while (n.next !== null) n = n.next;
  return n;
}
console.log(tail(list).value);

// a receiver that turns out null: node's TypeError, caught
let trace = [];
function note(x) { trace.push(x); return x; }
try {
  tail(list).next.value = note(5);
} catch (e) {
  console.log(e instanceof TypeError, e.message, trace.join(","));
}
try {
  console.log(tail(list).next.sum(note(6)));
} catch (e) {
  console.log(e.constructor.name, e.message, trace.join(","));
}
const maybe = [list, null, undefined];
for (const m of maybe) {
  try {
    console.log(m.value);
  } catch (e) {
    console.log("caught:", e.message);
  }
}

// nullish comparisons
function kind(x) {
  const undefined = "shadowed";
  return [x === null, x == null, x === void 0, null === x, x != undefined].join(" ");
}
console.log(kind(null), "|", kind(undefined), "|", kind(0), "|", kind("shadowed"));
console.log(list.next.next.next === null, list.value === undefined, list.nope === undefined);

// several classes constructed at one `new this()`
class Model {
  static make(v) { return new this(v); }
  constructor(v) { this.v = v; }
  show() { return this.constructor.name + ":" + this.v; }
}
class A extends Model {}
class B extends Model { show() { return "B!" + this.v; } }
const made = [Model.make(1), A.make(2), B.make(3)];
console.log(made.map((m) => m.show()).join(" "), made[1] instanceof A, made[2] instanceof Model);
console.log(A.name, B.name, made[1].constructor.name, new RangeError("r").constructor.name);
