// Strings built by appending in a loop are kept as builders (codegen/string_builders.py):
// appends write into a buffer with room; every read gives the string as it is then,
// and a variable used otherwise (a number assigned) stays an ordinary local.
"use strict";
function a(n) {
  var out = "";
  for (var i = 0; i < n; i++) { out += i % 3 === 0 ? "fizz" : i; out += ","; }
  return out;
}
function b(words) {
  let s = "";
  for (const w of words) { s += w; if (s.length > 10) { console.log("long:", s); s = ""; } }
  s += s;
  return [s, typeof s, s.length];
}
function c() {
  let t = "x";
  const seen = [];
  for (let i = 0; i < 4; i++) { t += t; seen.push(t); }
  return seen;
}
function d(objs) {
  let s = "";
  for (const o of objs) s += o;
  return s;
}
function e() {
  let s = "start";
  for (let i = 0; i < 3; i++) s += i;
  s = 5;           // a number: not a builder
  for (let i = 0; i < 3; i++) s += i;
  return s;
}
function f() {
  let s = "";
  let n = 0;
  while (n < 5) { s += String.fromCharCode(65 + n); const copy = s; s += "-"; console.log(copy, s); n++; }
  return s.split("-").length;
}
function g() {
  var before = typeof s;
  var s = "v";
  for (let i = 0; i < 2; i++) s += i;
  return before + s;
}
console.log(a(10), b(["ab", "cdef", "ghijk", "l", "mn"]), c(), d([1, null, undefined, { toString() { return "T"; } }, [1, 2], { valueOf() { return 42; } }]));
console.log(e(), f(), g());
