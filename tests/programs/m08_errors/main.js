'use strict';
// Errors defined in one module, thrown in another, caught here; the last one escapes.

const errors = require('./errors');
const { processAll, processStrict } = require('./processor');
const validator = require('./validator');

const records = [
  { name: 'ann', age: 31, score: 88 },
  { name: 'bob', age: -4 },
  { age: 20 },
  { name: '', age: 5 },
  { name: 'cy', age: 'old' },
  { name: 'dee', age: 40, score: 101 },
  { name: 'eve', age: 150, score: 0 },
];

const result = processAll(records);
console.log('accepted', result.accepted);
for (const f of result.failures) {
  const c = f.cause;
  console.log(f.describe(), '<-', c.describe(), '| field', c.field, c instanceof errors.RangeProblem ? '(range, value ' + c.value + ')' : '');
}

// Counting by class over many generated records.
const counts = { ok: 0, missing: 0, range: 0, other: 0 };
for (let i = 0; i < 3000; i++) {
  const rec = {};
  if (i % 11 !== 0) rec.name = 'n' + i;
  if (i % 13 !== 0) rec.age = (i * 37) % 170;
  if (i % 3 === 0) rec.score = (i * 7) % 120;
  try {
    validator.validate(rec);
    counts.ok++;
  } catch (e) {
    if (e instanceof errors.RangeProblem) counts.range++;
    else if (e instanceof errors.ValidationError && e.message.indexOf('missing') >= 0) counts.missing++;
    else counts.other++;
  }
}
console.log('counts', counts, 'checks', validator.checks());

try {
  processStrict({ name: 'fay', age: 200 });
} catch (e) {
  console.log('caught', e.name, e.code, '->', e.cause.name, e.cause.message);
  console.log('chain instanceof', e instanceof errors.AppError, e.cause instanceof errors.ValidationError, e.cause instanceof Error);
}
console.log(processStrict({ name: 'gus', age: 1 }));

try {
  processAll([{ name: 'ok', age: 1 }, { name: 'halt', age: 2 }, { name: 'never', age: 3 }]);
} catch (e) {
  console.log('fatal passed through processAll:', e.describe());
}

console.log('about to throw an uncaught error');
processAll([{ name: 'halt', age: 9 }]);
console.log('not reached');
