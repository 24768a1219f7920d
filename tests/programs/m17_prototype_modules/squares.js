'use strict';
// An old-style subclass of a base from another file.
var base = require('./base');

function Squares(scale) {
  base.Task.call(this);
  this.scale = scale;
}
Squares.prototype = Object.create(base.Task.prototype);

Squares.prototype.step = function (i) {
  return this.scale * i * i;
};

exports.make = function (scale) {
  return new Squares(scale);
};
