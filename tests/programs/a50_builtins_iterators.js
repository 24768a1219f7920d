// Built-ins a new user reaches for: for-of over strings and array iterators (live),
// at(), Object.fromEntries, String.fromCodePoint/codePointAt, toPrecision, trimStart/
// trimEnd, replaceAll (replace with `$` patterns: c12; with a function: c77).
{
const arr = [10, 20, 30];
for (const ch of "héy") console.log(ch);
Object.entries({a: 1, b: 2}).forEach(([k, v]) => console.log(k, v));
console.log("abc".at(-1), arr.at(-1), arr.at(5), "a,b".split(","), "ab".split(""), arr.join(), arr.lastIndexOf(20));
console.log(Math.trunc(-4.7), Math.sign(-3), Math.hypot(3, 4), Math.cbrt(27), Math.log2(8), Number.isInteger(5.0), (1234.5678).toPrecision(6));
console.log("x".padEnd(4, "-") + "|", "  y ".trimStart() + "|", "  y ".trimEnd() + "|", "😀".codePointAt(0), String.fromCodePoint(128512), "a-b-c".replaceAll("-", "+"));
console.log(Object.fromEntries([["x", 1], ["y", 2]]));
console.log(Object.fromEntries(Object.entries({b: 2, a: 1}).map(([k, v]) => [k + k, v * 10])), Object.fromEntries([[1, "one"], ["z", null]]));
}
{
const arr = [10, 20, 30];
for (const [i, v] of arr.entries()) console.log(i, v);
for (const i of arr.keys()) console.log(i);
for (const [i, ch] of ["x", "y"].entries()) console.log(i, ch);
class Bag { constructor() { this.items = ["p", "q"]; } entries() { return this.items.map((x, i) => [x, i]); } }
for (const [x, i] of new Bag().entries()) console.log(x, i);
const grow = [1]; for (const [i, v] of grow.entries()) { if (i < 3) grow.push(v + 1); console.log(i, v); }
for (const v of [7, 8].values()) console.log(v);
console.log(String.fromCodePoint(128512, 65, 0x10FFFF).length);
try { String.fromCodePoint(-1); } catch (e) { console.log(e.name, e.message); }
}
{
const xs = [1234.5678, 0.000123456, 1e21, 123456, 0, -0, -1.005, 2.5, 0.00000012345, 99.99, 1, NaN, Infinity, 5e-324, 1.7976931348623157e308, 0.5, 15, 1.45, 123.456];
for (const x of xs) console.log(x.toPrecision(1), x.toPrecision(2), x.toPrecision(3), x.toPrecision(6), x.toPrecision(21), x.toPrecision());
try { (1).toPrecision(0); } catch (e) { console.log(e.name, e.message); }
console.log(NaN.toPrecision(0));
}
{
const s = "ab"; const c = s.at(5); console.log(typeof c, c, typeof s.at(0), "x" + s.at(-1));
}
{
console.log("a-b-c".replaceAll("-", "+"), "aaa".replaceAll("a", "b"), "abc".replaceAll("", "."), "x".replaceAll("y", "z"), "a.b".replace(".", "!"));
console.log("  y ".trimStart() + "|", "  y ".trimEnd() + "|", "😀a".codePointAt(0), "😀a".codePointAt(1), "😀a".codePointAt(2), "a".codePointAt(5));
}
console.log("héllo wörld".toUpperCase(), "ÉCOLE ΣΑΣ".toLowerCase(), "straße".toUpperCase(), "İ".toLowerCase().length, "abc".toUpperCase(), "😀a".toUpperCase(), "ǅ".toLowerCase(), "ﬁ".toUpperCase());
{
const ws = ["b", "a", "C", "A", "c", "B", "ab", "Ab", "aB", "AB", "a b", "a1", "1a", "10", "9", "", " ", "abc", "abd", "Zeta", "alpha", "Beta"];
const out = [];
for (const x of ws) for (const y of ws) out.push(x.localeCompare(y));
console.log(out.join(""), [...ws].sort((p, q) => p.localeCompare(q)));
}
{
const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.`;
const words = text.toLowerCase().split(" ").join(" ").split("\n").join(" ").split(" ").map(w => w.replace(",", "").replace(".", "")).filter(Boolean);
const freq = {};
for (const w of words) freq[w] = (freq[w] ?? 0) + 1;
const top = Object.entries(freq).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).slice(0, 5);
console.log(top, words.length, Object.keys(freq).length);
const caesar = (s, k) => [...s].map(c => { const code = c.charCodeAt(0); if (code >= 97 && code <= 122) return String.fromCharCode((code - 97 + k) % 26 + 97); return c; }).join("");
console.log(caesar("hello world", 3), caesar(caesar("hello world", 3), 23));
const pal = s => { const t = s.toLowerCase().split("").filter(c => c >= "a" && c <= "z").join(""); return t === t.split("").reverse().join(""); };
console.log(["A man, a plan, a canal: Panama", "hello", ""].map(pal));
const table = [["name", "qty"], ["apple", 3], ["kiwi", 12]];
const widths = table[0].map((_, i) => Math.max(...table.map(r => String(r[i]).length)));
console.log(table.map(r => r.map((c, i) => String(c).padEnd(widths[i])).join(" | ")).join("\n"));
console.log("abc".localeCompare("abd"), ["b", "a", "C"].sort((x, y) => x.localeCompare(y)));
}
