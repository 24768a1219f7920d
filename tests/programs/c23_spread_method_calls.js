// Method calls with spread arguments: built-in methods (push, splice, concat,
// unshift, Map set, Math) and the program's own methods, with 0 to 6 arguments.
const a = [1];
a.push(...[2, 3]);
a.push(...[]);
a.push(...a);
a.unshift(...["x", "y", "z", "w"]);
a.splice(2, 1, ..."ab");
console.log(a, a.length);
const parts = [[1], [2, 3], [4, 5, 6]];
console.log([].concat(...parts), "s".concat(...["t", "u"]), Math.max(...a.filter((v) => typeof v === "number")));
class Acc {
  constructor() { this.items = []; }
  add(...xs) { this.items.push(...xs); return this; }
  sum(a, b, c, d, e, f) { return [a, b, c, d, e, f].filter((v) => v !== undefined).reduce((s, v) => s + v, 0); }
}
const acc = new Acc();
acc.add(...[1, 2]).add(...new Set([3, 3, 4])).add();
console.log(acc.items, acc.sum(...acc.items), acc.sum(...[1, 2, 3, 4, 5, 6, 7]));
const m = new Map();
const pair = ["k", 9];
m.set(...pair);
console.log(m.get(...["k"]), m.has(...["nope"]));
const word = "hello";
console.log(word.slice(...[1, 3]), word.indexOf(...["l", 3]), [..."abc"].join(...["-"]));
