'use strict';
// not a Benchmark subclass: the harness only needs the same methods
let made = 0;
exports.newInstance = () => {
  made++;
  return {
    benchmark() { let s = 0; for (let i = 1; i <= 100; i++) s += i * made; return s; },
    verifyResult(r) { return r === 5050 * made; },
    describe() { return `a plain object, instance ${made}`; },
  };
};
