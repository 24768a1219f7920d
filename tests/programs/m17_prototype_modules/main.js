'use strict';
// Old-style classes across files: a class-syntax subclass and an
// Object.create subclass of one exported constructor function, and a
// constructor that calls the empty base without inheriting from it.
const { Task } = require('./base');
const squares = require('./squares');

class Counting extends Task {
  constructor() {
    super();
    this.calls = 0;
  }
  step(i) {
    this.calls++;
    return i;
  }
}

function Standalone() {
  Task.call(this);
  this.own = true;
}

const c = new Counting();
const s = squares.make(2);
console.log(c.runTimes(5), c.calls, s.runTimes(4), s);
console.log(c instanceof Task, s instanceof Task, new Standalone());
try {
  new Task().runTimes(1);
} catch (e) {
  console.log(e.message);
}
