'use strict';
// Throws errors from ./errors; never catches them itself.

const { ValidationError, RangeProblem } = require('./errors');

let checks = 0;

function requireField(record, field) {
  checks++;
  if (!(field in record)) throw new ValidationError(field, 'is missing');
  return record[field];
}

function validate(record) {
  const name = requireField(record, 'name');
  if (typeof name !== 'string' || name.length === 0) throw new ValidationError('name', 'must be a non-empty string');
  const age = requireField(record, 'age');
  if (typeof age !== 'number') throw new ValidationError('age', 'must be a number');
  if (age < 0 || age > 150) throw new RangeProblem('age', age, 0, 150);
  if ('score' in record) {
    const s = record.score;
    if (s < 0 || s > 100) throw new RangeProblem('score', s, 0, 100);
  }
  return true;
}

exports.validate = validate;
exports.checks = () => checks;
