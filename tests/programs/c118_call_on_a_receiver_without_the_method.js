// A call whose receivers are instances of several classes, only one of which has
// the method: the others throw node's TypeError. The build passes objects and
// function literals to a copy of the one method only when every receiver finds
// it (the build once ran that copy on the other receiver and stopped, or printed
// nothing at all).
'use strict';

class A { m(p) { return p.x + 1; } each(fn) { fn(1); fn(2); } }
class B { constructor() { this.k = 2; } }

let out = 0;
try {
  for (const r of [new A(), new B()]) out += r.m({ x: out + 1 });
} catch (e) {
  console.log('object argument:', e instanceof TypeError, out);
}

const seen = [];
try {
  for (const r of [new A(), new B()]) r.each((v) => seen.push(v));
} catch (e) {
  console.log('literal argument:', e instanceof TypeError, seen.join(','));
}

// where every receiver has it, the call goes on as usual
for (const r of [new A(), new A()]) out += r.m({ x: 10 });
console.log(out);
