// Shared objects (analysis/shared_objects.py): a `new C(...)` of literals whose
// objects are immutable and never compared is made once and handed out again.
// Next to it, the sites that must keep making fresh objects.

const made = [];
function early() {
  try {
    made.push(new Leaf(1, "x"));   // before the class is initialised: a ReferenceError each time
    return "made " + made.length;
  } catch (e) {
    return e.constructor.name;
  }
}
console.log(early(), early());

class Leaf {
  constructor(weight, tag) {
    this.weight = weight;
    this.tag = tag;
  }
  describe() { return this.tag + ":" + this.weight; }
}

class Node {
  constructor(left, right) {
    this.left = left;
    this.right = right;
  }
  count() {
    if (this.left === null) return 1;
    return 1 + this.left.count() + this.right.count();
  }
}

function build(depth) {
  if (depth === 0) return new Node(null, null);   // shared: every leaf alike
  return new Node(build(depth - 1), build(depth - 1));
}

class Counter {
  constructor(n) { this.n = n; }
  bump() { this.n++; return this.n; }
}

class Token {
  constructor(kind) { this.kind = kind; }
}

class Loud {
  constructor(x) {
    console.log("making Loud", x);
    this.x = x;
  }
}

class Guarded {
  constructor(v) { this.v = v; }
  set v(x) { this._v = x * 2; }
  get v() { return this._v; }
}

class Base {
  constructor(b) { this.b = b; }
}
class Derived extends Base {
  constructor(b) { super(b); this.d = -1.5; }
}

function leaves() {
  const out = [];
  for (let i = 0; i < 3; i++) out.push(new Leaf(-2.5, "leaf"));
  return out;
}

function depth(t) {
  return t.left === null ? 0 : 1 + depth(t.left);
}

// shared: the leaves of every tree, and the three leaves (read, never compared
// or given to a builtin, which could compare them)
const tree = build(4);
const small = build(2);
console.log(tree.count(), small.count(), depth(tree), depth(small.right));
const ls = leaves();
let text = "";
for (let i = 0; i < ls.length; i++) text += ls[i].describe() + (ls[i] instanceof Leaf ? "!" : "?") + " ";
console.log(text, ls.length);

// printed: console.log may look at the objects, so each is its own
function printable(depth) {
  if (depth === 0) return new Node(null, null);
  return new Node(printable(depth - 1), printable(depth - 1));
}
console.log(printable(1), JSON.stringify(printable(1)));
console.log(early(), early(), made[0].describe(), made[1].describe());

// mutated after construction: each run needs its own object
const counters = [new Counter(0), new Counter(0)];
console.log(counters[0].bump(), counters[0].bump(), counters[1].bump());

// identity compared: two runs must give two objects
function token() { return new Token("eof"); }
const t1 = token();
const t2 = token();
console.log(t1 === t2, t1 === t1, t1.kind === t2.kind);

// identity seen by a Set
const seen = new Set();
for (let i = 0; i < 3; i++) seen.add(new Token("in-set"));
console.log(seen.size);

// a constructor with an effect runs every time
for (let i = 0; i < 2; i++) new Loud(7);

// a setter runs every time, and the object it makes is its own
const gs = [new Guarded(4), new Guarded(4)];
console.log(gs[0].v, gs[1].v);

// a subclass's objects are made by two constructors
const ds = [new Derived(1), new Derived(1)];
console.log(ds, ds[0] === ds[1]);

