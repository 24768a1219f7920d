// Checks string comparison operators, sorting strings with comparators, and word frequency counting.
const words = ["pear", "Apple", "banana", "apple", "Cherry", "fig", "banana", "date", "pear", "pear"];
console.log("apple" < "banana", "apple" < "Apple", "Zebra" < "apple", "abc" < "abcd", "b" > "abcd");

const sorted = words.slice().sort();
console.log(sorted.length, sorted[0], sorted[sorted.length - 1]);
for (const w of sorted) console.log("  " + w);

// case-insensitive sort with a tie-break on original
const ci = words.slice().sort((a, b) => {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la < lb) return -1;
  if (la > lb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
});
let line = "";
for (const w of ci) line += w + " ";
console.log(line);

// sort by length then alphabetically
const byLen = ["kiwi", "fig", "banana", "plum", "apple", "yam"].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
console.log(byLen);

// word frequency with plain object
const freq = {};
for (const w of words) {
  const k = w.toLowerCase();
  if (freq[k] === undefined) freq[k] = 0;
  freq[k]++;
}
const keys = Object.keys(freq).sort((a, b) => freq[b] - freq[a] || (a < b ? -1 : 1));
for (const k of keys) console.log(k, freq[k]);

// simple tokenizer by scanning characters
function tokenize(text) {
  const out = [];
  let cur = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const isWord = (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z") || (ch >= "0" && ch <= "9");
    if (isWord) {
      cur += ch;
    } else {
      if (cur.length > 0) out.push(cur);
      cur = "";
      if (ch !== " ") out.push(ch);
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}
const toks = tokenize("let x1 = (a + 42) * b;");
console.log(toks.length, toks[0], toks[2], toks[toks.length - 1]);
console.log(tokenize("foo(bar)"));

// lexicographic max/min
let maxW = words[0];
let minW = words[0];
for (const w of words) {
  if (w > maxW) maxW = w;
  if (w < minW) minW = w;
}
console.log("max", maxW, "min", minW);
console.log("10" < "9", "100" < "20", 10 < 9, "a" < "a", "a" <= "a");
