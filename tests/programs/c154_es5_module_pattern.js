// Old-style classes written in the module pattern: constructor functions and
// their prototype methods inside an immediately called function, which returns
// the class (or an object of classes). They become classes (analysis/
// constructor_functions.py) whose methods use the function's variables
// (codegen/class_env.py). Also: a static factory stored before the methods it
// calls, and `new` of a name nothing declares (node's ReferenceError).
"use strict";

function List(size) {
  this.items = new Array(size === undefined ? 4 : size);
  this.count = 0;
}

List.of = function (x) {
  var l = new List(1);
  l.push(x);
  return l;
};

List.prototype.push = function (x) {
  if (this.count >= this.items.length) {
    var bigger = this.items.slice();
    bigger.length = this.items.length * 2;
    this.items = bigger;
  }
  this.items[this.count] = x;
  this.count += 1;
};

List.prototype.forEach = function (fn) {
  for (var i = 0; i < this.count; i++) {
    fn(this.items[i]);
  }
};

var SortedMap = (function () {
  var RED = "red", BLACK = "black";
  var created = 0;

  function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function leftmost(n) {
    while (n.left) {
      n = n.left;
    }
    return n;
  }

  function Entry(key, value) {
    this.key = key;
    this.value = value;
    this.left = null;
    this.right = null;
    this.parent = null;
    this.color = RED;
    created++;
  }

  Entry.prototype.next = function () {
    if (this.right) {
      return leftmost(this.right);
    }
    var n = this, p = this.parent;
    while (p && n === p.right) {
      n = p;
      p = p.parent;
    }
    return p;
  };

  Entry.prototype.toString = function () {
    return this.key + "=" + this.value + "(" + this.color + ")";
  };

  function SortedMap() {
    this.root = null;
    this.size = 0;
  }

  SortedMap.prototype.put = function (key, value) {
    var parent = null, n = this.root, c = 0;
    while (n) {
      parent = n;
      c = compare(key, n.key);
      if (c === 0) {
        var old = n.value;
        n.value = value;
        return old;
      }
      n = c < 0 ? n.left : n.right;
    }
    var e = new Entry(key, value);
    e.parent = parent;
    if (!parent) {
      this.root = e;
      e.color = BLACK;
    } else if (c < 0) {
      parent.left = e;
    } else {
      parent.right = e;
    }
    this.size++;
    return null;
  };

  SortedMap.prototype.get = function (key) {
    var n = this.root;
    while (n) {
      var c = compare(key, n.key);
      if (c === 0) {
        return n.value;
      }
      n = c < 0 ? n.left : n.right;
    }
    return null;
  };

  SortedMap.prototype.forEach = function (fn) {
    if (!this.root) {
      return;
    }
    for (var e = leftmost(this.root); e; e = e.next()) {
      fn(e.key, e.value);
    }
  };

  SortedMap.prototype.describe = function () {
    var parts = [];
    for (var e = this.root ? leftmost(this.root) : null; e; e = e.next()) {
      parts.push(e.toString());
    }
    return parts.join(" ");
  };

  SortedMap.created = function () {
    return created;
  };

  return SortedMap;
})();

var shapes = (function () {
  var unit = 1;

  function Shape(name) {
    this.name = name;
  }

  Shape.prototype.area = function () {
    return 0;
  };

  Shape.prototype.describe = function () {
    return this.name + " of area " + this.area().toFixed(2) + " " + unit + "u";
  };

  function Circle(r) {
    Shape.call(this, "circle");
    this.r = r;
  }
  Circle.prototype = Object.create(Shape.prototype);
  Circle.prototype.constructor = Circle;
  Circle.prototype.area = function () {
    return Math.PI * this.r * this.r * unit;
  };

  function Square(s) {
    Shape.call(this, "square");
    this.s = s;
  }
  Square.prototype = Object.create(Shape.prototype);
  Square.prototype.area = function () {
    return this.s * this.s * unit;
  };

  return { Shape: Shape, Circle, Square, setUnit: function (u) { unit = u; } };
})();

var m = new SortedMap();
[5, 3, 8, 1, 4, 7, 9, 2, 6].forEach(function (k) { m.put(k, "v" + k); });
console.log(m.put(4, "four"), m.get(4), m.get(10), m.size, SortedMap.created());
var keys = [];
m.forEach(function (k, v) { keys.push(k + ":" + v); });
console.log(keys.join(","));
console.log(m.describe());

var l = List.of("a");
for (var i = 0; i < 6; i++) {
  l.push(i * i);
}
var seen = [];
l.forEach(function (x) { seen.push(x); });
console.log(l.count, l.items.length, seen);

var all = [new shapes.Circle(1), new shapes.Square(2), new shapes.Shape("dot")];
all.forEach(function (s) { console.log(s.describe(), s instanceof shapes.Shape, s.constructor === shapes.Circle); });
shapes.setUnit(3);
console.log(all.map(function (s) { return s.area().toFixed(3); }).join(" "));
console.log(all[0], all[1]);

function fail(kind) {
  if (kind > 1) {
    throw new MissingException("kind " + kind);
  }
  return kind;
}
console.log(fail(1));
try {
  fail(2);
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
