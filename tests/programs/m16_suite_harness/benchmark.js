'use strict';
class Benchmark {
  benchmark() { throw new Error('subclass responsibility'); }
  verifyResult() { throw new Error('subclass responsibility'); }
  describe() { return `${this.constructor.name} (${Benchmark.kind})`; }
}
Benchmark.kind = 'micro';
exports.Benchmark = Benchmark;
