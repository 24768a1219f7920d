// Regular expressions (codegen/regex_compile.py, codegen/regexp.wat): test, exec
// and lastIndex, match, matchAll, search, replace and replaceAll with templates and
// functions, split, flags g i m s y, classes, groups (named too) and their reset in
// repetitions, lazy quantifiers, lookaheads and lookbehinds, backreferences, printing.
"use strict";
(function part_re1() {
const re = /(\d+)-(\d+)/;
console.log(re.test("a 12-34 b"), re.test("nope"));
const m = re.exec("x 5-678 y");
console.log(m[0], m[1], m[2], m.index, m.input, m.length);
console.log("a1b22c333".replace(/\d+/g, "#"), "a1b22c333".replace(/\d+/, (d) => "<" + d + ">"));
console.log("2024-01-15".replace(/(\d+)-(\d+)-(\d+)/, "$3/$2/$1"));
console.log("  a  b   c ".trim().split(/\s+/));
console.log("one, two,three".split(/\s*,\s*/));
console.log("a1b2c3".match(/\d/g), "abc".match(/\d/g), "abc".match(/b/)[0]);
console.log("Hello World".search(/o/), "Hello".search(/z/));
const g = /o/g; let r; const at = [];
while ((r = g.exec("foo boo")) !== null) at.push(r.index + ":" + g.lastIndex);
console.log(at.join(" "));
console.log(/^[a-z_]\w*$/i.test("Foo_1"), /^[a-z_]\w*$/i.test("1foo"));
console.log("aaa".replace(/a*?/g, "-"), "abc".split(/(b)/), "abc".split(""));
console.log(/(a)|(b)/.exec("b"));
console.log(String(/x\/y/g), /a/.source, /a/gi.flags, /a/g.global);
console.log("CamelCaseString".replace(/([A-Z])/g, " $1").trim());
console.log("x".replace(/x/, "$$-$&-$'-$`"));
console.log(/(?:ab)+c/.exec("ababc")[0], /a(?=b)/.exec("ab")[0], /a(?!b)/.test("ab"));
console.log(/(\w)\1/.exec("abccd")[0], /\bfoo\b/.test("a foo b"), /\Bfoo/.test("afoo"));
console.log("tel: 555-1234".match(/(\d{3})-(\d{4})/).slice(1));
})();
(function part_re2() {
const date = "2024-01-15".replace(/(\d+)-(\d+)-(\d+)/, (m, y, mo, d, off, str) => `${d}.${mo}.${y} (${typeof y}, ${off}, ${str.length})`);
console.log(date);
console.log("a-b".replace(/(x)?-/, (m, g, off) => `[${g}|${off}]`));
const re = /(\w+)@(\w+)\.com/g;
console.log(typeof re, re instanceof RegExp, String(re), `${re}`, re + "!", JSON.stringify({ re }));
console.log({ re, list: [/a/, /b/gi] });
const m = /(a)(b)(c)(d)(e)(f)/.exec("xabcdefy");
console.log(m);
console.log(m.index, m.input.length, m.groups);
console.log("x@y.com, p@q.com".match(re));
let found;
const pairs = [];
while ((found = re.exec("x@y.com, p@q.com")) !== null) pairs.push(`${found[1]}/${found[2]}@${found.index}`);
console.log(pairs, re.lastIndex);
re.lastIndex = 5;
console.log(re.test("x@y.com, p@q.com"), re.lastIndex);
console.log("a,b;c d".split(/[,; ]/), "a1b2".split(/\d/), "abc".split(/x*/), "".split(/,/), "a,b,c".split(/,/, 2));
console.log("aBc".replace(/b/i, "X"), /[^a-z]/i.test("Q"), /[^a-z]/i.test("1"));
console.log("line1\nline2".match(/^line\d$/gm), /a.c/s.test("a\nc"), /a.c/.test("a\nc"));
console.log("x".repeat(3).replace(/x/g, (m, i) => i));
const words = "the quick brown fox".split(" ").map((w) => w.replace(/^./, (c) => c.toUpperCase()));
console.log(words.join(" "));
console.log("  padded  ".replace(/^\s+|\s+$/g, ""), "a\tb".replace(/\s/, "_"));
console.log("1,234,567".replace(/,/g, ""), Number("1,234".replace(/,/g, "")));
})();
(function part_re3() {
function f(m, a, b) { return a + 1 + b; }
console.log("k12v".replace(/(\d)(\d)/, f));
console.log("k12v".replace(/(\d)(\d)/, (m, a, b) => a * 2 + b.length));
const r = [];
"a1b2".replace(/([a-z])(\d)/g, (m, l, d, off) => { r.push(l + d + off); return m; });
console.log(r);
})();
(function part_re4() {
const show = (x) => console.log(JSON.stringify(x));
show(/(?:(a)|b)+/.exec("ab"));
show(/(a*)+/.exec("b"));
show(/(a*)*/.exec("b"));
show(/(a|ab)(c|bcd)(d*)/.exec("abcd"));
show(/a+?b/.exec("aaab"));
show(/a{2,3}?/.exec("aaaa"));
show(/(a)|(b)|(c)/.exec("c"));
show(/(?=(a+))a*b\1/.exec("baaabac"));
show(/(?!(a))\1b/.exec("b"));
show(/(\2)(a)/.exec("a"));
show(/\bx/.exec("x"), /x\b/.exec("x"), /\B/.exec(""));
show("aBcD".match(/[a-c]/gi));
show("Hello World".split(/(o)/));
show("a1b2c3".split(/\d/, 2));
show("abc".replace(/(b)/, "[$1$2$0$<x>$]"));
show("abcdefghijk".replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)/, "$10-$11-$1"));
show("aaa".replace(/a/g, () => 1));
const g = /a/g;
show([g.test("aa"), g.lastIndex, g.test("aa"), g.lastIndex, g.test("aa"), g.lastIndex]);
show("".match(/x*/g), "abc".match(/x*/g), "abc".replace(/x*/g, "-"));
show("héllo wörld".match(/\w+/g), "日本語".replace(/./g, "*"), "😀".split(/(?:)/));
show(/[\d.]+/.exec("v1.2.3"), /[^\s]+/.exec("  abc  "), /[\w-]+/.exec("foo-bar baz"));
show(/\x41\u0042\t/.test("AB\t"), /[\]]/.test("]"), /a{,2}/.test("a{,2}"), /}/.test("}"));
show(/^$/.test(""), /^\s*$/.test("   "), /^(?:\+|-)?\d+$/.test("-42"));
show("2021-03-04T05:06:07".match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/).slice(1).map(Number));
show("CSV,with,\"quoted,field\",end".match(/("[^"]*"|[^,]+)/g));
show("The year 1999 and 2024".replace(/\d{4}/g, (y) => String(Number(y) + 1)));
show(/(a)?b/.exec("b"), "b".replace(/(a)?b/, "[$1]"));
show("x-y_z".split(/[-_]/).map((s) => s.toUpperCase()));
show("aaa".lastIndexOf("a"), /a|ab/.exec("abc")[0], /ab|a/.exec("abc")[0]);
})();
(function part_words() {
const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us.`;

class WordCounter {
  constructor() {
    this.counts = new Map();
    this.total = 0;
  }
  add(word) {
    const w = word.toLowerCase();
    this.counts.set(w, (this.counts.get(w) || 0) + 1);
    this.total++;
  }
  top(n) {
    return [...this.counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, n);
  }
}

const wc = new WordCounter();
for (const line of text.split("\n")) {
  for (const raw of line.trim().split(" ")) {
    const word = raw.replace(",", "").replace(".", "");
    if (word.length > 0) wc.add(word);
  }
}
console.log(`total words: ${wc.total}, distinct: ${wc.counts.size}`);
for (const [word, count] of wc.top(8)) {
  console.log(`${word.padEnd(12, ".")}${String(count).padStart(4)} ${"#".repeat(count)}`);
}
const stats = { total: wc.total, distinct: wc.counts.size, ratio: +(wc.counts.size / wc.total).toFixed(3) };
console.log(JSON.stringify(stats, null, 2));
console.log(JSON.stringify(wc.top(3)));
const lengths = {};
for (const w of wc.counts.keys()) {
  const k = w.length;
  lengths[k] = (lengths[k] || []).concat([w]);
}
console.log(Object.keys(lengths).map((k) => `${k}:${lengths[k].length}`).join(" "));
console.log(Object.entries(lengths).filter(([k, v]) => v.length > 3).map(([k, v]) => v.sort().join(",")));
const caps = text.split(/\s+/);
console.log(caps.length);
})();
(function part_re5() {
const tok = /\s*(\d+|[-+*/()])/y;
const src = "12 + (3*4) - 5";
const out = [];
let m;
while ((m = tok.exec(src)) !== null) out.push(m[1]);
console.log(out, tok.lastIndex, tok.sticky, tok.flags);
const y = /a/y;
console.log(y.test("ba"), y.lastIndex, "aab".replace(/a/gy, "x"), "aba".replace(/a/gy, "x"), "aab".match(/a/gy));
console.log(String(new RegExp("a/b")), new RegExp("a/b").source, String(new RegExp("[/]")), new RegExp("\n").source);
console.log(String(new RegExp("")), /(?:)/.source, new RegExp("x", "gimsy").flags);
})();
(function part_re6() {
const s = "a1b22c333";
for (const m of s.matchAll(/([a-z])(\d+)/g)) console.log(m[1], m[2], m.index);
console.log([...s.matchAll(/\d+/g)].map((m) => m[0]), Array.from("x1y2".matchAll(/\d/g), (m) => Number(m[0]) * 10));
const it = "ab".matchAll(/./g);
const first = it.next();
console.log(first.done, first.value[0], it.next().value.index, it.next().done);
try { "a".matchAll(/a/); } catch (e) { console.log(e.name, e.message); }
const [[whole, digits]] = "id=42;".matchAll(/id=(\d+)/g);
console.log(whole, digits);
})();
(function part_empty_iterations() {
  // an iteration beyond a repetition's minimum that matches nothing fails
  console.log(JSON.stringify(/a([a-c-]?){1,2}/.exec("ab")), JSON.stringify(/c((x)|b*?)?/.exec("cb")));
  console.log(JSON.stringify(/(a?){2,3}/.exec("a")), JSON.stringify(/(?:(a)|b?){0,2}c/.exec("ac")));
})();
(function part_match_array_keys() {
const m = /(a)(b)?/.exec("xa");
console.log(Object.keys(m), Object.entries(m).length, JSON.stringify(m), m.hasOwnProperty("index"), "index" in m);
for (const k in m) console.log(k, m[k]);
const copy = { ...m };
console.log(copy, Object.assign({}, m).input, [...m], m.slice(), m.map((x) => x || "-"));
delete m.input;
console.log(Object.keys(m), m.input, "input" in m);
})();
(function part_named_groups() {
const re = /(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/;
const m = re.exec("on 2024-03 ok");
console.log(m.groups.year, m.groups.month, m.groups.day, m.groups);
console.log(m);
console.log("2024-03-15".replace(re, "$<day>/$<month>/$<year> [$<nope>] $<unclosed"), "x".replace(/x/, "$<a>"));
console.log("2024-03-15".replace(re, (...args) => JSON.stringify(args)));
const { groups: { year, month } } = "1999-12".match(re);
console.log(year, month, Object.keys(m.groups), JSON.stringify(m.groups), "year" in m.groups, "toString" in m.groups, m.groups.toString);
for (const x of "a=1, b=22".matchAll(/(?<key>\w+)=(?<val>\d+)/g)) console.log(x.groups.key, Number(x.groups.val) * 2);
console.log(/(?<a>.)\k<a>/.test("xx"), /(?<a>.)\k<a>/.test("xy"), /\k/.test("k"), /(a)(?<n>b)\2/.exec("abb"));
})();
(function part_lookbehind() {
const show = (...xs) => console.log(xs.map((x) => JSON.stringify(x)).join(" "));
show(/(?<=\$)\d+(\.\d\d)?/.exec("cost: $42.50"), "a1b2c3".replace(/(?<=[a-z])\d/g, "#"), "a1b2".replace(/(?<![a-z])\d/g, "#"));
show(/(?<=(\d+)(\d+))$/.exec("1053"), /(?<=(\d+?)(\d+?))$/.exec("1053"), /(?<=\1(a))b/.exec("aab"), /(?<!a)b/.exec("ab b"));
show("1234567.891".replace(/\B(?<!\.\d*)(?=(\d{3})+(?!\d))/g, ","), "a,b".match(/(?<=^|,)\w+/g));
show("x=1, y=22".match(/(?<=\w=)\d+/g), /(?<=a.)c/s.exec("a\nc"), /(?<=a.)c/.exec("a\nc"), /(?<=ab|b)c/.exec("abc"));
show(/(?<=(?<x>a)b)c/.exec("abc").groups, /(?<=\b)w/.test("w"), /(?<=(?=ab)a)b/.exec("ab"));
})();
