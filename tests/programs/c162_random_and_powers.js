// Math.random and powers of fractions, computed in the module (no host call per
// number): the generator's numbers lie in [0, 1) and spread evenly (the bounds
// below are tens of standard deviations wide), Math.random is a value like the
// other Math functions, and `**` / Math.pow print node's bits.
let lo = 1, hi = 0, sum = 0;
const n = 200000;
const buckets = new Array(10).fill(0);
for (let i = 0; i < n; i++) {
  const r = Math.random();
  if (r < lo) lo = r;
  if (r > hi) hi = r;
  sum += r;
  buckets[Math.floor(r * 10)]++;
}
console.log(lo >= 0, hi < 1, Math.abs(sum / n - 0.5) < 0.02, buckets.every((b) => Math.abs(b - n / 10) < n / 50));
const rand = Math.random;
console.log(typeof rand, rand.name, rand.length, [1, 2, 3].map(Math.random).every((x) => x >= 0 && x < 1));
console.log(Math.random(console.log("arguments are evaluated")) < 1, Math.random() !== Math.random());

// a shuffle that must keep every element
const deck = Array.from({ length: 52 }, (_, i) => i);
for (let i = deck.length - 1; i > 0; i--) {
  const j = Math.floor(Math.random() * (i + 1));
  [deck[i], deck[j]] = [deck[j], deck[i]];
}
console.log(deck.slice().sort((a, b) => a - b).every((v, i) => v === i));

let acc = 0;
for (let i = 1; i <= 2000; i++) {
  const x = i * 0.37 - 300;
  acc += x ** 2 + Math.abs(x) ** 1.5 + Math.pow(1.0001, i) + Math.pow(x, -3) + 2 ** (i / 7);
}
console.log(acc);
console.log(0.1 ** 2, (-8) ** (1 / 3), 2 ** -1074, 2 ** 1024, (-2) ** 3, (-0) ** -1, 0.5 ** 1e10, 1.5 ** 1023.9);
