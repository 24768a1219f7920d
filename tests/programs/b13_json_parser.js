'use strict';
// Hand-written recursive-descent JSON parser over a generated document.

class Random {
  constructor(seed) { this.seed = seed; }
  next() {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed;
  }
  int(n) { return Math.floor(this.next() / 8192) % n; }
}

class JsonError extends Error {
  constructor(message, pos) {
    super(message + ' at ' + pos);
    this.name = 'JsonError';
    this.pos = pos;
  }
}

// ---------------------------------------------------------------- generator

const KEYS = ['id', 'name', 'tags', 'value', 'price', 'children', 'meta', 'flag', 'note', 'weight'];
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'quote"d', 'back\\slash', 'new\nline', 'tab\tbed', 'caf\u00e9', 'na\u00efve'];

function quote(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) out += '\\"';
    else if (c === 92) out += '\\\\';
    else if (c === 10) out += '\\n';
    else if (c === 9) out += '\\t';
    else if (c > 127) {
      const hex = '0123456789abcdef';
      out += '\\u' + hex.charAt((c >> 12) & 15) + hex.charAt((c >> 8) & 15) + hex.charAt((c >> 4) & 15) + hex.charAt(c & 15);
    } else out += s.charAt(i);
  }
  return out + '"';
}

function ws(r) {
  const k = r.int(6);
  if (k === 0) return ' ';
  if (k === 1) return '\n  ';
  return '';
}

function genNumber(r) {
  switch (r.int(5)) {
    case 0: return '' + r.int(1000);
    case 1: return '-' + r.int(500);
    case 2: return r.int(100) + '.' + (r.int(4) * 25);
    case 3: return (1 + r.int(9)) + 'e' + r.int(3);
    default: return '0.5';
  }
}

function genValue(r, depth) {
  const k = depth > 4 ? 2 + r.int(5) : r.int(7);
  switch (k) {
    case 0: {
      const n = 1 + r.int(5);
      let s = '{' + ws(r);
      for (let i = 0; i < n; i++) {
        if (i > 0) s += ',' + ws(r);
        // keys may repeat: the last one wins
        s += quote(KEYS[r.int(KEYS.length)]) + ws(r) + ':' + ws(r) + genValue(r, depth + 1);
      }
      return s + ws(r) + '}';
    }
    case 1: {
      const n = r.int(6);
      let s = '[' + ws(r);
      for (let i = 0; i < n; i++) {
        if (i > 0) s += ',' + ws(r);
        s += genValue(r, depth + 1);
      }
      return s + ws(r) + ']';
    }
    case 2: return quote(WORDS[r.int(WORDS.length)]);
    case 3: return genNumber(r);
    case 4: return r.int(2) === 0 ? 'true' : 'false';
    case 5: return 'null';
    default: return genNumber(r);
  }
}

function genDocument(r, items) {
  let s = '{"version": 3, "items": [';
  for (let i = 0; i < items; i++) {
    if (i > 0) s += ', ';
    s += '{"id": ' + i + ', "name": ' + quote('item' + i) + ', "data": ' + genValue(r, 0) + '}';
  }
  return s + ']}';
}

// ---------------------------------------------------------------- parser

class Parser {
  constructor(text) {
    this.text = text;
    this.pos = 0;
  }

  parse() {
    const v = this.value();
    this.skip();
    if (this.pos < this.text.length) throw new JsonError('unexpected trailing input', this.pos);
    return v;
  }

  peek() {
    return this.pos < this.text.length ? this.text.charCodeAt(this.pos) : -1;
  }

  skip() {
    for (;;) {
      const c = this.peek();
      if (c === 32 || c === 10 || c === 13 || c === 9) this.pos++;
      else return;
    }
  }

  expect(code) {
    if (this.peek() !== code) {
      throw new JsonError(`expected '${String.fromCharCode(code)}'`, this.pos);
    }
    this.pos++;
  }

  value() {
    this.skip();
    const c = this.peek();
    if (c === 123) return this.object();
    if (c === 91) return this.array();
    if (c === 34) return this.string();
    if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    if (c === 116) return this.literal('true', true);
    if (c === 102) return this.literal('false', false);
    if (c === 110) return this.literal('null', null);
    if (c === -1) throw new JsonError('unexpected end of input', this.pos);
    throw new JsonError(`unexpected character '${this.text.charAt(this.pos)}'`, this.pos);
  }

  literal(word, result) {
    if (this.text.substring(this.pos, this.pos + word.length) !== word) {
      throw new JsonError('bad literal', this.pos);
    }
    this.pos += word.length;
    return result;
  }

  object() {
    this.expect(123);
    const obj = {};
    this.skip();
    if (this.peek() === 125) {
      this.pos++;
      return obj;
    }
    for (;;) {
      this.skip();
      if (this.peek() !== 34) throw new JsonError('expected a key', this.pos);
      const key = this.string();
      this.skip();
      this.expect(58);
      obj[key] = this.value();
      this.skip();
      const c = this.peek();
      if (c === 44) {
        this.pos++;
      } else if (c === 125) {
        this.pos++;
        return obj;
      } else {
        throw new JsonError("expected ',' or '}'", this.pos);
      }
    }
  }

  array() {
    this.expect(91);
    const arr = [];
    this.skip();
    if (this.peek() === 93) {
      this.pos++;
      return arr;
    }
    for (;;) {
      arr.push(this.value());
      this.skip();
      const c = this.peek();
      if (c === 44) {
        this.pos++;
      } else if (c === 93) {
        this.pos++;
        return arr;
      } else {
        throw new JsonError("expected ',' or ']'", this.pos);
      }
    }
  }

  hexDigit(c) {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    throw new JsonError('bad hex digit', this.pos);
  }

