'use strict';
class Runner {
  constructor(name, iterations) {
    this.name = name;
    this.iterations = iterations;
    this.suite = require(`./suites/${name.toLowerCase()}`);
  }
  run() {
    Runner.count++;
    const bench = this.suite.newInstance();
    let last = null;
    for (let i = 0; i < this.iterations; i++) {
      last = bench.benchmark();
      if (!bench.verifyResult(last)) {
        throw new Error(`${this.name}: wrong result ${last}`);
      }
    }
    console.log(`${this.name}: ${this.iterations} iteration(s), result ${last}, ${bench.describe()}`);
  }
}
Runner.count = 0;
exports.Runner = Runner;
