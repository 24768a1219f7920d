'use strict';
// Configuration modules, a shared counter, and a circular require.

console.log('[main] start');
const constants = require('./constants');
const counter = require('./counter');
const a = require('./a');
const b = require('./b');
const again = require('./constants');

console.log('[main] modules loaded');
console.log(constants.describe());
console.log('same module object', again === constants, 'limits', constants.LIMITS);
console.log('colors', constants.COLORS.length, constants.COLORS[2]);

// Mutating the shared settings object is visible in every module that holds it.
constants.settings.scale = 5;
constants.settings.verbose = true;
console.log(constants.describe());

console.log('a keys', Object.keys(a).sort(), 'b saw', b.seenAtLoad, 'key(s) of a at load');
console.log('ping(5) ->', a.ping(5), 'pong(4) ->', b.pong(4));
console.log('counter', counter.value(), counter.breakdown());

let sum = 0;
for (let i = 0; i < 2000; i++) {
  a.ping(i % 7);
  sum += counter.value() % 13;
}
console.log('after loop', counter.value(), counter.breakdown(), 'sum', sum);
constants.settings.scale = 1;
b.pong(0);
console.log('reset returned', counter.reset(), 'now', counter.value(), '[' + counter.breakdown() + ']');
counter.increment('main', 10);
console.log('final', counter.value(), counter.breakdown());