  string() {
    this.expect(34);
    let out = '';
    let start = this.pos;
    for (;;) {
      const c = this.peek();
      if (c === -1) throw new JsonError('unterminated string', this.pos);
      if (c === 34) {
        out += this.text.substring(start, this.pos);
        this.pos++;
        return out;
      }
      if (c === 92) {
        out += this.text.substring(start, this.pos);
        this.pos++;
        const e = this.peek();
        this.pos++;
        switch (e) {
          case 34: out += '"'; break;
          case 92: out += '\\'; break;
          case 47: out += '/'; break;
          case 98: out += '\b'; break;
          case 102: out += '\f'; break;
          case 110: out += '\n'; break;
          case 114: out += '\r'; break;
          case 116: out += '\t'; break;
          case 117: {
            let code = 0;
            for (let i = 0; i < 4; i++) {
              code = code * 16 + this.hexDigit(this.peek());
              this.pos++;
            }
            out += String.fromCharCode(code);
            break;
          }
          default:
            throw new JsonError('bad escape', this.pos - 1);
        }
        start = this.pos;
      } else {
        this.pos++;
      }
    }
  }

  digits() {
    let v = 0;
    let n = 0;
    for (;;) {
      const c = this.peek();
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
      n++;
      this.pos++;
    }
    if (n === 0) throw new JsonError('expected a digit', this.pos);
    return { v: v, n: n };
  }

  number() {
    let sign = 1;
    if (this.peek() === 45) {
      sign = -1;
      this.pos++;
    }
    let value = this.digits().v;
    if (this.peek() === 46) {
      this.pos++;
      const frac = this.digits();
      let scale = 1;
      for (let i = 0; i < frac.n; i++) scale *= 10;
      value += frac.v / scale;
    }
    const c = this.peek();
    if (c === 101 || c === 69) {
      this.pos++;
      let esign = 1;
      if (this.peek() === 45) { esign = -1; this.pos++; } else if (this.peek() === 43) this.pos++;
      const exp = this.digits().v;
      for (let i = 0; i < exp; i++) value = esign > 0 ? value * 10 : value / 10;
    }
    return sign * value;
  }
}

// ---------------------------------------------------------------- walk and summarise

// Arrays are told apart from parsed objects by their numeric length:
// the generated documents never use "length" as a key.
function isArray(v) {
  return typeof v === 'object' && v !== null && typeof v.length === 'number';
}

class Summary {
  constructor() {
    this.objects = 0;
    this.arrays = 0;
    this.strings = 0;
    this.numbers = 0;
    this.booleans = 0;
    this.nulls = 0;
    this.chars = 0;
    this.numberSum = 0;
    this.maxDepth = 0;
    this.keyCounts = {};
  }

  walk(v, depth) {
    if (depth > this.maxDepth) this.maxDepth = depth;
    if (v === null) {
      this.nulls++;
    } else if (typeof v === 'string') {
      this.strings++;
      this.chars += v.length;
    } else if (typeof v === 'number') {
      this.numbers++;
      this.numberSum += v;
    } else if (typeof v === 'boolean') {
      this.booleans++;
    } else if (isArray(v)) {
      this.arrays++;
      v.forEach((x) => this.walk(x, depth + 1));
    } else {
      this.objects++;
      for (const k in v) {
        if (k in this.keyCounts) this.keyCounts[k]++;
        else this.keyCounts[k] = 1;
        this.walk(v[k], depth + 1);
      }
    }
  }
}

function serialize(v) {
  if (v === null) return 'null';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return '' + v;
  if (isArray(v)) {
    let s = '[';
    for (let i = 0; i < v.length; i++) s += (i > 0 ? ',' : '') + serialize(v[i]);
    return s + ']';
  }
  let s = '{';
  let first = true;
  for (const k of Object.keys(v)) {
    s += (first ? '' : ',') + quote(k) + ':' + serialize(v[k]);
    first = false;
  }
  return s + '}';
}

const doc = genDocument(new Random(2024), 900);
console.log('document length', doc.length);

let parsed = null;
for (let i = 0; i < 4; i++) parsed = new Parser(doc).parse();

const summary = new Summary();
summary.walk(parsed, 0);
console.log('objects', summary.objects, 'arrays', summary.arrays, 'strings', summary.strings);
console.log('numbers', summary.numbers, 'booleans', summary.booleans, 'nulls', summary.nulls);
console.log('chars', summary.chars, 'number sum', summary.numberSum.toFixed(2), 'max depth', summary.maxDepth);
const keys = Object.keys(summary.keyCounts).sort();
let keyLine = '';
for (const k of keys) keyLine += ` ${k}=${summary.keyCounts[k]}`;
console.log('keys:' + keyLine);

const items = parsed.items;
console.log('version', parsed.version, 'items', items.length, 'last name', items[items.length - 1].name);

const text1 = serialize(parsed);
const text2 = serialize(new Parser(text1).parse());
console.log('round trip stable', text1 === text2, 'compact length', text1.length);

console.log(new Parser('{"name": "pt", "x": 1.5, "ok": true, "none": null}').parse());
console.log(new Parser('[1, "two", false, {"deep": [3, 4]}]').parse());
const esc = new Parser('"caf\\u00e9 \\"q\\" a\\\\b"').parse();
console.log(esc, esc.length);

const bad = ['{"a": 1,}', '[1 2]', '{"a" 1}', '"open', 'tru', '[1, 2] x', '{"a": -}', '"\\q"', ''];
for (const b of bad) {
  try {
    new Parser(b).parse();
    console.log('parsed unexpectedly:', b);
  } catch (e) {
    if (e instanceof JsonError) console.log(`error for ${quote(b)}: ${e.message}`);
    else throw e;
  }
}
