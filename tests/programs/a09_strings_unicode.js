// Checks UTF-16 string semantics: non-ASCII, surrogate pairs, length, indexing and char codes.
const words = ["café", "naïve", "日本語", "😀", "a😀b", "👍🏽", "Ωmega", "€100"];
for (const w of words) {
  let codes = [];
  for (let i = 0; i < w.length; i++) codes.push(w.charCodeAt(i));
  console.log(w, w.length, codes);
}
const e = "x😀y";
console.log(e[0], e[3], e.length, e.charCodeAt(1).toString(16), e.charCodeAt(2).toString(16));
console.log(e.slice(1, 3), e.slice(1, 3) === "😀", e.substring(0, 1) + e.substring(3));
console.log(e.indexOf("y"), e.indexOf("😀"), "😀😀😀".lastIndexOf("😀"));
console.log(String.fromCharCode(0xd83d, 0xde00), String.fromCharCode(72, 105, 33), String.fromCharCode(233));
console.log("é".length, "e\u0301".length, "e\u0301" === "é");
console.log("ü" < "z", "é" > "e", "日" > "a", "😀" > "\uffff" ? "astral > BMP" : "surrogate < BMP");

// count code points manually by detecting surrogate pairs
function codePointCount(str) {
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
for (const w of words) console.log("codepoints", w, codePointCount(w));

// build strings from char codes
let greek = "";
for (let c = 0x3b1; c < 0x3b1 + 6; c++) greek += String.fromCharCode(c);
console.log(greek, greek.length, greek.charCodeAt(5));

// escape sequences
const esc = "tab\there\nnewline \"quoted\" back\\slash \u0041\u00e9 \x41";
console.log(esc);
console.log(esc.length);
console.log("\u{1F600}" === "😀", "\u{1F600}".length);

// template literal with unicode
const who = "世界";
console.log(`こんにちは ${who}! length=${who.length}`);
// string concatenation of emoji in a loop
let row = "";
for (let i = 0; i < 5; i++) row += i % 2 === 0 ? "⭐" : "🌙";
console.log(row, row.length);
console.log(["é", "😀", "a"]);
