'use strict';
// Module b sees a partially initialised `a` while a is still loading.

console.log('[load] b: start');
const a = require('./a');
const counter = require('./counter');
const { settings } = require('./constants');

console.log('[load] b: a.early =', a.early, '| has late:', 'late' in a, '| has ping:', 'ping' in a);

exports.name = 'module-b';
exports.pong = function (n) {
  counter.increment('b', settings.scale);
  return n <= 0 ? 'b' : a.ping(n - 1);
};
exports.seenAtLoad = Object.keys(a).length;

console.log('[load] b: done');
