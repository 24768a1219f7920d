'use strict';
// A benchmark harness in the style of multi-suite runners: the suite is named on
// the command line (`node main.js Towers 3`) and loaded by a computed require.
// Without arguments it runs every suite once.
const { Runner } = require('./runner');

function parse(args) {
  const names = args.length > 2 ? [args[2]] : ['Towers', 'Sieve', 'Queens', 'Sums'];
  const iterations = args.length > 3 ? parseInt(args[3]) : 1;
  return names.map((name) => new Runner(name, iterations));
}

let failures = 0;
for (const runner of parse(process.argv)) {
  try {
    runner.run();
  } catch (e) {
    failures++;
    console.log(`${runner.name} failed: ${e.message}`);
  }
}
console.log(`argv beyond the script: ${JSON.stringify(process.argv.slice(2))}`);
console.log(`suites run: ${Runner.count}, failures: ${failures}`);
