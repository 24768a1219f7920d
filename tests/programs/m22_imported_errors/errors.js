// Error classes in their own module, as libraries write them.
class AppError extends Error {
  constructor(message, code) {
    super(message);
    this.name = this.constructor.name;
    this.code = code;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
}

class NotFound extends AppError {
  constructor(what) {
    super(`${what} not found`, 404);
    this.what = what;
  }
}

class Invalid extends AppError {
  constructor(field, reason) {
    super(`${field}: ${reason}`, 422);
    Error.captureStackTrace(this, Invalid);
  }
}

module.exports = { AppError, NotFound, Invalid };
