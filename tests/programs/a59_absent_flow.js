// Checks that a read which may find no property gives undefined wherever its
// value flows: through a return, a parameter, a local variable, a struct
// field, an array element, a closure capture, an unboxed entry taking numbers,
// static fields read before they are set, `delete`, and constructors that set
// a property only on some paths or only after calling a method.
'use strict';

function make(flag) { const o = { a: 1 }; if (flag) o.b = 2; return o; }
function getB(o) { return o.b; }                       // return
console.log(getB(make(false)), getB(make(true)));

class P { constructor(f) { this.a = 1; if (f) this.c = 3; } }
function pick(p) { const r = p.c; return r; }           // local variable
console.log(pick(new P(false)), pick(new P(true)));

function twice(x) { return x * 2; }                     // a parameter used as a number
function show(x) { return x; }                          // a parameter passed on
console.log(twice(new P(false).c), show(new P(false).c), show(new P(true).c));

function addAll(a, b, c) { return a + b + c; }          // unboxed entry: all numbers but one
console.log(addAll(1, 2, 3), addAll(1, 2, new P(false).c), addAll(1, new P(true).c, 3));

const holder = { val: 0 };                              // struct field
holder.val = new P(false).c;
console.log(holder.val, typeof holder.val);
holder.val = 5;
console.log(holder.val + 1);

const arr = [1, 2, 3];                                  // array element
arr[1] = new P(false).c;
console.log(arr[1], arr.length, arr[0] + arr[2]);

function capture(p) { const v = p.c; return () => v; }  // closure capture
console.log(capture(new P(false))(), capture(new P(true))());

function elementPastEnd(xs, i) { return xs[i]; }        // an element past the end
console.log(show(elementPastEnd([1, 2], 5)), elementPastEnd([1, 2], 1));

function hoisted() { const before = x; var x = 5; return before; }   // a var before its assignment
console.log(hoisted(), show(hoisted()));

class K { static read() { return K.V; } }                // a static set after a read
const early = K.read();
K.V = 5;
console.log(early, K.read());

class S {                                                // static fields, in order
  static first = S.second;
  static second = 2;
  static third = S.second + 1;
  static peek() { return S.last; }
  static early = S.peek();
  static last = 9;
}
function firstOf() { return S.first; }
console.log(firstOf(), S.third, S.early, S.peek());

const d = { a: 1, b: 2 };                               // delete
function readB(o) { return o.b; }
console.log(readB(d));
delete d.b;
console.log(readB(d));

class Lazy {                                             // set after a method call in the constructor
  constructor() {
    this.n = 1;
    this.seen = this.look();
    this.later = 4;
    this.copy = this.later;
  }
  look() { return this.later; }
}
const lz = new Lazy();
function laterOf(l) { return l.later; }
console.log(lz.seen, lz.copy, laterOf(lz) * 2);

class Dest { constructor(f) { this.a = 1; if (f) this.c = 3; } }
function destructure(o) { const { c } = o; return c; }
function withDefault(o) { const { c = 7 } = o; return c; }
console.log(destructure(new Dest(false)), destructure(new Dest(true)),
  withDefault(new Dest(false)), withDefault(new Dest(true)));

function dynamicKey(k) { const o = { a: 1 }; if (k) o[k] = 2; return o; }
function readX(o) { return o.x; }
console.log(readX(dynamicKey("")), readX(dynamicKey("x")));

class Always { constructor(v) { this.v = v; this.w = v * 2; } }   // always set: numbers stay numbers
let sum = 0;
for (let i = 0; i < 5; i++) { const o = new Always(i); sum += o.v + o.w; }
console.log(sum);
