// Checks basic string ops: length, indexing, charAt, charCodeAt, substring, slice, indexOf, case.
const s = "Hello, World";
console.log(s.length, s[0], s[7], s[s.length - 1], s[100], s.charAt(4), s.charAt(99) === "");
console.log(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(50));
console.log(s.substring(0, 5), s.substring(7), s.substring(5, 0), s.substring(-3, 2), s.substring(3, 3) === "");
console.log(s.slice(0, 5), s.slice(-5), s.slice(-5, -2), s.slice(7, -1), s.slice(3, 1) === "", s.slice(-100, 2));
console.log(s.indexOf("o"), s.indexOf("o", 5), s.indexOf("xyz"), s.indexOf(""), s.indexOf("World"));
console.log(s.lastIndexOf("o"), s.lastIndexOf("l"), s.lastIndexOf("l", 5), s.lastIndexOf("Q"));
console.log(s.toUpperCase(), s.toLowerCase(), "MiXeD 123!".toLowerCase(), "abc_xyz".toUpperCase());
console.log("a" + "b" + 1 + 2, 1 + 2 + "a", "x" + null + undefined + true);

// count occurrences using indexOf
function countOf(hay, needle) {
  let count = 0;
  let pos = hay.indexOf(needle);
  while (pos !== -1) {
    count++;
    pos = hay.indexOf(needle, pos + needle.length);
  }
  return count;
}
console.log(countOf("banana", "an"), countOf("aaaa", "aa"), countOf("mississippi", "ss"), countOf("abc", "d"));

// reverse a string manually
function rev(str) {
  let out = "";
  for (let i = str.length - 1; i >= 0; i--) out += str[i];
  return out;
}
console.log(rev("stressed"), rev(""), rev("a"));

// palindromes, ignoring case and non-letters
function isPal(str) {
  let clean = "";
  const lower = str.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) clean += lower[i];
  }
  return clean === rev(clean);
}
const phrases = ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "", "ab"];
for (const p of phrases) console.log(wrapAngle(p), isPal(p));
function wrapAngle(p) {
  return "<" + p + ">";
}

// capitalize words manually
function titleCase(str) {
  let out = "";
  let startOfWord = true;
  for (let i = 0; i < str.length; i++) {
    const ch = str[i];
    if (ch === " ") {
      startOfWord = true;
      out += ch;
    } else if (startOfWord) {
      out += ch.toUpperCase();
      startOfWord = false;
    } else {
      out += ch.toLowerCase();
    }
  }
  return out;
}
console.log(titleCase("the QUICK brown fOX"), titleCase("  double  space "));
// caesar cipher
function caesar(str, shift) {
  let out = "";
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(((c - 65 + shift) % 26 + 26) % 26 + 65);
    else if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 97 + shift) % 26 + 26) % 26 + 97);
    else out += str[i];
  }
  return out;
}
const enc = caesar("Attack at Dawn!", 3);
console.log(enc, caesar(enc, -3));
