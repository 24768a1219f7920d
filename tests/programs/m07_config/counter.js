'use strict';
// A counter whose state lives in this module; exported only through functions.

console.log('[load] counter');

let count = 0;
const byName = {};

function increment(name, by = 1) {
  count += by;
  byName[name] = (name in byName ? byName[name] : 0) + by;
  return count;
}

function value() {
  return count;
}

function breakdown() {
  const keys = Object.keys(byName).sort();
  let out = '';
  for (const k of keys) out += `${k}:${byName[k]} `;
  return out;
}

function reset() {
  const old = count;
  count = 0;
  for (const k in byName) delete byName[k];
  return old;
}

module.exports = { increment, value, breakdown, reset };
