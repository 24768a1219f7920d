// Getters and setters in object literals: read, written, printed ([Getter/Setter]),
// serialised, enumerated, spread and copied (the getter runs), destructured, and
// replaced by a later data property of the same key (and the other way round).
const o = {
  v: 21,
  get twice() { return this.v * 2; },
  set twice(x) { this.v = x / 2; },
  get only() { return 'ro'; },
  set wo(x) { this.last = x; },
};
console.log(o.twice, o.only, o.wo);
o.twice = 10;
o.wo = 'w';
console.log(o.v, o.last, o);
console.log(JSON.stringify(o), Object.keys(o), Object.values(o), Object.entries(o).length);
const copy = { ...o };
console.log(copy, Object.assign({}, o).twice);
for (const k in o) console.log(k, o[k]);
const { twice, only } = o;
console.log(twice, only, 'twice' in o, o.hasOwnProperty('only'));
const counter = { n: 0, get next() { return ++this.n; } };
console.log(counter.next, counter.next, counter.n);
const late = { get x() { return 1; }, x: 2 };
const late2 = { x: 2, get x() { return 3; } };
console.log(late, late2, late.x, late2.x);
function mk(k) { return { k, get doubled() { return this.k * 2; } }; }
console.log([1, 2, 3].map(mk).map((m) => m.doubled));
