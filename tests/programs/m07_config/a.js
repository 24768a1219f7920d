'use strict';
// Module a requires b, which requires a back (a circular dependency).

console.log('[load] a: start');
const counter = require('./counter');

exports.early = 'set before requiring b';
const b = require('./b');
exports.late = 'set after requiring b';

console.log('[load] a: b.name =', b.name, 'b.ping is', typeof b.ping);

exports.name = 'module-a';
exports.ping = function (n) {
  counter.increment('a');
  return n <= 0 ? 'a' : b.pong(n - 1);
};

console.log('[load] a: done');
