class Token {
  constructor(kind, text, pos) { this.kind = kind; this.text = text; this.pos = pos; }
  toString() { return `${this.kind}(${this.text})@${this.pos}`; }
}
class LexError extends Error {
  constructor(msg, pos) { super(`${msg} at ${pos}`); this.name = "LexError"; this.pos = pos; }
}
const PUNCT = new Set(["+", "-", "*", "/", "(", ")", "^", ",", "="]);
function lex(src) {
  const out = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === " " || ch === "\t") { i++; continue; }
    if (/* digit */ ch >= "0" && ch <= "9" || ch === ".") {
      let j = i;
      while (j < src.length && ((src[j] >= "0" && src[j] <= "9") || src[j] === ".")) j++;
      out.push(new Token("num", src.slice(i, j), i));
      i = j;
    } else if ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z") || ch === "_") {
      let j = i;
      while (j < src.length && isIdent(src.charCodeAt(j))) j++;
      out.push(new Token("id", src.substring(i, j), i));
      i = j;
    } else if (PUNCT.has(ch)) {
      out.push(new Token("op", ch, i));
      i++;
    } else {
      throw new LexError(`unexpected '${ch}'`, i);
    }
  }
  out.push(new Token("eof", "", src.length));
  return out;
}
function isIdent(c) { return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95; }
module.exports = { lex, Token, LexError };
