// Assigning to a named function expression's own name: ignored in sloppy code,
// node's TypeError in strict code (the build threw in both).
var k = function k2() { k2 = 5; return typeof k2; };
console.log(k());
var s = function s2() { 'use strict'; try { s2 = 1; } catch (e) { return e.name; } };
console.log(s());
