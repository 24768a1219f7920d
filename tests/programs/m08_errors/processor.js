'use strict';
// Wraps validation failures in ProcessingError; lets other errors through.

const { ValidationError, ProcessingError, FatalError } = require('./errors');
const { validate } = require('./validator');

function processAll(records) {
  const accepted = [];
  const failures = [];
  for (let i = 0; i < records.length; i++) {
    try {
      validate(records[i]);
      if (records[i].name === 'halt') throw new FatalError(`halt record at index ${i}`);
      accepted.push(records[i].name);
    } catch (e) {
      if (e instanceof ValidationError) {
        failures.push(new ProcessingError(`record ${i} rejected`, e));
      } else {
        throw e;
      }
    }
  }
  return { accepted: accepted, failures: failures };
}

function processStrict(record) {
  try {
    validate(record);
    return 'ok';
  } catch (e) {
    throw new ProcessingError('strict processing failed', e);
  } finally {
    console.log('  (processStrict finished for', record.name + ')');
  }
}

module.exports = { processAll, processStrict };
