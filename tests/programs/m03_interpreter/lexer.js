'use strict';
// Lexer for a tiny expression language.

const KEYWORDS = { let: true, def: true, print: true, if: true, then: true, else: true, and: true, or: true, not: true };

class Token {
  constructor(type, text, value, pos) {
    this.type = type; // 'num' | 'ident' | 'kw' | 'op' | 'eof'
    this.text = text;
    this.value = value;
    this.pos = pos;
  }
}

class LexError extends Error {
  constructor(message, pos) {
    super(`${message} at ${pos}`);
    this.name = 'LexError';
  }
}

function isDigit(c) { return c >= 48 && c <= 57; }
function isAlpha(c) { return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95; }

function tokenize(src) {
  const out = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c === 35) { // '#' comment to end of line
      while (i < src.length && src.charCodeAt(i) !== 10) i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      let v = 0;
      while (i < src.length && isDigit(src.charCodeAt(i))) {
        v = v * 10 + (src.charCodeAt(i) - 48);
        i++;
      }
      if (i < src.length && src.charCodeAt(i) === 46) {
        i++;
        let scale = 1;
        while (i < src.length && isDigit(src.charCodeAt(i))) {
          scale /= 10;
          v += (src.charCodeAt(i) - 48) * scale;
          i++;
        }
      }
      out.push(new Token('num', src.substring(start, i), v, start));
      continue;
    }
    if (isAlpha(c)) {
      while (i < src.length && (isAlpha(src.charCodeAt(i)) || isDigit(src.charCodeAt(i)))) i++;
      const word = src.substring(start, i);
      out.push(new Token(word in KEYWORDS ? 'kw' : 'ident', word, null, start));
      continue;
    }
    const two = src.substring(i, i + 2);
    if (two === '==' || two === '!=' || two === '<=' || two === '>=') {
      out.push(new Token('op', two, null, start));
      i += 2;
      continue;
    }
    const one = src.charAt(i);
    if ('+-*/%()<>=,;'.indexOf(one) >= 0) {
      out.push(new Token('op', one, null, start));
      i++;
      continue;
    }
    throw new LexError(`unexpected character '${one}'`, i);
  }
  out.push(new Token('eof', '', null, src.length));
  return out;
}

module.exports = { tokenize, Token, LexError };
