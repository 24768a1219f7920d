'use strict';
// Sieve of Eratosthenes over boolean arrays, repeated with several limits.

class Sieve {
  constructor(limit) {
    this.limit = limit;
    this.composite = new Array(limit + 1).fill(false);
    this.composite[0] = true;
    if (limit >= 1) this.composite[1] = true;
  }

  run() {
    const comp = this.composite;
    const n = this.limit;
    for (let i = 2; i * i <= n; i++) {
      if (!comp[i]) {
        for (let j = i * i; j <= n; j += i) comp[j] = true;
      }
    }
    return this;
  }

  count() {
    let c = 0;
    for (let i = 0; i <= this.limit; i++) if (!this.composite[i]) c++;
    return c;
  }

  primes() {
    const out = [];
    for (let i = 0; i <= this.limit; i++) if (!this.composite[i]) out.push(i);
    return out;
  }
}

// The simple flag-array sieve of the classic benchmark (count primes below 5000).
function flagSieve() {
  const flags = new Array(5001).fill(true);
  let primeCount = 0;
  for (let i = 2; i <= 5000; i++) {
    if (flags[i - 1]) {
      primeCount++;
      for (let k = i + i; k <= 5000; k += i) flags[k - 1] = false;
    }
  }
  return primeCount;
}

let flagTotal = 0;
for (let i = 0; i < 300; i++) flagTotal += flagSieve();
console.log('flag sieve total', flagTotal);

const limits = [10, 100, 1000, 10000, 100000, 1000000];
for (const limit of limits) {
  const s = new Sieve(limit).run();
  console.log(`primes <= ${limit}: ${s.count()}`);
}

const ps = new Sieve(2000000).run().primes();
let sum = 0;
let maxGap = 0;
let gapAt = 0;
let twins = 0;
for (let i = 0; i < ps.length; i++) {
  sum += ps[i];
  if (i > 0) {
    const g = ps[i] - ps[i - 1];
    if (g > maxGap) { maxGap = g; gapAt = ps[i - 1]; }
    if (g === 2) twins++;
  }
}
console.log('count below 2e6', ps.length);
console.log('sum below 2e6', sum);
console.log('largest gap', maxGap, 'after', gapAt);
console.log('twin pairs', twins);
console.log('last primes', ps.slice(ps.length - 3));
