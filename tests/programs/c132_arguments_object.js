// The `arguments` object where the build compiles it: its length, its elements
// read by index, spread, iterated, forwarded with apply, Array.from, in sloppy
// and strict functions, methods, constructors, callbacks and arrows that share
// their function's binding.

function sum() {
  let s = 0;
  for (let i = 0; i < arguments.length; i++) {
    s += arguments[i];
  }
  return s;
}

function describe(a, b) {
  return arguments.length + ":" + a + ":" + arguments[1] + ":" + arguments[5];
}

function largest() {
  return Math.max(...arguments);
}

function forward() {
  return sum.apply(null, arguments);
}

function doubled() {
  const out = [];
  for (const x of arguments) {
    out.push(x * 2);
  }
  return out;
}

function viaArrow() {
  const count = () => arguments.length;
  const at = (i) => arguments[i];
  return count() + "/" + at(1);
}

function joined() {
  return Array.from(arguments).join("-");
}

function defaulted(a, b = arguments.length) {
  return a + b;
}

function headTail() {
  const [head, ...tail] = arguments;
  return { head, tail };
}

function strictWrites(a) {
  "use strict";
  a = a * 10;            // strict mode: arguments[0] keeps the value passed
  return [a, arguments[0]];
}

function unmapped(a = 0) {
  a = 99;                // a default makes the arguments object unmapped, even sloppy
  return arguments[0];
}

function varArguments() {
  var arguments;         // the same binding: still the arguments object
  return arguments.length;
}

function outer() {
  function inner() {
    return arguments.length;   // inner's own
  }
  return inner(1, 2, 3) * 10 + arguments.length;
}

class Pair {
  constructor() {
    this.first = arguments[0];
    this.count = arguments.length;
  }

  rest() {
    return [...arguments].slice(1);
  }
}

function pairSum() {
  const p = new Pair(4, 5, 6);   // may be scalar-replaced: the constructor still sees every argument
  return p.first + p.count;
}

const obj = {
  record() {
    return { n: arguments.length, first: arguments[0] };
  },
};

// the ES5 idioms: an array method borrowed for the arguments object
function tail() {
  return Array.prototype.slice.call(arguments, 1);
}

function dashed() {
  return [].join.call(arguments, "-") + "/" + Array.prototype.map.call(arguments, (x) => x * 2).join();
}

function variadicMax() {
  let best = -Infinity;
  for (let i = 0; i < arguments.length; i++) {
    if (arguments[i] > best) {
      best = arguments[i];
    }
  }
  return best;
}

console.log(sum(1, 2, 3, 4, 5), sum(), describe(1), describe(1, 2, 3));
console.log(largest(3, 9, 2), largest(), forward(1, 2, 3, 4), doubled(1, 2, 2.5));
console.log(viaArrow("a", "b", "c"), joined(4, 5, 6), joined());
console.log(defaulted(1), defaulted(1, 2), headTail(7, 8, 9), headTail());
console.log(strictWrites(3), unmapped(5), unmapped(), varArguments(1, 2, 3), outer(1));
console.log(new Pair("x").count, new Pair().first, new Pair(1, 2).rest(), new Pair(1, 2, 3, 4, 5).rest(8, 9, 10, 11));
console.log(pairSum(), obj.record("x", "y"), obj.record());
console.log(tail(1, 2, 3), tail(), dashed(4, 5), Array.prototype.indexOf.call([7, 8], 8), [].slice.call([1, 2, 3], -1));
console.log([1, 2, 3].reduce(function (acc, x) { return acc + x * arguments.length; }, 0));
[5, 6].forEach(function () { console.log(arguments.length, arguments[0], arguments[1], arguments[2]); });
console.log([3, 4].map(function () { return arguments[1]; }));

let total = 0;
for (let i = 0; i < 20000; i++) {
  total += variadicMax(i % 7, i % 11, 3) + sum(i, 1) + pairSum();
}
console.log(total);
