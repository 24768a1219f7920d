"use strict";
const { TextIndex } = require("./index");
const { topoOrder } = require("./deps");

const idx = new TextIndex()
  .add(1, "The cat sat on the mat.")
  .add(2, "A dog sat on a log, the dog slept.")
  .add(3, "The cat and the dog are friends.")
  .add(4, "Logs, mats and hats.");
console.log(idx.words.size, idx.docs.size);
console.log(idx.search("the"), idx.search("cat", "the"), idx.search("dog", "sat"), idx.search("zebra"));
console.log(idx.words.get("dog"), idx.words.get("the"));
console.log(idx.remove(2), idx.remove(2), idx.search("dog"), idx.words.has("log"));
console.log([...idx.words.keys()].slice(0, 8));
console.log(idx.docs);

const build = [["compile", "link"], ["parse", "compile"], ["lex", "parse"], ["link", "package"],
               ["test", "package"], ["compile", "test"], ["lex", "parse"], ["docs", "package"]];
console.log(topoOrder(build).join(" -> "));
try {
  topoOrder([["a", "b"], ["b", "c"], ["c", "a"], ["x", "a"]]);
} catch (e) {
  console.log(e.message);
}
const seen = new Map();
for (const w of "one two three two one four".split(" ")) {
  if (seen.has(w)) console.log("repeat", w, "first at", seen.get(w));
  else seen.set(w, seen.size);
}
console.log(seen);
