// Strict comparisons with one-character string literals (and switch cases of
// them), which the build tests inline: strings of other lengths, other types,
// code units beyond ASCII, lone surrogates, evaluation order.
const vals = ["a", "b", "", "ab", 1, null, undefined, {}, "\n", "é", "😀", "\ud83d", ["a"], true];
let hits = 0;
for (const v of vals) {
  const r = [v === "a", "a" === v, v !== "\n", "é" === v, v === "\ud83d", v === "😀"];
  console.log(JSON.stringify(r));
  switch (v) { case "a": hits += 1; break; case "\n": hits += 10; break; case "b": hits += 100; break; default: hits += 1000; }
}
const s = "abc";
for (let i = 0; i < s.length; i++) { const c = s.charAt(i); console.log(c === "b", s[i] !== "c", s.substring(i, i + 1) === "a"); }
let order = [];
function f(x) { order.push(x); return x; }
console.log(f("q") === "q", "q" === f("r"), order.join());
console.log(hits);
