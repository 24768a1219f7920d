// process.stdout.write prints a string as it is, in order with console.log;
// process.exit ends the program with its status, skipping finally blocks.
process.stdout.write('a');
console.log('b');
process.stdout.write(`x=${1 + 2}\n`);
const parts = ['one', 'two', 'three'];
for (const p of parts) process.stdout.write(p + (p === 'three' ? '\n' : ', '));
process.stderr.write('to stderr\n');
console.log(process.stdout.write(''));
function finish(code) {
  try {
    process.stdout.write('leaving\n');
    process.exit(code);
  } finally {
    console.log('not printed');
  }
}
finish(3);
console.log('not printed either');
