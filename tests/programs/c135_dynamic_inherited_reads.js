// Reads with a computed key find what the object inherits: a class's methods
// and getters. The plan must count those among what such a read can give (a
// read typed as a number from the object's own fields alone trapped when it
// met a method). (Object.prototype's functions read so are refused at run
// time: tests/test_build.py.)

class Shape {
  constructor(name) {
    this.name = name;
    this.sides = 0;
  }

  get label() {
    return "<" + this.name + ">";
  }

  area() {
    return 0;
  }
}

class Square extends Shape {
  constructor(side) {
    super("square");
    this.side = side;
    this.sides = 4;
  }

  area() {
    return this.side * this.side;
  }
}

function read(o, key) {
  return o[key];
}

function call(o, key) {
  return o[key]();
}

const sq = new Square(3);
for (const key of ["side", "sides", "name", "label", "area", "missing"]) {
  const v = read(sq, key);
  console.log(key, typeof v, typeof v === "function" ? "(function)" : v);
}
console.log(call(sq, "area") + 1, read(sq, "side") * 2, read(sq, "sides") + read(sq, "side"));

const table = {};
function copy(from, key) {
  table[key] = from[key];
}
copy(sq, "side");
copy(sq, "area");
copy({ n: 1 }, "n");
console.log(Object.keys(table), typeof table.area, table.side + table.n);

const plain = { a: 1, b: 2 };
const counts = {};
for (const word of ["a", "b", "a", "c"]) {
  counts[word] = (typeof plain[word] === "number" ? plain[word] : 0) + 1;
}
console.log(counts);

// an old-style class whose methods are stored after a module-pattern helper
// that reads and writes with computed keys (it cannot reach the class's objects)
var Util = (function () {
  function extend(target, source) {
    for (var k in source) {
      if (source.hasOwnProperty(k)) target[k] = source[k];
    }
    return target;
  }
  return { extend: extend };
})();

function Counter(start) {
  this.count = start;
}
Counter.prototype.increment = function () {
  this.count++;
  return this;
};
Counter.prototype.describe = function () {
  return "Counter(" + this.count + ")";
};

var c = new Counter(1).increment().increment();
console.log(c.describe(), JSON.stringify(Util.extend({ x: 1 }, { y: 2 })));

// Object.prototype's methods on class instances (a base class's chain ends there too)
class Plain {
  constructor() {
    this.x = 1;
  }
}
class Named extends Plain {
  toString() {
    return "Named!";
  }
}
const p = new Plain();
const n = new Named();
console.log(p.toString(), n.toString(), String(p), `${n}`, p.hasOwnProperty("x"), n.hasOwnProperty("toString"));
console.log("toString" in p, p.valueOf() === p, [p, n].map((o) => o.toString()).join(), typeof p.hasOwnProperty);

// Object.hasOwn, for every kind of value
class HP { constructor() { this.x = 1; } m() {} }
const ho = { a: 1, b: undefined };
const harr = [1, 2];
console.log(Object.hasOwn(ho, 'a'), Object.hasOwn(ho, 'b'), Object.hasOwn(ho, 'c'), Object.hasOwn(ho, 'toString'));
console.log(Object.hasOwn(new HP(), 'x'), Object.hasOwn(new HP(), 'm'), Object.hasOwn(harr, 0), Object.hasOwn(harr, 5), Object.hasOwn(harr, 'length'));
console.log(Object.hasOwn('abc', 1), Object.hasOwn('abc', 'length'), Object.hasOwn(5, 'x'), Object.hasOwn(HP, 'name'));
const hdict = {};
for (const w of ['x', 'y', 'x']) if (!Object.hasOwn(hdict, w)) hdict[w] = 0; else hdict[w]++;
console.log(hdict);
try { Object.hasOwn(null, 'a'); } catch (e) { console.log(e.name, e.message); }
