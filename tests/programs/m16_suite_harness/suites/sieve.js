'use strict';
const { Benchmark } = require('../benchmark');
class Sieve extends Benchmark {
  benchmark() {
    const flags = new Array(5000).fill(true);
    let count = 0;
    for (let i = 2; i <= 5000; i++) {
      if (flags[i - 1]) {
        count++;
        for (let k = i + i; k <= 5000; k += i) flags[k - 1] = false;
      }
    }
    return count;
  }
  verifyResult(r) { return r === 669; }
}
exports.newInstance = () => new Sieve();
