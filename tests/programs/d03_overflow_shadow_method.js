// A dynamic key that may store a function could replace a method of the class
// (the build calls methods of struct objects directly): such a site stays a map,
// and the own function shadows the method as in node.
"use strict";
class Counter {
  constructor() { this.n = 0; }
  bump() { this.n += 1; return this.n; }
}
const c = new Counter();
const keys = ["note", "bump"];
c[keys[0]] = "fine";
console.log(c.bump(), c.n, c[keys[0]]);
c[keys[1]] = function () { return -1; };
console.log(c.bump());
