// `match`, `matchAll` and `search` with a string literal: node makes a regular
// expression of the text (so `.` and `\d` are pattern syntax, not characters),
// with `g` for matchAll; an object with its own `match` method gets the string.
const s = "abcabc a.c";
console.log(s.match("b."), s.search("c"), s.search("."), s.match("x"), "A1b2".search("\\d"));
console.log([..."a1b22c333".matchAll("\\d+")].map((m) => m[0] + "@" + m.index));
const words = "the cat sat on the mat";
console.log(words.match("(\\w)at").slice(0, 2), words.match("a/b"), words.search("on|mat"));
let built = "x";
for (let i = 0; i < 3; i++) built += i;
console.log(built.match("\\d\\d"), built.search("2"));

class Finder {
  constructor(text) { this.text = text; }
  match(what) { return "Finder got the " + typeof what + " " + what; }
  search(what) { return this.text.indexOf(what); }
}
for (const target of [new Finder("a.b"), "a.b", "xab"]) {
  console.log(target.match("."), target.search("b"), target.search("."));
}
