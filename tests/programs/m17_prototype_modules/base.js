'use strict';
// A base class written as a constructor function with prototype methods,
// exported for other files to extend.
function Task() {}

Task.prototype.runTimes = function (n) {
  let total = 0;
  for (let i = 0; i < n; i++) total += this.step(i);
  return total;
};

Task.prototype.step = function () {
  throw new Error("subclass responsibility");
};

exports.Task = Task;
