// Errors constructed from another file: their stack header has the name the
// constructor set (it read "undefined: ..."), and Error.captureStackTrace, as
// a call and as a value tested first, keeps it.
const { AppError, NotFound, Invalid } = require("./errors");

function find(db, key) {
  if (!(key in db)) throw new NotFound(key);
  return db[key];
}

const db = { a: 1 };
for (const k of ["a", "b"]) {
  try {
    console.log("found", find(db, k));
  } catch (e) {
    console.log(e.stack.split("\n")[0], "|", String(e), "|", e.name, e.code, e.what, e instanceof AppError);
  }
}
const errs = [new AppError("plain", 500), new Invalid("age", "must be a number"), new NotFound("page")];
for (const e of errs) {
  console.log(e.stack.split("\n")[0], e.code, e instanceof Error, e instanceof NotFound, Object.keys(e));
}
console.log(typeof Error.captureStackTrace);
