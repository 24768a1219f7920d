// Checks for-in, Object.keys, Object.values, Object.entries and Object.assign on plain objects and instances.
const scores = { alice: 82, bob: 95, carol: 78, dave: 91 };
console.log(Object.keys(scores));
console.log(Object.values(scores));
console.log(Object.entries(scores).length, Object.entries(scores)[1]);
for (const k in scores) console.log("for-in", k, scores[k]);
for (const [name, s] of Object.entries(scores)) {
  if (s > 90) console.log("honors:", name);
}
const avg = Object.values(scores).reduce((a, b) => a + b, 0) / Object.keys(scores).length;
console.log("average", avg);

// invert an object
const inverted = {};
for (const [k, v] of Object.entries({ a: "x", b: "y", c: "z" })) inverted[v] = k;
console.log(inverted);

// Object.assign merges, later wins, returns target
const defaults = { color: "red", size: "M", qty: 1 };
const overrides = { size: "L", gift: true };
const target = {};
const result = Object.assign(target, defaults, overrides, { qty: 3 });
console.log(result, result === target);
console.log(Object.assign({ a: 1 }, null, undefined, { b: 2 }));
const clone = Object.assign({}, defaults);
clone.color = "blue";
console.log(defaults.color, clone.color);

// spread in object literals
const merged = { ...defaults, ...overrides, extra: 0 };
console.log(merged);
const { color, ...rest } = merged;
console.log(color, rest);

// class instances: keys are own fields only, methods not included
class Pt {
  z = 0;
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm() {
    return Math.abs(this.x) + Math.abs(this.y);
  }
}
const pt = new Pt(3, -4);
console.log(Object.keys(pt), Object.values(pt), pt.norm());
let seen = "";
for (const k in pt) seen += k + ";";
console.log(seen);

// for-in includes keys added during construction order, and empty object yields nothing
let n = 0;
for (const k in {}) n++;
console.log("empty iterations", n, Object.keys({}), Object.entries({}));
// entries -> object roundtrip via reduce
const doubled = Object.entries(scores).reduce((acc, [k, v]) => {
  acc[k.toUpperCase()] = v * 2;
  return acc;
}, {});
console.log(doubled);
// keys of arrays and strings
console.log(Object.keys(["p", "q", "r"]), Object.values(["p", "q"]));
// group by first letter with for-in
const words = { apple: 1, avocado: 2, banana: 3, blueberry: 4, cherry: 5 };
const groups = {};
for (const w in words) {
  const g = w[0];
  if (!(g in groups)) groups[g] = 0;
  groups[g] += words[w];
}
console.log(groups);
