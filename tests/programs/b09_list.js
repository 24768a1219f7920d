'use strict';
// Gabriel-style "list" benchmark: Takeuchi function over linked lists.

class Element {
  constructor(val) {
    this.val = val;
    this.next = null;
  }

  length() {
    if (this.next === null) return 1;
    return 1 + this.next.length();
  }
}

function makeList(length) {
  if (length === 0) return null;
  const e = new Element(length);
  e.next = makeList(length - 1);
  return e;
}

function isShorterThan(x, y) {
  let xTail = x;
  let yTail = y;
  while (yTail !== null) {
    if (xTail === null) return true;
    xTail = xTail.next;
    yTail = yTail.next;
  }
  return false;
}

let tailCalls = 0;

function tail(x, y, z) {
  tailCalls++;
  if (isShorterThan(y, x)) {
    return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y));
  }
  return z;
}

function listToArray(l) {
  const out = [];
  while (l !== null) {
    out.push(l.val);
    l = l.next;
  }
  return out;
}

let totalLength = 0;
for (let i = 0; i < 20; i++) {
  const result = tail(makeList(15), makeList(10), makeList(6));
  totalLength += result.length();
}
console.log('total length', totalLength);
console.log('tail calls', tailCalls);

tailCalls = 0;
const r = tail(makeList(18), makeList(12), makeList(6));
console.log('tail(18,12,6) length', r.length(), 'calls', tailCalls);
console.log('head values', listToArray(r).slice(0, 5));
