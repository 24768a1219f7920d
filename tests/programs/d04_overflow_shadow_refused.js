// An own key added with a dynamic key to a struct with an overflow dictionary may
// not shadow a method of its class: the build calls methods directly, so it
// stops there (exit 2) instead of calling the method node would not call.
"use strict";
class Counter {
  constructor() { this.n = 0; }
  bump() { this.n += 1; return this.n; }
}
const c = new Counter();
const keys = ["note", "bump"];
c[keys[0]] = "fine";
console.log(c.bump(), c.n, c[keys[0]]);
c[keys[1]] = 5;
console.log(c.bump());
