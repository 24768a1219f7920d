// Checks objects used as dictionaries: dynamic keys, delete, in, for-in, Object.keys/values/entries, integer-like keys.
const text = "the quick brown fox jumps over the lazy dog the fox runs and the dog sleeps by the dark blue river";
const words = text.split(" ");

const counts = {};
for (const w of words) {
  if (w in counts) {
    counts[w] += 1;
  } else {
    counts[w] = 1;
  }
}
console.log("distinct words: " + Object.keys(counts).length);
console.log("the=" + counts["the"] + " fox=" + counts.fox + " dog=" + counts["d" + "og"]);

// Find the most frequent words in insertion order
let best = "";
let bestCount = 0;
for (const k in counts) {
  if (counts[k] > bestCount) {
    best = k;
    bestCount = counts[k];
  }
}
console.log("most frequent: " + best + " x" + bestCount);

// Remove short words
for (const k of Object.keys(counts)) {
  if (k.length <= 3) {
    delete counts[k];
  }
}
console.log("after delete: " + Object.keys(counts).join(","));
console.log("has 'the': " + ("the" in counts) + ", has 'quick': " + ("quick" in counts));
console.log("missing key value: " + counts["nothing"]);

// Sum via Object.values
let total = 0;
for (const v of Object.values(counts)) {
  total += v;
}
console.log("remaining total: " + total);

// Integer-like keys are enumerated in ascending numeric order first
const sparse = {};
sparse["b"] = "bee";
sparse[10] = "ten";
sparse["a"] = "ay";
sparse[2] = "two";
sparse["7"] = "seven";
sparse[-1] = "minus one";
const keyList = [];
for (const k in sparse) {
  keyList.push(k + ":" + typeof k);
}
console.log(keyList.join(" "));
console.log("sparse[7]=" + sparse[7] + " sparse['10']=" + sparse["10"] + " sparse['-1']=" + sparse["-1"]);

// Entries, then rebuilding an inverted dictionary
const colors = { red: "#f00", green: "#0f0", blue: "#00f" };
const inverted = {};
for (const [name, hex] of Object.entries(colors)) {
  inverted[hex] = name;
}
console.log(Object.entries(inverted).map((e) => e[0] + "=>" + e[1]).join("; "));

// Group by first letter with dynamic keys built from characters
const groups = {};
for (const w of words) {
  const key = w[0];
  if (!(key in groups)) groups[key] = [];
  if (groups[key].indexOf(w) < 0) groups[key].push(w);
}
const letters = Object.keys(groups).sort();
console.log("letters: " + letters.join(""));
for (const l of letters) {
  if (groups[l].length > 1) {
    console.log("group " + l + ": " + groups[l].join("|"));
  }
}

// Overwriting, deleting and re-adding moves a key to the end
const order = { x: 1, y: 2, z: 3 };
order.x = 10;
delete order.y;
order.y = 20;
console.log(Object.keys(order).join(",") + " / " + Object.values(order).join(","));
console.log("delete missing returns " + delete order.nope + ", keys=" + Object.keys(order).length);
console.log(order);
