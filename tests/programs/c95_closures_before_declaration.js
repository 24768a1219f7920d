// The temporal dead zone where the text alone does not decide it: a function
// that may run before a file-level binding's declaration (the binding holds the
// runtime's uninitialised marker until then), a closure created before a local
// binding's initialisation, and a switch's binding read from another case. Each
// too-early access throws node's ReferenceError; the build once read NaN or
// undefined, or wrote the binding early.
"use strict";
function tryit(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.message); }
}
function readLet() { return s + 1; }
tryit('let', readLet);
function writeLet() { w = 3; return w; }
tryit('write', writeLet);
function lateConst() { return M * 2; }
tryit('const', lateConst);
function typeofLate() { return typeof q; }
tryit('typeof', typeofLate);
let s = 0;
let w = 1;
const M = 4;
let q = 'a';
tryit('let2', readLet);
tryit('write2', writeLet);
tryit('const2', lateConst);
tryit('typeof2', typeofLate);
function inner() {
  const h = () => x + 1;
  tryit('arrow', h);
  let x = 1;
  return h();
}
tryit('inner', inner);
function assignInner() {
  const set = () => { y = 5; };
  tryit('assign', set);
  let y = 2;
  set();
  return y;
}
tryit('assignInner', assignInner);
tryit('new', () => new Late(1).x);
tryit('static', () => Late.count);
tryit('smethod', () => Late.make());
tryit('instanceof', () => ({}) instanceof Late);
function sw(k) {
  switch (k) {
    case 0:
      const a = 10;
      return a + 1;
    case 1:
      return a;
    case 2: {
      let b = 5;
      return b;
    }
    default:
      let c = 3;
      c += 1;
      return c;
  }
}
tryit('sw0', () => sw(0));
tryit('sw1', () => sw(1));
tryit('sw2', () => sw(2));
tryit('sw3', () => sw(3));
function sw2(k) {
  switch (k) {
    case 0:
      let z = 1;
    case 1:
      z = 7;
      return z;
  }
}
tryit('fall0', () => sw2(0));
tryit('fall1', () => sw2(1));
function hoisted() {
  const r = helper();
  const data = [1, 2, 3];
  function helper() { return data.length; }
  return r;
}
tryit('hoisted', hoisted);
function hoisted2() {
  const data = [1, 2, 3];
  function helper() { return data.length; }
  return helper();
}
tryit('hoisted2', hoisted2);
function ty() {
  const g = () => typeof u;
  tryit('typeof', g);
  let u = 1;
  return g();
}
tryit('ty', ty);
function upd() {
  const g = () => n++;
  tryit('update', g);
  let n = 1;
  g();
  return n;
}
tryit('upd', upd);
function cst() {
  const g = () => { k = 2; };
  tryit('constw', g);
  const k = 1;
  tryit('constw2', g);
  return k;
}
tryit('cst', cst);
function destr() {
  const g = () => { [p, q] = [1, 2]; };
  tryit('destr', g);
  let p = 0, q = 0;
  g();
  return p + q;
}
tryit('destr2', destr);
class Late { constructor(x) { this.x = x; } static count = 3; static make() { return 'made'; } }
tryit('new2', () => new Late(1).x);
tryit('static2', () => Late.count);
tryit('smethod2', () => Late.make());
const LATE_N = 5;
function useLate() { return LATE_N * 2; }
tryit('lateconst', useLate);
