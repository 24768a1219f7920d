'use strict';
// Error hierarchy shared by the other modules.

class AppError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
  describe() { return `[${this.code}] ${this.name}: ${this.message}`; }
}

class ValidationError extends AppError {
  constructor(field, problem) {
    super(`${field} ${problem}`, 'E_VALID');
    this.name = 'ValidationError';
    this.field = field;
  }
}

class RangeProblem extends ValidationError {
  constructor(field, value, lo, hi) {
    super(field, `= ${value} is outside [${lo}, ${hi}]`);
    this.name = 'RangeProblem';
    this.value = value;
  }
}

class ProcessingError extends AppError {
  constructor(message, cause) {
    super(message, 'E_PROC');
    this.name = 'ProcessingError';
    this.cause = cause;
  }
}

class FatalError extends AppError {
  constructor(message) {
    super(message, 'E_FATAL');
    this.name = 'FatalError';
  }
}

module.exports = { AppError, ValidationError, RangeProblem, ProcessingError, FatalError };
