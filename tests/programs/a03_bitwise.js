// Checks bitwise operators |, &, ^, ~, <<, >>, >>> including 32-bit wraparound and ToInt32.
console.log(5 | 3, 5 & 3, 5 ^ 3, ~5, ~-1, ~0);
console.log(1 << 31, 1 << 32, 1 << 33, -1 << 4);
console.log(-16 >> 2, -16 >>> 2, 16 >> 2, -1 >>> 0, -1 >>> 28);
console.log(0xffffffff | 0, 0x80000000 | 0, 0x7fffffff + 1 | 0);
console.log(4294967296 | 0, 4294967297 | 0, 2147483648 >> 0);
console.log(3.7 | 0, -3.7 | 0, 1e10 | 0, NaN | 0, Infinity | 0, -Infinity >>> 0);
console.log("12" | 0, "-8" | 0, "abc" | 0, true | 0, null | 0, undefined | 0);
console.log(~~9.99, ~~-9.99, 7 >>> 1, 1 >>> 32, 8 >> 33);

// population count
function popcount(x) {
  let c = 0;
  x = x >>> 0;
  while (x !== 0) {
    c += x & 1;
    x = x >>> 1;
  }
  return c;
}
console.log("popcount:", popcount(0), popcount(255), popcount(-1), popcount(0x55555555));

// hashing with imul-free 32-bit arithmetic
function hashString(s) {
  let h = 2166136261 | 0;
  for (let i = 0; i < s.length; i++) {
    h = h ^ s.charCodeAt(i);
    h = (h + ((h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24))) | 0;
  }
  return h >>> 0;
}
console.log("hash hello:", hashString("hello"));
console.log("hash world:", hashString("world"));
console.log("hash empty:", hashString(""));

// bit flags
const READ = 1, WRITE = 2, EXEC = 4;
let perms = 0;
perms |= READ;
perms |= EXEC;
console.log("perms", perms, (perms & WRITE) !== 0, (perms & EXEC) !== 0);
perms &= ~READ;
console.log("perms after clear", perms);
perms ^= WRITE | EXEC;
console.log("perms after toggle", perms);

// to binary string by hand
function toBin(x) {
  let s = "";
  x = x >>> 0;
  for (let i = 31; i >= 0; i--) {
    s += (x >>> i) & 1;
  }
  return s;
}
console.log(toBin(5));
console.log(toBin(-5));
console.log(toBin(1 << 31));

// xorshift PRNG deterministic
let state = 12345;
const outs = [];
for (let i = 0; i < 5; i++) {
  state ^= state << 13;
  state ^= state >> 17;
  state ^= state << 5;
  outs.push(state >>> 0);
}
console.log(outs);
let sh = 1;
for (let i = 0; i < 40; i += 8) {
  console.log("shift", i, sh << i, (sh << i) >>> 0);
}
