// Sieve of Eratosthenes: repeatedly marks composites in a boolean array to
// find all primes below a limit. Prints prime counts for several limits, the
// largest primes found, and a checksum over the repeated runs.

class Sieve {
  constructor(limit) {
    this.limit = limit;
    this.flags = [];
    for (let i = 0; i < limit; i++) this.flags.push(true);
  }

  reset() {
    const flags = this.flags;
    for (let i = 0; i < flags.length; i++) flags[i] = true;
  }

  // Marks composites and returns the number of primes below the limit.
  run() {
    const flags = this.flags;
    const limit = this.limit;
    let count = 0;
    for (let i = 2; i < limit; i++) {
      if (flags[i]) {
        count++;
        for (let k = i * i; k < limit; k += i) flags[k] = false;
      }
    }
    return count;
  }

  primes() {
    const result = [];
    for (let i = 2; i < this.limit; i++) {
      if (this.flags[i]) result.push(i);
    }
    return result;
  }
}

function main() {
  [10, 100, 1000, 10000, 100000].forEach((limit) => {
    const s = new Sieve(limit);
    const count = s.run();
    const ps = s.primes();
    console.log("primes below " + limit + ": " + count + " (largest " + ps[ps.length - 1] + ")");
  });

  const ROUNDS = 800;
  const sieve = new Sieve(100000);
  let checksum = 0;
  for (let r = 0; r < ROUNDS; r++) {
    sieve.reset();
    checksum = (checksum * 17 + sieve.run() + r) % 1000000007;
  }
  const sumOfPrimes = sieve.primes().reduce((a, b) => a + b, 0);
  console.log("sum of primes below 100000: " + sumOfPrimes);
  console.log("rounds=" + ROUNDS + " checksum=" + checksum);
}

main();
