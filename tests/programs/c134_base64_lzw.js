// base64 encoding and decoding over strings, and LZW compression with a Map
// dictionary: char codes, String.fromCharCode with spread and apply, for-of over a string.
const TABLE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const REVERSE = new Map();
for (let i = 0; i < TABLE.length; i++) REVERSE.set(TABLE.charAt(i), i);
function encode(data) {
  let out = '';
  let i = 0;
  for (; i + 2 < data.length; i += 3) {
    const n = (data.charCodeAt(i) << 16) | (data.charCodeAt(i + 1) << 8) | data.charCodeAt(i + 2);
    out += TABLE[(n >> 18) & 63] + TABLE[(n >> 12) & 63] + TABLE[(n >> 6) & 63] + TABLE[n & 63];
  }
  const rest = data.length - i;
  if (rest === 1) {
    const n = data.charCodeAt(i) << 16;
    out += TABLE[(n >> 18) & 63] + TABLE[(n >> 12) & 63] + '==';
  } else if (rest === 2) {
    const n = (data.charCodeAt(i) << 16) | (data.charCodeAt(i + 1) << 8);
    out += TABLE[(n >> 18) & 63] + TABLE[(n >> 12) & 63] + TABLE[(n >> 6) & 63] + '=';
  }
  return out;
}
function decode(text) {
  const bytes = [];
  for (let i = 0; i < text.length; i += 4) {
    const a = REVERSE.get(text[i]), b = REVERSE.get(text[i + 1]);
    const c = text[i + 2] === '=' ? 0 : REVERSE.get(text[i + 2]);
    const d = text[i + 3] === '=' ? 0 : REVERSE.get(text[i + 3]);
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    bytes.push((n >> 16) & 255);
    if (text[i + 2] !== '=') bytes.push((n >> 8) & 255);
    if (text[i + 3] !== '=') bytes.push(n & 255);
  }
  return String.fromCharCode(...bytes);
}
function lzw(s) {
  const dict = new Map();
  for (let i = 0; i < 256; i++) dict.set(String.fromCharCode(i), i);
  let w = '';
  const out = [];
  for (const c of s) {
    const wc = w + c;
    if (dict.has(wc)) w = wc;
    else { out.push(dict.get(w)); dict.set(wc, dict.size); w = c; }
  }
  if (w !== '') out.push(dict.get(w));
  return out;
}
let text = '';
for (let i = 0; i < 2000; i++) text += String.fromCharCode(32 + ((i * 7919) % 95));
let total = 0;
for (let r = 0; r < 60; r++) {
  const e = encode(text.slice(r));
  const d = decode(e);
  if (d !== text.slice(r)) throw new Error('mismatch at round ' + r);
  total += e.length + lzw(d).length;
}
console.log(encode('Hello, World!'), decode('SGVsbG8sIFdvcmxkIQ=='), total, lzw('TOBEORNOTTOBEORTOBEORNOT').join(' '));
console.log(`${encode('a')}|${encode('ab')}|${encode('abc')}`, JSON.stringify({ t: encode('\u00ff\u00fe') }));
console.log(String.fromCharCode.apply(null, [83, 104, 97, 112, 101]), [72, 105].map(String.fromCharCode).join(''), String.fromCodePoint(...[0x1F600, 0x41]));
