// Checks objects whose shape changes: properties added later, delete, computed keys, `in`, hasOwnProperty.
const o = {};
o.a = 1;
o.b = 2;
o["c"] = 3;
console.log(o, Object.keys(o).length);
delete o.b;
console.log(o, "b" in o, o.b);
o.b = 20;
console.log(o, Object.keys(o));
delete o.a;
delete o.zzz;
console.log(o, "a" in o, "c" in o);

// computed keys in literals and dynamic access
const prefix = "field";
const dyn = { [prefix + 1]: "one", [prefix + 2]: "two", [`${prefix}_x`]: "x" };
console.log(dyn);
for (let i = 1; i <= 3; i++) {
  const k = prefix + i;
  console.log(k, k in dyn, dyn[k]);
}

// build an object from parallel arrays, then remove some keys
const keys = ["red", "green", "blue", "alpha"];
const vals = [255, 128, 0, 0.5];
const color = {};
for (let i = 0; i < keys.length; i++) color[keys[i]] = vals[i];
console.log(color);
for (const k of keys) if (color[k] === 0) delete color[k];
console.log(color, Object.keys(color).length);

// same construction order vs different order: property order preserved
function make(order) {
  const r = {};
  for (const k of order) r[k] = k.length;
  return r;
}
console.log(make(["x", "yy", "zzz"]), make(["zzz", "x", "yy"]));

// objects used as dictionaries with counts
const text = "the cat and the hat and the bat";
const counts = {};
let word = "";
for (let i = 0; i <= text.length; i++) {
  const ch = i < text.length ? text[i] : " ";
  if (ch === " ") {
    if (word) counts[word] = (counts[word] || 0) + 1;
    word = "";
  } else {
    word += ch;
  }
}
console.log(counts);
console.log("the" in counts, "dog" in counts, counts.hasOwnProperty("cat"), counts.hasOwnProperty("toString"));
console.log("toString" in counts);

// integer-like keys order first
const mixed = { b: 1, 10: "ten", a: 2, 2: "two" };
mixed[1] = "one";
console.log(mixed, Object.keys(mixed));

// add many properties then delete half
const big = {};
for (let i = 0; i < 20; i++) big["k" + i] = i * i;
for (let i = 0; i < 20; i += 2) delete big["k" + i];
let sum = 0;
for (const k in big) sum += big[k];
console.log("remaining", Object.keys(big).length, "sum", sum, big.k3, big.k4);
// re-adding deleted key puts it at the end
big.k0 = "back";
const ks = Object.keys(big);
console.log(ks[0], ks[ks.length - 1], ks.length);
// undefined value vs missing key
const u = { present: undefined };
console.log("present" in u, "absent" in u, u.present === u.absent, Object.keys(u));
