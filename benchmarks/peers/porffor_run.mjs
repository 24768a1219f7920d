// Runs one JavaScript program under Porffor the way `porf prog.js` does
// (compile the source to a Wasm module with Porffor's compiler, instantiate it
// in node's V8, call its main), but reports how long Porffor's compile step
// took, so that benchmarks/compare.py can leave it out like it leaves out
// `shapescape build`. What remains is node's start, V8 compiling and
// instantiating the module, and the program itself.
//
//   node porffor_run.mjs prog.js
//
// stdout: what the program printed (buffered, written once at the end).
// stderr, last line: `porffor-compile-ms <milliseconds>` once compiling worked.
// Exit status: 0; 1 when the program throws (`Name: message` on stderr, as
// `porf` prints it); 3 when Porffor refuses or fails to compile the program.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node porffor_run.mjs prog.js\n');
  process.exit(2);
}
globalThis.file = file; // Porffor's parser reads the file name (TypeScript or not)

const chunks = [];
const flush = () => process.stdout.write(chunks.join(''));
const describe = e => (e && e.name != null && e.message != null ? `${e.name}: ${e.message}` : String(e));

let compile;
try {
  compile = (await import('porffor/compiler/wrap.js')).default;
} catch (e) {
  process.stderr.write(`porffor is not installed here: ${describe(e)}\n`);
  process.exit(3);
}

let out;
const t0 = performance.now();
try {
  out = compile(readFileSync(file, 'utf8'), undefined, s => chunks.push(s));
} catch (e) {
  process.stderr.write(`porffor compile failed: ${describe(e)}\n`);
  process.exit(3);
}
const compileMs = out.times?.[0] ?? (performance.now() - t0);

let status = 0;
try {
  out.exports.main();
} catch (e) {
  status = 1;
  flush();
  chunks.length = 0;
  process.stderr.write(describe(e) + '\n');
}
flush();
process.stderr.write(`porffor-compile-ms ${compileMs.toFixed(3)}\n`);
process.exitCode = status;
