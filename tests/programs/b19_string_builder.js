'use strict';
// String-heavy work: building, scanning, tokenizing, ciphers and palindromes.

class StringBuilder {
  constructor() {
    this.parts = [];
    this.length = 0;
  }
  append(s) {
    this.parts.push(s);
    this.length += s.length;
    return this;
  }
  appendLine(s) { return this.append(s).append('\n'); }
  toString() {
    // pairwise concatenation keeps intermediate strings balanced
    let level = this.parts.slice();
    if (level.length === 0) return '';
    while (level.length > 1) {
      const next = [];
      for (let i = 0; i < level.length; i += 2) {
        next.push(i + 1 < level.length ? level[i] + level[i + 1] : level[i]);
      }
      level = next;
    }
    return level[0];
  }
}

// 1. Build a big text.
const WORDS = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'x1', 'y2', 'Zebra', 'quick', 'fox', 'level', 'noon'];
const sb = new StringBuilder();
for (let i = 0; i < 20000; i++) {
  sb.append(WORDS[(i * 7) % WORDS.length]);
  sb.append(i % 10 === 9 ? '.\n' : ' ');
}
const text = sb.toString();
console.log('text length', text.length, 'builder length', sb.length);

// 2. Character histogram with charCodeAt.
const counts = new Array(128).fill(0);
let other = 0;
for (let i = 0; i < text.length; i++) {
  const c = text.charCodeAt(i);
  if (c < 128) counts[c]++;
  else other++;
}
let top = '';
for (let round = 0; round < 5; round++) {
  let best = 0;
  for (let c = 1; c < 128; c++) if (counts[c] > counts[best]) best = c;
  top += (best === 10 ? '\\n' : best === 32 ? '_' : String.fromCharCode(best)) + '=' + counts[best] + ' ';
  counts[best] = -1;
}
console.log('top chars', top, 'non-ascii', other);

// 3. Word and line counting by scanning.
function countWords(s) {
  let words = 0;
  let lines = 0;
  let inWord = false;
  let longest = '';
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    const ch = i < s.length ? s.charAt(i) : ' ';
    const isLetter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    if (isLetter && !inWord) {
      inWord = true;
      start = i;
    } else if (!isLetter && inWord) {
      inWord = false;
      words++;
      const w = s.substring(start, i);
      if (w.length > longest.length || (w.length === longest.length && w < longest)) longest = w;
    }
    if (ch === '\n') lines++;
  }
  return { words: words, lines: lines, longest: longest };
}
console.log('count', countWords(text));

// 4. A small tokenizer.
class Token {
  constructor(kind, text, pos) {
    this.kind = kind;
    this.text = text;
    this.pos = pos;
  }
}

function isIdentStart(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
}
function isDigit(c) { return c >= 48 && c <= 57; }

function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9) {
      i++;
    } else if (c === 47 && src.charCodeAt(i + 1) === 47) {
      while (i < src.length && src.charCodeAt(i) !== 10) i++;
    } else if (isIdentStart(c)) {
      const start = i;
      while (i < src.length && (isIdentStart(src.charCodeAt(i)) || isDigit(src.charCodeAt(i)))) i++;
      const word = src.substring(start, i);
      const kw = word === 'let' || word === 'if' || word === 'else' || word === 'return' || word === 'while';
      tokens.push(new Token(kw ? 'keyword' : 'ident', word, start));
    } else if (isDigit(c)) {
      const start = i;
      while (i < src.length && (isDigit(src.charCodeAt(i)) || src.charCodeAt(i) === 46)) i++;
      tokens.push(new Token('number', src.slice(start, i), start));
    } else if (c === 34 || c === 39) {
      const start = i;
      i++;
      while (i < src.length && src.charCodeAt(i) !== c) {
        if (src.charCodeAt(i) === 92) i++;
        i++;
      }
      i++;
      tokens.push(new Token('string', src.substring(start, i), start));
    } else {
      const two = src.substring(i, i + 2);
      if (two === '==' || two === '!=' || two === '<=' || two === '>=' || two === '&&' || two === '||' || two === '=>') {
        tokens.push(new Token('op', two, i));
        i += 2;
      } else {
        tokens.push(new Token('op', src.charAt(i), i));
        i++;
      }
    }
  }
  return tokens;
}

const program = `let total = 0; // running sum
while (i <= 100) {
  if (i % 3 == 0 && i != 33) { total = total + i * 2.5; }
  else { name = "it's \\"quoted\\""; }
  f = (a, b) => a >= b || 'x';
  return total;
}
`;
const tokens = tokenize(program);
const kinds = {};
for (const t of tokens) kinds[t.kind] = (t.kind in kinds ? kinds[t.kind] : 0) + 1;
console.log('tokens', tokens.length, kinds);
let strs = '';
for (const t of tokens) if (t.kind === 'string' || t.kind === 'number') strs += t.text + '@' + t.pos + ' ';
console.log(strs);
let tokenTotal = 0;
for (let k = 0; k < 300; k++) tokenTotal += tokenize(program).length;
console.log('tokenized total', tokenTotal);

// 5. Caesar cipher round trips.
function caesar(s, shift) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(65 + ((c - 65 + shift + 26) % 26));
    else if (c >= 97 && c <= 122) out += String.fromCharCode(97 + ((c - 97 + shift + 26) % 26));
    else out += s.charAt(i);
  }
  return out;
}
const message = 'The Quick Brown Fox Jumps Over The Lazy Dog, 123 times!';
const enc = caesar(message, 3);
console.log(enc);
console.log(caesar(enc, -3) === message);
let cipherText = text.substring(0, 5000);
for (let s = 1; s <= 25; s++) cipherText = caesar(cipherText, s);
let back = cipherText;
for (let s = 25; s >= 1; s--) back = caesar(back, -s);
console.log('multi-shift round trip', back === text.substring(0, 5000), cipherText.substring(0, 24));

// 6. Palindromes, including non-ASCII UTF-16 text.
function isPalindromeUnits(s) {
  let i = 0;
  let j = s.length - 1;
  while (i < j) {
    if (s.charCodeAt(i) !== s.charCodeAt(j)) return false;
    i++;
    j--;
  }
  return true;
}
// Compare by code points so surrogate pairs are kept together.
function codePoints(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      out.push((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000);
      i++;
    } else {
      out.push(c);
    }
  }
  return out;
}
function isPalindromePoints(s) {
  const cp = codePoints(s);
  for (let i = 0, j = cp.length - 1; i < j; i++, j--) if (cp[i] !== cp[j]) return false;
  return true;
}
function normalize(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch >= 'A' && ch <= 'Z') out += String.fromCharCode(s.charCodeAt(i) + 32);
    else if (ch !== ' ' && ch !== ',' && ch !== '!' && ch !== "'") out += ch;
  }
  return out;
}
const candidates = ['level', 'A man, a plan, a canal, Panama!', 'été', 'ésé', '日本本日', 'αβγβα', 'abc',
  '\u{1F600}x\u{1F600}', 'a\u{1F600}a', '\u{1F600}\u{1F601}\u{1F600}', "Madam, I'm Adam", ''];
for (const s of candidates) {
  const n = normalize(s);
  console.log(`${s} | len=${s.length} units=${isPalindromeUnits(n)} points=${isPalindromePoints(n)} cps=${codePoints(s).length}`);
}
console.log('fromCharCode', String.fromCharCode(72, 233, 0x65e5, 0xd83d, 0xde00), 'cmp', 'apple' < 'banana', 'Zebra' < 'apple', 'é' > 'z');
